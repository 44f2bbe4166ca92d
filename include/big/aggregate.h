/*
 * libbig — many organisations: aggregation across organisations (a
 * collaboration, a province, the country) and distributions of their scores
 * with the publication guard.
 *
 * The formulas are stated in docs/scoring.md, sections "Aggregation" and
 * "Distributions and the publication guard"; the documents in docs/formats.md.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_AGGREGATE_H
#define BIG_AGGREGATE_H

#include <stdbool.h>

#include "assessment.h"
#include "catalogue.h"
#include "collaboration.h"
#include "common.h"
#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Opaque handle to an aggregate of several assessments. */
typedef struct big_aggregate_report big_aggregate_report;
/** @brief Opaque handle to the distribution of the scores of several reports. */
typedef struct big_distribution big_distribution;

/**
 * @brief How the requirement scores of the organisations are combined. The
 * values are part of the ABI.
 */
typedef enum big_aggregate_method {
	BIG_AGGREGATE_WEAKEST = 0,       /**< "weakest": minimum, as strong as the weakest member */
	BIG_AGGREGATE_MEAN = 1,          /**< "mean": arithmetic mean */
	BIG_AGGREGATE_WEIGHTED_MEAN = 2, /**< "weighted_mean": Σ wᵢ·sᵢ / Σ wᵢ */
	BIG_AGGREGATE_MEDIAN = 3         /**< "median": middle value; the mean of the two middle
					    ones for an even count */
} big_aggregate_method;

/**
 * @brief Number of aggregation methods: they are 0 … BIG_AGGREGATE_METHOD_COUNT - 1.
 * A macro, so that a switch over big_aggregate_method stays complete.
 */
#define BIG_AGGREGATE_METHOD_COUNT 4

/**
 * @brief Document name of a method ("weakest", "mean", "weighted_mean",
 * "median"), or NULL for a value that is not a big_aggregate_method.
 */
BIG_EXPORT const char *big_aggregate_method_name(big_aggregate_method method);

/**
 * @brief Parses a method name.
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_aggregate_method_from_name(big_aggregate_method *out, const char *name);

/** @brief Current version of big_aggregate_options. */
#define BIG_AGGREGATE_OPTIONS_VERSION 3

/** @brief Options for big_aggregate(). Initialise with BIG_AGGREGATE_OPTIONS_INIT. */
typedef struct big_aggregate_options {
	unsigned int version;        /**< BIG_AGGREGATE_OPTIONS_VERSION */
	big_aggregate_method method; /**< per requirement, over the organisations */
	/** BIG_AGGREGATE_WEIGHTED_MEAN: one weight (finite, > 0) per assessment, in order */
	const double *weights;
	/** BIG_AGGREGATE_WEIGHTED_MEAN, when @p weights is NULL: the organisation
	 * attribute that is the weight (e.g. "inhabitants"; finite, > 0) */
	const char *weight_attribute;
	big_rollup rollup;   /**< roll-up of the aggregated requirement scores */
	int target;          /**< target maturity, as in big_score_options; -1: the catalogue's */
	const char *profile; /**< as in big_score_options; NULL: the profile the
				  assessments agree on (they must) */
	const char *const *expected_members; /**< organisation ids expected, or NULL */
	size_t expected_member_count;        /**< number of @p expected_members */
	/** BIG_AGGREGATE_WEIGHTED_MEAN: the weight of each expected member (parallel
	 * to @p expected_members), used for those that are missing; NULL: a
	 * missing member under a weighted mean is an error */
	const double *expected_weights;
	/** only the assessments of this period take part (the others are ignored,
	 * as if absent); NULL: all take part and must share one period */
	const char *period;
	/** language of the node titles in the aggregate's outputs (its JSON,
	 * which records it in `options`, and its CSV), as in big_score_options;
	 * NULL or "": the default titles. Since version 2 */
	const char *lang;
	/** big_aggregate_collaboration(): count the organisations of nested
	 * collaborations as members themselves, each once, with its weight and
	 * effective assessment from the collaboration that directly contains it
	 * (docs/scoring.md, "Flattened nesting"); false: a nested collaboration
	 * is one member. No effect on big_aggregate(). Recorded in the JSON
	 * `options` (`flatten`). Since version 3 */
	bool flatten;
	/** publication guard: a figure over fewer than k organisations (n of
	 * big_aggregate_scores) is withheld, and so is every member's own
	 * overall score over fewer than k (docs/scoring.md, "The publication
	 * guard of an aggregate"); 0 (the default) or 1: no guard. Since version 3 */
	unsigned int k;
} big_aggregate_options;

