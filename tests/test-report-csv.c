/*
 * libbig tests — suite "report-csv": the scores and the gaps of a report as
 * CSV (RFC 4180), byte for byte, in every locale, read back with a strict
 * RFC 4180 reader.
 *
 * SPDX-License-Identifier: MIT
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

#define BOM       "\xef\xbb\xbf"
#define NODE_COLS 19
#define GAP_COLS  15

static const char node_header[] =
    "id,kind,title,depth,implementation,maturity_mean,attained_level,coverage,"
    "comply_or_explain,applicable,implemented,partially_implemented,not_implemented,"
    "not_applicable,risk_accepted,not_assessed,opzet,bestaan,werking\r\n";
static const char gap_header[] =
    "rank,id,title,kinds,size,status,maturity,tag,mandatory,weight,owner,open_actions,"
    "without_action,overdue,next_due\r\n";

enum which { NODES, GAPS };

/* The CSV of a report: its length is checked against strlen. */
static char *report_csv(const big_report *r, enum which which, unsigned int flags, size_t *len)
{
	char *out = NULL;
	size_t n = (size_t)-1;

	if (which == NODES)
		assert_big_ok(big_report_to_csv(&out, &n, r, flags));
	else
		assert_big_ok(big_report_gaps_to_csv(&out, &n, r, flags));
	ck_assert_ptr_nonnull(out);
	ck_assert_uint_eq(n, strlen(out));
	if (len != NULL)
		*len = n;
	return out;
}

/* Scores @p a and writes one of its CSVs. */
static char *score_csv(const big_assessment *a, big_rollup rollup, enum which which,
		       unsigned int flags, size_t *len)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	char *csv;

	opts.rollup = rollup;
	assert_big_ok(big_score(&r, a, &opts));
	csv = report_csv(r, which, flags, len);
	big_report_free(r);
	return csv;
}

/* Compares @p csv with the file @p name of the test data, naming the first
 * line that differs. */
static void check_against_file(const char *name, const char *csv, size_t len)
{
	size_t exp_len, line = 1, start = 0;
	char *expected = test_read_data(name, &exp_len);

	for (size_t i = 0; i < len && i < exp_len && csv[i] == expected[i]; i++)
		if (csv[i] == '\n') {
			line++;
			start = i + 1;
		}
	ck_assert_msg(len == exp_len && memcmp(csv, expected, len) == 0,
		      "CSV differs from %s in line %zu (got %zu bytes, expected %zu):\n"
		      "got:      \"%.80s\"\nexpected: \"%.80s\"",
		      name, line, len, exp_len, csv + start, expected + start);
	free(expected);
}

/* ---- a strict RFC 4180 reader ------------------------------------------- */

#define MAX_ROWS 64
#define MAX_COLS 20

struct table {
	size_t rows;
	size_t cols[MAX_ROWS];
	char *cell[MAX_ROWS][MAX_COLS];
};

/*
 * Reads @p len bytes of CSV into @p t, failing the test on anything RFC 4180
 * does not allow or that libbig promises not to write: records must end with
 * CRLF (the last one too), a quote may only appear in a quoted field, and a
 * field is quoted only when it contains a comma, a quote, CR or LF.
 */
static void read_csv(struct table *t, const char *s, size_t len)
{
	size_t i = 0;

	memset(t, 0, sizeof(*t));
	while (i < len) {
		size_t row = t->rows++;

		ck_assert_msg(row < MAX_ROWS, "more than %d rows", MAX_ROWS);
		for (;;) {
			size_t col = t->cols[row]++, n = 0;
			char *f = malloc(len + 1);

			ck_assert_ptr_nonnull(f);
			ck_assert_msg(col < MAX_COLS, "row %zu has more than %d fields", row,
				      MAX_COLS);
			t->cell[row][col] = f;
			if (i < len && s[i] == '"') {
				for (i++;; i++) {
					ck_assert_msg(i < len, "row %zu: unterminated quoted field",
						      row);
					if (s[i] == '"' && (i + 1 == len || s[i + 1] != '"'))
						break;
					f[n++] = s[i];
					if (s[i] == '"')
						i++; /* a doubled quote */
				}
				i++;
				f[n] = '\0';
				ck_assert_msg(strpbrk(f, ",\"\r\n") != NULL,
					      "row %zu: field \"%s\" is quoted needlessly", row, f);
			} else {
				for (; i < len && s[i] != ',' && s[i] != '\r' && s[i] != '\n';
				     i++) {
					ck_assert_msg(s[i] != '"',
						      "row %zu: quote in an unquoted field", row);
					f[n++] = s[i];
				}
				f[n] = '\0';
			}
			if (i < len && s[i] == ',') {
				i++;
				continue;
			}
			ck_assert_msg(i + 1 < len && s[i] == '\r' && s[i + 1] == '\n',
				      "row %zu does not end with CRLF (byte %zu)", row, i);
			i += 2;
			break;
		}
	}
}

