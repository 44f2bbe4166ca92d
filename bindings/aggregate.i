/*
 * libbig — SWIG interface: aggregation across organisations
 * (include/big/aggregate.h, first half; distributions are in distribution.i).
 *
 *   aggregate()                 aggregate a set of assessments
 *   Collaboration.aggregate()   aggregate a collaboration over its members,
 *                               nested collaborations included
 *   Aggregate / BigAggregate    the aggregate; nested ones share it
 *   AggregateMember / BigAggregateMember
 *                               one organisation of an aggregate
 *   AggregateScores / BigAggregateScores
 *                               a copy of the aggregated scores of a node
 *   aggregate_method_names()    the methods
 *
 * Options by name (options.i): method, weights, weight_attribute, rollup,
 * target, profile, expected_members, expected_weights; for a collaboration
 * collaborations (the pool of nested ones) instead of weights and
 * expected_*.
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Aggregate, big_swig_aggregate);
BIG_CLASS(AggregateMember, big_swig_aggregate_member);
BIG_CLASS(AggregateScores, big_aggregate_scores);

%{
/*
 * An aggregate as the binding shows it: the top aggregate (shared by
 * every Aggregate and AggregateMember taken from it) and the one shown,
 * which is the top one or a nested collaboration's, borrowed from it.
 */
typedef struct big_swig_aggregate {
	big_swig_shared *top;
	const big_aggregate_report *ag;
} big_swig_aggregate;

/* Member i of an aggregate. */
typedef struct big_swig_aggregate_member {
	big_swig_shared *top;
	const big_aggregate_report *ag;
	size_t i;
} big_swig_aggregate_member;

static void big_swig_aggregate_free_obj(void *ag)
{
	big_aggregate_report_free(ag);
}

/* A view of @p ag, borrowed from @p top; NULL when @p ag is NULL or out of memory (recorded). */
static big_swig_aggregate *big_swig_aggregate_view(big_swig_shared *top,
						   const big_aggregate_report *ag)
{
	big_swig_aggregate *v;

	if (ag == NULL)
		return NULL;
	v = malloc(sizeof(*v));
	if (v == NULL) {
		big_swig_nomem();
		return NULL;
	}
	v->top = big_swig_shared_ref(top);
	v->ag = ag;
	return v;
}

static void big_swig_aggregate_free(big_swig_aggregate *v)
{
	if (v == NULL)
		return;
	big_swig_shared_unref(v->top);
	free(v);
}

static void big_swig_aggregate_member_free(void *item)
{
	big_swig_aggregate_member *m = item;

	if (m == NULL)
		return;
	big_swig_shared_unref(m->top);
	free(m);
}

static void *big_swig_make_aggregate_member(const void *view, size_t i)
{
	const big_swig_aggregate *v = view;
	big_swig_aggregate_member *m = malloc(sizeof(*m));

	if (m == NULL) {
		big_swig_nomem();
		return NULL;
	}
	m->top = big_swig_shared_ref(v->top);
	m->ag = v->ag;
	m->i = i;
	return m;
}

static big_aggregate_scores *big_swig_aggregate_scores_copy(const big_aggregate_scores *s)
{
	return big_swig_memdup(s, sizeof(*s));
}

/* Fails (recorded) unless a list of @p n numbers goes with a list of @p count items. */
static bool big_swig_parallel(const char *what, size_t n, size_t count, const char *items)
{
	char message[160];

	if (n == count)
		return true;
	snprintf(message, sizeof(message), "%s: %zu given for %zu %s", what, n, count, items);
	big_swig_fail(BIG_SWIG_OWN, BIG_EINVAL, message);
	return false;
}

