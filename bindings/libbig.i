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
 *   Profile / BigProfile        a profile of a catalogue (holds the catalogue)
 *   Criterion / BigCriterion    a criterion of the maturity model (holds the catalogue)
 *   Tag / BigTag                a declared tag (holds the catalogue)
 *   Attainment / BigAttainment  whether a report attains one profile (a copy)
 *   Mapping / BigMapping        a mapping between two catalogues
 *   MappingEntry / BigMappingEntry
 *                               one entry of a mapping (a copy)
 *   Comparison / BigComparison  the comparison of two assessments; its two
 *                               reports share it (reference-counted here)
 *   Delta / BigDelta            a copy of the change of the scores of a node
 *   Contribution / BigContribution
 *                               a copy of what one requirement contributes
 * Functions: version, builtin_names, builtin_mapping_names, error_name,
 * score, compare (PHP: big_version … big_compare).
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
#define big_swig_mapping    big_mapping
#define big_swig_delta      big_delta

/*
 * A comparison as the binding shows it. Its two reports are borrowed from
 * it, so the Comparison and every Report taken from it share it: the last
 * one frees it. The count needs no lock: Python calls the binding with the
 * GIL held, and a PHP object never leaves its thread.
 */
typedef struct big_swig_comparison {
	unsigned int refs;
	big_comparison *cmp;
} big_swig_comparison;

static void big_swig_comparison_unref(big_swig_comparison *c)
{
	if (c == NULL || --c->refs > 0)
		return;
	big_comparison_free(c->cmp);
	free(c);
}

/*
 * A report as the binding shows it: one it owns (from scoring), or one
 * borrowed from a comparison, of which it then holds a reference.
 */
typedef struct big_swig_report {
	const big_report *report;
	big_report *owned;
	big_swig_comparison *from;
} big_swig_report;

