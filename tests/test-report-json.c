/*
 * libbig tests — suite "report-json": the libbig.report document, byte for
 * byte, in every locale, compact and indented, with correct escaping.
 *
 * SPDX-License-Identifier: MIT
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "plain.h"
#include "test-common.h"

#define EXPECTED_REPORT "worked-report.json"

static char *report_json(const big_assessment *a, big_rollup rollup, unsigned int flags,
			 size_t *len)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	char *out = NULL;
	size_t n = (size_t)-1;

	opts.rollup = rollup;
	assert_big_ok(big_score(&r, a, &opts));
	assert_big_ok(big_report_to_json(&out, &n, r, flags));
	ck_assert_ptr_nonnull(out);
	ck_assert_uint_eq(n, strlen(out));
	big_report_free(r);
	if (len != NULL)
		*len = n;
	return out;
}

static cJSON *parse(const char *json)
{
	cJSON *doc = cJSON_Parse(json);

	ck_assert_msg(doc != NULL, "output is not JSON (near \"%.40s\"):\n%s",
		      cJSON_GetErrorPtr() != NULL ? cJSON_GetErrorPtr() : "", json);
	return doc;
}

static cJSON *member(const cJSON *obj, const char *key)
{
	cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);

	ck_assert_msg(item != NULL, "no member \"%s\"", key);
	return item;
}

/* The members of @p obj are exactly @p keys, in that order. */
static void check_keys(const char *what, const cJSON *obj, const char *const *keys, size_t n)
{
	const cJSON *item;
	size_t i = 0;

	ck_assert_msg(cJSON_IsObject(obj), "%s is not an object", what);
	cJSON_ArrayForEach(item, obj)
	{
		ck_assert_msg(i < n, "%s: unexpected member \"%s\"", what, item->string);
		ck_assert_msg(strcmp(item->string, keys[i]) == 0,
			      "%s: member %zu is \"%s\", expected \"%s\"", what, i, item->string,
			      keys[i]);
		i++;
	}
	ck_assert_msg(i == n, "%s has %zu members, expected %zu", what, i, n);
}

/* Whether the whole text is valid UTF-8 (no overlongs, surrogates or > U+10FFFF). */
static int valid_utf8(const unsigned char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		size_t n;
		unsigned long cp;

		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
		} else {
			return 0;
		}
		if (i + n >= len)
			return 0;
		for (size_t k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += n + 1;
	}
	return 1;
}

static void write_actual(const char *name, const char *text, size_t len)
{
	/* BIG_TEST_OUTPUT_DIR: where to put the actual output, to inspect or regenerate. */
	const char *dir = getenv("BIG_TEST_OUTPUT_DIR");
	char path[4096];
	FILE *f;

	if (dir == NULL || dir[0] == '\0')
		return;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	ck_assert_msg(f != NULL, "cannot write %s", path);
	ck_assert_uint_eq(fwrite(text, 1, len, f), len);
	fclose(f);
}

static void check_expected_bytes(const char *json, size_t len)
{
	size_t exp_len;
	char *path = test_data_path(EXPECTED_REPORT);
	char *expected = test_read_file(path, &exp_len);
	size_t at = 0;

	write_actual(EXPECTED_REPORT, json, len);
	ck_assert_msg(expected != NULL, "cannot read %s", path);
	while (at < len && at < exp_len && json[at] == expected[at])
		at++;
	ck_assert_msg(len == exp_len && at == len,
		      "report differs from %s at byte %zu (got %zu bytes, expected %zu):\n"
		      "got:      \"%.60s\"\nexpected: \"%.60s\"",
		      path, at, len, exp_len, json + at, expected + (at < exp_len ? at : exp_len));
	free(expected);
	free(path);
}

START_TEST(test_worked_report_bytes)
{
	size_t len;
	char *json = report_json(test_worked_a, BIG_ROLLUP_HIERARCHICAL, 0, &len);

	check_expected_bytes(json, len);
	big_free(json);
}
END_TEST

