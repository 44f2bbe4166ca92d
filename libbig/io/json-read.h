/*
 * libbig — private: reading libbig documents into cJSON trees (json-tree.c),
 * with errors that name the place in the input.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_JSON_READ_H
#define BIG_JSON_READ_H

#include <cjson/cJSON.h>
#include <stdbool.h>

#include "arena.h"
#include "big.h"
#include "diag.h"
#include "json-tree.h"

/* A JSON path as a chain of stack frames: rendered only when needed. */
struct big_jpath {
	const struct big_jpath *up;
	const char *key; /* object member, or NULL for an array element */
	size_t index;
};

/* Where a document comes from: a file (path set) or memory. */
struct big_json_input {
	const char *data; /* the text, when path is NULL */
	size_t len;
	const char *path; /* a file to read, or NULL */
	const char *name; /* name of an in-memory input in messages ("<buffer>") */
};

#define BIG_JSON_BUFFER(data, len) (&(struct big_json_input){(data), (len), NULL, "<buffer>"})
#define BIG_JSON_FILE(path)        (&(struct big_json_input){NULL, 0, (path), NULL})

struct big_json_doc {
	cJSON *root;
	char *text; /* the file's text, when read from a file */
	const char *source;
	bool strict;
	struct big_diag_list *diags; /* where unknown fields are reported */
	struct big_json_tree tree;   /* holds root */
};

/* Reads the input if it is a file, checks the size limit, reads the JSON
 * (UTF-8, syntax and depth checked), and checks `format` (the name of @kind,
 * core/names.c) and `format_version`; with @kind BIG_DOCUMENT_UNKNOWN any
 * JSON value is taken. On success the document must be released with
 * big__json_close(). */
int big__json_open(struct big_json_doc *doc, const struct big_json_input *in,
		   const big_load_options *opts, big_document_kind kind,
		   struct big_diag_list *diags);
void big__json_close(struct big_json_doc *doc);

/* Renders @path into @buf ("$.nodes[3].id"). */
void big__jpath_render(const struct big_jpath *path, char *buf, size_t size);

/* Sets a schema-kind error at @path. Returns @code. */
int big__json_fail(const struct big_json_doc *doc, int code, const struct big_jpath *path,
		   const char *fmt, ...) BIG_PRINTF(4, 5);

/* Reports @item, a member that the format does not define: a diagnostic, or
 * an error in strict mode. */
int big__json_unknown(const struct big_json_doc *doc, const struct big_jpath *path,
		      const cJSON *item);

/* A member of an object that a format defines, and where it was found. */
struct big_json_field {
	const char *name;
	const cJSON *item; /* the member, or NULL when absent */
};

/* Sorts the members of the object @obj into @fields by name, so that they can
 * be read in a fixed order: an unknown member is reported (big__json_unknown),
 * a member given twice is BIG_EDUPLICATE. Also checks that @obj is an object. */
int big__json_collect(const struct big_json_doc *doc, const cJSON *obj,
		      const struct big_jpath *path, struct big_json_field *fields, size_t count);

/* What a string of a document is: free text may hold any character; an id
 * or a title is one line, and a control character in it (C0, DEL, C1:
 * text.h) is a warning `control-character` naming its path, or BIG_ESCHEMA
 * in strict mode (docs/formats.md). */
enum big_text_kind {
	BIG_TEXT_FREE,  /* may be empty, any character: a node's text, a note */
	BIG_TEXT_LABEL, /* may be empty, one line: a title, a name, a label */
	BIG_TEXT_ID,    /* not empty, one line: an id */
};

/* Type-checked accessors; each sets an error naming @path on failure. */
int big__json_object(const struct big_json_doc *doc, const cJSON *item,
		     const struct big_jpath *path);
int big__json_array(const struct big_json_doc *doc, const cJSON *item,
		    const struct big_jpath *path);
int big__json_string(const struct big_json_doc *doc, const cJSON *item,
		     const struct big_jpath *path, const char **out);
int big__json_nonempty_string(const struct big_json_doc *doc, const cJSON *item,
			      const struct big_jpath *path, const char **out);
/* A string of the @kind. */
int big__json_text(const struct big_json_doc *doc, const cJSON *item, const struct big_jpath *path,
		   enum big_text_kind kind, const char **out);
int big__json_number(const struct big_json_doc *doc, const cJSON *item,
		     const struct big_jpath *path, double *out);
int big__json_int(const struct big_json_doc *doc, const cJSON *item, const struct big_jpath *path,
		  int min, int max, int *out);
int big__json_bool(const struct big_json_doc *doc, const cJSON *item, const struct big_jpath *path,
		   bool *out);
int big__json_date(const struct big_json_doc *doc, const cJSON *item, const struct big_jpath *path,
		   const char **out);
/* A string of the @kind copied into @arena. */
int big__json_copy_string(const struct big_json_doc *doc, struct big_arena *arena,
			  const cJSON *item, const struct big_jpath *path, enum big_text_kind kind,
			  const char **out);
/* An array of ids (BIG_TEXT_ID), copied into @arena with the array itself. */
int big__json_string_list(const struct big_json_doc *doc, struct big_arena *arena,
			  const cJSON *array, const struct big_jpath *path, const char ***out,
			  size_t *count);
/* An error for the missing required member @key of the object at @path. */
int big__json_missing(const struct big_json_doc *doc, const struct big_jpath *path,
		      const char *key);

/* Whether @s is a valid calendar date "YYYY-MM-DD". */
bool big__date_valid(const char *s);

#endif /* BIG_JSON_READ_H */
