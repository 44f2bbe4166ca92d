/*
 * libbig — SWIG interface: who holds an aggregate back
 * (include/big/attribution.h).
 *
 *   Aggregate.attribution       per applicable requirement, the members at
 *                               the lowest score (AggregateAttribution)
 *   Aggregate.attribution_of()  the attribution of one requirement
 *   Aggregate.member_node()     one member's own scores of a node
 *                               (MemberNodeScores)
 *   Aggregate.member_deviation()
 *                               a member's score minus the combined one
 *   Aggregate.ranking           who to help first (AggregateRank)
 *   Aggregate.gaps              the aggregate's gap list (AggregateGap)
 *   Aggregate.ranking_to_csv(), Aggregate.gaps_to_csv()
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(AggregateAttribution, big_aggregate_attribution);
BIG_CLASS(MemberNodeScores, big_member_node_scores);
BIG_CLASS(AggregateRank, big_aggregate_rank);
BIG_CLASS(AggregateGap, big_aggregate_gap);

%{
static size_t big_swig_attribution_holder_count(const big_aggregate_attribution *a)
{
	return a->holder_count;
}

static size_t big_swig_aggregate_gap_responsible_count(const big_aggregate_gap *g)
{
	return g->responsible_count;
}

static const char *big_swig_aggregate_gap_kind_at(const void *gap, size_t i)
{
	return big_swig_kind_at(((const big_aggregate_gap *)gap)->kinds, i);
}
%}

%feature("docstring") big_aggregate_attribution
    "Who holds the combined implementation score of one requirement\n"
    "(Aggregate.attribution): the members at the lowest score (all of them\n"
    "when tied), the next-weakest level, whether it is delegated.";
BIG_OPTIONAL(double big_aggregate_attribution::value, arg1->has_value)
BIG_OPTIONAL(double big_aggregate_attribution::minimum, arg1->has_value)
BIG_OPTIONAL(double big_aggregate_attribution::next, arg1->has_next)
BIG_ATTR(big_aggregate_attribution, const char *, id, big_node_id(self->node), "Its id.")
BIG_STRINGS(big_aggregate_attribution, holders, big_swig_attribution_holder_count,
	    big_aggregate_attribution_holder,
	    "Ids of the members at the lowest score, in member order (list of str).")
/* the fields: the attribute above shows the list */
%ignore big_aggregate_attribution::holders;
%ignore big_aggregate_attribution::holder_count;

%feature("docstring") big_member_node_scores
    "One member's own scores of one node (Aggregate.member_node()).";
BIG_OPTIONAL(double big_member_node_scores::implementation, arg1->has_implementation)
BIG_OPTIONAL(double big_member_node_scores::coverage, arg1->has_coverage)
BIG_OPTIONAL(double big_member_node_scores::comply_or_explain, arg1->has_coverage)

%feature("docstring") big_aggregate_rank
    "One member in the ranking of who to help first (Aggregate.ranking):\n"
    "the requirements where it holds the aggregate back and the rise of the\n"
    "overall implementation score if it reached the next level there, or\n"
    "were fully implemented (docs/scoring.md).";

%feature("docstring") big_aggregate_gap
    "One requirement where the aggregate falls short (Aggregate.gaps), with\n"
    "who is responsible: the collaboration for a delegated requirement,\n"
    "else the members at the lowest value.";
BIG_OPTIONAL(double big_aggregate_gap::implementation, arg1->has_implementation)
BIG_OPTIONAL(double big_aggregate_gap::maturity, arg1->has_maturity)
BIG_ATTR(big_aggregate_gap, big_swig_strings, kinds,
	 big_swig_strings_of(big_swig_kind_count(self->kinds), big_swig_aggregate_gap_kind_at,
			     self),
	 "Kinds of shortfall: \"implementation\", \"maturity\".")
