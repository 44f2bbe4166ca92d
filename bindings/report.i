/*
 * libbig — SWIG interface: scoring and reports (include/big/report.h).
 *
 *   score(), Assessment.score()  score an assessment (options: Python
 *                               keywords rollup, target, profile; PHP an
 *                               options array with those names)
 *   Report / BigReport          the result of scoring (holds the catalogue)
 *   Scores / BigScores          a copy of the scores of one node
 *   Gap / BigGap                one requirement that falls short
 *   ExceptionEntry / BigExceptionEntry
 *                               one line of the exceptions register (not named
 *                               Exception: that would shadow the builtin)
 *   Attainment / BigAttainment  whether a report attains one profile (a copy)
 *   rollup_names()              the roll-up methods
 *   gap_kind_names()            the kinds of shortfall of a gap
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Report, big_swig_report);
BIG_CLASS(Scores, big_scores);
BIG_CLASS(Gap, big_swig_gap);
BIG_CLASS(ExceptionEntry, big_swig_exception);
BIG_CLASS(Attainment, big_swig_attainment);

%{
/*
 * A report as the binding shows it: one it owns (from scoring, shared with
 * nobody) or one borrowed from a comparison, which it then shares.
 */
typedef struct big_swig_report {
	const big_report *report;
	big_swig_shared *owner;
} big_swig_report;

static void big_swig_report_free_obj(void *report)
{
	big_report_free(report);
}

/* Wraps a report borrowed from @p owner (which it then shares); NULL (recorded) when out of memory. */
static big_swig_report *big_swig_report_borrow(big_swig_shared *owner, const big_report *report)
{
	big_swig_report *r = malloc(sizeof(*r));

	if (r == NULL) {
		big_swig_nomem();
		return NULL;
	}
	r->report = report;
	r->owner = big_swig_shared_ref(owner);
	return r;
}

/* Wraps a new report; frees it when out of memory. */
static big_swig_report *big_swig_report_own(big_report *report)
{
	big_swig_shared *owner = big_swig_shared_new(report, big_swig_report_free_obj);
	big_swig_report *r;

	if (owner == NULL)
		return NULL;
	r = big_swig_report_borrow(owner, report);
	big_swig_shared_unref(owner);
	return r;
}

static void big_swig_report_free(big_swig_report *r)
{
	if (r == NULL)
		return;
	big_swig_shared_unref(r->owner);
	free(r);
}

/* Score options from the arguments; false (error recorded) for an unknown roll-up. */
static bool big_swig_score_options(big_score_options *opts, const char *rollup,
				   big_swig_level target, const char *profile)
{
	big_score_options defaults = BIG_SCORE_OPTIONS_INIT;

	*opts = defaults;
	if (rollup != NULL && big_swig_failed(big_rollup_from_name(&opts->rollup, rollup)))
		return false;
	opts->target = target;
	opts->profile = profile;
	return true;
}

static big_swig_report *big_swig_score(const big_assessment *assessment, const char *rollup,
				       big_swig_level target, const char *profile)
{
	big_score_options opts;
	big_report *report = NULL;

	if (!big_swig_score_options(&opts, rollup, target, profile) ||
	    big_swig_failed(big_score(&report, assessment, &opts)))
		return NULL;
	return big_swig_report_own(report);
}

static const char *big_swig_rollup_name_at(const void *unused, size_t i)
{
	(void)unused;
	return big_rollup_name((big_rollup)i);
}

static const char *big_swig_gap_kind_name_at(const void *unused, size_t i)
{
	(void)unused;
	return big_gap_kind_name(1u << i);
}
%}

/* ------------------------------------------------------------------------
 * score(), rollup_names(), gap_kind_names().
 * ---------------------------------------------------------------------- */

#ifndef SWIGPHP
BIG_FUNCTION(score);
#endif
BIG_FUNCTION(rollup_names);
BIG_FUNCTION(gap_kind_names);

%feature("docstring") big_swig_score
    "score(assessment, rollup='hierarchical', target=-1, profile=None) -> Report\n\n"
    "Scores an assessment; see Assessment.score().";
%feature("docstring") big_swig_rollup_names "rollup_names() -> list of str\n\n"
    "The roll-up methods of scoring: 'hierarchical', 'flat', 'weakest'.";
%feature("docstring") big_swig_gap_kind_names "gap_kind_names() -> list of str\n\n"
    "The kinds of shortfall of a gap (Gap.kinds): 'implementation',\n"
    "'maturity', 'explanation'.";
