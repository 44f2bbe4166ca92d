/*
 * libbig — comparing two assessments of the same catalogue
 * (docs/scoring.md, "Comparison").
 *
 * Both sides are scored by big_score(); the comparison only subtracts their
 * scores and attributes the change of the flat overall score to the
 * requirements, from the per-requirement evaluations of the two reports.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "catalogue-int.h"
#include "compare-int.h"
#include "errors-int.h"
#include "report-int.h"

/* Same id and version, and (for two catalogue objects) the same fingerprint. */
static int check_catalogues(const big_catalogue *b, const big_catalogue *a)
{
	return big__catalogue_check_same(b, a, "assessments");
}

static bool same_string(const char *x, const char *y)
{
	return strcmp(x ? x : "", y ? y : "") == 0;
}

/* The options both sides are scored with; an unset one must agree on both. */
static int resolve_options(big_score_options *o, const big_assessment *b, const big_assessment *a,
			   const big_score_options *opts)
{
	const big_score_options defaults = BIG_SCORE_OPTIONS_INIT;

	if (opts && (opts->version < 1 || opts->version > BIG_SCORE_OPTIONS_VERSION))
		return big__error_set(BIG_EINVAL, "unsupported big_score_options version %u",
				      opts->version);
	*o = defaults;
	if (opts) { /* a version 1 struct ends before `lang` */
		o->rollup = opts->rollup;
		o->target = opts->target;
		o->profile = opts->profile;
		o->lang = opts->version >= 2 ? opts->lang : NULL;
	}
	if (!o->profile && !same_string(big_assessment_profile(b), big_assessment_profile(a)))
		return big__error_set(BIG_EMISMATCH,
				      "the assessments are made for different profiles (\"%s\" and "
				      "\"%s\"): choose one in the options",
				      big_assessment_profile(b), big_assessment_profile(a));
	if (o->target == -1 && big_assessment_target(b) != big_assessment_target(a))
		return big__error_set(BIG_EMISMATCH,
				      "the assessments set different targets (%d and %d): choose "
				      "one in the options",
				      big_assessment_target(b), big_assessment_target(a));
	return 0;
}

/* W: the weight of the scorable set of one side, in catalogue order. */
static double scorable_weight(const big_report *r)
{
	const big_catalogue *cat = r->catalogue;
	struct big_ksum w = {0, 0};

	for (size_t i = 0; i < cat->requirement_count; i++)
		if (big__eval_scored(&r->evals[i]))
			big__ksum_add(&w, cat->requirements[i]->weight);
	return big__ksum_value(&w);
}

/* One side of requirement @i for big__contribution(). */
static struct big_contrib_side side_of(const big_report *r, size_t i, double total)
{
	return (struct big_contrib_side){big__eval_scored(&r->evals[i]),
					 r->catalogue->requirements[i]->weight, r->evals[i].score,
					 total};
}

static double contribution(const big_comparison *c, size_t i, double wb, double wa)
{
	struct big_contrib_side b = side_of(c->before, i, wb), a = side_of(c->after, i, wa);
	return big__contribution(&b, &a);
}

static int by_size(const void *x, const void *y)
{
	const big_contribution *p = x, *q = y;
	double fp = fabs(p->contribution), fq = fabs(q->contribution);

	if (fp != fq)
		return fp > fq ? -1 : 1;
	return p->node->index < q->node->index ? -1 : p->node->index > q->node->index;
}

static int attribute(big_comparison *c)
{
	const big_catalogue *cat = c->before->catalogue;
	double wb = scorable_weight(c->before), wa = scorable_weight(c->after);
	struct big_ksum total = {0, 0};

	/* One spare element, so that a catalogue without requirements allocates too. */
	c->contributions = big__calloc(cat->requirement_count + 1, sizeof(*c->contributions));
	if (!c->contributions)
		return BIG_ENOMEM;
	for (size_t i = 0; i < cat->requirement_count; i++) {
		const struct big_eval *eb = &c->before->evals[i], *ea = &c->after->evals[i];
		if (!eb->applicable && !ea->applicable)
			continue;
		double x = contribution(c, i, wb, wa);
		big__ksum_add(&total, x);
		if (x == 0 && eb->status == ea->status &&
		    big__eval_scored(eb) == big__eval_scored(ea))
			continue;
		c->contributions[c->contribution_count++] = (big_contribution){
		    .node = cat->requirements[i],
		    .before = eb->status,
		    .after = ea->status,
		    .scorable_before = big__eval_scored(eb),
		    .scorable_after = big__eval_scored(ea),
		    .contribution = x,
		};
	}
	c->flat_delta = big__ksum_value(&total);
	qsort(c->contributions, c->contribution_count, sizeof(*c->contributions), by_size);
	return 0;
}

static int compute(big_comparison *c)
{
	const big_catalogue *cat = c->before->catalogue;

	BIG__DELTA_SUBTRACT(&c->overall, &c->before->overall, &c->after->overall);
	c->nodes = big__calloc(cat->node_count + 1, sizeof(*c->nodes));
	if (!c->nodes)
		return BIG_ENOMEM;
	for (size_t i = 0; i < cat->node_count; i++)
		BIG__DELTA_SUBTRACT(&c->nodes[i], &c->before->scores[i], &c->after->scores[i]);
	return attribute(c);
}

int big_compare(big_comparison **out, const big_assessment *before, const big_assessment *after,
		const big_score_options *opts)
{
	big_score_options o;
	big_comparison *c;
	int rc;

	if (!out || !before || !after)
		return big__error_set(BIG_EINVAL, "no output pointer or no assessment");
	*out = NULL;
	if ((rc = check_catalogues(big_assessment_catalogue(before),
				   big_assessment_catalogue(after))) ||
	    (rc = resolve_options(&o, before, after, opts)))
		return rc;
	c = big__calloc(1, sizeof(*c));
	if (!c)
		return BIG_ENOMEM;
	if ((rc = big_score(&c->before, before, &o)) || (rc = big_score(&c->after, after, &o)) ||
	    (rc = compute(c))) {
		big_comparison_free(c);
		return rc;
	}
	*out = c;
	return 0;
}

void big_comparison_free(big_comparison *c)
{
	if (!c)
		return;
	big_free(c->contributions);
	big_free(c->nodes);
	big_report_free(c->before);
	big_report_free(c->after);
	big_free(c);
}

const big_report *big_comparison_before(const big_comparison *c)
{
	return c->before;
}

const big_report *big_comparison_after(const big_comparison *c)
{
	return c->after;
}

const big_delta *big_comparison_overall(const big_comparison *c)
{
	return &c->overall;
}

const big_delta *big_comparison_node(const big_comparison *c, const big_node *node)
{
	if (!node ||
	    (node->catalogue != c->before->catalogue && node->catalogue != c->after->catalogue))
		return NULL;
	return &c->nodes[node->index];
}

size_t big_comparison_contribution_count(const big_comparison *c)
{
	return c->contribution_count;
}

const big_contribution *big_comparison_contribution(const big_comparison *c, size_t i)
{
	return i < c->contribution_count ? &c->contributions[i] : NULL;
}

double big_comparison_flat_delta(const big_comparison *c)
{
	return c->flat_delta;
}
