/*
 * libbig — who holds an aggregate back (docs/scoring.md, "Attribution and
 * who to help first"): per applicable requirement the members at the lowest
 * score, each member's own node scores, and the ranking of the members by
 * how much the aggregate would rise if each were helped. Made once the
 * aggregate is built, from its member x requirement matrix; the rises by
 * rolling the combined values up again with one member's cells raised
 * (aggregate-build.c's combination and roll-up: one definition).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate-attrib.h"
#include "alloc.h"
#include "catalogue-int.h"
#include "errors-int.h"

/* The lowest score of the scorable cells of @row (@m members) above @floor
 * (-1: any), into @out; false when there is none. */
static bool lowest_above(const struct big_req_values *row, size_t m, double floor, double *out)
{
	bool has = false;
	for (size_t i = 0; i < m; i++)
		if (row[i].scorable && row[i].score > floor && (!has || row[i].score < *out)) {
			*out = row[i].score;
			has = true;
		}
	return has;
}

static int attribute_requirements(big_aggregate_report *ag, struct big_agg_attrib *at)
{
	const big_catalogue *cat = ag->catalogue;
	size_t m = ag->member_count, rq = cat->requirement_count, holders = 0;
	at->attribution = big__calloc(rq ? rq : 1, sizeof(*at->attribution));
	at->attribution_of = big__calloc(rq ? rq : 1, sizeof(*at->attribution_of));
	if (!at->attribution || !at->attribution_of)
		return BIG_ENOMEM;
	for (size_t q = 0; q < rq; q++) {
		const struct big_req_values *row = &ag->member_cells[q * m];
		at->attribution_of[q] = SIZE_MAX;
		if (!big__aggregate_applicable(ag, q))
			continue;
		big_aggregate_attribution *a = &at->attribution[at->attribution_count];
		at->attribution_of[q] = at->attribution_count++;
		a->node = cat->requirements[q];
		a->delegated = big__aggregate_delegated(ag, q);
		a->has_value = lowest_above(row, m, -1, &a->minimum);
		if (!a->has_value)
			continue;
		a->value = ag->cells[q].score;
		a->has_next = lowest_above(row, m, a->minimum, &a->next);
		for (size_t i = 0; i < m; i++)
			a->holder_count += row[i].scorable && row[i].score == a->minimum;
		holders += a->holder_count;
	}
	at->holders = big__calloc(holders ? holders : 1, sizeof(*at->holders));
	if (!at->holders)
		return BIG_ENOMEM;
	const char **h = at->holders;
	for (size_t k = 0; k < at->attribution_count; k++) {
		big_aggregate_attribution *a = &at->attribution[k];
		const struct big_req_values *row = &ag->member_cells[a->node->requirement * m];
		a->holders = h;
		for (size_t i = 0; a->has_value && i < m; i++)
			if (row[i].scorable && row[i].score == a->minimum)
				*h++ = ag->members[i];
	}
	return 0;
}

/* The member x node matrix: every member's column rolled up on its own. */
static int member_nodes(big_aggregate_report *ag, struct big_agg_attrib *at,
			struct big_req_values *col, big_aggregate_scores *scores)
{
	const big_catalogue *cat = ag->catalogue;
	size_t m = ag->member_count, rq = cat->requirement_count, nc = cat->node_count;
	if (m && nc > SIZE_MAX / sizeof(*at->member_nodes) / m)
		return big__error_nomem();
	at->member_nodes = big__calloc(m && nc ? m * nc : 1, sizeof(*at->member_nodes));
	if (!at->member_nodes)
		return BIG_ENOMEM;
	for (size_t i = 0; i < m; i++) {
		big_aggregate_scores overall;
		for (size_t q = 0; q < rq; q++)
			col[q] = ag->member_cells[q * m + i];
		int rc = big__aggregate_roll_up(ag, col, scores, &overall);
		if (rc)
			return rc;
		for (size_t k = 0; k < nc; k++)
			at->member_nodes[i * nc + k] = (big_member_node_scores){
			    scores[k].has_implementation, scores[k].implementation,
			    scores[k].has_coverage, scores[k].coverage,
			    scores[k].comply_or_explain};
	}
	return 0;
}

