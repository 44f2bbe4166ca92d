/*
 * libbig — private: the trend model, shared by trend.c and its writers
 * trend-json.c and trend-csv.c.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_TREND_INT_H
#define BIG_TREND_INT_H

#include "aggregate-int.h"
#include "big.h"

struct big_trend {
	big_aggregate_report *before, *after; /* references */
	/* S_before and S_after: the aggregates over the members of both sides
	 * (references; the same as before/after when nobody left/joined), or
	 * NULL when no member is on both sides */
	big_aggregate_report *stayers_before, *stayers_after;
	big_delta overall;
	big_delta *nodes; /* one per catalogue node, in pre-order */
	big_trend_effects effects;
	big_requirement_trend *contributions; /* the listed ones, in their order */
	size_t contribution_count;
	big_member_change *changes; /* every contribution's, which point into it */
	big_member_trend *members;
	size_t member_count;
	double flat_delta;
};

#endif /* BIG_TREND_INT_H */
