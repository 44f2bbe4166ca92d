/*
 * libbig — SWIG interface: comparing two assessments (include/big/compare.h).
 *
 *   compare()                   compare two assessments of one catalogue
 *   Comparison / BigComparison  the comparison; its two reports share it
 *   Delta / BigDelta            a copy of the change of the scores of a node
 *   Contribution / BigContribution
 *                               a copy of what one requirement contributes
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Comparison, big_swig_comparison);
BIG_CLASS(Delta, big_swig_delta);
BIG_CLASS(Contribution, big_swig_contribution);

%{
/* A comparison is shared by the Comparison and the reports taken from it. */
#define big_swig_comparison big_swig_shared
#define big_swig_delta      big_delta

static const big_comparison *big_swig_comparison_of(const big_swig_comparison *c)
{
	return c->obj;
}

static void big_swig_comparison_free_obj(void *cmp)
{
	big_comparison_free(cmp);
}

static big_swig_comparison *big_swig_compare(const big_assessment *before,
					     const big_assessment *after, const char *rollup,
					     big_swig_level target, const char *profile)
{
	big_score_options opts;
	big_comparison *cmp = NULL;

	if (!big_swig_score_options(&opts, rollup, target, profile) ||
	    big_swig_failed(big_compare(&cmp, before, after, &opts)))
		return NULL;
	return big_swig_shared_new(cmp, big_swig_comparison_free_obj);
}

/* What one requirement contributes to a comparison (a copy). */
typedef struct big_swig_contribution {
	big_catalogue *cat;
	const big_node *node;
	big_status before;
	big_status after;
	bool scorable_before;
	bool scorable_after;
	double contribution;
} big_swig_contribution;

static void big_swig_contribution_free(void *item)
{
	big_swig_contribution *c = item;

	if (c == NULL)
		return;
	big_catalogue_free(c->cat);
	free(c);
}

static void *big_swig_make_contribution(const void *cmp, size_t i)
{
	const big_contribution *src = big_comparison_contribution(cmp, i);
	big_swig_contribution *c = malloc(sizeof(*c));

	if (c == NULL) {
		big_swig_nomem();
		return NULL;
	}
	c->cat = big_swig_cat_ref(big_report_catalogue(big_comparison_before(cmp)));
	c->node = src->node;
	c->before = src->before;
	c->after = src->after;
	c->scorable_before = src->scorable_before;
	c->scorable_after = src->scorable_after;
	c->contribution = src->contribution;
	return c;
}
%}

#ifndef SWIGPHP
BIG_FUNCTION(compare);
#endif

%feature("docstring") big_swig_compare
    "compare(before, after, rollup='hierarchical', target=-1, profile=None) -> Comparison\n\n"
    "Compares two assessments of the same catalogue (two years of one\n"
    "organisation, or an organisation and a peer). Both are scored with the\n"
    "same options; target -1 (or None) and profile None are taken from the\n"
    "assessments when they agree on them, else Error EMISMATCH: then choose\n"
    "them here. See docs/scoring.md, section Comparison.";
%newobject big_swig_compare;

#ifdef SWIGPHP
/* PHP: big_compare($before, $after, ['rollup' => …, 'target' => …, 'profile' => …]). */
BIG_OPTIONS(big_swig_compare_spec, compare_options);
%rename(big_compare) big_swig_compare_php;
%newobject big_swig_compare_php;
%inline %{
static big_swig_comparison *big_swig_compare_php(const big_swig_assessment *before,
						 const big_swig_assessment *after,
						 big_swig_args compare_options)
{
	return big_swig_compare(before, after, compare_options.rollup, compare_options.target,
				compare_options.profile);
}
%}
#else
big_swig_comparison *big_swig_compare(const big_swig_assessment *before,
				      const big_swig_assessment *after,
				      const char *rollup = "hierarchical", big_swig_level target = -1,
				      const char *profile = NULL);
#endif

