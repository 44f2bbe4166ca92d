/*
 * bigscore — reading documents: their format and the catalogues they
 * refer to (directory operands: expand.c).
 *
 * What a document says about itself (its format and the catalogue it
 * refers to) is read by libbig (big_document_head_read()) to choose the
 * loader; the loaders then check everything else and name the place of an
 * error.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bigscore.h"

/* The kinds of document bigscore reads, as libbig names them. */
static const struct {
	enum bs_kind kind;
	big_document_kind document;
} kinds[] = {
    {BS_DOC_CATALOGUE, BIG_DOCUMENT_CATALOGUE}, {BS_DOC_ASSESSMENT, BIG_DOCUMENT_ASSESSMENT},
    {BS_DOC_MAPPING, BIG_DOCUMENT_MAPPING},     {BS_DOC_COLLABORATION, BIG_DOCUMENT_COLLABORATION},
    {BS_DOC_TEXTS, BIG_DOCUMENT_TEXTS},
};

const char *bs_kind_format(enum bs_kind kind)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kinds[i].kind == kind)
			return big_document_kind_name(kinds[i].document);
	return "a libbig document";
}

/* Reads @f into *@out (*@len bytes), but never more than @limit bytes and
 * one: a document that is larger is refused without reading the rest (from
 * /dev/zero, say), with the loaders' words. A regular file is read into one
 * allocation of its size; a stream into a buffer that doubles, so that at
 * most about twice the limit is ever held. */
static int read_stream(FILE *f, const char *name, size_t limit, char **out, size_t *len)
{
	struct stat st;
	size_t size = limit < 65536 ? limit + 1 : 65536, n = 0;

	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode))
		size = (uintmax_t)st.st_size < limit ? (size_t)st.st_size + 1 : limit + 1;
	char *buf = malloc(size);
	while (buf != NULL) {
		n += fread(buf + n, 1, size - n, f);
		if (n < size || n > limit)
			break;
		size_t grown = size > limit / 2 ? limit + 1 : size * 2;
		char *bigger = realloc(buf, grown);
		if (bigger == NULL) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = bigger;
		size = grown;
	}
	if (buf == NULL)
		return bs_error(BS_INTERNAL, "%s: out of memory", name);
	if (ferror(f)) {
		int err = errno;
		free(buf);
		return bs_error(bs_errno_status(err), "%s: %s", name, strerror(err));
	}
	if (n > limit) {
		free(buf);
		return bs_error(bs_exit_code(BIG_ELIMIT),
				"%s: larger than the limit of %zu bytes; nothing of it was loaded",
				name, limit);
	}
	*out = buf;
	*len = n;
	return BS_OK;
}

/* A copy of @p s, or NULL. */
static char *copy(const char *s)
{
	char *c = s ? malloc(strlen(s) + 1) : NULL;

	return c ? strcpy(c, s) : NULL;
}

/* What @p head says into @p d. Returns an exit code: out of memory is never
 * "a document of no known kind". */
static int read_head(struct bs_doc *d, const big_document_head *head)
{
	big_document_kind document = big_document_head_kind(head);
	const char *format = big_document_head_format(head);
	const char *id = big_document_head_catalogue_id(head);
	const char *version = big_document_head_catalogue_version(head);

	d->format = copy(format);
	d->cat_id = copy(id);
	d->cat_version = copy(version);
	if ((format && !d->format) || (id && !d->cat_id) || (version && !d->cat_version))
		return bs_error(BS_INTERNAL, "out of memory");
	/* Other libbig formats (reports …, and those of later versions) are
	 * written by libbig, not read. */
	d->kind =
	    d->format && strncmp(d->format, "libbig.", 7) == 0 ? BS_DOC_WRITTEN : BS_DOC_UNKNOWN;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kinds[i].document == document)
			d->kind = kinds[i].kind;
	return BS_OK;
}

int bs_doc_read_from(struct bs_doc *d, FILE *f, const char *name, size_t limit)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_document_head *head = NULL;
	int status;

	memset(d, 0, sizeof(*d));
	d->name = name;
	lo = bs_doc_load_options(d, &lo);
	status = read_stream(f, d->name, limit, &d->data, &d->len);
	if (status != BS_OK)
		return status;
	if (big_document_head_read(&head, d->data, d->len, &lo) < 0)
		status = bs_library_error(d->name);
	else
		status = read_head(d, head);
	big_document_head_free(head);
	if (status != BS_OK)
		bs_doc_free(d);
	return status;
}

