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
#include "compiler.h"
#include "errors-int.h"
#include "json-read.h"
#include "report-int.h"
#include "rollup.h"

/* The sums of a node (node-scores.h) and its implementation roll-up: no
 * array, so that the compiler keeps a local one in registers. */
struct tally {
	struct big_node_sums s;
	struct big_rollup_acc roll; /* the implementation roll-up, by the report's method */
};

/* All sums of an inner node, kept for its parent. */
struct acc {
	struct tally t;
	unsigned counts[BIG_STATUS_COUNT];
};

/* The evaluation @e of a result under the report: what the assessment
 * keeps for scoring (@r, big__assessment_refresh()), its score and whether it
 * applies. Field by field, each read before any is stored: a struct built in
 * a local and copied whole was written in small stores and read back in a
 * wide load, which stalled the processor on every requirement. */
static void evaluate(struct big_eval *e, const double *status_values,
		     const struct big_result_eval *r, bool applicable, bool tracked)
{
	const unsigned status = r->status;
	const int maturity = r->maturity;
	const bool explanation_ok = r->explanation_ok, explained = r->explained,
		   scorable = r->scorable;
	const unsigned char shown = r->demo & BIG_DEMO_SHOWN;
	const bool recorded = r->demo & BIG_DEMO_RECORDED;
	e->applicable = applicable;
	e->status = (big_status)status;
	e->maturity = maturity;
	e->explanation_ok = explanation_ok;
	e->explained = explained;
	e->scorable = scorable;
	e->demonstrable = tracked && !explained;
	e->shown = shown;
	e->recorded = recorded;
	e->score = status_values[status];
}

/* A maturity given beside criteria_met that imply another level: the
 * derived level is used, and the report says so. */
static int report_mismatch(big_report *r, const big_assessment *a, const big_node *n,
			   const struct big_eval *e)
{
	struct big_jpath top = {NULL, NULL, 0}, results = {&top, "results", 0};
	struct big_jpath id = {&results, n->id, 0}, maturity = {&id, "maturity", 0};
	char where[512];
	big__jpath_render(&maturity, where, sizeof(where));
	return big__diag_add(&r->diags, BIG_SEVERITY_WARNING, "maturity-mismatch", where,
			     "maturity %d is given, but the criteria met imply level %d, which is "
			     "used",
			     a->results[n->requirement].maturity, e->maturity);
}

/* What the report says of the opzet, bestaan and werking of @n
 * (docs/scoring.md, "Opzet, bestaan, werking"): a dimension demonstrated
 * without the one it rests on, werking evidence dated outside the period. */
static int report_demonstration(big_report *r, const big_assessment *a, const big_node *n,
				unsigned bits)
{
	struct big_jpath top = {NULL, NULL, 0}, results = {&top, "results", 0};
	struct big_jpath id = {&results, n->id, 0}, demo = {&id, "demonstration", 0};
	struct big_jpath werking = {&demo, "werking", 0}, bestaan = {&demo, "bestaan", 0};
	struct big_jpath evidence = {&werking, "evidence", 0};
	const struct big_result *res = &a->results[n->requirement];
	char where[512];
	int rc = 0;
	if (bits & BIG_DEMO_WERKING_WITHOUT_BESTAAN) {
		big__jpath_render(&werking, where, sizeof(where));
		rc =
		    big__diag_add(&r->diags, BIG_SEVERITY_WARNING, "werking-without-bestaan", where,
				  "the werking is demonstrated, but not the bestaan: a measure "
				  "cannot be shown to operate before it is shown to exist");
	}
	if (!rc && (bits & BIG_DEMO_BESTAAN_WITHOUT_OPZET)) {
		big__jpath_render(&bestaan, where, sizeof(where));
		rc = big__diag_add(&r->diags, BIG_SEVERITY_WARNING, "bestaan-without-opzet", where,
				   "the bestaan is demonstrated, but not the opzet: a measure "
				   "cannot be shown to exist before its design is");
	}
	if (!(bits & BIG_DEMO_WERKING_OUTSIDE_PERIOD))
		return rc;
	const struct big_demonstration *d = &res->demo[BIG_DIMENSION_WERKING];
	for (size_t i = 0; !rc && i < d->evidence_count; i++) {
		if (!big__demonstration_outside_period(a, d->evidence[i]->date))
			continue;
		struct big_jpath item = {&evidence, NULL, i}, date = {&item, "date", 0};
		big__jpath_render(&date, where, sizeof(where));
		rc = big__diag_add(&r->diags, BIG_SEVERITY_WARNING, "werking-outside-period", where,
				   "werking evidence dated %s lies outside the period %s",
				   d->evidence[i]->date, a->period);
	}
	return rc;
}