%newobject big_swig_score;

#ifdef SWIGPHP
/* PHP: big_score($assessment, ['rollup' => …, 'target' => …, 'profile' => …]). */
BIG_OPTIONS(big_swig_score_spec, score_options);
%rename(big_score) big_swig_score_php;
%newobject big_swig_score_php;
%inline %{
static big_swig_report *big_swig_score_php(const big_swig_assessment *assessment,
					   big_swig_args score_options)
{
	return big_swig_score(assessment, score_options.rollup, score_options.target,
			      score_options.profile);
}
%}
#else
big_swig_report *big_swig_score(const big_swig_assessment *assessment,
				const char *rollup = "hierarchical", big_swig_level target = -1,
				const char *profile = NULL);
#endif

%inline %{
static big_swig_strings big_swig_rollup_names(void)
{
	return big_swig_strings_of(BIG_ROLLUP_COUNT, big_swig_rollup_name_at, NULL);
}

static big_swig_strings big_swig_gap_kind_names(void)
{
	return big_swig_strings_of(BIG_GAP_KIND_COUNT, big_swig_gap_kind_name_at, NULL);
}
%}

%newobject big_swig_assessment::score;

%extend big_swig_assessment {
	%feature("docstring") score
	    "score(rollup='hierarchical', target=-1, profile=None) -> Report\n\n"
	    "Scores the assessment. rollup is 'hierarchical', 'flat' or 'weakest';\n"
	    "target -1 (or None) takes the assessment's target, else the catalogue's;\n"
	    "profile is the id of the profile that selects the applicable\n"
	    "requirements, None the assessment's profile, else every requirement.";
#ifdef SWIGPHP
	big_swig_report *score(big_swig_args score_options)
	{
		return big_swig_score($self, score_options.rollup, score_options.target,
				      score_options.profile);
	}
#else
	big_swig_report *score(const char *rollup = "hierarchical", big_swig_level target = -1,
			       const char *profile = NULL)
	{
		return big_swig_score($self, rollup, target, profile);
	}
#endif
}

/* ------------------------------------------------------------------------
 * Scores.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_scores
    "The scores of one node or of the whole assessment (a copy).\n\n"
    "A score that does not exist (nothing beneath the node is scorable) is None.";

%{
static big_scores *big_swig_scores_copy(const big_scores *s)
{
	return big_swig_memdup(s, sizeof(*s));
}

static big_swig_optdouble big_scores_implementation_get(const big_scores *s)
{
	return big_swig_optdouble_of(s->has_implementation, s->implementation);
}
static big_swig_optdouble big_scores_maturity_mean_get(const big_scores *s)
{
	return big_swig_optdouble_of(s->has_maturity, s->maturity_mean);
}
static big_swig_optint big_scores_attained_level_get(const big_scores *s)
{
	big_swig_optint v = {s->has_maturity, s->attained_level};
	return v;
}
static big_swig_optdouble big_scores_coverage_get(const big_scores *s)
{
	return big_swig_optdouble_of(s->has_coverage, s->coverage);
}
static big_swig_optdouble big_scores_comply_or_explain_get(const big_scores *s)
{
	return big_swig_optdouble_of(s->has_coverage, s->comply_or_explain);
}
static unsigned int big_scores_applicable_get(const big_scores *s)
{
	return s->applicable;
}
static big_swig_counts big_scores_counts_get(const big_scores *s)
{
	big_swig_counts c;

	memcpy(c.counts, s->counts, sizeof(c.counts));
	return c;
}
%}

%extend big_scores {
	~big_scores()
	{
		free($self);
	}

	%immutable;
	/** Implementation score in [0,1], or None. */
	big_swig_optdouble implementation;
	/** Weighted mean maturity level, or None. */
	big_swig_optdouble maturity_mean;
	/** Highest level every scorable requirement reaches, or None. */
	big_swig_optint attained_level;
	/** Share of requirements assessed, or None. */
	big_swig_optdouble coverage;
	/** Share implemented or properly explained, or None. */
	big_swig_optdouble comply_or_explain;
	/** Number of applicable requirements beneath the node. */
	unsigned int applicable;
	/** Applicable requirements per status name. */
	big_swig_counts counts;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Gap.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_gap "One requirement that falls short (see Report.gaps).";

%newobject big_swig_gap::node;

