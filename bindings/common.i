/*
 * libbig — SWIG interface, shared core (included first by libbig.i): the
 * error machinery, the value types that the language typemaps turn into
 * native values, and helpers used by every concern.
 *
 * SPDX-License-Identifier: MIT
 */

%{
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "big.h"

/* The classes of the opaque types (the end of libbig.i). */
#define big_swig_catalogue big_catalogue
#define big_swig_node big_node
#define big_swig_profile big_profile
#define big_swig_assessment big_assessment
#define big_swig_report big_report
#define big_swig_mapping big_mapping
#define big_swig_comparison big_comparison
#define big_swig_collaboration big_collaboration
#define big_swig_aggregate_report big_aggregate_report
#define big_swig_trend big_trend
#define big_swig_distribution big_distribution
#define big_swig_migration big_migration
#define big_swig_result big_result
#define big_swig_demonstration big_demonstration
#define big_swig_action big_action
#define big_swig_document_head big_document_head
#define big_swig_texts big_texts
#define big_swig_workbook big_workbook
%}

/* ------------------------------------------------------------------------
 * Error handling: a failing call records what went wrong, %exception turns
 * that into a language exception right after the call.
 * ---------------------------------------------------------------------- */

%{
enum {
	BIG_SWIG_OK = 0,
	BIG_SWIG_LIBRARY = 1, /* libbig failed: big_error_last() tells */
	BIG_SWIG_OWN = 2,     /* the binding itself refuses (bad argument …) */
	BIG_SWIG_INDEX = 3,   /* index out of range */
	BIG_SWIG_TYPE = 4     /* an argument of the wrong type (TypeError) */
};

typedef struct big_swig_error {
	int kind;
	int code;
	char message[200];
} big_swig_error;

static _Thread_local big_swig_error big_swig_err;

/* Records a libbig failure; returns true when @p rc is an error. */
static bool big_swig_failed(int rc)
{
	if (rc >= 0)
		return false;
	big_swig_err.kind = BIG_SWIG_LIBRARY;
	big_swig_err.code = rc;
	return true;
}

/* Records a failure found by the binding itself. */
static void big_swig_fail(int kind, int code, const char *message)
{
	big_swig_err.kind = kind;
	big_swig_err.code = code;
	snprintf(big_swig_err.message, sizeof(big_swig_err.message), "%s", message);
}

static void big_swig_nomem(void)
{
	big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
}

/* Raises the recorded failure in the language (python/, php/ typemaps.i). */
static void big_swig_raise(void);

/* Releases what the conversion of arguments allocated (php/typemaps.i; nothing in Python). */
static void big_swig_scratch_release(void);

/*
 * big_swig_self_ok(): whether the call may use its object, else the failure
 * is recorded (a macro of php/typemaps.i, which refuses a second
 * construction of a PHP object; always true in Python).
 */
%}

%exception {
	big_swig_err.kind = BIG_SWIG_OK;
	if (!big_swig_self_ok()) {
		big_swig_scratch_release();
		big_swig_raise();
		SWIG_fail;
	}
	$action
	big_swig_scratch_release();
	if (big_swig_err.kind != BIG_SWIG_OK) {
		big_swig_raise();
		SWIG_fail;
	}
}

/* ------------------------------------------------------------------------
 * Value types. Each concern makes them; the typemaps of each language turn
 * them into native values (None/null, str, list/array, dict/array).
 * ---------------------------------------------------------------------- */

