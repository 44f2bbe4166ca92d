/*
 * Fuzz target: bigscore's document reader (bs_doc_read_from() in
 * examples/bigscore/documents.c), the path from bytes to the kind of
 * document the command line chooses its loader by: reading a stream or a
 * regular file through a size limit, then libbig's head reader. Each input
 * is read twice, as a stream (fmemopen(): a buffer that grows) and as a
 * regular file (one allocation of its size), and:
 * - beyond the limit it is refused (exit 1) after reading at most the
 *   limit and one byte, with nothing kept;
 * - else both reads agree with each other and with big_document_head_read()
 *   on the same bytes: the same outcome, every byte kept as it was, and a
 *   kind that agrees with the format (a kind bigscore reads is named by its
 *   format and accepted by bs_doc_expect(); a libbig format of another kind
 *   is "written by libbig"; no other format is a libbig one);
 * - a failure leaves nothing allocated.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bigscore.h"
#include "fuzz.h"

/* Small, so that inputs meet it; bigscore-limits checks the real one. */
#define LIMIT 4096

static bool same_string(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* Reads @p data as a stream, or through the regular file @p file. */
static int read_doc(struct bs_doc *d, const uint8_t *data, size_t size, FILE *file, long *read)
{
	static char empty[1];
	FILE *f = file;
	int status;

	if (f == NULL) {
		f = fmemopen(size ? (void *)data : empty, size, "rb");
		if (f == NULL)
			abort();
	} else if (ftruncate(fileno(f), 0) != 0 || fseek(f, 0, SEEK_SET) != 0 ||
		   fwrite(data, 1, size, f) != size || fflush(f) != 0 ||
		   fseek(f, 0, SEEK_SET) != 0) {
		abort();
	}
	status = bs_doc_read_from(d, f, "<fuzz>", LIMIT);
	*read = ftell(f);
	if (f != file)
		fclose(f);
	return status;
}

/* What a document of @p size bytes read with @p status must hold. */
static void check_one(const struct bs_doc *d, int status, long read, const uint8_t *data,
		      size_t size)
{
	if (read < 0 || (size_t)read > LIMIT + 1)
		abort(); /* read beyond the limit and one byte */
	if (status != BS_OK) {
		if (d->data || d->format || d->cat_id || d->cat_version)
			abort(); /* a failure keeps nothing */
		if (size > LIMIT && status != BS_INPUT)
			abort(); /* too large is bad input, whatever it holds */
		return;
	}
	if (size > LIMIT || d->len != size || (size && memcmp(d->data, data, size) != 0))
		abort(); /* every byte, as it was */
	if (d->cat_version && !d->cat_id)
		abort(); /* a version without an id names no catalogue */
	switch (d->kind) {
	case BS_DOC_CATALOGUE:
	case BS_DOC_ASSESSMENT:
	case BS_DOC_MAPPING:
	case BS_DOC_COLLABORATION:
	case BS_DOC_TEXTS:
		if (!d->format || strcmp(d->format, bs_kind_format(d->kind)) != 0 ||
		    bs_doc_expect(d, d->kind) != BS_OK)
			abort();
		break;
	case BS_DOC_WRITTEN:
		if (!d->format || strncmp(d->format, "libbig.", 7) != 0)
			abort();
		break;
	case BS_DOC_UNKNOWN:
		if (d->format && strncmp(d->format, "libbig.", 7) == 0)
			abort();
		break;
	default:
		abort();
	}
}

/* The two reads and libbig's head reader agree. */
static void check_agree(const struct bs_doc *a, int sa, const struct bs_doc *b, int sb,
			const uint8_t *data, size_t size)
{
	big_document_head *head = NULL;
	int rc;

	if (sa != sb || (sa == BS_OK && (a->kind != b->kind || !same_string(a->format, b->format) ||
					 !same_string(a->cat_id, b->cat_id) ||
					 !same_string(a->cat_version, b->cat_version))))
		abort();
	if (size > LIMIT)
		return;
	rc = big_document_head_read(&head, (const char *)data, size, NULL);
	if ((rc == 0) != (sa == BS_OK))
		abort();
	if (head && (!same_string(a->format, big_document_head_format(head)) ||
		     !same_string(a->cat_id, big_document_head_catalogue_id(head)) ||
		     !same_string(a->cat_version, big_document_head_catalogue_version(head))))
		abort();
	big_document_head_free(head);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *file;
	struct bs_doc stream, regular;
	long read_stream, read_file;
	int ss, sf;

	if (file == NULL && (file = tmpfile()) == NULL)
		abort();
	ss = read_doc(&stream, data, size, NULL, &read_stream);
	check_one(&stream, ss, read_stream, data, size);
	sf = read_doc(&regular, data, size, file, &read_file);
	check_one(&regular, sf, read_file, data, size);
	check_agree(&stream, ss, &regular, sf, data, size);
	bs_doc_free(&stream);
	bs_doc_free(&regular);
	return 0;
}