static void free_table(struct table *t)
{
	for (size_t r = 0; r < t->rows; r++)
		for (size_t c = 0; c < t->cols[r]; c++)
			free(t->cell[r][c]);
	memset(t, 0, sizeof(*t));
}

/* Every row has @p cols fields. */
static void check_columns(const struct table *t, size_t cols)
{
	for (size_t r = 0; r < t->rows; r++)
		ck_assert_msg(t->cols[r] == cols, "row %zu has %zu fields, expected %zu", r,
			      t->cols[r], cols);
}

/* A field read back: empty when @p has is false, else exactly @p value. */
static void check_field(const struct table *t, size_t row, size_t col, bool has, double value)
{
	const char *f = t->cell[row][col];
	char *end;
	double d;

	if (!has) {
		ck_assert_msg(f[0] == '\0', "row %zu, field %zu: \"%s\" where no score is", row,
			      col, f);
		return;
	}
	ck_assert_msg(f[0] != '\0', "row %zu, field %zu is empty, expected %.17g", row, col, value);
	d = strtod(f, &end);
	ck_assert_msg(*end == '\0' && d == value, "row %zu, field %zu: \"%s\", expected %.17g", row,
		      col, f, value);
}

static void check_scores(const struct table *t, size_t row, const big_scores *s)
{
	check_field(t, row, 4, s->has_implementation, s->implementation);
	check_field(t, row, 5, s->has_maturity, s->maturity_mean);
	check_field(t, row, 6, s->has_maturity, s->attained_level);
	check_field(t, row, 7, s->has_coverage, s->coverage);
	check_field(t, row, 8, s->has_coverage, s->comply_or_explain);
	check_field(t, row, 9, true, s->applicable);
	for (int i = 0; i < BIG_STATUS_COUNT; i++)
		check_field(t, row, 10 + (size_t)i, true, s->counts[i]);
}

/* Reads the scores CSV of @p r back and compares every field with the API. */
static void check_round_trip(const big_report *r, const char *csv, size_t len)
{
	const big_catalogue *cat = big_report_catalogue(r);
	struct table t;
	size_t row = 2;

	read_csv(&t, csv, len);
	check_columns(&t, NODE_COLS);
	ck_assert_uint_ge(t.rows, 2);
	ck_assert_str_eq(t.cell[1][0], "");
	ck_assert_str_eq(t.cell[1][1], "overall");
	ck_assert_str_eq(t.cell[1][2], big_catalogue_title(cat));
	ck_assert_str_eq(t.cell[1][3], "");
	check_scores(&t, 1, big_report_overall(r));
	for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
		const big_node *n = big_catalogue_node(cat, i);
		const big_scores *s = big_report_node_scores(r, n);

		if (s->applicable == 0)
			continue;
		ck_assert_msg(row < t.rows, "node %s has no row", big_node_id(n));
		ck_assert_str_eq(t.cell[row][0], big_node_id(n));
		ck_assert_str_eq(t.cell[row][1], big_node_kind(n));
		ck_assert_str_eq(t.cell[row][2], big_node_title(n));
		check_field(&t, row, 3, true, big_node_depth(n));
		check_scores(&t, row, s);
		row++;
	}
	ck_assert_uint_eq(row, t.rows);
	free_table(&t);
}

