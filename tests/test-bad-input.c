/*
 * libbig tests — suite "bad-input": malformed catalogue, assessment and
 * mapping documents give the documented error code, place and message, and no
 * object.
 *
 * The inline documents below are written with ' instead of " for
 * readability; bad_text() turns every ' into " (positions do not change).
 *
 * SPDX-License-Identifier: MIT
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

/* Expected code of a case whose exact code the documents leave open. */
#define ANY_ERROR 1

enum doc_kind { CATALOGUE, ASSESSMENT, MAPPING, TEXTS };

struct bad_case {
	const char *name;
	enum doc_kind kind;
	const char *text;       /* inline document (' for "), or NULL */
	const char *file;       /* or a file under tests/data */
	size_t len;             /* length of text when it holds NUL bytes; 0: strlen */
	unsigned int flags;     /* big_load_options.flags */
	unsigned int max_depth; /* big_load_options.max_depth */
	size_t max_bytes;       /* big_load_options.max_bytes */
	int code;               /* expected error code, or ANY_ERROR */
	const char *path;       /* expected big_error.path, or NULL */
	int line, column;       /* expected place, or 0 */
};

#define CAT_HEAD "{'format': 'libbig.catalogue', 'format_version': 1, 'id': 't', 'version': '1', "
#define CAT_NODE "{'id': 'a', 'kind': 'k', 'title': 'T'}"
#define CAT_MIN  CAT_HEAD "'nodes': [" CAT_NODE "]}"
/* A catalogue with one node whose extra members are given. */
#define CAT_WITH_NODE(members) \
	CAT_HEAD "'nodes': [{'id': 'a', 'kind': 'k', 'title': 'T', " members "}]}"
/* A catalogue with top-level members before the nodes. */
#define CAT_WITH(members) CAT_HEAD members ", 'nodes': [" CAT_NODE "]}"

#define ASS_CAT    "'catalogue': {'id': 'worked-example', 'version': '1'}, "
#define ASS_ORG    "'organisation': {'id': 'GM9901'}, "
#define ASS_FORMAT "{'format': 'libbig.assessment', 'format_version': 1, "
#define ASS_HEAD   ASS_FORMAT ASS_CAT ASS_ORG "'period': '2025', "
/* An assessment with the given results. */
#define ASS_RESULTS(results) ASS_HEAD "'results': {" results "}}"
/* An assessment with a result for A.1 with the given members. */
#define ASS_A1(members) ASS_RESULTS("'A.1': {" members "}")

#define MAP_FORMAT "{'format': 'libbig.mapping', 'format_version': 1, "
#define MAP_SOURCE "'source': {'id': 'a', 'version': '1'}, "
#define MAP_TARGET "'target': {'id': 'b', 'version': '2'}, "
#define MAP_HEAD   MAP_FORMAT "'id': 'm', " MAP_SOURCE MAP_TARGET
#define MAP_ENTRY  "{'source': 'x', 'target': 'y', 'relationship': 'equal'}"
/* A mapping with the given entries. */
#define MAP_ENTRIES(entries) MAP_HEAD "'entries': [" entries "]}"
/* A mapping with one entry with the given members. */
#define MAP_ENTRY_WITH(members) MAP_ENTRIES("{" members "}")
/* A mapping with one entry and the given top-level members. */
#define MAP_WITH(members) MAP_HEAD members ", 'entries': [" MAP_ENTRY "]}"

#define TEXTS_HEAD "{'format': 'libbig.texts', 'format_version': 1, " ASS_CAT
/* A text overlay over the worked example with the given members after `catalogue`. */
#define TEXTS_WITH(members) TEXTS_HEAD members "}"

