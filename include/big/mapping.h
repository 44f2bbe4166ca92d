/*
 * libbig — mappings between two catalogues (ISO/IEC 27002:2013 → 2022,
 * BIO → BIO2 …): which node of the source corresponds to which node of the
 * target, and how.
 *
 * A mapping is immutable once loaded and may be shared between threads.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_MAPPING_H
#define BIG_MAPPING_H

#include "catalogue.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Opaque handle to a loaded, immutable mapping between two catalogues. */
typedef struct big_mapping big_mapping;

/**
 * @brief How a source node relates to a target node. The values are part of
 * the ABI.
 */
typedef enum big_relationship {
	BIG_RELATIONSHIP_EQUAL = 0,       /**< "equal": both cover the same */
	BIG_RELATIONSHIP_SUBSET = 1,      /**< "subset": the source covers part of the target */
	BIG_RELATIONSHIP_SUPERSET = 2,    /**< "superset": the source covers all of the target and
					     more */
	BIG_RELATIONSHIP_INTERSECT = 3,   /**< "intersect": they overlap, each covers more */
	BIG_RELATIONSHIP_NOT_RELATED = 4, /**< "not_related": stated explicitly to be unrelated */
	BIG_RELATIONSHIP_COUNT = 5        /**< number of relationships */
} big_relationship;

/**
 * @brief One entry of a mapping: @c source relates to @c target as
 * @c relationship says. Borrowed from its mapping.
 */
typedef struct big_mapping_entry {
	const char *source;            /**< node id in the source catalogue, e.g. "5.1.1" */
	const char *target;            /**< node id in the target catalogue, e.g. "5.1" */
	big_relationship relationship; /**< how the source relates to the target */
} big_mapping_entry;

/**
 * @brief Document name of a relationship ("equal", "subset" …), or NULL for
 * a value that is not a big_relationship.
 */
BIG_EXPORT const char *big_relationship_name(big_relationship relationship);

/**
 * @brief Parses a relationship name as written in documents.
 *
 * @param out receives the relationship
 * @param name e.g. "not_related"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_relationship_from_name(big_relationship *out, const char *name);

/**
 * @brief Loads a `libbig.mapping` document from a file.
 *
 * The ids in the entries are not looked up while loading (the catalogues
 * need not be at hand); big_mapping_check() does that.
 *
 * @param out receives the new mapping, owned by the caller (free it with
 *        big_mapping_free()); left NULL on failure
 * @param path file to read
 * @param opts options, or NULL for the defaults; in strict mode an unknown
 *        field is an error, else a diagnostic
 * @return 0, or a negative big_error_code; big_error_last() names the place
 *         in the input (line:column or JSON path)
 */
BIG_EXPORT int big_mapping_load_file(big_mapping **out, const char *path,
				     const big_load_options *opts);

/**
 * @brief Loads a `libbig.mapping` document from memory. See
 * big_mapping_load_file().
 *
 * @param out receives the new mapping, owned by the caller
 * @param data the JSON text; need not be NUL-terminated
 * @param len its length in bytes
 * @param opts options, or NULL for the defaults
 * @return 0, or a negative big_error_code
 */
BIG_EXPORT int big_mapping_load_buffer(big_mapping **out, const char *data, size_t len,
				       const big_load_options *opts);

/**
 * @brief Loads one of the mappings compiled into the library.
 *
 * @param out receives the new mapping, owned by the caller
 * @param name a name from big_builtin_mapping_name(), e.g. "bio-to-bio2"
 * @return 0, BIG_EINVAL, or BIG_ENOTFOUND when no built-in mapping has that
 *         name
 */
BIG_EXPORT int big_mapping_builtin(big_mapping **out, const char *name);

/** @brief Number of mappings compiled into the library. */
BIG_EXPORT size_t big_builtin_mapping_count(void);

/**
 * @brief Name of built-in mapping @p i (0 <= i < big_builtin_mapping_count()),
 * or NULL when @p i is out of range.
 */
BIG_EXPORT const char *big_builtin_mapping_name(size_t i);

/** @brief Frees a mapping. NULL is a no-op. */
BIG_EXPORT void big_mapping_free(big_mapping *m);