/** @brief Static initialiser for big_aggregate_options. */
#define BIG_AGGREGATE_OPTIONS_INIT                                                          \
	{                                                                                   \
		BIG_AGGREGATE_OPTIONS_VERSION, BIG_AGGREGATE_WEAKEST, NULL, NULL,           \
		    BIG_ROLLUP_HIERARCHICAL, -1, NULL, NULL, 0, NULL, NULL, NULL, false, 0u \
	}

/**
 * @brief The aggregated score of one node (or of the whole aggregate).
 * Borrowed from its aggregate.
 */
typedef struct big_aggregate_scores {
	unsigned int applicable; /**< applicable requirements beneath the node (same for all) */
	unsigned int n;          /**< organisations with a scorable requirement beneath the node */
	bool has_implementation; /**< whether implementation is a score */
	double implementation;   /**< aggregated implementation score in [0,1] */
	bool has_maturity;       /**< whether maturity_mean and attained_level exist */
	double maturity_mean;    /**< weighted mean of the aggregated requirement maturities */
	int attained_level;      /**< highest level every aggregated scorable requirement reaches */
	bool has_coverage;       /**< whether coverage and comply_or_explain exist */
	double coverage;         /**< share of the requirements assessed, aggregated */
	double comply_or_explain; /**< share implemented or properly explained, aggregated */
	bool has_demonstration;   /**< whether opzet, bestaan and werking exist */
	double opzet;             /**< share with the opzet (design) demonstrated, aggregated */
	double bestaan; /**< share with the bestaan (existence) demonstrated, aggregated */
	double werking; /**< share with the werking (operation) demonstrated, aggregated */
	/** withheld by the publication guard (big_aggregate_options.k): 1 < k and
	 * n < k; then every has_ flag is false and the figures are 0, while n and
	 * applicable are published. Appended last, so that the fields above
	 * keep their places */
	bool suppressed;
} big_aggregate_scores;

/**
 * @brief Aggregates the assessments of several organisations.
 *
 * Every assessment is scored with the profile and target of the options;
 * per applicable requirement the scores s of the organisations for which it
 * is scorable are combined by the method, and the aggregated requirement
 * scores are rolled up over the catalogue as in a report. An expected member
 * without an assessment is listed as missing and counts as an organisation
 * whose every requirement is not_assessed (s = 0).
 *
 * @param out receives the new aggregate, owned by the caller (free it with
 *        big_aggregate_report_free())
 * @param assessments the assessments, at least one, all of the same catalogue
 * @param count number of assessments
 * @param opts options, or NULL for the defaults
 * @return 0, BIG_EINVAL (bad arguments or options, no weights for a weighted
 *         mean, no assessment of the period), BIG_EDUPLICATE (two assessments
 *         of one organisation), BIG_EMISMATCH (different catalogues; profiles
 *         or periods that differ while the options name none), BIG_ENOTFOUND
 *         (no such profile; an organisation without the weight attribute; a
 *         missing member without a weight), BIG_ERANGE (a weight not finite
 *         and > 0, weights whose sum is too large, target out of range) or
 *         BIG_ENOMEM
 */
BIG_EXPORT int big_aggregate(big_aggregate_report **out, const big_assessment *const *assessments,
			     size_t count, const big_aggregate_options *opts);

