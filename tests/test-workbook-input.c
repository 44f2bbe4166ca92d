/*
 * libbig tests — suite "workbook-input": what people and spreadsheets do to
 * a filled workbook (docs/workbooks.md, "Import" and "Spreadsheets"): long
 * values, numbers a spreadsheet rewrote, thousands separators, decomposed
 * accents and no-break spaces, stale files, the 1904 date system; and the
 * errors of an earlier import, which stay valid.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test-common.h"
#include "workbook-int.h"

#define MAIN_HEAD                                                                                \
	"id;status;volwassenheid;toelichting;eigenaar;verloopt op;bewijs;opzet;bestaan;werking;" \
	"verbetermaatregel;eigenaar maatregel;streefdatum;status maatregel\n"

static const char org_rows[] = "veld;waarde\n"
			       "organisatie;GM0363\n"
			       "periode;2026\n"
			       "catalogus;model\n"
			       "versie;1\n";

/* A workbook of the main sheet @main and the Organisatie sheet @org (NULL:
 * the model catalogue's, for GM0363 and 2026). */
static big_workbook *book(const char *main, const char *org)
{
	big_workbook *wb = NULL;
	if (!org)
		org = org_rows;
	assert_big_ok(big_workbook_new(&wb));
	assert_big_ok(big_workbook_add_csv(wb, "x.csv", main, strlen(main)));
	assert_big_ok(big_workbook_add_csv(wb, "x-Organisatie.csv", org, strlen(org)));
	return wb;
}

/* Imports @wb (lenient), expecting failure with one error that contains
 * @want; frees @wb. */
static void expect_error(big_workbook *wb, const char *want)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_assessment *a = NULL;
	int rc = big_workbook_import(&a, wb, cat, NULL);
	for (size_t i = 0; i < big_workbook_error_count(wb); i++)
		if (big_workbook_error_count(wb) != 1 ||
		    !test_contains(big_workbook_error(wb, i)->message, want))
			fprintf(stderr, "  got: %s\n", big_workbook_error(wb, i)->message);
	ck_assert_int_eq(rc, BIG_ESCHEMA);
	ck_assert_ptr_null(a);
	ck_assert_uint_eq(big_workbook_error_count(wb), 1);
	ck_assert(test_contains(big_workbook_error(wb, 0)->message, want));
	big_workbook_free(wb);
	big_catalogue_free(cat);
}

/* Imports @wb, which must succeed; frees @wb. */
static big_assessment *expect_ok(big_workbook *wb)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_assessment *a = NULL;
	int rc = big_workbook_import(&a, wb, cat, NULL);
	for (size_t i = 0; i < big_workbook_error_count(wb); i++)
		fprintf(stderr, "  got: %s\n", big_workbook_error(wb, i)->message);
	assert_big_ok(rc);
	big_workbook_free(wb);
	big_catalogue_free(cat);
	return a;
}

/* The workbook's sheets as CSV files (Excel's form), read back into a new
 * workbook; @skip names a sheet left out. */
static big_workbook *through_csv(const big_workbook *wb, const char *skip)
{
	big_workbook *back = NULL;
	assert_big_ok(big_workbook_new(&back));
	for (size_t i = 0; i < big_workbook_sheet_count(wb); i++) {
		char *csv = NULL, name[128];
		size_t len;
		if (skip && strcmp(big_workbook_sheet_name(wb, i), skip) == 0)
			continue;
		assert_big_ok(big_workbook_sheet_to_csv(&csv, &len, wb, i, BIG_WORKBOOK_CSV_EXCEL));
		if (i == 0)
			snprintf(name, sizeof(name), "r.csv");
		else
			snprintf(name, sizeof(name), "r-%s.csv", big_workbook_sheet_name(wb, i));
		assert_big_ok(big_workbook_add_csv(back, name, csv, len));
		big_free(csv);
	}
	return back;
}

/* @a written as its template (same period) and read back through CSV:
 * the same document. */
