/*
 * libbig — gap list and exceptions register (docs/scoring.md, "Gaps").
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "assessment-int.h"
#include "catalogue-int.h"
#include "compiler.h"
#include "report-int.h"

static unsigned gap_kinds(const struct big_eval *e, int target)
{
	unsigned kinds = 0;
	if (e->explained)
		return 0; /* an explained exclusion or risk acceptance is not a gap */
	if (e->status != BIG_STATUS_IMPLEMENTED)
		kinds |= BIG_GAP_IMPLEMENTATION;
	if (e->maturity >= 0 && e->maturity < target)
		kinds |= BIG_GAP_MATURITY;
	if ((e->status == BIG_STATUS_NOT_APPLICABLE || e->status == BIG_STATUS_RISK_ACCEPTED) &&
	    !e->explanation_ok)
		kinds |= BIG_GAP_EXPLANATION;
	/* implemented, its result recording opzet, bestaan or werking, without
	 * its werking demonstrated: a result that records none was not made
	 * to show them (docs/scoring.md, "Gaps") */
	if (e->status == BIG_STATUS_IMPLEMENTED && e->recorded &&
	    !(e->shown & (1u << BIG_DIMENSION_WERKING)))
		kinds |= BIG_GAP_WERKING;
	return kinds;
}

/* @below[d]: (double)d / max_level, the maturity part of a gap d levels
 * below the target, divided once per report rather than once per gap; a
 * werking gap weighs one level, 1 / max_level (docs/scoring.md, "Gaps"). */
static double gap_size(const struct big_eval *e, unsigned kinds, int target, const double *below,
		       double one_level)
{
	double g = 1.0 - e->score;
	if (e->maturity >= 0 && e->maturity < target) {
		double m = below[target - e->maturity];
		if (m > g)
			g = m;
	}
	if ((kinds & BIG_GAP_WERKING) && one_level > g)
		g = one_level;
	return g;
}

/* The sort key of a gap: the rank of its tag in the profile's priority,
 * mandatory first (group = 2·rank + !mandatory), then weight × size
 * descending, then catalogue order, which is the order gaps are found in. */
struct key {
	double weighted;
	size_t group;
	size_t gap; /* into the gaps found, in catalogue order */
};

static bool before(const struct key *a, const struct key *b)
{
	return a->group != b->group ? a->group < b->group : a->weighted > b->weighted;
}

/* A stable merge sort: ties keep catalogue order, as the gap order wants.
 * Bottom-up, from @keys through @tmp; returns where the result is. */
static struct key *merge_sort(struct key *keys, struct key *tmp, size_t n)
{
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				tmp[k++] = before(&keys[j], &keys[i]) ? keys[j++] : keys[i++];
			while (i < mid)
				tmp[k++] = keys[i++];
			while (j < hi)
				tmp[k++] = keys[j++];
		}
		struct key *t = keys;
		keys = tmp;
		tmp = t;
	}
	return keys;
}

#define DISTINCT_MAX 32
#define TABLE_SIZE   64 /* a power of two, at least 2 * DISTINCT_MAX */

/* Where to look for key @k in the hash table of distinct keys. Keys equal
 * under == hash alike: adding 0.0 makes -0.0 into 0.0. */
static size_t key_hash(const struct key *k)
{
	double w = k->weighted + 0.0;
	uint64_t bits;
	memcpy(&bits, &w, sizeof(bits));
	bits ^= (uint64_t)k->group * 0x9e3779b97f4a7c15u;
	return (size_t)((bits ^ bits >> 32 ^ bits >> 47) & (TABLE_SIZE - 1));
}

/* Writes the @n gaps @found, whose keys are @keys (in the same order), into
 * @out in gap order, stably, with @tmp and @slot (n bytes) as scratch. Gaps
 * share few distinct keys (a handful of sizes per tag group): a counting sort
 * over them places each gap once, straight from @found into @out. */
static void sort_gaps(big_gap *out, const big_gap *found, struct key *keys, struct key *tmp,
		      unsigned char *slot, size_t n)
{
	struct key distinct[DISTINCT_MAX];
	size_t count[DISTINCT_MAX], order[DISTINCT_MAX], nd = 0;
	/* 1 + the index into distinct[] of the key hashed there; 0: free.
	 * A linear search of distinct[] stopped at an unpredictable place for
	 * every gap, and its mispredicted exits were most of the sort's time. */
	unsigned char table[TABLE_SIZE] = {0};
	for (size_t i = 0; i < n; i++) {
		size_t h = key_hash(&keys[i]), j;
		while ((j = table[h]) != 0 && (distinct[j - 1].group != keys[i].group ||
					       distinct[j - 1].weighted != keys[i].weighted))
			h = (h + 1) & (TABLE_SIZE - 1);
		if (j-- == 0) { /* a new key */
			if (nd == DISTINCT_MAX) {
				const struct key *sorted = merge_sort(keys, tmp, n);
				for (size_t k = 0; k < n; k++)
					out[k] = found[sorted[k].gap];
				return;
			}
			distinct[nd] = keys[i];
			count[nd] = 0;
			j = nd++;
			table[h] = (unsigned char)nd;
		}
		count[j]++;
		slot[i] = (unsigned char)j;
	}
	for (size_t j = 0; j < nd; j++) { /* insertion sort of the distinct keys */
		size_t k = j;
		for (; k > 0 && before(&distinct[j], &distinct[order[k - 1]]); k--)
			order[k] = order[k - 1];
		order[k] = j;
	}
	size_t start[DISTINCT_MAX];
	for (size_t k = 0, at = 0; k < nd; k++) {
		start[order[k]] = at;
		at += count[order[k]];
	}
	for (size_t i = 0; i < n; i++)
		out[start[slot[i]]++] = found[i];
}

