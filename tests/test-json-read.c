/*
 * libbig tests — suite "json-read": the JSON reader as every loader uses it
 * (libbig/io/json-tree.c, json-error.c), through the public API: \u escapes
 * decoded and numbers valued as cJSON does, what it refuses that cJSON let
 * through, the places of syntax errors, what a document says about itself
 * (big_document_head_read()), and that nothing is allocated through cJSON.
 *
 * SPDX-License-Identifier: MIT
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

/* The format string of @text as big_document_head_read() reads it (a
 * malloc'ed copy), or NULL after asserting that the read failed. */
static char *read_format(const char *text)
{
	big_document_head *head = NULL;
	int rc = big_document_head_read(&head, text, strlen(text), NULL);
	if (rc)
		return NULL;
	const char *f = big_document_head_format(head);
	char *copy = f ? strdup(f) : NULL;
	big_document_head_free(head);
	return copy;
}

/* Appends the UTF-8 of @code to @o; returns its length. */
static size_t utf8(char *o, uint32_t code)
{
	if (code < 0x80)
		return o[0] = (char)code, 1;
	if (code < 0x800)
		return o[0] = (char)(0xC0 | code >> 6), o[1] = (char)(0x80 | (code & 0x3F)), 2;
	if (code < 0x10000)
		return o[0] = (char)(0xE0 | code >> 12), o[1] = (char)(0x80 | (code >> 6 & 0x3F)),
		       o[2] = (char)(0x80 | (code & 0x3F)), 3;
	return o[0] = (char)(0xF0 | code >> 18), o[1] = (char)(0x80 | (code >> 12 & 0x3F)),
	       o[2] = (char)(0x80 | (code >> 6 & 0x3F)), o[3] = (char)(0x80 | (code & 0x3F)), 4;
}

/* A random JSON string body of every kind of character and escape. */
static void random_string(char *o, uint64_t *seed)
{
	static const char *const simple[] = {"\\\"", "\\\\", "\\/", "\\b",
					     "\\f",  "\\n",  "\\r", "\\t"};
	size_t n = 0;
	for (int k = 0; k < 12; k++) {
		*seed = *seed * 6364136223846793005u + 1442695040888963407u;
		uint32_t r = (uint32_t)(*seed >> 32), code = 1 + r % 0x10FFFF;
		if (code >= 0xD800 && code <= 0xDFFF)
			code -= 0x800;
		switch (r >> 28) {
		case 0:
		case 1:
			n += (size_t)sprintf(o + n, "%s", simple[r % 8]);
			break;
		case 2:
		case 3: /* a letter, in either case of hex */
			n += (size_t)sprintf(o + n, r & 1 ? "\\u%04x" : "\\u%04X", 1 + r % 0xD7FF);
			break;
		case 4: /* a surrogate pair */
			code = 0x10000 + r % 0x100000;
			n += (size_t)sprintf(o + n, "\\u%04x\\u%04X",
					     0xD800 + ((code - 0x10000) >> 10),
					     0xDC00 + ((code - 0x10000) & 0x3FF));
			break;
		default: /* as UTF-8, or plain ASCII */
			n += code < 0x20 || code == '"' || code == '\\' ? 0 : utf8(o + n, code);
			o[n++] = (char)('a' + r % 26);
		}
	}
	o[n] = '\0';
}

