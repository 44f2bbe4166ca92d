/*
 * libbig — private: what an aggregate records of its members' part in it
 * (aggregate-attrib.c, aggregate-gaps.c), read by its accessors and writers.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_AGGREGATE_ATTRIB_H
#define BIG_AGGREGATE_ATTRIB_H

#include "aggregate-int.h"
#include "catalogue-int.h"

struct big_agg_attrib {
	big_aggregate_attribution *attribution; /* one per applicable requirement */
	size_t attribution_count;
	size_t *attribution_of; /* per requirement: index into attribution, or SIZE_MAX */
	const char **holders;   /* the holders of every attribution, one after another */
	big_member_node_scores *member_nodes; /* member i, node k: [i * node_count + k] */
	big_aggregate_rank *ranking;          /* one per member, in ranking order */
	big_aggregate_gap *gaps;              /* in gap order */
	size_t gap_count;
	const char **responsible; /* the responsible of every gap, one after another */
};

/* Whether requirement @q is delegated to the collaboration of @ag: its node
 * or one above it is among ag->delegated. */
static inline bool big__aggregate_delegated(const big_aggregate_report *ag, size_t q)
{
	for (const big_node *n = ag->catalogue->requirements[q]; n; n = n->parent)
		for (size_t d = 0; d < ag->delegated_count; d++)
			if (ag->delegated[d] == n->index)
				return true;
	return false;
}

/* Finds the gaps of @ag into @at (aggregate-gaps.c). 0 or BIG_ENOMEM. */
int big__aggregate_gaps(const big_aggregate_report *ag, struct big_agg_attrib *at);

/* Writes the attribution, ranking and gaps of @ag as members of the open
 * object of @w (aggregate-attrib-json.c). */
struct big_jw;
void big__aggregate_attrib_json(struct big_jw *w, const big_aggregate_report *ag);

#endif /* BIG_AGGREGATE_ATTRIB_H */