/**
 * @brief Aggregates a collaboration over its members, nested collaborations
 * included (docs/scoring.md, "Aggregating a collaboration").
 *
 * Every member of @p c is looked up by its id: first among @p collaborations
 * (a nested collaboration, aggregated in turn with the same options, which
 * then enters as one member), then among the organisations of
 * @p assessments. An organisation member enters with its effective assessment
 * (big_effective_assessment()): the collaboration's own assessment — the one
 * in @p assessments whose organisation id is the collaboration's id, if any —
 * supplies the delegated requirements under the collaboration's policy. A
 * member found in neither pool is missing and counts as an organisation
 * whose every requirement is not_assessed. The members come in document
 * order, the missing ones last.
 *
 * Options as for big_aggregate(), except: @p weights and @p expected_members
 * must not be given (the members and their weights come from the
 * collaboration documents); BIG_AGGREGATE_WEIGHTED_MEAN weighs by the member
 * weights of the documents, or by @p weight_attribute when it is set (a
 * nested collaboration weighs the sum of its members' weights). When the
 * options name no profile, the member assessments used must agree on one;
 * when they name no period, on their period. A collaboration reached along
 * several paths is aggregated once and shared.
 *
 * @param out receives the new aggregate, owned by the caller (free it with
 *        big_aggregate_report_free())
 * @param c the collaboration to aggregate
 * @param collaborations pool of collaborations for nested members (may
 *        include @p c), or NULL when @p collaboration_count is 0
 * @param collaboration_count number of @p collaborations
 * @param assessments pool of assessments, at most one per organisation, or
 *        NULL when @p count is 0
 * @param count number of @p assessments
 * @param opts options, or NULL for the defaults
 * @return 0, BIG_EINVAL (bad arguments or options), BIG_EDUPLICATE (two
 *         assessments of one organisation in the period, two collaborations
 *         with one id), BIG_EMISMATCH (another catalogue; profiles or periods
 *         that differ while the options name none), BIG_ESCHEMA (a
 *         collaboration is a member of itself, directly or through others:
 *         the message names the cycle), BIG_ELIMIT (nested deeper than 32),
 *         BIG_ENOTFOUND (no such profile; a member without the weight
 *         attribute), BIG_ERANGE or BIG_ENOMEM
 */
BIG_EXPORT int big_aggregate_collaboration(big_aggregate_report **out, const big_collaboration *c,
					   const big_collaboration *const *collaborations,
					   size_t collaboration_count,
					   const big_assessment *const *assessments, size_t count,
					   const big_aggregate_options *opts);

/** @brief Frees an aggregate. NULL is a no-op. */
BIG_EXPORT void big_aggregate_report_free(big_aggregate_report *ag);

/** @brief The catalogue of the aggregate (borrowed). */
BIG_EXPORT const big_catalogue *big_aggregate_report_catalogue(const big_aggregate_report *ag);

/** @brief The method of the aggregate. */
BIG_EXPORT big_aggregate_method big_aggregate_report_method(const big_aggregate_report *ag);

/**
 * @brief The language of the node titles in the aggregate's outputs
 * (big_aggregate_options.lang), "" for the default titles. Borrowed; use it
 * with big_node_title_lang().
 */
BIG_EXPORT const char *big_aggregate_report_lang(const big_aggregate_report *ag);

/**
 * @brief The id of the aggregated collaboration (borrowed), or NULL for an
 * aggregate made by big_aggregate().
 */
BIG_EXPORT const char *big_aggregate_report_id(const big_aggregate_report *ag);

/**
 * @brief Whether the aggregated collaboration's own assessment was in the
 * pool, supplying its members' delegated requirements. When it was not,
 * every delegated requirement is not_assessed under the policies
 * `collaboration` and `worst` (docs/scoring.md). false for an aggregate made
 * by big_aggregate().
 */
BIG_EXPORT bool big_aggregate_report_collaboration_assessed(const big_aggregate_report *ag);

/**
 * @brief The k of the publication guard (big_aggregate_options.k; 0 for a
 * struct before version 3): with k > 1 a figure over fewer than k
 * organisations is withheld (big_aggregate_scores.suppressed).
 */