static void assert_round_trip(const big_catalogue *cat, const big_assessment *a)
{
	big_workbook_options wo = BIG_WORKBOOK_OPTIONS_INIT;
	big_workbook *wb = NULL, *back;
	big_assessment *b = NULL;
	char *want = NULL, *got = NULL;
	wo.previous = a;
	assert_big_ok(big_workbook_template(&wb, cat, &wo));
	back = through_csv(wb, NULL);
	int rc = big_workbook_import(&b, back, cat, NULL);
	for (size_t i = 0; i < big_workbook_error_count(back); i++)
		fprintf(stderr, "  got: %s\n", big_workbook_error(back, i)->message);
	assert_big_ok(rc);
	assert_big_ok(big_assessment_to_json(&want, NULL, a, 0));
	assert_big_ok(big_assessment_to_json(&got, NULL, b, 0));
	ck_assert_str_eq(got, want);
	big_free(want);
	big_free(got);
	big_assessment_free(b);
	big_workbook_free(back);
	big_workbook_free(wb);
}

/* An error of the first import stays readable after a second import, which
 * replaces the list (the bindings hold such errors as views). */
START_TEST(test_errors_outlive_import)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_workbook *wb = book(MAIN_HEAD "H1.1;half\n", NULL);
	big_assessment *a = NULL;
	assert_big_fails(big_workbook_import(&a, wb, cat, NULL), BIG_ESCHEMA);
	const big_cell_error *first = big_workbook_error(wb, 0);
	char *copy = strdup(first->message);
	ck_assert_ptr_nonnull(copy);
	for (int i = 0; i < 3; i++) {
		assert_big_fails(big_workbook_import(&a, wb, cat, NULL), BIG_ESCHEMA);
		ck_assert_ptr_ne(big_workbook_error(wb, 0), first);
		ck_assert_str_eq(first->message, copy);
		ck_assert_str_eq(first->sheet, "Vereisten");
		ck_assert_str_eq(first->value, "half");
	}
	free(copy);
	big_workbook_free(wb);
	big_catalogue_free(cat);
}
END_TEST

/* Organisatie values of any length are read whole; a long fingerprint is
 * checked (before: over 255 bytes became "?" or absent). */
START_TEST(test_long_organisation_values)
{
	char id[400], org[1200];
	memset(id, 'G', 300);
	id[300] = '\0';
	snprintf(org, sizeof(org),
		 "veld;waarde\norganisatie; %s \nperiode;2026 %s\ncatalogus;model\n"
		 "versie;1\n",
		 id, id);
	big_assessment *a = expect_ok(book(MAIN_HEAD "H1.1;implemented\n", org));
	ck_assert_str_eq(big_assessment_organisation_id(a), id);
	ck_assert_uint_eq(strlen(big_assessment_period(a)), 305);
	big_assessment_free(a);

	char fp[201];
	memset(fp, 'f', 200);
	fp[200] = '\0';
	snprintf(org, sizeof(org), "%svingerafdruk;%s\n", org_rows, fp);
	expect_error(book(MAIN_HEAD "H1.1;implemented\n", org),
		     "the workbook was made for other contents of catalogue model 1");
}
END_TEST

/* An id a spreadsheet read as a number ("5.10" saved as "5.1") is named;
 * the error values a spreadsheet shows are refused in CSV cells. */