BIG_ATTR(big_aggregate_gap, const char *, id, big_node_id(self->node), "Its id.")
BIG_STRINGS(big_aggregate_gap, responsible, big_swig_aggregate_gap_responsible_count,
	    big_aggregate_gap_responsible,
	    "Ids responsible: the collaboration's when delegated, else the members (list of str).")
/* the fields: the attributes above show their names and the list */
%ignore big_aggregate_gap::kinds;
%ignore big_aggregate_gap::responsible;
%ignore big_aggregate_gap::responsible_count;

%extend big_swig_aggregate_report {
	%feature("docstring") attribution_of
	    "attribution_of(node) -> AggregateAttribution or None\n\n"
	    "The attribution of a requirement, given by its id or as a Node; None\n"
	    "when it is not an applicable requirement.";
	const big_aggregate_attribution *attribution_of(big_swig_node_key node)
	{
		const big_node *n = node.id != NULL
					? big_catalogue_find(big_aggregate_report_catalogue($self), node.id)
					: node.node;
		return big_aggregate_report_attribution_of($self, n);
	}

	%feature("docstring") member_node
	    "member_node(member, node) -> MemberNodeScores or None\n\n"
	    "The own scores of a node (an id or a Node) for member number member\n"
	    "(its index in members); None when out of range or not applicable.";
	const big_member_node_scores *member_node(size_t member, big_swig_node_key node)
	{
		const big_node *n = node.id != NULL
					? big_catalogue_find(big_aggregate_report_catalogue($self), node.id)
					: node.node;
		return big_aggregate_report_member_node($self, member, n);
	}

	%feature("docstring") member_deviation
	    "member_deviation(member, node) -> float\n\n"
	    "The implementation score of member number member on a requirement (an\n"
	    "id or a Node) minus the combined one. Error ERANGE for a member out of\n"
	    "range, ENOTFOUND when the requirement is not scored for that member.";
	double member_deviation(size_t member, big_swig_node_key node)
	{
		const big_node *n = node.id != NULL
					? big_catalogue_find(big_aggregate_report_catalogue($self), node.id)
					: node.node;
		double d = 0;

		if (n == NULL) {
			big_swig_fail(BIG_SWIG_OWN, BIG_ENOTFOUND, "member_deviation: no such node");
			return 0;
		}
		big_swig_failed(big_aggregate_report_member_deviation(&d, $self, member, n));
		return d;
	}

	%feature("docstring") ranking_to_csv
	    "ranking_to_csv(bom=False, safe=False) -> str\n\n"
	    "The ranking as CSV (columns rank, member, requirements, rise_next,\n"
	    "rise_full; docs/formats.md); bom and safe as in Report.to_csv().";
	big_swig_text ranking_to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_aggregate_report_ranking_to_csv, $self,
			       big_swig_csv_flags(bom, safe));
	}

	%feature("docstring") gaps_to_csv
	    "gaps_to_csv(bom=False, safe=False) -> str\n\n"
	    "The aggregate's gaps as CSV (columns rank, id, title, kinds, size,\n"
	    "implementation, maturity, tag, delegated, responsible;\n"
	    "docs/formats.md); bom and safe as in Report.to_csv().";
	big_swig_text gaps_to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_aggregate_report_gaps_to_csv, $self, big_swig_csv_flags(bom, safe));
	}
}

BIG_VIEWS(big_swig_aggregate_report, attribution, big_aggregate_attribution,
	  big_aggregate_report_attribution_count, big_aggregate_report_attribution,
	  "Per applicable requirement in catalogue order, who holds its combined "
	  "score (list of AggregateAttribution).")
BIG_VIEWS(big_swig_aggregate_report, ranking, big_aggregate_rank,
	  big_aggregate_report_ranking_count, big_aggregate_report_ranking,
	  "Every member, by the rise if it reached the next level, ties by id "
	  "(list of AggregateRank).")
BIG_VIEWS(big_swig_aggregate_report, gaps, big_aggregate_gap, big_aggregate_report_gap_count,
	  big_aggregate_report_gap,
	  "The requirements where the aggregate falls short, in gap order (list of AggregateGap).")