BIG_EXPORT unsigned int big_aggregate_report_k(const big_aggregate_report *ag);

/**
 * @brief Whether the organisations of nested collaborations are members of
 * the aggregate themselves (big_aggregate_options.flatten, for
 * big_aggregate_collaboration()); false for big_aggregate().
 */
BIG_EXPORT bool big_aggregate_report_flattened(const big_aggregate_report *ag);

/** @brief Number of organisations: the assessments plus the missing members. */
BIG_EXPORT size_t big_aggregate_report_member_count(const big_aggregate_report *ag);

/**
 * @brief Id of organisation @p i (borrowed), NULL when out of range: for
 * big_aggregate() the assessments in order, then the missing members in the
 * order they were expected; for a collaboration its members in document
 * order, the missing ones last.
 */
BIG_EXPORT const char *big_aggregate_report_member(const big_aggregate_report *ag, size_t i);

/**
 * @brief Weight of organisation @p i under BIG_AGGREGATE_WEIGHTED_MEAN (1
 * under the other methods); 0 when out of range.
 */
BIG_EXPORT double big_aggregate_report_member_weight(const big_aggregate_report *ag, size_t i);

/**
 * @brief Whether organisation @p i is an expected member without an
 * assessment (the missing come last; they count as not_assessed); false
 * when out of range.
 */
BIG_EXPORT bool big_aggregate_report_member_missing(const big_aggregate_report *ag, size_t i);

/**
 * @brief The nested aggregate of member @p i when that member is a
 * collaboration (borrowed, lives as long as @p ag), else NULL.
 */
BIG_EXPORT const big_aggregate_report *
big_aggregate_report_member_nested(const big_aggregate_report *ag, size_t i);

/**
 * @brief The overall scores of member @p i on its own: the overall scores of
 * its (effective) assessment's report with n = 1 (0 when nothing is
 * scorable), or a nested collaboration's aggregated overall scores; NULL for
 * a missing member or when out of range. Borrowed.
 */
BIG_EXPORT const big_aggregate_scores *
big_aggregate_report_member_overall(const big_aggregate_report *ag, size_t i);

/** @brief Number of expected members without an assessment. */
BIG_EXPORT size_t big_aggregate_report_missing_count(const big_aggregate_report *ag);

/** @brief Id of missing member @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_aggregate_report_missing(const big_aggregate_report *ag, size_t i);

/** @brief The aggregated scores of the whole catalogue (borrowed, never NULL). */
BIG_EXPORT const big_aggregate_scores *big_aggregate_report_overall(const big_aggregate_report *a);

/**
 * @brief The aggregated scores of one node.
 * @return the scores (borrowed), or NULL when @p node belongs to another catalogue
 */
BIG_EXPORT const big_aggregate_scores *big_aggregate_report_node(const big_aggregate_report *ag,
								 const big_node *node);

/**
 * @brief The aggregated scores of the node with id @p id.
 * @return the scores (borrowed), or NULL when the catalogue has no such node
 */
BIG_EXPORT const big_aggregate_scores *big_aggregate_report_find(const big_aggregate_report *ag,
								 const char *id);

/**
 * @brief Writes the aggregate as a `libbig.aggregate` document
 * (docs/formats.md). Deterministic, whatever the platform or the process locale.
 *
 * @param out receives NUL-terminated JSON text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param ag the aggregate
 * @param flags BIG_JSON_COMPACT or 0
 * @return 0, BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_aggregate_report_to_json(char **out, size_t *len, const big_aggregate_report *ag,
					    unsigned int flags);

/**
 * @brief Writes the aggregated scores as CSV (RFC 4180), as
 * big_report_to_csv() does: a row for the whole aggregate, then one per node
 * with applicable requirements. Columns: id, kind, title, depth,
 * implementation, maturity_mean, attained_level, coverage,
 * comply_or_explain, n, applicable (docs/formats.md).
 *
 * @param out receives NUL-terminated CSV text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param ag the aggregate
 * @param flags BIG_CSV_BOM, BIG_CSV_SAFE or 0
 * @return 0, BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_aggregate_report_to_csv(char **out, size_t *len, const big_aggregate_report *ag,
					   unsigned int flags);

/** @brief Current version of big_distribution_options. */
#define BIG_DISTRIBUTION_OPTIONS_VERSION 1