START_TEST(test_locale_independent)
{
	size_t len;
	char *json;
	char buf[32];

	if (!test_setlocale_nl("the locale check of suite report-json"))
		return;
	/* The locale really writes decimal commas. */
	snprintf(buf, sizeof(buf), "%.3f", 0.375);
	ck_assert_str_eq(buf, "0,375");
	json = report_json(test_worked_a, BIG_ROLLUP_HIERARCHICAL, 0, &len);
	setlocale(LC_ALL, "C");
	check_expected_bytes(json, len);
	big_free(json);
}
END_TEST

START_TEST(test_locale_independent_flat)
{
	/* Flat gives a number with all 17 digits: same text in both locales. */
	size_t len1, len2;
	char *c_json = report_json(test_worked_a, BIG_ROLLUP_FLAT, 0, &len1);
	char *nl_json;

	if (!test_setlocale_nl("the locale check of suite report-json")) {
		big_free(c_json);
		return;
	}
	nl_json = report_json(test_worked_a, BIG_ROLLUP_FLAT, 0, &len2);
	setlocale(LC_ALL, "C");
	ck_assert_str_eq(nl_json, c_json);
	big_free(nl_json);
	big_free(c_json);
}
END_TEST

START_TEST(test_layout)
{
	size_t len;
	char *json = report_json(test_worked_a, BIG_ROLLUP_HIERARCHICAL, 0, &len);
	static const char head[] =
	    "{\n  \"format\": \"libbig.report\",\n  \"format_version\": 1,\n";

	ck_assert_msg(strncmp(json, head, sizeof(head) - 1) == 0, "report starts with:\n%.80s",
		      json);
	ck_assert_msg(len >= 3 && strcmp(json + len - 2, "}\n") == 0,
		      "report does not end with \"}\\n\"");
	ck_assert_msg(strchr(json, '\t') == NULL, "report contains a tab");
	ck_assert_msg(strstr(json, " \n") == NULL, "report has trailing white space");
	/* Determinism. */
	{
		char *again = report_json(test_worked_a, BIG_ROLLUP_HIERARCHICAL, 0, NULL);

		ck_assert_str_eq(again, json);
		big_free(again);
	}
	big_free(json);
}
END_TEST

START_TEST(test_compact)
{
	size_t len, plen;
	char *json = report_json(test_worked_a, BIG_ROLLUP_HIERARCHICAL, BIG_JSON_COMPACT, &len);
	char *pretty = report_json(test_worked_a, BIG_ROLLUP_HIERARCHICAL, 0, &plen);
	cJSON *a, *b;

	ck_assert_msg(strchr(json, '\n') == json + len - 1,
		      "compact report is not one line ending with a newline:\n%s", json);
	ck_assert_uint_lt(len, plen);
	ck_assert_msg(strncmp(json, "{\"format\":", 10) == 0, "compact report starts with %.20s",
		      json);
	a = parse(json);
	b = parse(pretty);
	ck_assert_msg(cJSON_Compare(a, b, 1), "compact and indented reports differ");
	cJSON_Delete(a);
	cJSON_Delete(b);
	big_free(pretty);
	big_free(json);
}
END_TEST

static const char *const report_keys[] = {
    "format",  "format_version", "catalogue", "organisation", "period",   "profile",     "options",
    "overall", "nodes",          "gaps",      "exceptions",   "profiles", "diagnostics",
};
static const char *const scores_keys[] = {
    "implementation", "maturity_mean", "attained_level", "coverage",   "comply_or_explain",
    "opzet",          "bestaan",       "werking",        "applicable", "counts",
};
static const char *const counts_keys[] = {
    "implemented",    "partially_implemented", "not_implemented",
    "not_applicable", "risk_accepted",         "not_assessed",
};
static const char *const node_keys[] = {"id", "kind", "title", "scores"};
static const char *const gap_keys[] = {"id",       "kinds",   "size",           "status",
				       "maturity", "tag",     "mandatory",      "weight",
				       "owner",    "actions", "without_action", "overdue"};
