/*
 * libbig — scoring an assessment (docs/scoring.md).
 *
 * One reverse walk over the pre-order node array visits every child before
 * its parent, so each node combines the finished sums of its children.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stddef.h>
#include <string.h>

#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-read.h"
#include "report-int.h"
#include "rollup.h"

/* Sums over the applicable requirements R(n) of a node. */
struct acc {
	unsigned applicable;
	unsigned counts[BIG_STATUS_COUNT];
	unsigned covered;           /* status other than not_assessed */
	unsigned complied;          /* implemented or properly explained */
	struct big_rollup_acc roll; /* the implementation roll-ups */
	double mw, mwm;             /* Σw and Σw·m over scorable requirements with a maturity */
	int m_min, m_max;           /* smallest and largest of those maturities */
	unsigned scorable;
	int min_level; /* over scorable requirements, no maturity counting as 0 */
};

static bool blank(const char *s)
{
	for (; s && *s; s++)
		if (!strchr(" \t\r\n", *s))
			return false;
	return true;
}

static void evaluate(const big_assessment *a, const big_node *n, struct big_eval *e)
{
	const struct big_result *r = &a->results[n->requirement];
	e->status = r->status;
	e->maturity = r->criteria_given ? big_derived_maturity(a->catalogue, r) : r->maturity;
	/* Only an exclusion or a risk acceptance needs an explanation. */
	e->explanation_ok =
	    (r->status == BIG_STATUS_NOT_APPLICABLE || r->status == BIG_STATUS_RISK_ACCEPTED) &&
	    !blank(r->explanation) && r->expires &&
	    (!a->assessed_on || strcmp(r->expires, a->assessed_on) >= 0);
	e->explained =
	    (r->status == BIG_STATUS_NOT_APPLICABLE && e->explanation_ok) ||
	    (r->status == BIG_STATUS_RISK_ACCEPTED && e->explanation_ok && !n->mandatory);
	e->scorable = !(r->status == BIG_STATUS_NOT_APPLICABLE && e->explained);
	e->score = a->catalogue->status_values[r->status];
}

/* A maturity given beside criteria_met that imply another level: the
 * derived level is used, and the report says so. */
static int check_maturity(big_report *r, const big_assessment *a, const big_node *n,
			  const struct big_eval *e)
{
	const struct big_result *res = &a->results[n->requirement];
	if (!res->criteria_given || res->maturity < 0 || res->maturity == e->maturity)
		return 0;
	struct big_jpath top = {NULL, NULL, 0}, results = {&top, "results", 0};
	struct big_jpath id = {&results, n->id, 0}, maturity = {&id, "maturity", 0};
	char where[512];
	big_jpath_render(&maturity, where, sizeof(where));
	return big_diag_add(&r->diags, BIG_SEVERITY_WARNING, "maturity-mismatch", where,
			    "maturity %d is given, but the criteria met imply level %d, which is "
			    "used",
			    res->maturity, e->maturity);
}

int big_report_evaluate(big_report *r, const big_assessment *a)
{
	const big_catalogue *cat = a->catalogue;
	for (size_t i = 0; i < cat->requirement_count; i++) {
		const big_node *n = cat->requirements[i];
		evaluate(a, n, &r->evals[i]);
		r->evals[i].applicable = !r->profile || r->profile->selected[i];
		if (a->results[i].criteria_given && check_maturity(r, a, n, &r->evals[i]))
			return BIG_ENOMEM;
	}
	return 0;
}

/* Field by field: for this size, compilers make memset a slow `rep stos`. */
static void acc_clear(struct acc *a)
{
	a->applicable = a->covered = a->complied = a->scorable = 0;
	for (int s = 0; s < BIG_STATUS_COUNT; s++)
		a->counts[s] = 0;
	a->roll.w = a->roll.ws = a->roll.hier = a->roll.weak = 0;
	a->roll.hier_has = a->roll.weak_has = false;
	a->mw = a->mwm = 0;
	a->m_min = a->m_max = a->min_level = 0;
}