/** @brief Options for big_distribution(). Initialise with BIG_DISTRIBUTION_OPTIONS_INIT. */
typedef struct big_distribution_options {
	unsigned int version; /**< BIG_DISTRIBUTION_OPTIONS_VERSION */
	/** publication guard: a statistic over fewer than k organisations is
	 * suppressed (default 5; 0 or 1: no guard) */
	unsigned int k;
} big_distribution_options;

/** @brief Static initialiser for big_distribution_options. */
#define BIG_DISTRIBUTION_OPTIONS_INIT                \
	{                                            \
		BIG_DISTRIBUTION_OPTIONS_VERSION, 5u \
	}

/**
 * @brief Summary statistics of one score over the organisations that have
 * it. Quartiles by linear interpolation between closest ranks (R-7, Excel
 * PERCENTILE.INC). Borrowed from its distribution.
 */
typedef struct big_statistics {
	unsigned int n;  /**< organisations that have the score */
	bool suppressed; /**< 0 < n < k: withheld by the publication guard */
	bool available;  /**< n > 0 and not suppressed: the values below are figures */
	double min;      /**< smallest value */
	double q1;       /**< first quartile */
	double median;   /**< second quartile */
	double q3;       /**< third quartile */
	double max;      /**< largest value */
	double mean;     /**< arithmetic mean */
} big_statistics;

/** @brief The distribution of the scores of one node. Borrowed from its distribution. */
typedef struct big_distribution_scores {
	big_statistics implementation;    /**< of the implementation scores */
	big_statistics coverage;          /**< of the coverages */
	big_statistics comply_or_explain; /**< of the comply-or-explain rates */
} big_distribution_scores;

/**
 * @brief The distribution of the scores of several reports (organisations).
 *
 * @param out receives the new distribution, owned by the caller (free it
 *        with big_distribution_free())
 * @param reports the reports, at least one, of the same catalogue, roll-up and profile
 * @param count number of reports
 * @param opts options, or NULL for the defaults
 * @return 0, BIG_EINVAL, BIG_EMISMATCH (different catalogues, roll-ups or
 *         profiles) or BIG_ENOMEM
 */
BIG_EXPORT int big_distribution_new(big_distribution **out, const big_report *const *reports,
				    size_t count, const big_distribution_options *opts);

/** @brief Frees a distribution. NULL is a no-op. */
BIG_EXPORT void big_distribution_free(big_distribution *d);

/** @brief The catalogue of the distribution (borrowed). */
BIG_EXPORT const big_catalogue *big_distribution_catalogue(const big_distribution *d);

/** @brief Number of organisations (reports). */
BIG_EXPORT size_t big_distribution_count(const big_distribution *d);

/** @brief The k of the publication guard. */
BIG_EXPORT unsigned int big_distribution_k(const big_distribution *d);

/**
 * @brief The language of the node titles in the distribution's outputs:
 * that of its first report (big_report_lang()), "" for the default titles.
 * Borrowed; use it with big_node_title_lang().
 */
BIG_EXPORT const char *big_distribution_lang(const big_distribution *d);

/** @brief The distribution of the overall scores (borrowed, never NULL). */
BIG_EXPORT const big_distribution_scores *big_distribution_overall(const big_distribution *d);

/**
 * @brief The distribution of the scores of one node.
 * @return borrowed, or NULL when @p node belongs to another catalogue
 */
BIG_EXPORT const big_distribution_scores *big_distribution_node(const big_distribution *d,
								const big_node *node);

/**
 * @brief The distribution of the scores of the node with id @p id.
 * @return borrowed, or NULL when the catalogue has no such node
 */
BIG_EXPORT const big_distribution_scores *big_distribution_find(const big_distribution *d,
								const char *id);