/* Every escape is decoded into the string cJSON decodes it into. */
START_TEST(test_escapes_like_cjson)
{
	static const char *const fixed[] = {
	    "caf\\u00e9 \\u00E9\\u0041\\uffff\\u0800\\u07ff\\u0080\\u007f",
	    "\\ud83d\\ude00 \\uD800\\uDC00 \\udbff\\udfff",
	    "\\\"\\\\\\/\\b\\f\\n\\r\\t",
	    "basishygi\\u00EBne",
	    "",
	};
	char body[512], text[600];
	uint64_t seed = 0x9e3779b97f4a7c15u;
	for (int i = 0; i < 2000; i++) {
		if (i < (int)(sizeof(fixed) / sizeof(fixed[0])))
			snprintf(body, sizeof(body), "%s", fixed[i]);
		else
			random_string(body, &seed);
		snprintf(text, sizeof(text), "{\"format\": \"%s\"}", body);
		cJSON *theirs = cJSON_Parse(text);
		ck_assert_msg(theirs != NULL, "cJSON refuses %s", text);
		char *ours = read_format(text);
		ck_assert_msg(ours != NULL, "%s: %s", text, big_error_last()->message);
		const char *want = cJSON_GetObjectItemCaseSensitive(theirs, "format")->valuestring;
		ck_assert_msg(strcmp(ours, want) == 0, "%s: read as \"%s\", cJSON \"%s\"", text,
			      ours, want);
		free(ours);
		cJSON_Delete(theirs);
	}
}
END_TEST

/* An assessment of the worked catalogue with the attribute "n" written as
 * @number; its value, or NAN when it does not load. */
static double attribute(const big_catalogue *cat, const char *number)
{
	char text[1024];
	snprintf(text, sizeof(text),
		 "{\"format\": \"libbig.assessment\", \"format_version\": 1,\n"
		 " \"catalogue\": {\"id\": \"worked-example\", \"version\": \"1\"},\n"
		 " \"organisation\": {\"id\": \"GM9901\", \"attributes\": {\"n\": %s}},\n"
		 " \"period\": \"2025\", \"results\": {}}",
		 number);
	big_assessment *a = NULL;
	double v = 0;
	if (big_assessment_load_buffer(&a, cat, text, strlen(text), NULL))
		return (double)NAN;
	ck_assert_int_eq(big_assessment_attribute(&v, a, "n"), 0);
	big_assessment_free(a);
	return v;
}

static void numbers(void)
{
	static const char *const read[] = {
	    "0",
	    "-0",
	    "7",
	    "-12",
	    "0.1",
	    "1E-7",
	    "1e+2",
	    "-0.25e3",
	    "123456789012345678",
	    "2.2250738585072011e-308",
	    "4.9e-324",
	    "1.7976931348623157e308",
	    "1234567890123456789012345678901234567890123456789012345678901234567890",
	    "0.000000000000000000000000000000000000000000000000000000000000000000001",
	};
	big_catalogue *cat = test_load_catalogue("worked-catalogue.json");
	for (size_t i = 0; i < sizeof(read) / sizeof(read[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text), "[%s]", read[i]);
		cJSON *theirs = cJSON_Parse(text);
		ck_assert_ptr_nonnull(theirs);
		double want = theirs->child->valuedouble, got = attribute(cat, read[i]);
		ck_assert_msg(memcmp(&got, &want, sizeof(double)) == 0, "%s: %.17g, cJSON %.17g",
			      read[i], got, want);
		cJSON_Delete(theirs);
	}
	big_catalogue_free(cat);
}

/* Numbers have cJSON's values, also where the decimal point is a comma. */
START_TEST(test_numbers_like_cjson)
{
	numbers();
	if (test_setlocale_nl("the locale check of suite json-read")) {
		numbers();
		setlocale(LC_ALL, "C");
	}
}
END_TEST

struct error_case {
	const char *text;
	int code;
	const char *message; /* after "<buffer>:" */
};

static void check_errors(const struct error_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct error_case *c = &cases[i];
		big_document_head *head = NULL;
		char want[256];
		int rc = big_document_head_read(&head, c->text, strlen(c->text), NULL);
		snprintf(want, sizeof(want), "<buffer>:%s", c->message);
		ck_assert_msg(rc == c->code && strcmp(big_error_last()->message, want) == 0,
			      "%s: %s, \"%s\"; expected %s, \"%s\"", c->text, big_error_name(rc),
			      big_error_last()->message, big_error_name(c->code), want);
		ck_assert_ptr_null(head);
	}
}

/* What cJSON let through wrongly (json-tree.h): syntax errors now, at the
 * place where the text stops being JSON. */
