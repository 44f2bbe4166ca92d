/*
 * libbig — SWIG interface of the Python 3 module and the PHP 8 extension.
 *
 * One interface file per concern, shared by both languages; what differs
 * (raising exceptions, native lists and dictionaries, Python niceties, PHP
 * interfaces) is in python/ and php/:
 *
 *   common.i         the error machinery, value types, helpers
 *   module.i         error codes, error_name(), version(), Diagnostic
 *   options.i        options by name (Python keywords, PHP options arrays)
 *   catalogue.i      Catalogue, Node, Profile, Criterion, Tag
 *   assessment.i     Assessment, Result
 *   report.i         score(), Report, Scores, Gap, ExceptionEntry, Attainment
 *   mapping.i        Mapping, MappingEntry
 *   compare.i        compare(), Comparison, Delta, Contribution
 *   collaboration.i  Collaboration, effective assessments, provenance
 *   aggregate.i      aggregate(), Aggregate, AggregateMember, AggregateScores
 *   distribution.i   distribution(), Distribution, DistributionScores, Statistics
 *   migrate.i        migrate(), Migration, MigrationOrigin
 *   document.i       DocumentHead, document_kind_names()
 *   texts.i          Texts (text overlays)
 *   workbook.i       Workbook, CellError (self-evaluation workbooks)
 *
 * Names: the big_ prefix is dropped; Python classes are Catalogue …, PHP
 * classes BigCatalogue …; Python functions libbig.score() …, PHP functions
 * big_score() … (PHP functions and constants are global).
 * Errors: libbig.Error (code, name, source, path, line, column) /
 * BigException (getCode(), getMessage(), getName()).
 *
 * Classes are the library's own types: the fields of the public structs are
 * attributes generated from include/big/*.h (the end of this file), what
 * else a class shows is declared with the macros of common.i (BIG_ATTR,
 * BIG_VIEWS …). Memory: what a function makes belongs to its object; any
 * other pointer is a view that keeps the object it came from alive, so
 * nothing can outlive what it needs (docs/architecture.md, The bindings);
 * bindings/tests/check-coverage.py lists the few C functions that have no
 * wrapper of their own and why.
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

/* ------------------------------------------------------------------------
 * Names.
 * ---------------------------------------------------------------------- */

#ifdef SWIGPHP
#define BIG_CLASS(py, c) %rename(Big##py) c
#define BIG_FUNCTION(name) %rename(big_##name) big_swig_##name
/* A function taking options by name: PHP takes an options array. */
#define BIG_OPTIONS_FUNCTION(name, c) %rename(big_##name) c
#define BIG_OPTIONS_METHOD(cls, name) %rename(name) cls::name
#else
#define BIG_CLASS(py, c) %rename(py) c
#define BIG_FUNCTION(name) %rename(name) big_swig_##name
/* Python takes a dict from a function with **options (python/extras.i). */
#define BIG_OPTIONS_FUNCTION(name, c) %rename(_##name) c
#define BIG_OPTIONS_METHOD(cls, name) %rename(_##name) cls::name
#endif

%feature("compactdefaultargs");
#ifdef SWIGPYTHON
%feature("kwargs");
#endif

%include "common.i"
%include "options.i"

#ifdef SWIGPYTHON
%include "python/typemaps.i"
#endif
#ifdef SWIGPHP
%include "php/typemaps.i"
#endif

%include "module.i"
%include "catalogue.i"
%include "assessment.i"
%include "report.i"
%include "mapping.i"
%include "compare.i"
%include "collaboration.i"
%include "aggregate.i"
%include "attribution.i"
%include "distribution.i"
%include "migrate.i"
%include "document.i"
%include "texts.i"
%include "workbook.i"
%include "trend.i"

/* len() / count(). */
BIG_LEN(big_swig_catalogue, big_catalogue_node_count, "Number of nodes.")
BIG_LEN(big_swig_profile, big_profile_requirement_count,
	"Number of requirements the profile selects.")
BIG_LEN(big_swig_collaboration, big_collaboration_member_count, "Number of members.")
BIG_LEN(big_swig_aggregate_report, big_aggregate_report_member_count,
	"Number of organisations, missing ones included.")
BIG_LEN(big_swig_distribution, big_distribution_count, "Number of organisations (reports).")
BIG_LEN(big_swig_mapping, big_mapping_entry_count, "Number of entries.")
BIG_LEN(big_swig_texts, big_texts_count, "Number of nodes the overlay gives a title or a text.")

#ifdef SWIGPHP
%include "php/extras.i"
#endif

/* ------------------------------------------------------------------------
 * Classes: the library's types, with the fields of its public structs as
 * read-only attributes. Declared last, as SWIG writes the code of each
 * %extend where its class is declared, after all the helpers above. Of the
 * headers only the structs are wrapped: every function, constant and enum
 * value is ignored (the concerns wrap what the languages need).
 * ---------------------------------------------------------------------- */

%nodefaultctor;
%nodefaultdtor;
%immutable;
%rename("$ignore", %$isfunction, regexmatch$name="^big_") "";
%rename("$ignore", %$isconstant) "";
%rename("$ignore", %$isenumitem) "";
%rename("$ignore", %$isvariable, regexmatch$name="^has_") "";
%rename("$ignore", %$isclass, regexmatch$name="_options$|^big_error$") "";
/*
 * The opaque types of the library: a class big_swig_X is the C type big_X
 * (common.i), so that the functions SWIG writes for its %extend methods
 * (big_swig_X_find …) do not clash with the library's (big_X_find …).
 */
typedef struct big_swig_catalogue {} big_catalogue;
typedef struct big_swig_node {} big_node;
typedef struct big_swig_profile {} big_profile;
typedef struct big_swig_assessment {} big_assessment;
typedef struct big_swig_report {} big_report;
typedef struct big_swig_mapping {} big_mapping;
typedef struct big_swig_comparison {} big_comparison;
typedef struct big_swig_collaboration {} big_collaboration;
typedef struct big_swig_aggregate_report {} big_aggregate_report;
typedef struct big_swig_trend {} big_trend;
typedef struct big_swig_distribution {} big_distribution;
typedef struct big_swig_migration {} big_migration;
typedef struct big_swig_result {} big_result;
typedef struct big_swig_demonstration {} big_demonstration;
typedef struct big_swig_action {} big_action;
typedef struct big_swig_document_head {} big_document_head;
typedef struct big_swig_texts {} big_texts;
typedef struct big_swig_workbook {} big_workbook;
typedef struct big_swig_aggregate_member {} big_swig_aggregate_member;
/* The headers declare the opaque types again: the classes above stand. */
#pragma SWIG nowarn=SWIGWARN_PARSE_REDEFINED
%include "big/common.h"
%include "big/catalogue.h"
%include "big/assessment.h"
%include "big/report.h"
%include "big/mapping.h"
%include "big/compare.h"
%include "big/collaboration.h"
%include "big/aggregate.h"
%include "big/trend.h"
%include "big/attribution.h"
%include "big/migrate.h"
%include "big/document.h"
%include "big/texts.h"
%include "big/workbook.h"
%mutable;
%clearnodefaultctor;
%clearnodefaultdtor;

/* Python's niceties name the classes: after them. */
#ifdef SWIGPYTHON
%include "python/extras.i"
#endif
