/*
 * libbig — documents: what a libbig document says about itself (its kind,
 * by its format, and the catalogue it refers to), read without loading it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_DOCUMENT_H
#define BIG_DOCUMENT_H

#include <stddef.h>

#include "catalogue.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief The kinds of libbig document, named by their `format` member. The
 * values are part of the ABI.
 */
typedef enum big_document_kind {
	BIG_DOCUMENT_UNKNOWN = -1,      /**< JSON whose format is none of libbig's */
	BIG_DOCUMENT_CATALOGUE = 0,     /**< "libbig.catalogue": read and written */
	BIG_DOCUMENT_ASSESSMENT = 1,    /**< "libbig.assessment": read and written */
	BIG_DOCUMENT_MAPPING = 2,       /**< "libbig.mapping": read */
	BIG_DOCUMENT_COLLABORATION = 3, /**< "libbig.collaboration": read */
	BIG_DOCUMENT_REPORT = 4,        /**< "libbig.report": written */
	BIG_DOCUMENT_COMPARISON = 5,    /**< "libbig.comparison": written */
	BIG_DOCUMENT_MIGRATION = 6,     /**< "libbig.migration": written */
	BIG_DOCUMENT_AGGREGATE = 7,     /**< "libbig.aggregate": written */
	BIG_DOCUMENT_DISTRIBUTION = 8,  /**< "libbig.distribution": written */
	BIG_DOCUMENT_TEXTS = 9,         /**< "libbig.texts": read (a text overlay, texts.h) */
	BIG_DOCUMENT_TREND = 10         /**< "libbig.trend": written (trend.h) */
} big_document_kind;

/** @brief Number of document kinds: 0 … BIG_DOCUMENT_KIND_COUNT - 1
 * (BIG_DOCUMENT_UNKNOWN not counted). A macro, like the other counts, so
 * that a switch over the kinds stays complete. */
#define BIG_DOCUMENT_KIND_COUNT 11

/**
 * @brief The format of a document kind ("libbig.catalogue" …), or NULL for
 * BIG_DOCUMENT_UNKNOWN and for a value that is not a big_document_kind.
 */
BIG_EXPORT const char *big_document_kind_name(big_document_kind kind);

/**
 * @brief Parses a format as big_document_kind_name() writes it.
 *
 * @param out receives the kind
 * @param name e.g. "libbig.assessment"
 * @return 0, or BIG_EINVAL for a name that is not a format of libbig
 */
BIG_EXPORT int big_document_kind_from_name(big_document_kind *out, const char *name);

/** @brief Opaque handle to what a document says about itself. */
typedef struct big_document_head big_document_head;

/**
 * @brief Reads what a document says about itself without loading it: its
 * kind and the catalogue it refers to, to choose the loader and the
 * catalogue to load it against.
 *
 * The whole text is parsed, by the reader of the loaders and with their
 * limits: a text that is not JSON gives the error a loader gives
 * (BIG_ESYNTAX, BIG_EUTF8 or BIG_ELIMIT, with line and column). Any JSON
 * value is read; nothing is checked beyond JSON (not `format_version`, nor
 * the members a format requires: its loader does that). A loader given the
 * same text afterwards parses it again: the head costs a quarter to a half
 * of a load (docs/performance.md, row `head_read`).
 *
 * @param out receives the head, owned by the caller (free it with
 *        big_document_head_free()); left NULL on failure
 * @param data the text
 * @param len its length in bytes
 * @param opts options, or NULL for the defaults: the limits and the source
 *        name count, the flags do not
 * @return 0, or a negative big_error_code; big_error_last() names the place
 *         in the input (line:column)
 */
BIG_EXPORT int big_document_head_read(big_document_head **out, const char *data, size_t len,
				      const big_load_options *opts);

/** @brief Releases a head; NULL is allowed. */
BIG_EXPORT void big_document_head_free(big_document_head *head);

/**
 * @brief The kind named by the document's `format`: BIG_DOCUMENT_UNKNOWN when
 * it is not an object, has no `format` string, or one that is none of
 * libbig's formats.
 */
BIG_EXPORT big_document_kind big_document_head_kind(const big_document_head *head);

/**
 * @brief The document's `format` as written ("libbig.assessment", but also
 * "libbig.future" or "geojson"), or NULL when it is not an object or its
 * `format` is not a string. Borrowed from @p head.
 */
BIG_EXPORT const char *big_document_head_format(const big_document_head *head);

/**
 * @brief The id of the catalogue the document refers to, or NULL when it
 * names none: `catalogue.id`; `source.id` for a mapping or migration (the
 * catalogue it maps from); `id` for a catalogue itself. Borrowed from
 * @p head.
 */
BIG_EXPORT const char *big_document_head_catalogue_id(const big_document_head *head);

/**
 * @brief The version of the catalogue the document refers to: the `version`
 * string beside the id of big_document_head_catalogue_id(). NULL when it is
 * not a string, and whenever big_document_head_catalogue_id() is NULL: a
 * version without an id (`"catalogue": {"version": "1.2"}`, or beside an id
 * that is not a string) refers to no catalogue. Borrowed from @p head.
 */
BIG_EXPORT const char *big_document_head_catalogue_version(const big_document_head *head);

#ifdef __cplusplus
}
#endif

#endif /* BIG_DOCUMENT_H */
