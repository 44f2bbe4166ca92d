/*
 * libbig — SWIG interface: scoring and reports (include/big/report.h).
 *
 *   score(), Assessment.score()  score an assessment (options: Python
 *                               keywords rollup, target, profile, lang,
 *                               texts, include_text, as_of; PHP an options
 *                               array with those names)
 *   Report / BigReport          the result of scoring (holds the catalogue)
 *   Scores / BigScores          the scores of one node (a view)
 *   Gap / BigGap                one requirement that falls short
 *   ExceptionEntry / BigExceptionEntry
 *                               one line of the exceptions register (not named
 *                               Exception: that would shadow the builtin)
 *   Attainment / BigAttainment  whether a report attains one profile (a view)
 *   rollup_names()              the roll-up methods
 *   gap_kind_names()            the kinds of shortfall of a gap
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Report, big_swig_report);
BIG_CLASS(Scores, big_scores);
BIG_CLASS(Gap, big_gap);
BIG_CLASS(ExceptionEntry, big_exception);
BIG_CLASS(Attainment, big_attainment);
BIG_NAME_OUT(big_rollup, big_rollup_name)

%{
/* Score options from the arguments; false (error recorded) for an unknown roll-up. */
static bool big_swig_score_options(big_score_options *opts, const char *rollup,
				   big_swig_level target, const char *profile, const char *lang,
				   const big_texts *texts, bool include_text, const char *as_of)
{
	big_score_options defaults = BIG_SCORE_OPTIONS_INIT;

	*opts = defaults;
	if (rollup != NULL && big_swig_failed(big_rollup_from_name(&opts->rollup, rollup)))
		return false;
	opts->target = target;
	opts->profile = profile;
	opts->lang = lang;
	opts->texts = texts;
	opts->include_text = include_text;
	opts->as_of = as_of;
	return true;
}

static big_report *big_swig_score(const big_assessment *assessment, const char *rollup,
				  big_swig_level target, const char *profile, const char *lang,
				  const big_texts *texts, bool include_text, const char *as_of)
{
	big_score_options opts;
	big_report *report = NULL;

	if (!big_swig_score_options(&opts, rollup, target, profile, lang, texts, include_text,
				    as_of) ||
	    big_swig_failed(big_score(&report, assessment, &opts)))
		return NULL;
	return report;
}

/* Open action @p i of the gap of requirement @p id (none when it is no gap). */
static const void *big_swig_gap_action_at(const void *report, const char *id, size_t i)
{
	const big_report *r = report;

	for (size_t g = 0; g < big_report_gap_count(r); g++)
		if (strcmp(big_node_id(big_report_gap(r, g)->node), id) == 0)
			return big_report_gap_action(r, g, i);
	return NULL;
}

static size_t big_swig_gap_action_count(const big_report *r, const char *id)
{
	for (size_t g = 0; g < big_report_gap_count(r); g++)
		if (strcmp(big_node_id(big_report_gap(r, g)->node), id) == 0)
			return big_report_gap(r, g)->open_actions;
	return 0;
}

/* The name of gap kind @p i (1u << i). */
static const char *big_swig_gap_kind_name_of(size_t i)
{
	return big_gap_kind_name(1u << i);
}
%}

/* ------------------------------------------------------------------------
 * score(), rollup_names(), gap_kind_names().
 * ---------------------------------------------------------------------- */

#ifndef SWIGPHP
BIG_FUNCTION(score);
#endif

%feature("docstring") big_swig_score
    "score(assessment, rollup='hierarchical', target=-1, profile=None, lang=None,\n"
    "      texts=None, include_text=False, as_of=None) -> Report\n\n"
    "Scores an assessment; see Assessment.score().";
%feature("docstring") big_swig_rollup_names "rollup_names() -> list of str\n\n"
    "The roll-up methods of scoring: 'hierarchical', 'flat', 'weakest'.";
%feature("docstring") big_swig_gap_kind_names "gap_kind_names() -> list of str\n\n"
    "The kinds of shortfall of a gap (Gap.kinds): 'implementation',\n"
    "'maturity', 'explanation', 'werking'.";
