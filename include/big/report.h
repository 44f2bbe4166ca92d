/*
 * libbig — scoring an assessment and the resulting report.
 *
 * The formulas are stated in docs/scoring.md.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_REPORT_H
#define BIG_REPORT_H

#include <stdbool.h>

#include "assessment.h"
#include "catalogue.h"
#include "common.h"
#include "texts.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief How node scores are combined into the score of their parent. The
 * values are part of the ABI.
 */
typedef enum big_rollup {
	BIG_ROLLUP_HIERARCHICAL = 0, /**< "hierarchical": weighted mean over the scored children */
	BIG_ROLLUP_FLAT = 1,         /**< "flat": weighted mean over every requirement below it */
	BIG_ROLLUP_WEAKEST = 2       /**< "weakest": minimum over the children that have a score */
} big_rollup;

/**
 * @brief Number of roll-up methods: they are 0 … BIG_ROLLUP_COUNT - 1. A
 * macro, not an enumerator, so that a switch over big_rollup stays complete.
 */
#define BIG_ROLLUP_COUNT 3

/**
 * @brief Document name of a roll-up method ("hierarchical", "flat",
 * "weakest"), or NULL for a value that is not a big_rollup.
 */
BIG_EXPORT const char *big_rollup_name(big_rollup rollup);

/**
 * @brief Parses a roll-up method name.
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_rollup_from_name(big_rollup *out, const char *name);

/** @brief Current version of big_score_options. */
#define BIG_SCORE_OPTIONS_VERSION 4

/** @brief Options for big_score(). Initialise with BIG_SCORE_OPTIONS_INIT. */
typedef struct big_score_options {
	unsigned int version; /**< BIG_SCORE_OPTIONS_VERSION */
	big_rollup rollup;    /**< roll-up of the implementation score */
	int target;           /**< target maturity; -1: the assessment's, else the catalogue's */
	const char *profile;  /**< id of the profile selecting the applicable requirements;
				   NULL: the assessment's profile (if any); "": no profile,
				   every requirement, whatever the assessment says */
	/**
	 * Language of the node titles in every output of the report (its JSON
	 * and CSV writers, its comparison): a language tag such as "nl" or
	 * "en", each title as big_node_title_lang() gives it. NULL or "": the
	 * default titles (big_node_title()). Chosen here rather than per writer
	 * so that every output made from one report, and the report's JSON,
	 * which records it in `options`, name nodes alike. Since version 2;
	 * a version 1 struct, which lacks it, is still taken.
	 */
	const char *lang;
	/**
	 * A text overlay loaded over the assessment's catalogue (or one with
	 * the same nodes), or NULL. Its titles replace the catalogue's in every
	 * output of the report whose language is the overlay's
	 * (big_texts_title_lang()); the report keeps it alive. Since version 3.
	 */
	const big_texts *texts;
	/**
	 * Whether the JSON report and the CSV writers show each node's text
	 * (`text` of a node row and of a gap, a column `text`): the overlay's,
	 * else null (empty in CSV). False: the outputs are byte for byte
	 * those of a report without it. Since version 3.
	 */
	bool include_text;
	/**
	 * The reference date of the gaps' `overdue` (docs/scoring.md, "Gaps"):
	 * "YYYY-MM-DD", recorded in the report's JSON `options`. NULL: the
	 * assessment's `assessed_on` (and no gap is overdue when it has none).
	 * Since version 4; versions 1 to 3, which lack it, are still taken.
	 */
	const char *as_of;
} big_score_options;

/** @brief Static initialiser for big_score_options. */
#define BIG_SCORE_OPTIONS_INIT                                                                   \
	{                                                                                        \
		BIG_SCORE_OPTIONS_VERSION, BIG_ROLLUP_HIERARCHICAL, -1, NULL, NULL, NULL, false, \
		    NULL                                                                         \
	}

/**
 * @brief The scores of one node (or of the whole assessment).
 *
 * A score whose `has_` flag is false does not exist (nothing under the node
 * is scorable); its value is then 0 and must not be shown as a score.
 */
