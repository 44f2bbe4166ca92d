/*
 * libbig — norm catalogues: loading, built-in catalogues, nodes.
 *
 * A catalogue is an immutable tree of nodes (themes, chapters, controls,
 * measures …). Once loaded it may be shared between threads.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_CATALOGUE_H
#define BIG_CATALOGUE_H

#include <stdbool.h>

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Flags for big_load_options.flags. */
enum {
	/** Unknown fields are errors instead of diagnostics. */
	BIG_LOAD_STRICT = 1u << 0
};

/** @brief Current version of big_load_options. */
#define BIG_LOAD_OPTIONS_VERSION 1

/**
 * @brief Options for every document loader. Initialise with
 * BIG_LOAD_OPTIONS_INIT; a zero limit means the default.
 */
typedef struct big_load_options {
	unsigned int version; /**< BIG_LOAD_OPTIONS_VERSION */
	unsigned int flags;   /**< BIG_LOAD_STRICT … */
	size_t max_bytes;     /**< largest accepted input; default (0)
				 BIG_LOAD_DEFAULT_MAX_BYTES */
	unsigned int
	    max_depth; /**< deepest accepted nesting of JSON values; default 64, at most 1000 */
	const char *source; /**< name used in messages; default the file name or "<buffer>" */
} big_load_options;

/** @brief The largest input a loader accepts when big_load_options.max_bytes
 * is 0: 64 MiB. A program that reads a document before handing it to
 * libbig (from a stream, say) need read no more than this and one byte. */
#define BIG_LOAD_DEFAULT_MAX_BYTES ((size_t)64 << 20)

/** @brief Static initialiser for big_load_options. */
#define BIG_LOAD_OPTIONS_INIT                           \
	{                                               \
		BIG_LOAD_OPTIONS_VERSION, 0, 0, 0, NULL \
	}

/**
 * @brief Loads a `libbig.catalogue` document from a file.
 *
 * @param out receives the new catalogue, owned by the caller (free it with
 *        big_catalogue_free()); left NULL on failure
 * @param path file to read
 * @param opts options, or NULL for the defaults
 * @return 0, or a negative big_error_code; big_error_last() names the place
 *         in the input (line:column or JSON path)
 */
BIG_EXPORT int big_catalogue_load_file(big_catalogue **out, const char *path,
				       const big_load_options *opts);

/**
 * @brief Loads a `libbig.catalogue` document from memory.
 *
 * @param out receives the new catalogue, owned by the caller
 * @param data the JSON text; need not be NUL-terminated
 * @param len its length in bytes
 * @param opts options, or NULL for the defaults
 * @return 0, or a negative big_error_code
 */
BIG_EXPORT int big_catalogue_load_buffer(big_catalogue **out, const char *data, size_t len,
					 const big_load_options *opts);

/**
 * @brief Loads one of the catalogues compiled into the library.
 *
 * @param out receives the new catalogue, owned by the caller
 * @param name a name from big_builtin_name(), e.g. "bio2-1.3", or an alias
 *        (big_builtin_alias()), e.g. "bio2" for "bio2-1.2"
 * @return 0, or BIG_ENOTFOUND when no built-in catalogue has that name
 */
BIG_EXPORT int big_catalogue_builtin(big_catalogue **out, const char *name);

/** @brief Number of catalogues compiled into the library. */
BIG_EXPORT size_t big_builtin_count(void);

/**
 * @brief Name of built-in catalogue @p i (0 <= i < big_builtin_count()),
 * or NULL when @p i is out of range.
 *
 * The names are `<id>-<version>` ("big-2013", "bio-1.04", "bio2-1.2",
 * "bio2-1.3"), in the order of the C locale; aliases are not listed.
 */
BIG_EXPORT const char *big_builtin_name(size_t i);

/**
 * @brief The alias of a built-in catalogue: the short name, without a
 * version, that stands for it.
 *
 * The short names of earlier releases ("big", "bio", "bio2") stay as aliases
 * of one version each ("bio2" is "bio2-1.2"); a later release may move an
 * alias to a newer version, and NEWS.md says so beforehand. A catalogue has
 * at most one alias. big_catalogue_builtin() and big_builtin_json() take an
 * alias wherever they take a name.
 *
 * @param name a built-in catalogue name ("bio2-1.2") or alias ("bio2")
 * @return the alias (static, lives as long as the library), or NULL when
 *         @p name is NULL, names no built-in catalogue, or names one without
 *         an alias ("bio2-1.3")
 */
BIG_EXPORT const char *big_builtin_alias(const char *name);

/**
 * @brief The JSON document of a built-in catalogue or mapping: the bytes of
 * the file installed in the data directory, compiled into the library.
 *
 * @param out receives the text (static, lives as long as the library; not
 *        NUL-terminated)
 * @param len receives its length in bytes
 * @param name a name from big_builtin_name() or big_builtin_mapping_name(),
 *        or the alias of a catalogue (big_builtin_alias())
 * @return 0, BIG_EINVAL (a NULL argument) or BIG_ENOTFOUND
 */