/* Reads the gaps CSV of @p r back and compares every field with the API. */
static void check_gaps_round_trip(const big_report *r, const char *csv, size_t len)
{
	struct table t;

	read_csv(&t, csv, len);
	check_columns(&t, GAP_COLS);
	ck_assert_uint_eq(t.rows, big_report_gap_count(r) + 1);
	for (size_t i = 0; i < big_report_gap_count(r); i++) {
		const big_gap *g = big_report_gap(r, i);
		size_t row = i + 1;
		char kinds[64] = "";

		check_field(&t, row, 0, true, (double)row);
		ck_assert_str_eq(t.cell[row][1], big_node_id(g->node));
		ck_assert_str_eq(t.cell[row][2], big_node_title(g->node));
		if (g->kinds & BIG_GAP_IMPLEMENTATION)
			strcat(kinds, "|implementation");
		if (g->kinds & BIG_GAP_MATURITY)
			strcat(kinds, "|maturity");
		if (g->kinds & BIG_GAP_EXPLANATION)
			strcat(kinds, "|explanation");
		ck_assert_str_eq(t.cell[row][3], kinds + 1);
		check_field(&t, row, 4, true, g->size);
		ck_assert_str_eq(t.cell[row][5], big_status_name(g->status));
		check_field(&t, row, 6, g->maturity >= 0, g->maturity);
		ck_assert_str_eq(t.cell[row][7], g->tag ? g->tag : "");
		ck_assert_str_eq(t.cell[row][8], big_node_is_mandatory(g->node) ? "true" : "false");
		check_field(&t, row, 9, true, big_node_weight(g->node));
	}
	free_table(&t);
}

/* ---- the worked example ------------------------------------------------- */

START_TEST(test_worked_bytes)
{
	size_t len;
	char *csv = score_csv(test_worked_a, BIG_ROLLUP_HIERARCHICAL, NODES, 0, &len);

	check_against_file("worked-report.csv", csv, len);
	big_free(csv);
	csv = score_csv(test_worked_a, BIG_ROLLUP_HIERARCHICAL, GAPS, 0, &len);
	check_against_file("worked-gaps.csv", csv, len);
	big_free(csv);
}
END_TEST

START_TEST(test_worked_values)
{
	/* The numbers of docs/scoring.md, row by row. */
	static const char *const rows[] = {
	    (",overall,Worked example of docs/scoring.md,,0.375,3,0,0.8333333333333334,"
	     "0.3333333333333333,6,1,1,0,2,1,1,,,\r\n"),
	    "A,chapter,Chapter A,0,0.75,3,2,1,0.6666666666666666,3,1,1,0,1,0,0,,,\r\n",
	    "A.3,requirement,Requirement A.3,1,,,,1,1,1,0,0,0,1,0,0,,,\r\n",
	    "B,chapter,Chapter B,0,0,,,0.6666666666666666,0,3,0,0,0,1,1,1,,,\r\n",
	    "B.2,requirement,Requirement B.2,1,0,,,0,0,1,0,0,0,0,0,1,,,\r\n",
	};
	char *csv = score_csv(test_worked_a, BIG_ROLLUP_HIERARCHICAL, NODES, 0, NULL);

	ck_assert_msg(strncmp(csv, node_header, sizeof(node_header) - 1) == 0,
		      "the header row is:\n%.240s", csv);
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		ck_assert_msg(test_contains(csv, rows[i]), "no row %s in:\n%s", rows[i], csv);
	big_free(csv);

	csv = score_csv(test_worked_a, BIG_ROLLUP_FLAT, NODES, 0, NULL);
	ck_assert_msg(test_contains(csv, ",overall,Worked example of docs/scoring.md,,"
					 "0.21428571428571427,3,0,"),
		      "flat overall implementation is not 0.21428571428571427:\n%s", csv);
	big_free(csv);
	csv = score_csv(test_worked_a, BIG_ROLLUP_WEAKEST, NODES, 0, NULL);
	ck_assert_msg(test_contains(csv, "\r\nA,chapter,Chapter A,0,0.5,3,2,"),
		      "weakest A is not 0.5:\n%s", csv);
	big_free(csv);
}
END_TEST

