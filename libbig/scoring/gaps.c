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
#include "gap-order.h"
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

/* Its strings are the assessment's, which the report holds a reference to. */
static void add_exception(big_report *r, const big_assessment *a, const big_node *n, size_t i,
			  const struct big_eval *e)
{
	const struct big_result *res = &a->results[i];
	r->exceptions[r->exception_count++] =
	    (big_exception){n, e->status, res->explanation, res->owner, res->expires};
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
	return cat->requirement_count * (sizeof(big_gap) + 2 * sizeof(struct big_gap_key) + 2);
}

void big__report_add_gaps(big_report *r, const big_assessment *a, void *scratch)
{
	const big_catalogue *cat = a->catalogue;
	size_t n = cat->requirement_count, count = 0;
	big_gap *found = scratch;
	struct big_gap_key *keys = (struct big_gap_key *)(found + n), *tmp = keys + n;
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
		size_t rank = big__gap_tag_rank(profile, i, &g->tag);
		bool mandatory = plan[i].ref & 2;
		keys[count] = big__gap_key(plan[i].weight * g->size, rank, mandatory, count);
		count++;
	}
	big__gap_sort(r->gaps, found, sizeof(*found), keys, tmp, slot, count);
	r->gap_count = count;
	add_attainments(r, complies);
}