static void add_requirement(struct acc *acc, const big_node *n, const struct big_eval *e)
{
	if (!e->applicable)
		return;
	acc->applicable++;
	acc->counts[e->status]++;
	acc->covered += e->status != BIG_STATUS_NOT_ASSESSED;
	acc->complied += e->status == BIG_STATUS_IMPLEMENTED || e->explained;
	if (!e->scorable)
		return;
	if (e->maturity >= 0) {
		if (acc->mw == 0 || e->maturity < acc->m_min)
			acc->m_min = e->maturity;
		if (acc->mw == 0 || e->maturity > acc->m_max)
			acc->m_max = e->maturity;
		acc->mw += n->weight;
		acc->mwm += n->weight * e->maturity;
	}
	int level = e->maturity >= 0 ? e->maturity : 0;
	if (acc->scorable++ == 0 || level < acc->min_level)
		acc->min_level = level;
	big_rollup_leaf(&acc->roll, n->weight, e->score);
}

static void add_sums(struct acc *to, const struct acc *from)
{
	to->applicable += from->applicable;
	for (int s = 0; s < BIG_STATUS_COUNT; s++)
		to->counts[s] += from->counts[s];
	to->covered += from->covered;
	to->complied += from->complied;
	if (from->mw > 0) {
		if (to->mw == 0 || from->m_min < to->m_min)
			to->m_min = from->m_min;
		if (to->mw == 0 || from->m_max > to->m_max)
			to->m_max = from->m_max;
	}
	to->mw += from->mw;
	to->mwm += from->mwm;
	if (from->scorable && (to->scorable == 0 || from->min_level < to->min_level))
		to->min_level = from->min_level;
	to->scorable += from->scorable;
}

/* Sums of the children into @acc, and the roll-ups unless the node is a leaf. */
static void combine(struct acc *acc, const struct acc *all, const big_node *const *children,
		    size_t count, bool leaf)
{
	struct big_rollup_sums sums = {0, 0};
	for (size_t i = 0; i < count; i++) {
		const struct acc *c = &all[children[i]->index];
		add_sums(acc, c);
		big_rollup_child(&acc->roll, &sums, &c->roll, children[i]->weight, leaf);
	}
	big_rollup_end(&acc->roll, &sums, leaf);
}

static void finish(big_scores *s, const struct acc *acc, big_rollup rollup)
{
	memset(s, 0, sizeof(*s));
	s->applicable = acc->applicable;
	memcpy(s->counts, acc->counts, sizeof(s->counts));
	big_rollup_result(&acc->roll, rollup, &s->has_implementation, &s->implementation);
	s->has_maturity = acc->mw > 0;
	/* A mean lies between the values averaged; rounding must not take it
	 * out (so when they are all one level, it is that level). */
	if (acc->mw > 0 && acc->m_min == acc->m_max)
		s->maturity_mean = acc->m_min;
	else
		s->maturity_mean = acc->mw > 0 ? acc->mwm / acc->mw : 0;
	if (acc->mw > 0 && s->maturity_mean < acc->m_min)
		s->maturity_mean = acc->m_min;
	if (acc->mw > 0 && s->maturity_mean > acc->m_max)
		s->maturity_mean = acc->m_max;
	s->attained_level = acc->mw > 0 ? acc->min_level : 0;
	s->has_coverage = acc->applicable > 0;
	if (acc->applicable == 1) { /* a requirement: no division needed */
		s->coverage = acc->covered;
		s->comply_or_explain = acc->complied;
	} else if (acc->applicable) {
		s->coverage = (double)acc->covered / acc->applicable;
		s->comply_or_explain = (double)acc->complied / acc->applicable;
	}
}

static int compute(big_report *r)
{
	const big_catalogue *cat = r->catalogue;
	struct acc *acc = big_malloc(cat->node_count * sizeof(*acc));
	if (!acc)
		return BIG_ENOMEM;
	for (size_t i = cat->node_count; i-- > 0;) {
		const big_node *n = &cat->nodes[i];
		acc_clear(&acc[i]); /* its children come after it: done */
		/* An assessable node counts as a leaf when it is scored itself;
		 * otherwise it rolls up its children like any inner node. */
		bool leaf = false;
		if (n->assessable) {
			const struct big_eval *e = &r->evals[n->requirement];
			add_requirement(&acc[i], n, e);
			leaf = e->applicable && e->scorable;
		}
		combine(&acc[i], acc, n->children, n->child_count, leaf);
		finish(&r->scores[i], &acc[i], r->rollup);
	}
	struct acc overall = {0};
	combine(&overall, acc, cat->roots, cat->root_count, false);
	finish(&r->overall, &overall, r->rollup);
	big_free(acc);
	return 0;
}