BIG_NAMES(rollup_names, big_rollup_name, BIG_ROLLUP_COUNT);
BIG_NAMES(gap_kind_names, big_swig_gap_kind_name_of, BIG_GAP_KIND_COUNT);
%newobject big_swig_score;

#ifdef SWIGPHP
/* PHP: big_score($assessment, ['rollup' => …, 'target' => …, 'profile' => …, 'lang' => …,
 * 'texts' => BigTexts, 'include_text' => bool, 'as_of' => 'YYYY-MM-DD']). */
BIG_OPTIONS(big_swig_score_spec, score_options);
%rename(big_score) big_swig_score_php;
%newobject big_swig_score_php;
%inline %{
static big_report *big_swig_score_php(const big_assessment *assessment,
					   big_swig_args score_options)
{
	return big_swig_score(assessment, score_options.rollup, score_options.target,
			      score_options.profile, score_options.lang, score_options.texts,
			      score_options.include_text, score_options.as_of);
}
%}
#else
big_report *big_swig_score(const big_assessment *assessment,
				const char *rollup = "hierarchical", big_swig_level target = -1,
				const char *profile = NULL, const char *lang = NULL,
				const big_texts *texts = NULL, bool include_text = false,
				const char *as_of = NULL);
#endif

%newobject big_swig_assessment::score;

%extend big_swig_assessment {
	%feature("docstring") score
	    "score(rollup='hierarchical', target=-1, profile=None, lang=None, texts=None,\n"
	    "      include_text=False, as_of=None) -> Report\n\n"
	    "Scores the assessment. rollup is 'hierarchical', 'flat' or 'weakest';\n"
	    "target -1 (or None) takes the assessment's target, else the catalogue's;\n"
	    "profile is the id of the profile that selects the applicable\n"
	    "requirements, None the assessment's profile, else every requirement;\n"
	    "lang is the language of the node titles in every output of the report\n"
	    "('nl', 'en'), None the catalogue's default titles; texts a Texts overlay\n"
	    "loaded over the catalogue, whose titles the outputs show for a reader of\n"
	    "its language (the report keeps it alive); include_text=True adds each\n"
	    "node's text (the overlay's, else null) to the JSON report's nodes and\n"
	    "gaps and a column text to both CSVs; as_of (YYYY-MM-DD) is the date a\n"
	    "gap's open action must be due before to be overdue, None the\n"
	    "assessment's assessed_on.";
#ifdef SWIGPHP
	big_report *score(big_swig_args score_options)
	{
		return big_swig_score($self, score_options.rollup, score_options.target,
				      score_options.profile, score_options.lang,
				      score_options.texts, score_options.include_text,
				      score_options.as_of);
	}
#else
	big_report *score(const char *rollup = "hierarchical", big_swig_level target = -1,
			       const char *profile = NULL, const char *lang = NULL,
			       const big_texts *texts = NULL, bool include_text = false,
			       const char *as_of = NULL)
	{
		return big_swig_score($self, rollup, target, profile, lang, texts, include_text,
				      as_of);
	}
#endif
}

/* ------------------------------------------------------------------------
 * Scores, Gap, ExceptionEntry, Attainment: the structs of report.h.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_scores
    "The scores of one node or of the whole assessment.\n\n"
    "A score that does not exist (nothing beneath the node is scorable) is None.";
%feature("docstring") big_gap "One requirement that falls short (see Report.gaps).";
%feature("docstring") big_exception
    "One line of the exceptions register: a properly explained exclusion\n"
    "(not_applicable) or risk acceptance (see Report.exceptions).";
%feature("docstring") big_attainment
    "Whether the assessment attains one profile: every requirement it selects\n"
    "is implemented or properly explained (Report.attainments).";

%{
/* Name @p i of the kinds of shortfall @p kinds (BIG_GAP_* flags): a report's
 * gap's or an aggregate's (attribution.i). */
static const char *big_swig_kind_at(unsigned int kinds, size_t i)
{
	for (unsigned int k = 0; k < BIG_GAP_KIND_COUNT; k++) {
		if (((kinds >> k) & 1u) && i-- == 0)
			return big_gap_kind_name(1u << k);
	}
	return NULL;
}