static const char *const exception_keys[] = {"id", "status", "explanation", "owner", "expires"};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void check_number(const cJSON *obj, const char *key, double value)
{
	const cJSON *item = member(obj, key);

	ck_assert_msg(cJSON_IsNumber(item), "\"%s\" is not a number", key);
	ck_assert_msg(item->valuedouble == value, "\"%s\" is %.17g, expected %.17g", key,
		      item->valuedouble, value);
}

static void check_null(const cJSON *obj, const char *key)
{
	ck_assert_msg(cJSON_IsNull(member(obj, key)), "\"%s\" is not null", key);
}

START_TEST(test_structure)
{
	char *json = report_json(test_worked_a, BIG_ROLLUP_HIERARCHICAL, 0, NULL);
	cJSON *doc = parse(json), *item, *scores;
	static const char *const node_ids[] = {"A", "A.1", "A.2", "A.3", "B", "B.1", "B.2", "B.3"};
	int i = 0;

	check_keys("report", doc, report_keys, N(report_keys));
	ck_assert_str_eq(cJSON_GetStringValue(member(doc, "format")), "libbig.report");
	check_number(doc, "format_version", 1);
	item = member(doc, "catalogue");
	ck_assert_str_eq(cJSON_GetStringValue(member(item, "id")), "worked-example");
	ck_assert_str_eq(cJSON_GetStringValue(member(item, "version")), "1");
	item = member(doc, "organisation");
	ck_assert_str_eq(cJSON_GetStringValue(member(item, "id")), "GM9901");
	ck_assert_str_eq(cJSON_GetStringValue(member(item, "name")), "Gemeente Voorbeeldstad");
	ck_assert_str_eq(cJSON_GetStringValue(member(doc, "period")), "2025");
	item = member(doc, "options");
	ck_assert_str_eq(cJSON_GetStringValue(member(item, "rollup")), "hierarchical");
	check_number(item, "target", 3);

	scores = member(doc, "overall");
	check_keys("overall", scores, scores_keys, N(scores_keys));
	check_keys("overall.counts", member(scores, "counts"), counts_keys, N(counts_keys));
	check_number(scores, "implementation", 0.375);
	check_number(scores, "maturity_mean", 3);
	check_number(scores, "attained_level", 0);
	check_number(scores, "coverage", 0.8333333333333334);
	check_number(scores, "comply_or_explain", 0.3333333333333333);
	check_number(scores, "applicable", 6);
	check_number(member(scores, "counts"), "not_applicable", 2);
	check_number(member(scores, "counts"), "not_assessed", 1);

	item = member(doc, "nodes");
	ck_assert_int_eq(cJSON_GetArraySize(item), N(node_ids));
	cJSON_ArrayForEach(scores, item)
	{
		check_keys("node", scores, node_keys, N(node_keys));
		ck_assert_str_eq(cJSON_GetStringValue(member(scores, "id")), node_ids[i]);
		check_keys("node scores", member(scores, "scores"), scores_keys, N(scores_keys));
		i++;
	}
	/* B: no maturity; A.3: not scorable. */
	scores = member(cJSON_GetArrayItem(item, 4), "scores");
	check_number(scores, "implementation", 0);
	check_null(scores, "maturity_mean");
	check_null(scores, "attained_level");
	check_number(scores, "coverage", 0.6666666666666666);
	check_number(scores, "comply_or_explain", 0);
	scores = cJSON_GetArrayItem(item, 3);
	ck_assert_str_eq(cJSON_GetStringValue(member(scores, "kind")), "requirement");
	ck_assert_str_eq(cJSON_GetStringValue(member(scores, "title")), "Requirement A.3");
	scores = member(scores, "scores");
	check_null(scores, "implementation");
	check_null(scores, "maturity_mean");
	check_number(scores, "coverage", 1);
	scores = member(cJSON_GetArrayItem(item, 0), "scores");
	check_number(scores, "implementation", 0.75);
	check_number(scores, "attained_level", 2);
	check_number(scores, "comply_or_explain", 0.6666666666666666);

	cJSON_Delete(doc);
	big_free(json);
}
END_TEST