START_TEST(test_spreadsheet_numbers_and_errors)
{
	static const char org[] = "veld;waarde\norganisatie;GM0363\nperiode;2026\n"
				  "catalogus;bio2\nversie;1.2\n";
	big_catalogue *bio2 = NULL;
	big_assessment *a = NULL;
	assert_big_ok(big_catalogue_builtin(&bio2, "bio2"));
	big_workbook *wb = book(MAIN_HEAD "5.1;geïmplementeerd\n8.1;geïmplementeerd\n"
					  "5.03;geïmplementeerd\n5.10;geïmplementeerd\n",
				org);
	assert_big_fails(big_workbook_import(&a, wb, bio2, NULL), BIG_ESCHEMA);
	ck_assert_uint_eq(big_workbook_error_count(wb), 2);
	ck_assert_str_eq(big_workbook_error(wb, 0)->message,
			 "Vereisten, row 2, column \"id\": \"5.1\": not a requirement (it is not "
			 "assessable); requirement 5.10 is the same number: did a spreadsheet "
			 "read 5.10 as a number? Open the CSV file with the id column as text, or "
			 "use the XLSX form");
	ck_assert(test_contains(big_workbook_error(wb, 1)->message,
				"\"8.1\": not a requirement (it is not assessable); requirement "
				"8.10 is the same number"));
	/* Lenient, an unknown id: the hint is in the warning. */
	big_workbook_free(wb);
	wb = book(MAIN_HEAD "05.30;geïmplementeerd\n", org);
	assert_big_ok(big_workbook_import(&a, wb, bio2, NULL));
	ck_assert_uint_eq(big_assessment_diagnostic_count(a), 1);
	ck_assert(test_contains(big_assessment_diagnostic(a, 0)->message,
				"requirement 5.3 is the same number"));
	big_assessment_free(a);
	big_workbook_free(wb);
	big_catalogue_free(bio2);

	expect_error(book(MAIN_HEAD "H1.1;#NAME?\n", NULL),
		     "Vereisten, row 2, column \"status\": \"#NAME?\": a spreadsheet's error "
		     "value, not the value typed (a text that starts with '=' read as a "
		     "formula?)");
	expect_error(book(MAIN_HEAD "H1.1;geïmplementeerd;;#N/B \n", NULL),
		     "column \"toelichting\": \"#N/B \": a spreadsheet's error value");
	expect_error(book(MAIN_HEAD "H1.1;geïmplementeerd\n",
			  "veld;waarde\norganisatie;#WAARDE!\nperiode;2026\ncatalogus;model\n"
			  "versie;1\n"),
		     "Organisatie, row 2, column \"waarde\": \"#WAARDE!\": a spreadsheet's");
	/* Not an error value: text around it. */
	a = expect_ok(book(MAIN_HEAD "H1.1;geïmplementeerd;;#N/A is wat Excel toont\n", NULL));
	big_assessment_free(a);
	/* Only CSV cells: a workbook made (or read from XLSX) holds typed text. */
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_workbook_options wo = BIG_WORKBOOK_OPTIONS_INIT;
	big_assessment *prev = NULL;
	assert_big_ok(big_assessment_new(&prev, cat, "GM0363", "2026"));
	assert_big_ok(big_assessment_set_explanation(prev, "H1.1", "#N/A"));
	wo.previous = prev;
	assert_big_ok(big_workbook_template(&wb, cat, &wo));
	assert_big_ok(big_workbook_import(&a, wb, cat, NULL));
	ck_assert_str_eq(big_result_explanation(big_assessment_result(a, "H1.1")), "#N/A");
	big_assessment_free(a);
	big_workbook_free(wb);
	big_assessment_free(prev);
	big_catalogue_free(cat);
}
END_TEST

/* "931.298" is 931298 to a Dutch reader and 931.298 to an English one:
 * refused. A value libbig writes that looks so gets a fourth decimal. */