%{
/* One gap (a copy), holding a catalogue reference for its node. */
typedef struct big_swig_gap {
	big_catalogue *cat;
	const big_node *node;
	unsigned int kinds;
	double size;
	big_status status;
	int maturity;
	char *tag; /* NULL when none */
} big_swig_gap;

static void big_swig_gap_free(void *item)
{
	big_swig_gap *g = item;

	if (g == NULL)
		return;
	big_catalogue_free(g->cat);
	free(g->tag);
	free(g);
}

static void *big_swig_make_gap(const void *report, size_t i)
{
	const big_gap *src = big_report_gap(report, i);
	big_swig_gap *g = calloc(1, sizeof(*g));

	if (g == NULL) {
		big_swig_nomem();
		return NULL;
	}
	g->cat = big_swig_cat_ref(big_report_catalogue(report));
	g->node = src->node;
	g->kinds = src->kinds;
	g->size = src->size;
	g->status = src->status;
	g->maturity = src->maturity;
	if (src->tag != NULL && (g->tag = big_swig_strdup(src->tag)) == NULL) {
		big_swig_gap_free(g);
		return NULL;
	}
	return g;
}

static size_t big_swig_gap_kind_count(const big_swig_gap *g)
{
	size_t n = 0;

	for (unsigned int k = 0; k < BIG_GAP_KIND_COUNT; k++)
		n += (g->kinds >> k) & 1u;
	return n;
}

/* The name of the @p i-th kind that gap @p gap has. */
static const char *big_swig_gap_kind_at(const void *gap, size_t i)
{
	const big_swig_gap *g = gap;

	for (unsigned int k = 0; k < BIG_GAP_KIND_COUNT; k++) {
		if (((g->kinds >> k) & 1u) && i-- == 0)
			return big_gap_kind_name(1u << k);
	}
	return NULL;
}

static big_swig_node *big_swig_gap_node_get(const big_swig_gap *g)
{
	return big_swig_node_new(g->cat, g->node);
}
static const char *big_swig_gap_id_get(const big_swig_gap *g)
{
	return big_node_id(g->node);
}
static big_swig_strings big_swig_gap_kinds_get(const big_swig_gap *g)
{
	return big_swig_strings_of(big_swig_gap_kind_count(g), big_swig_gap_kind_at, g);
}
static double big_swig_gap_size_get(const big_swig_gap *g)
{
	return g->size;
}
static const char *big_swig_gap_status_get(const big_swig_gap *g)
{
	return big_status_name(g->status);
}
static big_swig_optint big_swig_gap_maturity_get(const big_swig_gap *g)
{
	return big_swig_level_of(g->maturity);
}
static bool big_swig_gap_mandatory_get(const big_swig_gap *g)
{
	return big_node_is_mandatory(g->node);
}
static double big_swig_gap_weight_get(const big_swig_gap *g)
{
	return big_node_weight(g->node);
}
static const char *big_swig_gap_tag_get(const big_swig_gap *g)
{
	return g->tag;
}
%}

%extend big_swig_gap {
	~big_swig_gap()
	{
		big_swig_gap_free($self);
	}

	%immutable;
	/** The requirement. */
	big_swig_node *node;
	/** Its id. */
	const char *id;
	/** Kinds of shortfall: "implementation", "maturity", "explanation". */
	big_swig_strings kinds;
	/** Gap size in [0,1]. */
	double size;
	/** Status name. */
	const char *status;
	/** Maturity, or None. */
	big_swig_optint maturity;
	/** Whether the requirement is mandatory. */
	bool mandatory;
	/** Weight of the requirement. */
	double weight;
	/** Its highest-priority tag under the report's profile, or None. */
	const char *tag;
	%mutable;
}

/* ------------------------------------------------------------------------
 * ExceptionEntry.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_exception
    "One line of the exceptions register: a properly explained exclusion\n"
    "(not_applicable) or risk acceptance (see Report.exceptions; a copy).";

%newobject big_swig_exception::node;

%{
/*
 * One line of the exceptions register: a copy (the strings are borrowed from
 * the report), holding a catalogue reference for its node.
 */
typedef struct big_swig_exception {
	big_catalogue *cat;
	const big_node *node;
	big_status status;
	char *explanation;
	char *owner; /* NULL when none was given */
	char *expires;
} big_swig_exception;