/* The note, once per report, that werking evidence has dates but the
 * period is not a year, so they were not checked (docs/scoring.md). */
static int report_period_unchecked(big_report *r, const big_assessment *a)
{
	return big__diag_add(&r->diags, BIG_SEVERITY_INFO, "period-not-checked", "$.period",
			     "werking evidence has dates, but the period %s is not a year "
			     "(YYYY): whether they lie in it is not checked",
			     a->period);
}

static void tally_clear(struct tally *t)
{
	big__node_sums_clear(&t->s);
	t->roll = (struct big_rollup_acc){0};
}

/* Adds a requirement of weight @weight to the sums @t and @counts, all but
 * the implementation roll-up, which the caller adds as the node's own or a
 * child's. Returns whether it is scored (applicable and scorable). */
static inline bool add_requirement(struct tally *restrict t, unsigned *restrict counts,
				   double weight, const struct big_eval *restrict e)
{
	if (!e->applicable)
		return false;
	counts[e->status]++;
	const struct big_req_values v = big__eval_values(e);
	return big__node_sums_add(&t->s, weight, &v);
}

static BIG_ALWAYS_INLINE void add_sums(struct tally *restrict t, unsigned *restrict counts,
				       const struct acc *restrict from)
{
	for (int s = 0; s < BIG_STATUS_COUNT; s++)
		counts[s] += from->counts[s];
	big__node_sums_add_child(&t->s, &from->t.s);
}

/* The scores of a leaf requirement: those of an accumulator of its own,
 * without making one (big__node_finish_one()). */
static void finish_requirement(big_scores *restrict s, double weight,
			       const struct big_eval *restrict e, big_rollup method)
{
	if (!e->applicable) { /* nothing */
		memset(s, 0, sizeof(*s));
		return;
	}
	const struct big_req_values v = big__eval_values(e);
	memset(s->counts, 0, sizeof(s->counts));
	s->counts[e->status] = 1;
	big__node_finish_one(s, &v, weight, method);
}

int big__report_evaluate(big_report *r, const big_assessment *a)
{
	const big_catalogue *cat = a->catalogue;
	/* Read once: the stores into the evaluations could alias them. */
	struct big_eval *evals = r->evals;
	big_scores *scores = r->scores;
	const struct big_result_eval *results = a->evals;
	const bool *selected = r->profile ? r->profile->selected : NULL;
	const struct big_plan_requirement *requirements = cat->plan.requirements;
	const double *status_values = cat->status_values;
	const size_t count = cat->requirement_count;
	const big_rollup method = r->rollup;
	const bool tracked = a->demo_results > 0;
	const unsigned demo_notes = BIG_DEMO_WERKING_WITHOUT_BESTAAN |
				    BIG_DEMO_BESTAAN_WITHOUT_OPZET |
				    BIG_DEMO_WERKING_OUTSIDE_PERIOD;
	bool period_noted = false;
	for (size_t i = 0; i < count; i++) {
		const size_t ref = requirements[i].ref;
		struct big_eval *e = &evals[i];
		evaluate(e, status_values, &results[i], !selected || selected[i], tracked);
		if (results[i].mismatch && report_mismatch(r, a, cat->requirements[i], e))
			return BIG_ENOMEM;
		if ((results[i].demo & demo_notes) &&
		    report_demonstration(r, a, cat->requirements[i], results[i].demo & demo_notes))
			return BIG_ENOMEM;
		if ((results[i].demo & BIG_DEMO_PERIOD_UNCHECKED) && !period_noted) {
			if (report_period_unchecked(r, a))
				return BIG_ENOMEM;
			period_noted = true;
		}
		/* The exceptions register will read the result's strings: ask
		 * for its cache line now, so that the gaps do not wait for it. */
		if (e->explained)
			BIG_PREFETCH(&a->results[i].explanation);
		if (ref & 1) /* a leaf requirement */
			finish_requirement(&scores[ref >> 2], requirements[i].weight, e, method);
	}
	return 0;
}

/* Sums of the children (@count edges from @edges) into @t and @counts, and
 * the roll-up unless the node is a leaf. */
