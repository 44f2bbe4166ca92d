/*
 * libbig — the trend of a collaboration: two aggregates of the same
 * collaboration (two periods) compared, node by node, requirement by
 * requirement and member by member, with the effect of the members who
 * joined or left apart.
 *
 * The definitions are in docs/scoring.md, "The trend of a collaboration";
 * the document in docs/formats.md (`libbig.trend`).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_TREND_H
#define BIG_TREND_H

#include <stdbool.h>
#include <stddef.h>

#include "aggregate.h"
#include "catalogue.h"
#include "common.h"
#include "compare.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Opaque handle to the trend between two aggregates of one collaboration. */
typedef struct big_trend big_trend;

/**
 * @brief How one member's own value of one requirement changed between the
 * two aggregates. Borrowed from its trend.
 */
typedef struct big_member_change {
	const char *member;   /**< the member's id */
	bool scorable_before; /**< its value counted in the implementation score before */
	bool scorable_after;  /**< its value counts in the implementation score after */
	double before;        /**< its implementation value s before (0 when not scorable) */
	double after;         /**< its implementation value s after (0 when not scorable) */
	double change;        /**< after − before when both are scorable, else 0 */
} big_member_change;

/**
 * @brief One requirement of the trend: its combined value on both sides,
 * its share of the change of the flat overall score, the part of the
 * change of its combined value that the members who joined or left make,
 * and the members whose own value changed. Borrowed from its trend.
 */
typedef struct big_requirement_trend {
	const big_node *node; /**< the requirement */
	bool scorable_before; /**< its combined value counted in the implementation score before */
	bool scorable_after;  /**< its combined value counts in the implementation score after */
	double before;        /**< its combined implementation value before (0 when not scorable) */
	double after;         /**< its combined implementation value after (0 when not scorable) */
	double contribution;  /**< its share of the change of the flat overall score, as
				 big_contribution's (docs/scoring.md, "Comparison") */
	bool has_effects;     /**< the four combined values below are defined (docs/scoring.md) */
	double stayers; /**< S_after − S_before: the change among the members of both sides */
	double joiners; /**< A_after − S_after: the effect of the members who joined */
	double leavers; /**< S_before − A_before: the effect of the members who left */
	size_t change_count;              /**< number of members whose own value changed */
	const big_member_change *changes; /**< those, by big_trend_contribution_change() */
} big_requirement_trend;

/**
 * @brief One member of either aggregate: whether it is a member of each,
 * and its own overall implementation on each side. Borrowed from its trend.
 */
typedef struct big_member_trend {
	const char *id;      /**< the member's id */
	bool in_before;      /**< a member of the before aggregate (missing ones included) */
	bool in_after;       /**< a member of the after aggregate (missing ones included) */
	bool missing_before; /**< listed before but without an assessment */
	bool missing_after;  /**< listed after but without an assessment */
	bool has_before;     /**< it has its own overall implementation before */
	bool has_after;      /**< it has its own overall implementation after */
	double before;       /**< its own overall implementation before (0 without) */
	double after;        /**< its own overall implementation after (0 without) */
	double change;       /**< after − before when it has both, else 0 */
	size_t requirements_changed; /**< requirements on which its own value changed (a
					member of both sides; 0 for the others) */
} big_member_trend;

/**
 * @brief The change of the overall implementation score of the aggregate,
 * split into the change among the members of both sides and the effects of
 * the members who joined and who left (docs/scoring.md, "The trend of a
 * collaboration"): change = stayers + joiners + leavers.
 */
typedef struct big_trend_effects {
	bool has_effects; /**< both aggregates and both aggregates over the members of both
			     sides have an overall implementation score */
	double change;    /**< A_after − A_before */
	double stayers;   /**< S_after − S_before */
	double joiners;   /**< A_after − S_after */
	double leavers;   /**< S_before − A_before */
	size_t stayed;    /**< members of both aggregates */
	size_t joined;    /**< members of the after aggregate only */
	size_t left;      /**< members of the before aggregate only */
} big_trend_effects;

/**
 * @brief Compares two aggregates of the same collaboration, e.g. of two
 * periods (docs/scoring.md, "The trend of a collaboration").
 *
 * Both must be made for the same catalogue (its fingerprint), with the same
 * method, roll-up, target and profile, and of the same collaboration (the
 * same id; two aggregates made by big_aggregate() have none and may be
 * compared too). Members are matched by id. The trend keeps both
 * aggregates alive (a reference to each).
 *
 * @param out receives the new trend, owned by the caller (free it with
 *        big_trend_free()); left NULL on failure
 * @param before the earlier aggregate
 * @param after the later aggregate
 * @return 0, BIG_EINVAL (a NULL argument), BIG_EMISMATCH (another
 *         catalogue, method, roll-up, target, profile or collaboration: the
 *         message names both) or BIG_ENOMEM
 */
