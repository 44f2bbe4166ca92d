/*
 * libbig — gap list and exceptions register (docs/scoring.md, "Gaps").
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>

#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
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
	return kinds;
}

static double gap_size(const struct big_eval *e, int target, int max_level)
{
	double g = 1.0 - e->score;
	if (e->maturity >= 0 && e->maturity < target) {
		double m = (double)(target - e->maturity) / max_level;
		if (m > g)
			g = m;
	}
	return g;
}

/* A gap with the rank of its tag in the profile's priority. */
struct ranked {
	big_gap gap;
	size_t rank;
};

/* Tag priority, then mandatory first, then weight × size descending, then
 * catalogue order. */
static int gap_order(const void *pra, const void *prb)
{
	const struct ranked *ra = pra, *rb = prb;
	const big_gap *a = &ra->gap, *b = &rb->gap;
	if (ra->rank != rb->rank)
		return ra->rank < rb->rank ? -1 : 1;
	bool ma = big_node_is_mandatory(a->node), mb = big_node_is_mandatory(b->node);
	if (ma != mb)
		return ma ? -1 : 1;
	double wa = big_node_weight(a->node) * a->size, wb = big_node_weight(b->node) * b->size;
	if (wa != wb)
		return wa > wb ? -1 : 1;
	size_t ia = big_node_index(a->node), ib = big_node_index(b->node);
	return ia < ib ? -1 : ia > ib;
}

static int add_exception(big_report *r, const big_assessment *a, const big_node *n,
			 const struct big_eval *e)
{
	const struct big_result *res = &a->results[n->requirement];
	char *explanation = NULL, *owner = NULL, *expires = NULL;
	if (big_set_string(&explanation, res->explanation) || big_set_string(&owner, res->owner) ||
	    big_set_string(&expires, res->expires)) {
		big_free(explanation);
		big_free(owner);
		big_free(expires);
		return BIG_ENOMEM;
	}
	r->exceptions[r->exception_count++] =
	    (big_exception){n, e->status, explanation, owner, expires};
	return 0;
}

/* The highest-priority tag @node carries under the report's profile. */
static size_t tag_rank(const big_report *r, const big_node *node, const char **tag)
{
	size_t n = r->profile ? big_profile_priority_count(r->profile) : 0;
	for (size_t i = 0; i < n; i++) {
		const char *t = big_profile_priority(r->profile, i);
		if (big_node_carries_tag(node, t)) {
			*tag = t;
			return i;
		}
	}
	*tag = NULL;
	return n;
}

static int add_attainments(big_report *r)
{
	const big_catalogue *cat = r->catalogue;
	r->attainments = big_calloc(cat->profile_count, sizeof(*r->attainments));
	if (!r->attainments)
		return BIG_ENOMEM;
	for (size_t p = 0; p < cat->profile_count; p++) {
		const big_profile *profile = &cat->profiles[p];
		big_attainment *t = &r->attainments[p];
		t->profile = profile;
		for (size_t i = 0; i < cat->requirement_count; i++) {
			const struct big_eval *e = &r->evals[i];
			if (!profile->selected[i])
				continue;
			t->requirements++;
			t->complied += e->status == BIG_STATUS_IMPLEMENTED || e->explained;
		}
		t->attained = t->complied == t->requirements;
	}
	return 0;
}

int big_report_add_gaps(big_report *r, const big_assessment *a)
{
	const big_catalogue *cat = a->catalogue;
	size_t n = cat->requirement_count, count = 0;
	struct ranked *ranked = big_calloc(n, sizeof(*ranked));
	r->gaps = big_calloc(n, sizeof(*r->gaps));
	r->exceptions = big_calloc(n, sizeof(*r->exceptions));
	int rc = !ranked || !r->gaps || !r->exceptions ? BIG_ENOMEM : 0;
	for (size_t i = 0; !rc && i < n; i++) {
		const big_node *node = cat->requirements[i];
		const struct big_eval *e = &r->evals[i];
		if (!e->applicable)
			continue;
		if (e->explained && (rc = add_exception(r, a, node, e)))
			break;
		unsigned kinds = gap_kinds(e, r->target);
		if (!kinds)
			continue;
		struct ranked *g = &ranked[count++];
		g->gap = (big_gap){node,      kinds,       gap_size(e, r->target, cat->max_level),
				   e->status, e->maturity, NULL};
		g->rank = tag_rank(r, node, &g->gap.tag);
	}
	if (!rc) {
		qsort(ranked, count, sizeof(*ranked), gap_order);
		for (size_t i = 0; i < count; i++)
			r->gaps[i] = ranked[i].gap;
		r->gap_count = count;
		rc = add_attainments(r);
	}
	big_free(ranked);
	return rc;
}