BIG_EXPORT int big_builtin_json(const char **out, size_t *len, const char *name);

/**
 * @brief Takes another reference to a catalogue.
 *
 * Assessments and reports hold such a reference, so a catalogue lives as long
 * as anything made from it. Thread-safe.
 *
 * @return @p cat
 */
BIG_EXPORT big_catalogue *big_catalogue_ref(big_catalogue *cat);

/**
 * @brief Drops a reference to a catalogue; the last one frees it.
 * NULL is a no-op.
 */
BIG_EXPORT void big_catalogue_free(big_catalogue *cat);

/** @brief Catalogue id, e.g. "bio2". Borrowed. */
BIG_EXPORT const char *big_catalogue_id(const big_catalogue *cat);
/** @brief Catalogue version, e.g. "1.2". Borrowed. */
BIG_EXPORT const char *big_catalogue_version(const big_catalogue *cat);
/** @brief Title. Borrowed; "" when absent. */
BIG_EXPORT const char *big_catalogue_title(const big_catalogue *cat);
/** @brief Language tag, e.g. "nl". Borrowed; "" when absent. */
BIG_EXPORT const char *big_catalogue_language(const big_catalogue *cat);
/** @brief Publisher. Borrowed; "" when absent. */
BIG_EXPORT const char *big_catalogue_publisher(const big_catalogue *cat);
/** @brief Standard the catalogue is based on, e.g. "ISO/IEC 27002:2022". Borrowed; "" when absent.
 */
BIG_EXPORT const char *big_catalogue_based_on(const big_catalogue *cat);
/**
 * @brief The content fingerprint of the catalogue: "sha256:" and 64
 * lowercase hex digits, the SHA-256 of the canonical text of everything that
 * changes a score (the nodes' ids, kinds, depths, weights, assessable and
 * mandatory flags and tags in catalogue order, the maturity model's levels
 * and criteria, the default target, the status values and the profiles),
 * docs/formats.md, "Fingerprint".
 *
 * Titles, texts, labels, refs and the metadata (id, version, title,
 * language, publisher, based_on) are not part of it: a translation or a
 * text overlay does not change what an assessment is scored against. The
 * same content gives the same fingerprint whatever the order of the members
 * of the source document, its whitespace, escapes and left-out defaults, on
 * every platform and from every binding.
 *
 * Computed the first time it is asked for (by this function, by scoring,
 * aggregation or migration, or by loading a document that names one) and
 * kept in the catalogue; thread-safe, as a catalogue is shared between
 * threads. Loading a catalogue does not compute it: it costs about as much
 * as the load itself (docs/performance.md, row `fingerprint`).
 *
 * Once big_score(), big_aggregate(), big_aggregate_collaboration() or
 * big_migrate() succeeded with the catalogue, or it loaded a document that
 * names a fingerprint, the fingerprint is computed and this call cannot fail.
 *
 * @param out  set to the fingerprint, borrowed: lives as long as the
 *             catalogue; NULL on failure
 * @param cat  the catalogue
 * @return 0, or BIG_ENOMEM when it was not computed yet and memory ran out
 *         (the last error then says so)
 */
BIG_EXPORT int big_catalogue_fingerprint(const char **out, const big_catalogue *cat);
/** @brief Highest maturity level N of the maturity model (5 by default). */
BIG_EXPORT int big_catalogue_max_level(const big_catalogue *cat);
/** @brief Target maturity used when an assessment and the options give none (default 3). */
BIG_EXPORT int big_catalogue_default_target(const big_catalogue *cat);

/** @brief One criterion of the maturity model. Borrowed from the catalogue. */
typedef struct big_criterion {
	const char *id;    /**< e.g. "documented"; unique in the catalogue */
	const char *label; /**< description; "" when absent */
	int level;         /**< the level it belongs to (1..N) */
} big_criterion;

/** @brief A tag declared by the catalogue. Borrowed from the catalogue. */
typedef struct big_tag {
	const char *id;    /**< e.g. "basishygiene" */
	const char *label; /**< e.g. "Basishygiëne"; "" when absent */
} big_tag;

/** @brief Opaque handle to a profile: a named selection of requirements. */
typedef struct big_profile big_profile;

/**
 * @brief Label of maturity level @p level (0..big_catalogue_max_level()),
 * e.g. "herhaalbaar"; NULL when out of range. Borrowed.
 */
BIG_EXPORT const char *big_catalogue_level_label(const big_catalogue *cat, int level);

/** @brief Number of criteria of the maturity model, over all levels. */
BIG_EXPORT size_t big_catalogue_criterion_count(const big_catalogue *cat);