BIG_EXPORT int big_trend_new(big_trend **out, const big_aggregate_report *before,
			     const big_aggregate_report *after);

/** @brief Frees a trend (and its references to the aggregates). NULL is a no-op. */
BIG_EXPORT void big_trend_free(big_trend *t);

/** @brief The before aggregate (borrowed from the trend). */
BIG_EXPORT const big_aggregate_report *big_trend_before(const big_trend *t);

/** @brief The after aggregate (borrowed from the trend). */
BIG_EXPORT const big_aggregate_report *big_trend_after(const big_trend *t);

/**
 * @brief The before aggregate recomputed over the members of both sides
 * only (S_before; the before aggregate itself when nobody left). Borrowed;
 * NULL when no member is on both sides.
 */
BIG_EXPORT const big_aggregate_report *big_trend_stayers_before(const big_trend *t);

/**
 * @brief The after aggregate recomputed over the members of both sides only
 * (S_after; the after aggregate itself when nobody joined). Borrowed; NULL
 * when no member is on both sides.
 */
BIG_EXPORT const big_aggregate_report *big_trend_stayers_after(const big_trend *t);

/** @brief Change of the overall aggregated scores (borrowed, never NULL). */
BIG_EXPORT const big_delta *big_trend_overall(const big_trend *t);

/**
 * @brief Change of the aggregated scores of one node.
 * @return the change (borrowed), or NULL when @p node belongs to another catalogue
 */
BIG_EXPORT const big_delta *big_trend_node(const big_trend *t, const big_node *node);

/** @brief The split of the change of the overall implementation (borrowed, never NULL). */
BIG_EXPORT const big_trend_effects *big_trend_effects_overall(const big_trend *t);

/**
 * @brief Number of listed requirements: every applicable requirement whose
 * contribution is not zero, whose combined value or scorability changed, or
 * on which a member's own value changed.
 */
BIG_EXPORT size_t big_trend_contribution_count(const big_trend *t);

/**
 * @brief Requirement @p i, ordered by the absolute contribution descending,
 * then catalogue order (borrowed), or NULL when out of range.
 */
BIG_EXPORT const big_requirement_trend *big_trend_contribution(const big_trend *t, size_t i);

/**
 * @brief Member change @p j of requirement @p x: the members of both sides
 * whose own value changed, by the absolute change descending, then by id
 * (borrowed), or NULL when out of range.
 */
BIG_EXPORT const big_member_change *big_trend_contribution_change(const big_requirement_trend *x,
								  size_t j);

/**
 * @brief The sum of the contributions of all applicable requirements: the
 * change of the flat overall implementation score of the aggregate, as
 * big_comparison_flat_delta().
 */
BIG_EXPORT double big_trend_flat_delta(const big_trend *t);

/**
 * @brief Number of members of either aggregate: the after aggregate's in
 * its order, then those only in the before aggregate in theirs.
 */
BIG_EXPORT size_t big_trend_member_count(const big_trend *t);

/** @brief Member @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_member_trend *big_trend_member(const big_trend *t, size_t i);

/**
 * @brief Writes the trend as a `libbig.trend` document (docs/formats.md).
 * Deterministic, whatever the platform or the process locale.
 *
 * @param out receives NUL-terminated JSON text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param t the trend
 * @param flags BIG_JSON_COMPACT or 0
 * @return 0, BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_trend_to_json(char **out, size_t *len, const big_trend *t, unsigned int flags);

/**
 * @brief Writes the trend's requirements as CSV (RFC 4180): one row per
 * listed requirement and member whose own value changed, and one per listed
 * requirement without such a member. Columns: id, kind, title, depth,
 * before, after, contribution, stayers, joiners, leavers, member,
 * member_before, member_after, member_change (docs/formats.md).
 *
 * @param out receives NUL-terminated CSV text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param t the trend
 * @param flags BIG_CSV_BOM, BIG_CSV_SAFE or 0
 * @return 0, BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_trend_to_csv(char **out, size_t *len, const big_trend *t, unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif /* BIG_TREND_H */