typedef struct big_scores {
	unsigned int applicable;               /**< applicable requirements beneath the node */
	unsigned int counts[BIG_STATUS_COUNT]; /**< applicable requirements per big_status */
	bool has_implementation;               /**< whether implementation is a score */
	double implementation;                 /**< implementation score in [0,1] */
	bool has_maturity;        /**< whether maturity_mean and attained_level exist */
	double maturity_mean;     /**< weighted mean maturity level */
	int attained_level;       /**< highest level every scorable requirement reaches */
	bool has_coverage;        /**< whether coverage and comply_or_explain exist */
	double coverage;          /**< share of requirements assessed */
	double comply_or_explain; /**< share implemented or properly explained */
	bool has_demonstration;   /**< whether opzet, bestaan and werking exist: the assessment
				     records them and a requirement beneath must show them */
	double opzet;   /**< share of the requirements that must show them whose opzet (design)
			   is demonstrated */
	double bestaan; /**< the same for the bestaan (existence) */
	double werking; /**< the same for the werking (operation) */
} big_scores;

/**
 * @brief Kinds of shortfall of a gap (bit flags). The values are part of the
 * ABI; kind k (0 <= k < BIG_GAP_KIND_COUNT) is the flag 1u << k.
 */
enum {
	BIG_GAP_IMPLEMENTATION = 1u << 0, /**< "implementation": not implemented and not properly
					     explained */
	BIG_GAP_MATURITY = 1u << 1,       /**< "maturity": maturity below target */
	BIG_GAP_EXPLANATION = 1u << 2,    /**< "explanation": an exclusion whose explanation is
					     missing or expired */
	BIG_GAP_WERKING = 1u << 3         /**< "werking": implemented, its result records
					     opzet, bestaan or werking, but its werking
					     (operation) is not demonstrated */
};

/** @brief Number of gap kinds: the flags are 1u << 0 … 1u << (BIG_GAP_KIND_COUNT - 1). */
#define BIG_GAP_KIND_COUNT 4

/**
 * @brief Document name of a gap kind ("implementation", "maturity",
 * "explanation", "werking"), or NULL for a value that is not exactly one BIG_GAP_* flag.
 *
 * @param kind one flag, e.g. BIG_GAP_MATURITY
 */
BIG_EXPORT const char *big_gap_kind_name(unsigned int kind);

/**
 * @brief Parses a gap kind name as documents write it.
 *
 * @param out receives the flag, e.g. BIG_GAP_MATURITY for "maturity"
 * @param name e.g. "maturity"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_gap_kind_from_name(unsigned int *out, const char *name);

/** @brief One requirement that falls short. Borrowed from its report. */
typedef struct big_gap {
	const big_node *node; /**< the requirement */
	unsigned int kinds;   /**< BIG_GAP_* flags */
	double size;          /**< gap size in [0,1] */
	big_status status;    /**< its status */
	int maturity;         /**< its maturity (derived from criteria when given), -1 when none */
	const char *tag;      /**< its highest-priority tag under the report's profile, or NULL */
	const char *owner;    /**< the owner of its result, or NULL when none was given */
	size_t open_actions;  /**< its improvement actions that are not done (open): they are
				 big_report_gap_action(report, gap, 0 … open_actions - 1) */
	bool without_action;  /**< no open action: open_actions == 0 */
	bool overdue;         /**< an open action is due before the report's reference date
				 (big_score_options.as_of, else the assessment's assessed_on) */
} big_gap;

/**
 * @brief Whether the assessment attains a profile: every requirement the
 * profile selects is implemented or properly explained. Borrowed from its
 * report.
 */
typedef struct big_attainment {
	const big_profile *profile; /**< the profile */
	unsigned int requirements;  /**< requirements it selects */
	unsigned int complied;      /**< of those, implemented or properly explained */
	bool attained;              /**< complied == requirements */
} big_attainment;

/**
 * @brief A properly explained exclusion or risk acceptance: one line of the
 * exceptions register. Borrowed from its report.
 */
typedef struct big_exception {
	const big_node *node;    /**< the requirement */
	big_status status;       /**< not_applicable or risk_accepted */
	const char *explanation; /**< the explanation ('leg uit') */
	const char *owner;       /**< who answers for it; NULL when none was given */
	const char *expires;     /**< end of the exception (YYYY-MM-DD) */
} big_exception;