static BIG_ALWAYS_INLINE void combine(struct tally *restrict t, unsigned *restrict counts,
				      const struct acc *all, const struct big_eval *evals,
				      const struct big_plan_edge *edges, size_t count, bool leaf,
				      big_rollup method)
{
	struct big_rollup_sums sums = {0, 0};
	for (size_t i = 0; i < count; i++) {
		const double weight = edges[i].weight;
		const size_t ref = edges[i].ref;
		if (ref & 1) { /* a leaf requirement */
			const struct big_eval *e = &evals[ref >> 1];
			/* what add_sums() and big__rollup_child() would add of
			 * the child's accumulator, made by add_requirement() */
			if (add_requirement(t, counts, weight, e)) {
				struct big_rollup_acc c = {0};
				big__rollup_leaf(&c, method, weight, e->score);
				big__rollup_child(&t->roll, method, &sums, &c, weight, leaf);
			}
			continue;
		}
		const struct acc *c = &all[ref >> 1];
		add_sums(t, counts, c);
		big__rollup_child(&t->roll, method, &sums, &c->t.roll, weight, leaf);
	}
	big__rollup_end(&t->roll, method, &sums, leaf);
}

static BIG_ALWAYS_INLINE void finish(big_scores *s, const struct tally *t, const unsigned *counts,
				     big_rollup method)
{
	memcpy(s->counts, counts, sizeof(s->counts));
	big__node_finish(s, &t->s, &t->roll, method);
}

/* The scores of the inner nodes and the overall scores, from the
 * evaluations and the scores of the leaf requirements (big__report_evaluate()),
 * by roll-up @method. @acc: scratch memory for an accumulator per inner node.
 * Always inlined with @method a constant: each method gets a loop of its own
 * without the other methods' work. */
static BIG_ALWAYS_INLINE void compute_by(big_report *r, struct acc *acc, big_rollup method)
{
	const struct big_plan *plan = &r->catalogue->plan;
	/* Read once: the stores into the scores could alias the report. */
	big_scores *scores = r->scores;
	const struct big_eval *evals = r->evals;
	const struct big_plan_inner *inner = plan->inner;
	const struct big_plan_edge *edges = plan->edges;
	for (size_t k = plan->inner_count; k-- > 0;) {
		const struct big_plan_inner *in = &inner[k];
		/* Its inner children come after it: they are done. Summed in
		 * a local the compiler keeps in registers, then stored. */
		struct tally t;
		unsigned *counts = acc[k].counts;
		tally_clear(&t);
		for (int s = 0; s < BIG_STATUS_COUNT; s++)
			counts[s] = 0;
		/* An assessable node counts as a leaf when it is scored itself;
		 * otherwise it rolls up its children like any inner node. */
		bool leaf = false;
		if (in->requirement != BIG_NO_REQUIREMENT) {
			const struct big_eval *e = &evals[in->requirement];
			if ((leaf = add_requirement(&t, counts, in->weight, e)))
				big__rollup_leaf(&t.roll, method, in->weight, e->score);
		}
		combine(&t, counts, acc, evals, &edges[in->first], in->count, leaf, method);
		big__node_sums_store(&acc[k].t.s, &t.s);
		big__rollup_store(&acc[k].t.roll, &t.roll);
		finish(&scores[in->node], &t, counts, method);
	}
	struct tally t;
	unsigned counts[BIG_STATUS_COUNT] = {0};
	tally_clear(&t);
	combine(&t, counts, acc, evals, &edges[plan->edge_count - plan->root_count],
		plan->root_count, false, method);
	finish(&r->overall, &t, counts, method);
}

static void compute(big_report *r, struct acc *acc)
{
	switch (r->rollup) {
	case BIG_ROLLUP_HIERARCHICAL:
		compute_by(r, acc, BIG_ROLLUP_HIERARCHICAL);
		return;
	case BIG_ROLLUP_FLAT:
		compute_by(r, acc, BIG_ROLLUP_FLAT);
		return;
	case BIG_ROLLUP_WEAKEST:
		compute_by(r, acc, BIG_ROLLUP_WEAKEST);
		return;
	}
}

/* Scratch memory for the node sums, then for sorting the gaps: one
 * allocation, as they are not needed at the same time. */