/* Its strings are the assessment's, which the report holds a reference to. */
static void add_exception(big_report *r, const big_assessment *a, const big_node *n, size_t i,
			  const struct big_eval *e)
{
	const struct big_result *res = &a->results[i];
	r->exceptions[r->exception_count++] =
	    (big_exception){n, e->status, res->explanation, res->owner, res->expires};
}

/* The highest-priority tag requirement @i carries under profile @p (NULL: none). */
static size_t tag_rank(const big_profile *p, size_t i, const char **tag)
{
	size_t rank = p && p->rank ? p->rank[i] : 0;
	*tag = p && rank < p->priority_count ? p->priority[rank] : NULL;
	return rank;
}

_Static_assert(sizeof(bool) == 1, "profile selections are read as bytes");

/* The sum of eight bytes that are 0 or 1: multiplying by 0x0101…01 adds them
 * up into the top byte. Counted a byte at a time, attainment took a tenth of
 * the instructions of scoring. The requirements a profile selects are
 * counted once, at load (profile.c): only those complied with are counted here. */
static unsigned byte_sum(uint64_t v)
{
	return (unsigned)((v * 0x0101010101010101u) >> 56);
}

/* @complies: per requirement, whether it is implemented or properly explained. */
static void add_attainments(big_report *r, const unsigned char *complies)
{
	const big_catalogue *cat = r->catalogue;
	size_t n = cat->requirement_count;
	for (size_t p = 0; p < cat->profile_count; p++) {
		const big_profile *profile = &cat->profiles[p];
		const unsigned char *selected = (const unsigned char *)profile->selected;
		unsigned requirements = (unsigned)profile->requirement_count, complied = 0;
		size_t i = 0;
		for (; i + 8 <= n; i += 8) {
			uint64_t s, c;
			memcpy(&s, selected + i, 8);
			memcpy(&c, complies + i, 8);
			complied += byte_sum(s & c);
		}
		for (; i < n; i++)
			complied += selected[i] & complies[i];
		r->attainments[p] =
		    (big_attainment){profile, requirements, complied, complied == requirements};
	}
}

size_t big__report_gaps_scratch_size(const big_catalogue *cat)
{
	return cat->requirement_count * (sizeof(big_gap) + 2 * sizeof(struct key) + 2);
}

void big__report_add_gaps(big_report *r, const big_assessment *a, void *scratch)
{
	const big_catalogue *cat = a->catalogue;
	size_t n = cat->requirement_count, count = 0;
	big_gap *found = scratch;
	struct key *keys = (struct key *)(found + n), *tmp = keys + n;
	unsigned char *complies = (unsigned char *)(tmp + n), *slot = complies + n;
	/* Read once: the stores into the report's arrays could alias them. */
	const big_profile *profile = r->profile;
	const int target = r->target;
	const uint32_t reference = r->reference_number;
	const struct big_result_eval *plans = a->evals;
	double below[BIG_MAX_LEVELS + 1];
	for (int d = 0; d <= target && d <= BIG_MAX_LEVELS; d++)
		below[d] = (double)d / cat->max_level;
	const double one_level = 1.0 / cat->max_level;
	const big_node *const *requirements = cat->requirements;
	const struct big_plan_requirement *plan = cat->plan.requirements;
	const struct big_eval *evals = r->evals;
	for (size_t i = 0; i < n; i++) {
		const big_node *node = requirements[i]; /* not read: its lines are cold */
		const struct big_eval *e = &evals[i];
		complies[i] = big__eval_complies(e);
		if (!e->applicable)
			continue;
		if (e->explained)
			add_exception(r, a, node, i, e);
		unsigned kinds = gap_kinds(e, target);
		if (!kinds)
			continue;
		big_gap *g = &found[count];
		*g = (big_gap){.node = node,
			       .kinds = kinds,
			       .size = gap_size(e, kinds, target, below, one_level),
			       .status = e->status,
			       .maturity = e->maturity};
		/* the result's cache lines only for a gap with an owner or actions */
		if (plans[i].plan)
			big__gap_plan(g, &a->results[i], &plans[i], reference);
		else
			g->without_action = true;
		size_t rank = tag_rank(profile, i, &g->tag);
		bool mandatory = plan[i].ref & 2;
		keys[count] = (struct key){plan[i].weight * g->size, 2 * rank + !mandatory, count};
		count++;
	}
	sort_gaps(r->gaps, found, keys, tmp, slot, count);
	r->gap_count = count;
	add_attainments(r, complies);
}