/* Scratch memory of the ranking. */
struct rank_work {
	struct big_req_values *next, *full; /* the combined values, the member's levers
					       raised to the next level or to 1 */
	big_aggregate_scores *scores;       /* node_count, thrown away */
	double *v, *v2, *w;                 /* one row of values (twice) and weights */
	double *level;                      /* per requirement: the next level */
	bool *lever;                        /* per requirement: the member is a lever there */
};

/* Whether member @i is a lever of requirement @q (docs/scoring.md): it
 * falls short (not implemented nor properly explained) and its score is
 * below the level to reach, into *@next. Under weakest it must alone hold
 * the lowest score of the members that fall short, and the level is the
 * next member value above it; under median the
 * lowest member value above the median; under the means the combined value.
 * With no member value above, 1. */
static bool lever(const big_aggregate_report *ag, const struct big_agg_attrib *at, size_t q,
		  size_t i, double *next)
{
	size_t m = ag->member_count;
	const struct big_req_values *row = &ag->member_cells[q * m], *c = &row[i];
	if (at->attribution_of[q] == SIZE_MAX || !c->scorable || c->complied >= 1)
		return false;
	const big_aggregate_attribution *a = &at->attribution[at->attribution_of[q]];
	switch (ag->method) {
	case BIG_AGGREGATE_WEAKEST: {
		size_t alone = 0;
		for (size_t j = 0; j < m; j++)
			if (row[j].scorable && row[j].complied < 1 && row[j].score <= c->score)
				alone += row[j].score < c->score ? 2 : 1;
		if (alone != 1 || !lowest_above(row, m, c->score, next))
			*next = 1;
		if (alone != 1)
			return false;
		break;
	}
	case BIG_AGGREGATE_MEDIAN:
		if (!lowest_above(row, m, a->value, next))
			*next = 1;
		break;
	default:
		*next = a->value;
		break;
	}
	return c->score < *next;
}

/* Member @i's row of requirement @q into rw->v (its own value at the next
 * level) and rw->w, over the members that have it scorable; the number of
 * values, and the place of @i's into *@at. */
static size_t gather(const big_aggregate_report *ag, size_t q, size_t i, struct rank_work *rw,
		     size_t *at)
{
	size_t m = ag->member_count, k = 0;
	for (size_t j = 0; j < m; j++) {
		const struct big_req_values *c = &ag->member_cells[q * m + j];
		if (!c->scorable)
			continue;
		if (j == i)
			*at = k;
		rw->v[k] = j == i ? rw->level[q] : c->score;
		rw->w[k++] = ag->weights[j];
	}
	return k;
}

/* The overall implementation score of @cells (0: none). */
static int overall_of(const big_aggregate_report *ag, const struct big_req_values *cells,
		      big_aggregate_scores *scratch, double *out)
{
	big_aggregate_scores overall;
	int rc = big__aggregate_roll_up(ag, cells, scratch, &overall);
	/* on failure @overall is not filled in (allocation sweep, UBSan) */
	*out = !rc && overall.has_implementation ? overall.implementation : 0;
	return rc;
}

/* Member @i's rank: its levers, and the overall implementation with the
 * combined values of its levers combined again with its own value raised to
 * the next level, and to 1, each rolled up again. */
