/*
 * libbig — SWIG interface: comparing two assessments (include/big/compare.h).
 *
 *   compare()                   compare two assessments of one catalogue
 *   Comparison / BigComparison  the comparison; its two reports share it
 *   Delta / BigDelta            the change of the scores of a node (a view)
 *   Contribution / BigContribution
 *                               what one requirement contributes (a view)
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Comparison, big_swig_comparison);
BIG_CLASS(Delta, big_delta);
BIG_CLASS(Contribution, big_contribution);

%{
static big_comparison *big_swig_compare(const big_assessment *before, const big_assessment *after,
					const char *rollup, big_swig_level target, const char *profile,
					const char *lang)
{
	big_score_options opts;
	big_comparison *cmp = NULL;

	if (!big_swig_score_options(&opts, rollup, target, profile, lang, NULL, false, NULL) ||
	    big_swig_failed(big_compare(&cmp, before, after, &opts)))
		return NULL;
	return cmp;
}
%}

#ifndef SWIGPHP
BIG_FUNCTION(compare);
#endif

%feature("docstring") big_swig_compare
    "compare(before, after, rollup='hierarchical', target=-1, profile=None, lang=None) -> Comparison\n\n"
    "Compares two assessments of the same catalogue (two years of one\n"
    "organisation, or an organisation and a peer). Both are scored with the\n"
    "same options; target -1 (or None) and profile None are taken from the\n"
    "assessments when they agree on them, else Error EMISMATCH: then choose\n"
    "them here; lang as in Assessment.score(). See docs/scoring.md, section\n"
    "Comparison.";
%newobject big_swig_compare;

#ifdef SWIGPHP
/* PHP: big_compare($before, $after, ['rollup' => …, 'target' => …, 'profile' => …, 'lang' => …]). */
BIG_OPTIONS(big_swig_compare_spec, compare_options);
%rename(big_compare) big_swig_compare_php;
%newobject big_swig_compare_php;
%inline %{
static big_comparison *big_swig_compare_php(const big_assessment *before,
						 const big_assessment *after,
						 big_swig_args compare_options)
{
	return big_swig_compare(before, after, compare_options.rollup, compare_options.target,
				compare_options.profile, compare_options.lang);
}
%}
#else
big_comparison *big_swig_compare(const big_assessment *before,
				      const big_assessment *after,
				      const char *rollup = "hierarchical", big_swig_level target = -1,
				      const char *profile = NULL, const char *lang = NULL);
#endif

/* ------------------------------------------------------------------------
 * Comparison, Delta, Contribution.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_comparison
    "The comparison of two assessments of one catalogue (compare()): the\n"
    "reports of both sides, the change of every score and what each\n"
    "requirement contributes to the change of the flat overall score.";
%feature("docstring") big_delta
    "The change of the scores of one node or of the whole assessment: after -\n"
    "before. A change exists only when both sides have that score, else it\n"
    "is None.";
%feature("docstring") big_contribution
    "What one requirement contributes to the change of the flat overall\n"
    "implementation score (Comparison.contributions).";

%extend big_swig_comparison {
	~big_swig_comparison()
	{
		big_comparison_free($self);
	}

	%feature("docstring") node
	    "node(node) -> Delta or None\n\n"
	    "The change of the scores of a node, given by its id or as a Node of\n"
	    "the compared catalogue; None when there is no such node.";
	const big_delta *node(big_swig_node_key node)
	{
		const big_node *n =
		    big_swig_node_of(big_report_catalogue(big_comparison_before($self)), node);

		return n == NULL ? NULL : big_comparison_node($self, n);
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The comparison as a libbig.comparison document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_comparison_to_json, $self, big_swig_json_flags(compact));
	}
}

BIG_ATTR(big_swig_comparison, const big_report *, before, big_comparison_before(self),
	 "The report of the before assessment.")
BIG_ATTR(big_swig_comparison, const big_report *, after, big_comparison_after(self),
	 "The report of the after assessment.")
BIG_ATTR(big_swig_comparison, const big_delta *, overall, big_comparison_overall(self),
	 "Change of the overall scores.")
BIG_VIEWS(big_swig_comparison, contributions, big_contribution, big_comparison_contribution_count,
	  big_comparison_contribution,
	 "What the requirements contribute to the change of the flat overall score, "
	 "largest |contribution| first (list of Contribution).")
BIG_ATTR(big_swig_comparison, double, flat_delta, big_comparison_flat_delta(self),
	 "Sum of all contributions: the change of the flat overall implementation score.")
BIG_ATTR(big_contribution, const char *, id, big_node_id(self->node), "Its id.")