START_TEST(test_refused)
{
	static const struct error_case cases[] = {
	    {"[1.]", BIG_ESYNTAX, "1:3: syntax error: unexpected '.'"},
	    {"[1.e5]", BIG_ESYNTAX, "1:3: syntax error: unexpected '.'"},
	    {"{\"a\": 1.}", BIG_ESYNTAX, "1:8: syntax error: unexpected '.'"},
	    {"1.", BIG_ESYNTAX, "1:2: text after the end of the document"},
	    {"[03]", BIG_ESYNTAX, "1:3: syntax error: unexpected '3'"},
	    {"-01", BIG_ESYNTAX, "1:3: text after the end of the document"},
	    {"[-.5]", BIG_ESYNTAX, "1:2: syntax error: unexpected '-'"},
	    {"-.5", BIG_ESYNTAX, "1:1: syntax error: unexpected '-'"},
	    {"[\"\\u0000\"]", BIG_ESYNTAX,
	     "1:3: syntax error: \\u0000 (a NUL character) is not allowed in a string"},
	    {"{\"k\\u0000\": 1}", BIG_ESYNTAX,
	     "1:4: syntax error: \\u0000 (a NUL character) is not allowed in a string"},
	    {"[\"\\u12G4\"]", BIG_ESYNTAX, "1:3: syntax error: a \\u escape needs four hex digits"},
	};
	check_errors(cases, sizeof(cases) / sizeof(cases[0]));
}
END_TEST

/* Places and messages as libbig gave them when cJSON parsed for it (the
 * suite bad-input has more, in documents). */
START_TEST(test_places)
{
	static const struct error_case cases[] = {
	    {"", BIG_ESYNTAX, "1:1: empty document"},
	    {"   \n ", BIG_ESYNTAX, "2:2: empty document"},
	    {"\xEF\xBB\xBF", BIG_ESYNTAX, "1:1: syntax error"},
	    {"\xEF\xBB\xBF  ", BIG_ESYNTAX, "1:5: syntax error"},
	    {"\xEF\xBB\xBF\xEF\xBB\xBF{}", BIG_ESYNTAX, "1:4: syntax error"},
	    {"{,}", BIG_ESYNTAX, "1:2: syntax error: unexpected ','"},
	    {"{\"a\":1,}", BIG_ESYNTAX, "1:8: syntax error: unexpected '}'"},
	    {"{\"a\" 1}", BIG_ESYNTAX, "1:6: syntax error: unexpected '1'"},
	    {"[1,2x]", BIG_ESYNTAX, "1:4: syntax error: unexpected '2'"},
	    {"{\"a\": [1}", BIG_ESYNTAX,
	     "1:9: syntax error: unexpected end of input, 1 bracket left open"},
	    {"[\"\\x\"]", BIG_ESYNTAX, "1:3: syntax error: '\\x' is not a JSON escape"},
	    {"[\"\\ud83d\"]", BIG_ESYNTAX,
	     "1:3: syntax error: \\ud83d, a high surrogate, without a low one after it"},
	    {"[\"\\ude00\"]", BIG_ESYNTAX,
	     "1:3: syntax error: \\ude00, a low surrogate, without a high one before it"},
	    {"[tru]", BIG_ESYNTAX, "1:2: syntax error: unexpected 't'"},
	    {"{} x", BIG_ESYNTAX, "1:4: text after the end of the document"},
	    {"[", BIG_ESYNTAX, "1:1: syntax error: unexpected end of input, 1 bracket left open"},
	    {"{\"a\": {\"b\": ", BIG_ESYNTAX,
	     "1:12: syntax error: unexpected end of input, 2 brackets left open"},
	    {"[-]", BIG_ESYNTAX, "1:2: syntax error: unexpected '-'"},
	    {"[.5]", BIG_ESYNTAX, "1:2: syntax error: unexpected '.'"},
	    {"[1e]", BIG_ESYNTAX, "1:3: syntax error: unexpected 'e'"},
	    {"\"abc", BIG_ESYNTAX, "1:4: unexpected end of input inside a string"},
	    {"[1, \"a\nb\"]", BIG_ESYNTAX, "1:7: control character must be escaped"},
	    {"[\"\\x\", \"\xff\"]", BIG_EUTF8, "1:9: invalid UTF-8"},
	    {"{\"a\": 1,\n \"b\": }", BIG_ESYNTAX, "2:7: syntax error: unexpected '}'"},
	    {"{\"a\":\t\"b\"\r\n,}", BIG_ESYNTAX, "2:2: syntax error: unexpected '}'"},
	};
	check_errors(cases, sizeof(cases) / sizeof(cases[0]));
}
END_TEST