START_TEST(test_thousands_separators)
{
	static const char *const ambiguous[] = {"931.298", "1,500", "-12.000", " 5.250 "};
	for (size_t i = 0; i < sizeof(ambiguous) / sizeof(ambiguous[0]); i++) {
		char attrs[128];
		big_workbook *wb = book(MAIN_HEAD, NULL);
		snprintf(attrs, sizeof(attrs), "kenmerk;waarde\ninwoners;%s\n", ambiguous[i]);
		assert_big_ok(big_workbook_add_csv(wb, "x-Kenmerken.csv", attrs, strlen(attrs)));
		expect_error(wb, "\": ambiguous: a thousands separator or a decimal one? Write the "
				 "number without thousands separators (931298), or with a number "
				 "of decimals other than three (931.2980)");
	}
	static const char ok[] = "kenmerk;waarde\na;931298\nb;0,125\nc;931.2980\nd;1.5\n"
				 "e;1234.567\n";
	big_workbook *wb = book(MAIN_HEAD, NULL);
	assert_big_ok(big_workbook_add_csv(wb, "x-Kenmerken.csv", ok, strlen(ok)));
	big_assessment *a = expect_ok(wb);
	double v;
	assert_big_ok(big_assessment_attribute(&v, a, "a"));
	ck_assert(v == 931298.0);
	assert_big_ok(big_assessment_attribute(&v, a, "b"));
	ck_assert(v == 0.125);
	assert_big_ok(big_assessment_attribute(&v, a, "c"));
	ck_assert(v == 931.298);
	big_assessment_free(a);

	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	assert_big_ok(big_assessment_new(&a, cat, "GM0363", "2026"));
	assert_big_ok(big_assessment_set_attribute(a, "oppervlakte", 931.298));
	assert_big_ok(big_assessment_set_attribute(a, "groei", -1.5));
	assert_big_ok(big_assessment_set_attribute(a, "schulden", 12000.0));
	assert_round_trip(cat, a);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

/* What does not come back as it was: blank texts come back absent, an
 * organisation id and a period trimmed; an action description blank to the
 * model (no-break spaces) is "no description", as an empty one. */
START_TEST(test_blank_and_trimmed)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_workbook_options wo = BIG_WORKBOOK_OPTIONS_INIT;
	big_assessment *a = NULL, *b = NULL;
	big_workbook *wb = NULL, *back;
	assert_big_ok(big_assessment_new(&a, cat, " GM0363 ", "2026 "));
	assert_big_ok(big_assessment_set_explanation(a, "H1.1", "  "));
	assert_big_ok(big_assessment_set_owner(a, "H1.1", "\t"));
	assert_big_ok(big_assessment_set_status(a, "H1.1", BIG_STATUS_IMPLEMENTED));
	wo.previous = a;
	assert_big_ok(big_workbook_template(&wb, cat, &wo));
	back = through_csv(wb, NULL);
	assert_big_ok(big_workbook_import(&b, back, cat, NULL));
	ck_assert_str_eq(big_assessment_organisation_id(b), "GM0363");
	ck_assert_str_eq(big_assessment_period(b), "2026");
	const big_result *r = big_assessment_result(b, "H1.1");
	ck_assert_int_eq(big_result_status(r), BIG_STATUS_IMPLEMENTED);
	ck_assert_str_eq(big_result_explanation(r), "");
	ck_assert_str_eq(big_result_owner(r), "");
	big_assessment_free(b);
	big_workbook_free(back);
	big_workbook_free(wb);
	big_assessment_free(a);
	big_catalogue_free(cat);

	expect_error(book(MAIN_HEAD "H1.1;geïmplementeerd;;;;;;;;;\u00a0\u202f;;;gepland\n", NULL),
		     "Vereisten, row 2, column \"verbetermaatregel\": no description of the "
		     "improvement action");
}
END_TEST

/* The sheet Herkomst is always written (its headings alone when there is
 * no provenance), so that a CSV template written over an earlier one's
 * files replaces a stale BASE-Herkomst.csv; provenance comes only from an
 * assessment of the same period. */
START_TEST(test_provenance_sheet)
{
	static const char doc[] = "{\"format\": \"libbig.assessment\", \"format_version\": 1, "
				  "\"catalogue\": {\"id\": \"model\", \"version\": \"1\"}, "
				  "\"organisation\": {\"id\": \"GM0363\"}, \"period\": \"2025\", "
				  "\"results\": {\"H1.1\": {\"status\": \"implemented\", "
				  "\"source\": {\"collaboration\": \"SV-Regio\"}}}}";
	static const char *const periods[] = {"2025", "2026", NULL};
	static const char *const want[] = {"\xef\xbb\xbfid;samenwerking\r\nH1.1;SV-Regio\r\n",
					   "\xef\xbb\xbfid;samenwerking\r\n",
					   "\xef\xbb\xbfid;samenwerking\r\n"};
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_assessment *prev = NULL;
	assert_big_ok(big_assessment_load_buffer(&prev, cat, doc, strlen(doc), NULL));
	for (size_t k = 0; k < 3; k++) {
		big_workbook_options wo = BIG_WORKBOOK_OPTIONS_INIT;
		big_workbook *wb = NULL;
		char *csv = NULL;
		size_t i;
		wo.previous = periods[k] ? prev : NULL;
		wo.organisation_id = "GM0363";
		wo.period = periods[k] ? periods[k] : "2026";
		assert_big_ok(big_workbook_template(&wb, cat, &wo));
		for (i = 0; i < big_workbook_sheet_count(wb); i++)
			if (strcmp(big_workbook_sheet_name(wb, i), "Herkomst") == 0)
				break;
		ck_assert_uint_lt(i, big_workbook_sheet_count(wb));
		assert_big_ok(big_workbook_sheet_to_csv(&csv, NULL, wb, i, BIG_WORKBOOK_CSV_EXCEL));
		ck_assert_str_eq(csv, want[k]);
		big_free(csv);
		/* The headings alone import as no provenance. */
		big_workbook *back = through_csv(wb, NULL);
		big_assessment *a = NULL;
		assert_big_ok(big_workbook_import(&a, back, cat, NULL));
		char *json = NULL;
		assert_big_ok(big_assessment_to_json(&json, NULL, a, 0));
		ck_assert_int_eq(test_contains(json, "SV-Regio"), k == 0);
		big_free(json);
		big_assessment_free(a);
		big_workbook_free(back);
		big_workbook_free(wb);
	}
	big_assessment_free(prev);
	big_catalogue_free(cat);
}
END_TEST