static size_t big_swig_kind_count(unsigned int kinds)
{
	size_t n = 0;

	for (unsigned int k = 0; k < BIG_GAP_KIND_COUNT; k++)
		n += (kinds >> k) & 1u;
	return n;
}

/* The names of the kinds of shortfall that gap @p gap has. */
static const char *big_swig_gap_kind_at(const void *gap, size_t i)
{
	return big_swig_kind_at(((const big_gap *)gap)->kinds, i);
}
%}

/* The fields that exist only when a flag says so, each named with its
 * struct: a field of the same name in another struct is not touched. */
%define BIG_SCORE_FIGURES(STRUCT)
BIG_OPTIONAL(double STRUCT::implementation, arg1->has_implementation)
BIG_OPTIONAL(double STRUCT::maturity_mean, arg1->has_maturity)
BIG_OPTIONAL(double STRUCT::coverage, arg1->has_coverage)
BIG_OPTIONAL(double STRUCT::comply_or_explain, arg1->has_coverage)
BIG_OPTIONAL(double STRUCT::opzet, arg1->has_demonstration)
BIG_OPTIONAL(double STRUCT::bestaan, arg1->has_demonstration)
BIG_OPTIONAL(double STRUCT::werking, arg1->has_demonstration)
%enddef
BIG_SCORE_FIGURES(big_scores)
BIG_SCORE_FIGURES(big_aggregate_scores)
BIG_SCORE_FIGURES(big_delta)
BIG_OPTIONAL(int big_scores::attained_level, arg1->has_maturity)
BIG_OPTIONAL(int big_aggregate_scores::attained_level, arg1->has_maturity)
/* A maturity level: -1 (none) is None. */
BIG_OPTIONAL(int big_gap::maturity, $1 >= 0)

BIG_ATTR(big_gap, big_swig_strings, kinds,
	 big_swig_strings_of(big_swig_kind_count(self->kinds), big_swig_gap_kind_at, self),
	 "Kinds of shortfall: \"implementation\", \"maturity\", \"explanation\".")
%ignore big_gap::kinds; /* the field: the attribute above shows its names */
BIG_ATTR(big_gap, const char *, id, big_node_id(self->node), "Its id.")
BIG_ATTR(big_gap, bool, mandatory, big_node_is_mandatory(self->node),
	 "Whether the requirement is mandatory.")
BIG_ATTR(big_gap, double, weight, big_node_weight(self->node), "Weight of the requirement.")
BIG_ATTR(big_exception, const char *, id, big_node_id(self->node), "Its id.")
BIG_ATTR(big_attainment, const char *, id, big_profile_id(self->profile), "Its id.")

