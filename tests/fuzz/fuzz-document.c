/*
 * Fuzz target: big_document_head_read(), which tells a document's kind and
 * catalogue without loading it (bigscore chooses its loader by it). Besides
 * not crashing, it must agree with the loaders, since both read through the
 * same reader: a text the head reader refuses, the catalogue loader refuses
 * with the same code at the same place, and a text it reads is never a
 * syntax, UTF-8 or limit error of the loader.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* What a failure said, kept before the next call overwrites it. */
struct failure {
	int code, line, column;
};

static struct failure last_failure(void)
{
	const big_error *e = big_error_last();
	return (struct failure){e->code, e->line, e->column};
}

static bool reading_error(int code)
{
	return code == BIG_ESYNTAX || code == BIG_EUTF8 || code == BIG_ELIMIT;
}

/* The kind and the format agree with the name table. */
static void check_head(const big_document_head *h)
{
	big_document_kind kind = big_document_head_kind(h), parsed;
	const char *format = big_document_head_format(h);
	if (kind != BIG_DOCUMENT_UNKNOWN &&
	    (!format || strcmp(format, big_document_kind_name(kind)) != 0))
		abort(); /* a known kind is named by its format */
	if (kind == BIG_DOCUMENT_UNKNOWN && format && big_document_kind_from_name(&parsed, format) == 0)
		abort(); /* a libbig format is never unknown */
	/* Read in full: the sanitizers see any overrun. */
	const char *id = big_document_head_catalogue_id(h);
	const char *version = big_document_head_catalogue_version(h);
	if ((id && strlen(id) + 1 == 0) || (version && strlen(version) + 1 == 0))
		abort();
	if (version && !id)
		abort(); /* a version without an id names no catalogue */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	big_document_head *h = NULL;
	int rc = big_document_head_read(&h, (const char *)data, size, NULL);
	if ((rc == 0) != (h != NULL) || (rc && !*big_error_last()->message))
		abort(); /* a failure must leave *out NULL and say why */
	struct failure head = last_failure();
	if (h) {
		check_head(h);
		big_document_head_free(h);
	}
	big_catalogue *cat = NULL;
	int lrc = big_catalogue_load_buffer(&cat, (const char *)data, size, NULL);
	struct failure load = last_failure();
	big_catalogue_free(cat);
	if (rc && reading_error(rc) &&
	    (lrc != rc || load.line != head.line || load.column != head.column))
		abort(); /* the same reader: the same error at the same place */
	if (!rc && (lrc == BIG_ESYNTAX || lrc == BIG_EUTF8))
		abort(); /* what the head reader read is JSON to the loader too */
	return 0;
}
