/*
 * libbig — SWIG interface shared by the Python 3 and PHP 8 bindings.
 *
 * One interface for both languages: the parts that differ (raising
 * exceptions, building lists and dictionaries, Python niceties, PHP
 * interfaces) sit under #ifdef SWIGPYTHON / SWIGPHP.
 *
 * Classes (Python name / PHP name):
 *   Catalogue / BigCatalogue    a loaded catalogue (reference-counted in C)
 *   Node / BigNode              a node, holding a catalogue reference
 *   Assessment / BigAssessment  the results of one organisation, one period
 *   Result / BigResult          a copy of the result of one requirement
 *   Report / BigReport          the result of scoring (holds the catalogue)
 *   Scores / BigScores          a copy of the scores of one node
 *   Gap / BigGap                one requirement that falls short
 *   ExceptionEntry / BigExceptionEntry
 *                               one line of the exceptions register (not named
 *                               Exception: that would shadow the builtin)
 *   Diagnostic / BigDiagnostic  a copy of one non-fatal finding
 * Errors: libbig.Error (code, name, source, path, line, column) / BigException
 * (getCode(), getMessage(), getName()).
 *
 * Memory: every object the binding hands out owns what it points to or holds
 * a reference to the catalogue, so nothing can outlive its catalogue.
 *
 * SPDX-License-Identifier: MIT
 */

#ifdef SWIGPYTHON
%define BIG_MODULE_DOC
"libbig: scoring core for the Dutch government information-security
baselines (BIG, BIO, BIO2).

    import libbig
    cat = libbig.Catalogue.builtin('bio2')
    a = libbig.Assessment.load_file(cat, 'assessment.json')
    report = a.score()
    print(report.overall.implementation)
"
%enddef
%module(docstring=BIG_MODULE_DOC) libbig
#else
%module libbig
#endif

%{
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "big.h"
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
	BIG_SWIG_INDEX = 3    /* index out of range */
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

static void big_swig_raise(void);
%}

%exception {
	big_swig_err.kind = BIG_SWIG_OK;
	$action
	if (big_swig_err.kind != BIG_SWIG_OK) {
		big_swig_raise();
		SWIG_fail;
	}
}

/* ------------------------------------------------------------------------
 * Helper types of the binding.
 * ---------------------------------------------------------------------- */