START_TEST(test_gaps_and_exceptions)
{
	char *json = report_json(test_worked_a, BIG_ROLLUP_HIERARCHICAL, 0, NULL);
	cJSON *doc = parse(json), *gaps, *g, *kinds, *ex;

	gaps = member(doc, "gaps");
	ck_assert_int_eq(cJSON_GetArraySize(gaps), 4);
	cJSON_ArrayForEach(g, gaps) check_keys("gap", g, gap_keys, N(gap_keys));

	g = cJSON_GetArrayItem(gaps, 0);
	ck_assert_str_eq(cJSON_GetStringValue(member(g, "id")), "B.1");
	kinds = member(g, "kinds");
	ck_assert_int_eq(cJSON_GetArraySize(kinds), 1);
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetArrayItem(kinds, 0)), "implementation");
	check_number(g, "size", 1);
	ck_assert_str_eq(cJSON_GetStringValue(member(g, "status")), "risk_accepted");
	check_null(g, "maturity");
	ck_assert_msg(cJSON_IsTrue(member(g, "mandatory")), "B.1 is not mandatory");
	check_number(g, "weight", 1);

	g = cJSON_GetArrayItem(gaps, 1);
	ck_assert_str_eq(cJSON_GetStringValue(member(g, "id")), "B.2");
	ck_assert_str_eq(cJSON_GetStringValue(member(g, "status")), "not_assessed");
	ck_assert_msg(cJSON_IsFalse(member(g, "mandatory")), "B.2 is mandatory");
	check_number(g, "weight", 3);

	g = cJSON_GetArrayItem(gaps, 2);
	ck_assert_str_eq(cJSON_GetStringValue(member(g, "id")), "B.3");
	kinds = member(g, "kinds");
	ck_assert_int_eq(cJSON_GetArraySize(kinds), 2);
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetArrayItem(kinds, 0)), "implementation");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetArrayItem(kinds, 1)), "explanation");

	g = cJSON_GetArrayItem(gaps, 3);
	ck_assert_str_eq(cJSON_GetStringValue(member(g, "id")), "A.2");
	kinds = member(g, "kinds");
	ck_assert_int_eq(cJSON_GetArraySize(kinds), 2);
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetArrayItem(kinds, 0)), "implementation");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetArrayItem(kinds, 1)), "maturity");
	check_number(g, "size", 0.5);
	check_number(g, "maturity", 2);
	ck_assert_str_eq(cJSON_GetStringValue(member(g, "status")), "partially_implemented");

	ex = member(doc, "exceptions");
	ck_assert_int_eq(cJSON_GetArraySize(ex), 1);
	ex = cJSON_GetArrayItem(ex, 0);
	check_keys("exception", ex, exception_keys, N(exception_keys));
	ck_assert_str_eq(cJSON_GetStringValue(member(ex, "id")), "A.3");
	ck_assert_str_eq(cJSON_GetStringValue(member(ex, "status")), "not_applicable");
	ck_assert_str_eq(cJSON_GetStringValue(member(ex, "explanation")), "Geen eigen datacenter");
	ck_assert_str_eq(cJSON_GetStringValue(member(ex, "expires")), "2026-12-31");

	ck_assert_int_eq(cJSON_GetArraySize(member(doc, "diagnostics")), 0);
	cJSON_Delete(doc);
	big_free(json);
}
END_TEST

START_TEST(test_numbers)
{
	char *json = report_json(test_worked_a, BIG_ROLLUP_FLAT, 0, NULL);

	/* Shortest form that reads back to the same double. */
	ck_assert_msg(test_contains(json, "\"implementation\": 0.21428571428571427,"),
		      "flat overall implementation is not written as 0.21428571428571427:\n%s",
		      json);
	ck_assert_msg(test_contains(json, "\"coverage\": 0.8333333333333334,"),
		      "coverage 5/6 is not written as 0.8333333333333334");
	ck_assert_msg(test_contains(json, "\"comply_or_explain\": 0.3333333333333333,"),
		      "comply_or_explain 1/3 is not written as 0.3333333333333333");
	ck_assert_msg(test_contains(json, "\"implementation\": 0.75,"),
		      "0.75 is not written as 0.75");
	ck_assert_msg(test_contains(json, "\"maturity_mean\": 3,"), "3 is not written as 3");
	ck_assert_msg(test_contains(json, "\"size\": 0.5,"), "0.5 is not written as 0.5");
	ck_assert_msg(test_contains(json, "\"maturity_mean\": null,"), "no null maturity_mean");
	ck_assert_msg(!test_contains(json, "e+") && !test_contains(json, "E+") &&
			  !test_contains(json, "1.0,") && !test_contains(json, "0.0,") &&
			  !test_contains(json, "nan") && !test_contains(json, "inf"),
		      "a number is not in its shortest form:\n%s", json);
	big_free(json);
}
END_TEST