/* ------------------------------------------------------------------------
 * Comparison.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_comparison
    "The comparison of two assessments of one catalogue (compare()): the\n"
    "reports of both sides, the change of every score and what each\n"
    "requirement contributes to the change of the flat overall score.";

%newobject big_swig_comparison::before;
%newobject big_swig_comparison::after;
%newobject big_swig_comparison::overall;
%newobject big_swig_comparison::node;

%{
static big_swig_delta *big_swig_delta_copy(const big_delta *d)
{
	return big_swig_memdup(d, sizeof(*d));
}

static big_swig_report *big_swig_comparison_before_get(big_swig_comparison *c)
{
	return big_swig_report_borrow(c, big_comparison_before(big_swig_comparison_of(c)));
}
static big_swig_report *big_swig_comparison_after_get(big_swig_comparison *c)
{
	return big_swig_report_borrow(c, big_comparison_after(big_swig_comparison_of(c)));
}
static big_swig_delta *big_swig_comparison_overall_get(const big_swig_comparison *c)
{
	return big_swig_delta_copy(big_comparison_overall(big_swig_comparison_of(c)));
}
static double big_swig_comparison_flat_delta_get(const big_swig_comparison *c)
{
	return big_comparison_flat_delta(big_swig_comparison_of(c));
}
static big_swig_objects big_swig_comparison_contributions_get(const big_swig_comparison *c)
{
	const big_comparison *cmp = big_swig_comparison_of(c);

	return big_swig_objects_make(SWIGTYPE_p_big_swig_contribution, big_swig_contribution_free,
				     big_comparison_contribution_count(cmp), cmp,
				     big_swig_make_contribution);
}
%}

%extend big_swig_comparison {
	~big_swig_comparison()
	{
		big_swig_shared_unref($self);
	}

	%feature("docstring") node
	    "node(node) -> Delta or None\n\n"
	    "The change of the scores of a node, given by its id or as a Node of\n"
	    "the compared catalogue; None when there is no such node.";
	big_swig_delta *node(big_swig_node_key node)
	{
		const big_comparison *cmp = big_swig_comparison_of($self);
		const big_node *n =
		    big_swig_node_of(big_report_catalogue(big_comparison_before(cmp)), node);

		return n == NULL ? NULL : big_swig_delta_copy(big_comparison_node(cmp, n));
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The comparison as a libbig.comparison document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_comparison_to_json, big_swig_comparison_of($self),
			       big_swig_json_flags(compact));
	}

	%immutable;
	/** The report of the before assessment. */
	big_swig_report *before;
	/** The report of the after assessment. */
	big_swig_report *after;
	/** Change of the overall scores. */
	big_swig_delta *overall;
	/**
	 * What the requirements contribute to the change of the flat overall
	 * score, largest |contribution| first (list of Contribution).
	 */
	big_swig_objects contributions;
	/** Sum of all contributions: the change of the flat overall implementation score. */
	double flat_delta;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Delta, Contribution.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_delta
    "The change of the scores of one node or of the whole assessment: after -\n"
    "before (a copy). A change exists only when both sides have that score,\n"
    "else it is None.";

%{
static big_swig_optdouble big_swig_delta_implementation_get(const big_delta *d)
{
	return big_swig_optdouble_of(d->has_implementation, d->implementation);
}
static big_swig_optdouble big_swig_delta_maturity_mean_get(const big_delta *d)
{
	return big_swig_optdouble_of(d->has_maturity, d->maturity_mean);
}
static big_swig_optdouble big_swig_delta_coverage_get(const big_delta *d)
{
	return big_swig_optdouble_of(d->has_coverage, d->coverage);
}
static big_swig_optdouble big_swig_delta_comply_or_explain_get(const big_delta *d)
{
	return big_swig_optdouble_of(d->has_coverage, d->comply_or_explain);
}
static int big_swig_delta_applicable_get(const big_delta *d)
{
	return d->applicable;
}
%}

%extend big_swig_delta {
	~big_swig_delta()
	{
		free($self);
	}

	%immutable;
	/** Change of the implementation score, or None. */
	big_swig_optdouble implementation;
	/** Change of the weighted mean maturity level, or None. */
	big_swig_optdouble maturity_mean;
	/** Change of the coverage, or None. */
	big_swig_optdouble coverage;
	/** Change of the comply-or-explain rate, or None. */
	big_swig_optdouble comply_or_explain;
	/** Change of the number of applicable requirements. */
	int applicable;
	%mutable;
}

%feature("docstring") big_swig_contribution
    "What one requirement contributes to the change of the flat overall\n"
    "implementation score (Comparison.contributions; a copy).";

%newobject big_swig_contribution::node;

%{
static big_swig_node *big_swig_contribution_node_get(const big_swig_contribution *c)
{
	return big_swig_node_new(c->cat, c->node);
}
static const char *big_swig_contribution_id_get(const big_swig_contribution *c)
{
	return big_node_id(c->node);
}
static const char *big_swig_contribution_before_get(const big_swig_contribution *c)
{
	return big_status_name(c->before);
}
static const char *big_swig_contribution_after_get(const big_swig_contribution *c)
{
	return big_status_name(c->after);
}
static bool big_swig_contribution_scorable_before_get(const big_swig_contribution *c)
{
	return c->scorable_before;
}
static bool big_swig_contribution_scorable_after_get(const big_swig_contribution *c)
{
	return c->scorable_after;
}
static double big_swig_contribution_contribution_get(const big_swig_contribution *c)
{
	return c->contribution;
}
%}

%extend big_swig_contribution {
	~big_swig_contribution()
	{
		big_swig_contribution_free($self);
	}

	%immutable;
	/** The requirement. */
	big_swig_node *node;
	/** Its id. */
	const char *id;
	/** Its status before (a status name). */
	const char *before;
	/** Its status after (a status name). */
	const char *after;
	/** Whether it counted in the implementation score before. */
	bool scorable_before;
	/** Whether it counts in the implementation score after. */
	bool scorable_after;
	/** Its share of the change of the flat overall score. */
	double contribution;
	%mutable;
}