/* Text in NFD (i + U+0308, as macOS writes it) and no-break spaces inside
 * a word are read as the words they show. */
START_TEST(test_decomposed_and_no_break_spaces)
{
	big_workbook *wb =
	    book("id;status;volwassenheid;toelichting;eigenaar;verloopt op;bewijs;"
		 "opzet;bestaan;werking;verbetermaatregel;eigenaar maatregel;"
		 "streefdatum;status\u00a0maatregel\n"
		 "H1.1;Ge\x69\xcc\x88mplementeerd;;;;;;ja\n"
		 "H1.2;niet\u00a0van\u202ftoepassing;;;;;;;;;Plan;;;in\u00a0uitvoering\n"
		 "H2.1;gedeeltelijk ge\x49\xcc\x88mplementeerd\n",
		 NULL);
	big_assessment *a = expect_ok(wb);
	ck_assert_int_eq(big_result_status(big_assessment_result(a, "H1.1")),
			 BIG_STATUS_IMPLEMENTED);
	ck_assert_int_eq(big_result_status(big_assessment_result(a, "H1.2")),
			 BIG_STATUS_NOT_APPLICABLE);
	ck_assert_int_eq(big_result_status(big_assessment_result(a, "H2.1")),
			 BIG_STATUS_PARTIALLY_IMPLEMENTED);
	big_assessment_free(a);
	/* A diaeresis on another letter is not ignored. */
	expect_error(book(MAIN_HEAD "H1.1;geimplementeerd\xcc\x88\n", NULL), "not a status");
}
END_TEST

/* A workbook of the 1904 date system: its serial days are 1462 days after
 * the 1900 system's (45931 is 2025-10-01 in 1900, 44469 in 1904). The XLSX
 * reader is to set book.date1904; here the test sets it. */
START_TEST(test_date1904)
{
	static const char *const serials[] = {"44469", "0", "44469.75"};
	static const char *const want[] = {"2025-10-01", "1904-01-01", "2025-10-01"};
	for (int k = 0; k < 3; k++) {
		big_workbook *wb = book(MAIN_HEAD "H1.1;geïmplementeerd;;;;44469\n", NULL);
		struct big_sheet *s = &wb->book.sheets[0];
		struct big_cell *c = &s->cells[s->cols + 5]; /* verloopt op */
		c->kind = BIG_CELL_NUMBER;
		c->text = serials[k];
		wb->book.date1904 = true;
		big_assessment *a = expect_ok(wb);
		ck_assert_str_eq(big_result_expires(big_assessment_result(a, "H1.1")), want[k]);
		big_assessment_free(a);
	}
	/* The 1900 system, as before. */
	big_workbook *wb = book(MAIN_HEAD "H1.1;geïmplementeerd;;;;45931\n", NULL);
	struct big_sheet *s = &wb->book.sheets[0];
	s->cells[s->cols + 5].kind = BIG_CELL_NUMBER;
	big_assessment *a = expect_ok(wb);
	ck_assert_str_eq(big_result_expires(big_assessment_result(a, "H1.1")), "2025-10-01");
	big_assessment_free(a);
}
END_TEST

/* A text longer than an XLSX cell holds: the XLSX template is refused,
 * naming the sheet and cell (docs/workbooks.md, Limits); CSV takes it. */