START_TEST(test_nodes_without_requirements_left_out)
{
	big_catalogue *cat = test_load_catalogue("small-catalogue.json");
	big_assessment *a = NULL;
	char *json;
	cJSON *doc, *node;
	static const char *const ids[] = {"1", "1.1", "1.2", "1.2.1", "2", "2.1"};
	int i = 0;

	assert_big_ok(big_assessment_new(&a, cat, "GM9901", "2025"));
	json = report_json(a, BIG_ROLLUP_HIERARCHICAL, 0, NULL);
	doc = parse(json);
	cJSON_ArrayForEach(node, member(doc, "nodes"))
	{
		ck_assert_msg(i < (int)N(ids), "too many nodes");
		ck_assert_str_eq(cJSON_GetStringValue(member(node, "id")), ids[i]);
		i++;
	}
	ck_assert_int_eq(i, N(ids));
	/* No assessed_on, no name: still a valid report. */
	ck_assert_str_eq(cJSON_GetStringValue(member(member(doc, "organisation"), "id")), "GM9901");
	check_number(member(doc, "options"), "target", 2);
	cJSON_Delete(doc);
	big_free(json);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_diagnostics)
{
	static const char doc_text[] =
	    "{\"format\": \"libbig.assessment\", \"format_version\": 1, "
	    "\"catalogue\": {\"id\": \"worked-example\", \"version\": \"1\"}, "
	    "\"organisation\": {\"id\": \"GM9901\"}, \"period\": \"2025\", "
	    "\"results\": {\"Z.9\": {\"status\": \"implemented\"}}}";
	big_assessment *a = NULL;
	big_report *r = NULL;
	const big_diagnostic *d;
	char *json = NULL;
	cJSON *doc, *diags, *item;
	static const char *const diag_keys[] = {"severity", "code", "message", "path"};

	assert_big_ok(
	    big_assessment_load_buffer(&a, test_worked, doc_text, sizeof(doc_text) - 1, NULL));
	assert_big_ok(big_score(&r, a, NULL));
	ck_assert_uint_ge(big_report_diagnostic_count(r), 1);
	d = big_report_diagnostic(r, 0);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(d->code, "unknown-requirement");
	ck_assert_str_eq(d->path, "$.results[\"Z.9\"]");
	ck_assert_ptr_null(big_report_diagnostic(r, big_report_diagnostic_count(r)));

	assert_big_ok(big_report_to_json(&json, NULL, r, 0));
	doc = parse(json);
	diags = member(doc, "diagnostics");
	ck_assert_int_eq(cJSON_GetArraySize(diags), (int)big_report_diagnostic_count(r));
	item = cJSON_GetArrayItem(diags, 0);
	check_keys("diagnostic", item, diag_keys, N(diag_keys));
	ck_assert_str_eq(cJSON_GetStringValue(member(item, "severity")), "warning");
	ck_assert_str_eq(cJSON_GetStringValue(member(item, "code")), "unknown-requirement");
	ck_assert_str_eq(cJSON_GetStringValue(member(item, "path")), "$.results[\"Z.9\"]");
	ck_assert_str_eq(cJSON_GetStringValue(member(item, "message")), d->message);
	ck_assert_msg(test_contains(json, "\"path\": \"$.results[\\\"Z.9\\\"]\""),
		      "the path is not escaped as expected:\n%s", json);
	cJSON_Delete(doc);
	big_free(json);
	big_report_free(r);
	big_assessment_free(a);
}
END_TEST