%{
/*
 * The classes of the binding have their own names for SWIG, so that the
 * functions it generates for %extend (big_swig_catalogue_load_file …) stay
 * apart from those of the library; in C they are the library's types.
 */
#define big_swig_catalogue  big_catalogue
#define big_swig_assessment big_assessment
#define big_swig_report     big_report

/* A node as the binding shows it: the node and a catalogue reference. */
typedef struct big_swig_node {
	big_catalogue *cat;
	const big_node *node;
} big_swig_node;

static big_swig_node *big_swig_node_new(const big_catalogue *cat, const big_node *node)
{
	big_swig_node *ref;

	if (cat == NULL || node == NULL)
		return NULL;
	ref = malloc(sizeof(*ref));
	if (ref == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	/* The count is thread-safe and not part of the catalogue's value. */
	ref->cat = big_catalogue_ref((big_catalogue *)cat);
	ref->node = node;
	return ref;
}

static void big_swig_node_free(big_swig_node *ref)
{
	if (ref == NULL)
		return;
	big_catalogue_free(ref->cat);
	free(ref);
}

/* A new catalogue handle for the caller: one more reference. */
static big_catalogue *big_swig_cat_ref(const big_catalogue *cat)
{
	return cat == NULL ? NULL : big_catalogue_ref((big_catalogue *)cat);
}

static char *big_swig_strdup(const char *s)
{
	size_t len = strlen(s != NULL ? s : "");
	char *copy = malloc(len + 1);

	if (copy == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	memcpy(copy, s != NULL ? s : "", len + 1);
	return copy;
}

/* A copy of a diagnostic: diagnostics are borrowed from their object. */
typedef struct big_swig_diagnostic {
	big_severity severity;
	char *code;
	char *message;
	char *path;
} big_swig_diagnostic;

static void big_swig_diagnostic_free(big_swig_diagnostic *d)
{
	if (d == NULL)
		return;
	free(d->code);
	free(d->message);
	free(d->path);
	free(d);
}

static big_swig_diagnostic *big_swig_diagnostic_copy(const big_diagnostic *src)
{
	big_swig_diagnostic *d = calloc(1, sizeof(*d));

	if (d == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	d->severity = src->severity;
	d->code = big_swig_strdup(src->code);
	d->message = big_swig_strdup(src->message);
	d->path = big_swig_strdup(src->path);
	if (d->code == NULL || d->message == NULL || d->path == NULL) {
		big_swig_diagnostic_free(d);
		return NULL;
	}
	return d;
}

/* One gap, holding a catalogue reference for its node. */
typedef struct big_swig_gap {
	big_catalogue *cat;
	const big_node *node;
	unsigned int kinds;
	double size;
	big_status status;
	int maturity;
} big_swig_gap;

static big_swig_gap *big_swig_gap_copy(const big_catalogue *cat, const big_gap *src)
{
	big_swig_gap *g = malloc(sizeof(*g));

	if (g == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	g->cat = big_catalogue_ref((big_catalogue *)cat);
	g->node = src->node;
	g->kinds = src->kinds;
	g->size = src->size;
	g->status = src->status;
	g->maturity = src->maturity;
	return g;
}

static void big_swig_gap_free(big_swig_gap *g)
{
	if (g == NULL)
		return;
	big_catalogue_free(g->cat);
	free(g);
}

/*
 * One line of the exceptions register: a copy (the strings are borrowed from
 * the report), holding a catalogue reference for its node.
 */
typedef struct big_swig_exception {
	big_catalogue *cat;
	const big_node *node;
	big_status status;
	char *explanation;
	char *owner; /* NULL when none was given */
	char *expires;
} big_swig_exception;

static void big_swig_exception_free(big_swig_exception *x)
{
	if (x == NULL)
		return;
	big_catalogue_free(x->cat);
	free(x->explanation);
	free(x->owner);
	free(x->expires);
	free(x);
}

static big_swig_exception *big_swig_exception_copy(const big_catalogue *cat,
						   const big_exception *src)
{
	big_swig_exception *x = calloc(1, sizeof(*x));

	if (x == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	x->cat = big_catalogue_ref((big_catalogue *)cat);
	x->node = src->node;
	x->status = src->status;
	x->explanation = big_swig_strdup(src->explanation);
	x->expires = big_swig_strdup(src->expires);
	if (src->owner != NULL)
		x->owner = big_swig_strdup(src->owner);
	if (x->explanation == NULL || x->expires == NULL ||
	    (src->owner != NULL && x->owner == NULL)) {
		big_swig_exception_free(x);
		return NULL;
	}
	return x;
}

/* A copy of the result of one requirement (results are borrowed and change). */
typedef struct big_swig_result {
	char *id;
	big_status status;
	int maturity;
	char *explanation;
	char *owner;
	char *expires;
	size_t evidence_count;
	char **evidence;
} big_swig_result;

static void big_swig_result_free(big_swig_result *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->evidence_count; i++)
		free(r->evidence[i]);
	free(r->evidence);
	free(r->id);
	free(r->explanation);
	free(r->owner);
	free(r->expires);
	free(r);
}

static big_swig_result *big_swig_result_copy(const char *id, const big_result *src)
{
	big_swig_result *r = calloc(1, sizeof(*r));
	size_t n = big_result_evidence_count(src);

	if (r == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	r->status = big_result_status(src);
	r->maturity = big_result_maturity(src);
	r->id = big_swig_strdup(id);
	r->explanation = big_swig_strdup(big_result_explanation(src));
	r->owner = big_swig_strdup(big_result_owner(src));
	r->expires = big_swig_strdup(big_result_expires(src));
	if (n > 0) {
		r->evidence = calloc(n, sizeof(*r->evidence));
		if (r->evidence == NULL) {
			big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
			big_swig_result_free(r);
			return NULL;
		}
		r->evidence_count = n;
		for (size_t i = 0; i < n; i++) {
			r->evidence[i] = big_swig_strdup(big_result_evidence(src, i));
			if (r->evidence[i] == NULL) {
				big_swig_result_free(r);
				return NULL;
			}
		}
	}
	if (r->id == NULL || r->explanation == NULL || r->owner == NULL || r->expires == NULL) {
		big_swig_result_free(r);
		return NULL;
	}
	return r;
}

/*
 * Values that the typemaps below turn into native values: a number or
 * None/null, lists of nodes, strings, diagnostics and gaps, and dictionaries.
 */
typedef struct big_swig_optdouble {
	bool has;
	double value;
} big_swig_optdouble;

typedef struct big_swig_optint {
	bool has;
	int value;
} big_swig_optint;

/* An input level: None/null means -1 ("none", "clear"). */
typedef int big_swig_level;

typedef struct big_swig_text {
	char *text; /* from libbig, freed with big_free() */
	size_t len;
} big_swig_text;

enum { BIG_SWIG_ALL_NODES, BIG_SWIG_ROOTS, BIG_SWIG_CHILDREN };

typedef struct big_swig_nodes {
	int which;
	const big_catalogue *cat;
	const big_node *parent;
} big_swig_nodes;

static size_t big_swig_nodes_count(const big_swig_nodes *l)
{
	switch (l->which) {
	case BIG_SWIG_ALL_NODES:
		return big_catalogue_node_count(l->cat);
	case BIG_SWIG_ROOTS:
		return big_catalogue_root_count(l->cat);
	default:
		return big_node_child_count(l->parent);
	}
}

static const big_node *big_swig_nodes_get(const big_swig_nodes *l, size_t i)
{
	switch (l->which) {
	case BIG_SWIG_ALL_NODES:
		return big_catalogue_node(l->cat, i);
	case BIG_SWIG_ROOTS:
		return big_catalogue_root(l->cat, i);
	default:
		return big_node_child(l->parent, i);
	}
}

enum { BIG_SWIG_TAGS, BIG_SWIG_REFS, BIG_SWIG_EVIDENCE, BIG_SWIG_BUILTINS, BIG_SWIG_GAP_KINDS };

typedef struct big_swig_strings {
	int which;
	const void *obj;
} big_swig_strings;

static const char *const big_swig_gap_kind_names[] = {"implementation", "maturity", "explanation"};

static size_t big_swig_strings_count(const big_swig_strings *s)
{
	switch (s->which) {
	case BIG_SWIG_TAGS:
		return big_node_tag_count(s->obj);
	case BIG_SWIG_REFS:
		return big_node_ref_count(s->obj);
	case BIG_SWIG_EVIDENCE:
		return ((const big_swig_result *)s->obj)->evidence_count;
	case BIG_SWIG_BUILTINS:
		return big_builtin_count();
	default: {
		unsigned int kinds = ((const big_swig_gap *)s->obj)->kinds;
		size_t n = 0;
		for (size_t k = 0; k < 3; k++)
			n += (kinds >> k) & 1u;
		return n;
	}
	}
}

static const char *big_swig_strings_get(const big_swig_strings *s, size_t i)
{
	switch (s->which) {
	case BIG_SWIG_TAGS:
		return big_node_tag(s->obj, i);
	case BIG_SWIG_REFS:
		return big_node_ref(s->obj, i);
	case BIG_SWIG_EVIDENCE:
		return ((const big_swig_result *)s->obj)->evidence[i];
	case BIG_SWIG_BUILTINS:
		return big_builtin_name(i);
	default: {
		unsigned int kinds = ((const big_swig_gap *)s->obj)->kinds;
		for (size_t k = 0; k < 3; k++) {
			if (((kinds >> k) & 1u) && i-- == 0)
				return big_swig_gap_kind_names[k];
		}
		return NULL;
	}
	}
}

enum { BIG_SWIG_DIAG_CATALOGUE, BIG_SWIG_DIAG_ASSESSMENT, BIG_SWIG_DIAG_REPORT };

typedef struct big_swig_diagnostics {
	int which;
	const void *obj;
} big_swig_diagnostics;

static size_t big_swig_diagnostics_count(const big_swig_diagnostics *d)
{
	switch (d->which) {
	case BIG_SWIG_DIAG_CATALOGUE:
		return big_catalogue_diagnostic_count(d->obj);
	case BIG_SWIG_DIAG_ASSESSMENT:
		return big_assessment_diagnostic_count(d->obj);
	default:
		return big_report_diagnostic_count(d->obj);
	}
}

static const big_diagnostic *big_swig_diagnostics_get(const big_swig_diagnostics *d, size_t i)
{
	switch (d->which) {
	case BIG_SWIG_DIAG_CATALOGUE:
		return big_catalogue_diagnostic(d->obj, i);
	case BIG_SWIG_DIAG_ASSESSMENT:
		return big_assessment_diagnostic(d->obj, i);
	default:
		return big_report_diagnostic(d->obj, i);
	}
}

typedef struct big_swig_gaps {
	const big_report *report;
} big_swig_gaps;

typedef struct big_swig_exceptions {
	const big_report *report;
} big_swig_exceptions;

typedef struct big_swig_counts {
	unsigned int counts[BIG_STATUS_COUNT];
} big_swig_counts;

typedef struct big_swig_attributes {
	const big_assessment *a;
} big_swig_attributes;
%}

/* ------------------------------------------------------------------------
 * Language-specific parts: raising, typemaps, niceties.
 * ---------------------------------------------------------------------- */

#ifdef SWIGPYTHON
%include "python/libbig-python.i"
#endif
#ifdef SWIGPHP
%include "php/libbig-php.i"
#endif

/* ------------------------------------------------------------------------
 * Names.
 * ---------------------------------------------------------------------- */

#ifdef SWIGPHP
#define BIG_CLASS(py, c) %rename(Big##py) c
#else
#define BIG_CLASS(py, c) %rename(py) c
#endif

BIG_CLASS(Catalogue, big_swig_catalogue);
BIG_CLASS(Node, big_swig_node);
BIG_CLASS(Assessment, big_swig_assessment);
BIG_CLASS(Result, big_swig_result);
BIG_CLASS(Report, big_swig_report);
BIG_CLASS(Scores, big_scores);
BIG_CLASS(Gap, big_swig_gap);
BIG_CLASS(ExceptionEntry, big_swig_exception);
BIG_CLASS(Diagnostic, big_swig_diagnostic);


%feature("compactdefaultargs");
#ifdef SWIGPYTHON
%feature("kwargs");
#endif

/* Constants: libbig.EIO in Python, BIG_EIO in PHP (PHP constants are global). */
#ifdef SWIGPHP
%define BIG_CONSTANT(name)
%constant int BIG_##name = BIG_##name;
%enddef
#else
%define BIG_CONSTANT(name)
%constant int name = BIG_##name;
%enddef
#endif

BIG_CONSTANT(OK);
BIG_CONSTANT(ERROR);
BIG_CONSTANT(ENOMEM);
BIG_CONSTANT(EINVAL);
BIG_CONSTANT(EIO);
BIG_CONSTANT(ESYNTAX);
BIG_CONSTANT(ESCHEMA);
BIG_CONSTANT(EVERSION);
BIG_CONSTANT(EDUPLICATE);
BIG_CONSTANT(ENOTFOUND);
BIG_CONSTANT(EMISMATCH);
BIG_CONSTANT(ERANGE);
BIG_CONSTANT(ELIMIT);
BIG_CONSTANT(EUTF8);

/* ------------------------------------------------------------------------
 * Module functions.
 * ---------------------------------------------------------------------- */

#ifdef SWIGPHP
%rename(big_version) big_swig_version;
%rename(big_builtin_names) big_swig_builtin_names;
%rename(big_error_name) big_swig_error_name;
%rename(big_score) big_swig_score;
#else
%rename(version) big_swig_version;
%rename(builtin_names) big_swig_builtin_names;
%rename(error_name) big_swig_error_name;
%rename(score) big_swig_score;
#endif

%feature("docstring") big_swig_version "Version of the libbig library, e.g. '0.1.0'.";
%feature("docstring") big_swig_builtin_names
    "Names of the catalogues compiled into the library (for Catalogue.builtin()).";
%feature("docstring") big_swig_error_name
    "Symbolic name of an error code, e.g. error_name(-4) == 'BIG_EIO'.";
%feature("docstring") big_swig_score
    "score(assessment, rollup='hierarchical', target=-1) -> Report\n\n"
    "Scores an assessment; see Assessment.score().";
%newobject big_swig_score;

%inline %{
static const char *big_swig_version(void)
{
	return big_version(NULL, NULL, NULL);
}

static big_swig_strings big_swig_builtin_names(void)
{
	big_swig_strings s = {BIG_SWIG_BUILTINS, NULL};
	return s;
}

static const char *big_swig_error_name(int code)
{
	return big_error_name(code);
}
%}

%{
static big_report *big_swig_score(const big_assessment *assessment, const char *rollup,
				  big_swig_level target)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *report = NULL;

	if (rollup != NULL && big_swig_failed(big_rollup_from_name(&opts.rollup, rollup)))
		return NULL;
	opts.target = target;
	if (big_swig_failed(big_score(&report, assessment, &opts)))
		return NULL;
	return report;
}

static big_load_options big_swig_load_options(bool strict, const char *source)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;

	if (strict)
		opts.flags |= BIG_LOAD_STRICT;
	opts.source = source;
	return opts;
}
%}

big_swig_report *big_swig_score(const big_swig_assessment *assessment,
				const char *rollup = "hierarchical", big_swig_level target = -1);

/* ------------------------------------------------------------------------
 * Catalogue.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_catalogue
    "A norm catalogue: an immutable tree of nodes (themes, controls, measures ...).\n\n"
    "Make one with Catalogue.builtin(name), Catalogue.load_file(path) or\n"
    "Catalogue.load_string(text). len(catalogue) is the number of nodes;\n"
    "iterating gives every node in pre-order (document order).";

%newobject big_swig_catalogue::load_file;
%newobject big_swig_catalogue::load_string;
%newobject big_swig_catalogue::load_buffer;
%newobject big_swig_catalogue::builtin;
%newobject big_swig_catalogue::find;
%newobject big_swig_catalogue::node;

%{
static big_catalogue *big_catalogue_load_file_(const char *path, bool strict)
{
	big_load_options opts = big_swig_load_options(strict, NULL);
	big_catalogue *cat = NULL;

	if (big_swig_failed(big_catalogue_load_file(&cat, path, &opts)))
		return NULL;
	return cat;
}

static big_catalogue *big_catalogue_load_buffer_(const char *data, size_t len, bool strict,
						 const char *source)
{
	big_load_options opts = big_swig_load_options(strict, source);
	big_catalogue *cat = NULL;

	if (big_swig_failed(big_catalogue_load_buffer(&cat, data, len, &opts)))
		return NULL;
	return cat;
}

static const char *big_swig_catalogue_id_get(const big_catalogue *c)
{
	return big_catalogue_id(c);
}
static const char *big_swig_catalogue_version_get(const big_catalogue *c)
{
	return big_catalogue_version(c);
}
static const char *big_swig_catalogue_title_get(const big_catalogue *c)
{
	return big_catalogue_title(c);
}
static const char *big_swig_catalogue_language_get(const big_catalogue *c)
{
	return big_catalogue_language(c);
}
static const char *big_swig_catalogue_publisher_get(const big_catalogue *c)
{
	return big_catalogue_publisher(c);
}
static const char *big_swig_catalogue_based_on_get(const big_catalogue *c)
{
	return big_catalogue_based_on(c);
}
static int big_swig_catalogue_max_level_get(const big_catalogue *c)
{
	return big_catalogue_max_level(c);
}
static int big_swig_catalogue_default_target_get(const big_catalogue *c)
{
	return big_catalogue_default_target(c);
}
static big_swig_nodes big_swig_catalogue_roots_get(const big_catalogue *c)
{
	big_swig_nodes l = {BIG_SWIG_ROOTS, c, NULL};
	return l;
}
static big_swig_nodes big_swig_catalogue_nodes_get(const big_catalogue *c)
{
	big_swig_nodes l = {BIG_SWIG_ALL_NODES, c, NULL};
	return l;
}
static big_swig_diagnostics big_swig_catalogue_diagnostics_get(const big_catalogue *c)
{
	big_swig_diagnostics d = {BIG_SWIG_DIAG_CATALOGUE, c};
	return d;
}
%}

%extend big_swig_catalogue {
	%feature("docstring") load_file
	    "load_file(path, strict=False) -> Catalogue\n\n"
	    "Loads a libbig.catalogue document from a file. With strict=True unknown\n"
	    "fields are errors instead of diagnostics.";
	static big_swig_catalogue *load_file(const char *path, bool strict = false)
	{
		return big_catalogue_load_file_(path, strict);
	}

	%feature("docstring") load_string
	    "load_string(text, strict=False, source=None) -> Catalogue\n\n"
	    "Loads a libbig.catalogue document from a string (str or bytes);\n"
	    "source is the name used in error messages (default '<buffer>').";
	static big_swig_catalogue *load_string(const char *text, size_t len, bool strict = false,
					       const char *source = NULL)
	{
		return big_catalogue_load_buffer_(text, len, strict, source);
	}

	%feature("docstring") load_buffer
	    "load_buffer(data, strict=False, source=None) -> Catalogue\n\n"
	    "Same as load_string(); data may be bytes, bytearray or str.";
	static big_swig_catalogue *load_buffer(const char *data, size_t len, bool strict = false,
					  const char *source = NULL)
	{
		return big_catalogue_load_buffer_(data, len, strict, source);
	}

	%feature("docstring") builtin
	    "builtin(name) -> Catalogue\n\n"
	    "Loads a catalogue compiled into the library, e.g. 'bio2' (see builtin_names()).";
	static big_swig_catalogue *builtin(const char *name)
	{
		big_catalogue *cat = NULL;

		if (big_swig_failed(big_catalogue_builtin(&cat, name)))
			return NULL;
		return cat;
	}

	~big_swig_catalogue()
	{
		big_catalogue_free($self);
	}

	%feature("docstring") find
	    "find(id) -> Node or None\n\nThe node with this id, or None when there is none.";
	big_swig_node *find(const char *id)
	{
		return big_swig_node_new($self, big_catalogue_find($self, id));
	}

	%feature("docstring") node
	    "node(i) -> Node\n\nNode i in pre-order, 0 <= i < len(catalogue).";
	big_swig_node *node(size_t i)
	{
		const big_node *node = big_catalogue_node($self, i);

		if (node == NULL) {
			big_swig_fail(BIG_SWIG_INDEX, BIG_ERANGE, "node index out of range");
			return NULL;
		}
		return big_swig_node_new($self, node);
	}

	%immutable;
	/** Catalogue id, e.g. "bio2". */
	const char *id;
	/** Catalogue version, e.g. "1.2". */
	const char *version;
	/** Title ("" when absent). */
	const char *title;
	/** Language tag, e.g. "nl" ("" when absent). */
	const char *language;
	/** Publisher ("" when absent). */
	const char *publisher;
	/** Standard the catalogue is based on ("" when absent). */
	const char *based_on;
	/** Highest maturity level N (5 by default). */
	int max_level;
	/** Target maturity when neither the assessment nor the options give one. */
	int default_target;
	/** Top-level nodes. */
	big_swig_nodes roots;
	/** Every node in pre-order. */
	big_swig_nodes nodes;
	/** Diagnostics collected while loading (list of Diagnostic). */
	big_swig_diagnostics diagnostics;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Node.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_node
    "One node of a catalogue (theme, chapter, control, measure ...).\n\n"
    "A Node keeps its catalogue alive.";

%newobject big_swig_node::parent;
%newobject big_swig_node::catalogue;

%{
static const char *big_swig_node_id_get(const big_swig_node *n)
{
	return big_node_id(n->node);
}
static const char *big_swig_node_kind_get(const big_swig_node *n)
{
	return big_node_kind(n->node);
}
static const char *big_swig_node_title_get(const big_swig_node *n)
{
	return big_node_title(n->node);
}
static const char *big_swig_node_text_get(const big_swig_node *n)
{
	return big_node_text(n->node);
}
static double big_swig_node_weight_get(const big_swig_node *n)
{
	return big_node_weight(n->node);
}
static bool big_swig_node_assessable_get(const big_swig_node *n)
{
	return big_node_is_assessable(n->node);
}
static bool big_swig_node_mandatory_get(const big_swig_node *n)
{
	return big_node_is_mandatory(n->node);
}
static unsigned int big_swig_node_depth_get(const big_swig_node *n)
{
	return big_node_depth(n->node);
}
static size_t big_swig_node_index_get(const big_swig_node *n)
{
	return big_node_index(n->node);
}
static big_swig_node *big_swig_node_parent_get(const big_swig_node *n)
{
	return big_swig_node_new(n->cat, big_node_parent(n->node));
}
static big_swig_nodes big_swig_node_children_get(const big_swig_node *n)
{
	big_swig_nodes l = {BIG_SWIG_CHILDREN, n->cat, n->node};
	return l;
}
static big_swig_strings big_swig_node_tags_get(const big_swig_node *n)
{
	big_swig_strings s = {BIG_SWIG_TAGS, n->node};
	return s;
}
static big_swig_strings big_swig_node_refs_get(const big_swig_node *n)
{
	big_swig_strings s = {BIG_SWIG_REFS, n->node};
	return s;
}
static big_catalogue *big_swig_node_catalogue_get(const big_swig_node *n)
{
	return big_swig_cat_ref(n->cat);
}
%}

%extend big_swig_node {
	~big_swig_node()
	{
		big_swig_node_free($self);
	}

	%immutable;
	/** Official identifier, e.g. "5.1". */
	const char *id;
	/** Kind of node: "theme", "control", "measure" ... */
	const char *kind;
	/** Title (short name). */
	const char *title;
	/** Longer text ("" when absent). */
	const char *text;
	/** Weight in roll-ups (> 0). */
	double weight;
	/** Whether the node is a requirement that gets a result. */
	bool assessable;
	/** Whether the requirement is mandatory (cannot be risk-accepted). */
	bool mandatory;
	/** Depth in the tree: 0 for a top-level node. */
	unsigned int depth;
	/** Position in pre-order. */
	size_t index;
	/** Parent node, or None for a top-level node. */
	big_swig_node *parent;
	/** Child nodes. */
	big_swig_nodes children;
	/** Tags, e.g. "basishygiene". */
	big_swig_strings tags;
	/** External references, e.g. an ISO clause. */
	big_swig_strings refs;
	/** The catalogue of the node. */
	big_swig_catalogue *catalogue;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Diagnostic.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_diagnostic
    "A non-fatal finding about an input document (a copy).";

%{
static const char *big_swig_diagnostic_severity_get(const big_swig_diagnostic *d)
{
	return big_severity_name(d->severity);
}
static const char *big_swig_diagnostic_code_get(const big_swig_diagnostic *d)
{
	return d->code;
}
static const char *big_swig_diagnostic_message_get(const big_swig_diagnostic *d)
{
	return d->message;
}
static const char *big_swig_diagnostic_path_get(const big_swig_diagnostic *d)
{
	return d->path;
}
%}

%extend big_swig_diagnostic {
	~big_swig_diagnostic()
	{
		big_swig_diagnostic_free($self);
	}

	%immutable;
	/** "info" or "warning". */
	const char *severity;
	/** Stable machine-readable code, e.g. "unknown-field". */
	const char *code;
	/** Human-readable message. */
	const char *message;
	/** JSON path of the place in the input. */
	const char *path;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Result.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_result
    "The recorded result of one requirement (a copy, taken by Assessment.result()).";

%{
static const char *big_swig_result_id_get(const big_swig_result *r)
{
	return r->id;
}
static const char *big_swig_result_status_get(const big_swig_result *r)
{
	return big_status_name(r->status);
}
static big_swig_optint big_swig_result_maturity_get(const big_swig_result *r)
{
	big_swig_optint v = {r->maturity >= 0, r->maturity};
	return v;
}
static const char *big_swig_result_explanation_get(const big_swig_result *r)
{
	return r->explanation;
}
static const char *big_swig_result_owner_get(const big_swig_result *r)
{
	return r->owner;
}
static const char *big_swig_result_expires_get(const big_swig_result *r)
{
	return r->expires;
}
static big_swig_strings big_swig_result_evidence_get(const big_swig_result *r)
{
	big_swig_strings s = {BIG_SWIG_EVIDENCE, r};
	return s;
}
%}

%extend big_swig_result {
	~big_swig_result()
	{
		big_swig_result_free($self);
	}

	%immutable;
	/** Requirement id. */
	const char *id;
	/** Status name, e.g. "implemented". */
	const char *status;
	/** Maturity level, or None. */
	big_swig_optint maturity;
	/** Explanation ("" when absent). */
	const char *explanation;
	/** Owner ("" when absent). */
	const char *owner;
	/** Expiry date YYYY-MM-DD ("" when absent). */
	const char *expires;
	/** Evidence (list of strings). */
	big_swig_strings evidence;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Assessment.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_assessment
    "The results of one organisation for one period against one catalogue.\n\n"
    "Assessment(catalogue, organisation_id, period) makes an empty one (every\n"
    "requirement not_assessed); Assessment.load_file(catalogue, path) and\n"
    "Assessment.load_string(catalogue, text) read a libbig.assessment document.";

%newobject big_swig_assessment::load_file;
%newobject big_swig_assessment::load_string;
%newobject big_swig_assessment::load_buffer;
%newobject big_swig_assessment::score;
%newobject big_swig_assessment::result;
%newobject big_swig_assessment::catalogue;

%{
static big_assessment *big_assessment_load_buffer_(const big_catalogue *cat, const char *data,
						   size_t len, bool strict, const char *source)
{
	big_load_options opts = big_swig_load_options(strict, source);
	big_assessment *a = NULL;

	if (big_swig_failed(big_assessment_load_buffer(&a, cat, data, len, &opts)))
		return NULL;
	return a;
}

static big_catalogue *big_swig_assessment_catalogue_get(const big_assessment *a)
{
	return big_swig_cat_ref(big_assessment_catalogue(a));
}
static const char *big_swig_assessment_organisation_id_get(const big_assessment *a)
{
	return big_assessment_organisation_id(a);
}
static const char *big_swig_assessment_organisation_name_get(const big_assessment *a)
{
	return big_assessment_organisation_name(a);
}
static void big_swig_assessment_organisation_name_set(big_assessment *a, const char *name)
{
	big_swig_failed(big_assessment_set_organisation_name(a, name));
}
static const char *big_swig_assessment_organisation_kind_get(const big_assessment *a)
{
	return big_assessment_organisation_kind(a);
}
static void big_swig_assessment_organisation_kind_set(big_assessment *a, const char *kind)
{
	big_swig_failed(big_assessment_set_organisation_kind(a, kind));
}
static const char *big_swig_assessment_period_get(const big_assessment *a)
{
	return big_assessment_period(a);
}
static const char *big_swig_assessment_assessed_on_get(const big_assessment *a)
{
	return big_assessment_assessed_on(a);
}
static void big_swig_assessment_assessed_on_set(big_assessment *a, const char *date)
{
	big_swig_failed(big_assessment_set_assessed_on(a, date));
}
static big_swig_optint big_swig_assessment_target_get(const big_assessment *a)
{
	int target = big_assessment_target(a);
	big_swig_optint v = {target >= 0, target};
	return v;
}
static big_swig_attributes big_swig_assessment_attributes_get(const big_assessment *a)
{
	big_swig_attributes v = {a};
	return v;
}
static big_swig_diagnostics big_swig_assessment_diagnostics_get(const big_assessment *a)
{
	big_swig_diagnostics d = {BIG_SWIG_DIAG_ASSESSMENT, a};
	return d;
}
%}

%extend big_swig_assessment {
	big_swig_assessment(const big_swig_catalogue *catalogue, const char *organisation_id,
		       const char *period)
	{
		big_assessment *a = NULL;

		if (big_swig_failed(big_assessment_new(&a, catalogue, organisation_id, period)))
			return NULL;
		return a;
	}

	~big_swig_assessment()
	{
		big_assessment_free($self);
	}

	%feature("docstring") load_file
	    "load_file(catalogue, path, strict=False) -> Assessment\n\n"
	    "Loads a libbig.assessment document made against catalogue.";
	static big_swig_assessment *load_file(const big_swig_catalogue *catalogue, const char *path,
					 bool strict = false)
	{
		big_load_options opts = big_swig_load_options(strict, NULL);
		big_assessment *a = NULL;

		if (big_swig_failed(big_assessment_load_file(&a, catalogue, path, &opts)))
			return NULL;
		return a;
	}

	%feature("docstring") load_string
	    "load_string(catalogue, text, strict=False, source=None) -> Assessment\n\n"
	    "Loads a libbig.assessment document from a string (str or bytes).";
	static big_swig_assessment *load_string(const big_swig_catalogue *catalogue, const char *text,
						size_t len, bool strict = false,
						const char *source = NULL)
	{
		return big_assessment_load_buffer_(catalogue, text, len, strict, source);
	}

	%feature("docstring") load_buffer
	    "load_buffer(catalogue, data, strict=False, source=None) -> Assessment\n\n"
	    "Same as load_string(); data may be bytes, bytearray or str.";
	static big_swig_assessment *load_buffer(const big_swig_catalogue *catalogue, const char *data,
					   size_t len, bool strict = false,
					   const char *source = NULL)
	{
		return big_assessment_load_buffer_(catalogue, data, len, strict, source);
	}

	%feature("docstring") set_status
	    "set_status(id, status)\n\n"
	    "Sets the status of requirement id: 'implemented', 'partially_implemented',\n"
	    "'not_implemented', 'not_applicable', 'risk_accepted' or 'not_assessed'.";
	void set_status(const char *id, const char *status)
	{
		big_status st;

		if (big_swig_failed(big_status_from_name(&st, status)))
			return;
		big_swig_failed(big_assessment_set_status($self, id, st));
	}

	%feature("docstring") set_maturity
	    "set_maturity(id, maturity)\n\nSets the maturity 0..N of a requirement; None clears it.";
	void set_maturity(const char *id, big_swig_level maturity)
	{
		big_swig_failed(big_assessment_set_maturity($self, id, maturity));
	}

	%feature("docstring") set_explanation
	    "set_explanation(id, explanation)\n\nSets the explanation ('leg uit'); None clears it.";
	void set_explanation(const char *id, const char *explanation)
	{
		big_swig_failed(big_assessment_set_explanation($self, id, explanation));
	}

	%feature("docstring") set_owner "set_owner(id, owner)\n\nSets the owner; None clears it.";
	void set_owner(const char *id, const char *owner)
	{
		big_swig_failed(big_assessment_set_owner($self, id, owner));
	}

	%feature("docstring") set_expires
	    "set_expires(id, date)\n\n"
	    "Sets the expiry date (YYYY-MM-DD) of an exception; None clears it.";
	void set_expires(const char *id, const char *date)
	{
		big_swig_failed(big_assessment_set_expires($self, id, date));
	}

	%feature("docstring") add_evidence
	    "add_evidence(id, evidence)\n\nAppends one piece of evidence to a requirement.";
	void add_evidence(const char *id, const char *evidence)
	{
		big_swig_failed(big_assessment_add_evidence($self, id, evidence));
	}

	%feature("docstring") set_assessed_on
	    "set_assessed_on(date)\n\nSets the date of the assessment (YYYY-MM-DD); None clears it.";
	void set_assessed_on(const char *date)
	{
		big_swig_failed(big_assessment_set_assessed_on($self, date));
	}

	%feature("docstring") set_target
	    "set_target(target)\n\nSets the target maturity 0..N; None (or -1) clears it.";
	void set_target(big_swig_level target)
	{
		big_swig_failed(big_assessment_set_target($self, target));
	}

	%feature("docstring") set_organisation_name "set_organisation_name(name)";
	void set_organisation_name(const char *name)
	{
		big_swig_failed(big_assessment_set_organisation_name($self, name));
	}

	%feature("docstring") set_organisation_kind "set_organisation_kind(kind)";
	void set_organisation_kind(const char *kind)
	{
		big_swig_failed(big_assessment_set_organisation_kind($self, kind));
	}

	%feature("docstring") set_attribute
	    "set_attribute(name, value)\n\nSets a numeric organisation attribute, e.g. 'inhabitants'.";
	void set_attribute(const char *name, double value)
	{
		big_swig_failed(big_assessment_set_attribute($self, name, value));
	}

	%feature("docstring") result
	    "result(id) -> Result or None\n\n"
	    "A copy of the recorded result of requirement id, or None when nothing was recorded.";
	big_swig_result *result(const char *id)
	{
		const big_result *r = big_assessment_result($self, id);

		return r == NULL ? NULL : big_swig_result_copy(id, r);
	}

	%feature("docstring") score
	    "score(rollup='hierarchical', target=-1) -> Report\n\n"
	    "Scores the assessment. rollup is 'hierarchical', 'flat' or 'weakest';\n"
	    "target -1 (or None) takes the assessment's target, else the catalogue's.";
	big_swig_report *score(const char *rollup = "hierarchical", big_swig_level target = -1)
	{
		return big_swig_score($self, rollup, target);
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\nThe assessment as a libbig.assessment document.";
	big_swig_text to_json(bool compact = false)
	{
		big_swig_text t = {NULL, 0};

		big_swig_failed(big_assessment_to_json(&t.text, &t.len, $self,
						       compact ? BIG_JSON_COMPACT : 0));
		return t;
	}

	%immutable;
	/** The catalogue the assessment was made against. */
	big_swig_catalogue *catalogue;
	/** Organisation id, e.g. "GM0363". */
	const char *organisation_id;
	/** Period, e.g. "2025". */
	const char *period;
	/** Organisation attributes (name -> number). */
	big_swig_attributes attributes;
	/** Diagnostics collected while loading. */
	big_swig_diagnostics diagnostics;
	/** Target maturity of the assessment, or None. */
	big_swig_optint target;
	%mutable;
	/** Organisation name ("" when absent). */
	const char *organisation_name;
	/** Organisation kind ("" when absent). */
	const char *organisation_kind;
	/** Date of the assessment, YYYY-MM-DD ("" when absent). */
	const char *assessed_on;
}

/* ------------------------------------------------------------------------
 * Scores.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_scores
    "The scores of one node or of the whole assessment (a copy).\n\n"
    "A score that does not exist (nothing beneath the node is scorable) is None.";

%{
static big_scores *big_swig_scores_copy(const big_scores *s)
{
	big_scores *copy;

	if (s == NULL)
		return NULL;
	copy = malloc(sizeof(*copy));
	if (copy == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	*copy = *s;
	return copy;
}

static big_swig_optdouble big_scores_implementation_get(const big_scores *s)
{
	big_swig_optdouble v = {s->has_implementation, s->implementation};
	return v;
}
static big_swig_optdouble big_scores_maturity_mean_get(const big_scores *s)
{
	big_swig_optdouble v = {s->has_maturity, s->maturity_mean};
	return v;
}
static big_swig_optint big_scores_attained_level_get(const big_scores *s)
{
	big_swig_optint v = {s->has_maturity, s->attained_level};
	return v;
}
static big_swig_optdouble big_scores_coverage_get(const big_scores *s)
{
	big_swig_optdouble v = {s->has_coverage, s->coverage};
	return v;
}
static big_swig_optdouble big_scores_comply_or_explain_get(const big_scores *s)
{
	big_swig_optdouble v = {s->has_coverage, s->comply_or_explain};
	return v;
}
static unsigned int big_scores_applicable_get(const big_scores *s)
{
	return s->applicable;
}
static big_swig_counts big_scores_counts_get(const big_scores *s)
{
	big_swig_counts c;

	memcpy(c.counts, s->counts, sizeof(c.counts));
	return c;
}
%}

%extend big_scores {
	~big_scores()
	{
		free($self);
	}

	%immutable;
	/** Implementation score in [0,1], or None. */
	big_swig_optdouble implementation;
	/** Weighted mean maturity level, or None. */
	big_swig_optdouble maturity_mean;
	/** Highest level every scorable requirement reaches, or None. */
	big_swig_optint attained_level;
	/** Share of requirements assessed, or None. */
	big_swig_optdouble coverage;
	/** Share implemented or properly explained, or None. */
	big_swig_optdouble comply_or_explain;
	/** Number of applicable requirements beneath the node. */
	unsigned int applicable;
	/** Applicable requirements per status name. */
	big_swig_counts counts;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Gap.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_gap "One requirement that falls short (see Report.gaps).";

%newobject big_swig_gap::node;

%{
static big_swig_node *big_swig_gap_node_get(const big_swig_gap *g)
{
	return big_swig_node_new(g->cat, g->node);
}
static const char *big_swig_gap_id_get(const big_swig_gap *g)
{
	return big_node_id(g->node);
}
static big_swig_strings big_swig_gap_kinds_get(const big_swig_gap *g)
{
	big_swig_strings s = {BIG_SWIG_GAP_KINDS, g};
	return s;
}
static double big_swig_gap_size_get(const big_swig_gap *g)
{
	return g->size;
}
static const char *big_swig_gap_status_get(const big_swig_gap *g)
{
	return big_status_name(g->status);
}
static big_swig_optint big_swig_gap_maturity_get(const big_swig_gap *g)
{
	big_swig_optint v = {g->maturity >= 0, g->maturity};
	return v;
}
static bool big_swig_gap_mandatory_get(const big_swig_gap *g)
{
	return big_node_is_mandatory(g->node);
}
static double big_swig_gap_weight_get(const big_swig_gap *g)
{
	return big_node_weight(g->node);
}
%}

%extend big_swig_gap {
	~big_swig_gap()
	{
		big_swig_gap_free($self);
	}

	%immutable;
	/** The requirement. */
	big_swig_node *node;
	/** Its id. */
	const char *id;
	/** Kinds of shortfall: "implementation", "maturity", "explanation". */
	big_swig_strings kinds;
	/** Gap size in [0,1]. */
	double size;
	/** Status name. */
	const char *status;
	/** Maturity, or None. */
	big_swig_optint maturity;
	/** Whether the requirement is mandatory. */
	bool mandatory;
	/** Weight of the requirement. */
	double weight;
	%mutable;
}

/* ------------------------------------------------------------------------
 * ExceptionEntry.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_exception
    "One line of the exceptions register: a properly explained exclusion\n"
    "(not_applicable) or risk acceptance (see Report.exceptions; a copy).";

%newobject big_swig_exception::node;

%{
static big_swig_node *big_swig_exception_node_get(const big_swig_exception *x)
{
	return big_swig_node_new(x->cat, x->node);
}
static const char *big_swig_exception_id_get(const big_swig_exception *x)
{
	return big_node_id(x->node);
}
static const char *big_swig_exception_status_get(const big_swig_exception *x)
{
	return big_status_name(x->status);
}
static const char *big_swig_exception_explanation_get(const big_swig_exception *x)
{
	return x->explanation;
}
static const char *big_swig_exception_owner_get(const big_swig_exception *x)
{
	return x->owner;
}
static const char *big_swig_exception_expires_get(const big_swig_exception *x)
{
	return x->expires;
}
%}

%extend big_swig_exception {
	~big_swig_exception()
	{
		big_swig_exception_free($self);
	}

	%immutable;
	/** The requirement. */
	big_swig_node *node;
	/** Its id. */
	const char *id;
	/** Status name: "not_applicable" or "risk_accepted". */
	const char *status;
	/** The explanation ('leg uit'). */
	const char *explanation;
	/** Who answers for the exception, or None when none was given. */
	const char *owner;
	/** End of the exception, YYYY-MM-DD. */
	const char *expires;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Report.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_report
    "The result of scoring an assessment (Assessment.score() or score()).";

%newobject big_swig_report::scores;
%newobject big_swig_report::overall;
%newobject big_swig_report::catalogue;

%{
static big_scores *big_swig_report_overall_get(const big_report *r)
{
	return big_swig_scores_copy(big_report_overall(r));
}
static const char *big_swig_report_rollup_get(const big_report *r)
{
	return big_rollup_name(big_report_rollup(r));
}
static int big_swig_report_target_get(const big_report *r)
{
	return big_report_target(r);
}
static big_catalogue *big_swig_report_catalogue_get(const big_report *r)
{
	return big_swig_cat_ref(big_report_catalogue(r));
}
static big_swig_gaps big_swig_report_gaps_get(const big_report *r)
{
	big_swig_gaps g = {r};
	return g;
}
static big_swig_exceptions big_swig_report_exceptions_get(const big_report *r)
{
	big_swig_exceptions x = {r};
	return x;
}
static big_swig_diagnostics big_swig_report_diagnostics_get(const big_report *r)
{
	big_swig_diagnostics d = {BIG_SWIG_DIAG_REPORT, r};
	return d;
}
%}

%extend big_swig_report {
	~big_swig_report()
	{
		big_report_free($self);
	}

	%feature("docstring") scores
	    "scores(id) -> Scores or None\n\n"
	    "The scores of the node with this id, or None when the catalogue has no such node.";
	big_scores *scores(const char *id)
	{
		return big_swig_scores_copy(big_report_find($self, id));
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The report as a libbig.report document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		big_swig_text t = {NULL, 0};

		big_swig_failed(
		    big_report_to_json(&t.text, &t.len, $self, compact ? BIG_JSON_COMPACT : 0));
		return t;
	}

	%immutable;
	/** Scores of the whole assessment. */
	big_scores *overall;
	/** Roll-up method: "hierarchical", "flat" or "weakest". */
	const char *rollup;
	/** Target maturity the report was made with. */
	int target;
	/** The catalogue of the report. */
	big_swig_catalogue *catalogue;
	/** Requirements that fall short, in priority order (list of Gap). */
	big_swig_gaps gaps;
	/** The exceptions register, in catalogue order (list of ExceptionEntry). */
	big_swig_exceptions exceptions;
	/** Diagnostics of the assessment, then those of scoring. */
	big_swig_diagnostics diagnostics;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Classes.
 * ---------------------------------------------------------------------- */

/*
 * What the languages see of the C types: opaque classes. Declared last, as
 * SWIG writes the code of each %extend where its class is declared, after
 * all the helpers above.
 */
%nodefaultctor;
%nodefaultdtor;
typedef struct big_swig_catalogue {} big_swig_catalogue;
typedef struct big_swig_node {} big_swig_node;
typedef struct big_swig_assessment {} big_swig_assessment;
typedef struct big_swig_result {} big_swig_result;
typedef struct big_swig_report {} big_swig_report;
typedef struct big_scores {} big_scores;
typedef struct big_swig_gap {} big_swig_gap;
typedef struct big_swig_exception {} big_swig_exception;
typedef struct big_swig_diagnostic {} big_swig_diagnostic;
%clearnodefaultctor;
%clearnodefaultdtor;