static const struct bad_case cases[] = {
    /*
     * Syntax: line and column of the offending byte; a truncated input is
     * reported at its last byte, where it was cut (as jansson does).
     */
    {.name = "truncated file",
     .file = "bad/catalogue-truncated.json",
     .code = BIG_ESYNTAX,
     .line = 7,
     .column = 41},
    {.name = "truncated in an array",
     .text = CAT_HEAD "'nodes': [",
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 89},
    {.name = "bracket where a member name is expected",
     .text = "{\n  'format': 'libbig.catalogue',\n    ]\n}",
     .code = BIG_ESYNTAX,
     .line = 3,
     .column = 5},
    {.name = "bare word after a comma in an object",
     .text = "{'a': 1,x}",
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 9},
    {.name = "missing colon", .text = "{'a' 1}", .code = BIG_ESYNTAX, .line = 1, .column = 6},
    {.name = "truncated in a string",
     .text = "{'format': 'libbig.cata",
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 23},
    {.name = "truncated after a key",
     .text = "{\n  'format':",
     .code = BIG_ESYNTAX,
     .line = 2,
     .column = 11},
    {.name = "unexpected character",
     .text = "{\n  'format': 'libbig.catalogue',\n  'id': x\n}",
     .code = BIG_ESYNTAX,
     .line = 3,
     .column = 9},
    {.name = "missing comma",
     .text = "{'format': 'libbig.catalogue'\n 'format_version': 1}",
     .code = BIG_ESYNTAX,
     .line = 2,
     .column = 2},
    {.name = "trailing comma",
     .text = "{'format': 'libbig.catalogue',}",
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 31},
    {.name = "trailing garbage",
     .text = CAT_MIN "\nx",
     .code = BIG_ESYNTAX,
     .line = 2,
     .column = 1},
    {.name = "empty input", .text = "", .code = BIG_ESYNTAX},
    {.name = "white space only", .text = "  \n\t ", .code = BIG_ESYNTAX},
    {.name = "NaN literal", .text = CAT_WITH("'default_target': NaN"), .code = BIG_ESYNTAX},
    {.name = "Infinity literal", .text = CAT_WITH_NODE("'weight': Infinity"), .code = BIG_ESYNTAX},
    {.name = "raw tab in a string", .text = CAT_WITH("'title': 'a\tb'"), .code = BIG_ESYNTAX},
    {.name = "bad escape", .text = CAT_WITH("'title': 'a\\qb'"), .code = BIG_ESYNTAX},
    {.name = "NUL byte", .text = "{\0}", .len = 3, .code = ANY_ERROR},

    /*
     * Not JSON, although cJSON read it: at the offending byte (a \u0000
     * escape would cut the string short, "toy\u0000evil" read as "toy").
     */
    {.name = "number with a leading zero",
     .text = CAT_WITH("'default_target': 03"),
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 99},
    {.name = "negative number with a leading zero",
     .text = CAT_WITH_NODE("'weight': -03"),
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 141},
    {.name = "point without a digit after it",
     .text = CAT_WITH_NODE("'weight': 1."),
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 140},
    {.name = "minus sign without a digit after it",
     .text = CAT_WITH_NODE("'weight': -.5"),
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 139},
    {.name = "\\u0000 in a string",
     .text = CAT_WITH("'title': 'toy\\u0000evil'"),
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 93},
    {.name = "\\u0000 in a member name",
     .text = CAT_WITH("'x\\u0000y': 1"),
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 82},
    {.name = "\\u with a digit that is not hex",
     .text = CAT_WITH("'title': 'a\\u12G4'"),
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 91},
    {.name = "\\u0000 in the catalogue id (file)",
     .file = "bad/catalogue-nul-escape-id.json",
     .code = BIG_ESYNTAX,
     .line = 4,
     .column = 13},
    {.name = "assessment: \\u0000 in a status (file)",
     .kind = ASSESSMENT,
     .file = "bad/assessment-nul-escape-status.json",
     .code = BIG_ESYNTAX,
     .line = 8,
     .column = 35},

    /* Not an object. */
    {.name = "top-level array", .text = "[]", .code = BIG_ESCHEMA, .path = "$"},
    {.name = "top-level array of a catalogue",
     .text = "[" CAT_MIN "]",
     .code = BIG_ESCHEMA,
     .path = "$"},
    {.name = "top-level string", .text = "'libbig.catalogue'", .code = BIG_ESCHEMA, .path = "$"},
    {.name = "top-level null", .text = "null", .code = BIG_ESCHEMA, .path = "$"},
    /* cJSON failed on a number that ends the text after a byte order mark,
     * which was then reported as running out of memory */
    /* one mark is allowed, not two; a mark alone is an empty document */
    {.name = "two byte order marks",
     .text = "\xef\xbb\xbf\xef\xbb\xbf" CAT_MIN,
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 4},
    {.name = "a byte order mark alone",
     .text = "\xef\xbb\xbf",
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 1},
    {.name = "top-level number after a byte order mark",
     .text = "\xef\xbb\xbf\x33",
     .code = BIG_ESCHEMA,
     .path = "$"},

    /* Missing fields. */
    {.name = "missing nested id (file)",
     .file = "bad/catalogue-missing-nested-id.json",
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].children[1].id"},
    {.name = "missing nested id",
     .text = CAT_HEAD "'nodes': [{'id': '1', 'kind': 'k', 'title': 'T', 'children': [" CAT_NODE
		      ", {'kind': 'k', 'title': 'T'}]}]}",
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].children[1].id"},
    {.name = "missing id",
     .text = "{'format': 'libbig.catalogue', 'format_version': 1, 'version': '1', "
	     "'nodes': [" CAT_NODE "]}",
     .code = BIG_ESCHEMA,
     .path = "$.id"},
    {.name = "missing version",
     .text = "{'format': 'libbig.catalogue', 'format_version': 1, 'id': 't', "
	     "'nodes': [" CAT_NODE "]}",
     .code = BIG_ESCHEMA,
     .path = "$.version"},
    {.name = "missing nodes",
     .text = CAT_HEAD "'title': 'T'}",
     .code = BIG_ESCHEMA,
     .path = "$.nodes"},
    {.name = "missing kind",
     .text = CAT_HEAD "'nodes': [{'id': 'a', 'title': 'T'}]}",
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].kind"},
    {.name = "missing title",
     .text = CAT_HEAD "'nodes': [" CAT_NODE ", {'id': 'b', 'kind': 'k'}]}",
     .code = BIG_ESCHEMA,
     .path = "$.nodes[1].title"},

    /* Wrong types. */
    {.name = "id is a number",
     .text = "{'format': 'libbig.catalogue', 'format_version': 1, 'id': 5, 'version': '1', "
	     "'nodes': [" CAT_NODE "]}",
     .code = BIG_ESCHEMA,
     .path = "$.id"},
    {.name = "title is a boolean",
     .text = CAT_WITH("'title': true"),
     .code = BIG_ESCHEMA,
     .path = "$.title"},
    {.name = "default_target is a string",
     .text = CAT_WITH("'default_target': '3'"),
     .code = BIG_ESCHEMA,
     .path = "$.default_target"},
    {.name = "nodes is an object",
     .text = CAT_HEAD "'nodes': {}}",
     .code = BIG_ESCHEMA,
     .path = "$.nodes"},
    {.name = "node is a number",
     .text = CAT_HEAD "'nodes': [" CAT_NODE ", 1]}",
     .code = BIG_ESCHEMA,
     .path = "$.nodes[1]"},
    {.name = "node id is a number",
     .text = CAT_HEAD "'nodes': [{'id': 7, 'kind': 'k', 'title': 'T'}]}",
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].id"},
    {.name = "node title is a number",
     .text = CAT_HEAD "'nodes': [{'id': 'a', 'kind': 'k', 'title': 3}]}",
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].title"},
    {.name = "node kind is null",
     .text = CAT_HEAD "'nodes': [{'id': 'a', 'kind': null, 'title': 'T'}]}",
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].kind"},
    {.name = "weight is a string",
     .text = CAT_WITH_NODE("'weight': '2'"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].weight"},
    {.name = "assessable is a string",
     .text = CAT_WITH_NODE("'assessable': 'yes'"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].assessable"},
    {.name = "mandatory is a number",
     .text = CAT_WITH_NODE("'mandatory': 1"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].mandatory"},
    {.name = "tags is a string",
     .text = CAT_WITH_NODE("'tags': 'basishygiene'"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].tags"},
    {.name = "tag is a number",
     .text = CAT_WITH_NODE("'tags': ['basishygiene', 2]"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].tags[1]"},
    {.name = "refs is an object",
     .text = CAT_WITH_NODE("'refs': {}"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].refs"},
    {.name = "children is a number",
     .text = CAT_WITH_NODE("'children': 1"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].children"},
    {.name = "format is a number",
     .text = "{'format': 1, 'format_version': 1, 'id': 't', 'version': '1', 'nodes': []}",
     .code = ANY_ERROR},
    {.name = "empty node id",
     .text = CAT_HEAD "'nodes': [{'id': '', 'kind': 'k', 'title': 'T'}]}",
     .code = ANY_ERROR,
     .path = "$.nodes[0].id"},

    /* Duplicates. */
    {.name = "duplicate id in a child",
     .text =
	 CAT_HEAD "'nodes': [{'id': 'a', 'kind': 'k', 'title': 'T', 'children': [" CAT_NODE "]}]}",
     .code = BIG_EDUPLICATE,
     .path = "$.nodes[0].children[0].id"},
    {.name = "duplicate id in siblings",
     .text =
	 CAT_HEAD "'nodes': [" CAT_NODE ", {'id': 'b', 'kind': 'k', 'title': 'T'}, " CAT_NODE "]}",
     .code = BIG_EDUPLICATE,
     .path = "$.nodes[2].id"},

    /* Ranges. */
    {.name = "weight 0",
     .text = CAT_WITH_NODE("'weight': 0"),
     .code = BIG_ERANGE,
     .path = "$.nodes[0].weight"},
    {.name = "weight negative",
     .text = CAT_WITH_NODE("'weight': -0.5"),
     .code = BIG_ERANGE,
     .path = "$.nodes[0].weight"},
    {.name = "weight 1e999",
     .text = CAT_WITH_NODE("'weight': 1e999"),
     .code = BIG_ERANGE,
     .path = "$.nodes[0].weight"},
    {.name = "weight -1e999",
     .text = CAT_WITH_NODE("'weight': -1e999"),
     .code = BIG_ERANGE,
     .path = "$.nodes[0].weight"},
    /* Weights whose sums cannot be computed finitely (Σw·m with m up to 9
     * among them): their total is at most the largest double / 16. */
    {.name = "weight 1.5e308",
     .text = CAT_WITH_NODE("'weight': 1.5e308"),
     .code = BIG_ERANGE,
     .path = "$.nodes[0].weight"},
    {.name = "two sibling weights whose sum overflows",
     .text = CAT_HEAD "'nodes': [" CAT_NODE ", {'id': 'b', 'kind': 'k', 'title': 'T', "
		      "'weight': 1e307}, {'id': 'c', 'kind': 'k', 'title': 'T', 'weight': 1e307}]}",
     .code = BIG_ERANGE,
     .path = "$.nodes[2].weight"},
    {.name = "weights of an inner node and its child",
     .text = CAT_HEAD "'nodes': [{'id': 'a', 'kind': 'k', 'title': 'T', 'weight': 6e306, "
		      "'children': [{'id': 'b', 'kind': 'k', 'title': 'T', 'weight': 6e306}]}]}",
     .code = BIG_ERANGE,
     .path = "$.nodes[0].children[0].weight"},
    {.name = "default_target 1e999",
     .text = CAT_WITH("'default_target': 1e999"),
     .code = BIG_ERANGE,
     .path = "$.default_target"},
    {.name = "default_target 6",
     .text = CAT_WITH("'default_target': 6"),
     .code = BIG_ERANGE,
     .path = "$.default_target"},
    {.name = "default_target -1",
     .text = CAT_WITH("'default_target': -1"),
     .code = BIG_ERANGE,
     .path = "$.default_target"},

    /* Format and version. */
    {.name = "format of an assessment",
     .text = "{'format': 'libbig.assessment', 'format_version': 1, 'id': 't', 'version': '1', "
	     "'nodes': [" CAT_NODE "]}",
     .code = BIG_EVERSION},
    {.name = "unknown format",
     .text = "{'format': 'libbig.catalog', 'format_version': 1, 'id': 't', 'version': '1', "
	     "'nodes': [" CAT_NODE "]}",
     .code = BIG_EVERSION},
    {.name = "format_version 2",
     .text = "{'format': 'libbig.catalogue', 'format_version': 2, 'id': 't', 'version': '1', "
	     "'nodes': [" CAT_NODE "]}",
     .code = BIG_EVERSION},
    {.name = "format_version 0",
     .text = "{'format': 'libbig.catalogue', 'format_version': 0, 'id': 't', 'version': '1', "
	     "'nodes': [" CAT_NODE "]}",
     .code = BIG_EVERSION},
    {.name = "missing format_version",
     .text = "{'format': 'libbig.catalogue', 'id': 't', 'version': '1', 'nodes': [" CAT_NODE "]}",
     .code = ANY_ERROR},

    /* UTF-8. */
    {.name = "invalid UTF-8 (file)",
     .file = "bad/catalogue-invalid-utf8.json",
     .code = BIG_EUTF8,
     .line = 7,
     .column = 43},
    {.name = "byte 0xFF",
     .text = "{'format': 'libbig.catalogue', 'title': '\xff'}",
     .code = BIG_EUTF8,
     .line = 1,
     .column = 42},
    {.name = "lone continuation byte", .text = CAT_WITH("'title': 'caf\x80'"), .code = BIG_EUTF8},
    {.name = "bad continuation", .text = CAT_WITH("'title': 'caf\xc3('"), .code = BIG_EUTF8},
    {.name = "overlong encoding", .text = CAT_WITH("'title': '\xc0\xaf'"), .code = BIG_EUTF8},
    {.name = "encoded surrogate", .text = CAT_WITH("'title': '\xed\xa0\x80'"), .code = BIG_EUTF8},
    {.name = "truncated sequence", .text = CAT_WITH("'title': '\xe2\x82'"), .code = BIG_EUTF8},
    {.name = "beyond U+10FFFF", .text = CAT_WITH("'title': '\xf4\x90\x80\x80'"), .code = BIG_EUTF8},
    {.name = "invalid UTF-8 in a key", .text = CAT_WITH("'ext\xfe': 1"), .code = BIG_EUTF8},
    {.name = "lone surrogate escape", .text = CAT_WITH("'title': '\\ud800'"), .code = ANY_ERROR},

    /* Limits. */
    {.name = "deeper than max_depth",
     .text =
	 CAT_HEAD "'nodes': [{'id': 'a', 'kind': 'k', 'title': 'T', 'children': [" CAT_NODE "]}]}",
     .max_depth = 3,
     .code = BIG_ELIMIT},
    /* Plain ASCII documents that cJSON parses skip the pre-scan (json-read.c):
     * these errors must still come from it, with its place. */
    {.name = "deeper than max_depth, the bracket named",
     .text =
	 CAT_HEAD "'nodes': [{'id': 'a', 'kind': 'k', 'title': 'T', 'children': [" CAT_NODE "]}]}",
     .max_depth = 3,
     .code = BIG_ELIMIT,
     .line = 1,
     .column = 141},
    {.name = "string left open after the document",
     .text = CAT_MIN " 'abc",
     .code = BIG_ESYNTAX,
     .line = 1,
     .column = 134}, /* the end, where "text after the document" would name the quote */
    {.name = "escaped first byte of a UTF-8 sequence",
     .text = CAT_WITH("'title': '\\\xc3\xa9'"),
     .code = BIG_EUTF8},
    {.name = "deep unknown field, default depth",
     .file = "bad/catalogue-deep-field.json",
     .code = BIG_ELIMIT},
    /* cJSON refuses more than 1000 levels itself: a larger max_depth is capped,
     * so this is the limit, not a failure to allocate. */
    {.name = "deeper than cJSON allows, max_depth 5000",
     .file = "bad/catalogue-deeper-than-cjson.json",
     .max_depth = 5000,
     .code = BIG_ELIMIT},
    {.name = "deep node tree, default depth",
     .file = "bad/catalogue-deep-nodes.json",
     .code = BIG_ELIMIT},
    {.name = "larger than max_bytes", .text = CAT_MIN, .max_bytes = 16, .code = BIG_ELIMIT},
    {.name = "file larger than max_bytes",
     .file = "worked-catalogue.json",
     .max_bytes = 100,
     .code = BIG_ELIMIT},

    /* Strict mode. */
    {.name = "strict: unknown top-level field",
     .text = CAT_WITH("'colour': 'red'"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.colour"},
    /* Control characters (C0, DEL, C1) in ids and titles: a warning, and
     * in strict mode an error at their path. */
    {.name = "strict: line feed in a node title",
     .text = CAT_HEAD "'nodes': [{'id': 'a', 'kind': 'k', 'title': 'T\\nx'}]}",
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].title"},
    {.name = "strict: DEL in the catalogue id",
     .text = "{'format': 'libbig.catalogue', 'format_version': 1, 'id': 't\x7f', 'version': '1', "
	     "'nodes': [" CAT_NODE "]}",
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.id"},
    {.name = "strict: C1 control in a node id",
     .text = CAT_HEAD "'nodes': [{'id': 'a\xc2\x9b', 'kind': 'k', 'title': 'T'}]}",
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].id"},
    {.name = "strict: escape in a profile title",
     .text = CAT_WITH("'profiles': [{'id': 'p', 'title': '\\u001b[2J', 'all': true}]"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.profiles[0].title"},
    {.name = "strict: tab in a ref",
     .text = CAT_WITH_NODE("'refs': ['ISO\\t5.1']"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].refs[0]"},
    {.name = "strict: unknown node field",
     .text = CAT_WITH_NODE("'colour': 'red'"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].colour"},

    /* Assessments (against tests/data/worked-catalogue.json). */
    {.name = "assessment: wrong catalogue id",
     .kind = ASSESSMENT,
     .text =
	 "{'format': 'libbig.assessment', 'format_version': 1, "
	 "'catalogue': {'id': 'bio2', 'version': '1'}, " ASS_ORG "'period': '2025', 'results': {}}",
     .code = BIG_EMISMATCH},
    {.name = "assessment: wrong catalogue version",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 1, "
	     "'catalogue': {'id': 'worked-example', 'version': '1.0'}, " ASS_ORG
	     "'period': '2025', 'results': {}}",
     .code = BIG_EMISMATCH},
    {.name = "assessment: wrong catalogue version (file)",
     .kind = ASSESSMENT,
     .file = "bad/assessment-mismatch.json",
     .code = BIG_EMISMATCH},
    {.name = "assessment: status done",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'done'"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].status"},
    {.name = "assessment: status done (file)",
     .kind = ASSESSMENT,
     .file = "bad/assessment-status-done.json",
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].status"},
    {.name = "texts: neither title nor text",
     .kind = TEXTS,
     .text = TEXTS_WITH("'language': 'nl', 'texts': {'A.1': {}}"),
     .code = BIG_ESCHEMA,
     .path = "$.texts[\"A.1\"]"},
    {.name = "texts: language not a tag (file)",
     .kind = TEXTS,
     .file = "bad/texts-bad-language.json",
     .code = BIG_ESCHEMA,
     .path = "$.language"},
    {.name = "texts: another catalogue (file)",
     .kind = TEXTS,
     .file = "bad/texts-mismatch.json",
     .code = BIG_EMISMATCH,
     .path = "$.catalogue"},
    {.name = "texts: unknown node, strict",
     .kind = TEXTS,
     .text = TEXTS_WITH("'language': 'nl', 'texts': {'Z': {'text': 'x'}}"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ENOTFOUND,
     .path = "$.texts.Z"},
    {.name = "assessment: status is a number",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 0"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].status"},
    {.name = "assessment: status missing",
     .kind = ASSESSMENT,
     .text = ASS_A1("'maturity': 2"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].status"},
    {.name = "assessment: maturity 6",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'maturity': 6"),
     .code = BIG_ERANGE,
     .path = "$.results[\"A.1\"].maturity"},
    {.name = "assessment: maturity -1",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'maturity': -1"),
     .code = BIG_ERANGE,
     .path = "$.results[\"A.1\"].maturity"},
    {.name = "assessment: maturity 1e999",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'maturity': 1e999"),
     .code = BIG_ERANGE,
     .path = "$.results[\"A.1\"].maturity"},
    {.name = "assessment: maturity is a string",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'maturity': '3'"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].maturity"},
    {.name = "assessment: maturity 2.5",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'maturity': 2.5"),
     .code = ANY_ERROR,
     .path = "$.results[\"A.1\"].maturity"},
    {.name = "assessment: result for a chapter",
     .kind = ASSESSMENT,
     .text = ASS_RESULTS("'A': {'status': 'implemented'}"),
     .code = BIG_ESCHEMA,
     .path = "$.results.A"},
    {.name = "assessment: strict, unknown requirement",
     .kind = ASSESSMENT,
     .text = ASS_RESULTS("'Z.9': {'status': 'implemented'}"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ENOTFOUND,
     .path = "$.results[\"Z.9\"]"},
    {.name = "assessment: strict, unknown field in a result",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'colour': 'red'"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].colour"},
    {.name = "assessment: strict, unknown organisation field",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 1, " ASS_CAT
	     "'organisation': {'id': 'GM9901', 'colour': 'red'}, 'period': '2025', "
	     "'results': {}}",
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.organisation.colour"},
    {.name = "assessment: strict, escape in the organisation name",
     .kind = ASSESSMENT,
     .text = ASS_FORMAT ASS_CAT "'organisation': {'id': 'GM9901', 'name': 'x\\u001b[2J'}, "
				"'period': '2025', 'results': {}}",
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.organisation.name"},
    {.name = "assessment: strict, carriage return in the period",
     .kind = ASSESSMENT,
     .text = ASS_FORMAT ASS_CAT ASS_ORG "'period': '2025\\r', 'results': {}}",
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.period"},
    {.name = "assessment: duplicate result",
     .kind = ASSESSMENT,
     .text = ASS_RESULTS("'A.1': {'status': 'implemented'}, 'A.1': {'status': 'not_implemented'}"),
     .code = BIG_EDUPLICATE,
     .path = "$.results[\"A.1\"]"},
    {.name = "assessment: missing catalogue",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 1, " ASS_ORG
	     "'period': '2025', 'results': {}}",
     .code = BIG_ESCHEMA,
     .path = "$.catalogue"},
    {.name = "assessment: catalogue is a string",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 1, 'catalogue': "
	     "'worked-example', " ASS_ORG "'period': '2025', 'results': {}}",
     .code = BIG_ESCHEMA,
     .path = "$.catalogue"},
    {.name = "assessment: missing organisation id",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 1, " ASS_CAT
	     "'organisation': {'name': 'X'}, 'period': '2025', 'results': {}}",
     .code = BIG_ESCHEMA,
     .path = "$.organisation.id"},
    {.name = "assessment: empty organisation id",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 1, " ASS_CAT
	     "'organisation': {'id': ''}, 'period': '2025', 'results': {}}",
     .code = ANY_ERROR,
     .path = "$.organisation.id"},
    {.name = "assessment: missing period",
     .kind = ASSESSMENT,
     .text =
	 "{'format': 'libbig.assessment', 'format_version': 1, " ASS_CAT ASS_ORG "'results': {}}",
     .code = BIG_ESCHEMA,
     .path = "$.period"},
    {.name = "assessment: empty period",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 1, " ASS_CAT ASS_ORG
	     "'period': '', 'results': {}}",
     .code = ANY_ERROR,
     .path = "$.period"},
    {.name = "assessment: missing results",
     .kind = ASSESSMENT,
     .text = ASS_HEAD "'target': 3}",
     .code = BIG_ESCHEMA,
     .path = "$.results"},
    {.name = "assessment: results is an array",
     .kind = ASSESSMENT,
     .text = ASS_HEAD "'results': []}",
     .code = BIG_ESCHEMA,
     .path = "$.results"},
    {.name = "assessment: result is a string",
     .kind = ASSESSMENT,
     .text = ASS_RESULTS("'A.1': 'implemented'"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"]"},
    {.name = "assessment: target 6",
     .kind = ASSESSMENT,
     .text = ASS_HEAD "'target': 6, 'results': {}}",
     .code = BIG_ERANGE,
     .path = "$.target"},
    {.name = "assessment: target is a string",
     .kind = ASSESSMENT,
     .text = ASS_HEAD "'target': '3', 'results': {}}",
     .code = BIG_ESCHEMA,
     .path = "$.target"},
    {.name = "assessment: attribute is a string",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 1, " ASS_CAT
	     "'organisation': {'id': 'GM9901', 'attributes': {'inhabitants': 'many'}}, "
	     "'period': '2025', 'results': {}}",
     .code = BIG_ESCHEMA,
     .path = "$.organisation.attributes.inhabitants"},
    {.name = "assessment: attribute 1e999",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 1, " ASS_CAT
	     "'organisation': {'id': 'GM9901', 'attributes': {'inhabitants': 1e999}}, "
	     "'period': '2025', 'results': {}}",
     .code = BIG_ERANGE,
     .path = "$.organisation.attributes.inhabitants"},
    {.name = "assessment: evidence is a string",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'evidence': 'beleid.pdf'"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].evidence"},
    {.name = "assessment: evidence item is a number",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'evidence': [1]"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].evidence[0]"},
    {.name = "assessment: demonstration is an array",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'demonstration': []"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].demonstration"},
    {.name = "assessment: unknown dimension in strict mode",
     .kind = ASSESSMENT,
     .text =
	 ASS_A1("'status': 'implemented', 'demonstration': {'ontwerp': {'demonstrated': true}}"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].demonstration.ontwerp"},
    {.name = "assessment: dimension without demonstrated",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'demonstration': {'opzet': {}}"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].demonstration.opzet.demonstrated"},
    {.name = "assessment: demonstrated is a string",
     .kind = ASSESSMENT,
     .text =
	 ASS_A1("'status': 'implemented', 'demonstration': {'bestaan': {'demonstrated': 'ja'}}"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].demonstration.bestaan.demonstrated"},
    {.name = "assessment: evidence of a dimension is an object",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'demonstration': {'werking': {'demonstrated': true, "
		    "'evidence': {}}}"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].demonstration.werking.evidence"},
    {.name = "assessment: evidence reference without kind",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'demonstration': {'werking': {'demonstrated': true, "
		    "'evidence': [{'what': 'x'}]}}"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].demonstration.werking.evidence[0].kind"},
    {.name = "assessment: unknown kind of evidence",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'demonstration': {'werking': {'demonstrated': true, "
		    "'evidence': [{'kind': 'survey', 'what': 'x'}]}}"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].demonstration.werking.evidence[0].kind"},
    {.name = "assessment: empty what of evidence",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'demonstration': {'opzet': {'demonstrated': true, "
		    "'evidence': [{'kind': 'document', 'what': ''}]}}"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].demonstration.opzet.evidence[0].what"},
    {.name = "assessment: where of evidence is a number",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'demonstration': {'opzet': {'demonstrated': true, "
		    "'evidence': [{'kind': 'document', 'what': 'x', 'where': 1}]}}"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].demonstration.opzet.evidence[0].where"},
    {.name = "assessment: malformed date of evidence",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented', 'demonstration': {'werking': {'demonstrated': true, "
		    "'evidence': [{'kind': 'audit', 'what': 'x', 'date': '2025-02-30'}]}}"),
     .code = ANY_ERROR,
     .path = "$.results[\"A.1\"].demonstration.werking.evidence[0].date"},
    {.name = "assessment: actions is an object",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': {}"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions"},
    {.name = "assessment: action without description",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': [{'status': 'planned'}]"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions[0].description"},
    {.name = "assessment: action with an empty description",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': [{'description': 'x', 'status': "
		    "'done'}, {'description': '', 'status': 'planned'}]"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions[1].description"},
    {.name = "assessment: action with a blank description",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': [{'description': ' \\t ', "
		    "'status': 'planned'}]"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions[0].description"},
    {.name = "assessment: action without status",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': [{'description': 'x'}]"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions[0].status"},
    {.name = "assessment: unknown action status",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': [{'description': 'x', 'status': "
		    "'started'}]"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions[0].status"},
    {.name = "assessment: malformed due date of an action",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': [{'description': 'x', 'due': "
		    "'31-03-2026', 'status': 'planned'}]"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions[0].due"},
    {.name = "assessment: impossible due date of an action",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': [{'description': 'x', 'due': "
		    "'2026-02-29', 'status': 'planned'}]"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions[0].due"},
    {.name = "assessment: owner of an action is a number",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': [{'description': 'x', 'owner': 7, "
		    "'status': 'planned'}]"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions[0].owner"},
    {.name = "assessment: unknown member of an action in strict mode",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_implemented', 'actions': [{'description': 'x', 'status': "
		    "'planned', 'cost': 3}]"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].actions[0].cost"},
    {.name = "assessment: explanation is a number",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_applicable', 'explanation': 1"),
     .code = BIG_ESCHEMA,
     .path = "$.results[\"A.1\"].explanation"},
    {.name = "assessment: malformed assessed_on",
     .kind = ASSESSMENT,
     .text = ASS_HEAD "'assessed_on': '2025-13-01', 'results': {}}",
     .code = ANY_ERROR,
     .path = "$.assessed_on"},
    {.name = "assessment: malformed expires",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'risk_accepted', 'expires': '31-12-2026'"),
     .code = ANY_ERROR,
     .path = "$.results[\"A.1\"].expires"},
    {.name = "assessment: format of a catalogue",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.catalogue', 'format_version': 1, " ASS_CAT ASS_ORG
	     "'period': '2025', 'results': {}}",
     .code = BIG_EVERSION},
    {.name = "assessment: format_version 2",
     .kind = ASSESSMENT,
     .text = "{'format': 'libbig.assessment', 'format_version': 2, " ASS_CAT ASS_ORG
	     "'period': '2025', 'results': {}}",
     .code = BIG_EVERSION},
    {.name = "assessment: truncated",
     .kind = ASSESSMENT,
     .text = "{\n'format': 'libbig.assessment',\n'results': {'A.1': {'status': 'impl",
     .code = BIG_ESYNTAX,
     .line = 3,
     .column = 35},
    {.name = "assessment: invalid UTF-8",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'not_applicable', 'explanation': 'caf\xe9'"),
     .code = BIG_EUTF8},
    {.name = "assessment: top-level array",
     .kind = ASSESSMENT,
     .text = "[1, 2]",
     .code = BIG_ESCHEMA,
     .path = "$"},
    {.name = "assessment: too deep",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented'"),
     .max_depth = 2,
     .code = BIG_ELIMIT},
    {.name = "assessment: larger than max_bytes",
     .kind = ASSESSMENT,
     .text = ASS_A1("'status': 'implemented'"),
     .max_bytes = 64,
     .code = BIG_ELIMIT},

    /* Mappings. */
    {.name = "mapping: missing id",
     .kind = MAPPING,
     .text = MAP_FORMAT MAP_SOURCE MAP_TARGET "'entries': []}",
     .code = BIG_ESCHEMA,
     .path = "$.id"},
    {.name = "mapping: empty id",
     .kind = MAPPING,
     .text = MAP_FORMAT "'id': '', " MAP_SOURCE MAP_TARGET "'entries': []}",
     .code = BIG_ESCHEMA,
     .path = "$.id"},
    {.name = "mapping: missing source",
     .kind = MAPPING,
     .text = MAP_FORMAT "'id': 'm', " MAP_TARGET "'entries': []}",
     .code = BIG_ESCHEMA,
     .path = "$.source"},
    {.name = "mapping: source is a string",
     .kind = MAPPING,
     .text = MAP_FORMAT "'id': 'm', 'source': 'a', " MAP_TARGET "'entries': []}",
     .code = BIG_ESCHEMA,
     .path = "$.source"},
    {.name = "mapping: missing target version",
     .kind = MAPPING,
     .text = MAP_FORMAT "'id': 'm', " MAP_SOURCE "'target': {'id': 'b'}, 'entries': []}",
     .code = BIG_ESCHEMA,
     .path = "$.target.version"},
    {.name = "mapping: source id is a number",
     .kind = MAPPING,
     .text =
	 MAP_FORMAT "'id': 'm', 'source': {'id': 1, 'version': '1'}, " MAP_TARGET "'entries': []}",
     .code = BIG_ESCHEMA,
     .path = "$.source.id"},
    {.name = "mapping: missing entries",
     .kind = MAPPING,
     .text = MAP_HEAD "'title': 'T'}",
     .code = BIG_ESCHEMA,
     .path = "$.entries"},
    {.name = "mapping: entries is an object",
     .kind = MAPPING,
     .text = MAP_HEAD "'entries': {}}",
     .code = BIG_ESCHEMA,
     .path = "$.entries"},
    {.name = "mapping: entry is a string",
     .kind = MAPPING,
     .text = MAP_ENTRIES(MAP_ENTRY ", 'x'"),
     .code = BIG_ESCHEMA,
     .path = "$.entries[1]"},
    {.name = "mapping: entry without target",
     .kind = MAPPING,
     .text = MAP_ENTRIES(MAP_ENTRY ", {'source': 'x', 'relationship': 'equal'}"),
     .code = BIG_ESCHEMA,
     .path = "$.entries[1].target"},
    {.name = "mapping: entry without relationship",
     .kind = MAPPING,
     .text = MAP_ENTRY_WITH("'source': 'x', 'target': 'y'"),
     .code = BIG_ESCHEMA,
     .path = "$.entries[0].relationship"},
    {.name = "mapping: entry source is a number",
     .kind = MAPPING,
     .text = MAP_ENTRY_WITH("'source': 5.1, 'target': 'y', 'relationship': 'equal'"),
     .code = BIG_ESCHEMA,
     .path = "$.entries[0].source"},
    {.name = "mapping: empty entry target",
     .kind = MAPPING,
     .text = MAP_ENTRY_WITH("'source': 'x', 'target': '', 'relationship': 'equal'"),
     .code = BIG_ESCHEMA,
     .path = "$.entries[0].target"},
    {.name = "mapping: unknown relationship",
     .kind = MAPPING,
     .text = MAP_ENTRIES(MAP_ENTRY ", {'source': 'x', 'target': 'z', 'relationship': 'subset'}, "
				   "{'source': 'w', 'target': 'y', 'relationship': 'superset'}, "
				   "{'source': 'v', 'target': 'y', 'relationship': 'similar'}"),
     .code = BIG_ESCHEMA,
     .path = "$.entries[3].relationship"},
    {.name = "mapping: unknown relationship (file)",
     .kind = MAPPING,
     .file = "bad/mapping-unknown-relationship.json",
     .code = BIG_ESCHEMA,
     .path = "$.entries[3].relationship"},
    {.name = "mapping: relationship in capitals",
     .kind = MAPPING,
     .text = MAP_ENTRY_WITH("'source': 'x', 'target': 'y', 'relationship': 'Equal'"),
     .code = BIG_ESCHEMA,
     .path = "$.entries[0].relationship"},
    {.name = "mapping: relationship is a number",
     .kind = MAPPING,
     .text = MAP_ENTRY_WITH("'source': 'x', 'target': 'y', 'relationship': 0"),
     .code = BIG_ESCHEMA,
     .path = "$.entries[0].relationship"},
    {.name = "mapping: same pair twice",
     .kind = MAPPING,
     .text = MAP_ENTRIES(MAP_ENTRY ", {'source': 'x', 'target': 'z', 'relationship': 'subset'}, "
				   "{'target': 'y', 'source': 'x', 'relationship': 'equal'}"),
     .code = BIG_EDUPLICATE,
     .path = "$.entries[2]"},
    {.name = "mapping: same pair twice, other relationship",
     .kind = MAPPING,
     .text = MAP_ENTRIES(MAP_ENTRY ", {'source': 'x', 'target': 'y', 'relationship': 'subset'}"),
     .code = BIG_EDUPLICATE,
     .path = "$.entries[1]"},
    {.name = "mapping: field given twice in an entry",
     .kind = MAPPING,
     .text = MAP_ENTRY_WITH("'source': 'x', 'target': 'y', 'source': 'z', 'relationship': 'equal'"),
     .code = BIG_EDUPLICATE,
     .path = "$.entries[0].source"},
    {.name = "mapping: unmapped is a string",
     .kind = MAPPING,
     .text = MAP_WITH("'unmapped': '6.1.3'"),
     .code = BIG_ESCHEMA,
     .path = "$.unmapped"},
    {.name = "mapping: unmapped id is a number",
     .kind = MAPPING,
     .text = MAP_WITH("'unmapped': ['6.1.3', 6.14]"),
     .code = BIG_ESCHEMA,
     .path = "$.unmapped[1]"},
    {.name = "mapping: empty unmapped id",
     .kind = MAPPING,
     .text = MAP_WITH("'unmapped': ['']"),
     .code = BIG_ESCHEMA,
     .path = "$.unmapped[0]"},
    {.name = "mapping: unmapped id twice",
     .kind = MAPPING,
     .text = MAP_WITH("'unmapped': ['6.1.3', '6.1.4', '6.1.3']"),
     .code = BIG_EDUPLICATE,
     .path = "$.unmapped[2]"},
    {.name = "mapping: unmapped id that an entry maps",
     .kind = MAPPING,
     .text = MAP_WITH("'unmapped': ['6.1.3', 'x']"),
     .code = BIG_ESCHEMA,
     .path = "$.unmapped[1]"},
    {.name = "mapping: title is a number",
     .kind = MAPPING,
     .text = MAP_WITH("'title': 1"),
     .code = BIG_ESCHEMA,
     .path = "$.title"},
    {.name = "mapping: note is an array",
     .kind = MAPPING,
     .text = MAP_WITH("'note': ['a']"),
     .code = BIG_ESCHEMA,
     .path = "$.note"},
    {.name = "mapping: strict, next line in the title",
     .kind = MAPPING,
     .text = MAP_WITH("'title': 'a\\u0085'"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.title"},
    {.name = "mapping: strict, unknown top-level field",
     .kind = MAPPING,
     .text = MAP_WITH("'colour': 'red'"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.colour"},
    {.name = "mapping: strict, unknown entry field",
     .kind = MAPPING,
     .text = MAP_ENTRY_WITH("'source': 'x', 'target': 'y', 'relationship': 'equal', 'note': ''"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.entries[0].note"},
    {.name = "mapping: strict, unknown field of the source",
     .kind = MAPPING,
     .text = MAP_FORMAT "'id': 'm', 'source': {'id': 'a', 'version': '1', 'url': 'x'}, " MAP_TARGET
			"'entries': []}",
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.source.url"},
    {.name = "mapping: format of a catalogue",
     .kind = MAPPING,
     .text = "{'format': 'libbig.catalogue', 'format_version': 1, 'id': 'm', " MAP_SOURCE MAP_TARGET
	     "'entries': []}",
     .code = BIG_EVERSION,
     .path = "$.format"},
    {.name = "mapping: format_version 2",
     .kind = MAPPING,
     .text = "{'format': 'libbig.mapping', 'format_version': 2, 'id': 'm', " MAP_SOURCE MAP_TARGET
	     "'entries': []}",
     .code = BIG_EVERSION,
     .path = "$.format_version"},
    {.name = "mapping: top-level array",
     .kind = MAPPING,
     .text = "[" MAP_ENTRY "]",
     .code = BIG_ESCHEMA,
     .path = "$"},
    {.name = "mapping: truncated",
     .kind = MAPPING,
     .text = "{\n'format': 'libbig.mapping',\n'entries': [{'source': '5.1",
     .code = BIG_ESYNTAX,
     .line = 3,
     .column = 27},
    {.name = "mapping: missing comma between entries",
     .kind = MAPPING,
     .text = MAP_HEAD "'entries': [\n  " MAP_ENTRY "\n  " MAP_ENTRY "\n]}",
     .code = BIG_ESYNTAX,
     .line = 3,
     .column = 3},
    {.name = "mapping: invalid UTF-8",
     .kind = MAPPING,
     .text = MAP_FORMAT "\n'title': 'caf\xe9', 'id': 'm'}",
     .code = BIG_EUTF8,
     .line = 2,
     .column = 14},
    /* `titles`: an object from language tags to titles (docs/formats.md). */
    {.name = "titles not an object",
     .text = CAT_WITH_NODE("'titles': ['en', 'T']"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].titles"},
    {.name = "titles: not a language tag",
     .text = CAT_WITH_NODE("'titles': {'english': 'T'}"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].titles.english"},
    {.name = "titles: empty subtag",
     .text = CAT_WITH_NODE("'titles': {'en-': 'T'}"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].titles[\"en-\"]"},
    {.name = "titles: a title that is not a string",
     .text = CAT_WITH_NODE("'titles': {'en': 3}"),
     .code = BIG_ESCHEMA,
     .path = "$.nodes[0].titles.en"},
    {.name = "titles: a language twice, in another case",
     .text = CAT_WITH_NODE("'titles': {'en': 'T', 'EN': 'U'}"),
     .code = BIG_EDUPLICATE,
     .path = "$.nodes[0].titles.EN"},
    {.name = "profile titles: not a language tag",
     .text = CAT_WITH("'profiles': [{'id': 'p', 'titles': {'english': 'T'}, 'all': true}]"),
     .code = BIG_ESCHEMA,
     .path = "$.profiles[0].titles.english"},
    {.name = "profile titles: a language twice",
     .text = CAT_WITH("'profiles': [{'id': 'p', 'titles': {'en': 'T', 'En': 'U'}, 'all': true}]"),
     .code = BIG_EDUPLICATE,
     .path = "$.profiles[0].titles.En"},
    {.name = "profile titles: a control character",
     .text = CAT_WITH("'profiles': [{'id': 'p', 'titles': {'en': 'a\\u001b'}, 'all': true}]"),
     .flags = BIG_LOAD_STRICT,
     .code = BIG_ESCHEMA,
     .path = "$.profiles[0].titles.en"},
    {.name = "mapping: too deep",
     .kind = MAPPING,
     .text = MAP_ENTRIES(MAP_ENTRY),
     .max_depth = 2,
     .code = BIG_ELIMIT},
};

#define N_CASES (sizeof(cases) / sizeof(cases[0]))

/* The inline document with ' turned into ". */
static char *bad_text(const struct bad_case *c, size_t *len)
{
	size_t n = c->len != 0 ? c->len : strlen(c->text);
	char *text = malloc(n + 1);

	ck_assert_ptr_nonnull(text);
	for (size_t i = 0; i < n; i++)
		text[i] = c->text[i] == '\'' ? '"' : c->text[i];
	text[n] = '\0';
	*len = n;
	return text;
}

static int is_path_error(int code)
{
	return code == BIG_ESCHEMA || code == BIG_ERANGE || code == BIG_EDUPLICATE ||
	       code == BIG_ENOTFOUND;
}

/* Checks the last error after a failed load of case @p c from @p source. */
static void check_error(const struct bad_case *c, int rc, const char *source)
{
	const big_error *e = big_error_last();
	char place[64];

	if (c->code == ANY_ERROR)
		ck_assert_msg(rc < 0, "%s: load returned %d, expected an error", c->name, rc);
	else
		ck_assert_msg(rc == c->code, "%s: load returned %s (%d), expected %s: %s", c->name,
			      big_error_name(rc), rc, big_error_name(c->code), e->message);
	ck_assert_ptr_nonnull(e);
	ck_assert_msg(e->code == rc, "%s: last error is %s, the call returned %s", c->name,
		      big_error_name(e->code), big_error_name(rc));
	ck_assert_msg(e->message != NULL && e->message[0] != '\0', "%s: empty message", c->name);
	ck_assert_ptr_nonnull(e->path);
	ck_assert_ptr_nonnull(e->source);
	ck_assert_msg(strcmp(e->source, source) == 0, "%s: source is \"%s\", expected \"%s\"",
		      c->name, e->source, source);
	ck_assert_msg(test_contains(e->message, source), "%s: message \"%s\" does not name \"%s\"",
		      c->name, e->message, source);

	if (c->path != NULL) {
		ck_assert_msg(strcmp(e->path, c->path) == 0,
			      "%s: path is \"%s\", expected \"%s\" (%s)", c->name, e->path, c->path,
			      e->message);
		ck_assert_msg(test_contains(e->message, c->path),
			      "%s: message \"%s\" does not contain the path %s", c->name,
			      e->message, c->path);
	} else if (is_path_error(rc)) {
		ck_assert_msg(e->path[0] == '$', "%s: %s without a JSON path (\"%s\"): %s", c->name,
			      big_error_name(rc), e->path, e->message);
		ck_assert_msg(test_contains(e->message, e->path),
			      "%s: message \"%s\" does not contain the path %s", c->name,
			      e->message, e->path);
	}

	if (rc == BIG_ESYNTAX || rc == BIG_EUTF8) {
		ck_assert_msg(e->line >= 1 && e->column >= 1, "%s: %s at %d:%d", c->name,
			      big_error_name(rc), e->line, e->column);
		snprintf(place, sizeof(place), "%s:%d:%d", source, e->line, e->column);
		ck_assert_msg(test_contains(e->message, place),
			      "%s: message \"%s\" does not contain \"%s\"", c->name, e->message,
			      place);
	}
	if (c->line != 0) {
		ck_assert_msg(e->line == c->line && e->column == c->column,
			      "%s: error at line %d column %d, expected %d:%d (%s)", c->name,
			      e->line, e->column, c->line, c->column, e->message);
		snprintf(place, sizeof(place), "%d:%d", c->line, c->column);
		ck_assert_msg(test_contains(e->message, place),
			      "%s: message \"%s\" does not contain \"%s\"", c->name, e->message,
			      place);
	}
}

static void load_case_buffer(const struct bad_case *c, const big_catalogue *cat, const char *data,
			     size_t len)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	int rc;

	opts.flags = c->flags;
	opts.max_depth = c->max_depth;
	opts.max_bytes = c->max_bytes;
	big_error_clear();
	if (c->kind == CATALOGUE) {
		big_catalogue *out = NULL;

		rc = big_catalogue_load_buffer(&out, data, len, &opts);
		ck_assert_msg(out == NULL, "%s: *out is set after a failure", c->name);
		big_catalogue_free(out);
	} else if (c->kind == MAPPING) {
		big_mapping *out = NULL;

		rc = big_mapping_load_buffer(&out, data, len, &opts);
		ck_assert_msg(out == NULL, "%s: *out is set after a failure", c->name);
		big_mapping_free(out);
	} else if (c->kind == TEXTS) {
		big_texts *out = NULL;

		rc = big_texts_load_buffer(&out, cat, data, len, &opts);
		ck_assert_msg(out == NULL, "%s: *out is set after a failure", c->name);
		big_texts_free(out);
	} else {
		big_assessment *out = NULL;

		rc = big_assessment_load_buffer(&out, cat, data, len, &opts);
		ck_assert_msg(out == NULL, "%s: *out is set after a failure", c->name);
		big_assessment_free(out);
	}
	check_error(c, rc, "<buffer>");
}

static void load_case_file(const struct bad_case *c, const big_catalogue *cat, const char *path)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	int rc;

	opts.flags = c->flags;
	opts.max_depth = c->max_depth;
	opts.max_bytes = c->max_bytes;
	big_error_clear();
	if (c->kind == CATALOGUE) {
		big_catalogue *out = NULL;

		rc = big_catalogue_load_file(&out, path, &opts);
		ck_assert_msg(out == NULL, "%s: *out is set after a failure", c->name);
		big_catalogue_free(out);
	} else if (c->kind == MAPPING) {
		big_mapping *out = NULL;

		rc = big_mapping_load_file(&out, path, &opts);
		ck_assert_msg(out == NULL, "%s: *out is set after a failure", c->name);
		big_mapping_free(out);
	} else if (c->kind == TEXTS) {
		big_texts *out = NULL;

		rc = big_texts_load_file(&out, cat, path, &opts);
		ck_assert_msg(out == NULL, "%s: *out is set after a failure", c->name);
		big_texts_free(out);
	} else {
		big_assessment *out = NULL;

		rc = big_assessment_load_file(&out, cat, path, &opts);
		ck_assert_msg(out == NULL, "%s: *out is set after a failure", c->name);
		big_assessment_free(out);
	}
	check_error(c, rc, path);
}

/* One bad document: loaded from memory, and from its file when it has one. */
START_TEST(test_bad_document)
{
	const struct bad_case *c = &cases[_i];
	big_catalogue *cat = NULL;
	char *data;
	size_t len;

	if (c->kind == ASSESSMENT || c->kind == TEXTS)
		cat = test_load_catalogue("worked-catalogue.json");
	if (c->file != NULL) {
		char *path = test_data_path(c->file);

		data = test_read_data(c->file, &len);
		load_case_buffer(c, cat, data, len);
		load_case_file(c, cat, path);
		free(path);
	} else {
		data = bad_text(c, &len);
		load_case_buffer(c, cat, data, len);
	}
	free(data);
	big_catalogue_free(cat);
}
END_TEST

/* The same documents load once the fault is taken out: the cases test what they say. */
START_TEST(test_good_documents_load)
{
	static const char *const catalogues[] = {
	    CAT_MIN,
	    CAT_WITH("'default_target': 5"),
	    CAT_WITH("'default_target': 0"),
	    CAT_WITH_NODE("'weight': 0.5"),
	    CAT_WITH_NODE("'weight': 1.1e307"),
	    CAT_WITH_NODE("'weight': 4.9e-324"),
	    CAT_HEAD "'nodes': [{'id': 'a', 'kind': 'k', 'title': 'T', 'weight': 5e306, "
		     "'children': [{'id': 'b', 'kind': 'k', 'title': 'T', 'weight': 5e306}]}]}",
	    CAT_WITH_NODE("'tags': ['basishygiene'], 'refs': ['ISO 5.1'], 'children': []"),
	    CAT_WITH("'title': 'caf\xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e'"),
	    CAT_WITH("'title': 'a\\tb \\u00e9 \\ud834\\udd1e'"),
	    CAT_WITH("'colour': 'red'"),
	    "  \n" CAT_MIN "\n\n",
	    CAT_HEAD "'nodes': [{'id': 'a\xc2\x9b', 'kind': 'k', 'title': 'T\\nx'}]}",
	    CAT_WITH_NODE("'text': 'line 1\\nline 2\\t\\u001b'"),
	};
	static const char *const assessments[] = {
	    ASS_RESULTS(""),
	    ASS_A1("'status': 'implemented', 'maturity': 5"),
	    ASS_A1("'status': 'implemented', 'maturity': 0"),
	    ASS_A1("'status': 'risk_accepted', 'expires': '2026-12-31', 'evidence': ['x']"),
	    ASS_HEAD "'target': 0, 'assessed_on': '2024-02-29', 'results': {}}",
	    ASS_RESULTS("'Z.9': {'status': 'implemented'}"),
	};
	static const char *const mappings[] = {
	    MAP_ENTRIES(""),
	    MAP_ENTRIES(MAP_ENTRY ", {'source': 'x', 'target': 'z', 'relationship': 'subset'}, "
				  "{'source': 'w', 'target': 'y', 'relationship': 'superset'}, "
				  "{'source': 'v', 'target': 'y', 'relationship': 'not_related'}"),
	    MAP_ENTRIES(MAP_ENTRY ", {'source': 'y', 'target': 'x', 'relationship': 'intersect'}"),
	    MAP_WITH("'title': '', 'note': 'n', 'unmapped': ['6.1.3', '6.1.4']"),
	    MAP_WITH("'colour': 'red'"),
	};
	big_catalogue *worked = test_load_catalogue("worked-catalogue.json");

	for (size_t i = 0; i < sizeof(catalogues) / sizeof(catalogues[0]); i++) {
		struct bad_case c = {.name = "good", .text = catalogues[i]};
		big_catalogue *cat = NULL;
		size_t len;
		char *text = bad_text(&c, &len);

		assert_big_ok(big_catalogue_load_buffer(&cat, text, len, NULL));
		ck_assert_ptr_nonnull(cat);
		big_catalogue_free(cat);
		free(text);
	}
	for (size_t i = 0; i < sizeof(assessments) / sizeof(assessments[0]); i++) {
		struct bad_case c = {.name = "good", .text = assessments[i]};
		big_assessment *a = NULL;
		size_t len;
		char *text = bad_text(&c, &len);

		assert_big_ok(big_assessment_load_buffer(&a, worked, text, len, NULL));
		ck_assert_ptr_nonnull(a);
		big_assessment_free(a);
		free(text);
	}
	for (size_t i = 0; i < sizeof(mappings) / sizeof(mappings[0]); i++) {
		struct bad_case c = {.name = "good", .text = mappings[i]};
		big_mapping *m = NULL;
		size_t len;
		char *text = bad_text(&c, &len);

		assert_big_ok(big_mapping_load_buffer(&m, text, len, NULL));
		ck_assert_ptr_nonnull(m);
		big_mapping_free(m);
		free(text);
	}
	big_catalogue_free(worked);
}
END_TEST

START_TEST(test_unknown_requirement_lenient)
{
	struct bad_case c = {.name = "unknown requirement",
			     .text = ASS_RESULTS("'A.1': {'status': 'implemented'}, "
						 "'Z.9': {'status': 'implemented'}")};
	big_catalogue *cat = test_load_catalogue("worked-catalogue.json");
	big_assessment *a = NULL;
	const big_diagnostic *d;
	size_t len;
	char *text = bad_text(&c, &len);

	assert_big_ok(big_assessment_load_buffer(&a, cat, text, len, NULL));
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(big_assessment_diagnostic_count(a), 1);
	d = big_assessment_diagnostic(a, 0);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(d->code, "unknown-requirement");
	ck_assert_str_eq(d->path, "$.results[\"Z.9\"]");
	ck_assert_int_eq(d->severity, BIG_SEVERITY_WARNING);
	ck_assert_msg(d->message != NULL && test_contains(d->message, "Z.9"),
		      "message \"%s\" does not name Z.9", d->message);
	ck_assert_ptr_null(big_assessment_diagnostic(a, 1));
	ck_assert_ptr_null(big_assessment_result(a, "Z.9"));
	ck_assert_ptr_nonnull(big_assessment_result(a, "A.1"));
	big_assessment_free(a);
	free(text);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_unknown_field_diagnostic_in_assessment)
{
	struct bad_case c = {.name = "unknown field",
			     .text = ASS_A1("'status': 'implemented', 'colour': 'red'")};
	big_catalogue *cat = test_load_catalogue("worked-catalogue.json");
	big_assessment *a = NULL;
	const big_diagnostic *d;
	size_t len;
	char *text = bad_text(&c, &len);

	assert_big_ok(big_assessment_load_buffer(&a, cat, text, len, NULL));
	ck_assert_uint_eq(big_assessment_diagnostic_count(a), 1);
	d = big_assessment_diagnostic(a, 0);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(d->code, "unknown-field");
	ck_assert_str_eq(d->path, "$.results[\"A.1\"].colour");
	big_assessment_free(a);
	free(text);
	big_catalogue_free(cat);
}
END_TEST

/* A catalogue, from ' for ", in lenient (0) or strict mode. */
static int load_catalogue_text(big_catalogue **out, const char *text, unsigned flags)
{
	struct bad_case c = {.name = "text", .text = text};
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	size_t len;
	char *data = bad_text(&c, &len);

	opts.flags = flags;
	int rc = big_catalogue_load_buffer(out, data, len, &opts);
	free(data);
	return rc;
}

static void check_diagnostic(const big_diagnostic *d, const char *path, const char *code_point)
{
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(d->code, "control-character");
	ck_assert_int_eq(d->severity, BIG_SEVERITY_WARNING);
	ck_assert_str_eq(d->path, path);
	ck_assert_msg(test_contains(d->message, code_point), "message \"%s\" does not name %s",
		      d->message, code_point);
}

/* Lenient: a control character in an id or a title is a warning at its
 * path; in free text (a node's text, an explanation) it is nothing, also in
 * strict mode. */
START_TEST(test_control_character_diagnostics)
{
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;

	assert_big_ok(load_catalogue_text(
	    &cat,
	    "{'format': 'libbig.catalogue', 'format_version': 1, 'id': 't', 'version': '1', "
	    "'title': 'a\\nb', 'nodes': [{'id': 'x\\u001b', 'kind': 'k', 'title': 'T\x7f', "
	    "'text': 'free\\ntext'}]}",
	    0));
	ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 3);
	check_diagnostic(big_catalogue_diagnostic(cat, 0), "$.title", "U+000A");
	check_diagnostic(big_catalogue_diagnostic(cat, 1), "$.nodes[0].id", "U+001B");
	check_diagnostic(big_catalogue_diagnostic(cat, 2), "$.nodes[0].title", "U+007F");
	big_catalogue_free(cat);

	/* Free text is free. */
	cat = NULL;
	assert_big_ok(load_catalogue_text(&cat, CAT_WITH_NODE("'text': 'a\\nb\\u001b\\u0085'"),
					  BIG_LOAD_STRICT));
	ck_assert_uint_eq(big_catalogue_diagnostic_count(cat), 0);
	big_catalogue_free(cat);

	struct bad_case c = {.name = "assessment",
			     .text = ASS_FORMAT ASS_CAT
			     "'organisation': {'id': 'GM9901', 'name': 'Gemeente\\u0085X'}, "
			     "'period': '2025', 'results': {'A.1': {'status': 'not_applicable', "
			     "'explanation': 'regel 1\\nregel 2', 'expires': '2030-01-01'}}}"};
	big_catalogue *worked = test_load_catalogue("worked-catalogue.json");
	big_load_options strict = BIG_LOAD_OPTIONS_INIT;
	size_t len;
	char *text = bad_text(&c, &len);

	assert_big_ok(big_assessment_load_buffer(&a, worked, text, len, NULL));
	ck_assert_uint_eq(big_assessment_diagnostic_count(a), 1);
	check_diagnostic(big_assessment_diagnostic(a, 0), "$.organisation.name", "U+0085");
	/* The report carries the assessment's diagnostics. */
	big_report *r = NULL;
	assert_big_ok(big_score(&r, a, NULL));
	ck_assert_uint_ge(big_report_diagnostic_count(r), 1);
	check_diagnostic(big_report_diagnostic(r, 0), "$.organisation.name", "U+0085");
	big_report_free(r);
	big_assessment_free(a);
	a = NULL;
	strict.flags = BIG_LOAD_STRICT;
	assert_big_fails(big_assessment_load_buffer(&a, worked, text, len, &strict), BIG_ESCHEMA);
	ck_assert_str_eq(big_error_last()->path, "$.organisation.name");
	free(text);

	/* A collaboration's member ids. */
	c = (struct bad_case){.name = "collaboration",
			      .text =
				  "{'format': 'libbig.collaboration', 'format_version': 1, "
				  "'id': 'SV', " ASS_CAT "'members': ['GM1\\n', {'id': 'GM2'}]}"};
	big_collaboration *co = NULL;
	text = bad_text(&c, &len);
	assert_big_ok(big_collaboration_load_buffer(&co, worked, text, len, NULL));
	ck_assert_uint_eq(big_collaboration_diagnostic_count(co), 1);
	check_diagnostic(big_collaboration_diagnostic(co, 0), "$.members[0]", "U+000A");
	big_collaboration_free(co);
	co = NULL;
	assert_big_fails(big_collaboration_load_buffer(&co, worked, text, len, &strict),
			 BIG_ESCHEMA);
	ck_assert_str_eq(big_error_last()->path, "$.members[0]");
	free(text);
	big_catalogue_free(worked);
}
END_TEST

/* Whether @s holds no control character: no C0 byte, no DEL, no C1 (as
 * UTF-8: 0xC2 0x80-0x9F), and no character that reorders the text or breaks
 * its line (U+061C, U+200E, U+200F, U+2028-U+202E, U+2066-U+2069). */
static bool free_of_controls(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7F || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) ||
		    (p[0] == 0xD8 && p[1] == 0x9C) ||
		    (p[0] == 0xE2 && p[1] == 0x80 &&
		     (p[2] == 0x8E || p[2] == 0x8F || (p[2] >= 0xA8 && p[2] <= 0xAE))) ||
		    (p[0] == 0xE2 && p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9))
			return false;
	return true;
}

static void check_escaped(const char *message, const char *want)
{
	ck_assert_msg(free_of_controls(message), "message \"%s\" has a control character", message);
	ck_assert_msg(test_contains(message, want), "message \"%s\" does not contain %s", message,
		      want);
}

/* Text quoted from a document reaches no message raw: a document cannot
 * write its own lines or terminal sequences into a log. */
START_TEST(test_messages_escape_document_text)
{
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;
	big_catalogue *worked = test_load_catalogue("worked-catalogue.json");

	/* An error quoting an id. */
	assert_big_fails(load_catalogue_text(&cat,
					     CAT_HEAD "'nodes': [{'id': 'a\\n\\u001b[2J\\u0085', "
						      "'kind': 'k', 'title': 'T'}, {'id': "
						      "'a\\n\\u001b[2J\\u0085', 'kind': 'k', "
						      "'title': 'T'}]}",
					     0),
			 BIG_EDUPLICATE);
	check_escaped(big_error_last()->message, "\"a\\n\\u001b[2J\\u0085\"");
	ck_assert_str_eq(big_error_last()->path, "$.nodes[1].id");

	/* Characters that reorder a line or break it ("Trojan Source"), raw
	 * and escaped in the document. */
	assert_big_fails(
	    load_catalogue_text(&cat,
				CAT_HEAD "'nodes': [{'id': 'b\\u202ec\u2028\xd8\x9c\xe2\x81\xa6', "
					 "'kind': 'k', 'title': 'T'}, {'id': "
					 "'b\\u202ec\u2028\xd8\x9c\xe2\x81\xa6', 'kind': 'k', "
					 "'title': 'T'}]}",
				0),
	    BIG_EDUPLICATE);
	check_escaped(big_error_last()->message, "\"b\\u202ec\\u2028\\u061c\\u2066\"");

	/* A member name in the path: \t as in JSON, DEL and C1 too. */
	assert_big_fails(
	    load_catalogue_text(&cat, CAT_WITH("'c\\td\x7f\xc2\x9b': 1"), BIG_LOAD_STRICT),
	    BIG_ESCHEMA);
	check_escaped(big_error_last()->message, "$[\"c\\td\\u007f\\u009b\"]");
	ck_assert_str_eq(big_error_last()->path, "$[\"c\\td\\u007f\\u009b\"]");

	/* A diagnostic quoting a requirement id, and its path. */
	struct bad_case c = {.name = "unknown",
			     .text = ASS_RESULTS("'Z\\r9': {'status': 'implemented'}")};
	size_t len;
	char *text = bad_text(&c, &len);
	assert_big_ok(big_assessment_load_buffer(&a, worked, text, len, NULL));
	const big_diagnostic *d = big_assessment_diagnostic(a, 0);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(d->code, "unknown-requirement");
	check_escaped(d->message, "\"Z\\r9\"");
	ck_assert_str_eq(d->path, "$.results[\"Z\\r9\"]");
	free(text);

	/* An error of the API quoting an argument, and a file name. */
	assert_big_fails(big_assessment_set_status(a, "Z\n9\x1b", BIG_STATUS_IMPLEMENTED),
			 BIG_ENOTFOUND);
	check_escaped(big_error_last()->message, "Z\\n9\\u001b");
	assert_big_fails(big_catalogue_load_file(&cat, "/nonexistent-libbig\n/x\x1b.json", NULL),
			 BIG_EIO);
	check_escaped(big_error_last()->message, "/nonexistent-libbig\\n/x\\u001b.json");
	big_assessment_free(a);
	big_catalogue_free(worked);
}
END_TEST

START_TEST(test_missing_file)
{
	const char *path = "/nonexistent-libbig-dir/no-such-catalogue.json";
	big_catalogue *cat = NULL, *worked;
	big_assessment *a = NULL;
	const big_error *e;

	assert_big_fails(big_catalogue_load_file(&cat, path, NULL), BIG_EIO);
	ck_assert_ptr_null(cat);
	e = big_error_last();
	ck_assert_msg(test_contains(e->message, "no-such-catalogue.json"),
		      "message \"%s\" does not name the file", e->message);
	ck_assert_str_eq(e->source, path);

	worked = test_load_catalogue("worked-catalogue.json");
	assert_big_fails(big_assessment_load_file(
			     &a, worked, "/nonexistent-libbig-dir/no-such-assessment.json", NULL),
			 BIG_EIO);
	ck_assert_ptr_null(a);
	e = big_error_last();
	ck_assert_msg(test_contains(e->message, "no-such-assessment.json"),
		      "message \"%s\" does not name the file", e->message);

	/* A folder is not a readable document either. */
	assert_big_fails(big_catalogue_load_file(&cat, test_data_dir(), NULL), BIG_EIO);
	ck_assert_ptr_null(cat);
	big_catalogue_free(worked);
}
END_TEST

START_TEST(test_source_option_names_the_input)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	big_catalogue *cat = NULL;
	const big_error *e;
	const char *text = "{\n  \"format\": x";

	opts.source = "mijn-catalogus.json";
	assert_big_fails(big_catalogue_load_buffer(&cat, text, strlen(text), &opts), BIG_ESYNTAX);
	ck_assert_ptr_null(cat);
	e = big_error_last();
	ck_assert_str_eq(e->source, "mijn-catalogus.json");
	ck_assert_int_eq(e->line, 2);
	ck_assert_int_eq(e->column, 13);
	ck_assert_msg(strncmp(e->message, "mijn-catalogus.json:2:13:", 25) == 0,
		      "message \"%s\" does not start with \"mijn-catalogus.json:2:13:\"",
		      e->message);

	assert_big_fails(big_catalogue_load_buffer(&cat, text, strlen(text), NULL), BIG_ESYNTAX);
	e = big_error_last();
	ck_assert_str_eq(e->source, "<buffer>");
	ck_assert_msg(strncmp(e->message, "<buffer>:2:13:", 14) == 0,
		      "message \"%s\" does not start with \"<buffer>:2:13:\"", e->message);
}
END_TEST

START_TEST(test_schema_message_format)
{
	/* "source: $.path: …" as docs/formats.md shows. */
	char *path = test_data_path("bad/catalogue-missing-nested-id.json");
	big_catalogue *cat = NULL;
	char expected[4096];
	const big_error *e;

	assert_big_fails(big_catalogue_load_file(&cat, path, NULL), BIG_ESCHEMA);
	e = big_error_last();
	snprintf(expected, sizeof(expected), "%s: $.nodes[0].children[1].id: ", path);
	ck_assert_msg(strncmp(e->message, expected, strlen(expected)) == 0,
		      "message \"%s\" does not start with \"%s\"", e->message, expected);
	free(path);
}
END_TEST

START_TEST(test_very_deep_nesting)
{
	/* 100000 nested arrays: a clear error, not a stack overflow. */
	size_t depth = 100000;
	char *text = malloc(2 * depth + 1);
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;
	big_catalogue *worked = test_load_catalogue("worked-catalogue.json");

	ck_assert_ptr_nonnull(text);
	memset(text, '[', depth);
	memset(text + depth, ']', depth);
	text[2 * depth] = '\0';
	assert_big_fails(big_catalogue_load_buffer(&cat, text, 2 * depth, NULL), BIG_ELIMIT);
	ck_assert_ptr_null(cat);
	assert_big_fails(big_assessment_load_buffer(&a, worked, text, 2 * depth, NULL), BIG_ELIMIT);
	ck_assert_ptr_null(a);
	/* Truncated as well. */
	assert_big_fails(big_catalogue_load_buffer(&cat, text, depth, NULL), BIG_ELIMIT);
	ck_assert_ptr_null(cat);
	free(text);
	big_catalogue_free(worked);
}
END_TEST

START_TEST(test_invalid_arguments)
{
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;
	const char *text = "{}";
	big_catalogue *worked = test_load_catalogue("worked-catalogue.json");

	assert_big_fails(big_catalogue_load_buffer(NULL, text, 2, NULL), BIG_EINVAL);
	assert_big_fails(big_catalogue_load_buffer(&cat, NULL, 2, NULL), BIG_EINVAL);
	ck_assert_ptr_null(cat);
	assert_big_fails(big_catalogue_load_file(&cat, NULL, NULL), BIG_EINVAL);
	ck_assert_ptr_null(cat);
	assert_big_fails(big_catalogue_builtin(&cat, NULL), BIG_EINVAL);
	ck_assert_ptr_null(cat);
	assert_big_fails(big_assessment_load_buffer(&a, NULL, text, 2, NULL), BIG_EINVAL);
	ck_assert_ptr_null(a);
	assert_big_fails(big_assessment_load_buffer(&a, worked, NULL, 2, NULL), BIG_EINVAL);
	ck_assert_ptr_null(a);
	assert_big_fails(big_assessment_load_file(&a, worked, NULL, NULL), BIG_EINVAL);
	ck_assert_ptr_null(a);
	big_catalogue_free(worked);
}
END_TEST

START_TEST(test_load_after_failure)
{
	/* A failed load leaves nothing behind that spoils the next one. */
	big_catalogue *cat = NULL;
	const char *bad = "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"t\"";

	assert_big_fails(big_catalogue_load_buffer(&cat, bad, strlen(bad), NULL), BIG_ESYNTAX);
	ck_assert_ptr_null(cat);
	cat = test_load_catalogue("worked-catalogue.json");
	ck_assert_str_eq(big_catalogue_id(cat), "worked-example");
	ck_assert_uint_eq(big_catalogue_node_count(cat), 8);
	big_catalogue_free(cat);
}
END_TEST

static Suite *bad_input_suite(void)
{
	Suite *s = suite_create("bad-input");
	TCase *tc = tcase_create("documents");

	tcase_add_loop_test(tc, test_bad_document, 0, (int)N_CASES);
	tcase_add_test(tc, test_good_documents_load);
	suite_add_tcase(s, tc);

	tc = tcase_create("diagnostics");
	tcase_add_test(tc, test_unknown_requirement_lenient);
	tcase_add_test(tc, test_unknown_field_diagnostic_in_assessment);
	tcase_add_test(tc, test_control_character_diagnostics);
	tcase_add_test(tc, test_messages_escape_document_text);
	suite_add_tcase(s, tc);

	tc = tcase_create("errors");
	tcase_add_test(tc, test_missing_file);
	tcase_add_test(tc, test_source_option_names_the_input);
	tcase_add_test(tc, test_schema_message_format);
	tcase_add_test(tc, test_very_deep_nesting);
	tcase_add_test(tc, test_invalid_arguments);
	tcase_add_test(tc, test_load_after_failure);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(bad_input_suite());
}