static void big_swig_exception_free(void *item)
{
	big_swig_exception *x = item;

	if (x == NULL)
		return;
	big_catalogue_free(x->cat);
	free(x->explanation);
	free(x->owner);
	free(x->expires);
	free(x);
}

static void *big_swig_make_exception(const void *report, size_t i)
{
	const big_exception *src = big_report_exception(report, i);
	big_swig_exception *x = calloc(1, sizeof(*x));

	if (x == NULL) {
		big_swig_nomem();
		return NULL;
	}
	x->cat = big_swig_cat_ref(big_report_catalogue(report));
	x->node = src->node;
	x->status = src->status;
	x->explanation = big_swig_strdup(src->explanation);
	x->expires = big_swig_strdup(src->expires);
	if (src->owner != NULL)
		x->owner = big_swig_strdup(src->owner);
	if (x->explanation == NULL || x->expires == NULL ||
	    (src->owner != NULL && x->owner == NULL)) {
		big_swig_exception_free(x);
		return NULL;
	}
	return x;
}

static big_swig_node *big_swig_exception_node_get(const big_swig_exception *x)
{
	return big_swig_node_new(x->cat, x->node);
}
static const char *big_swig_exception_id_get(const big_swig_exception *x)
{
	return big_node_id(x->node);
}
static const char *big_swig_exception_status_get(const big_swig_exception *x)
{
	return big_status_name(x->status);
}
static const char *big_swig_exception_explanation_get(const big_swig_exception *x)
{
	return x->explanation;
}
static const char *big_swig_exception_owner_get(const big_swig_exception *x)
{
	return x->owner;
}
static const char *big_swig_exception_expires_get(const big_swig_exception *x)
{
	return x->expires;
}
%}