/* @size rounded up so that what follows it is aligned for any type. */
static size_t aligned(size_t size)
{
	const size_t align = _Alignof(max_align_t);
	return (size + align - 1) / align * align;
}

/* The report's arrays, in one allocation: they live and die together. */
static int alloc_arrays(big_report *r, const big_catalogue *cat)
{
	size_t nodes = cat->node_count, reqs = cat->requirement_count;
	size_t scores = aligned(nodes * sizeof(*r->scores)),
	       evals = aligned(reqs * sizeof(*r->evals));
	size_t gaps = aligned(reqs * sizeof(*r->gaps));
	size_t exceptions = aligned(reqs * sizeof(*r->exceptions));
	size_t attainments = cat->profile_count * sizeof(*r->attainments);
	char *p = big_malloc(scores + evals + gaps + exceptions + attainments);
	if (!p)
		return BIG_ENOMEM;
	r->arrays = p;
	r->scores = (big_scores *)p;
	r->evals = (struct big_eval *)(p += scores);
	r->gaps = (big_gap *)(p += evals);
	r->exceptions = (big_exception *)(p += gaps);
	r->attainments = (big_attainment *)(p += exceptions);
	return 0;
}

static size_t text_size(const char *s)
{
	return s ? strlen(s) + 1 : 0;
}

static char *text_copy(char **to, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *copy = memcpy(*to, s, n);
	*to += n;
	return copy;
}

/* Copies the strings the report takes from @a into one allocation: its
 * organisation and period, and those of the exceptions (borrowed until now). */
static int copy_text(big_report *r, const big_assessment *a)
{
	size_t size =
	    text_size(a->organisation_id) + text_size(a->organisation_name) + text_size(a->period);
	for (size_t i = 0; i < r->exception_count; i++) {
		const big_exception *x = &r->exceptions[i];
		size += text_size(x->explanation) + text_size(x->owner) + text_size(x->expires);
	}
	char *p = r->text = big_malloc(size);
	if (!p)
		return BIG_ENOMEM;
	r->organisation_id = text_copy(&p, a->organisation_id);
	r->organisation_name = text_copy(&p, a->organisation_name);
	r->period = text_copy(&p, a->period);
	for (size_t i = 0; i < r->exception_count; i++) {
		big_exception *x = &r->exceptions[i];
		x->explanation = text_copy(&p, x->explanation);
		x->owner = text_copy(&p, x->owner);
		x->expires = text_copy(&p, x->expires);
	}
	return 0;
}

int big_score(big_report **out, const big_assessment *a, const big_score_options *opts)
{
	const big_score_options defaults = BIG_SCORE_OPTIONS_INIT;
	int rc;
	if (!out || !a)
		return big_error_set(BIG_EINVAL, "no output pointer or no assessment");
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (opts->version != BIG_SCORE_OPTIONS_VERSION)
		return big_error_set(BIG_EINVAL, "unsupported big_score_options version %u",
				     opts->version);
	if (!big_rollup_name(opts->rollup))
		return big_error_set(BIG_EINVAL, "unknown roll-up method %d", (int)opts->rollup);
	const big_catalogue *cat = a->catalogue;
	if (opts->target < -1 || opts->target > cat->max_level)
		return big_error_set(BIG_ERANGE, "target %d is not between 0 and %d", opts->target,
				     cat->max_level);

	big_report *r = big_calloc(1, sizeof(*r));
	if (!r)
		return BIG_ENOMEM;
	r->catalogue = big_catalogue_ref((big_catalogue *)cat);
	r->rollup = opts->rollup;
	/* NULL: the assessment's profile; "": none, every requirement. */
	const char *profile = opts->profile ? opts->profile : a->profile;
	if (profile && *profile && !(r->profile = big_catalogue_find_profile(cat, profile))) {
		big_report_free(r);
		return big_error_set(BIG_ENOTFOUND, "catalogue %s %s has no profile \"%s\"",
				     cat->id, cat->version, profile);
	}
	r->target = opts->target >= 0 ? opts->target
		    : a->target >= 0  ? a->target
				      : cat->default_target;
	if ((rc = alloc_arrays(r, cat)) || (rc = big_diag_copy(&r->diags, &a->diags)) ||
	    (rc = big_report_evaluate(r, a)) || (rc = compute(r)) ||
	    (rc = big_report_add_gaps(r, a)) || (rc = copy_text(r, a))) {
		big_report_free(r);
		return BIG_ENOMEM;
	}
	*out = r;
	return 0;
}