static int rank_member(const big_aggregate_report *ag, const struct big_agg_attrib *at, size_t i,
		       struct rank_work *rw, big_aggregate_rank *r)
{
	size_t rq = ag->catalogue->requirement_count;
	*r = (big_aggregate_rank){.member = ag->members[i], .index = i};
	for (size_t q = 0; q < rq; q++) {
		rw->lever[q] = lever(ag, at, q, i, &rw->level[q]);
		r->requirements += rw->lever[q];
	}
	if (!r->requirements || !ag->overall.has_implementation)
		return 0;
	for (size_t q = 0; q < rq; q++) {
		size_t k, self = 0;
		if (!rw->lever[q])
			continue;
		k = gather(ag, q, i, rw, &self);
		memcpy(rw->v2, rw->v, k * sizeof(*rw->v)); /* combining may reorder */
		rw->next[q].score = big__aggregate_combine(ag->method, rw->v2, rw->w, k);
		rw->v[self] = 1;
		rw->full[q].score = big__aggregate_combine(ag->method, rw->v, rw->w, k);
	}
	double next = 0, full = 0;
	int rc = overall_of(ag, rw->next, rw->scores, &next);
	if (!rc)
		rc = overall_of(ag, rw->full, rw->scores, &full);
	r->rise_next = next - ag->overall.implementation;
	r->rise_full = full - ag->overall.implementation;
	for (size_t q = 0; q < rq; q++) /* back to the aggregate's, for the next member */
		if (rw->lever[q])
			rw->next[q].score = rw->full[q].score = ag->cells[q].score;
	return rc;
}

static int rank_order(const void *x, const void *y)
{
	const big_aggregate_rank *a = x, *b = y;
	if (a->rise_next != b->rise_next)
		return a->rise_next > b->rise_next ? -1 : 1;
	if (a->rise_full != b->rise_full)
		return a->rise_full > b->rise_full ? -1 : 1;
	return strcmp(a->member, b->member);
}

static int rank(big_aggregate_report *ag, struct big_agg_attrib *at, struct rank_work *rw)
{
	size_t m = ag->member_count;
	at->ranking = big__calloc(m ? m : 1, sizeof(*at->ranking));
	if (!at->ranking)
		return BIG_ENOMEM;
	for (size_t i = 0; i < m; i++) {
		int rc = rank_member(ag, at, i, rw, &at->ranking[i]);
		if (rc)
			return rc;
	}
	qsort(at->ranking, m, sizeof(*at->ranking), rank_order);
	return 0;
}

int big__aggregate_attribute(big_aggregate_report *ag)
{
	const big_catalogue *cat = ag->catalogue;
	size_t m = ag->member_count, rq = cat->requirement_count, nc = cat->node_count;
	struct big_agg_attrib *at = big__calloc(1, sizeof(*at));
	struct rank_work rw = {
	    .next = big__calloc(rq ? rq : 1, sizeof(*rw.next)),
	    .full = big__calloc(rq ? rq : 1, sizeof(*rw.full)),
	    .scores = big__calloc(nc ? nc : 1, sizeof(*rw.scores)),
	    .v = big__calloc(m ? m : 1, sizeof(*rw.v)),
	    .v2 = big__calloc(m ? m : 1, sizeof(*rw.v2)),
	    .w = big__calloc(m ? m : 1, sizeof(*rw.w)),
	    .level = big__calloc(rq ? rq : 1, sizeof(*rw.level)),
	    .lever = big__calloc(rq ? rq : 1, sizeof(*rw.lever)),
	};
	int rc =
	    at && rw.next && rw.full && rw.scores && rw.v && rw.v2 && rw.w && rw.level && rw.lever
		? 0
		: BIG_ENOMEM;
	ag->attrib = at;
	if (!rc)
		rc = attribute_requirements(ag, at);
	if (!rc)
		rc = member_nodes(ag, at, rw.next, rw.scores);
	if (!rc) { /* member_nodes() used rw.next as scratch */
		memcpy(rw.next, ag->cells, rq * sizeof(*rw.next));
		memcpy(rw.full, ag->cells, rq * sizeof(*rw.full));
	}
	if (!rc)
		rc = rank(ag, at, &rw);
	if (!rc)
		rc = big__aggregate_gaps(ag, at);
	big_free(rw.next);
	big_free(rw.full);
	big_free(rw.scores);
	big_free(rw.v);
	big_free(rw.v2);
	big_free(rw.w);
	big_free(rw.level);
	big_free(rw.lever);
	return rc;
}