static size_t scratch_size(const big_catalogue *cat)
{
	size_t nodes = cat->plan.inner_count * sizeof(struct acc);
	size_t gaps = big__report_gaps_scratch_size(cat);
	return nodes > gaps ? nodes : gaps;
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
	char *p = big__malloc(scores + evals + gaps + exceptions + attainments);
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

/* Copies the organisation and period of @a into the report, which a setter
 * of the assessment may replace. The texts of the results (the exceptions'
 * explanations, owners and expiry dates, the gaps' owners and actions) the
 * report borrows: it holds a reference to @a, and a setter keeps the text it
 * replaces while a report may borrow it (assessment.c). */
static int copy_text(big_report *r, const big_assessment *a)
{
	size_t size = big__text_size(a->organisation_id) + big__text_size(a->organisation_name) +
		      big__text_size(a->period);
	char *p = r->text = big__malloc(size);
	if (!p)
		return BIG_ENOMEM;
	r->organisation_id = big__text_copy(&p, a->organisation_id);
	r->organisation_name = big__text_copy(&p, a->organisation_name);
	r->period = big__text_copy(&p, a->period);
	r->source = big__assessment_ref(a);
	return 0;
}

int big_score(big_report **out, const big_assessment *a, const big_score_options *opts)
{
	const big_score_options defaults = BIG_SCORE_OPTIONS_INIT;
	if (!out || !a)
		return big__error_set(BIG_EINVAL, "no output pointer or no assessment");
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (opts->version < 1 || opts->version > BIG_SCORE_OPTIONS_VERSION)
		return big__error_set(BIG_EINVAL, "unsupported big_score_options version %u",
				      opts->version);
	char lang[BIG_LANG_SIZE];
	if (big__lang_option(lang, opts->version >= 2 ? opts->lang : NULL))
		return BIG_EINVAL;
	const char *as_of = opts->version >= 4 ? opts->as_of : NULL;
	if (as_of && !big__date_valid(as_of))
		return big__error_set(BIG_EINVAL, "as_of: \"%s\" is not a date YYYY-MM-DD", as_of);
	if (!big_rollup_name(opts->rollup))
		return big__error_set(BIG_EINVAL, "unknown roll-up method %d", (int)opts->rollup);
	const big_catalogue *cat = a->catalogue;
	const big_texts *texts = opts->version >= 3 ? opts->texts : NULL;
	if (texts && texts->catalogue != cat && !big__catalogue_same_nodes(texts->catalogue, cat))
		return big__error_set(BIG_EMISMATCH,
				      "the texts are loaded over catalogue %s %s, which has other "
				      "nodes than the assessment's catalogue %s %s",
				      texts->catalogue->id, texts->catalogue->version, cat->id,
				      cat->version);
	if (big__catalogue_fingerprint_ensure(cat)) /* the report names it */
		return BIG_ENOMEM;
	if (opts->target < -1 || opts->target > cat->max_level)
		return big__error_set(BIG_ERANGE, "target %d is not between 0 and %d", opts->target,
				      cat->max_level);

	big_report *r = big__calloc(1, sizeof(*r));
	if (!r)
		return BIG_ENOMEM;
	r->catalogue = big_catalogue_ref((big_catalogue *)cat);
	r->rollup = opts->rollup;
	memcpy(r->lang, lang, sizeof(r->lang));
	r->texts = big__texts_ref(texts);
	r->include_text = opts->version >= 3 && opts->include_text;
	if (as_of) /* 10 bytes: checked above */
		memcpy(r->as_of, as_of, sizeof(r->as_of));
	const char *reference = as_of ? as_of : a->assessed_on;
	if (reference) {
		memcpy(r->reference, reference, sizeof(r->reference));
		r->reference_number = big__date_number(reference);
	}
	/* NULL: the assessment's profile; "": none, every requirement. */
	const char *profile = opts->profile ? opts->profile : a->profile;
	if (profile && *profile && !(r->profile = big_catalogue_find_profile(cat, profile))) {
		big_report_free(r);
		return big__error_set(BIG_ENOTFOUND, "catalogue %s %s has no profile \"%s\"",
				      cat->id, cat->version, profile);
	}
	r->target = opts->target >= 0 ? opts->target
		    : a->target >= 0  ? a->target
				      : cat->default_target;
	void *scratch = big__malloc(scratch_size(cat));
	if (!scratch || alloc_arrays(r, cat) || big__diag_copy(&r->diags, &a->diags) ||
	    big__report_evaluate(r, a)) {
		big_free(scratch);
		big_report_free(r);
		return BIG_ENOMEM;
	}
	compute(r, scratch);
	big__report_add_gaps(r, a, scratch);
	big_free(scratch);
	if (copy_text(r, a) || big__report_gap_actions(r, a)) {
		big_report_free(r);
		return BIG_ENOMEM;
	}
	*out = r;
	return 0;
}