struct kind_case {
	const char *file; /* or the text itself */
	big_document_kind kind;
	const char *id, *version;
};

/* The kind and catalogue of each kind of document. */
START_TEST(test_head_of_documents)
{
	static const struct kind_case cases[] = {
	    {"worked-catalogue.json", BIG_DOCUMENT_CATALOGUE, "worked-example", "1"},
	    {"worked-assessment.json", BIG_DOCUMENT_ASSESSMENT, "worked-example", "1"},
	    {"small-mapping.json", BIG_DOCUMENT_MAPPING, "small", "0.9"},
	    {"collaboration/worked-collaboration.json", BIG_DOCUMENT_COLLABORATION,
	     "worked-example", "1"},
	    {"worked-report.json", BIG_DOCUMENT_REPORT, "worked-example", "1"},
	    {"worked-comparison.json", BIG_DOCUMENT_COMPARISON, "worked-example", "1"},
	    {"documents/migration.json", BIG_DOCUMENT_MIGRATION, "small", "0.9"},
	    {"documents/aggregate.json", BIG_DOCUMENT_AGGREGATE, "worked-example", "1"},
	    {"documents/distribution.json", BIG_DOCUMENT_DISTRIBUTION, "worked-example", "1"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct kind_case *c = &cases[i];
		size_t len;
		char *text = test_read_data(c->file, &len);
		big_document_head *head = NULL;
		assert_big_ok(big_document_head_read(&head, text, len, NULL));
		ck_assert_msg(big_document_head_kind(head) == c->kind, "%s", c->file);
		ck_assert_str_eq(big_document_head_format(head), big_document_kind_name(c->kind));
		ck_assert_str_eq(big_document_head_catalogue_id(head), c->id);
		ck_assert_str_eq(big_document_head_catalogue_version(head), c->version);
		big_document_head_free(head);
		free(text);
	}
}
END_TEST

/* A file that cannot be opened or read: the message is strerror()'s (the
 * reader takes it from strerror_r(), whose buffer no other thread shares). */
START_TEST(test_file_errors_say_why)
{
	big_catalogue *cat = NULL;
	char want[512];
	snprintf(want, sizeof(want), "cannot open: %s", strerror(ENOENT));
	assert_big_fails(big_catalogue_load_file(&cat, "/nonexistent-libbig-dir/c.json", NULL),
			 BIG_EIO);
	ck_assert_msg(test_contains(big_error_last()->message, want), "\"%s\" does not say \"%s\"",
		      big_error_last()->message, want);
	snprintf(want, sizeof(want), "cannot read: %s", strerror(EISDIR));
	assert_big_fails(big_catalogue_load_file(&cat, test_data_dir(), NULL), BIG_EIO);
	ck_assert_msg(test_contains(big_error_last()->message, want), "\"%s\" does not say \"%s\"",
		      big_error_last()->message, want);
	ck_assert_ptr_null(cat);
}
END_TEST

/* A document of a known kind refers to a catalogue by its id: a version
 * without one (or beside an id that is not a string) refers to none, and is
 * not reported either; an id is reported with or without a version. */
START_TEST(test_head_version_without_id)
{
	static const struct kind_case cases[] = {
	    {"{\"format\": \"libbig.assessment\", \"format_version\": 1,"
	     " \"catalogue\": {\"version\": \"1.2\"}}",
	     BIG_DOCUMENT_ASSESSMENT, NULL, NULL},
	    {"{\"format\": \"libbig.assessment\", \"catalogue\": {\"id\": null, \"version\": "
	     "\"1\"}}",
	     BIG_DOCUMENT_ASSESSMENT, NULL, NULL},
	    {"{\"format\": \"libbig.catalogue\", \"version\": \"1.2\", \"nodes\": []}",
	     BIG_DOCUMENT_CATALOGUE, NULL, NULL},
	    {"{\"format\": \"libbig.mapping\", \"source\": {\"version\": \"0.9\"},"
	     " \"target\": {\"id\": \"small\", \"version\": \"1\"}}",
	     BIG_DOCUMENT_MAPPING, NULL, NULL},
	    {"{\"format\": \"libbig.report\", \"catalogue\": \"bio2\", \"version\": \"1\"}",
	     BIG_DOCUMENT_REPORT, NULL, NULL},
	    {"{\"format\": \"libbig.assessment\", \"catalogue\": {\"id\": \"bio2\"}}",
	     BIG_DOCUMENT_ASSESSMENT, "bio2", NULL},
	    {"{\"format\": \"libbig.assessment\", \"catalogue\": {\"id\": \"bio2\", \"version\": "
	     "1.2}}",
	     BIG_DOCUMENT_ASSESSMENT, "bio2", NULL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct kind_case *c = &cases[i];
		big_document_head *head = NULL;
		assert_big_ok(big_document_head_read(&head, c->file, strlen(c->file), NULL));
		ck_assert_msg(big_document_head_kind(head) == c->kind, "%s", c->file);
		ck_assert_pstr_eq(big_document_head_catalogue_id(head), c->id);
		ck_assert_pstr_eq(big_document_head_catalogue_version(head), c->version);
		big_document_head_free(head);
	}
}
END_TEST

/* Any JSON is read; what is not JSON fails as a loader fails. */
START_TEST(test_head_of_other_texts)
{
	static const struct {
		const char *text, *format;
	} others[] = {
	    {"[1, 2]", NULL},
	    {"\"libbig.catalogue\"", NULL},
	    {"{}", NULL},
	    {"{\"format\": 3}", NULL},
	    {"{\"format\": \"libbig.future\", \"catalogue\": \"bio2\"}", "libbig.future"},
	    {"{\"format\": \"geojson\", \"catalogue\": {\"id\": 1, \"version\": \"2\"}}",
	     "geojson"},
	};
	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		big_document_head *head = NULL;
		assert_big_ok(
		    big_document_head_read(&head, others[i].text, strlen(others[i].text), NULL));
		ck_assert_int_eq(big_document_head_kind(head), BIG_DOCUMENT_UNKNOWN);
		ck_assert_pstr_eq(big_document_head_format(head), others[i].format);
		ck_assert_ptr_null(big_document_head_catalogue_id(head));
		/* a version beside an id that is not a string names no catalogue */
		ck_assert_ptr_null(big_document_head_catalogue_version(head));
		big_document_head_free(head);
	}

	/* The error, place and source of the loaders. */
	static const char broken[] = "{\"format\": \"libbig.catalogue\",\n \"id\": }";
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	static int not_set;
	big_document_head *head = (big_document_head *)&not_set;
	big_catalogue *cat = NULL;
	lo.source = "upload.json";
	assert_big_fails(big_catalogue_load_buffer(&cat, broken, strlen(broken), &lo), BIG_ESYNTAX);
	char *loader = strdup(big_error_last()->message);
	assert_big_fails(big_document_head_read(&head, broken, strlen(broken), &lo), BIG_ESYNTAX);
	ck_assert_str_eq(big_error_last()->message, loader);
	ck_assert_str_eq(loader, "upload.json:2:8: syntax error: unexpected '}'");
	ck_assert_ptr_null(head);
	free(loader);
	lo.max_depth = 2;
	assert_big_fails(big_document_head_read(&head, "[[[1]]]", 7, &lo), BIG_ELIMIT);
	lo.max_depth = 0;
	lo.max_bytes = 4;
	assert_big_fails(big_document_head_read(&head, "[1, 2]", 6, &lo), BIG_ELIMIT);
	assert_big_fails(big_document_head_read(NULL, "{}", 2, NULL), BIG_EINVAL);
	assert_big_fails(big_document_head_read(&head, NULL, 0, NULL), BIG_EINVAL);
	big_document_head_free(NULL);
}
END_TEST

START_TEST(test_kind_names)
{
	big_document_kind kind;
	for (int k = 0; k < BIG_DOCUMENT_KIND_COUNT; k++) {
		const char *name = big_document_kind_name((big_document_kind)k);
		ck_assert_ptr_nonnull(name);
		ck_assert_int_eq(strncmp(name, "libbig.", 7), 0);
		assert_big_ok(big_document_kind_from_name(&kind, name));
		ck_assert_int_eq(kind, k);
	}
	ck_assert_ptr_null(big_document_kind_name(BIG_DOCUMENT_UNKNOWN));
	ck_assert_ptr_null(big_document_kind_name(BIG_DOCUMENT_KIND_COUNT));
	assert_big_fails(big_document_kind_from_name(&kind, "libbig.future"), BIG_EINVAL);
	assert_big_fails(big_document_kind_from_name(&kind, NULL), BIG_EINVAL);
	assert_big_fails(big_document_kind_from_name(NULL, "libbig.report"), BIG_EINVAL);
}
END_TEST

static size_t cjson_blocks;

static void *counting_malloc(size_t size)
{
	cjson_blocks++;
	return malloc(size);
}

/* libbig builds cJSON's trees itself: cJSON's allocator (process-wide, the
 * program's) is never called, whatever it is. */
START_TEST(test_nothing_through_cjson)
{
	static const char *const files[] = {
	    "worked-catalogue.json", "worked-assessment.json", "small-mapping.json",
	    "worked-report.json",    "model-catalogue.json",   "bad/catalogue-truncated.json",
	};
	big_catalogue *cat = test_load_catalogue("worked-catalogue.json");
	cJSON_InitHooks(&(cJSON_Hooks){counting_malloc, free});
	cjson_blocks = 0;
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		size_t len;
		char *text = test_read_data(files[i], &len);
		big_document_head *head = NULL;
		big_catalogue *c = NULL;
		big_assessment *a = NULL;
		big_document_head_read(&head, text, len, NULL);
		big_catalogue_load_buffer(&c, text, len, NULL);
		big_assessment_load_buffer(&a, cat, text, len, NULL);
		big_document_head_free(head);
		big_catalogue_free(c);
		big_assessment_free(a);
		free(text);
	}
	static const char escaped[] = "{\"format\": \"caf\\u00e9\", \"x\": [1.5, \"\\n\"]}";
	big_document_head *head = NULL;
	assert_big_ok(big_document_head_read(&head, escaped, strlen(escaped), NULL));
	big_document_head_free(head);
	cJSON_InitHooks(NULL);
	ck_assert_uint_eq(cjson_blocks, 0);
	big_catalogue_free(cat);
}
END_TEST

static Suite *json_read_suite(void)
{
	Suite *s = suite_create("json-read");
	TCase *tc = tcase_create("reader");
	tcase_add_test(tc, test_escapes_like_cjson);
	tcase_add_test(tc, test_numbers_like_cjson);
	tcase_add_test(tc, test_refused);
	tcase_add_test(tc, test_places);
	tcase_add_test(tc, test_nothing_through_cjson);
	suite_add_tcase(s, tc);
	tc = tcase_create("document head");
	tcase_add_test(tc, test_head_of_documents);
	tcase_add_test(tc, test_head_of_other_texts);
	tcase_add_test(tc, test_head_version_without_id);
	tcase_add_test(tc, test_file_errors_say_why);
	tcase_add_test(tc, test_kind_names);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(json_read_suite());
}