/**
 * @brief Scores an assessment against its catalogue.
 *
 * Re-entrant: any number of threads may score at once (changing the
 * assessment meanwhile is not allowed).
 *
 * The report is a snapshot that outlives the assessment: it holds a
 * reference to @p a and borrows the owners, explanations, expiry dates and
 * open improvement actions of its results rather than copying them (which
 * cost more than the scoring). big_assessment_free() then drops the
 * caller's reference, and the memory of the assessment is released with the
 * last report; a setter that replaces such a text while a report exists
 * keeps the old one until then.
 *
 * @param out receives the new report, owned by the caller (free it with
 *        big_report_free()); it keeps the catalogue and the assessment alive
 * @param a the assessment
 * @param opts options, or NULL for the defaults
 * @return 0, BIG_EINVAL (bad options), BIG_ERANGE (target outside
 *         0..big_catalogue_max_level()), BIG_ENOTFOUND (no such profile) or
 *         BIG_ENOMEM
 */
BIG_EXPORT int big_score(big_report **out, const big_assessment *a, const big_score_options *opts);

/** @brief Frees a report. NULL is a no-op. */
BIG_EXPORT void big_report_free(big_report *r);

/** @brief The catalogue of the report (borrowed). */
BIG_EXPORT const big_catalogue *big_report_catalogue(const big_report *r);

/** @brief The roll-up method the report was made with. */
BIG_EXPORT big_rollup big_report_rollup(const big_report *r);

/**
 * @brief The profile that selected the applicable requirements (borrowed),
 * or NULL when every requirement is applicable.
 */
BIG_EXPORT const big_profile *big_report_profile(const big_report *r);

/** @brief The target maturity the report was made with. */
BIG_EXPORT int big_report_target(const big_report *r);

/**
 * @brief The language of the node titles in the report's outputs
 * (big_score_options.lang), "" for the default titles. Borrowed. A program
 * names a node as the report's writers do with
 * big_node_title_lang(node, big_report_lang(r)).
 */
BIG_EXPORT const char *big_report_lang(const big_report *r);

/**
 * @brief The text overlay the report was scored with (big_score_options.texts),
 * or NULL. Borrowed: it lives as long as the report.
 */
BIG_EXPORT const big_texts *big_report_texts(const big_report *r);

/** @brief Whether the report's outputs show each node's text (big_score_options.include_text). */
BIG_EXPORT bool big_report_include_text(const big_report *r);

/**
 * @brief The title of @p node as the report's outputs write it: with the
 * report's overlay, big_texts_title_lang(texts, node, big_report_lang(r)),
 * else big_node_title_lang(node, big_report_lang(r)). Borrowed; NULL when
 * @p node belongs to another catalogue.
 */
BIG_EXPORT const char *big_report_node_title(const big_report *r, const big_node *node);

/**
 * @brief The text of @p node from the report's overlay (borrowed), or NULL
 * when there is no overlay, it gives no text for the node, its language
 * does not serve the report's (the rule of the titles: docs/formats.md,
 * "libbig.texts"), or @p node belongs to another catalogue.
 */
BIG_EXPORT const char *big_report_node_text(const big_report *r, const big_node *node);

/** @brief Scores of the whole assessment (borrowed, never NULL). */
BIG_EXPORT const big_scores *big_report_overall(const big_report *r);

/**
 * @brief Scores of one node.
 * @return the scores (borrowed), or NULL when @p node belongs to another
 *         catalogue
 */
BIG_EXPORT const big_scores *big_report_node_scores(const big_report *r, const big_node *node);

/**
 * @brief Scores of the node with id @p id.
 * @return the scores (borrowed), or NULL when the catalogue has no such node
 */
BIG_EXPORT const big_scores *big_report_find(const big_report *r, const char *id);

/** @brief Number of profiles of the catalogue, each with its attainment. */
BIG_EXPORT size_t big_report_attainment_count(const big_report *r);

/**
 * @brief Attainment of profile @p i of the catalogue (borrowed), or NULL when
 * out of range. Independent of the profile the report was scored for.
 */
BIG_EXPORT const big_attainment *big_report_attainment(const big_report *r, size_t i);

/** @brief Number of gaps. */
BIG_EXPORT size_t big_report_gap_count(const big_report *r);

/**
 * @brief Gap @p i in priority order (borrowed), or NULL when out of range:
 * by the report profile's tag priority, then mandatory first, then weight ×
 * size descending, then catalogue order.
 */
BIG_EXPORT const big_gap *big_report_gap(const big_report *r, size_t i);