/* ---- the accessors ---- */

size_t big_aggregate_report_attribution_count(const big_aggregate_report *ag)
{
	return ag && ag->attrib ? ag->attrib->attribution_count : 0;
}

const big_aggregate_attribution *big_aggregate_report_attribution(const big_aggregate_report *ag,
								  size_t i)
{
	return i < big_aggregate_report_attribution_count(ag) ? &ag->attrib->attribution[i] : NULL;
}

/* The index of @node among the requirements of @ag's catalogue, or SIZE_MAX. */
static size_t requirement_of(const big_aggregate_report *ag, const big_node *node)
{
	const big_catalogue *cat = ag ? ag->catalogue : NULL;
	if (!cat || !node || !ag->attrib || node < cat->nodes ||
	    node >= cat->nodes + cat->node_count || !node->assessable)
		return SIZE_MAX;
	return node->requirement;
}

const big_aggregate_attribution *big_aggregate_report_attribution_of(const big_aggregate_report *ag,
								     const big_node *node)
{
	size_t q = requirement_of(ag, node);
	if (q == SIZE_MAX || ag->attrib->attribution_of[q] == SIZE_MAX)
		return NULL;
	return &ag->attrib->attribution[ag->attrib->attribution_of[q]];
}

const char *big_aggregate_attribution_holder(const big_aggregate_attribution *a, size_t i)
{
	return a && i < a->holder_count ? a->holders[i] : NULL;
}

int big_aggregate_report_member_deviation(double *out, const big_aggregate_report *ag,
					  size_t member, const big_node *node)
{
	if (!out || !ag || !node)
		return big__error_set(BIG_EINVAL, "no output pointer, aggregate or node");
	if (member >= ag->member_count)
		return big__error_set(BIG_ERANGE, "member %zu of %zu", member, ag->member_count);
	const big_aggregate_attribution *a = big_aggregate_report_attribution_of(ag, node);
	const struct big_req_values *c =
	    a ? &ag->member_cells[node->requirement * ag->member_count + member] : NULL;
	if (!c || !c->scorable)
		return big__error_set(BIG_ENOTFOUND, "%s is not a requirement scored for %s",
				      node->id, ag->members[member]);
	*out = c->score - a->value;
	return 0;
}

const big_member_node_scores *big_aggregate_report_member_node(const big_aggregate_report *ag,
							       size_t member, const big_node *node)
{
	const big_catalogue *cat = ag ? ag->catalogue : NULL;
	if (!cat || !ag->attrib || member >= ag->member_count || !node || node < cat->nodes ||
	    node >= cat->nodes + cat->node_count || ag->scores[node->index].applicable == 0)
		return NULL;
	return &ag->attrib->member_nodes[member * cat->node_count + node->index];
}

size_t big_aggregate_report_ranking_count(const big_aggregate_report *ag)
{
	return ag && ag->attrib ? ag->member_count : 0;
}

const big_aggregate_rank *big_aggregate_report_ranking(const big_aggregate_report *ag, size_t i)
{
	return i < big_aggregate_report_ranking_count(ag) ? &ag->attrib->ranking[i] : NULL;
}

size_t big_aggregate_report_gap_count(const big_aggregate_report *ag)
{
	return ag && ag->attrib ? ag->attrib->gap_count : 0;
}

const big_aggregate_gap *big_aggregate_report_gap(const big_aggregate_report *ag, size_t i)
{
	return i < big_aggregate_report_gap_count(ag) ? &ag->attrib->gaps[i] : NULL;
}

const char *big_aggregate_gap_responsible(const big_aggregate_gap *g, size_t i)
{
	return g && i < g->responsible_count ? g->responsible[i] : NULL;
}