/* Aggregates @p assessments, or collaboration @p c over them when not NULL. */
static big_swig_aggregate *big_swig_aggregate_run(const big_collaboration *c,
						  big_swig_ptrs assessments, big_swig_args *args)
{
	big_aggregate_options opts = BIG_AGGREGATE_OPTIONS_INIT;
	const big_assessment *const *as = (const big_assessment *const *)assessments.items;
	big_aggregate_report *ag = NULL;
	big_swig_shared *top;
	big_swig_aggregate *view;
	int rc;

	if ((args->method != NULL &&
	     big_swig_failed(big_aggregate_method_from_name(&opts.method, args->method))) ||
	    (args->rollup != NULL && big_swig_failed(big_rollup_from_name(&opts.rollup, args->rollup))))
		return NULL;
	if (args->weights.values != NULL &&
	    !big_swig_parallel("weights", args->weights.count, assessments.count, "assessments"))
		return NULL;
	if (args->expected_weights.values != NULL &&
	    !big_swig_parallel("expected_weights", args->expected_weights.count,
			       args->expected_members.count, "expected members"))
		return NULL;
	opts.weights = args->weights.values;
	opts.weight_attribute = args->weight_attribute;
	opts.target = args->target;
	opts.profile = args->profile;
	opts.expected_members = args->expected_members.ids;
	opts.expected_member_count = args->expected_members.count;
	opts.expected_weights = args->expected_weights.values;
	if (c != NULL)
		rc = big_aggregate_collaboration(
		    &ag, c, (const big_collaboration *const *)args->collaborations.items,
		    args->collaborations.count, as, assessments.count, &opts);
	else
		rc = big_aggregate(&ag, as, assessments.count, &opts);
	if (big_swig_failed(rc))
		return NULL;
	top = big_swig_shared_new(ag, big_swig_aggregate_free_obj);
	if (top == NULL)
		return NULL;
	view = big_swig_aggregate_view(top, ag);
	big_swig_shared_unref(top);
	return view;
}

static const char *big_swig_aggregate_method_name_at(const void *unused, size_t i)
{
	(void)unused;
	return big_aggregate_method_name((big_aggregate_method)i);
}
%}

/* ------------------------------------------------------------------------
 * aggregate(), Collaboration.aggregate(), aggregate_method_names().
 * ---------------------------------------------------------------------- */

BIG_OPTIONS_FUNCTION(aggregate, big_swig_aggregate_assessments);
BIG_FUNCTION(aggregate_method_names);
BIG_OPTIONS(big_swig_aggregate_spec, aggregate_options);
BIG_OPTIONS(big_swig_aggregate_collaboration_spec, collaboration_options);

%feature("docstring") big_swig_aggregate_method_names "aggregate_method_names() -> list of str\n\n"
    "The methods of aggregation: 'weakest' (the default), 'mean',\n"
    "'weighted_mean', 'median'.";
%newobject big_swig_aggregate_assessments;

%inline %{
static big_swig_aggregate *big_swig_aggregate_assessments(big_swig_ptrs assessments,
							  big_swig_args aggregate_options)
{
	return big_swig_aggregate_run(NULL, assessments, &aggregate_options);
}

static big_swig_strings big_swig_aggregate_method_names(void)
{
	return big_swig_strings_of(BIG_AGGREGATE_METHOD_COUNT, big_swig_aggregate_method_name_at,
				   NULL);
}
%}

%newobject big_swig_collaboration::aggregate;
BIG_OPTIONS_METHOD(big_swig_collaboration, aggregate);

%extend big_swig_collaboration {
	big_swig_aggregate *aggregate(big_swig_ptrs assessments,
				      big_swig_args collaboration_options)
	{
		return big_swig_aggregate_run($self, assessments, &collaboration_options);
	}
}

