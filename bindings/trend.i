/*
 * libbig — SWIG interface: the trend of a collaboration, two aggregates of
 * it compared (include/big/trend.h).
 *
 *   trend()                     compare two aggregates of one collaboration
 *   Trend / BigTrend            the trend; it keeps both aggregates alive
 *   TrendEffects / BigTrendEffects
 *                               the change of the overall implementation split
 *                               into the stayers' part and the joiners' and
 *                               leavers' effects (a view)
 *   MemberTrend / BigMemberTrend
 *                               one member of either aggregate (a view)
 *   RequirementTrend / BigRequirementTrend
 *                               one requirement: contribution, split, the
 *                               members whose own value changed (a view)
 *   MemberChange / BigMemberChange
 *                               one member's change on one requirement (a view)
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Trend, big_swig_trend);
BIG_CLASS(TrendEffects, big_trend_effects);
BIG_CLASS(MemberTrend, big_member_trend);
BIG_CLASS(RequirementTrend, big_requirement_trend);
BIG_CLASS(MemberChange, big_member_change);

%{
static big_trend *big_swig_make_trend(const big_aggregate_report *before,
				 const big_aggregate_report *after)
{
	big_trend *t = NULL;

	return big_swig_failed(big_trend_new(&t, before, after)) ? NULL : t;
}
%}

/* Not BIG_FUNCTION(trend): big_swig_trend is the class (common.i). */
#ifdef SWIGPHP
%rename(big_trend_new) big_swig_make_trend;
#else
%rename(trend) big_swig_make_trend;
#endif
%feature("docstring") big_swig_make_trend
    "trend(before, after) -> Trend\n\n"
    "Compares two aggregates of the same collaboration (two periods): the\n"
    "same catalogue, method, roll-up, target, profile and collaboration,\n"
    "else Error EMISMATCH. See docs/scoring.md, section The trend of a\n"
    "collaboration.";
%newobject big_swig_make_trend;
big_trend *big_swig_make_trend(const big_aggregate_report *before,
			       const big_aggregate_report *after);

/* ------------------------------------------------------------------------
 * Trend, TrendEffects, MemberTrend, RequirementTrend, MemberChange.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_trend
    "The trend between two aggregates of one collaboration (trend()): the\n"
    "change of every aggregated score, the split of the change of the\n"
    "overall implementation, every member's own change, and per requirement\n"
    "its contribution and the members whose own value changed.";
%feature("docstring") big_trend_effects
    "The change of the overall implementation: change = stayers + joiners +\n"
    "leavers (docs/scoring.md). The four are None when a side, or a side\n"
    "over the members of both, has no implementation score.";
%feature("docstring") big_member_trend
    "One member of either aggregate (Trend.members): whether it is in each,\n"
    "and its own overall implementation on each side (None without).";
%feature("docstring") big_requirement_trend
    "One requirement of the trend (Trend.contributions): its combined value\n"
    "on both sides (None when not scorable), its contribution to the change\n"
    "of the flat overall score, the split of its change, and the members\n"
    "whose own value changed.";
%feature("docstring") big_member_change
    "One member's change on one requirement (RequirementTrend.members):\n"
    "its own value on both sides (None when not scorable).";

%extend big_swig_trend {
	~big_swig_trend()
	{
		big_trend_free($self);
	}

	%feature("docstring") node
	    "node(node) -> Delta or None\n\n"
	    "The change of the aggregated scores of a node, given by its id or as\n"
	    "a Node of the catalogue; None when there is no such node.";
	const big_delta *node(big_swig_node_key node)
	{
		const big_node *n = big_swig_node_of(
		    big_aggregate_report_catalogue(big_trend_after($self)), node);

		return n == NULL ? NULL : big_trend_node($self, n);
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The trend as a libbig.trend document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_trend_to_json, $self, big_swig_json_flags(compact));
	}

	%feature("docstring") to_csv
	    "to_csv(bom=False, safe=False) -> str\n\n"
	    "The trend's requirements as CSV, a row per requirement and member\n"
	    "whose own value changed (docs/formats.md); bom and safe as in\n"
	    "Report.to_csv().";
	big_swig_text to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_trend_to_csv, $self, big_swig_csv_flags(bom, safe));
	}
}

BIG_ATTR(big_swig_trend, const big_aggregate_report *, before, big_trend_before(self),
	 "The before aggregate.")
BIG_ATTR(big_swig_trend, const big_aggregate_report *, after, big_trend_after(self),
	 "The after aggregate.")
BIG_ATTR(big_swig_trend, const big_aggregate_report *, stayers_before,
	 big_trend_stayers_before(self),
	 "The before aggregate over the members of both sides (S_before), or None when none is.")
BIG_ATTR(big_swig_trend, const big_aggregate_report *, stayers_after,
	 big_trend_stayers_after(self),
	 "The after aggregate over the members of both sides (S_after), or None when none is.")
BIG_ATTR(big_swig_trend, const big_delta *, overall, big_trend_overall(self),
	 "Change of the overall aggregated scores.")
BIG_ATTR(big_swig_trend, const big_trend_effects *, effects, big_trend_effects_overall(self),
	 "The split of the change of the overall implementation (TrendEffects).")
BIG_VIEWS(big_swig_trend, contributions, big_requirement_trend, big_trend_contribution_count,
	  big_trend_contribution,
	  "The requirements that changed, largest |contribution| first (list of RequirementTrend).")
BIG_VIEWS(big_swig_trend, members, big_member_trend, big_trend_member_count, big_trend_member,
	  "The members of either aggregate: the after's, then those who left (list of MemberTrend).")
BIG_ATTR(big_swig_trend, double, flat_delta, big_trend_flat_delta(self),
	 "Sum of all contributions: the change of the flat overall implementation score.")

%{
static size_t big_swig_change_count(const big_requirement_trend *x)
{
	return x->change_count;
}
%}
%ignore big_requirement_trend::changes;
%ignore big_requirement_trend::change_count;
BIG_ATTR(big_requirement_trend, const char *, id, big_node_id(self->node), "Its id.")
BIG_VIEWS(big_requirement_trend, members, big_member_change, big_swig_change_count,
	  big_trend_contribution_change,
	  "The members whose own value changed, largest |change| first (list of MemberChange).")

/* The values that exist only when a flag says so (None otherwise). */
BIG_OPTIONAL(double big_requirement_trend::before, arg1->scorable_before)
BIG_OPTIONAL(double big_requirement_trend::after, arg1->scorable_after)
BIG_OPTIONAL(double big_requirement_trend::stayers, arg1->has_effects)
BIG_OPTIONAL(double big_requirement_trend::joiners, arg1->has_effects)
BIG_OPTIONAL(double big_requirement_trend::leavers, arg1->has_effects)
BIG_OPTIONAL(double big_member_change::before, arg1->scorable_before)
BIG_OPTIONAL(double big_member_change::after, arg1->scorable_after)
BIG_OPTIONAL(double big_member_change::change, arg1->scorable_before && arg1->scorable_after)
BIG_OPTIONAL(double big_member_trend::before, arg1->has_before)
BIG_OPTIONAL(double big_member_trend::after, arg1->has_after)
BIG_OPTIONAL(double big_member_trend::change, arg1->has_before && arg1->has_after)
BIG_OPTIONAL(double big_trend_effects::change, arg1->has_effects)
BIG_OPTIONAL(double big_trend_effects::stayers, arg1->has_effects)
BIG_OPTIONAL(double big_trend_effects::joiners, arg1->has_effects)
BIG_OPTIONAL(double big_trend_effects::leavers, arg1->has_effects)
