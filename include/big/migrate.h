/*
 * libbig — migrating an assessment along a mapping to another catalogue
 * (BIO 1.04 → BIO2 1.2 …), keeping the provenance of every result.
 *
 * The rules are stated in docs/scoring.md ("Migration").
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_MIGRATE_H
#define BIG_MIGRATE_H

#include <stdbool.h>

#include "assessment.h"
#include "catalogue.h"
#include "common.h"
#include "mapping.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Opaque handle to the result of a migration: the new assessment and its provenance. */
typedef struct big_migration big_migration;

/** @brief Flags for big_migrate_options.flags. */
enum {
	/**
	 * Keep the maturity of a capped result as the source gives it, instead
	 * of capping it at 2.
	 */
	BIG_MIGRATE_KEEP_MATURITY = 1u << 0
};

/** @brief Current version of big_migrate_options. */
#define BIG_MIGRATE_OPTIONS_VERSION 2

/** @brief Options for big_migrate(). Initialise with BIG_MIGRATE_OPTIONS_INIT. */
typedef struct big_migrate_options {
	unsigned int version; /**< BIG_MIGRATE_OPTIONS_VERSION */
	unsigned int flags;   /**< BIG_MIGRATE_KEEP_MATURITY or 0 */
	/** language of the node titles in big_migration_to_csv(), as in
	 * big_score_options; NULL or "": the default titles. Since version 2 */
	const char *lang;
} big_migrate_options;

/** @brief Static initialiser for big_migrate_options. */
#define BIG_MIGRATE_OPTIONS_INIT                      \
	{                                             \
		BIG_MIGRATE_OPTIONS_VERSION, 0u, NULL \
	}

/**
 * @brief One source a migrated requirement came from. Borrowed from its
 * migration.
 */
typedef struct big_migration_origin {
	const char *source;            /**< requirement id in the source catalogue, e.g. "5.1.1" */
	big_relationship relationship; /**< the relationship of the mapping entry */
	const char *via; /**< the entry's target: the requirement itself, or the non-assessable
			    node above it (e.g. control "5.1" for measure "5.01.01") */
	bool capped;     /**< this source's implemented was lowered to partially_implemented */
	bool chosen;     /**< this source's result was carried over (the most restrictive) */
} big_migration_origin;

/**
 * @brief Migrates an assessment to another catalogue along a mapping.
 *
 * The new assessment is made against @p target for the same organisation
 * (id, name, kind, attributes), period, `assessed_on` and target maturity;
 * the profile is not copied. Per requirement of @p target:
 *
 * - its sources are the entries of @p mapping whose target is the
 *   requirement itself, or a non-assessable node above it (an entry to a
 *   BIO2 control with measures applies to each of its measures); entries
 *   with relationship `not_related` are not sources;
 * - each source's result is taken as it is for `equal` and `superset`, and
 *   capped for `subset`, `intersect` and any entry applied to a node beneath
 *   its target: implemented becomes partially_implemented, and then its
 *   maturity is at most 2 (unless BIG_MIGRATE_KEEP_MATURITY); a maturity is
 *   also kept within the levels of @p target;
 * - of several sources the most restrictive is carried over: lowest status
 *   value of @p target, then lowest maturity (none counts lowest), then the
 *   first in mapping order. Its status, maturity, explanation, owner,
 *   expiry date and evidence are copied, with one more piece of evidence
 *   naming the source ("migrated from bio 1.04 5.1.1 (subset)"); a chosen
 *   source without a result leaves the requirement without one;
 * - it needs review unless it has exactly one source and that is `equal`
 *   to the requirement itself.
 *
 * Requirements of @p target without a source are listed as unmapped
 * targets; requirements of the source catalogue that are the source of no
 * entry (the mapping's `unmapped` among them) as unmapped sources.
 *
 * @param out receives the new migration, owned by the caller (free it with
 *        big_migration_free()); left NULL on failure
 * @param source the assessment to migrate
 * @param mapping a mapping from the catalogue of @p source to @p target
 * @param target the catalogue to migrate to (the migration takes a reference)
 * @param opts options, or NULL for the defaults
 * @return 0, BIG_EINVAL (a NULL argument, bad options, an entry whose source
 *         is not a requirement), BIG_EMISMATCH (the mapping's source or target
 *         id or version is not that of the catalogues), BIG_ENOTFOUND (an
 *         entry names a node the catalogues do not have) or BIG_ENOMEM
 */