START_TEST(test_xlsx_cell_limit)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_workbook_options wo = BIG_WORKBOOK_OPTIONS_INIT;
	big_assessment *a = NULL;
	big_workbook *wb = NULL;
	char *text = malloc(40001);
	ck_assert_ptr_nonnull(text);
	memset(text, 'x', 40000);
	text[40000] = '\0';
	assert_big_ok(big_assessment_new(&a, cat, "GM0363", "2026"));
	assert_big_ok(big_assessment_set_explanation(a, "H1.1", text));
	wo.previous = a;
	assert_big_ok(big_workbook_template(&wb, cat, &wo));
	if (big_has_feature("xlsx")) {
		char path[64];
		snprintf(path, sizeof(path), "/tmp/test-workbook-input-%ld.xlsx", (long)getpid());
		assert_big_fails(big_workbook_write_xlsx(wb, path), BIG_ELIMIT);
		unlink(path);
		ck_assert_str_eq(big_error_last()->message,
				 "XLSX: sheet 'Vereisten', cell G2: text of 40000 characters, more "
				 "than XLSX's 32767");
	}
	assert_round_trip(cat, a);
	big_workbook_free(wb);
	big_assessment_free(a);
	big_catalogue_free(cat);
	free(text);
}
END_TEST

/* Smaller things: the catalogue named with spaces around it, a subnormal
 * attribute, dates with a midnight time and ISO dates without zeros. */
START_TEST(test_small_things)
{
	static const char org[] = "veld;waarde\norganisatie;GM0363\nperiode;2026\n"
				  "catalogus; model \nversie;1\t\n";
	big_workbook *wb = book(MAIN_HEAD, org);
	ck_assert_str_eq(big_workbook_catalogue_id(wb), "model");
	ck_assert_str_eq(big_workbook_catalogue_version(wb), "1");
	big_assessment *a = expect_ok(wb);
	big_assessment_free(a);

	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	assert_big_ok(big_assessment_new(&a, cat, "GM0363", "2026"));
	assert_big_ok(big_assessment_set_attribute(a, "klein", 5e-324));
	assert_big_ok(big_assessment_set_attribute(a, "klein2", -2.2250738585072e-310));
	assert_round_trip(cat, a);
	big_assessment_free(a);
	big_catalogue_free(cat);
	static const char *const dates[][2] = {
	    {"2026-4-1", "2026-04-01"},
	    {"1-4-2026 00:00", "2026-04-01"},
	    {"2026-02-01T00:00:00", "2026-02-01"},
	    {"2026-02-01 00:00", "2026-02-01"},
	};
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		char main[512];
		snprintf(main, sizeof(main), MAIN_HEAD "H1.1;geïmplementeerd;;;;%s\n", dates[i][0]);
		a = expect_ok(book(main, NULL));
		ck_assert_str_eq(big_result_expires(big_assessment_result(a, "H1.1")), dates[i][1]);
		big_assessment_free(a);
	}
	expect_error(book(MAIN_HEAD "H1.1;geïmplementeerd;;;;1-4-2026 12:00\n", NULL),
		     "\"1-4-2026 12:00\": not a date");
	expect_error(book(MAIN_HEAD "H1.1;geïmplementeerd;;;;2026-4-41\n", NULL), "not a date");
	big_workbook *under = book(MAIN_HEAD, NULL);
	assert_big_ok(big_workbook_add_csv(under, "x-Kenmerken.csv", "kenmerk;waarde\nx;1e-400\n",
					   strlen("kenmerk;waarde\nx;1e-400\n")));
	expect_error(under, "\"1e-400\": not a number");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("workbook-input");
	TCase *tc = tcase_create("workbook-input");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_errors_outlive_import);
	tcase_add_test(tc, test_long_organisation_values);
	tcase_add_test(tc, test_spreadsheet_numbers_and_errors);
	tcase_add_test(tc, test_thousands_separators);
	tcase_add_test(tc, test_blank_and_trimmed);
	tcase_add_test(tc, test_provenance_sheet);
	tcase_add_test(tc, test_decomposed_and_no_break_spaces);
	tcase_add_test(tc, test_date1904);
	tcase_add_test(tc, test_xlsx_cell_limit);
	tcase_add_test(tc, test_small_things);
	suite_add_tcase(s, tc);
	return test_run_suite(s);
}