/**
 * @brief Open improvement action @p i of gap @p gap (its index in
 * big_report_gap()), in the order of the result's actions; NULL when either
 * is out of range (@p i from 0 to the gap's open_actions - 1). Borrowed: the
 * assessment's action, valid as long as the report (big_score()).
 */
BIG_EXPORT const big_action *big_report_gap_action(const big_report *r, size_t gap, size_t i);

/**
 * @brief The reference date of the report's `overdue` gaps: the option
 * as_of, else the assessment's assessed_on; "" when there is none (then no
 * gap is overdue). Borrowed.
 */
BIG_EXPORT const char *big_report_as_of(const big_report *r);

/** @brief Number of lines of the exceptions register. */
BIG_EXPORT size_t big_report_exception_count(const big_report *r);

/**
 * @brief Line @p i of the exceptions register, in catalogue order
 * (borrowed), or NULL when out of range.
 */
BIG_EXPORT const big_exception *big_report_exception(const big_report *r, size_t i);

/** @brief Number of diagnostics (those of the assessment, then those of scoring). */
BIG_EXPORT size_t big_report_diagnostic_count(const big_report *r);

/** @brief Diagnostic @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_diagnostic *big_report_diagnostic(const big_report *r, size_t i);

/**
 * @brief Writes the report as a `libbig.report` document.
 *
 * The output is deterministic: the same inputs give the same bytes whatever
 * the platform, the binding or the process locale. Numbers are written in
 * the shortest form that reads back to the same double. Node titles are in
 * the report's language (big_report_lang()), which `options` then records
 * as `lang`.
 *
 * @param out receives NUL-terminated JSON text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param r the report
 * @param flags BIG_JSON_COMPACT or 0
 * @return 0 or BIG_ENOMEM
 */
BIG_EXPORT int big_report_to_json(char **out, size_t *len, const big_report *r, unsigned int flags);

/** @brief Flags for the CSV writers (big_report_to_csv() …). */
enum {
	/** Start with a UTF-8 byte order mark, for spreadsheets that want one. */
	BIG_CSV_BOM = 1u << 1,
	/**
	 * Write an apostrophe before a text field that starts with '=', '+',
	 * '-', '@', a tab or a carriage return, so that a spreadsheet does not
	 * take it for a formula (this alters the data; off by default).
	 */
	BIG_CSV_SAFE = 1u << 2
};

/**
 * @brief Writes the scores of the report as CSV (RFC 4180).
 *
 * A header row, one row for the whole assessment (id empty, kind "overall",
 * title the catalogue's, depth empty), then one row per node (its title in
 * the report's language, big_report_lang()) with applicable
 * requirements in catalogue pre-order. Columns: id, kind, title, depth,
 * implementation, maturity_mean, attained_level, coverage,
 * comply_or_explain, applicable and the count per status (implemented …
 * not_assessed). A score that does not exist is an empty field, never 0.
 * Numbers are written as in big_report_to_json(); rows end with CRLF; a
 * field is quoted only when it contains a comma, a quote, CR or LF, with
 * quotes doubled. UTF-8, without a byte order mark unless BIG_CSV_BOM.
 * Deterministic, whatever the platform or the process locale. See
 * docs/formats.md, section CSV.
 *
 * @param out receives NUL-terminated CSV text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param r the report
 * @param flags BIG_CSV_BOM, BIG_CSV_SAFE or 0 (other bits are ignored)
 * @return 0, BIG_EINVAL (@p out or @p r NULL) or BIG_ENOMEM
 */
BIG_EXPORT int big_report_to_csv(char **out, size_t *len, const big_report *r, unsigned int flags);

/**
 * @brief Writes the gaps of the report as CSV (RFC 4180), in the report's
 * gap order.
 *
 * A header row, then one row per gap. Columns: rank (1, 2, …), id, title,
 * kinds ('|'-joined, e.g. "implementation|maturity"), size, status,
 * maturity (empty when none), tag (empty when none), mandatory (true/false), weight.
 * Otherwise as
 * big_report_to_csv().
 *
 * @param out receives NUL-terminated CSV text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param r the report
 * @param flags BIG_CSV_BOM, BIG_CSV_SAFE or 0 (other bits are ignored)
 * @return 0, BIG_EINVAL (@p out or @p r NULL) or BIG_ENOMEM
 */
BIG_EXPORT int big_report_gaps_to_csv(char **out, size_t *len, const big_report *r,
				      unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif /* BIG_REPORT_H */