/* ------------------------------------------------------------------------
 * Report.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_report
    "The result of scoring an assessment (Assessment.score() or score()),\n"
    "or one side of a comparison (Comparison.before, Comparison.after).\n"
    "A Report keeps what it needs alive (its catalogue, its comparison).";

%extend big_swig_report {
	~big_swig_report()
	{
		big_report_free($self);
	}

	%feature("docstring") scores
	    "scores(node) -> Scores or None\n\n"
	    "The scores of a node, given by its id or as a Node of the report's\n"
	    "catalogue; None when the catalogue has no such node.";
	const big_scores *scores(big_swig_node_key node)
	{
		if (node.id != NULL)
			return big_report_find($self, node.id);
		return big_report_node_scores($self, node.node);
	}

	%feature("docstring") node_title
	    "node_title(node) -> str or None\n\n"
	    "The title of a node (its id or a Node) as the report's outputs write it:\n"
	    "in its language, with its overlay. None when the catalogue has no such node.";
	const char *node_title(big_swig_node_key node)
	{
		const big_node *n = big_swig_node_of(big_report_catalogue($self), node);
		return big_report_node_title($self, n);
	}

	%feature("docstring") node_text
	    "node_text(node) -> str or None\n\n"
	    "The text of a node (its id or a Node) from the report's overlay; None\n"
	    "when there is none or the overlay's language does not serve the\n"
	    "report's (the rule of its titles).";
	const char *node_text(big_swig_node_key node)
	{
		const big_node *n = big_swig_node_of(big_report_catalogue($self), node);
		return big_report_node_text($self, n);
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The report as a libbig.report document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_report_to_json, $self, big_swig_json_flags(compact));
	}

	%feature("docstring") to_csv
	    "to_csv(bom=False, safe=False) -> str\n\n"
	    "The scores as CSV (RFC 4180, CRLF line ends; docs/formats.md, section CSV):\n"
	    "one row for the whole assessment, then one per node with applicable\n"
	    "requirements. bom=True starts the text with a byte order mark (U+FEFF);\n"
	    "safe=True puts an apostrophe before text fields a spreadsheet would take\n"
	    "for a formula. The same bytes (encoded as UTF-8) as the C library.";
	big_swig_text to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_report_to_csv, $self, big_swig_csv_flags(bom, safe));
	}

	%feature("docstring") gaps_to_csv
	    "gaps_to_csv(bom=False, safe=False) -> str\n\n"
	    "The gaps as CSV, in the report's gap order (columns rank, id, title,\n"
	    "kinds, size, status, maturity, tag, mandatory, weight, owner,\n"
	    "open_actions, without_action, overdue, next_due, and text with\n"
	    "include_text); bom and safe as in to_csv().";
	big_swig_text gaps_to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_report_gaps_to_csv, $self, big_swig_csv_flags(bom, safe));
	}

	%feature("docstring") gap_actions
	    "gap_actions(id) -> list of Action\n\n"
	    "The open improvement actions (not done) of the gap of requirement id,\n"
	    "in the order of the assessment (empty when it has none or is no gap):\n"
	    "the report's copies, as long as the report.";
	big_swig_views gap_actions(const char *id)
	{
		return big_swig_views_of_key($self, id, big_swig_gap_action_count($self, id),
					     big_swig_gap_action_at, SWIGTYPE_p_big_swig_action);
	}
}

BIG_ATTR(big_swig_report, const big_scores *, overall, big_report_overall(self),
	 "Scores of the whole assessment.")
BIG_ATTR(big_swig_report, big_rollup, rollup, big_report_rollup(self),
	 "Roll-up method: \"hierarchical\", \"flat\" or \"weakest\".")
BIG_ATTR(big_swig_report, int, target, big_report_target(self),
	 "Target maturity the report was made with.")
BIG_ATTR(big_swig_report, const big_profile *, profile, big_report_profile(self),
	 "The profile that selected the applicable requirements, or None (every requirement).")
BIG_ATTR(big_swig_report, const big_catalogue *, catalogue, big_report_catalogue(self),
	 "The catalogue of the report.")
BIG_ATTR(big_swig_report, const char *, lang, big_report_lang(self),
	 "Language of the node titles in its outputs (score()'s lang), \"\" for the default titles.")
BIG_ATTR(big_swig_report, const big_texts *, texts, big_report_texts(self),
	 "The text overlay the report was scored with (score()'s texts), or None.")
BIG_ATTR(big_swig_report, bool, include_text, big_report_include_text(self),
	 "Whether its outputs show each node's text (score()'s include_text).")
BIG_ATTR(big_swig_report, const char *, as_of, big_report_as_of(self),
	 "The date a gap's open action must be due before to be overdue: score()'s\n"
	 "as_of, else the assessment's assessed_on; \"\" when there is none.")
BIG_VIEWS(big_swig_report, gaps, big_gap, big_report_gap_count, big_report_gap,
	 "Requirements that fall short, in priority order (list of Gap).")
BIG_VIEWS(big_swig_report, exceptions, big_exception, big_report_exception_count, big_report_exception,
	 "The exceptions register, in catalogue order (list of ExceptionEntry).")
BIG_VIEWS(big_swig_report, diagnostics, big_diagnostic, big_report_diagnostic_count,
	  big_report_diagnostic,
	 "Diagnostics of the assessment, then those of scoring (list of Diagnostic).")
BIG_VIEWS(big_swig_report, attainments, big_attainment, big_report_attainment_count,
	  big_report_attainment,
	 "Attainment of every profile of the catalogue, in catalogue order (list of Attainment).")