BIG_EXPORT int big_migrate(big_migration **out, const big_assessment *source,
			   const big_mapping *mapping, const big_catalogue *target,
			   const big_migrate_options *opts);

/** @brief Frees a migration (and its assessment unless taken). NULL is a no-op. */
BIG_EXPORT void big_migration_free(big_migration *m);

/**
 * @brief The migrated assessment, borrowed from the migration (valid until
 * it is freed or the assessment is taken), or NULL once taken.
 */
BIG_EXPORT const big_assessment *big_migration_assessment(const big_migration *m);

/**
 * @brief Hands the migrated assessment over to the caller, e.g. to review
 * and edit it. The provenance stays in the migration.
 *
 * @param out receives the assessment, owned by the caller (free it with
 *        big_assessment_free())
 * @param m the migration; big_migration_assessment() returns NULL afterwards
 * @return 0, BIG_EINVAL (a NULL argument) or BIG_ENOTFOUND (already taken)
 */
BIG_EXPORT int big_migration_take_assessment(big_assessment **out, big_migration *m);

/** @brief Number of target requirements that have at least one source. */
BIG_EXPORT size_t big_migration_migrated_count(const big_migration *m);

/** @brief Number of target requirements whose migrated result needs review. */
BIG_EXPORT size_t big_migration_review_count(const big_migration *m);

/**
 * @brief Number of sources of target requirement @p target_id; 0 for an
 * unmapped requirement or an id that is not a requirement of the target.
 */
BIG_EXPORT size_t big_migration_provenance_count(const big_migration *m, const char *target_id);

/**
 * @brief Source @p i of target requirement @p target_id, in mapping order
 * (borrowed), or NULL when out of range.
 */
BIG_EXPORT const big_migration_origin *big_migration_provenance(const big_migration *m,
								const char *target_id, size_t i);

/** @brief Whether the result of target requirement @p target_id needs review. */
BIG_EXPORT bool big_migration_needs_review(const big_migration *m, const char *target_id);

/**
 * @brief Whether the result carried over to @p target_id was capped at
 * partially_implemented.
 */
BIG_EXPORT bool big_migration_capped(const big_migration *m, const char *target_id);

/** @brief Number of target requirements without a source. */
BIG_EXPORT size_t big_migration_unmapped_target_count(const big_migration *m);

/**
 * @brief Unmapped target requirement @p i in catalogue order (borrowed), or
 * NULL when out of range.
 */
BIG_EXPORT const char *big_migration_unmapped_target(const big_migration *m, size_t i);

/** @brief Number of source requirements that are the source of no entry. */
BIG_EXPORT size_t big_migration_unmapped_source_count(const big_migration *m);

/**
 * @brief Unmapped source requirement @p i in catalogue order (borrowed), or
 * NULL when out of range.
 */
BIG_EXPORT const char *big_migration_unmapped_source(const big_migration *m, size_t i);

/**
 * @brief Writes the provenance report as a `libbig.migration` document
 * (docs/formats.md).
 *
 * The output is deterministic: requirements in catalogue order, sources in
 * mapping order.
 *
 * @param out receives NUL-terminated JSON text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param m the migration
 * @param flags BIG_JSON_COMPACT or 0
 * @return 0, BIG_EINVAL (a NULL argument) or BIG_ENOMEM
 */
BIG_EXPORT int big_migration_to_json(char **out, size_t *len, const big_migration *m,
				     unsigned int flags);

/**
 * @brief Writes the provenance report as CSV (docs/formats.md, section
 * libbig.migration; conventions as in section CSV).
 *
 * Columns `kind,id,title,status,maturity,needs_review,capped,sources,
 * listed_in_mapping`: one row per requirement of the target catalogue in
 * catalogue order (kind `migrated`, or `unmapped_target` without a source),
 * then one row per unmapped source requirement (kind `unmapped_source`).
 *
 * @param out receives NUL-terminated CSV text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param m the migration
 * @param flags BIG_CSV_BOM, BIG_CSV_SAFE or 0
 * @return 0, BIG_EINVAL (a NULL argument) or BIG_ENOMEM
 */
BIG_EXPORT int big_migration_to_csv(char **out, size_t *len, const big_migration *m,
				    unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif /* BIG_MIGRATE_H */
