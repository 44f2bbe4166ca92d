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

/* Mandatory first, then weight × size descending, then catalogue order. */
static int gap_order(const void *pa, const void *pb)
{
	const big_gap *a = pa, *b = pb;
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

int big_report_add_gaps(big_report *r, const big_assessment *a)
{
	const big_catalogue *cat = a->catalogue;
	size_t n = cat->requirement_count;
	r->gaps = big_calloc(n, sizeof(*r->gaps));
	r->exceptions = big_calloc(n, sizeof(*r->exceptions));
	if (!r->gaps || !r->exceptions)
		return BIG_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		const big_node *node = cat->requirements[i];
		const struct big_eval *e = &r->evals[i];
		if (!e->applicable)
			continue;
		if (e->explained && add_exception(r, a, node, e))
			return BIG_ENOMEM;
		unsigned kinds = gap_kinds(e, r->target);
		if (!kinds)
			continue;
		r->gaps[r->gap_count++] = (big_gap){
		    node, kinds, gap_size(e, r->target, cat->max_level), e->status, e->maturity};
	}
	qsort(r->gaps, r->gap_count, sizeof(*r->gaps), gap_order);
	return 0;
}