int bs_doc_read(struct bs_doc *d, const char *path)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	FILE *f;
	int status;

	memset(d, 0, sizeof(*d));
	f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (f == NULL)
		return bs_error(bs_errno_status(errno), "%s: %s", path, strerror(errno));
	/* With the loaders' default limits, as every command loads. */
	status = bs_doc_read_from(d, f, f == stdin ? "<stdin>" : path,
				  lo.max_bytes ? lo.max_bytes : BIG_LOAD_DEFAULT_MAX_BYTES);
	if (f != stdin)
		fclose(f);
	return status;
}

void bs_doc_free(struct bs_doc *d)
{
	free(d->data);
	free(d->format);
	free(d->cat_id);
	free(d->cat_version);
	memset(d, 0, sizeof(*d));
}

big_load_options bs_doc_load_options(const struct bs_doc *d, const big_load_options *lo)
{
	big_load_options o = *lo;

	o.source = d->name;
	return o;
}

int bs_doc_expect(const struct bs_doc *d, enum bs_kind want)
{
	if (d->kind == want)
		return BS_OK;
	if (d->format == NULL)
		return bs_error(BS_INPUT, "%s: $.format: not a libbig document (expected %s)",
				d->name, bs_kind_format(want));
	return bs_error(BS_INPUT, "%s: $.format: a %s document, expected %s", d->name, d->format,
			bs_kind_format(want));
}