/**
 * @brief Percentile rank of an implementation score among the organisations
 * that have one for @p node: 100 · (below + equal / 2) / n, with below the
 * number of organisations strictly below @p value and equal those equal to it.
 *
 * @param out receives the rank in [0, 100]
 * @param d the distribution
 * @param node the node, or NULL for the overall score
 * @param value the implementation score, e.g. one organisation's
 * @return 0, BIG_EINVAL (@p out NULL or @p value not a number),
 *         BIG_ENOTFOUND (@p node of another catalogue) or BIG_ERANGE
 *         (no organisation has the score, or fewer than k: suppressed)
 */
BIG_EXPORT int big_distribution_percentile_rank(double *out, const big_distribution *d,
						const big_node *node, double value);

/**
 * @brief The scores a distribution describes, in the order its documents
 * list them. The values are part of the ABI.
 */
typedef enum big_distribution_score {
	BIG_DISTRIBUTION_IMPLEMENTATION = 0,   /**< "implementation": the implementation score */
	BIG_DISTRIBUTION_COVERAGE = 1,         /**< "coverage": the share assessed */
	BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN = 2 /**< "comply_or_explain": the share implemented
						  or properly explained */
} big_distribution_score;

/**
 * @brief Number of distribution scores: they are 0 … BIG_DISTRIBUTION_SCORE_COUNT - 1.
 * A macro, so that a switch over big_distribution_score stays complete.
 */
#define BIG_DISTRIBUTION_SCORE_COUNT 3

/**
 * @brief Document name of a distribution score ("implementation",
 * "coverage", "comply_or_explain": the keys of a `libbig.distribution`
 * document, the `score` column of its CSV), or NULL for a value that is not
 * a big_distribution_score.
 */
BIG_EXPORT const char *big_distribution_score_name(big_distribution_score score);

/**
 * @brief Parses a distribution score name.
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_distribution_score_from_name(big_distribution_score *out, const char *name);

/**
 * @brief Percentile rank of a value of score @p score among the
 * organisations that have that score for @p node: 100 · (below + equal / 2)
 * / n, as big_distribution_percentile_rank() (which is this function for
 * BIG_DISTRIBUTION_IMPLEMENTATION). Coverage and comply-or-explain exist for
 * every organisation with an applicable requirement beneath the node, so
 * their n may exceed the implementation score's.
 *
 * @param out receives the rank in [0, 100]
 * @param d the distribution
 * @param node the node, or NULL for the overall score
 * @param score which score @p value is of
 * @param value the score, e.g. one organisation's coverage
 * @return 0, BIG_EINVAL (@p out NULL, @p value not a number, @p score not a
 *         big_distribution_score), BIG_ENOTFOUND (@p node of another
 *         catalogue) or BIG_ERANGE (no organisation has the score, or fewer
 *         than k: suppressed)
 */
BIG_EXPORT int big_distribution_percentile_rank_score(double *out, const big_distribution *d,
						      const big_node *node,
						      big_distribution_score score, double value);

/**
 * @brief Writes the distribution as a `libbig.distribution` document
 * (docs/formats.md); suppressed statistics are null. Deterministic, whatever
 * the platform or the process locale.
 *
 * @param out receives NUL-terminated JSON text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param d the distribution
 * @param flags BIG_JSON_COMPACT or 0
 * @return 0, BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_distribution_to_json(char **out, size_t *len, const big_distribution *d,
					unsigned int flags);

/**
 * @brief Writes the distribution as CSV (RFC 4180): one row per node (the
 * overall first) and score. Columns: id, kind, title, depth, score, n,
 * suppressed, min, q1, median, q3, max, mean; a statistic that is not
 * available is an empty field (docs/formats.md).
 *
 * @param out receives NUL-terminated CSV text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param d the distribution
 * @param flags BIG_CSV_BOM, BIG_CSV_SAFE or 0
 * @return 0, BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_distribution_to_csv(char **out, size_t *len, const big_distribution *d,
				       unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif /* BIG_AGGREGATE_H */