/**
 * @brief Criterion @p i, ordered by level and then document order (borrowed),
 * or NULL when out of range.
 */
BIG_EXPORT const big_criterion *big_catalogue_criterion(const big_catalogue *cat, size_t i);

/** @brief The criterion with id @p id (borrowed), or NULL. */
BIG_EXPORT const big_criterion *big_catalogue_find_criterion(const big_catalogue *cat,
							     const char *id);

/**
 * @brief Number of declared tags (0 when the catalogue declares none; nodes
 * may still carry tags).
 */
BIG_EXPORT size_t big_catalogue_tag_count(const big_catalogue *cat);

/** @brief Declared tag @p i in document order (borrowed), or NULL when out of range. */
BIG_EXPORT const big_tag *big_catalogue_tag(const big_catalogue *cat, size_t i);

/** @brief The declared tag with id @p id (borrowed), or NULL. */
BIG_EXPORT const big_tag *big_catalogue_find_tag(const big_catalogue *cat, const char *id);

/** @brief Number of profiles. */
BIG_EXPORT size_t big_catalogue_profile_count(const big_catalogue *cat);

/** @brief Profile @p i in document order (borrowed), or NULL when out of range. */
BIG_EXPORT const big_profile *big_catalogue_profile(const big_catalogue *cat, size_t i);

/** @brief The profile with id @p id (borrowed), or NULL. */
BIG_EXPORT const big_profile *big_catalogue_find_profile(const big_catalogue *cat, const char *id);

/** @brief The catalogue the profile belongs to (borrowed; see big_node_catalogue()). */
BIG_EXPORT const big_catalogue *big_profile_catalogue(const big_profile *p);

/** @brief Profile id, e.g. "basishygiene". Borrowed. */
BIG_EXPORT const char *big_profile_id(const big_profile *p);
/** @brief Profile title. Borrowed; "" when absent. */
BIG_EXPORT const char *big_profile_title(const big_profile *p);
/**
 * @brief The profile's title for a reader of language @p lang (NULL or "":
 * its default title), chosen as a node's is (big_node_title_lang()) among
 * `title` and the profile's `titles`.
 */
BIG_EXPORT const char *big_profile_title_lang(const big_profile *p, const char *lang);
/** @brief Whether the profile selects every requirement (`"all": true`, itself or by extension). */
BIG_EXPORT bool big_profile_selects_all(const big_profile *p);
/** @brief Number of tags the profile names itself (not those of the profiles it extends). */
BIG_EXPORT size_t big_profile_tag_count(const big_profile *p);
/** @brief Own tag @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_profile_tag(const big_profile *p, size_t i);
/** @brief Number of profiles this one extends directly. */
BIG_EXPORT size_t big_profile_extends_count(const big_profile *p);
/** @brief Directly extended profile @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_profile *big_profile_extends(const big_profile *p, size_t i);
/**
 * @brief Number of tags in the priority order used for gap lists (its own
 * `priority`, else that of the first profile it extends).
 */
BIG_EXPORT size_t big_profile_priority_count(const big_profile *p);
/** @brief Priority tag @p i, highest first (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_profile_priority(const big_profile *p, size_t i);

/**
 * @brief Whether the profile selects @p node as an applicable requirement.
 * Constant time.
 *
 * @return true when @p node is an assessable node of the profile's catalogue
 *         that carries (itself or through an ancestor) a tag of the profile
 *         or of a profile it extends, or when the profile selects all
 */
BIG_EXPORT bool big_profile_selects(const big_profile *p, const big_node *node);

/** @brief Number of requirements the profile selects. */
BIG_EXPORT size_t big_profile_requirement_count(const big_profile *p);

/** @brief Selected requirement @p i in catalogue order (borrowed), or NULL when out of range. */
BIG_EXPORT const big_node *big_profile_requirement(const big_profile *p, size_t i);

/** @brief Number of assessable nodes (requirements) in the catalogue. */
BIG_EXPORT size_t big_catalogue_requirement_count(const big_catalogue *cat);

/** @brief Requirement @p i in catalogue order (borrowed), or NULL when out of range. */
BIG_EXPORT const big_node *big_catalogue_requirement(const big_catalogue *cat, size_t i);

/**
 * @brief The score s ∈ [0,1] a requirement with status @p status gets
 * (implemented 1, partially_implemented 0.5, the others 0, unless the
 * catalogue's `status_values` say otherwise). An explained not_applicable is
 * not scored at all, whatever this value.
 */
BIG_EXPORT double big_catalogue_status_value(const big_catalogue *cat, big_status status);

/** @brief Number of nodes in the whole tree. */
BIG_EXPORT size_t big_catalogue_node_count(const big_catalogue *cat);

/**
 * @brief Node @p i in pre-order (document order), or NULL when out of range.
 * Borrowed: valid as long as the catalogue.
 */