/* ------------------------------------------------------------------------
 * AggregateScores.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_aggregate_scores
    "The aggregated scores of one node or of the whole aggregate (a copy).\n\n"
    "The requirement scores of the organisations are combined by the method,\n"
    "then rolled up as in a report; a score that does not exist is None.";

%{
static unsigned int big_aggregate_scores_applicable_get(const big_aggregate_scores *s)
{
	return s->applicable;
}
static unsigned int big_aggregate_scores_n_get(const big_aggregate_scores *s)
{
	return s->n;
}
static big_swig_optdouble big_aggregate_scores_implementation_get(const big_aggregate_scores *s)
{
	return big_swig_optdouble_of(s->has_implementation, s->implementation);
}
static big_swig_optdouble big_aggregate_scores_maturity_mean_get(const big_aggregate_scores *s)
{
	return big_swig_optdouble_of(s->has_maturity, s->maturity_mean);
}
static big_swig_optint big_aggregate_scores_attained_level_get(const big_aggregate_scores *s)
{
	big_swig_optint v = {s->has_maturity, s->attained_level};
	return v;
}
static big_swig_optdouble big_aggregate_scores_coverage_get(const big_aggregate_scores *s)
{
	return big_swig_optdouble_of(s->has_coverage, s->coverage);
}
static big_swig_optdouble big_aggregate_scores_comply_or_explain_get(const big_aggregate_scores *s)
{
	return big_swig_optdouble_of(s->has_coverage, s->comply_or_explain);
}
%}

%extend big_aggregate_scores {
	~big_aggregate_scores()
	{
		free($self);
	}

	%immutable;
	/** Applicable requirements beneath the node (the same for every organisation). */
	unsigned int applicable;
	/** Organisations with a scorable requirement beneath the node. */
	unsigned int n;
	/** Aggregated implementation score in [0,1], or None. */
	big_swig_optdouble implementation;
	/** Weighted mean of the aggregated requirement maturities, or None. */
	big_swig_optdouble maturity_mean;
	/** Highest level every aggregated scorable requirement reaches, or None. */
	big_swig_optint attained_level;
	/** Share of the requirements assessed, aggregated, or None. */
	big_swig_optdouble coverage;
	/** Share implemented or properly explained, aggregated, or None. */
	big_swig_optdouble comply_or_explain;
	%mutable;
}

/* ------------------------------------------------------------------------
 * AggregateMember.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_aggregate_member
    "One organisation of an aggregate (Aggregate.members): a member with an\n"
    "assessment, a nested collaboration, or a missing member.";

%newobject big_swig_aggregate_member::nested;
%newobject big_swig_aggregate_member::overall;

%{
static const char *big_swig_aggregate_member_id_get(const big_swig_aggregate_member *m)
{
	return big_aggregate_report_member(m->ag, m->i);
}
static double big_swig_aggregate_member_weight_get(const big_swig_aggregate_member *m)
{
	return big_aggregate_report_member_weight(m->ag, m->i);
}
static bool big_swig_aggregate_member_missing_get(const big_swig_aggregate_member *m)
{
	return m->i + big_aggregate_report_missing_count(m->ag) >=
	       big_aggregate_report_member_count(m->ag);
}
static big_swig_aggregate *big_swig_aggregate_member_nested_get(const big_swig_aggregate_member *m)
{
	return big_swig_aggregate_view(m->top, big_aggregate_report_member_nested(m->ag, m->i));
}
static big_aggregate_scores *big_swig_aggregate_member_overall_get(
    const big_swig_aggregate_member *m)
{
	return big_swig_aggregate_scores_copy(big_aggregate_report_member_overall(m->ag, m->i));
}
%}

%extend big_swig_aggregate_member {
	~big_swig_aggregate_member()
	{
		big_swig_aggregate_member_free($self);
	}

	%immutable;
	/** Organisation (or collaboration) id. */
	const char *id;
	/** Its weight under weighted_mean (1 under the other methods). */
	double weight;
	/** Whether it is an expected member without an assessment (counts as not_assessed). */
	bool missing;
	/** The aggregate of a nested collaboration, or None. */
	big_swig_aggregate *nested;
	/** Its overall scores on its own (n = 1, or a nested aggregate's), or None when missing. */
	big_aggregate_scores *overall;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Aggregate.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_aggregate
    "The aggregate of several organisations (aggregate(),\n"
    "Collaboration.aggregate()): per requirement the scores of the\n"
    "organisations combined by the method, then rolled up over the catalogue.\n"
    "len(aggregate) is the number of organisations, missing ones included;\n"
    "iterating gives the members (AggregateMember). An Aggregate keeps what it\n"
    "needs alive.";