/* Wraps a new report; frees it when out of memory. */
static big_swig_report *big_swig_report_own(big_report *report)
{
	big_swig_report *r;

	if (report == NULL)
		return NULL;
	r = calloc(1, sizeof(*r));
	if (r == NULL) {
		big_report_free(report);
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	r->report = report;
	r->owned = report;
	return r;
}

/* Wraps a report of a comparison, taking a reference to the comparison. */
static big_swig_report *big_swig_report_borrow(big_swig_comparison *from, const big_report *report)
{
	big_swig_report *r = calloc(1, sizeof(*r));

	if (r == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	r->report = report;
	r->from = from;
	from->refs++;
	return r;
}

static void big_swig_report_free(big_swig_report *r)
{
	if (r == NULL)
		return;
	big_report_free(r->owned);
	big_swig_comparison_unref(r->from);
	free(r);
}

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

/* A profile as the binding shows it: the profile and a catalogue reference. */
typedef struct big_swig_profile {
	big_catalogue *cat;
	const big_profile *profile;
} big_swig_profile;

static big_swig_profile *big_swig_profile_new(const big_catalogue *cat, const big_profile *profile)
{
	big_swig_profile *ref;

	if (cat == NULL || profile == NULL)
		return NULL;
	ref = malloc(sizeof(*ref));
	if (ref == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	ref->cat = big_catalogue_ref((big_catalogue *)cat);
	ref->profile = profile;
	return ref;
}

static void big_swig_profile_free(big_swig_profile *ref)
{
	if (ref == NULL)
		return;
	big_catalogue_free(ref->cat);
	free(ref);
}

/* A criterion of the maturity model, holding a catalogue reference. */
typedef struct big_swig_criterion {
	big_catalogue *cat;
	const big_criterion *criterion;
} big_swig_criterion;

static big_swig_criterion *big_swig_criterion_new(const big_catalogue *cat,
						  const big_criterion *criterion)
{
	big_swig_criterion *ref;

	if (cat == NULL || criterion == NULL)
		return NULL;
	ref = malloc(sizeof(*ref));
	if (ref == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	ref->cat = big_catalogue_ref((big_catalogue *)cat);
	ref->criterion = criterion;
	return ref;
}

static void big_swig_criterion_free(big_swig_criterion *ref)
{
	if (ref == NULL)
		return;
	big_catalogue_free(ref->cat);
	free(ref);
}

/* A declared tag, holding a catalogue reference. */
typedef struct big_swig_tag {
	big_catalogue *cat;
	const big_tag *tag;
} big_swig_tag;

static big_swig_tag *big_swig_tag_new(const big_catalogue *cat, const big_tag *tag)
{
	big_swig_tag *ref;

	if (cat == NULL || tag == NULL)
		return NULL;
	ref = malloc(sizeof(*ref));
	if (ref == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	ref->cat = big_catalogue_ref((big_catalogue *)cat);
	ref->tag = tag;
	return ref;
}

static void big_swig_tag_free(big_swig_tag *ref)
{
	if (ref == NULL)
		return;
	big_catalogue_free(ref->cat);
	free(ref);
}

/* The attainment of one profile (a copy), holding a catalogue reference. */
typedef struct big_swig_attainment {
	big_catalogue *cat;
	const big_profile *profile;
	unsigned int requirements;
	unsigned int complied;
	bool attained;
} big_swig_attainment;

static big_swig_attainment *big_swig_attainment_copy(const big_catalogue *cat,
						     const big_attainment *src)
{
	big_swig_attainment *a = malloc(sizeof(*a));

	if (a == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	a->cat = big_catalogue_ref((big_catalogue *)cat);
	a->profile = src->profile;
	a->requirements = src->requirements;
	a->complied = src->complied;
	a->attained = src->attained;
	return a;
}

static void big_swig_attainment_free(big_swig_attainment *a)
{
	if (a == NULL)
		return;
	big_catalogue_free(a->cat);
	free(a);
}

/* What one requirement contributes to a comparison (a copy). */
typedef struct big_swig_contribution {
	big_catalogue *cat;
	const big_node *node;
	big_status before;
	big_status after;
	bool scorable_before;
	bool scorable_after;
	double contribution;
} big_swig_contribution;

static big_swig_contribution *big_swig_contribution_copy(const big_catalogue *cat,
							 const big_contribution *src)
{
	big_swig_contribution *c = malloc(sizeof(*c));

	if (c == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	c->cat = big_catalogue_ref((big_catalogue *)cat);
	c->node = src->node;
	c->before = src->before;
	c->after = src->after;
	c->scorable_before = src->scorable_before;
	c->scorable_after = src->scorable_after;
	c->contribution = src->contribution;
	return c;
}

static void big_swig_contribution_free(big_swig_contribution *c)
{
	if (c == NULL)
		return;
	big_catalogue_free(c->cat);
	free(c);
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

/* One gap (a copy), holding a catalogue reference for its node. */
typedef struct big_swig_gap {
	big_catalogue *cat;
	const big_node *node;
	unsigned int kinds;
	double size;
	big_status status;
	int maturity;
	char *tag; /* NULL when none */
} big_swig_gap;

static void big_swig_gap_free(big_swig_gap *g)
{
	if (g == NULL)
		return;
	big_catalogue_free(g->cat);
	free(g->tag);
	free(g);
}

static big_swig_gap *big_swig_gap_copy(const big_catalogue *cat, const big_gap *src)
{
	big_swig_gap *g = calloc(1, sizeof(*g));

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
	if (src->tag != NULL && (g->tag = big_swig_strdup(src->tag)) == NULL) {
		big_swig_gap_free(g);
		return NULL;
	}
	return g;
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
	bool has_criteria; /* whether criteria_met was recorded (perhaps empty) */
	size_t criteria_count;
	char **criteria;
} big_swig_result;

static void big_swig_result_free(big_swig_result *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->evidence_count; i++)
		free(r->evidence[i]);
	free(r->evidence);
	for (size_t i = 0; i < r->criteria_count; i++)
		free(r->criteria[i]);
	free(r->criteria);
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
	size_t nc = big_result_criteria_count(src);

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
	r->has_criteria = big_result_has_criteria(src);
	if (nc > 0) {
		r->criteria = calloc(nc, sizeof(*r->criteria));
		if (r->criteria == NULL) {
			big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
			big_swig_result_free(r);
			return NULL;
		}
		r->criteria_count = nc;
		for (size_t i = 0; i < nc; i++) {
			r->criteria[i] = big_swig_strdup(big_result_criterion(src, i));
			if (r->criteria[i] == NULL) {
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

enum {
	BIG_SWIG_ALL_NODES,
	BIG_SWIG_ROOTS,
	BIG_SWIG_CHILDREN,             /* obj: the parent node */
	BIG_SWIG_REQUIREMENTS,         /* the assessable nodes of the catalogue */
	BIG_SWIG_PROFILE_REQUIREMENTS  /* obj: the profile */
};

typedef struct big_swig_nodes {
	int which;
	const big_catalogue *cat;
	const void *obj;
} big_swig_nodes;

static size_t big_swig_nodes_count(const big_swig_nodes *l)
{
	switch (l->which) {
	case BIG_SWIG_ALL_NODES:
		return big_catalogue_node_count(l->cat);
	case BIG_SWIG_ROOTS:
		return big_catalogue_root_count(l->cat);
	case BIG_SWIG_REQUIREMENTS:
		return big_catalogue_requirement_count(l->cat);
	case BIG_SWIG_PROFILE_REQUIREMENTS:
		return big_profile_requirement_count(l->obj);
	default:
		return big_node_child_count(l->obj);
	}
}

static const big_node *big_swig_nodes_get(const big_swig_nodes *l, size_t i)
{
	switch (l->which) {
	case BIG_SWIG_ALL_NODES:
		return big_catalogue_node(l->cat, i);
	case BIG_SWIG_ROOTS:
		return big_catalogue_root(l->cat, i);
	case BIG_SWIG_REQUIREMENTS:
		return big_catalogue_requirement(l->cat, i);
	case BIG_SWIG_PROFILE_REQUIREMENTS:
		return big_profile_requirement(l->obj, i);
	default:
		return big_node_child(l->obj, i);
	}
}

enum {
	BIG_SWIG_TAGS,
	BIG_SWIG_REFS,
	BIG_SWIG_EVIDENCE,
	BIG_SWIG_BUILTINS,
	BIG_SWIG_CRITERIA_MET,   /* obj: a big_swig_result */
	BIG_SWIG_PROFILE_TAGS,   /* obj: a big_profile */
	BIG_SWIG_PRIORITY,       /* obj: a big_profile */
	BIG_SWIG_UNMAPPED,       /* obj: a big_mapping */
	BIG_SWIG_MAPPING_BUILTINS,
	BIG_SWIG_GAP_KINDS       /* obj: a big_swig_gap */
};

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
	case BIG_SWIG_CRITERIA_MET:
		return ((const big_swig_result *)s->obj)->criteria_count;
	case BIG_SWIG_PROFILE_TAGS:
		return big_profile_tag_count(s->obj);
	case BIG_SWIG_PRIORITY:
		return big_profile_priority_count(s->obj);
	case BIG_SWIG_UNMAPPED:
		return big_mapping_unmapped_count(s->obj);
	case BIG_SWIG_MAPPING_BUILTINS:
		return big_builtin_mapping_count();
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
	case BIG_SWIG_CRITERIA_MET:
		return ((const big_swig_result *)s->obj)->criteria[i];
	case BIG_SWIG_PROFILE_TAGS:
		return big_profile_tag(s->obj, i);
	case BIG_SWIG_PRIORITY:
		return big_profile_priority(s->obj, i);
	case BIG_SWIG_UNMAPPED:
		return big_mapping_unmapped(s->obj, i);
	case BIG_SWIG_MAPPING_BUILTINS:
		return big_builtin_mapping_name(i);
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

/* A list of strings, or None/null (e.g. the criteria met when none were recorded). */
typedef struct big_swig_optstrings {
	bool has;
	big_swig_strings strings;
} big_swig_optstrings;

enum {
	BIG_SWIG_DIAG_CATALOGUE,
	BIG_SWIG_DIAG_ASSESSMENT,
	BIG_SWIG_DIAG_REPORT,
	BIG_SWIG_DIAG_MAPPING
};

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
	case BIG_SWIG_DIAG_MAPPING:
		return big_mapping_diagnostic_count(d->obj);
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
	case BIG_SWIG_DIAG_MAPPING:
		return big_mapping_diagnostic(d->obj, i);
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

/* One entry of a mapping (a copy: a mapping is not reference-counted). */
typedef struct big_swig_mapping_entry {
	char *source;
	char *target;
	big_relationship relationship;
} big_swig_mapping_entry;

static void big_swig_mapping_entry_free(big_swig_mapping_entry *e)
{
	if (e == NULL)
		return;
	free(e->source);
	free(e->target);
	free(e);
}

static big_swig_mapping_entry *big_swig_mapping_entry_copy(const big_mapping_entry *src)
{
	big_swig_mapping_entry *e = calloc(1, sizeof(*e));

	if (e == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	e->relationship = src->relationship;
	e->source = big_swig_strdup(src->source);
	e->target = big_swig_strdup(src->target);
	if (e->source == NULL || e->target == NULL) {
		big_swig_mapping_entry_free(e);
		return NULL;
	}
	return e;
}

/*
 * A list of new objects of one class, made in C and handed to the language
 * by the typemaps: Profile, Criterion, Tag, Attainment, MappingEntry and
 * Contribution lists. The items not handed over yet belong to the list.
 */
enum {
	BIG_SWIG_OBJ_PROFILE,
	BIG_SWIG_OBJ_CRITERION,
	BIG_SWIG_OBJ_TAG,
	BIG_SWIG_OBJ_ATTAINMENT,
	BIG_SWIG_OBJ_MAPPING_ENTRY,
	BIG_SWIG_OBJ_CONTRIBUTION,
	BIG_SWIG_OBJ_KINDS
};

typedef struct big_swig_objects {
	int kind;
	size_t count;
	void **items;
} big_swig_objects;

static void big_swig_object_free(int kind, void *item)
{
	switch (kind) {
	case BIG_SWIG_OBJ_PROFILE:
		big_swig_profile_free(item);
		break;
	case BIG_SWIG_OBJ_CRITERION:
		big_swig_criterion_free(item);
		break;
	case BIG_SWIG_OBJ_TAG:
		big_swig_tag_free(item);
		break;
	case BIG_SWIG_OBJ_ATTAINMENT:
		big_swig_attainment_free(item);
		break;
	case BIG_SWIG_OBJ_MAPPING_ENTRY:
		big_swig_mapping_entry_free(item);
		break;
	default:
		big_swig_contribution_free(item);
		break;
	}
}

/* Frees the items not handed over and the list itself. */
static void big_swig_objects_release(big_swig_objects *l)
{
	for (size_t i = 0; i < l->count; i++)
		big_swig_object_free(l->kind, l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

/*
 * Makes a list of @p count objects, item i being make(obj, i). make() returns
 * NULL only when out of memory (recorded): the list is then empty.
 */
static big_swig_objects big_swig_objects_make(int kind, size_t count, const void *obj,
					      void *(*make)(const void *obj, size_t i))
{
	big_swig_objects l = {kind, 0, NULL};

	if (count == 0)
		return l;
	l.items = calloc(count, sizeof(*l.items));
	if (l.items == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return l;
	}
	l.count = count;
	for (size_t i = 0; i < count; i++) {
		l.items[i] = make(obj, i);
		if (l.items[i] == NULL) {
			big_swig_objects_release(&l);
			break;
		}
	}
	return l;
}

/*
 * An input list of ids, or None/null (ids NULL). The typemaps fill it in;
 * the function that takes it frees ids, so that nothing leaks when the call
 * fails (the PHP wrappers run no cleanup code on failure).
 */
typedef struct big_swig_idlist {
	const char **ids;
	size_t count;
} big_swig_idlist;

/* An input node: an id (str) or a Node object. */
typedef struct big_swig_node_key {
	const char *id;
	const struct big_swig_node *node;
} big_swig_node_key;
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
BIG_CLASS(Profile, big_swig_profile);
BIG_CLASS(Criterion, big_swig_criterion);
BIG_CLASS(Tag, big_swig_tag);
BIG_CLASS(Attainment, big_swig_attainment);
BIG_CLASS(Mapping, big_swig_mapping);
BIG_CLASS(MappingEntry, big_swig_mapping_entry);
BIG_CLASS(Comparison, big_swig_comparison);
BIG_CLASS(Delta, big_swig_delta);
BIG_CLASS(Contribution, big_swig_contribution);


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
%rename(big_compare) big_swig_compare;
%rename(big_builtin_mapping_names) big_swig_builtin_mapping_names;
#else
%rename(version) big_swig_version;
%rename(builtin_names) big_swig_builtin_names;
%rename(error_name) big_swig_error_name;
%rename(score) big_swig_score;
%rename(compare) big_swig_compare;
%rename(builtin_mapping_names) big_swig_builtin_mapping_names;
#endif

%feature("docstring") big_swig_version "Version of the libbig library, e.g. '0.1.0'.";
%feature("docstring") big_swig_builtin_names
    "Names of the catalogues compiled into the library (for Catalogue.builtin()).";
%feature("docstring") big_swig_error_name
    "Symbolic name of an error code, e.g. error_name(-4) == 'BIG_EIO'.";
%feature("docstring") big_swig_score
    "score(assessment, rollup='hierarchical', target=-1, profile=None) -> Report\n\n"
    "Scores an assessment; see Assessment.score().";
%feature("docstring") big_swig_compare
    "compare(before, after, rollup='hierarchical', target=-1, profile=None) -> Comparison\n\n"
    "Compares two assessments of the same catalogue (two years of one\n"
    "organisation, or an organisation and a peer). Both are scored with the\n"
    "same options; target -1 (or None) and profile None are taken from the\n"
    "assessments when they agree on them, else Error EMISMATCH: then choose\n"
    "them here. See docs/scoring.md, section Comparison.";
%feature("docstring") big_swig_builtin_mapping_names
    "Names of the mappings compiled into the library (for Mapping.builtin()),\n"
    "e.g. 'bio-to-bio2'.";
%newobject big_swig_score;
%newobject big_swig_compare;

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

static big_swig_strings big_swig_builtin_mapping_names(void)
{
	big_swig_strings s = {BIG_SWIG_MAPPING_BUILTINS, NULL};
	return s;
}
%}

%{
/* Score options from the arguments; false (error recorded) for an unknown roll-up. */
static bool big_swig_score_options(big_score_options *opts, const char *rollup,
				   big_swig_level target, const char *profile)
{
	big_score_options defaults = BIG_SCORE_OPTIONS_INIT;

	*opts = defaults;
	if (rollup != NULL && big_swig_failed(big_rollup_from_name(&opts->rollup, rollup)))
		return false;
	opts->target = target;
	opts->profile = profile;
	return true;
}

static big_swig_report *big_swig_score(const big_assessment *assessment, const char *rollup,
				       big_swig_level target, const char *profile)
{
	big_score_options opts;
	big_report *report = NULL;

	if (!big_swig_score_options(&opts, rollup, target, profile) ||
	    big_swig_failed(big_score(&report, assessment, &opts)))
		return NULL;
	return big_swig_report_own(report);
}

static big_swig_comparison *big_swig_compare(const big_assessment *before,
					     const big_assessment *after, const char *rollup,
					     big_swig_level target, const char *profile)
{
	big_score_options opts;
	big_swig_comparison *c;

	if (!big_swig_score_options(&opts, rollup, target, profile))
		return NULL;
	c = calloc(1, sizeof(*c));
	if (c == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	if (big_swig_failed(big_compare(&c->cmp, before, after, &opts))) {
		free(c);
		return NULL;
	}
	c->refs = 1;
	return c;
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
				const char *rollup = "hierarchical", big_swig_level target = -1,
				const char *profile = NULL);
big_swig_comparison *big_swig_compare(const big_swig_assessment *before,
				      const big_swig_assessment *after,
				      const char *rollup = "hierarchical", big_swig_level target = -1,
				      const char *profile = NULL);

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
%newobject big_swig_catalogue::find_profile;
%newobject big_swig_catalogue::find_criterion;
%newobject big_swig_catalogue::find_tag;

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
static big_swig_nodes big_swig_catalogue_requirements_get(const big_catalogue *c)
{
	big_swig_nodes l = {BIG_SWIG_REQUIREMENTS, c, NULL};
	return l;
}

static void *big_swig_make_criterion(const void *cat, size_t i)
{
	return big_swig_criterion_new(cat, big_catalogue_criterion(cat, i));
}
static void *big_swig_make_tag(const void *cat, size_t i)
{
	return big_swig_tag_new(cat, big_catalogue_tag(cat, i));
}
static void *big_swig_make_profile(const void *cat, size_t i)
{
	return big_swig_profile_new(cat, big_catalogue_profile(cat, i));
}

static big_swig_objects big_swig_catalogue_criteria_get(const big_catalogue *c)
{
	return big_swig_objects_make(BIG_SWIG_OBJ_CRITERION, big_catalogue_criterion_count(c), c,
				     big_swig_make_criterion);
}
static big_swig_objects big_swig_catalogue_tags_get(const big_catalogue *c)
{
	return big_swig_objects_make(BIG_SWIG_OBJ_TAG, big_catalogue_tag_count(c), c,
				     big_swig_make_tag);
}
static big_swig_objects big_swig_catalogue_profiles_get(const big_catalogue *c)
{
	return big_swig_objects_make(BIG_SWIG_OBJ_PROFILE, big_catalogue_profile_count(c), c,
				     big_swig_make_profile);
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

	%feature("docstring") level_label
	    "level_label(level) -> str\n\n"
	    "Label of maturity level 0 <= level <= max_level, e.g. 'herhaalbaar'\n"
	    "(IndexError otherwise).";
	const char *level_label(int level)
	{
		const char *label = big_catalogue_level_label($self, level);

		if (label == NULL)
			big_swig_fail(BIG_SWIG_INDEX, BIG_ERANGE, "maturity level out of range");
		return label;
	}

	%feature("docstring") find_profile
	    "find_profile(id) -> Profile or None\n\nThe profile with this id, or None when there is none.";
	big_swig_profile *find_profile(const char *id)
	{
		return big_swig_profile_new($self, big_catalogue_find_profile($self, id));
	}

	%feature("docstring") find_criterion
	    "find_criterion(id) -> Criterion or None\n\n"
	    "The criterion of the maturity model with this id, or None when there is none.";
	big_swig_criterion *find_criterion(const char *id)
	{
		return big_swig_criterion_new($self, big_catalogue_find_criterion($self, id));
	}

	%feature("docstring") find_tag
	    "find_tag(id) -> Tag or None\n\nThe declared tag with this id, or None when there is none.";
	big_swig_tag *find_tag(const char *id)
	{
		return big_swig_tag_new($self, big_catalogue_find_tag($self, id));
	}

	%feature("docstring") status_value
	    "status_value(status) -> float\n\n"
	    "The score in [0,1] a requirement with this status gets ('implemented' 1,\n"
	    "'partially_implemented' 0.5, the others 0, unless the catalogue's\n"
	    "status_values say otherwise). An explained not_applicable is not scored at all.";
	double status_value(const char *status)
	{
		big_status st;

		if (big_swig_failed(big_status_from_name(&st, status)))
			return 0;
		return big_catalogue_status_value($self, st);
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
	/** The requirements (assessable nodes) in catalogue order (list of Node). */
	big_swig_nodes requirements;
	/** Criteria of the maturity model, by level, then document order (list of Criterion). */
	big_swig_objects criteria;
	/** Declared tags in document order (list of Tag; empty when none are declared). */
	big_swig_objects tags;
	/** Profiles in document order (list of Profile). */
	big_swig_objects profiles;
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

	%feature("docstring") carries_tag
	    "carries_tag(tag) -> bool\n\n"
	    "Whether the node carries the tag, itself or through an ancestor\n"
	    "(tags lists only the node's own tags).";
	bool carries_tag(const char *tag)
	{
		return big_node_carries_tag($self->node, tag);
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
	/** The node's own tags, e.g. "basishygiene" (see also carries_tag()). */
	big_swig_strings tags;
	/** External references, e.g. an ISO clause. */
	big_swig_strings refs;
	/** The catalogue of the node. */
	big_swig_catalogue *catalogue;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Profile, Criterion, Tag.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_profile
    "A profile of a catalogue: a named selection of requirements (e.g. a BBN\n"
    "level), found in Catalogue.profiles, Catalogue.find_profile() and\n"
    "Report.profile. len(profile) is the number of requirements it selects.\n"
    "A Profile keeps its catalogue alive.";

%newobject big_swig_profile::catalogue;

%{
static const char *big_swig_profile_id_get(const big_swig_profile *p)
{
	return big_profile_id(p->profile);
}
static const char *big_swig_profile_title_get(const big_swig_profile *p)
{
	return big_profile_title(p->profile);
}
static bool big_swig_profile_selects_all_get(const big_swig_profile *p)
{
	return big_profile_selects_all(p->profile);
}
static big_swig_strings big_swig_profile_tags_get(const big_swig_profile *p)
{
	big_swig_strings s = {BIG_SWIG_PROFILE_TAGS, p->profile};
	return s;
}
static void *big_swig_make_extended(const void *obj, size_t i)
{
	const big_swig_profile *p = obj;

	return big_swig_profile_new(p->cat, big_profile_extends(p->profile, i));
}
static big_swig_objects big_swig_profile_extends_get(const big_swig_profile *p)
{
	return big_swig_objects_make(BIG_SWIG_OBJ_PROFILE, big_profile_extends_count(p->profile), p,
				     big_swig_make_extended);
}
static big_swig_strings big_swig_profile_priority_get(const big_swig_profile *p)
{
	big_swig_strings s = {BIG_SWIG_PRIORITY, p->profile};
	return s;
}
static big_swig_nodes big_swig_profile_requirements_get(const big_swig_profile *p)
{
	big_swig_nodes l = {BIG_SWIG_PROFILE_REQUIREMENTS, p->cat, p->profile};
	return l;
}
static big_catalogue *big_swig_profile_catalogue_get(const big_swig_profile *p)
{
	return big_swig_cat_ref(p->cat);
}
%}

#ifdef SWIGPHP
%warnfilter(SWIGWARN_PARSE_KEYWORD) big_swig_profile::extends;
#endif

%extend big_swig_profile {
	~big_swig_profile()
	{
		big_swig_profile_free($self);
	}

	%feature("docstring") selects
	    "selects(node) -> bool\n\n"
	    "Whether the profile selects the node as an applicable requirement: an\n"
	    "assessable node of this catalogue carrying one of its tags (or of a\n"
	    "profile it extends), or any requirement when it selects all.";
	bool selects(const big_swig_node *node)
	{
		return big_profile_selects($self->profile, node->node);
	}

	%immutable;
	/** Profile id, e.g. "basishygiene". */
	const char *id;
	/** Title ("" when absent). */
	const char *title;
	/** Whether it selects every requirement ("all": true, itself or by extension). */
	bool selects_all;
	/** The tags the profile names itself (not those of the profiles it extends). */
	big_swig_strings tags;
	/** The profiles it extends directly (list of Profile). */
	big_swig_objects extends;
	/** Tag priority of gap lists, highest first (its own, else the first extended one's). */
	big_swig_strings priority;
	/** The requirements it selects, in catalogue order (list of Node). */
	big_swig_nodes requirements;
	/** The catalogue of the profile. */
	big_swig_catalogue *catalogue;
	%mutable;

#ifdef SWIGPHP
	/*
	 * 'extends' is a PHP keyword, yet a valid property name in PHP 8. SWIG
	 * 4.1 names the getter c_extends_get but has $profile->extends call
	 * extends_get: provide that one.
	 */
	%rename(extends_get) php_extends_get;
	big_swig_objects php_extends_get()
	{
		return big_swig_profile_extends_get($self);
	}
#endif
}

%feature("docstring") big_swig_criterion
    "One criterion of the catalogue's maturity model (Catalogue.criteria):\n"
    "a level is reached when its criteria and those of every lower level are met.";

%{
static const char *big_swig_criterion_id_get(const big_swig_criterion *c)
{
	return c->criterion->id;
}
static const char *big_swig_criterion_label_get(const big_swig_criterion *c)
{
	return c->criterion->label;
}
static int big_swig_criterion_level_get(const big_swig_criterion *c)
{
	return c->criterion->level;
}
%}

%extend big_swig_criterion {
	~big_swig_criterion()
	{
		big_swig_criterion_free($self);
	}

	%immutable;
	/** Criterion id, e.g. "documented". */
	const char *id;
	/** Description ("" when absent). */
	const char *label;
	/** The level it belongs to, 1..max_level. */
	int level;
	%mutable;
}

%feature("docstring") big_swig_tag "A tag declared by the catalogue (Catalogue.tags).";

%{
static const char *big_swig_tag_id_get(const big_swig_tag *t)
{
	return t->tag->id;
}
static const char *big_swig_tag_label_get(const big_swig_tag *t)
{
	return t->tag->label;
}
%}

%extend big_swig_tag {
	~big_swig_tag()
	{
		big_swig_tag_free($self);
	}

	%immutable;
	/** Tag id, e.g. "basishygiene". */
	const char *id;
	/** Label, e.g. "Basishygiëne" ("" when absent). */
	const char *label;
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
static big_swig_optstrings big_swig_result_criteria_get(const big_swig_result *r)
{
	big_swig_optstrings s = {r->has_criteria, {BIG_SWIG_CRITERIA_MET, r}};
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
	/** Ids of the criteria met as recorded, or None when none were recorded. */
	big_swig_optstrings criteria;
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
static const char *big_swig_assessment_profile_get(const big_assessment *a)
{
	const char *profile = big_assessment_profile(a);

	return profile[0] != '\0' ? profile : NULL;
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

	%feature("docstring") set_profile
	    "set_profile(profile)\n\n"
	    "Sets the id of the profile the assessment is made for (it selects the\n"
	    "applicable requirements when scoring); None clears it.";
	void set_profile(const char *profile)
	{
		big_swig_failed(big_assessment_set_profile($self, profile));
	}

	%feature("docstring") set_criteria_met
	    "set_criteria_met(id, criteria)\n\n"
	    "Sets the ids of the criteria of the maturity model that requirement id\n"
	    "meets (a list of str); the maturity used for scoring is then derived\n"
	    "from them. An empty list says that none is met; None forgets them (a\n"
	    "given maturity counts again).";
	void set_criteria_met(const char *id, big_swig_idlist criteria)
	{
		big_swig_failed(big_assessment_set_criteria_met($self, id, criteria.ids, criteria.count));
		free(criteria.ids);
	}

	%feature("docstring") derived_maturity
	    "derived_maturity(id) -> int or None\n\n"
	    "The maturity implied by the criteria requirement id meets: the highest\n"
	    "level whose criteria, and those of every lower level, are all met; None\n"
	    "when no criteria were recorded for it.";
	big_swig_optint derived_maturity(const char *id)
	{
		int m = big_assessment_derived_maturity($self, id);
		big_swig_optint v = {m >= 0, m};
		return v;
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
	    "score(rollup='hierarchical', target=-1, profile=None) -> Report\n\n"
	    "Scores the assessment. rollup is 'hierarchical', 'flat' or 'weakest';\n"
	    "target -1 (or None) takes the assessment's target, else the catalogue's;\n"
	    "profile is the id of the profile that selects the applicable\n"
	    "requirements, None the assessment's profile, else every requirement.";
	big_swig_report *score(const char *rollup = "hierarchical", big_swig_level target = -1,
			       const char *profile = NULL)
	{
		return big_swig_score($self, rollup, target, profile);
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
	/** Id of the profile the assessment is made for, or None (see set_profile()). */
	const char *profile;
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
static const char *big_swig_gap_tag_get(const big_swig_gap *g)
{
	return g->tag;
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
	/** Its highest-priority tag under the report's profile, or None. */
	const char *tag;
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
    "The result of scoring an assessment (Assessment.score() or score()),\n"
    "or one side of a comparison (Comparison.before, Comparison.after).";

%newobject big_swig_report::scores;
%newobject big_swig_report::overall;
%newobject big_swig_report::catalogue;
%newobject big_swig_report::profile;

%{
static big_scores *big_swig_report_overall_get(const big_swig_report *r)
{
	return big_swig_scores_copy(big_report_overall(r->report));
}
static const char *big_swig_report_rollup_get(const big_swig_report *r)
{
	return big_rollup_name(big_report_rollup(r->report));
}
static int big_swig_report_target_get(const big_swig_report *r)
{
	return big_report_target(r->report);
}
static big_catalogue *big_swig_report_catalogue_get(const big_swig_report *r)
{
	return big_swig_cat_ref(big_report_catalogue(r->report));
}
static big_swig_profile *big_swig_report_profile_get(const big_swig_report *r)
{
	return big_swig_profile_new(big_report_catalogue(r->report), big_report_profile(r->report));
}
static big_swig_gaps big_swig_report_gaps_get(const big_swig_report *r)
{
	big_swig_gaps g = {r->report};
	return g;
}
static big_swig_exceptions big_swig_report_exceptions_get(const big_swig_report *r)
{
	big_swig_exceptions x = {r->report};
	return x;
}
static big_swig_diagnostics big_swig_report_diagnostics_get(const big_swig_report *r)
{
	big_swig_diagnostics d = {BIG_SWIG_DIAG_REPORT, r->report};
	return d;
}
static void *big_swig_make_attainment(const void *report, size_t i)
{
	return big_swig_attainment_copy(big_report_catalogue(report),
					big_report_attainment(report, i));
}
static big_swig_objects big_swig_report_attainments_get(const big_swig_report *r)
{
	return big_swig_objects_make(BIG_SWIG_OBJ_ATTAINMENT, big_report_attainment_count(r->report),
				     r->report, big_swig_make_attainment);
}

static unsigned int big_swig_csv_flags(bool bom, bool safe)
{
	return (bom ? BIG_CSV_BOM : 0u) | (safe ? BIG_CSV_SAFE : 0u);
}
%}

%extend big_swig_report {
	~big_swig_report()
	{
		big_swig_report_free($self);
	}

	%feature("docstring") scores
	    "scores(id) -> Scores or None\n\n"
	    "The scores of the node with this id, or None when the catalogue has no such node.";
	big_scores *scores(const char *id)
	{
		return big_swig_scores_copy(big_report_find($self->report, id));
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The report as a libbig.report document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		big_swig_text t = {NULL, 0};

		big_swig_failed(big_report_to_json(&t.text, &t.len, $self->report,
						   compact ? BIG_JSON_COMPACT : 0));
		return t;
	}

	%feature("docstring") to_csv
	    "to_csv(bom=False, safe=False) -> str\n\n"
	    "The scores as CSV (RFC 4180, CRLF line ends; docs/formats.md, section CSV):\n"
	    "one row for the whole assessment, then one per node with applicable\n"
	    "requirements. bom=True starts the text with a byte order mark (U+FEFF);\n"
	    "safe=True puts an apostrophe before text fields a spreadsheet would take\n"
	    "for a formula. The same bytes (encoded as UTF-8) as the C library.";
	big_swig_text to_csv(bool bom = false, bool safe = false)
	{
		big_swig_text t = {NULL, 0};

		big_swig_failed(
		    big_report_to_csv(&t.text, &t.len, $self->report, big_swig_csv_flags(bom, safe)));
		return t;
	}

	%feature("docstring") gaps_to_csv
	    "gaps_to_csv(bom=False, safe=False) -> str\n\n"
	    "The gaps as CSV, in the report's gap order (columns rank, id, title,\n"
	    "kinds, size, status, maturity, tag, mandatory, weight); bom and safe as\n"
	    "in to_csv().";
	big_swig_text gaps_to_csv(bool bom = false, bool safe = false)
	{
		big_swig_text t = {NULL, 0};

		big_swig_failed(big_report_gaps_to_csv(&t.text, &t.len, $self->report,
						       big_swig_csv_flags(bom, safe)));
		return t;
	}

	%immutable;
	/** Scores of the whole assessment. */
	big_scores *overall;
	/** Roll-up method: "hierarchical", "flat" or "weakest". */
	const char *rollup;
	/** Target maturity the report was made with. */
	int target;
	/** The profile that selected the applicable requirements, or None (every requirement). */
	big_swig_profile *profile;
	/** The catalogue of the report. */
	big_swig_catalogue *catalogue;
	/** Requirements that fall short, in priority order (list of Gap). */
	big_swig_gaps gaps;
	/** The exceptions register, in catalogue order (list of ExceptionEntry). */
	big_swig_exceptions exceptions;
	/** Diagnostics of the assessment, then those of scoring. */
	big_swig_diagnostics diagnostics;
	/** Attainment of every profile of the catalogue, in catalogue order (list of Attainment). */
	big_swig_objects attainments;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Attainment.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_attainment
    "Whether the assessment attains one profile: every requirement it selects\n"
    "is implemented or properly explained (Report.attainments; a copy).";

%newobject big_swig_attainment::profile;

%{
static big_swig_profile *big_swig_attainment_profile_get(const big_swig_attainment *a)
{
	return big_swig_profile_new(a->cat, a->profile);
}
static const char *big_swig_attainment_id_get(const big_swig_attainment *a)
{
	return big_profile_id(a->profile);
}
static unsigned int big_swig_attainment_requirements_get(const big_swig_attainment *a)
{
	return a->requirements;
}
static unsigned int big_swig_attainment_complied_get(const big_swig_attainment *a)
{
	return a->complied;
}
static bool big_swig_attainment_attained_get(const big_swig_attainment *a)
{
	return a->attained;
}
%}

%extend big_swig_attainment {
	~big_swig_attainment()
	{
		big_swig_attainment_free($self);
	}

	%immutable;
	/** The profile. */
	big_swig_profile *profile;
	/** Its id. */
	const char *id;
	/** Number of requirements it selects. */
	unsigned int requirements;
	/** Of those, how many are implemented or properly explained. */
	unsigned int complied;
	/** Whether complied == requirements. */
	bool attained;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Mapping and MappingEntry.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_mapping
    "A mapping between two catalogues (e.g. BIO 1.04 to BIO2 1.2): which node\n"
    "of the source corresponds to which node of the target, and how.\n\n"
    "Make one with Mapping.builtin(name), Mapping.load_file(path) or\n"
    "Mapping.load_string(text); check() looks its ids up in the catalogues.";

%newobject big_swig_mapping::load_file;
%newobject big_swig_mapping::load_string;
%newobject big_swig_mapping::load_buffer;
%newobject big_swig_mapping::builtin;

%{
static big_mapping *big_mapping_load_file_(const char *path, bool strict)
{
	big_load_options opts = big_swig_load_options(strict, NULL);
	big_mapping *m = NULL;

	if (big_swig_failed(big_mapping_load_file(&m, path, &opts)))
		return NULL;
	return m;
}

static big_mapping *big_mapping_load_buffer_(const char *data, size_t len, bool strict,
					     const char *source)
{
	big_load_options opts = big_swig_load_options(strict, source);
	big_mapping *m = NULL;

	if (big_swig_failed(big_mapping_load_buffer(&m, data, len, &opts)))
		return NULL;
	return m;
}

static const char *big_swig_mapping_id_get(const big_mapping *m)
{
	return big_mapping_id(m);
}
static const char *big_swig_mapping_title_get(const big_mapping *m)
{
	return big_mapping_title(m);
}
static const char *big_swig_mapping_note_get(const big_mapping *m)
{
	return big_mapping_note(m);
}
static const char *big_swig_mapping_source_id_get(const big_mapping *m)
{
	return big_mapping_source_id(m);
}
static const char *big_swig_mapping_source_version_get(const big_mapping *m)
{
	return big_mapping_source_version(m);
}
static const char *big_swig_mapping_target_id_get(const big_mapping *m)
{
	return big_mapping_target_id(m);
}
static const char *big_swig_mapping_target_version_get(const big_mapping *m)
{
	return big_mapping_target_version(m);
}
static big_swig_strings big_swig_mapping_unmapped_get(const big_mapping *m)
{
	big_swig_strings s = {BIG_SWIG_UNMAPPED, m};
	return s;
}
static big_swig_diagnostics big_swig_mapping_diagnostics_get(const big_mapping *m)
{
	big_swig_diagnostics d = {BIG_SWIG_DIAG_MAPPING, m};
	return d;
}

static void *big_swig_make_mapping_entry(const void *m, size_t i)
{
	return big_swig_mapping_entry_copy(big_mapping_entry_at(m, i));
}
static big_swig_objects big_swig_mapping_entries_get(const big_mapping *m)
{
	return big_swig_objects_make(BIG_SWIG_OBJ_MAPPING_ENTRY, big_mapping_entry_count(m), m,
				     big_swig_make_mapping_entry);
}

/* The entries of one source or target id. */
typedef struct big_swig_mapping_ids {
	const big_mapping *m;
	const char *id;
} big_swig_mapping_ids;

static void *big_swig_make_source_entry(const void *obj, size_t i)
{
	const big_swig_mapping_ids *q = obj;

	return big_swig_mapping_entry_copy(big_mapping_source_entry(q->m, q->id, i));
}
static void *big_swig_make_target_entry(const void *obj, size_t i)
{
	const big_swig_mapping_ids *q = obj;

	return big_swig_mapping_entry_copy(big_mapping_target_entry(q->m, q->id, i));
}
%}

%extend big_swig_mapping {
	%feature("docstring") load_file
	    "load_file(path, strict=False) -> Mapping\n\n"
	    "Loads a libbig.mapping document from a file. With strict=True unknown\n"
	    "fields are errors instead of diagnostics.";
	static big_swig_mapping *load_file(const char *path, bool strict = false)
	{
		return big_mapping_load_file_(path, strict);
	}

	%feature("docstring") load_string
	    "load_string(text, strict=False, source=None) -> Mapping\n\n"
	    "Loads a libbig.mapping document from a string (str or bytes);\n"
	    "source is the name used in error messages (default '<buffer>').";
	static big_swig_mapping *load_string(const char *text, size_t len, bool strict = false,
					     const char *source = NULL)
	{
		return big_mapping_load_buffer_(text, len, strict, source);
	}

	%feature("docstring") load_buffer
	    "load_buffer(data, strict=False, source=None) -> Mapping\n\n"
	    "Same as load_string(); data may be bytes, bytearray or str.";
	static big_swig_mapping *load_buffer(const char *data, size_t len, bool strict = false,
					     const char *source = NULL)
	{
		return big_mapping_load_buffer_(data, len, strict, source);
	}

	%feature("docstring") builtin
	    "builtin(name) -> Mapping\n\n"
	    "Loads a mapping compiled into the library, e.g. 'bio-to-bio2'\n"
	    "(see builtin_mapping_names()).";
	static big_swig_mapping *builtin(const char *name)
	{
		big_mapping *m = NULL;

		if (big_swig_failed(big_mapping_builtin(&m, name)))
			return NULL;
		return m;
	}

	~big_swig_mapping()
	{
		big_mapping_free($self);
	}

	%feature("docstring") source_entries
	    "source_entries(id) -> list of MappingEntry\n\n"
	    "The entries whose source is id, in document order (empty when none).";
	big_swig_objects source_entries(const char *id)
	{
		big_swig_mapping_ids q = {$self, id};

		return big_swig_objects_make(BIG_SWIG_OBJ_MAPPING_ENTRY,
					     big_mapping_source_entry_count($self, id), &q,
					     big_swig_make_source_entry);
	}

	%feature("docstring") target_entries
	    "target_entries(id) -> list of MappingEntry\n\n"
	    "The entries whose target is id, in document order (empty when none).";
	big_swig_objects target_entries(const char *id)
	{
		big_swig_mapping_ids q = {$self, id};

		return big_swig_objects_make(BIG_SWIG_OBJ_MAPPING_ENTRY,
					     big_mapping_target_entry_count($self, id), &q,
					     big_swig_make_target_entry);
	}

	%feature("docstring") check
	    "check(source, target)\n\n"
	    "Checks the mapping against the catalogues it maps between: raises Error\n"
	    "EMISMATCH when a catalogue's id or version is not the one the mapping\n"
	    "names, ENOTFOUND naming the first id that is not a node of its catalogue.";
	void check(const big_swig_catalogue *source, const big_swig_catalogue *target)
	{
		big_swig_failed(big_mapping_check($self, source, target));
	}

	%immutable;
	/** Mapping id, e.g. "bio-to-bio2". */
	const char *id;
	/** Title ("" when absent). */
	const char *title;
	/** Remarks on the mapping as a whole ("" when absent). */
	const char *note;
	/** Id of the source catalogue, e.g. "bio". */
	const char *source_id;
	/** Version of the source catalogue, e.g. "1.04". */
	const char *source_version;
	/** Id of the target catalogue, e.g. "bio2". */
	const char *target_id;
	/** Version of the target catalogue, e.g. "1.2". */
	const char *target_version;
	/** Every entry in document order (list of MappingEntry). */
	big_swig_objects entries;
	/** Source ids known to have no entry (list of str). */
	big_swig_strings unmapped;
	/** Diagnostics collected while loading (list of Diagnostic). */
	big_swig_diagnostics diagnostics;
	%mutable;
}

%feature("docstring") big_swig_mapping_entry
    "One entry of a mapping: source relates to target as relationship says (a copy).";

%{
static const char *big_swig_mapping_entry_source_get(const big_swig_mapping_entry *e)
{
	return e->source;
}
static const char *big_swig_mapping_entry_target_get(const big_swig_mapping_entry *e)
{
	return e->target;
}
static const char *big_swig_mapping_entry_relationship_get(const big_swig_mapping_entry *e)
{
	return big_relationship_name(e->relationship);
}
%}

%extend big_swig_mapping_entry {
	~big_swig_mapping_entry()
	{
		big_swig_mapping_entry_free($self);
	}

	%immutable;
	/** Node id in the source catalogue, e.g. "5.1.1". */
	const char *source;
	/** Node id in the target catalogue, e.g. "5.1". */
	const char *target;
	/** "equal", "subset", "superset", "intersect" or "not_related". */
	const char *relationship;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Comparison, Delta, Contribution.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_comparison
    "The comparison of two assessments of one catalogue (compare()): the\n"
    "reports of both sides, the change of every score and what each\n"
    "requirement contributes to the change of the flat overall score.";

%newobject big_swig_comparison::before;
%newobject big_swig_comparison::after;
%newobject big_swig_comparison::overall;
%newobject big_swig_comparison::node;

%{
static big_swig_delta *big_swig_delta_copy(const big_delta *d)
{
	big_delta *copy;

	if (d == NULL)
		return NULL;
	copy = malloc(sizeof(*copy));
	if (copy == NULL) {
		big_swig_fail(BIG_SWIG_OWN, BIG_ENOMEM, "out of memory");
		return NULL;
	}
	*copy = *d;
	return copy;
}

static big_swig_report *big_swig_comparison_before_get(big_swig_comparison *c)
{
	return big_swig_report_borrow(c, big_comparison_before(c->cmp));
}
static big_swig_report *big_swig_comparison_after_get(big_swig_comparison *c)
{
	return big_swig_report_borrow(c, big_comparison_after(c->cmp));
}
static big_swig_delta *big_swig_comparison_overall_get(const big_swig_comparison *c)
{
	return big_swig_delta_copy(big_comparison_overall(c->cmp));
}
static double big_swig_comparison_flat_delta_get(const big_swig_comparison *c)
{
	return big_comparison_flat_delta(c->cmp);
}
static void *big_swig_make_contribution(const void *cmp, size_t i)
{
	return big_swig_contribution_copy(big_report_catalogue(big_comparison_before(cmp)),
					  big_comparison_contribution(cmp, i));
}
static big_swig_objects big_swig_comparison_contributions_get(const big_swig_comparison *c)
{
	return big_swig_objects_make(BIG_SWIG_OBJ_CONTRIBUTION,
				     big_comparison_contribution_count(c->cmp), c->cmp,
				     big_swig_make_contribution);
}
%}

%extend big_swig_comparison {
	~big_swig_comparison()
	{
		big_swig_comparison_unref($self);
	}

	%feature("docstring") node
	    "node(node) -> Delta or None\n\n"
	    "The change of the scores of a node, given by its id or as a Node of\n"
	    "either catalogue; None when there is no such node.";
	big_swig_delta *node(big_swig_node_key node)
	{
		const big_node *n = node.node != NULL ? node.node->node : NULL;

		if (node.id != NULL)
			n = big_catalogue_find(big_report_catalogue(big_comparison_before($self->cmp)),
					       node.id);
		return n == NULL ? NULL : big_swig_delta_copy(big_comparison_node($self->cmp, n));
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The comparison as a libbig.comparison document (the same bytes as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		big_swig_text t = {NULL, 0};

		big_swig_failed(big_comparison_to_json(&t.text, &t.len, $self->cmp,
						       compact ? BIG_JSON_COMPACT : 0));
		return t;
	}

	%immutable;
	/** The report of the before assessment. */
	big_swig_report *before;
	/** The report of the after assessment. */
	big_swig_report *after;
	/** Change of the overall scores. */
	big_swig_delta *overall;
	/**
	 * What the requirements contribute to the change of the flat overall
	 * score, largest |contribution| first (list of Contribution).
	 */
	big_swig_objects contributions;
	/** Sum of all contributions: the change of the flat overall implementation score. */
	double flat_delta;
	%mutable;
}

%feature("docstring") big_swig_delta
    "The change of the scores of one node or of the whole assessment: after -\n"
    "before (a copy). A change exists only when both sides have that score,\n"
    "else it is None.";

%{
static big_swig_optdouble big_swig_delta_implementation_get(const big_delta *d)
{
	big_swig_optdouble v = {d->has_implementation, d->implementation};
	return v;
}
static big_swig_optdouble big_swig_delta_maturity_mean_get(const big_delta *d)
{
	big_swig_optdouble v = {d->has_maturity, d->maturity_mean};
	return v;
}
static big_swig_optdouble big_swig_delta_coverage_get(const big_delta *d)
{
	big_swig_optdouble v = {d->has_coverage, d->coverage};
	return v;
}
static big_swig_optdouble big_swig_delta_comply_or_explain_get(const big_delta *d)
{
	big_swig_optdouble v = {d->has_coverage, d->comply_or_explain};
	return v;
}
static int big_swig_delta_applicable_get(const big_delta *d)
{
	return d->applicable;
}
%}

%extend big_swig_delta {
	~big_swig_delta()
	{
		free($self);
	}

	%immutable;
	/** Change of the implementation score, or None. */
	big_swig_optdouble implementation;
	/** Change of the weighted mean maturity level, or None. */
	big_swig_optdouble maturity_mean;
	/** Change of the coverage, or None. */
	big_swig_optdouble coverage;
	/** Change of the comply-or-explain rate, or None. */
	big_swig_optdouble comply_or_explain;
	/** Change of the number of applicable requirements. */
	int applicable;
	%mutable;
}

%feature("docstring") big_swig_contribution
    "What one requirement contributes to the change of the flat overall\n"
    "implementation score (Comparison.contributions; a copy).";

%newobject big_swig_contribution::node;

%{
static big_swig_node *big_swig_contribution_node_get(const big_swig_contribution *c)
{
	return big_swig_node_new(c->cat, c->node);
}
static const char *big_swig_contribution_id_get(const big_swig_contribution *c)
{
	return big_node_id(c->node);
}
static const char *big_swig_contribution_before_get(const big_swig_contribution *c)
{
	return big_status_name(c->before);
}
static const char *big_swig_contribution_after_get(const big_swig_contribution *c)
{
	return big_status_name(c->after);
}
static bool big_swig_contribution_scorable_before_get(const big_swig_contribution *c)
{
	return c->scorable_before;
}
static bool big_swig_contribution_scorable_after_get(const big_swig_contribution *c)
{
	return c->scorable_after;
}
static double big_swig_contribution_contribution_get(const big_swig_contribution *c)
{
	return c->contribution;
}
%}

%extend big_swig_contribution {
	~big_swig_contribution()
	{
		big_swig_contribution_free($self);
	}

	%immutable;
	/** The requirement. */
	big_swig_node *node;
	/** Its id. */
	const char *id;
	/** Its status before (a status name). */
	const char *before;
	/** Its status after (a status name). */
	const char *after;
	/** Whether it counted in the implementation score before. */
	bool scorable_before;
	/** Whether it counts in the implementation score after. */
	bool scorable_after;
	/** Its share of the change of the flat overall score. */
	double contribution;
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
typedef struct big_swig_profile {} big_swig_profile;
typedef struct big_swig_criterion {} big_swig_criterion;
typedef struct big_swig_tag {} big_swig_tag;
typedef struct big_swig_attainment {} big_swig_attainment;
typedef struct big_swig_mapping {} big_swig_mapping;
typedef struct big_swig_mapping_entry {} big_swig_mapping_entry;
typedef struct big_swig_comparison {} big_swig_comparison;
typedef struct big_swig_delta {} big_swig_delta;
typedef struct big_swig_contribution {} big_swig_contribution;
%clearnodefaultctor;
%clearnodefaultdtor;