BIG_EXPORT const big_node *big_catalogue_node(const big_catalogue *cat, size_t i);

/** @brief Number of top-level nodes. */
BIG_EXPORT size_t big_catalogue_root_count(const big_catalogue *cat);

/** @brief Top-level node @p i, or NULL when out of range. Borrowed. */
BIG_EXPORT const big_node *big_catalogue_root(const big_catalogue *cat, size_t i);

/**
 * @brief Finds a node by its id in constant time.
 *
 * @return the node (borrowed), or NULL when the catalogue has no such id;
 *         a missing id is not an error and leaves the last error alone
 */
BIG_EXPORT const big_node *big_catalogue_find(const big_catalogue *cat, const char *id);

/** @brief Number of diagnostics collected while loading. */
BIG_EXPORT size_t big_catalogue_diagnostic_count(const big_catalogue *cat);

/** @brief Diagnostic @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_diagnostic *big_catalogue_diagnostic(const big_catalogue *cat, size_t i);

/** @brief Official identifier, e.g. "5.1" or "5.01.01". Borrowed. */
BIG_EXPORT const char *big_node_id(const big_node *node);
/** @brief Free label of the kind of node: "theme", "control", "measure" … Borrowed. */
BIG_EXPORT const char *big_node_kind(const big_node *node);
/** @brief Title (short name): the default title, in the catalogue's
 * language (big_catalogue_language()). Borrowed. */
BIG_EXPORT const char *big_node_title(const big_node *node);
/**
 * @brief The title of a node for a reader of language @p lang.
 *
 * A node may carry titles in other languages beside its default title
 * (`titles` in docs/formats.md). The title in @p lang is the one whose
 * language tag equals @p lang, else one whose tag is the primary subtag of
 * @p lang ("nl" for "nl-BE"), tags compared without regard to ASCII case;
 * when the node has neither, its default title (big_node_title()), which
 * is in the catalogue's language or, for a catalogue that has titles in
 * one language only, the only one there is. Never NULL.
 *
 * @param node the node
 * @param lang a language tag ("nl", "en"), or NULL or "" for the default
 *        title
 * @return the title, borrowed from the catalogue
 */
BIG_EXPORT const char *big_node_title_lang(const big_node *node, const char *lang);
/** @brief Number of titles in other languages (`titles`) the node carries. */
BIG_EXPORT size_t big_node_title_count(const big_node *node);
/**
 * @brief Language tag of the node's title @p i in other languages, in
 * document order (borrowed), or NULL when out of range; its title is
 * big_node_title_lang() of that tag.
 */
BIG_EXPORT const char *big_node_title_language(const big_node *node, size_t i);
/** @brief Optional longer text. Borrowed; "" when absent. */
BIG_EXPORT const char *big_node_text(const big_node *node);
/** @brief Weight (> 0, default 1). */
BIG_EXPORT double big_node_weight(const big_node *node);
/** @brief Whether the node is a requirement that gets a result. */
BIG_EXPORT bool big_node_is_assessable(const big_node *node);
/** @brief Whether the requirement is mandatory (cannot be risk-accepted). */
BIG_EXPORT bool big_node_is_mandatory(const big_node *node);
/** @brief Position in pre-order, 0 <= index < big_catalogue_node_count(). */
BIG_EXPORT size_t big_node_index(const big_node *node);
/** @brief Depth in the tree: 0 for a top-level node. */
BIG_EXPORT unsigned int big_node_depth(const big_node *node);
/**
 * @brief The catalogue the node belongs to (borrowed): the node lives as long
 * as it does, so whoever keeps a node must keep this catalogue alive (the
 * bindings keep the object that gave the node).
 */
BIG_EXPORT const big_catalogue *big_node_catalogue(const big_node *node);
/** @brief Parent node (borrowed), or NULL for a top-level node. */
BIG_EXPORT const big_node *big_node_parent(const big_node *node);
/** @brief Number of children. */
BIG_EXPORT size_t big_node_child_count(const big_node *node);
/** @brief Child @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_node *big_node_child(const big_node *node, size_t i);
/**
 * @brief Whether the node carries tag @p tag, itself or through an ancestor.
 */
BIG_EXPORT bool big_node_carries_tag(const big_node *node, const char *tag);
/** @brief Number of tags the node itself has (e.g. "basishygiene"). */
BIG_EXPORT size_t big_node_tag_count(const big_node *node);
/** @brief Tag @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_node_tag(const big_node *node, size_t i);
/** @brief Number of external references (e.g. ISO clauses). */
BIG_EXPORT size_t big_node_ref_count(const big_node *node);
/** @brief Reference @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_node_ref(const big_node *node, size_t i);

#ifdef __cplusplus
}
#endif

#endif /* BIG_CATALOGUE_H */
