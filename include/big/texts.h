/*
 * libbig — text overlays (`libbig.texts`): the titles and full texts of a
 * catalogue's nodes in one language, as a user holds them (normative texts
 * are not libbig's to ship), loaded over a catalogue and shown by the
 * report's outputs where asked (docs/formats.md, "libbig.texts").
 *
 * An overlay is immutable once loaded and may be shared between threads; it
 * holds a reference to its catalogue, and a report scored with it holds a
 * reference to the overlay.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_TEXTS_H
#define BIG_TEXTS_H

#include "catalogue.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Opaque handle to a text overlay loaded over a catalogue. */
typedef struct big_texts big_texts;

/**
 * @brief Loads a `libbig.texts` document from a file over the catalogue @p cat.
 *
 * The document names the catalogue it is for (`catalogue.id` and
 * `catalogue.version`); another one is BIG_EMISMATCH. A node id of
 * `texts` that @p cat lacks is a diagnostic `unknown-node` naming its path
 * (`$.texts["x"]`) in lenient mode, BIG_ENOTFOUND in strict mode; an
 * optional `catalogue.fingerprint` must be @p cat's (big_catalogue_fingerprint()),
 * else BIG_EMISMATCH at `$.catalogue.fingerprint`, as for every document.
 *
 * @param out receives the new overlay, owned by the caller (free it with
 *        big_texts_free()); it keeps @p cat alive; left NULL on failure
 * @param cat the catalogue the overlay is loaded over
 * @param path file to read
 * @param opts options, or NULL for the defaults; in strict mode an unknown
 *        field or node id is an error, else a diagnostic
 * @return 0, or a negative big_error_code; big_error_last() names the place
 *         in the input (line:column or JSON path)
 */
BIG_EXPORT int big_texts_load_file(big_texts **out, const big_catalogue *cat, const char *path,
				   const big_load_options *opts);

/**
 * @brief Loads a `libbig.texts` document from memory over the catalogue
 * @p cat. See big_texts_load_file().
 *
 * @param out receives the new overlay, owned by the caller
 * @param cat the catalogue the overlay is loaded over
 * @param data the JSON text; need not be NUL-terminated
 * @param len its length in bytes
 * @param opts options, or NULL for the defaults
 * @return 0, or a negative big_error_code
 */
BIG_EXPORT int big_texts_load_buffer(big_texts **out, const big_catalogue *cat, const char *data,
				     size_t len, const big_load_options *opts);

/** @brief Frees an overlay (a report scored with it keeps it alive). NULL is a no-op. */
BIG_EXPORT void big_texts_free(big_texts *t);

/** @brief The catalogue the overlay was loaded over (borrowed). */
BIG_EXPORT const big_catalogue *big_texts_catalogue(const big_texts *t);

/** @brief The language of the overlay's titles and texts, e.g. "nl". Borrowed. */
BIG_EXPORT const char *big_texts_language(const big_texts *t);

/**
 * @brief The catalogue fingerprint the document names (`catalogue.fingerprint`),
 * "" when absent; when given, it is the catalogue's (checked at load). Borrowed.
 */
BIG_EXPORT const char *big_texts_fingerprint(const big_texts *t);

/** @brief Where the texts come from (`source`), "" when absent. Borrowed. */
BIG_EXPORT const char *big_texts_source(const big_texts *t);

/** @brief The licence of the texts (`licence`), "" when absent. Borrowed. */
BIG_EXPORT const char *big_texts_licence(const big_texts *t);

/** @brief Number of nodes of the catalogue that the overlay gives a title or a text. */
BIG_EXPORT size_t big_texts_count(const big_texts *t);

/**
 * @brief The overlay's title of @p node (borrowed), or NULL when it gives none
 * or @p node belongs to another catalogue.
 */
BIG_EXPORT const char *big_texts_node_title(const big_texts *t, const big_node *node);

/**
 * @brief The overlay's text of @p node (borrowed), or NULL when it gives none
 * or @p node belongs to another catalogue.
 */
BIG_EXPORT const char *big_texts_node_text(const big_texts *t, const big_node *node);

/**
 * @brief The title of @p node for a reader of language @p lang, with the
 * overlay: the overlay's title when it has one and @p lang (or, for NULL or
 * "", the catalogue's `language`) has the same primary subtag as the
 * overlay's language, in either direction ("en-GB" serves "en" and "en"
 * serves "en-GB"; docs/formats.md, "libbig.texts"); else
 * big_node_title_lang(node, lang). Never NULL. Borrowed.
 */
BIG_EXPORT const char *big_texts_title_lang(const big_texts *t, const big_node *node,
					    const char *lang);

/** @brief Number of diagnostics of the load (`unknown-node`, `unknown-field` …). */
BIG_EXPORT size_t big_texts_diagnostic_count(const big_texts *t);

/** @brief Diagnostic @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_diagnostic *big_texts_diagnostic(const big_texts *t, size_t i);

#ifdef __cplusplus
}
#endif

#endif /* BIG_TEXTS_H */
