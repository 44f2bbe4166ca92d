/*
 * libbig — who holds an aggregate back: the attribution of its combined
 * requirement values to its members, each member's own node scores, the
 * "who to help first" ranking and the aggregate's gap list.
 *
 * The formulas are stated in docs/scoring.md, section "Attribution and who to
 * help first"; the documents in docs/formats.md.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_ATTRIBUTION_H
#define BIG_ATTRIBUTION_H

#include <stdbool.h>
#include <stddef.h>

#include "aggregate.h"
#include "catalogue.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief Who holds the combined implementation score of one applicable
 * requirement: the members at the lowest score among those for which it is
 * scorable (all of them when tied; a missing member is not_assessed, s = 0).
 * Borrowed from its aggregate.
 */
typedef struct big_aggregate_attribution {
	const big_node *node; /**< the requirement */
	bool has_value;       /**< some member has it scorable: @p value and the holders exist */
	double value;         /**< the combined implementation score (the method's) */
	double minimum;       /**< the lowest member score, the holders' */
	bool has_next;        /**< another member than the holders has it scorable */
	double next;          /**< the lowest score of the members above the minimum (the
				 next-weakest level) */
	bool delegated;       /**< delegated to the collaboration (itself or a node above it) */
	size_t holder_count;  /**< members at the minimum */
	const char *const *holders; /**< their ids, in member order: use
				       big_aggregate_attribution_holder() */
} big_aggregate_attribution;

/**
 * @brief The scores of one node for one member on its own: a compact row of
 * the member × node matrix. Borrowed from its aggregate.
 */
typedef struct big_member_node_scores {
	bool has_implementation;  /**< whether implementation is a score */
	double implementation;    /**< the member's implementation score of the node */
	bool has_coverage;        /**< whether coverage and comply_or_explain exist */
	double coverage;          /**< its coverage */
	double comply_or_explain; /**< its comply-or-explain rate */
} big_member_node_scores;

/**
 * @brief One member in the "who to help first" ranking (docs/scoring.md).
 * Borrowed from its aggregate.
 */
typedef struct big_aggregate_rank {
	const char *member;        /**< the member's id */
	size_t index;              /**< its index, as in big_aggregate_report_member() */
	unsigned int requirements; /**< weakest: requirements it alone holds at the minimum;
				      mean, weighted mean, median: requirements where its score
				      is below the combined one */
	double rise_next;          /**< rise of the overall implementation score if it reached
				      the next level on them (weakest: the next-weakest member's
				      score; the others: the combined score) */
	double rise_full;          /**< rise if it were fully implemented (s = 1) on them */
} big_aggregate_rank;

/**
 * @brief One requirement where the aggregate falls short, with the members
 * responsible. Borrowed from its aggregate.
 */
typedef struct big_aggregate_gap {
	const big_node *node;           /**< the requirement */
	unsigned int kinds;             /**< BIG_GAP_IMPLEMENTATION (the combined comply-or-explain
					   value is below 1) and BIG_GAP_MATURITY (the combined
					   maturity is below the target) */
	double size;                    /**< gap size in [0,1], as a single organisation's */
	bool has_implementation;        /**< whether @p implementation exists */
	double implementation;          /**< the combined implementation score */
	bool has_maturity;              /**< whether @p maturity exists */
	double maturity;                /**< the combined maturity */
	const char *tag;                /**< its highest-priority tag under the profile, or NULL */
	bool delegated;                 /**< r or a node above it is delegated */
	size_t responsible_count;       /**< ids responsible */
	const char *const *responsible; /**< the members at the lowest value of what falls
					   short, in member order, the collaboration's id (once)
					   in the place of those whose value came from its own
					   result: use big_aggregate_gap_responsible() */
} big_aggregate_gap;

/** @brief Number of attributions: the applicable requirements, in catalogue order. */
BIG_EXPORT size_t big_aggregate_report_attribution_count(const big_aggregate_report *ag);

/** @brief Attribution @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_aggregate_attribution *
big_aggregate_report_attribution(const big_aggregate_report *ag, size_t i);

/**
 * @brief The attribution of requirement @p node (borrowed), or NULL when it
 * is not an applicable requirement of the aggregate's catalogue.
 */
BIG_EXPORT const big_aggregate_attribution *
big_aggregate_report_attribution_of(const big_aggregate_report *ag, const big_node *node);

/** @brief Id of holder @p i of @p a (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_aggregate_attribution_holder(const big_aggregate_attribution *a,
							size_t i);

/**
 * @brief A member's deviation from the combined value of a requirement: its
 * implementation score minus the combined one.
 *
 * @param out receives the deviation
 * @param ag the aggregate
 * @param member the member's index
 * @param node an applicable requirement
 * @return 0, BIG_EINVAL (a NULL argument), BIG_ERANGE (@p member out of
 *         range) or BIG_ENOTFOUND (@p node not an applicable requirement of
 *         the catalogue, or not scorable for that member)
 */
BIG_EXPORT int big_aggregate_report_member_deviation(double *out, const big_aggregate_report *ag,
						     size_t member, const big_node *node);

/**
 * @brief The scores of @p node for member @p member on its own (a missing
 * member: every requirement not_assessed; a nested collaboration: its
 * aggregated scores). Borrowed; NULL when out of range, when @p node belongs
 * to another catalogue or has no applicable requirement.
 */
BIG_EXPORT const big_member_node_scores *
big_aggregate_report_member_node(const big_aggregate_report *ag, size_t member,
				 const big_node *node);

/** @brief Number of ranked members: every member. */
BIG_EXPORT size_t big_aggregate_report_ranking_count(const big_aggregate_report *ag);

/**
 * @brief Rank @p i (borrowed), or NULL when out of range: by rise_next
 * descending, ties by member id (byte order).
 */
BIG_EXPORT const big_aggregate_rank *big_aggregate_report_ranking(const big_aggregate_report *ag,
								  size_t i);

/** @brief Number of the aggregate's gaps. */
BIG_EXPORT size_t big_aggregate_report_gap_count(const big_aggregate_report *ag);

/** @brief Gap @p i (borrowed) in the order of a report's gaps, or NULL when out of range. */
BIG_EXPORT const big_aggregate_gap *big_aggregate_report_gap(const big_aggregate_report *ag,
							     size_t i);

/** @brief Id responsible @p i of @p g (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_aggregate_gap_responsible(const big_aggregate_gap *g, size_t i);

/**
 * @brief Writes the ranking as CSV (RFC 4180). Columns: rank, member,
 * requirements, rise_next, rise_full (docs/formats.md).
 *
 * @param out receives NUL-terminated CSV text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param ag the aggregate
 * @param flags BIG_CSV_BOM, BIG_CSV_SAFE or 0
 * @return 0, BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_aggregate_report_ranking_to_csv(char **out, size_t *len,
						   const big_aggregate_report *ag,
						   unsigned int flags);

/**
 * @brief Writes the aggregate's gaps as CSV (RFC 4180), in gap order.
 * Columns: rank, id, title, kinds, size, implementation, maturity, tag,
 * delegated, responsible (ids joined by `|`; docs/formats.md).
 *
 * @param out receives NUL-terminated CSV text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param ag the aggregate
 * @param flags BIG_CSV_BOM, BIG_CSV_SAFE or 0
 * @return 0, BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_aggregate_report_gaps_to_csv(char **out, size_t *len,
						const big_aggregate_report *ag, unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif /* BIG_ATTRIBUTION_H */