int bs_catalogues_open(struct bs_catalogues *cs, const struct bs_list *files,
		       const struct bs_list *builtins, const big_load_options *lo)
{
	size_t n = (files ? files->count : 0) + (builtins ? builtins->count : 0);

	memset(cs, 0, sizeof(*cs));
	cs->builtin_count = big_builtin_count();
	cs->builtin = calloc(cs->builtin_count + 1, sizeof(*cs->builtin));
	cs->given = calloc(n + 1, sizeof(*cs->given));
	if (cs->builtin == NULL || cs->given == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	for (size_t i = 0; files && i < files->count; i++) {
		big_catalogue **cat = &cs->given[cs->given_count];
		struct bs_doc d;
		big_load_options o;
		int status = bs_doc_read(&d, files->items[i]);

		if (status == BS_OK)
			status = bs_doc_expect(&d, BS_DOC_CATALOGUE);
		o = bs_doc_load_options(&d, lo);
		if (status == BS_OK && big_catalogue_load_buffer(cat, d.data, d.len, &o) < 0)
			status = bs_library_error(d.name);
		for (size_t k = 0; status == BS_OK && k < big_catalogue_diagnostic_count(*cat); k++)
			bs_print_diagnostic(d.name, big_catalogue_diagnostic(*cat, k));
		bs_doc_free(&d);
		if (status != BS_OK)
			return status;
		cs->given_count++;
	}
	for (size_t i = 0; builtins && i < builtins->count; i++) {
		int rc = big_catalogue_builtin(&cs->given[cs->given_count], builtins->items[i]);

		if (rc == BIG_ENOTFOUND)
			return bs_usage_error(NULL,
					      "no built-in catalogue '%s' "
					      "(see 'bigscore catalogues')",
					      builtins->items[i]);
		if (rc < 0)
			return bs_library_error(NULL);
		cs->given_count++;
	}
	return BS_OK;
}

void bs_catalogues_close(struct bs_catalogues *cs)
{
	for (size_t i = 0; cs->given && i < cs->given_count; i++)
		big_catalogue_free(cs->given[i]);
	for (size_t i = 0; cs->builtin && i < cs->builtin_count; i++)
		big_catalogue_free(cs->builtin[i]);
	free(cs->given);
	free(cs->builtin);
	memset(cs, 0, sizeof(*cs));
}

int bs_load_catalogue(big_catalogue **out, const char *file, const char *builtin,
		      const big_load_options *opts)
{
	struct bs_list files = {0}, builtins = {0};
	struct bs_catalogues cs = {0};
	int status = bs_list_add(file ? &files : &builtins, file ? file : builtin);

	if (status == BS_OK)
		status = bs_catalogues_open(&cs, &files, &builtins, opts);
	if (status == BS_OK) {
		*out = cs.given[0];
		cs.given_count = 0; /* handed over */
	}
	bs_catalogues_close(&cs);
	bs_list_free(&files);
	bs_list_free(&builtins);
	return status;
}

static int same(const big_catalogue *cat, const char *id, const char *version)
{
	return strcmp(big_catalogue_id(cat), id) == 0 &&
	       strcmp(big_catalogue_version(cat), version) == 0;
}

int bs_catalogues_lookup(const big_catalogue **out, struct bs_catalogues *cs, const char *id,
			 const char *version, int builtin)
{
	*out = NULL;
	for (size_t i = 0; id && version && i < cs->given_count; i++)
		if (same(cs->given[i], id, version)) {
			*out = cs->given[i];
			return BS_OK;
		}
	for (size_t i = 0; builtin && id && version && i < cs->builtin_count; i++) {
		if (cs->builtin[i] == NULL &&
		    big_catalogue_builtin(&cs->builtin[i], big_builtin_name(i)) < 0)
			return bs_library_error(NULL);
		if (same(cs->builtin[i], id, version)) {
			*out = cs->builtin[i];
			return BS_OK;
		}
	}
	return BS_OK;
}

int bs_catalogues_find(const big_catalogue **out, struct bs_catalogues *cs, const char *file,
		       const char *where, const char *id, const char *version)
{
	if (id == NULL || version == NULL)
		return bs_error(BS_INPUT, "%s: %s: the catalogue id and version are missing", file,
				where);
	int status = bs_catalogues_lookup(out, cs, id, version, cs->given_count == 0);
	if (status != BS_OK)
		return status;
	if (*out == NULL && cs->given_count == 1)
		*out = cs->given[0];
	if (*out != NULL)
		return BS_OK;
	if (cs->given_count > 1)
		return bs_error(BS_INPUT, "%s: %s: none of the catalogues given is %s %s", file,
				where, id, version);
	return bs_error(BS_USAGE,
			"%s: %s: no built-in catalogue is %s %s; give it with --catalogue FILE",
			file, where, id, version);
}

int bs_load_assessment_doc(big_assessment **out, struct bs_catalogues *cs, const struct bs_doc *d,
			   const big_load_options *lo, int diagnostics)
{
	const big_catalogue *cat = NULL;
	big_load_options o = bs_doc_load_options(d, lo);
	int status = bs_doc_expect(d, BS_DOC_ASSESSMENT);

	if (status == BS_OK)
		status =
		    bs_catalogues_find(&cat, cs, d->name, "$.catalogue", d->cat_id, d->cat_version);
	if (status == BS_OK && big_assessment_load_buffer(out, cat, d->data, d->len, &o) < 0)
		status = bs_library_error(d->name);
	for (size_t k = 0;
	     diagnostics && status == BS_OK && k < big_assessment_diagnostic_count(*out); k++)
		bs_print_diagnostic(d->name, big_assessment_diagnostic(*out, k));
	return status;
}

int bs_load_texts(big_texts **out, const big_catalogue *cat, const char *path,
		  const big_load_options *lo)
{
	struct bs_doc d;
	big_load_options o;
	int status = bs_doc_read(&d, path);

	if (status == BS_OK)
		status = bs_doc_expect(&d, BS_DOC_TEXTS);
	o = bs_doc_load_options(&d, lo);
	if (status == BS_OK && big_texts_load_buffer(out, cat, d.data, d.len, &o) < 0)
		status = bs_library_error(d.name);
	for (size_t k = 0; status == BS_OK && k < big_texts_diagnostic_count(*out); k++)
		bs_print_diagnostic(d.name, big_texts_diagnostic(*out, k));
	bs_doc_free(&d);
	return status;
}

int bs_load_assessment(big_assessment **out, struct bs_catalogues *cs, const char *path,
		       const big_load_options *lo, int diagnostics)
{
	struct bs_doc d;
	int status = bs_doc_read(&d, path);

	if (status == BS_OK)
		status = bs_load_assessment_doc(out, cs, &d, lo, diagnostics);
	bs_doc_free(&d);
	return status;
}
