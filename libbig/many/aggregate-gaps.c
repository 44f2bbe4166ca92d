/*
 * libbig — an aggregate's gap list (docs/scoring.md, "The gaps of an
 * aggregate"): the requirements where the combined values fall short, by a
 * single organisation's rule read on combined values, in the order of a
 * report's gaps (scoring/gap-order.h, the one definition), each with who is
 * responsible: the members at the lowest value of what falls short (an
 * explained member does not fall short), the collaboration in the place of
 * those whose value came from its own result.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <string.h>

#include "aggregate-attrib.h"
#include "alloc.h"
#include "catalogue-int.h"
#include "gap-order.h"
#include "node-scores.h"

/* The kinds of shortfall of combined values @c under target @target:
 * implementation when not every member implemented it or explained it
 * properly (comply-or-explain below 1), maturity when the combined maturity
 * is below the target. */
static unsigned gap_kinds(const struct big_req_values *c, int target)
{
	unsigned kinds = 0;
	if (c->complied < 1)
		kinds |= BIG_GAP_IMPLEMENTATION;
	if (c->scorable && c->has_maturity && c->maturity < target - BIG_LEVEL_TOLERANCE)
		kinds |= BIG_GAP_MATURITY;
	return kinds;
}

/* g = max(1 - s, (T - m)/N for a maturity gap), as a single organisation's. */
static double gap_size(const struct big_req_values *c, unsigned kinds, int target, int max_level)
{
	double g = c->scorable ? 1.0 - c->score : 0;
	if (kinds & BIG_GAP_MATURITY) {
		double m = ((double)target - c->maturity) / max_level;
		g = m > g ? m : g;
	}
	return g;
}

/* Whether member cell @c falls short by an implementation gap: not
 * implemented nor properly explained (an explained risk acceptance does not). */
static bool short_of(const struct big_req_values *c)
{
	return c->scorable && c->complied < 1;
}

/* Whether member cell @c is at the lowest value of a shortfall of @kinds in
 * its row: at the lowest implementation score @score of the members that fall
 * short, or at the lowest maturity @maturity. */
static bool responsible(const struct big_req_values *c, unsigned kinds, double score,
			double maturity)
{
	return ((kinds & BIG_GAP_IMPLEMENTATION) && short_of(c) && c->score == score) ||
	       ((kinds & BIG_GAP_MATURITY) && c->scorable && c->has_maturity &&
		c->maturity == maturity);
}

/* The responsible for gap @g of requirement @q into @out (when not NULL);
 * their number. The members at the lowest value of what falls short, but
 * the collaboration, named once, for each whose value there came from the
 * collaboration's own result. */
static size_t find_responsible(const big_aggregate_report *ag, size_t q, const big_aggregate_gap *g,
			       const char **out)
{
	size_t m = ag->member_count, n = 0;
	const struct big_req_values *row = &ag->member_cells[q * m];
	const bool *from = &ag->from_collab[q * m];
	double score = 0, maturity = 0;
	bool has_score = false, has_maturity = false, collab = false;
	for (size_t i = 0; i < m; i++) {
		if (short_of(&row[i]) && (!has_score || row[i].score < score)) {
			score = row[i].score;
			has_score = true;
		}
		if (row[i].scorable && row[i].has_maturity &&
		    (!has_maturity || row[i].maturity < maturity)) {
			maturity = row[i].maturity;
			has_maturity = true;
		}
	}
	for (size_t i = 0; i < m; i++) {
		if (!responsible(&row[i], g->kinds, score, maturity) || (from[i] && collab))
			continue;
		collab = collab || from[i];
		if (out)
			out[n] = from[i] ? ag->id : ag->members[i];
		n++;
	}
	return n;
}

int big__aggregate_gaps(const big_aggregate_report *ag, struct big_agg_attrib *at)
{
	const big_catalogue *cat = ag->catalogue;
	size_t rq = cat->requirement_count, count = 0, total = 0;
	big_aggregate_gap *found = big__calloc(rq ? rq : 1, sizeof(*found));
	struct big_gap_key *keys = big__calloc(rq ? 2 * rq : 1, sizeof(*keys));
	unsigned char *slot = big__calloc(rq ? rq : 1, 1);
	at->gaps = big__calloc(rq ? rq : 1, sizeof(*at->gaps));
	int rc = found && keys && slot && at->gaps ? 0 : BIG_ENOMEM;
	for (size_t q = 0; !rc && q < rq; q++) {
		const struct big_req_values *c = &ag->cells[q];
		unsigned kinds = big__aggregate_applicable(ag, q) ? gap_kinds(c, ag->target) : 0;
		if (!kinds)
			continue;
		big_aggregate_gap *g = &found[count];
		*g = (big_aggregate_gap){.node = cat->requirements[q],
					 .kinds = kinds,
					 .size = gap_size(c, kinds, ag->target, cat->max_level),
					 .has_implementation = c->scorable,
					 .implementation = c->scorable ? c->score : 0,
					 .has_maturity = c->scorable && c->has_maturity,
					 .maturity =
					     c->scorable && c->has_maturity ? c->maturity : 0,
					 .delegated = big__aggregate_delegated(ag, q)};
		g->responsible_count = find_responsible(ag, q, g, NULL);
		total += g->responsible_count;
		size_t rank = big__gap_tag_rank(ag->profile, q, &g->tag);
		const struct big_plan_requirement *p = &cat->plan.requirements[q];
		keys[count] = big__gap_key(p->weight * g->size, rank, p->ref & 2, count);
		count++;
	}
	if (!rc && !(at->responsible = big__calloc(total ? total : 1, sizeof(*at->responsible))))
		rc = BIG_ENOMEM;
	const char **r = at->responsible;
	for (size_t k = 0; !rc && k < count; k++) {
		found[k].responsible = r;
		r += find_responsible(ag, found[k].node->requirement, &found[k], r);
	}
	if (!rc) {
		big__gap_sort(at->gaps, found, sizeof(*found), keys, keys + rq, slot, count);
		at->gap_count = count;
	}
	big_free(found);
	big_free(keys);
	big_free(slot);
	return rc;
}
