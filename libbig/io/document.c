/*
 * libbig — what a document says about itself (big_document_head_read()):
 * its kind, by its format, and the catalogue it refers to; and the names of
 * the kinds, which are the formats.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"
#include "json-read.h"

/* The kind named @name, or BIG_DOCUMENT_UNKNOWN (the names: names.c). */
static big_document_kind kind_of(const char *name)
{
	for (int k = 0; name && k < BIG_DOCUMENT_KIND_COUNT; k++)
		if (strcmp(big_document_kind_name((big_document_kind)k), name) == 0)
			return (big_document_kind)k;
	return BIG_DOCUMENT_UNKNOWN;
}

struct big_document_head {
	big_document_kind kind;
	const char *format, *catalogue_id, *catalogue_version; /* in text, or NULL */
	char text[];
};

/* The string member @key of the object @obj, or NULL. */
static const char *string_member(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Copies @s (or nothing, for NULL) to *@at; returns the copy. */
static const char *keep(char **at, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *copy = memcpy(*at, s, n);
	*at += n;
	return copy;
}

static size_t size_of(const char *s)
{
	return s ? strlen(s) + 1 : 0;
}

int big_document_head_read(big_document_head **out, const char *data, size_t len,
			   const big_load_options *opts)
{
	struct big_json_doc doc;
	if (!out)
		return big__error_set(BIG_EINVAL, "no output pointer");
	*out = NULL;
	int rc = big__json_open(&doc, BIG_JSON_BUFFER(data, len), opts, BIG_DOCUMENT_UNKNOWN, NULL);
	if (rc)
		return rc;

	const char *format = string_member(doc.root, "format");
	big_document_kind kind = kind_of(format);
	const cJSON *ref = doc.root; /* a catalogue names itself */
	if (kind == BIG_DOCUMENT_MAPPING || kind == BIG_DOCUMENT_MIGRATION)
		ref = cJSON_GetObjectItemCaseSensitive(doc.root, "source");
	else if (kind != BIG_DOCUMENT_CATALOGUE && cJSON_IsObject(doc.root))
		ref = cJSON_GetObjectItemCaseSensitive(doc.root, "catalogue");
	/* A version names no catalogue without an id beside it (document.h). */
	const char *id = string_member(ref, "id");
	const char *version = id ? string_member(ref, "version") : NULL;

	big_document_head *head =
	    big__malloc(sizeof(*head) + size_of(format) + size_of(id) + size_of(version));
	if (head) {
		char *at = head->text;
		head->kind = kind;
		head->format = keep(&at, format);
		head->catalogue_id = keep(&at, id);
		head->catalogue_version = keep(&at, version);
		*out = head;
	}
	big__json_close(&doc);
	return head ? 0 : big__error_nomem();
}

void big_document_head_free(big_document_head *head)
{
	big_free(head);
}

big_document_kind big_document_head_kind(const big_document_head *head)
{
	return head->kind;
}

const char *big_document_head_format(const big_document_head *head)
{
	return head->format;
}

const char *big_document_head_catalogue_id(const big_document_head *head)
{
	return head->catalogue_id;
}

const char *big_document_head_catalogue_version(const big_document_head *head)
{
	return head->catalogue_version;
}