/* Text with every kind of character that needs care in JSON. */
static const char tricky[] = "Quote \" backslash \\ slash / tab \t newline \n cr \r "
			     "bell \x07 unit \x1f del \x7f caf\xc3\xa9 \xe2\x82\xac clef "
			     "\xf0\x9d\x84\x9e end";

static void check_escaped(const char *json, size_t len)
{
	for (size_t i = 0; i < len; i++)
		ck_assert_msg((unsigned char)json[i] >= 0x20 || json[i] == '\n',
			      "raw control byte 0x%02x at %zu", (unsigned char)json[i], i);
	ck_assert_msg(valid_utf8((const unsigned char *)json, len), "output is not valid UTF-8");
}

START_TEST(test_escaping)
{
	big_assessment *a = NULL;
	size_t len;
	char *json;
	cJSON *doc, *ex;

	assert_big_ok(big_assessment_new(&a, test_worked, "GM9901", "2025"));
	assert_big_ok(big_assessment_set_organisation_name(a, tricky));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	assert_big_ok(big_assessment_set_status(a, "A.3", BIG_STATUS_NOT_APPLICABLE));
	assert_big_ok(big_assessment_set_explanation(a, "A.3", tricky));
	assert_big_ok(big_assessment_set_owner(a, "A.3", "\"CISO\"\\"));
	assert_big_ok(big_assessment_set_expires(a, "A.3", "2026-12-31"));

	for (int compact = 0; compact <= 1; compact++) {
		json =
		    report_json(a, BIG_ROLLUP_HIERARCHICAL, compact ? BIG_JSON_COMPACT : 0, &len);
		check_escaped(json, len);
		ck_assert_msg(test_contains(json, "Quote \\\" backslash \\\\ slash "),
			      "quote and backslash are not escaped:\n%s", json);
		if (compact)
			ck_assert_msg(strchr(json, '\n') == json + len - 1,
				      "escaped compact report is not one line");
		doc = parse(json);
		ck_assert_str_eq(cJSON_GetStringValue(member(member(doc, "organisation"), "name")),
				 tricky);
		ex = cJSON_GetArrayItem(member(doc, "exceptions"), 0);
		ck_assert_ptr_nonnull(ex);
		ck_assert_str_eq(cJSON_GetStringValue(member(ex, "explanation")), tricky);
		ck_assert_str_eq(cJSON_GetStringValue(member(ex, "owner")), "\"CISO\"\\");
		cJSON_Delete(doc);
		big_free(json);
	}

	/* The assessment writer escapes the same way. */
	assert_big_ok(big_assessment_to_json(&json, &len, a, 0));
	check_escaped(json, len);
	doc = parse(json);
	ck_assert_str_eq(cJSON_GetStringValue(member(member(doc, "organisation"), "name")), tricky);
	cJSON_Delete(doc);
	big_free(json);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_escaping_catalogue_text)
{
	/* Titles from a catalogue, with escapes in the input. */
	big_catalogue *cat = test_catalogue_from_string(
	    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"esc\", "
	    "\"version\": \"1\", \"nodes\": [{\"id\": \"q\\\"1\", \"kind\": \"k\\\\\", "
	    "\"title\": \"t\\u0001\\u00e9\\ud834\\udd1e\\n\"}]}");
	big_assessment *a = NULL;
	size_t len;
	char *json;
	cJSON *doc, *node;

	ck_assert_str_eq(big_node_id(big_catalogue_node(cat, 0)), "q\"1");
	ck_assert_str_eq(big_node_title(big_catalogue_node(cat, 0)),
			 "t\x01\xc3\xa9\xf0\x9d\x84\x9e\n");
	assert_big_ok(big_assessment_new(&a, cat, "GM9901", "2025"));
	assert_big_ok(big_assessment_set_status(a, "q\"1", BIG_STATUS_IMPLEMENTED));
	json = report_json(a, BIG_ROLLUP_HIERARCHICAL, 0, &len);
	check_escaped(json, len);
	doc = parse(json);
	node = cJSON_GetArrayItem(member(doc, "nodes"), 0);
	ck_assert_ptr_nonnull(node);
	ck_assert_str_eq(cJSON_GetStringValue(member(node, "id")), "q\"1");
	ck_assert_str_eq(cJSON_GetStringValue(member(node, "kind")), "k\\");
	ck_assert_str_eq(cJSON_GetStringValue(member(node, "title")),
			 "t\x01\xc3\xa9\xf0\x9d\x84\x9e\n");
	cJSON_Delete(doc);
	big_free(json);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

/* The JSON string that starts at @p at (its opening quote), quotes
 * included; malloc'ed. */
static char *json_string_at(const char *at)
{
	const char *end = at + 1;
	while (*end && *end != '"')
		end += *end == '\\' ? 2 : 1;
	ck_assert_int_eq(*end, '"');
	size_t n = (size_t)(end - at) + 1;
	char *s = malloc(n + 1);
	ck_assert_ptr_nonnull(s);
	memcpy(s, at, n);
	s[n] = '\0';
	return s;
}

START_TEST(test_escaping_in_place)
{
	/* Node and gap texts are written in place (report-json.c), the rest
	 * through the writer's calls: both escape alike, compact or not. The
	 * title is `tricky`, also the organisation's name. */
	big_catalogue *cat = test_catalogue_from_string(
	    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"esc\", "
	    "\"version\": \"1\", \"profiles\": [{\"id\": \"p\", \"all\": true, "
	    "\"priority\": [\"t\\\"ag\\\\\\u0002\"]}], \"nodes\": [{\"id\": \"g\\\"1\", "
	    "\"kind\": \"k\\t\", \"tags\": [\"t\\\"ag\\\\\\u0002\"], \"title\": \"Quote \\\" "
	    "backslash \\\\ slash / tab \\t newline \\n cr \\r bell \\u0007 unit \\u001f del "
	    "\x7f caf\xc3\xa9 \xe2\x82\xac clef \xf0\x9d\x84\x9e end\"}, {\"id\": \"plain\", "
	    "\"kind\": \"measure\", \"title\": \"Plain\"}]}");
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_assessment *a = NULL;
	big_report *r = NULL;

	ck_assert_str_eq(big_node_title(big_catalogue_node(cat, 0)), tricky);
	assert_big_ok(big_assessment_new(&a, cat, "GM9901", "2025"));
	assert_big_ok(big_assessment_set_organisation_name(a, tricky));
	assert_big_ok(big_assessment_set_status(a, "g\"1", BIG_STATUS_NOT_IMPLEMENTED));
	opts.profile = "p";
	assert_big_ok(big_score(&r, a, &opts));
	ck_assert_uint_eq(big_report_gap_count(r), 2);
	for (int compact = 0; compact <= 1; compact++) {
		char *json = NULL, *name, *title;
		size_t len;
		assert_big_ok(big_report_to_json(&json, &len, r, compact ? BIG_JSON_COMPACT : 0));
		check_escaped(json, len);
		name = strstr(json, compact ? "\"name\":\"" : "\"name\": \"");
		ck_assert_ptr_nonnull(name);
		name = json_string_at(strchr(name + 6, '"'));
		title = malloc(strlen(name) + 16);
		ck_assert_ptr_nonnull(title);
		sprintf(title, compact ? "\"title\":%s" : "\"title\": %s", name);
		ck_assert_msg(test_contains(json, title), "title not escaped as the name %s:\n%s",
			      name, json);

		cJSON *doc = parse(json), *node, *gap;
		node = cJSON_GetArrayItem(member(doc, "nodes"), 0);
		ck_assert_str_eq(cJSON_GetStringValue(member(node, "id")), "g\"1");
		ck_assert_str_eq(cJSON_GetStringValue(member(node, "kind")), "k\t");
		ck_assert_str_eq(cJSON_GetStringValue(member(node, "title")), tricky);
		gap = cJSON_GetArrayItem(member(doc, "gaps"), 0);
		ck_assert_str_eq(cJSON_GetStringValue(member(gap, "id")), "g\"1");
		ck_assert_str_eq(cJSON_GetStringValue(member(gap, "tag")), "t\"ag\\\x02");
		ck_assert(cJSON_IsNull(member(cJSON_GetArrayItem(member(doc, "gaps"), 1), "tag")));
		cJSON_Delete(doc);
		free(title);
		free(name);
		big_free(json);
	}
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_plain_all)
{
	/* big__plain_all() (plain.h), the writer's test for a string with
	 * nothing to escape, agrees with big__plain_run() for every length and
	 * every place of a byte to escape. */
	static const char stops[] = {'"', '\\', 0x01, 0x1f, '\n'};
	char s[48];
	for (size_t n = 0; n <= 40; n++) {
		memset(s, 'a', sizeof(s));
		ck_assert(big__plain_all(s, n));
		for (size_t i = 0; i < n; i++)
			for (size_t k = 0; k < sizeof(stops); k++) {
				s[i] = stops[k];
				ck_assert_msg(!big__plain_all(s, n), "0x%02x at %zu of %zu missed",
					      (unsigned char)stops[k], i, n);
				ck_assert_uint_eq(big__plain_run(s, n, false), i);
				s[i] =
				    (char)(0x20 + (i * 7 + k) % 0x60); /* also ' ', '!', '#', DEL */
				ck_assert_msg(big__plain_all(s, n) ==
						  (big__plain_run(s, n, false) == n),
					      "0x%02x at %zu of %zu", (unsigned char)s[i], i, n);
				s[i] = (char)0xc3; /* UTF-8 needs no escape */
				ck_assert(big__plain_all(s, n));
				s[i] = 'a';
			}
	}
}
END_TEST

START_TEST(test_assessment_json_locale)
{
	/* Attributes are numbers with decimals: no commas in nl_NL either. */
	big_assessment *a = NULL;
	char *c_json = NULL, *nl_json = NULL;

	assert_big_ok(big_assessment_new(&a, test_worked, "GM9901", "2025"));
	assert_big_ok(big_assessment_set_attribute(a, "share", 0.125));
	assert_big_ok(big_assessment_set_attribute(a, "inhabitants", 41250));
	assert_big_ok(big_assessment_to_json(&c_json, NULL, a, 0));
	ck_assert_msg(test_contains(c_json, "0.125"), "0.125 is not written as 0.125:\n%s", c_json);
	if (test_setlocale_nl("the locale check of suite report-json")) {
		assert_big_ok(big_assessment_to_json(&nl_json, NULL, a, 0));
		setlocale(LC_ALL, "C");
		ck_assert_str_eq(nl_json, c_json);
		big_free(nl_json);
	}
	big_free(c_json);
	big_assessment_free(a);
}
END_TEST

static Suite *report_json_suite(void)
{
	Suite *s = suite_create("report-json");
	TCase *tc = tcase_create("worked-example");

	tcase_add_checked_fixture(tc, test_worked_setup, test_worked_teardown);
	tcase_add_test(tc, test_worked_report_bytes);
	tcase_add_test(tc, test_locale_independent);
	tcase_add_test(tc, test_locale_independent_flat);
	tcase_add_test(tc, test_layout);
	tcase_add_test(tc, test_compact);
	tcase_add_test(tc, test_structure);
	tcase_add_test(tc, test_gaps_and_exceptions);
	tcase_add_test(tc, test_numbers);
	tcase_add_test(tc, test_diagnostics);
	tcase_add_test(tc, test_assessment_json_locale);
	suite_add_tcase(s, tc);

	tc = tcase_create("text");
	tcase_add_checked_fixture(tc, test_worked_setup, test_worked_teardown);
	tcase_add_test(tc, test_nodes_without_requirements_left_out);
	tcase_add_test(tc, test_escaping);
	tcase_add_test(tc, test_escaping_catalogue_text);
	tcase_add_test(tc, test_escaping_in_place);
	tcase_add_test(tc, test_plain_all);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(report_json_suite());
}