%{
/* An integer, or None/null. */
typedef struct big_swig_optint {
	bool has;
	int value;
} big_swig_optint;

/* An input level: None/null means -1 ("none", "clear"). */
typedef int big_swig_level;

/* Text written by libbig, freed with big_free() once converted unless borrowed. */
typedef struct big_swig_text {
	char *text;
	size_t len;
	bool borrowed; /* static text of the library */
} big_swig_text;

/* A list of strings borrowed from @p obj: get(obj, i) for i < count. */
typedef struct big_swig_strings {
	size_t count;
	const char *(*get)(const void *obj, size_t i);
	const void *obj;
} big_swig_strings;

/* A list of strings, or None/null (e.g. the criteria met when none were recorded). */
typedef struct big_swig_optstrings {
	bool has;
	big_swig_strings strings;
} big_swig_optstrings;

/* A string to number map borrowed from @p obj: name(obj, i) -> value(obj, i). */
typedef struct big_swig_numbers {
	size_t count;
	const char *(*name)(const void *obj, size_t i);
	double (*value)(const void *obj, size_t i);
	const void *obj;
} big_swig_numbers;

/*
 * A list of views: get(obj, key, i) for i < count, each a pointer into @p obj
 * shown as an object of class @p type that keeps the object of the method
 * that made the list (its parent) alive; @p key, when the list is of one id
 * (a mapping's entries of a source id), a copy of the method's argument
 * (big_swig_views_of_key()): a PHP argument converted from a number lives
 * in scratch memory that is released before the list is made.
 */
typedef struct big_swig_views {
	size_t count;
	const void *(*get)(const void *obj, const char *key, size_t i);
	const void *obj;
	const char *key;
	char *owned_key; /* key, a copy the out typemap frees once the list is made */
	swig_type_info *type;
	bool own; /* each is new, freed with the object (else borrowed from obj) */
} big_swig_views;

/* Views of one @p key of @p obj, with a copy of the key (count 0 and an
 * out-of-memory error recorded when it cannot be made). */
static big_swig_views big_swig_views_of_key(const void *obj, const char *key, size_t count,
					    const void *(*get)(const void *, const char *, size_t),
					    swig_type_info *type)
{
	big_swig_views v = {0, get, obj, NULL, NULL, type, false};
	size_t n = strlen(key) + 1;

	if ((v.owned_key = malloc(n)) == NULL) {
		big_swig_nomem();
		return v;
	}
	v.key = memcpy(v.owned_key, key, n);
	v.count = count;
	return v;
}

/* An input list of ids, or None/null (ids NULL); the typemaps own the memory. */
typedef struct big_swig_idlist {
	const char **ids;
	size_t count;
} big_swig_idlist;

/* An input list of numbers, or None/null (values NULL); the typemaps own the memory. */
typedef struct big_swig_doubles {
	double *values;
	size_t count;
} big_swig_doubles;

/*
 * An input list of objects of one class (assessments, reports,
 * collaborations): the library's pointers; the typemaps own the memory.
 */
typedef struct big_swig_ptrs {
	const void **items;
	size_t count;
} big_swig_ptrs;

/* An input node: an id (str) or a Node object; both NULL for None/null. */
typedef struct big_swig_node_key {
	const char *id;
	const struct big_node *node;
} big_swig_node_key;

/* The same, where None/null is allowed (and the default). */
typedef big_swig_node_key big_swig_optnode;

/* A string list that the language builds from @p get. */
static big_swig_strings big_swig_strings_of(size_t count,
					    const char *(*get)(const void *obj, size_t i),
					    const void *obj)
{
	big_swig_strings s = {count, get, obj};
	return s;
}

/*
 * The body of a method returning what @p writer (big_report_to_json() …)
 * writes of @p obj; a failure is recorded.
 */
#define BIG_SWIG_WRITE(writer, obj, flags)                                 \
	do {                                                               \
		big_swig_text t_ = {NULL, 0, false};                       \
		(void)big_swig_failed(writer(&t_.text, &t_.len, (obj), (flags))); \
		return t_;                                                 \
	} while (0)

static unsigned int big_swig_json_flags(bool compact)
{
	return compact ? BIG_JSON_COMPACT : 0u;
}

static unsigned int big_swig_csv_flags(bool bom, bool safe)
{
	return (bom ? BIG_CSV_BOM : 0u) | (safe ? BIG_CSV_SAFE : 0u);
}

static big_load_options big_swig_load_options(bool strict, const char *source)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;

	if (strict)
		opts.flags |= BIG_LOAD_STRICT;
	opts.source = source;
	return opts;
}

/* A level of libbig: -1 (none) is None/null. */
static big_swig_optint big_swig_level_of(int level)
{
	big_swig_optint v = {level >= 0, level};
	return v;
}

/* "" (none) is None/null. */
static const char *big_swig_nonempty(const char *s)
{
	return s != NULL && s[0] != '\0' ? s : NULL;
}
%}

/* ------------------------------------------------------------------------
 * Views. A C result (a gap, a node, the scores of a node …) is shown as the
 * library's own struct: a borrowed pointer that keeps the object of the
 * method that returned it alive (python/, php/ typemaps.i: big_swig_view).
 * The struct's fields are read-only attributes generated from the public
 * headers (the end of libbig.i); what needs more than a field is declared
 * with these macros.
 * ---------------------------------------------------------------------- */

/* An attribute NAME of class CLS computed by EXPR from self, documented by DOC. */
%define BIG_ATTR(CLS, TYPE, NAME, EXPR, DOC)
%feature("docstring") CLS::NAME DOC;
%{
static TYPE CLS##_##NAME##_get(const CLS *self)
{
	return EXPR;
}
%}
%extend CLS {
	%immutable;
	TYPE NAME;
	%mutable;
}
%enddef

/* An attribute NAME of class CLS: the list of views GET(self, i), i < COUNT(self), of class ITEM. */
%define BIG_VIEWS(CLS, NAME, ITEM, COUNT, GET, DOC)
%feature("docstring") CLS::NAME DOC;
%{
static const void *CLS##_##NAME##_at(const void *obj, const char *key, size_t i)
{
	(void)key;
	return GET((const CLS *)obj, i);
}
static big_swig_views CLS##_##NAME##_get(const CLS *self)
{
	big_swig_views v = {COUNT(self), CLS##_##NAME##_at, self, NULL, NULL, SWIGTYPE_p_##ITEM,
			    false};
	return v;
}
%}
%extend CLS {
	%immutable;
	big_swig_views NAME;
	%mutable;
}
%enddef