START_TEST(test_worked_gaps)
{
	static const char expected[] =
	    "rank,id,title,kinds,size,status,maturity,tag,mandatory,weight,owner,open_actions,"
	    "without_action,overdue,next_due\r\n"
	    "1,B.1,Requirement B.1,implementation,1,risk_accepted,,,true,1,,0,true,false,\r\n"
	    "2,B.2,Requirement B.2,implementation,1,not_assessed,,,false,3,,0,true,false,\r\n"
	    "3,B.3,Requirement B.3,implementation|explanation,1,not_applicable,,,false,1,,0,true,"
	    "false,\r\n"
	    "4,A.2,Requirement "
	    "A.2,implementation|maturity,0.5,partially_implemented,2,,false,1,,0,true,false,\r\n";
	char *csv = score_csv(test_worked_a, BIG_ROLLUP_HIERARCHICAL, GAPS, 0, NULL);

	ck_assert_str_eq(csv, expected);
	big_free(csv);
}
END_TEST

START_TEST(test_round_trip)
{
	for (int rollup = BIG_ROLLUP_HIERARCHICAL; rollup <= BIG_ROLLUP_WEAKEST; rollup++) {
		big_score_options opts = BIG_SCORE_OPTIONS_INIT;
		big_report *r = NULL;
		size_t len;
		char *csv;

		opts.rollup = (big_rollup)rollup;
		assert_big_ok(big_score(&r, test_worked_a, &opts));
		csv = report_csv(r, NODES, 0, &len);
		check_round_trip(r, csv, len);
		big_free(csv);
		csv = report_csv(r, GAPS, 0, &len);
		check_gaps_round_trip(r, csv, len);
		big_free(csv);
		big_report_free(r);
	}
}
END_TEST

START_TEST(test_layout)
{
	size_t len;
	char *csv = score_csv(test_worked_a, BIG_ROLLUP_HIERARCHICAL, NODES, 0, &len);
	char *again = NULL;
	big_report *r = NULL;

	ck_assert_msg(strncmp(csv, "id,", 3) == 0, "no BOM by default");
	ck_assert_msg(len >= 2 && strcmp(csv + len - 2, "\r\n") == 0, "no CRLF at the end");
	for (size_t i = 0; i < len; i++)
		ck_assert_msg(csv[i] != '\n' || (i > 0 && csv[i - 1] == '\r'),
			      "bare LF at byte %zu", i);
	ck_assert_msg(strchr(csv, '"') == NULL, "a field is quoted needlessly:\n%s", csv);
	ck_assert_msg(strchr(csv, ' ') != NULL && !test_contains(csv, " ,") &&
			  !test_contains(csv, ", "),
		      "white space around a separator:\n%s", csv);
	/* Determinism; the length is optional. */
	assert_big_ok(big_score(&r, test_worked_a, NULL));
	assert_big_ok(big_report_to_csv(&again, NULL, r, 0));
	big_report_free(r);
	ck_assert_str_eq(again, csv);
	big_free(again);
	big_free(csv);
}
END_TEST

