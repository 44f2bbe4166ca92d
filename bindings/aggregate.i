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
 *                               the aggregated scores of a node
 *   aggregate_method_names()    the methods
 *
 * Options by name (options.i): method, weights, weight_attribute, rollup,
 * target, profile, lang, expected_members, expected_weights; for a collaboration
 * collaborations (the pool of nested ones) instead of weights and
 * expected_*.
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Aggregate, big_swig_aggregate_report);
BIG_CLASS(AggregateMember, big_swig_aggregate_member);
BIG_CLASS(AggregateScores, big_aggregate_scores);
BIG_NAME_OUT(big_aggregate_method, big_aggregate_method_name)

%{
/* Member i of an aggregate: the library has no type for it. */
typedef struct big_swig_aggregate_member {
	const big_aggregate_report *ag;
	size_t i;
} big_swig_aggregate_member;

static const void *big_swig_aggregate_member_at(const void *ag, const char *key, size_t i)
{
	big_swig_aggregate_member *m = malloc(sizeof(*m));

	(void)key;
	if (m == NULL) {
		big_swig_nomem();
		return NULL;
	}
	m->ag = ag;
	m->i = i;
	return m;
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
static big_aggregate_report *big_swig_aggregate_run(const big_collaboration *c,
						  big_swig_ptrs assessments, big_swig_args *args)
{
	big_aggregate_options opts = BIG_AGGREGATE_OPTIONS_INIT;
	const big_assessment *const *as = (const big_assessment *const *)assessments.items;
	big_aggregate_report *ag = NULL;
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
	opts.lang = args->lang;
	opts.expected_members = args->expected_members.ids;
	opts.expected_member_count = args->expected_members.count;
	opts.expected_weights = args->expected_weights.values;
	opts.flatten = args->flatten;
	opts.k = args->k_given ? args->k : 0; /* no guard unless asked for */
	if (c != NULL)
		rc = big_aggregate_collaboration(
		    &ag, c, (const big_collaboration *const *)args->collaborations.items,
		    args->collaborations.count, as, assessments.count, &opts);
	else
		rc = big_aggregate(&ag, as, assessments.count, &opts);
	return big_swig_failed(rc) ? NULL : ag;
}
%}

/* ------------------------------------------------------------------------
 * aggregate(), Collaboration.aggregate(), aggregate_method_names().
 * ---------------------------------------------------------------------- */

BIG_OPTIONS_FUNCTION(aggregate, big_swig_aggregate_assessments);
BIG_OPTIONS(big_swig_aggregate_spec, aggregate_options);
BIG_OPTIONS(big_swig_aggregate_collaboration_spec, collaboration_options);

%feature("docstring") big_swig_aggregate_method_names "aggregate_method_names() -> list of str\n\n"
    "The methods of aggregation: 'weakest' (the default), 'mean',\n"
    "'weighted_mean', 'median'.";
BIG_NAMES(aggregate_method_names, big_aggregate_method_name, BIG_AGGREGATE_METHOD_COUNT);
%newobject big_swig_aggregate_assessments;

%inline %{
static big_aggregate_report *big_swig_aggregate_assessments(big_swig_ptrs assessments,
							    big_swig_args aggregate_options)
{
	return big_swig_aggregate_run(NULL, assessments, &aggregate_options);
}
%}

%newobject big_swig_collaboration::aggregate;
BIG_OPTIONS_METHOD(big_swig_collaboration, aggregate);

%extend big_swig_collaboration {
	big_aggregate_report *aggregate(big_swig_ptrs assessments,
					big_swig_args collaboration_options)
	{
		return big_swig_aggregate_run($self, assessments, &collaboration_options);
	}
}

/* ------------------------------------------------------------------------
 * AggregateScores.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_aggregate_scores
    "The aggregated scores of one node or of the whole aggregate.\n\n"
    "The requirement scores of the organisations are combined by the method,\n"
    "then rolled up as in a report; a score that does not exist is None, and\n"
    "so is every figure the publication guard withholds (suppressed).";

/* ------------------------------------------------------------------------
 * AggregateMember.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_aggregate_member
    "One organisation of an aggregate (Aggregate.members): a member with an\n"
    "assessment, a nested collaboration, or a missing member.";

%extend big_swig_aggregate_member {
	~big_swig_aggregate_member()
	{
		free($self);
	}
}

BIG_ATTR(big_swig_aggregate_member, const char *, id, big_aggregate_report_member(self->ag, self->i),
	 "Organisation (or collaboration) id.")
BIG_ATTR(big_swig_aggregate_member, double, weight,
	 big_aggregate_report_member_weight(self->ag, self->i),
	 "Its weight under weighted_mean (1 under the other methods).")
BIG_ATTR(big_swig_aggregate_member, bool, missing,
	 big_aggregate_report_member_missing(self->ag, self->i),
	 "Whether it is an expected member without an assessment (counts as not_assessed).")
BIG_ATTR(big_swig_aggregate_member, const big_aggregate_report *, nested,
	 big_aggregate_report_member_nested(self->ag, self->i),
	 "The aggregate of a nested collaboration, or None.")
BIG_ATTR(big_swig_aggregate_member, const big_aggregate_scores *, overall,
	 big_aggregate_report_member_overall(self->ag, self->i),
	 "Its overall scores on its own (n = 1, or a nested aggregate's), or None when missing.")

/* ------------------------------------------------------------------------
 * Aggregate.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_aggregate_report
    "The aggregate of several organisations (aggregate(),\n"
    "Collaboration.aggregate()): per requirement the scores of the\n"
    "organisations combined by the method, then rolled up over the catalogue.\n"
    "len(aggregate) is the number of organisations, missing ones included;\n"
    "iterating gives the members (AggregateMember). An Aggregate keeps what it\n"
    "needs alive.";

%extend big_swig_aggregate_report {
	~big_swig_aggregate_report()
	{
		big_aggregate_report_free($self);
	}

	%feature("docstring") scores
	    "scores(node) -> AggregateScores or None\n\n"
	    "The aggregated scores of a node, given by its id or as a Node of the\n"
	    "aggregate's catalogue; None when the catalogue has no such node.";
	const big_aggregate_scores *scores(big_swig_node_key node)
	{
		if (node.id != NULL)
			return big_aggregate_report_find($self, node.id);
		return big_aggregate_report_node($self, node.node);
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The aggregate as a libbig.aggregate document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_aggregate_report_to_json, $self, big_swig_json_flags(compact));
	}

	%feature("docstring") to_csv
	    "to_csv(bom=False, safe=False) -> str\n\n"
	    "The aggregated scores as CSV (columns id, kind, title, depth,\n"
	    "implementation, n, applicable; docs/formats.md); bom and safe as in\n"
	    "Report.to_csv().";
	big_swig_text to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_aggregate_report_to_csv, $self, big_swig_csv_flags(bom, safe));
	}
}

BIG_ATTR(big_swig_aggregate_report, const big_catalogue *, catalogue,
	 big_aggregate_report_catalogue(self),
	 "The catalogue of the aggregate.")
BIG_ATTR(big_swig_aggregate_report, big_aggregate_method, method, big_aggregate_report_method(self),
	 "The method: \"weakest\", \"mean\", \"weighted_mean\" or \"median\".")
BIG_ATTR(big_swig_aggregate_report, const char *, lang, big_aggregate_report_lang(self),
	 "Language of the node titles in its outputs (the option lang), \"\" for the default titles.")
BIG_ATTR(big_swig_aggregate_report, unsigned int, k, big_aggregate_report_k(self),
	 "The k of the publication guard (the option k; 0: none): with k > 1 a figure "
	 "over fewer than k organisations is withheld (AggregateScores.suppressed).")
BIG_ATTR(big_swig_aggregate_report, bool, flattened, big_aggregate_report_flattened(self),
	 "Whether the organisations of nested collaborations are members themselves "
	 "(the option flatten of Collaboration.aggregate()).")
BIG_ATTR(big_swig_aggregate_report, const char *, id, big_aggregate_report_id(self),
	 "The id of the aggregated collaboration, or None for aggregate().")
BIG_ATTR(big_swig_aggregate_report, bool, collaboration_assessed,
	 big_aggregate_report_collaboration_assessed(self),
	 "Whether the collaboration's own assessment was among the assessments, "
	 "supplying its members' delegated requirements (else those are "
	 "not_assessed under the policies collaboration and worst); False for aggregate().")
BIG_ATTR(big_swig_aggregate_report, big_swig_views, members,
	 ((big_swig_views){big_aggregate_report_member_count(self), big_swig_aggregate_member_at,
			   self, NULL, NULL, SWIGTYPE_p_big_swig_aggregate_member, true}),
	 "The organisations: those with an assessment, then the missing ones (list of AggregateMember).")
BIG_STRINGS(big_swig_aggregate_report, missing, big_aggregate_report_missing_count,
	    big_aggregate_report_missing,
	 "Ids of the expected members without an assessment (list of str).")
BIG_ATTR(big_swig_aggregate_report, const big_aggregate_scores *, overall,
	 big_aggregate_report_overall(self),
	 "The aggregated scores of the whole catalogue.")