/* An attribute NAME of class CLS: the list of strings GET(self, i), i < COUNT(self). */
%define BIG_STRINGS(CLS, NAME, COUNT, GET, DOC)
%{
static const char *CLS##_##NAME##_at(const void *obj, size_t i)
{
	return GET((const CLS *)obj, i);
}
%}
BIG_ATTR(CLS, big_swig_strings, NAME, big_swig_strings_of(COUNT(self), CLS##_##NAME##_at, self),
	 DOC)
%enddef

/* A function NAME() of the module: the names of an enumeration, NAME_FN(i) for i < COUNT. */
%define BIG_NAMES(NAME, NAME_FN, COUNT)
BIG_FUNCTION(NAME);
%{
static const char *big_swig_##NAME##_at(const void *unused, size_t i)
{
	(void)unused;
	return NAME_FN(i);
}
static big_swig_strings big_swig_##NAME(void)
{
	return big_swig_strings_of(COUNT, big_swig_##NAME##_at, NULL);
}
%}
big_swig_strings big_swig_##NAME(void);
%enddef

/*
 * The static methods load_file(), load_string() and load_buffer() of class
 * CLS (NAME in Python), which load a libbig.KIND document with
 * big_KIND_load_file() and big_KIND_load_buffer(). BIG_LOADERS_FOR: a
 * document made against a catalogue, the first argument.
 */
%define BIG_LOADER_DOCS(NAME, KIND, CAT)
%feature("docstring") load_file "load_file(" CAT "path, strict=False) -> " #NAME "\n\n"
    "Loads a libbig." #KIND " document from a file. With strict=True unknown\n"
    "fields are errors instead of diagnostics.";
%feature("docstring") load_string "load_string(" CAT "text, strict=False, source=None) -> "
    #NAME "\n\nLoads a libbig." #KIND " document from a string (str or bytes);\n"
    "source is the name used in error messages (default '<buffer>').";
%feature("docstring") load_buffer "load_buffer(" CAT "data, strict=False, source=None) -> "
    #NAME "\n\nSame as load_string(); data may be bytes, bytearray or str.";
%enddef

%define BIG_LOADERS(CLS, NAME, KIND)
%newobject CLS::load_file;
%newobject CLS::load_string;
%newobject CLS::load_buffer;
%extend CLS {
	BIG_LOADER_DOCS(NAME, KIND, "")
	static big_##KIND *load_file(const char *path, bool strict = false)
	{
		big_load_options opts = big_swig_load_options(strict, NULL);
		big_##KIND *obj = NULL;

		return big_swig_failed(big_##KIND##_load_file(&obj, path, &opts)) ? NULL : obj;
	}
	static big_##KIND *load_string(const char *text, size_t len, bool strict = false,
				       const char *source = NULL)
	{
		big_load_options opts = big_swig_load_options(strict, source);
		big_##KIND *obj = NULL;

		return big_swig_failed(big_##KIND##_load_buffer(&obj, text, len, &opts)) ? NULL : obj;
	}
	static big_##KIND *load_buffer(const char *data, size_t len, bool strict = false,
				       const char *source = NULL)
	{
		return big_swig_##KIND##_load_string(data, len, strict, source);
	}
}
%enddef

%define BIG_LOADERS_FOR(CLS, NAME, KIND)
%newobject CLS::load_file;
%newobject CLS::load_string;
%newobject CLS::load_buffer;
%extend CLS {
	BIG_LOADER_DOCS(NAME, KIND, "catalogue, ")
	static big_##KIND *load_file(const big_catalogue *catalogue, const char *path,
				     bool strict = false)
	{
		big_load_options opts = big_swig_load_options(strict, NULL);
		big_##KIND *obj = NULL;
		int rc = big_##KIND##_load_file(&obj, catalogue, path, &opts);

		return big_swig_failed(rc) ? NULL : obj;
	}
	static big_##KIND *load_string(const big_catalogue *catalogue, const char *text, size_t len,
				       bool strict = false, const char *source = NULL)
	{
		big_load_options opts = big_swig_load_options(strict, source);
		big_##KIND *obj = NULL;
		int rc = big_##KIND##_load_buffer(&obj, catalogue, text, len, &opts);

		return big_swig_failed(rc) ? NULL : obj;
	}
	static big_##KIND *load_buffer(const big_catalogue *catalogue, const char *data, size_t len,
				       bool strict = false, const char *source = NULL)
	{
		return big_swig_##KIND##_load_string(catalogue, data, len, strict, source);
	}
}
%enddef

/* len() in Python, count() in PHP (Countable, php/extras.i): COUNT($self) of class CLS. */
#ifdef SWIGPHP
%define BIG_LEN(CLS, COUNT, DOC)
%feature("php:type", "1") CLS::count;
%extend CLS {
	size_t count()
	{
		return COUNT($self);
	}
}
%enddef
#else
%define BIG_LEN(CLS, COUNT, DOC)
%feature("docstring") CLS::__len__ DOC;
%extend CLS {
	size_t __len__()
	{
		return COUNT($self);
	}
}
%enddef
#endif