START_TEST(test_no_score_is_empty)
{
	/* Everything explained away: no implementation, no maturity; never 0. */
	big_assessment *a = NULL;
	char *csv;
	struct table t;
	static const char *const ids[] = {"A.1", "A.2", "A.3", "B.1", "B.2", "B.3"};

	assert_big_ok(big_assessment_new(&a, test_worked, "GM9901", "2025"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		assert_big_ok(big_assessment_set_status(a, ids[i], BIG_STATUS_NOT_APPLICABLE));
		assert_big_ok(big_assessment_set_explanation(a, ids[i], "Not here"));
		assert_big_ok(big_assessment_set_expires(a, ids[i], "2026-12-31"));
	}
	csv = score_csv(a, BIG_ROLLUP_HIERARCHICAL, NODES, 0, NULL);
	ck_assert_msg(test_contains(csv, "\r\n,overall,Worked example of docs/scoring.md,,,,,1,1,6,"
					 "0,0,0,6,0,0,,,\r\n"),
		      "overall without scores:\n%s", csv);
	read_csv(&t, csv, strlen(csv));
	check_columns(&t, NODE_COLS);
	for (size_t r = 1; r < t.rows; r++)
		for (size_t c = 4; c <= 6; c++)
			ck_assert_msg(t.cell[r][c][0] == '\0', "row %zu, field %zu is \"%s\"", r, c,
				      t.cell[r][c]);
	free_table(&t);
	big_free(csv);
	csv = score_csv(a, BIG_ROLLUP_HIERARCHICAL, GAPS, 0, NULL);
	ck_assert_str_eq(csv, gap_header);
	big_free(csv);
	big_assessment_free(a);
}
END_TEST

/* Under nl_NL (decimal comma) the bytes are those of the C locale. */
START_TEST(test_locale_independent)
{
	size_t len[4];
	char *c_csv[4], *nl_csv[4];
	char buf[32];

	for (int i = 0; i < 4; i++)
		c_csv[i] =
		    score_csv(test_worked_a, i < 2 ? BIG_ROLLUP_HIERARCHICAL : BIG_ROLLUP_FLAT,
			      i % 2 ? GAPS : NODES, 0, &len[i]);
	if (!test_setlocale_nl("the locale check of suite report-csv")) {
		for (int i = 0; i < 4; i++)
			big_free(c_csv[i]);
		return;
	}
	snprintf(buf, sizeof(buf), "%.3f", 0.375);
	ck_assert_str_eq(buf, "0,375"); /* the locale really writes decimal commas */
	for (int i = 0; i < 4; i++)
		nl_csv[i] =
		    score_csv(test_worked_a, i < 2 ? BIG_ROLLUP_HIERARCHICAL : BIG_ROLLUP_FLAT,
			      i % 2 ? GAPS : NODES, 0, NULL);
	setlocale(LC_ALL, "C");
	check_against_file("worked-report.csv", nl_csv[0], strlen(nl_csv[0]));
	check_against_file("worked-gaps.csv", nl_csv[1], strlen(nl_csv[1]));
	for (int i = 0; i < 4; i++) {
		ck_assert_str_eq(nl_csv[i], c_csv[i]);
		ck_assert_uint_eq(strlen(nl_csv[i]), len[i]);
		big_free(nl_csv[i]);
		big_free(c_csv[i]);
	}
}
END_TEST

/* ---- text that needs care ----------------------------------------------- */

static const char quoting_catalogue[] =
    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"q\", \"version\": \"1\","
    " \"title\": \"Title, with \\\"quotes\\\"\", \"nodes\": ["
    " {\"id\": \"c,1\", \"kind\": \"chap,ter\", \"title\": \"Comma, here\", \"children\": ["
    "  {\"id\": \"r1\", \"kind\": \"req \\\"q\\\"\", \"title\": \"He said \\\"hi\\\"\"},"
    "  {\"id\": \"r2\", \"kind\": \"requirement\", \"title\": \"line one\\nline two\"},"
    "  {\"id\": \"r3\", \"kind\": \"requirement\", \"title\": \"cr\\rhere\"},"
    "  {\"id\": \"r4\", \"kind\": \"requirement\", \"title\": \"=SUM(A1:A2)\"},"
    "  {\"id\": \"r5\", \"kind\": \"requirement\", \"title\": \"+31 20\"},"
    "  {\"id\": \"r6\", \"kind\": \"requirement\", \"title\": \"-2\"},"
    "  {\"id\": \"r7\", \"kind\": \"requirement\", \"title\": \"@cmd\"},"
    "  {\"id\": \"r8\", \"kind\": \"requirement\", \"title\": \"=HYPERLINK(\\\"x\\\",\\\"y\\\")\"},"
    "  {\"id\": \"r9\", \"kind\": \"requirement\", \"title\": \"a=b; caf\\u00e9 \\u2013 ok\"},"
    "  {\"id\": \"r10\", \"kind\": \"requirement\", \"title\": \"\"},"
    "  {\"id\": \"r11\", \"kind\": \"requirement\", \"title\": \"\\\"\"},"
    "  {\"id\": \"r12\", \"kind\": \"requirement\", \"title\": \"\\ttab\"},"
    "  {\"id\": \"=r13\", \"kind\": \"requirement\", \"title\": \" spaced , \"}"
    " ]}]}";

/* Expected id, kind and title fields, as written without and with BIG_CSV_SAFE. */
static const struct {
	const char *plain, *safe;
} quoted_rows[] = {
    {",overall,\"Title, with \"\"quotes\"\"\",,", ",overall,\"Title, with \"\"quotes\"\"\",,"},
    {"\"c,1\",\"chap,ter\",\"Comma, here\",0,", "\"c,1\",\"chap,ter\",\"Comma, here\",0,"},
    {"r1,\"req \"\"q\"\"\",\"He said \"\"hi\"\"\",1,",
     "r1,\"req \"\"q\"\"\",\"He said \"\"hi\"\"\",1,"},
    {"r2,requirement,\"line one\nline two\",1,", "r2,requirement,\"line one\nline two\",1,"},
    {"r3,requirement,\"cr\rhere\",1,", "r3,requirement,\"cr\rhere\",1,"},
    {"r4,requirement,=SUM(A1:A2),1,", "r4,requirement,'=SUM(A1:A2),1,"},
    {"r5,requirement,+31 20,1,", "r5,requirement,'+31 20,1,"},
    {"r6,requirement,-2,1,", "r6,requirement,'-2,1,"},
    {"r7,requirement,@cmd,1,", "r7,requirement,'@cmd,1,"},
    {"r8,requirement,\"=HYPERLINK(\"\"x\"\",\"\"y\"\")\",1,",
     "r8,requirement,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",1,"},
    {"r9,requirement,a=b; caf\xc3\xa9 \xe2\x80\x93 ok,1,",
     "r9,requirement,a=b; caf\xc3\xa9 \xe2\x80\x93 ok,1,"},
    {"r10,requirement,,1,", "r10,requirement,,1,"},
    {"r11,requirement,\"\"\"\",1,", "r11,requirement,\"\"\"\",1,"},
    {"r12,requirement,\ttab,1,", "r12,requirement,'\ttab,1,"},
    {"=r13,requirement,\" spaced , \",1,", "'=r13,requirement,\" spaced , \",1,"},
};

#define QUOTED_ROWS (sizeof(quoted_rows) / sizeof(quoted_rows[0]))

/* A report on the quoting catalogue with every requirement not implemented,
 * so that every node is in the scores and in the gaps. */
static big_report *quoting_report(big_catalogue **cat, big_assessment **a)
{
	big_report *r = NULL;

	*cat = test_catalogue_from_string(quoting_catalogue);
	assert_big_ok(big_assessment_new(a, *cat, "GM9901", "2025"));
	for (size_t i = 0; i < big_catalogue_requirement_count(*cat); i++)
		assert_big_ok(
		    big_assessment_set_status(*a, big_node_id(big_catalogue_requirement(*cat, i)),
					      BIG_STATUS_NOT_IMPLEMENTED));
	assert_big_ok(big_score(&r, *a, NULL));
	return r;
}

/* Each row starts with its expected fields, in order. */
static void check_quoted_rows(const char *csv, int safe)
{
	const char *at = strstr(csv, "\r\n");

	ck_assert_ptr_nonnull(at);
	at += 2;
	for (size_t i = 0; i < QUOTED_ROWS; i++) {
		const char *want = safe ? quoted_rows[i].safe : quoted_rows[i].plain;

		ck_assert_msg(strncmp(at, want, strlen(want)) == 0,
			      "row %zu:\ngot:      \"%.60s\"\nexpected: \"%s\"", i + 1, at, want);
		at = strstr(at + strlen(want), "\r\n");
		ck_assert_ptr_nonnull(at);
		at += 2;
	}
	ck_assert_msg(*at == '\0', "rows left over: %s", at);
}

START_TEST(test_quoting)
{
	big_catalogue *cat;
	big_assessment *a;
	big_report *r = quoting_report(&cat, &a);
	size_t len;
	char *csv = report_csv(r, NODES, 0, &len);

	check_quoted_rows(csv, 0);
	/* Text comes back unchanged, with CR and LF inside fields. */
	check_round_trip(r, csv, len);
	big_free(csv);
	csv = report_csv(r, GAPS, 0, &len);
	check_gaps_round_trip(r, csv, len);
	ck_assert_msg(test_contains(csv, "\r\n1,r1,\"He said \"\"hi\"\"\",implementation,1,"
					 "not_implemented,,,false,1,,0,true,false,\r\n"),
		      "gap r1:\n%s", csv);
	ck_assert_msg(test_contains(csv, ",r4,=SUM(A1:A2),implementation,"), "gap r4:\n%s", csv);
	big_free(csv);
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_safe)
{
	big_catalogue *cat;
	big_assessment *a;
	big_report *r = quoting_report(&cat, &a);
	size_t len;
	char *csv = report_csv(r, NODES, BIG_CSV_SAFE, &len);
	struct table t;

	check_quoted_rows(csv, 1);
	/* Read back: the apostrophe and nothing else is added. */
	read_csv(&t, csv, len);
	check_columns(&t, NODE_COLS);
	ck_assert_str_eq(t.cell[6][2], "'=SUM(A1:A2)");
	ck_assert_str_eq(t.cell[10][2], "'=HYPERLINK(\"x\",\"y\")");
	ck_assert_str_eq(t.cell[15][0], "'=r13");
	ck_assert_str_eq(t.cell[15][2], " spaced , ");
	free_table(&t);
	big_free(csv);

	csv = report_csv(r, GAPS, BIG_CSV_SAFE, NULL);
	ck_assert_msg(test_contains(csv, ",r4,'=SUM(A1:A2),implementation,"), "gap r4:\n%s", csv);
	ck_assert_msg(test_contains(csv, ",'=r13,\" spaced , \",implementation,"), "gap r13:\n%s",
		      csv);
	big_free(csv);

	/* Nothing in the worked example looks like a formula: same bytes. */
	big_report_free(r);
	assert_big_ok(big_score(&r, test_worked_a, NULL));
	csv = report_csv(r, NODES, BIG_CSV_SAFE, &len);
	check_against_file("worked-report.csv", csv, len);
	big_free(csv);
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_bom)
{
	big_report *r = NULL;
	size_t plain_len, bom_len;
	char *plain, *bom;

	assert_big_ok(big_score(&r, test_worked_a, NULL));
	for (int which = NODES; which <= GAPS; which++) {
		plain = report_csv(r, (enum which)which, 0, &plain_len);
		bom = report_csv(r, (enum which)which, BIG_CSV_BOM, &bom_len);
		ck_assert_uint_eq(bom_len, plain_len + 3);
		ck_assert_msg(memcmp(bom, BOM, 3) == 0, "no byte order mark");
		ck_assert_str_eq(bom + 3, plain);
		ck_assert_msg(strncmp(plain, BOM, 3) != 0, "a byte order mark by default");
		big_free(bom);
		/* Both flags; a JSON flag is ignored. */
		bom = report_csv(r, (enum which)which,
				 BIG_CSV_BOM | BIG_CSV_SAFE | BIG_JSON_COMPACT, NULL);
		ck_assert_str_eq(bom + 3, plain);
		big_free(bom);
		big_free(plain);
	}
	big_report_free(r);
}
END_TEST

START_TEST(test_bad_arguments)
{
	big_report *r = NULL;
	char *out = (char *)"untouched";

	assert_big_ok(big_score(&r, test_worked_a, NULL));
	assert_big_fails(big_report_to_csv(NULL, NULL, r, 0), BIG_EINVAL);
	assert_big_fails(big_report_gaps_to_csv(NULL, NULL, r, 0), BIG_EINVAL);
	assert_big_fails(big_report_to_csv(&out, NULL, NULL, 0), BIG_EINVAL);
	assert_big_fails(big_report_gaps_to_csv(&out, NULL, NULL, 0), BIG_EINVAL);
	big_report_free(r);
}
END_TEST

static Suite *report_csv_suite(void)
{
	Suite *s = suite_create("report-csv");
	TCase *tc = tcase_create("csv");

	/* The worked example, then text that needs care. */
	tcase_add_checked_fixture(tc, test_worked_setup, test_worked_teardown);
	tcase_add_test(tc, test_worked_bytes);
	tcase_add_test(tc, test_worked_values);
	tcase_add_test(tc, test_worked_gaps);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_layout);
	tcase_add_test(tc, test_no_score_is_empty);
	tcase_add_test(tc, test_locale_independent);
	tcase_add_test(tc, test_bad_arguments);
	tcase_add_test(tc, test_quoting);
	tcase_add_test(tc, test_safe);
	tcase_add_test(tc, test_bom);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(report_csv_suite());
}