%extend big_swig_exception {
	~big_swig_exception()
	{
		big_swig_exception_free($self);
	}

	%immutable;
	/** The requirement. */
	big_swig_node *node;
	/** Its id. */
	const char *id;
	/** Status name: "not_applicable" or "risk_accepted". */
	const char *status;
	/** The explanation ('leg uit'). */
	const char *explanation;
	/** Who answers for the exception, or None when none was given. */
	const char *owner;
	/** End of the exception, YYYY-MM-DD. */
	const char *expires;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Attainment.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_attainment
    "Whether the assessment attains one profile: every requirement it selects\n"
    "is implemented or properly explained (Report.attainments; a copy).";

%newobject big_swig_attainment::profile;

%{
/* The attainment of one profile (a copy), holding a catalogue reference. */
typedef struct big_swig_attainment {
	big_catalogue *cat;
	const big_profile *profile;
	unsigned int requirements;
	unsigned int complied;
	bool attained;
} big_swig_attainment;

static void big_swig_attainment_free(void *item)
{
	big_swig_attainment *a = item;

	if (a == NULL)
		return;
	big_catalogue_free(a->cat);
	free(a);
}

static void *big_swig_make_attainment(const void *report, size_t i)
{
	const big_attainment *src = big_report_attainment(report, i);
	big_swig_attainment *a = malloc(sizeof(*a));

	if (a == NULL) {
		big_swig_nomem();
		return NULL;
	}
	a->cat = big_swig_cat_ref(big_report_catalogue(report));
	a->profile = src->profile;
	a->requirements = src->requirements;
	a->complied = src->complied;
	a->attained = src->attained;
	return a;
}

static big_swig_profile *big_swig_attainment_profile_get(const big_swig_attainment *a)
{
	return big_swig_profile_new(a->cat, a->profile);
}
static const char *big_swig_attainment_id_get(const big_swig_attainment *a)
{
	return big_profile_id(a->profile);
}
static unsigned int big_swig_attainment_requirements_get(const big_swig_attainment *a)
{
	return a->requirements;
}
static unsigned int big_swig_attainment_complied_get(const big_swig_attainment *a)
{
	return a->complied;
}
static bool big_swig_attainment_attained_get(const big_swig_attainment *a)
{
	return a->attained;
}
%}

%extend big_swig_attainment {
	~big_swig_attainment()
	{
		big_swig_attainment_free($self);
	}

	%immutable;
	/** The profile. */
	big_swig_profile *profile;
	/** Its id. */
	const char *id;
	/** Number of requirements it selects. */
	unsigned int requirements;
	/** Of those, how many are implemented or properly explained. */
	unsigned int complied;
	/** Whether complied == requirements. */
	bool attained;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Report.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_report
    "The result of scoring an assessment (Assessment.score() or score()),\n"
    "or one side of a comparison (Comparison.before, Comparison.after).\n"
    "A Report keeps what it needs alive (its catalogue, its comparison).";

%newobject big_swig_report::scores;
%newobject big_swig_report::overall;
%newobject big_swig_report::catalogue;
%newobject big_swig_report::profile;

%{
static big_scores *big_swig_report_overall_get(const big_swig_report *r)
{
	return big_swig_scores_copy(big_report_overall(r->report));
}
static const char *big_swig_report_rollup_get(const big_swig_report *r)
{
	return big_rollup_name(big_report_rollup(r->report));
}
static int big_swig_report_target_get(const big_swig_report *r)
{
	return big_report_target(r->report);
}
static big_catalogue *big_swig_report_catalogue_get(const big_swig_report *r)
{
	return big_swig_cat_ref(big_report_catalogue(r->report));
}
static big_swig_profile *big_swig_report_profile_get(const big_swig_report *r)
{
	return big_swig_profile_new(big_report_catalogue(r->report), big_report_profile(r->report));
}
static big_swig_objects big_swig_report_gaps_get(const big_swig_report *r)
{
	return big_swig_objects_make(SWIGTYPE_p_big_swig_gap, big_swig_gap_free,
				     big_report_gap_count(r->report), r->report,
				     big_swig_make_gap);
}
static big_swig_objects big_swig_report_exceptions_get(const big_swig_report *r)
{
	return big_swig_objects_make(SWIGTYPE_p_big_swig_exception, big_swig_exception_free,
				     big_report_exception_count(r->report), r->report,
				     big_swig_make_exception);
}
static const big_diagnostic *big_swig_report_diagnostic_at(const void *report, size_t i)
{
	return big_report_diagnostic(report, i);
}
static big_swig_objects big_swig_report_diagnostics_get(const big_swig_report *r)
{
	return big_swig_diagnostics(big_report_diagnostic_count(r->report), r->report,
				    big_swig_report_diagnostic_at);
}
static big_swig_objects big_swig_report_attainments_get(const big_swig_report *r)
{
	return big_swig_objects_make(SWIGTYPE_p_big_swig_attainment, big_swig_attainment_free,
				     big_report_attainment_count(r->report), r->report,
				     big_swig_make_attainment);
}
%}

%extend big_swig_report {
	~big_swig_report()
	{
		big_swig_report_free($self);
	}

	%feature("docstring") scores
	    "scores(node) -> Scores or None\n\n"
	    "The scores of a node, given by its id or as a Node of the report's\n"
	    "catalogue; None when the catalogue has no such node.";
	big_scores *scores(big_swig_node_key node)
	{
		if (node.id != NULL)
			return big_swig_scores_copy(big_report_find($self->report, node.id));
		return big_swig_scores_copy(big_report_node_scores($self->report, node.node->node));
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The report as a libbig.report document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_report_to_json, $self->report, big_swig_json_flags(compact));
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
		BIG_SWIG_WRITE(big_report_to_csv, $self->report, big_swig_csv_flags(bom, safe));
	}

	%feature("docstring") gaps_to_csv
	    "gaps_to_csv(bom=False, safe=False) -> str\n\n"
	    "The gaps as CSV, in the report's gap order (columns rank, id, title,\n"
	    "kinds, size, status, maturity, tag, mandatory, weight); bom and safe as\n"
	    "in to_csv().";
	big_swig_text gaps_to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_report_gaps_to_csv, $self->report, big_swig_csv_flags(bom, safe));
	}

	%immutable;
	/** Scores of the whole assessment. */
	big_scores *overall;
	/** Roll-up method: "hierarchical", "flat" or "weakest". */
	const char *rollup;
	/** Target maturity the report was made with. */
	int target;
	/** The profile that selected the applicable requirements, or None (every requirement). */
	big_swig_profile *profile;
	/** The catalogue of the report. */
	big_swig_catalogue *catalogue;
	/** Requirements that fall short, in priority order (list of Gap). */
	big_swig_objects gaps;
	/** The exceptions register, in catalogue order (list of ExceptionEntry). */
	big_swig_objects exceptions;
	/** Diagnostics of the assessment, then those of scoring (list of Diagnostic). */
	big_swig_objects diagnostics;
	/** Attainment of every profile of the catalogue, in catalogue order (list of Attainment). */
	big_swig_objects attainments;
	%mutable;
}
