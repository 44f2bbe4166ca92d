/*
 * libbig — comparing two assessments of the same catalogue: two years of
 * one municipality, or a municipality and a peer.
 *
 * The attribution of the change to requirements is stated in
 * docs/scoring.md ("Comparison").
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_COMPARE_H
#define BIG_COMPARE_H

#include <stdbool.h>

#include "assessment.h"
#include "catalogue.h"
#include "common.h"
#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Opaque handle to the comparison of two assessments. */
typedef struct big_comparison big_comparison;

/**
 * @brief The change of the scores of one node (or of the whole assessment):
 * after − before.
 *
 * A `has_` flag is true only when both sides have that score (see
 * big_scores); the value is then the difference, else 0.
 */
typedef struct big_delta {
	bool has_implementation;  /**< both sides have an implementation score */
	double implementation;    /**< change of the implementation score */
	bool has_maturity;        /**< both sides have a mean maturity */
	double maturity_mean;     /**< change of the weighted mean maturity level */
	bool has_coverage;        /**< both sides have coverage and comply-or-explain */
	double coverage;          /**< change of the coverage */
	double comply_or_explain; /**< change of the comply-or-explain rate */
	int applicable;           /**< change of the number of applicable requirements */
	bool has_demonstration;   /**< both sides have opzet, bestaan and werking */
	double opzet;             /**< change of the share with the opzet demonstrated */
	double bestaan;           /**< change of the share with the bestaan demonstrated */
	double werking;           /**< change of the share with the werking demonstrated */
} big_delta;

/**
 * @brief What one requirement contributes to the change of the flat overall
 * implementation score (docs/scoring.md, "Comparison"). Borrowed from its
 * comparison.
 */
typedef struct big_contribution {
	const big_node *node; /**< the requirement (a node of the before catalogue) */
	big_status before;    /**< its status before */
	big_status after;     /**< its status after */
	bool scorable_before; /**< whether it counted in the implementation score before */
	bool scorable_after;  /**< whether it counts in the implementation score after */
	double contribution;  /**< its share of the change of the flat overall score */
} big_contribution;

/**
 * @brief Compares two assessments of the same catalogue.
 *
 * Both assessments are scored with the same options, so with the same
 * roll-up, profile and target. An option left unset (`profile` NULL, `target`
 * -1) is taken from the assessments when they agree on it; when they do not,
 * the comparison fails with BIG_EMISMATCH and the caller must choose it in
 * @p opts.
 *
 * @param out receives the new comparison, owned by the caller (free it with
 *        big_comparison_free()); left NULL on failure. It keeps the
 *        catalogues alive, not the assessments.
 * @param before the earlier assessment (or the reference one)
 * @param after the later assessment (or the one compared with it)
 * @param opts options of scoring, or NULL for the defaults
 * @return 0, BIG_EINVAL (a NULL argument, bad options), BIG_EMISMATCH (the
 *         assessments are made for different catalogues, or disagree on an
 *         unset option), BIG_ERANGE (target), BIG_ENOTFOUND (no such profile)
 *         or BIG_ENOMEM
 */
BIG_EXPORT int big_compare(big_comparison **out, const big_assessment *before,
			   const big_assessment *after, const big_score_options *opts);

/** @brief Frees a comparison and its reports. NULL is a no-op. */
BIG_EXPORT void big_comparison_free(big_comparison *c);

/** @brief The report of the before assessment (borrowed from the comparison). */
BIG_EXPORT const big_report *big_comparison_before(const big_comparison *c);

/** @brief The report of the after assessment (borrowed from the comparison). */
BIG_EXPORT const big_report *big_comparison_after(const big_comparison *c);

/** @brief Change of the overall scores (borrowed, never NULL). */
BIG_EXPORT const big_delta *big_comparison_overall(const big_comparison *c);

/**
 * @brief Change of the scores of one node.
 * @param c the comparison
 * @param node a node of the catalogue of either assessment
 * @return the change (borrowed), or NULL when @p node belongs to another
 *         catalogue
 */
BIG_EXPORT const big_delta *big_comparison_node(const big_comparison *c, const big_node *node);

/**
 * @brief Number of listed contributions: every applicable requirement whose
 * contribution is not zero, or whose status or scorability changed.
 */
BIG_EXPORT size_t big_comparison_contribution_count(const big_comparison *c);

/**
 * @brief Contribution @p i, ordered by the absolute contribution descending,
 * then catalogue order (borrowed), or NULL when out of range.
 */
BIG_EXPORT const big_contribution *big_comparison_contribution(const big_comparison *c, size_t i);

/**
 * @brief The sum of the contributions of all applicable requirements, in
 * catalogue order, with compensated (Kahan–Neumaier) summation.
 *
 * Mathematically it is the change of the flat overall implementation score
 * (a side without a flat score counts as 0); in floating point it agrees
 * with the difference of the two flat scores to a few units in the last
 * place. Under the hierarchical and weakest roll-ups the node deltas differ
 * from it: the contributions always attribute the flat score.
 */
BIG_EXPORT double big_comparison_flat_delta(const big_comparison *c);

/**
 * @brief Writes the comparison as a `libbig.comparison` document
 * (docs/formats.md).
 *
 * The output is deterministic and does not depend on the process locale.
 *
 * @param out receives NUL-terminated JSON text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param c the comparison
 * @param flags BIG_JSON_COMPACT or 0
 * @return 0, BIG_EINVAL (a NULL argument) or BIG_ENOMEM
 */
BIG_EXPORT int big_comparison_to_json(char **out, size_t *len, const big_comparison *c,
				      unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif /* BIG_COMPARE_H */