/** @brief Mapping id, e.g. "bio-to-bio2". Borrowed. */
BIG_EXPORT const char *big_mapping_id(const big_mapping *m);
/** @brief Title. Borrowed; "" when absent. */
BIG_EXPORT const char *big_mapping_title(const big_mapping *m);
/** @brief Free remarks on the mapping as a whole. Borrowed; "" when absent. */
BIG_EXPORT const char *big_mapping_note(const big_mapping *m);
/** @brief Id of the source catalogue, e.g. "bio". Borrowed. */
BIG_EXPORT const char *big_mapping_source_id(const big_mapping *m);
/** @brief Version of the source catalogue, e.g. "1.04". Borrowed. */
BIG_EXPORT const char *big_mapping_source_version(const big_mapping *m);
/** @brief Id of the target catalogue, e.g. "bio2". Borrowed. */
BIG_EXPORT const char *big_mapping_target_id(const big_mapping *m);
/** @brief Version of the target catalogue, e.g. "1.2". Borrowed. */
BIG_EXPORT const char *big_mapping_target_version(const big_mapping *m);

/** @brief Number of entries. */
BIG_EXPORT size_t big_mapping_entry_count(const big_mapping *m);

/**
 * @brief Entry @p i in document order (borrowed: valid as long as the
 * mapping), or NULL when out of range.
 *
 * Named `_at` because `big_mapping_entry` is the entry's type.
 */
BIG_EXPORT const big_mapping_entry *big_mapping_entry_at(const big_mapping *m, size_t i);

/**
 * @brief Number of entries whose source is @p source_id, in constant time on
 * average; 0 for an id the mapping does not name (or NULL).
 */
BIG_EXPORT size_t big_mapping_source_entry_count(const big_mapping *m, const char *source_id);

/**
 * @brief Entry @p i (in document order) among those whose source is
 * @p source_id, in constant time on average.
 *
 * @return the entry (borrowed), or NULL when out of range
 */
BIG_EXPORT const big_mapping_entry *big_mapping_source_entry(const big_mapping *m,
							     const char *source_id, size_t i);

/**
 * @brief Number of entries whose target is @p target_id, in constant time on
 * average; 0 for an id the mapping does not name (or NULL).
 */
BIG_EXPORT size_t big_mapping_target_entry_count(const big_mapping *m, const char *target_id);

/**
 * @brief Entry @p i (in document order) among those whose target is
 * @p target_id, in constant time on average.
 *
 * @return the entry (borrowed), or NULL when out of range
 */
BIG_EXPORT const big_mapping_entry *big_mapping_target_entry(const big_mapping *m,
							     const char *target_id, size_t i);

/**
 * @brief Number of source ids listed as unmapped: known to have no entry
 * (the document's `unmapped`).
 */
BIG_EXPORT size_t big_mapping_unmapped_count(const big_mapping *m);

/** @brief Unmapped source id @p i in document order (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_mapping_unmapped(const big_mapping *m, size_t i);

/** @brief Number of diagnostics collected while loading. */
BIG_EXPORT size_t big_mapping_diagnostic_count(const big_mapping *m);

/** @brief Diagnostic @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_diagnostic *big_mapping_diagnostic(const big_mapping *m, size_t i);

/**
 * @brief Checks a mapping against the catalogues it maps between.
 *
 * The ids and versions of @p source and @p target must be those the mapping
 * names (else BIG_EMISMATCH, path `$.source` or `$.target`), and so must
 * their content fingerprints (big_catalogue_fingerprint()) where the mapping
 * names one (else BIG_EMISMATCH, path `$.source.fingerprint` or
 * `$.target.fingerprint`, with both fingerprints), and every entry's
 * source and target, and every unmapped id, must be a node of its catalogue
 * (else BIG_ENOTFOUND, naming the first offending place, e.g. path
 * `$.entries[12].target` and message `entries[12].target: catalogue bio2 1.2
 * has no node "5.99"`).
 *
 * @param m the mapping
 * @param source the catalogue the mapping maps from
 * @param target the catalogue the mapping maps to
 * @return 0, BIG_EINVAL (a NULL argument), BIG_EMISMATCH, BIG_ENOTFOUND, or
 *         BIG_ENOMEM (a fingerprint computed for the check)
 */
BIG_EXPORT int big_mapping_check(const big_mapping *m, const big_catalogue *source,
				 const big_catalogue *target);

#ifdef __cplusplus
}
#endif

#endif /* BIG_MAPPING_H */