%newobject big_swig_aggregate::overall;
%newobject big_swig_aggregate::scores;
%newobject big_swig_aggregate::catalogue;

%{
static big_catalogue *big_swig_aggregate_catalogue_get(const big_swig_aggregate *v)
{
	return big_swig_cat_ref(big_aggregate_report_catalogue(v->ag));
}
static const char *big_swig_aggregate_method_get(const big_swig_aggregate *v)
{
	return big_aggregate_method_name(big_aggregate_report_method(v->ag));
}
static const char *big_swig_aggregate_id_get(const big_swig_aggregate *v)
{
	return big_aggregate_report_id(v->ag);
}
static bool big_swig_aggregate_collaboration_assessed_get(const big_swig_aggregate *v)
{
	return big_aggregate_report_collaboration_assessed(v->ag);
}
static big_swig_objects big_swig_aggregate_members_get(const big_swig_aggregate *v)
{
	return big_swig_objects_make(SWIGTYPE_p_big_swig_aggregate_member,
				     big_swig_aggregate_member_free,
				     big_aggregate_report_member_count(v->ag), v,
				     big_swig_make_aggregate_member);
}
static const char *big_swig_aggregate_missing_at(const void *ag, size_t i)
{
	return big_aggregate_report_missing(ag, i);
}
static big_swig_strings big_swig_aggregate_missing_get(const big_swig_aggregate *v)
{
	return big_swig_strings_of(big_aggregate_report_missing_count(v->ag),
				   big_swig_aggregate_missing_at, v->ag);
}
static big_aggregate_scores *big_swig_aggregate_overall_get(const big_swig_aggregate *v)
{
	return big_swig_aggregate_scores_copy(big_aggregate_report_overall(v->ag));
}
%}

%extend big_swig_aggregate {
	~big_swig_aggregate()
	{
		big_swig_aggregate_free($self);
	}

	%feature("docstring") scores
	    "scores(node) -> AggregateScores or None\n\n"
	    "The aggregated scores of a node, given by its id or as a Node of the\n"
	    "aggregate's catalogue; None when the catalogue has no such node.";
	big_aggregate_scores *scores(big_swig_node_key node)
	{
		if (node.id != NULL)
			return big_swig_aggregate_scores_copy(big_aggregate_report_find($self->ag, node.id));
		return big_swig_aggregate_scores_copy(big_aggregate_report_node($self->ag, node.node->node));
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The aggregate as a libbig.aggregate document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_aggregate_report_to_json, $self->ag, big_swig_json_flags(compact));
	}

	%feature("docstring") to_csv
	    "to_csv(bom=False, safe=False) -> str\n\n"
	    "The aggregated scores as CSV (columns id, kind, title, depth,\n"
	    "implementation, n, applicable; docs/formats.md); bom and safe as in\n"
	    "Report.to_csv().";
	big_swig_text to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_aggregate_report_to_csv, $self->ag, big_swig_csv_flags(bom, safe));
	}

	%immutable;
	/** The catalogue of the aggregate. */
	big_swig_catalogue *catalogue;
	/** The method: "weakest", "mean", "weighted_mean" or "median". */
	const char *method;
	/** The id of the aggregated collaboration, or None for aggregate(). */
	const char *id;
	/**
	 * Whether the collaboration's own assessment was among the assessments,
	 * supplying its members' delegated requirements (else those are
	 * not_assessed under the policies collaboration and worst); False for aggregate().
	 */
	bool collaboration_assessed;
	/** The organisations: those with an assessment, then the missing ones (list of AggregateMember). */
	big_swig_objects members;
	/** Ids of the expected members without an assessment (list of str). */
	big_swig_strings missing;
	/** The aggregated scores of the whole catalogue. */
	big_aggregate_scores *overall;
	%mutable;
}
