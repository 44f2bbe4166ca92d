/*
 * libbig tests — suite "workbook": the self-evaluation template and its
 * import (docs/workbooks.md): generated assessments that use every field go
 * through a template made with them as the previous assessment, through
 * both CSV forms, and come back byte for byte; bad workbooks give every
 * error at once, each with its sheet, row, column and value.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* mkstemps() */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "test-common.h"
#include "workbook-int.h"

static unsigned long long rng_state;

static unsigned rnd(unsigned n)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((rng_state >> 33) % n);
}

/* Text a user might type: separators, quotes, line breaks, a leading '=',
 * accents, spaces at the ends. */
static const char *const texts[] = {
    "Back-ups dagelijks; getest",
    "Zie \"ISMS\", hoofdstuk 3",
    "regel 1\nregel 2\r\nregel 3",
    "=SOM(A1:A3) is geen formule",
    "-  opsomming met streepje",
    " spaties eromheen ",
    "geïmplementeerd, ïndïrect",
    "Ω ∑ 😀 emoji",
    "'met apostrof",
    "tab\tin het midden",
};

static const char *text(void)
{
	return texts[rnd(sizeof(texts) / sizeof(texts[0]))];
}

static const char *const dates[] = {"2025-01-01", "2025-12-31", "2024-02-29", "2026-06-15"};

/* @a with what only a document can say: the catalogue's fingerprint (even
 * seeds) and the provenance of delegated results (every fourth result). */
static big_assessment *with_json_only(const big_catalogue *cat, big_assessment *a, unsigned seed)
{
	char *json = NULL, *out;
	big_assessment *b = NULL;
	assert_big_ok(big_assessment_to_json(&json, NULL, a, 0));
	big_assessment_free(a);
	cJSON *doc = cJSON_Parse(json);
	big_free(json);
	if (seed % 2 == 0)
		cJSON_AddStringToObject(cJSON_GetObjectItem(doc, "catalogue"), "fingerprint",
					test_fingerprint(cat));
	unsigned k = 0;
	for (cJSON *r = cJSON_GetObjectItem(doc, "results")->child; r; r = r->next)
		if (k++ % 4 == seed % 4)
			cJSON_AddItemToObject(r, "source",
					      cJSON_Parse("{\"collaboration\": \"SV-Regio\"}"));
	out = cJSON_Print(doc);
	cJSON_Delete(doc);
	assert_big_ok(big_assessment_load_buffer(&b, cat, out, strlen(out), NULL));
	cJSON_free(out);
	return b;
}

/* An assessment of @cat using every field, from seed @seed. */
static big_assessment *generate(const big_catalogue *cat, unsigned seed)
{
	big_assessment *a = NULL;
	size_t n = big_catalogue_requirement_count(cat);
	rng_state = seed;
	assert_big_ok(big_assessment_new(&a, cat, "GM0363", "2025"));
	assert_big_ok(big_assessment_set_organisation_name(a, "Gemeente \"Amsterdam\"; centrum"));
	assert_big_ok(big_assessment_set_organisation_kind(a, "gemeente"));
	assert_big_ok(big_assessment_set_attribute(a, "inhabitants", 931298));
	assert_big_ok(big_assessment_set_attribute(a, "share", 0.1 + seed * 1e-17 + 1.0 / 3));
	assert_big_ok(big_assessment_set_attribute(a, "negative", -2.5e-7));
	if (seed % 2)
		assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	if (seed % 3)
		assert_big_ok(big_assessment_set_profile(a, "bbn2"));
	if (seed % 4)
		assert_big_ok(big_assessment_set_target(a, (int)(seed % 4)));
	for (size_t i = 0; i < n; i++) {
		const char *id = big_node_id(big_catalogue_requirement(cat, i));
		if (rnd(5) == 0)
			continue; /* not recorded */
		assert_big_ok(
		    big_assessment_set_status(a, id, (big_status)((i + seed) % BIG_STATUS_COUNT)));
		if (rnd(2))
			assert_big_ok(big_assessment_set_maturity(a, id, (int)rnd(4)));
		if (rnd(3) == 0) {
			const char *crit[] = {"owner", "written", "approved", "tested"};
			assert_big_ok(big_assessment_set_criteria_met(a, id, crit, rnd(5)));
		}
		if (rnd(2))
			assert_big_ok(big_assessment_set_explanation(a, id, text()));
		if (rnd(2))
			assert_big_ok(big_assessment_set_owner(a, id, text()));
		if (rnd(2))
			assert_big_ok(big_assessment_set_expires(a, id, dates[rnd(4)]));
		for (unsigned k = rnd(4); k > 0; k--)
			assert_big_ok(big_assessment_add_action(
			    a, id, text(), rnd(2) ? text() : NULL, rnd(2) ? dates[rnd(4)] : NULL,
			    (big_action_status)rnd(BIG_ACTION_STATUS_COUNT)));
		for (unsigned k = rnd(4); k > 0; k--)
			assert_big_ok(big_assessment_add_evidence(a, id, text()));
		for (int d = 0; d < BIG_DIMENSION_COUNT; d++) {
			unsigned what = rnd(4);
			if (what == 0)
				continue;
			if (what != 3)
				assert_big_ok(big_assessment_set_demonstrated(
				    a, id, (big_dimension)d, what == 1));
			for (unsigned k = rnd(3) + (what == 3); k > 0; k--)
				assert_big_ok(big_assessment_add_demonstration_evidence(
				    a, id, (big_dimension)d,
				    (big_evidence_kind)rnd(BIG_EVIDENCE_KIND_COUNT), text(),
				    rnd(2) ? text() : NULL, rnd(2) ? dates[rnd(4)] : NULL));
		}
	}
	return with_json_only(cat, a, seed);
}

static char *to_json(const big_assessment *a)
{
	char *json = NULL;
	assert_big_ok(big_assessment_to_json(&json, NULL, a, 0));
	return json;
}

static void assert_no_errors(const big_workbook *wb)
{
	for (size_t i = 0; i < big_workbook_error_count(wb); i++)
		fprintf(stderr, "%s\n", big_workbook_error(wb, i)->message);
	ck_assert_uint_eq(big_workbook_error_count(wb), 0);
}

/* The workbook's sheets as CSV files of @form, read back into a new workbook. */
static big_workbook *through_csv(const big_workbook *wb, big_workbook_csv form)
{
	big_workbook *back = NULL;
	assert_big_ok(big_workbook_new(&back));
	for (size_t i = 0; i < big_workbook_sheet_count(wb); i++) {
		char *csv = NULL, name[128];
		size_t len;
		assert_big_ok(big_workbook_sheet_to_csv(&csv, &len, wb, i, form));
		if (i == 0)
			snprintf(name, sizeof(name), "dir/gm0363-2025.csv");
		else
			snprintf(name, sizeof(name), "dir/gm0363-2025-%s.csv",
				 big_workbook_sheet_name(wb, i));
		assert_big_ok(big_workbook_add_csv(back, name, csv, len));
		big_free(csv);
	}
	return back;
}

/* The workbook as an XLSX file, read back into a new workbook; NULL when
 * this libbig has no XLSX. */
static big_workbook *through_xlsx(const big_workbook *wb)
{
	char path[] = "/tmp/test-workbook-XXXXXX.xlsx";
	big_workbook *back = NULL;
	size_t len;
	int fd;
	if (!big_has_feature("xlsx"))
		return NULL;
	fd = mkstemps(path, 5);
	ck_assert_int_ge(fd, 0);
	close(fd);
	assert_big_ok(big_workbook_write_xlsx(wb, path));
	char *data = test_read_file(path, &len);
	unlink(path);
	ck_assert_ptr_nonnull(data);
	assert_big_ok(big_workbook_new(&back));
	assert_big_ok(big_workbook_add_xlsx(back, data, len, "round-trip.xlsx"));
	free(data);
	return back;
}

static void round_trip(const big_catalogue *cat, const big_assessment *a, const char *lang,
		       const char *what)
{
	big_workbook_options o = BIG_WORKBOOK_OPTIONS_INIT;
	big_workbook *wb = NULL;
	char *want = to_json(a);
	o.previous = a;
	o.lang = lang;
	assert_big_ok(big_workbook_template(&wb, cat, &o));
	/* -2: XLSX, -1: the template itself, then the CSV forms. */
	for (int form = -2; form <= BIG_WORKBOOK_CSV_COMMA; form++) {
		big_workbook *w = form == -2   ? through_xlsx(wb)
				  : form == -1 ? wb
					       : through_csv(wb, (big_workbook_csv)form);
		if (!w)
			continue; /* no XLSX in this build */
		big_assessment *back = NULL;
		int rc = big_workbook_import(&back, w, cat, NULL);
		assert_no_errors(w);
		ck_assert_msg(rc == 0, "%s: %s", what, big_error_last()->message);
		char *got = to_json(back);
		if (strcmp(got, want) != 0) {
			FILE *f = fopen("workbook-got.json", "w");
			fputs(got, f);
			fclose(f);
			f = fopen("workbook-want.json", "w");
			fputs(want, f);
			fclose(f);
		}
		ck_assert_msg(strcmp(got, want) == 0,
			      "%s, form %d, %s: differs (workbook-got.json, workbook-want.json)",
			      what, form, lang);
		big_free(got);
		big_assessment_free(back);
		if (w != wb)
			big_workbook_free(w);
	}
	big_workbook_free(wb);
	big_free(want);
}

START_TEST(test_round_trip_generated)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	for (unsigned seed = 1; seed <= 40; seed++) {
		big_assessment *a = generate(cat, seed);
		char what[32];
		snprintf(what, sizeof(what), "seed %u", seed);
		round_trip(cat, a, seed % 2 ? "nl" : "en", what);
		big_assessment_free(a);
	}
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_round_trip_demo)
{
	const char *examples = getenv("BIG_TEST_EXAMPLES");
	char path[1024];
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;
	ck_assert_msg(examples != NULL, "BIG_TEST_EXAMPLES is not set");
	snprintf(path, sizeof(path), "%s/demo-assessment.json", examples);
	assert_big_ok(big_catalogue_builtin(&cat, "bio2-1.2"));
	assert_big_ok(big_assessment_load_file(&a, cat, path, NULL));
	/* Done when (issue 19): the XLSX template of the demo municipality,
	 * filled (with its assessment) and imported, scores to the same
	 * report bytes as the JSON it was made from. */
	big_workbook *xlsx = NULL;
	big_workbook_options o = BIG_WORKBOOK_OPTIONS_INIT;
	o.previous = a;
	assert_big_ok(big_workbook_template(&xlsx, cat, &o));
	big_workbook *back = through_xlsx(xlsx);
	/* Skipped only when this libbig has no XLSX; through_xlsx() fails the
	 * test when it has XLSX and the round trip does not work. */
	if (!big_has_feature("xlsx"))
		fprintf(stderr, "test_round_trip_demo: XLSX skipped: built without XLSX\n");
	else
		ck_assert_ptr_nonnull(back);
	if (back) {
		big_assessment *b = NULL;
		big_report *ra = NULL, *rb = NULL;
		char *ja = NULL, *jb = NULL;
		assert_big_ok(big_workbook_import(&b, back, cat, NULL));
		assert_big_ok(big_score(&ra, a, NULL));
		assert_big_ok(big_score(&rb, b, NULL));
		assert_big_ok(big_report_to_json(&ja, NULL, ra, 0));
		assert_big_ok(big_report_to_json(&jb, NULL, rb, 0));
		ck_assert_msg(strcmp(ja, jb) == 0, "the demo's report differs after XLSX");
		big_free(ja);
		big_free(jb);
		big_report_free(ra);
		big_report_free(rb);
		big_assessment_free(b);
		big_workbook_free(back);
	}
	big_workbook_free(xlsx);
	round_trip(cat, a, "nl", "demo");
	round_trip(cat, a, "en", "demo");
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

/* The template of a fresh assessment: rows of the profile only, headings,
 * drop-downs, the organisation. */
START_TEST(test_template_shape)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_workbook_options o = BIG_WORKBOOK_OPTIONS_INIT;
	big_workbook *wb = NULL;
	char *csv = NULL;
	o.organisation_id = "GM0363";
	o.organisation_name = "Amsterdam";
	o.period = "2026";
	o.profile = "bbn1";
	assert_big_ok(big_workbook_template(&wb, cat, &o));
	ck_assert_str_eq(big_workbook_sheet_name(wb, 0), "Vereisten");
	ck_assert_str_eq(big_workbook_sheet_name(wb, 1), "Acties");
	assert_big_ok(big_workbook_sheet_to_csv(&csv, NULL, wb, 0, BIG_WORKBOOK_CSV_EXCEL));
	ck_assert_str_eq(csv, "\xef\xbb\xbf"
			      "id;titel;labels;verplicht;status;volwassenheid;toelichting;eigenaar;"
			      "verloopt op;bewijs;opzet;bestaan;werking;verbetermaatregel;"
			      "eigenaar maatregel;streefdatum;status maatregel\r\n"
			      "H1.1;a;;nee;;;;;;;;;;;;;\r\n"
			      "H1.2;b;cloud;nee;;;;;;;;;;;;;\r\n");
	big_free(csv);
	const struct big_sheet *s = &wb->book.sheets[0];
	ck_assert(s->frozen_header);
	ck_assert_uint_eq(wb->book.count, 9); /* Herkomst too, its headings alone */
	ck_assert_uint_eq(s->columns[M_STATUS].choice_count, BIG_STATUS_COUNT);
	ck_assert_str_eq(s->columns[M_STATUS].choices[0], "geïmplementeerd");
	ck_assert_uint_eq(s->columns[M_MATURITY].choice_count, 4);
	ck_assert_str_eq(s->columns[M_MATURITY].choices[3], "3");
	ck_assert(s->columns[M_STATUS].to_fill && !s->columns[M_ID].to_fill);
	/* "eigenaar maatregel" is 18 characters: 20 with the margin. */
	ck_assert_double_eq(s->columns[M_ACTION_OWNER].width, 20);
	ck_assert_double_eq(s->columns[M_ID].width, 10);
	ck_assert_str_eq(big_workbook_catalogue_id(wb), "model");
	ck_assert_str_eq(big_workbook_catalogue_version(wb), "1");
	/* A fresh template imports as a fresh assessment. */
	big_assessment *a = NULL;
	assert_big_ok(big_workbook_import(&a, wb, cat, NULL));
	char *json = to_json(a);
	ck_assert_msg(test_contains(json, "\"period\": \"2026\"") &&
			  test_contains(json, "\"results\": {}") &&
			  test_contains(json, "\"name\": \"Amsterdam\"") &&
			  test_contains(json, "\"profile\": \"bbn1\""),
		      "%s", json);
	big_free(json);
	big_assessment_free(a);
	big_workbook_free(wb);
	big_catalogue_free(cat);
}
END_TEST

/* Last year's actions: those not done come into this year's template, in
 * order, the first on the requirements sheet and the others on Acties; all
 * of them for the same period. */
START_TEST(test_previous_actions)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_assessment *prev = NULL, *a = NULL;
	big_workbook_options o = BIG_WORKBOOK_OPTIONS_INIT;
	big_workbook *wb = NULL;
	char *csv = NULL;
	assert_big_ok(big_assessment_new(&prev, cat, "GM0363", "2025"));
	assert_big_ok(big_assessment_add_action(prev, "H1.1", "Back-ups testen", "IT", "2025-03-31",
						BIG_ACTION_DONE));
	assert_big_ok(big_assessment_add_action(prev, "H1.1", "Herstel oefenen", NULL, "2026-03-31",
						BIG_ACTION_IN_PROGRESS));
	assert_big_ok(
	    big_assessment_add_action(prev, "H1.1", "Logging", "SOC", NULL, BIG_ACTION_PLANNED));
	o.previous = prev;
	o.period = "2026";
	assert_big_ok(big_workbook_template(&wb, cat, &o));
	assert_big_ok(big_workbook_sheet_to_csv(&csv, NULL, wb, 0, BIG_WORKBOOK_CSV_COMMA));
	ck_assert_msg(test_contains(csv, "H1.1,a,,nee,niet beoordeeld,,,,,,,,,Herstel oefenen,,"
					 "2026-03-31,in uitvoering\r\n"),
		      "%s", csv);
	big_free(csv);
	assert_big_ok(big_workbook_sheet_to_csv(&csv, NULL, wb, 1, BIG_WORKBOOK_CSV_COMMA));
	ck_assert_str_eq(csv, "id,verbetermaatregel,eigenaar,streefdatum,status\r\n"
			      "H1.1,Logging,SOC,,gepland\r\n");
	big_free(csv);
	ck_assert_uint_eq(wb->book.sheets[0].columns[M_ACTION_STATUS].choice_count, 3);
	ck_assert_str_eq(wb->book.sheets[0].columns[M_ACTION_STATUS].choices[2], "gereed");
	assert_big_ok(big_workbook_import(&a, wb, cat, NULL));
	const big_result *r = big_assessment_result(a, "H1.1");
	ck_assert_uint_eq(big_result_action_count(r), 2);
	ck_assert_str_eq(big_action_description(big_result_action(r, 0)), "Herstel oefenen");
	ck_assert_int_eq(big_action_get_status(big_result_action(r, 1)), BIG_ACTION_PLANNED);
	big_assessment_free(a);
	big_workbook_free(wb);
	big_assessment_free(prev);
	big_catalogue_free(cat);
}
END_TEST

/* Last year's assessment pre-fills this year's template: answers yes, the
 * date of the assessment no. */
START_TEST(test_previous_period)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_assessment *prev = test_load_assessment(cat, "model-assessment.json"), *a = NULL;
	big_workbook_options o = BIG_WORKBOOK_OPTIONS_INIT;
	big_workbook *wb = NULL;
	o.previous = prev;
	o.period = "2026";
	o.lang = "en";
	assert_big_ok(big_workbook_template(&wb, cat, &o));
	ck_assert_str_eq(big_workbook_sheet_name(wb, 0), "Requirements");
	assert_big_ok(big_workbook_import(&a, wb, cat, NULL));
	ck_assert_str_eq(big_assessment_period(a), "2026");
	ck_assert_str_eq(big_assessment_assessed_on(a), "");
	ck_assert_str_eq(big_assessment_organisation_id(a), "GM9902");
	ck_assert_int_eq(big_result_status(big_assessment_result(a, "H1.2")),
			 BIG_STATUS_PARTIALLY_IMPLEMENTED);
	ck_assert_int_eq(big_assessment_derived_maturity(a, "H1.1"), 2);
	big_assessment_free(a);
	big_workbook_free(wb);
	big_assessment_free(prev);
	big_catalogue_free(cat);
}
END_TEST

/* A workbook of CSV texts: the main sheet @main, the Organisatie sheet of
 * the model catalogue, and @extra_name with @extra when not NULL. */
static big_workbook *csv_book(const char *main, const char *extra_name, const char *extra)
{
	static const char org[] = "veld;waarde\n"
				  "organisatie;GM0363\n"
				  "periode;2026\n"
				  "catalogus;model\n"
				  "versie;1\n";
	big_workbook *wb = NULL;
	assert_big_ok(big_workbook_new(&wb));
	assert_big_ok(big_workbook_add_csv(wb, "x.csv", main, strlen(main)));
	assert_big_ok(big_workbook_add_csv(wb, "x-Organisatie.csv", org, strlen(org)));
	if (extra)
		assert_big_ok(big_workbook_add_csv(wb, extra_name, extra, strlen(extra)));
	return wb;
}

#define MAIN_HEAD                                                                                \
	"id;status;volwassenheid;toelichting;eigenaar;verloopt op;bewijs;opzet;bestaan;werking;" \
	"verbetermaatregel;eigenaar maatregel;streefdatum;status maatregel\n"

/* Imports @wb and checks that it fails with exactly the @n messages @want. */
static void expect_errors(big_workbook *wb, bool strict, const char *const *want, size_t n)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_workbook_import_options io = BIG_WORKBOOK_IMPORT_OPTIONS_INIT;
	big_assessment *a = NULL;
	io.strict = strict;
	assert_big_fails(big_workbook_import(&a, wb, cat, &io), BIG_ESCHEMA);
	ck_assert_ptr_null(a);
	for (size_t i = 0; big_workbook_error_count(wb) != n && i < big_workbook_error_count(wb);
	     i++)
		fprintf(stderr, "  got: %s\n", big_workbook_error(wb, i)->message);
	ck_assert_uint_eq(big_workbook_error_count(wb), n);
	for (size_t i = 0; i < n; i++)
		ck_assert_str_eq(big_workbook_error(wb, i)->message, want[i]);
	big_workbook_free(wb);
	big_catalogue_free(cat);
}

START_TEST(test_errors_all_at_once)
{
	static const char *const want[] = {
	    "Vereisten, row 2, column \"status\": \"half\": not a status (geïmplementeerd, "
	    "gedeeltelijk geïmplementeerd, niet geïmplementeerd, niet van toepassing, risico "
	    "geaccepteerd, niet beoordeeld, or the English words)",
	    "Vereisten, row 3, column \"volwassenheid\": \"4\": not a maturity level: a whole "
	    "number from 0 to 3",
	    "Vereisten, row 4, column \"verloopt op\": \"31-02-2026\": not a date (YYYY-MM-DD, "
	    "d-m-yyyy or a spreadsheet date)",
	    "Vereisten, row 5, column \"id\": \"H1.1\": a second row for this requirement",
	    "Vereisten, row 6, column \"opzet\": \"misschien\\u001b\": not ja/nee (yes/no)",
	};
	big_workbook *wb = csv_book(MAIN_HEAD "H1.1;half\n"
					      "H1.2;;4\n"
					      "H2.1;geïmplementeerd;;;;31-02-2026\n"
					      "H1.1;implemented\n"
					      "H2.2;;;;;;;misschien\x1b\n",
				    NULL, NULL);
	expect_errors(wb, false, want, 5);
}
END_TEST

START_TEST(test_error_unknown_id)
{
	static const char *const want[] = {
	    "Vereisten, row 2, column \"id\": \"X9\": catalogue model 1 has no requirement of "
	    "this id",
	    "Vereisten, row 3, column \"id\": \"H1\": not a requirement (it is not assessable)",
	};
	expect_errors(csv_book(MAIN_HEAD "X9;implemented\nH1;implemented\n", NULL, NULL), true,
		      want, 2);
	/* Lenient: a diagnostic, and the rest is imported. */
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_workbook *wb = csv_book(MAIN_HEAD "X9;implemented\nH1.1;Geïmplementeerd\n", NULL, NULL);
	big_assessment *a = NULL;
	assert_big_ok(big_workbook_import(&a, wb, cat, NULL));
	ck_assert_uint_eq(big_assessment_diagnostic_count(a), 1);
	ck_assert_str_eq(big_assessment_diagnostic(a, 0)->code, "unknown-requirement");
	ck_assert_str_eq(big_assessment_diagnostic(a, 0)->path, "Vereisten, row 2");
	ck_assert_int_eq(big_result_status(big_assessment_result(a, "H1.1")),
			 BIG_STATUS_IMPLEMENTED);
	big_assessment_free(a);
	big_workbook_free(wb);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_error_sheets_and_columns)
{
	static const char *const empty[] = {
	    "Vereisten: the workbook is empty: it has no sheets",
	};
	static const char *const wrong[] = {
	    "Vereisten: missing sheet (Vereisten or Requirements)",
	    "Organisatie: missing sheet (Organisatie or Organisation)",
	};
	static const char *const column[] = {
	    "Vereisten, row 1: missing column \"volwassenheid\" (or \"maturity\")",
	};
	big_workbook *wb = NULL;
	assert_big_ok(big_workbook_new(&wb));
	ck_assert_ptr_null(big_workbook_catalogue_id(wb));
	expect_errors(wb, false, empty, 1);
	/* The help sheet only. */
	assert_big_ok(big_workbook_new(&wb));
	assert_big_ok(big_workbook_add_csv(wb, "x-Help.csv", "a,b\n", 4));
	expect_errors(wb, false, wrong, 2);
	expect_errors(csv_book("id;status;toelichting;eigenaar;verloopt op;bewijs;opzet;bestaan;"
			       "werking;verbetermaatregel;eigenaar maatregel;streefdatum;status "
			       "maatregel\nH1.1;implemented\n",
			       NULL, NULL),
		      false, column, 1);
}
END_TEST

START_TEST(test_error_formula)
{
	static const char *const want[] = {
	    "Vereisten, row 2, column \"status\": \"implemented\": a formula: type the value "
	    "itself (libbig reads no formulas, and the value the file keeps for one may be "
	    "stale)",
	};
	big_workbook *wb = csv_book(MAIN_HEAD "H1.1;implemented\n", NULL, NULL);
	/* XLSX is the only form with formulas: mark the cell as the reader does. */
	wb->book.sheets[0].cells[wb->book.sheets[0].cols + 1].formula = true;
	expect_errors(wb, false, want, 1);
}
END_TEST

START_TEST(test_error_organisation)
{
	static const char *const want[] = {
	    "organisatie, row 3, column \"veld\": \"land\": not a field of this sheet",
	    "organisatie: no period (field \"periode\")",
	    "organisatie, row 4: \"bio2\": the workbook is for catalogue bio2 1.2, not for model 1",
	};
	static const char org[] = "veld;waarde\norganisatie;GM0363\nland;NL\ncatalogus;bio2\n"
				  "versie;1.2\n";
	big_workbook *wb = NULL;
	assert_big_ok(big_workbook_new(&wb));
	assert_big_ok(big_workbook_add_csv(wb, "x.csv", MAIN_HEAD, strlen(MAIN_HEAD)));
	assert_big_ok(big_workbook_add_csv(wb, "x-organisatie.csv", org, strlen(org)));
	expect_errors(wb, false, want, 3);
}
END_TEST

/* A thousand errors are listed, then how many more there were. */
START_TEST(test_error_cap)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	size_t size = strlen(MAIN_HEAD) + 1500 * 10 + 1;
	char *text = malloc(size);
	big_assessment *a = NULL;
	ck_assert_ptr_nonnull(text);
	strcpy(text, MAIN_HEAD);
	for (int i = 0; i < 1500; i++)
		strcat(text, "H1.1;half\n");
	big_workbook *wb = csv_book(text, NULL, NULL);
	free(text);
	assert_big_fails(big_workbook_import(&a, wb, cat, NULL), BIG_ESCHEMA);
	ck_assert_uint_eq(big_workbook_error_count(wb), 1001);
	ck_assert_str_eq(big_workbook_error(wb, 1000)->message,
			 "the workbook: 500 more errors, not listed (the first 1000 are)");
	ck_assert_str_eq(big_workbook_error(wb, 999)->message,
			 "Vereisten, row 1001, column \"id\": \"H1.1\": a second row for this "
			 "requirement");
	ck_assert(test_contains(big_error_last()->message, "1500 errors in the workbook"));
	big_workbook_free(wb);
	big_catalogue_free(cat);
}
END_TEST

/* Errors on the sheets beside the requirements sheet, all at once. */
START_TEST(test_error_other_sheets)
{
	static const char *const want[] = {
	    "Kenmerken, row 2, column \"waarde\": \"veel\": not a number",
	    "Kenmerken, row 4, column \"kenmerk\": \"inwoners\": a second row for this "
	    "attribute",
	    "Acties, row 2, column \"verbetermaatregel\": no description of the improvement "
	    "action (its owner, due date or status is filled in)",
	    "Acties, row 3, column \"status\": no status of the improvement action (gepland, in "
	    "uitvoering, gereed; planned, in progress, done)",
	    "Acties, row 4, column \"status\": \"bijna\": not an action status (gepland, in "
	    "uitvoering, gereed; planned, in progress, done)",
	    "Acties, row 5, column \"streefdatum\": \"morgen\": not a date (YYYY-MM-DD, "
	    "d-m-yyyy or a spreadsheet date)",
	    "Bewijs, row 2, column \"bewijs\": no evidence",
	    "Aantoning, row 2, column \"aspect\": \"gevoel\": not opzet, bestaan or werking",
	    "Aantoning, row 2, column \"soort\": \"roddel\": not a kind of evidence (document, "
	    "zelfevaluatie, audit, pentest, red team, anders, or the English words)",
	    "Aantoning, row 3, column \"wat\": no description of the evidence",
	    "Criteria, row 2, column \"criterium\": \"kwaliteit\": not a criterion of the "
	    "catalogue's maturity model",
	    "Criteria, row 4, column \"criterium\": \"owner\": this criterion is met twice by "
	    "requirement H1.1",
	};
	big_workbook *wb = csv_book(MAIN_HEAD, "x-Kenmerken.csv",
				    "kenmerk;waarde\ninwoners;veel\ninwoners;12\ninwoners;13\n");
	static const struct {
		const char *file, *text;
	} more[] = {
	    {"x-Acties.csv", "id;verbetermaatregel;eigenaar;streefdatum;status\n"
			     "H1.1;;IT;;gepland\nH1.1;Testen;;;\nH1.1;Testen;;;bijna\n"
			     "H1.1;Testen;;morgen;gereed\nH1.1;Testen;;1-4-2026;In Progress\n"},
	    {"x-Bewijs.csv", "id;bewijs\nH1.1;\n"},
	    {"x-Aantoning.csv", "id;aspect;soort;wat;waar;datum\nH1.1;gevoel;roddel;x;;\n"
				"H1.1;opzet;audit;;;\n"},
	    {"x-Criteria.csv", "id;criterium\nH1.1;kwaliteit\nH1.1;owner\nH1.1;owner\n"},
	};
	for (size_t i = 0; i < 4; i++)
		assert_big_ok(
		    big_workbook_add_csv(wb, more[i].file, more[i].text, strlen(more[i].text)));
	expect_errors(wb, false, want, 12);
}
END_TEST

/* Words in either language, any case, trimmed; dates as Excel writes them. */
START_TEST(test_words_and_dates)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_workbook *wb = csv_book(MAIN_HEAD "H1.1;  GEÏMPLEMENTEERD ;3.0;;;1-3-2026\n"
					      "H1.2;gedeeltelijk;;;;01-12-2026\n"
					      "H2.1;Partially_Implemented;;;;2026-12-31;;Ja;no;\n"
					      "H2.2;risico geaccepteerd\n",
				    NULL, NULL);
	big_assessment *a = NULL;
	assert_big_ok(big_workbook_import(&a, wb, cat, NULL));
	ck_assert_int_eq(big_result_status(big_assessment_result(a, "H1.1")),
			 BIG_STATUS_IMPLEMENTED);
	ck_assert_int_eq(big_result_maturity(big_assessment_result(a, "H1.1")), 3);
	ck_assert_str_eq(big_result_expires(big_assessment_result(a, "H1.1")), "2026-03-01");
	ck_assert_str_eq(big_result_expires(big_assessment_result(a, "H1.2")), "2026-12-01");
	ck_assert_int_eq(big_result_status(big_assessment_result(a, "H2.1")),
			 BIG_STATUS_PARTIALLY_IMPLEMENTED);
	ck_assert(big_demonstration_demonstrated(
	    big_result_demonstration(big_assessment_result(a, "H2.1"), BIG_DIMENSION_OPZET)));
	ck_assert(!big_demonstration_demonstrated(
	    big_result_demonstration(big_assessment_result(a, "H2.1"), BIG_DIMENSION_BESTAAN)));
	ck_assert_int_eq(big_result_status(big_assessment_result(a, "H2.2")),
			 BIG_STATUS_RISK_ACCEPTED);
	big_assessment_free(a);
	big_workbook_free(wb);
	big_catalogue_free(cat);

	/* Serial days in an XLSX date cell (BIG_CELL_NUMBER), as the XLSX reader
	 * gives them; and text that is not a date. */
	static const struct {
		const char *text;
		bool number;
		const char *want; /* NULL: an error */
	} dates[] = {
	    {"45931", true, "2025-10-01"}, /* Excel: 1 October 2025 */
	    {"61", true, "1900-03-01"},
	    {"59", true, "1900-02-28"},
	    {"1", true, "1900-01-01"},
	    {"45931.75", true, "2025-10-01"},
	    {"60", true, NULL}, /* Excel's 29 February 1900 */
	    {"0", true, NULL},
	    {"2958466", true, NULL},
	    {"45931", false, NULL},
	    {"2026-13-01", false, NULL},
	    {"29-2-2025", false, NULL},
	    {"29-2-2024", false, "2024-02-29"},
	    {"2026/01/01", false, NULL},
	    {"morgen", false, NULL},
	    {"1-1-99", false, NULL},
	    {" 2026-01-02 ", false, "2026-01-02"},
	};
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		cat = test_load_catalogue("model-catalogue.json");
		wb = csv_book(MAIN_HEAD "H1.1;;;;;x\n", NULL, NULL);
		struct big_sheet *sh = &wb->book.sheets[0];
		struct big_cell *c = &sh->cells[sh->cols + 5];
		c->text = dates[i].text;
		c->kind = dates[i].number ? BIG_CELL_NUMBER : BIG_CELL_TEXT;
		int rc = big_workbook_import(&a, wb, cat, NULL);
		if (dates[i].want) {
			ck_assert_msg(rc == 0, "%s: %s", dates[i].text, big_error_last()->message);
			ck_assert_str_eq(big_result_expires(big_assessment_result(a, "H1.1")),
					 dates[i].want);
		} else {
			ck_assert_msg(rc == BIG_ESCHEMA, "%s was taken for a date", dates[i].text);
		}
		big_assessment_free(a);
		a = NULL;
		big_workbook_free(wb);
		big_catalogue_free(cat);
	}
}
END_TEST

/* The CSV reader: quoting, both separators, BOM, line ends, limits. */
START_TEST(test_csv_read)
{
	big_workbook *wb = NULL;
	static const char text[] = "\xef\xbb\xbf"
				   "a;\"b;c\";\"d\"\"e\"\r\n"
				   "\"regel 1\nregel 2\";;x\r"
				   "\r\n"
				   "1,5\n";
	assert_big_ok(big_workbook_new(&wb));
	assert_big_ok(big_workbook_add_csv(wb, "t.csv", text, sizeof(text) - 1));
	const struct big_sheet *s = &wb->book.sheets[0];
	ck_assert_uint_eq(s->rows, 4);
	ck_assert_uint_eq(s->cols, 3);
	ck_assert_str_eq(s->cells[1].text, "b;c");
	ck_assert_str_eq(s->cells[2].text, "d\"e");
	ck_assert_str_eq(s->cells[3].text, "regel 1\nregel 2");
	ck_assert_int_eq(s->cells[4].kind, BIG_CELL_EMPTY);
	ck_assert_int_eq(s->cells[6].kind, BIG_CELL_EMPTY); /* the empty line */
	ck_assert_str_eq(s->cells[9].text, "1,5");
	/* Commas when the heading row has more of them. */
	assert_big_ok(big_workbook_add_csv(wb, "t-Acties.csv", "a,b;c\n1,2\n", 10));
	ck_assert_uint_eq(wb->book.sheets[1].cols, 2);
	ck_assert_str_eq(wb->book.sheets[1].cells[1].text, "b;c");
	/* Windows-1252: an error naming the row, column and byte. */
	assert_big_fails(big_workbook_add_csv(wb, "w-Bewijs.csv", "id\nCaf\xe9\n", 8), BIG_EUTF8);
	ck_assert_str_eq(big_error_last()->message,
			 "w-Bewijs.csv: row 2, column 1: byte 0xE9 (byte 4 of the field) is not "
			 "UTF-8 (save the CSV as UTF-8; Windows-1252 and other encodings are not "
			 "read)");
	assert_big_fails(big_workbook_add_csv(wb, "o-Bewijs.csv", "a\n\"open\n", 8), BIG_ESYNTAX);
	ck_assert_str_eq(big_error_last()->message,
			 "o-Bewijs.csv: row 2: a quoted field is not closed");
	assert_big_fails(big_workbook_add_csv(wb, "n-Bewijs.csv", "a\nb\0c\n", 6), BIG_EUTF8);
	/* A 50 MB file is refused before it is read. */
	size_t big_len = 50u << 20;
	char *big_text = calloc(1, big_len);
	ck_assert_ptr_nonnull(big_text);
	assert_big_fails(big_workbook_add_csv(wb, "big-Bewijs.csv", big_text, big_len), BIG_ELIMIT);
	free(big_text);
	/* Too many columns. */
	char wide[2000];
	memset(wide, ',', sizeof(wide));
	assert_big_fails(big_workbook_add_csv(wb, "w-Bewijs.csv", wide, sizeof(wide)), BIG_ELIMIT);
	ck_assert_uint_eq(wb->book.count, 2);
	big_workbook_free(wb);
}
END_TEST

/* The CSV files of folder @name of tests/data/workbook-libreoffice, imported
 * against the model catalogue. */
static char *import_folder(const big_catalogue *cat, const char *name)
{
	char rel[128], *dir, *json = NULL;
	big_workbook *wb = NULL;
	big_assessment *a = NULL;
	struct dirent **list;
	int n;
	snprintf(rel, sizeof(rel), "workbook-libreoffice/%s", name);
	dir = test_data_path(rel);
	n = scandir(dir, &list, NULL, alphasort);
	ck_assert_msg(n > 2, "%s: no files", dir);
	assert_big_ok(big_workbook_new(&wb));
	for (int i = 0; i < n; i++) {
		if (strstr(list[i]->d_name, ".csv")) {
			char path[1024];
			size_t len;
			snprintf(path, sizeof(path), "%s/%s", dir, list[i]->d_name);
			char *data = test_read_file(path, &len);
			ck_assert_ptr_nonnull(data);
			assert_big_ok(big_workbook_add_csv(wb, list[i]->d_name, data, len));
			free(data);
		}
		free(list[i]);
	}
	free(list);
	free(dir);
	int rc = big_workbook_import(&a, wb, cat, NULL);
	assert_no_errors(wb);
	assert_big_ok(rc);
	json = to_json(a);
	big_assessment_free(a);
	big_workbook_free(wb);
	return json;
}

/* A workbook filled by hand, and the same saved again by LibreOffice Calc
 * (tests/data/workbook-libreoffice/make.sh): every text quoted, numbers and
 * dates bare, LF, no byte order mark; both import to expected.json. */
START_TEST(test_libreoffice)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	char *want = test_read_data("workbook-libreoffice/expected.json", NULL);
	char *filled = import_folder(cat, "filled"), *saved = import_folder(cat, "saved");
	ck_assert_str_eq(filled, want);
	ck_assert_str_eq(saved, want);
	if (big_has_feature("xlsx")) { /* the XLSX template Calc saved again */
		size_t len;
		char *data = test_read_data("workbook-libreoffice/saved.xlsx", &len);
		big_workbook *wb = NULL;
		big_assessment *a = NULL;
		assert_big_ok(big_workbook_new(&wb));
		assert_big_ok(big_workbook_add_xlsx(wb, data, len, "saved.xlsx"));
		assert_big_ok(big_workbook_import(&a, wb, cat, NULL));
		char *got = to_json(a);
		ck_assert_str_eq(got, want);
		big_free(got);
		big_assessment_free(a);
		big_workbook_free(wb);
		free(data);
	}
	ck_assert(test_contains(want, "\"share\": 0.25"));
	ck_assert(test_contains(want, "\"explanation\": \"regel 1\\nregel 2\""));
	big_free(filled);
	big_free(saved);
	free(want);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_add_csv_names)
{
	big_workbook *wb = NULL;
	assert_big_ok(big_workbook_new(&wb));
	assert_big_ok(big_workbook_add_csv(wb, "a/b-2026.csv", "id\n", 3));
	assert_big_ok(big_workbook_add_csv(wb, "a/b-2026-ACTIONS.CSV", "id\n", 3));
	assert_big_ok(big_workbook_add_csv(wb, "b-2026-Aantoning.csv", "id\n", 3));
	ck_assert_str_eq(big_workbook_sheet_name(wb, 0), "Vereisten");
	ck_assert_str_eq(big_workbook_sheet_name(wb, 1), "ACTIONS");
	ck_assert_str_eq(big_workbook_sheet_name(wb, 2), "Aantoning");
	assert_big_fails(big_workbook_add_csv(wb, "c-Acties.csv", "id\n", 3), BIG_EDUPLICATE);
	big_workbook_free(wb);
	/* An English requirements file is called so. */
	assert_big_ok(big_workbook_new(&wb));
	assert_big_ok(big_workbook_add_csv(wb, "gm.csv", "id,status,maturity\n", 19));
	ck_assert_str_eq(big_workbook_sheet_name(wb, 0), "Requirements");
	assert_big_fails(big_workbook_add_csv(wb, "gm-Vereisten.csv", "id\n", 3), BIG_EDUPLICATE);
	/* An XLSX file is a whole workbook: not into one with sheets. */
	assert_big_fails(big_workbook_add_xlsx(wb, "PK", 2, "x.xlsx"), BIG_EINVAL);
	assert_big_fails(big_workbook_add_csv(wb, "other.csv", "id\n", 3), BIG_EDUPLICATE);
	big_workbook_free(wb);
}
END_TEST

/* What is not an XLSX file is refused, and leaves the workbook empty; a
 * CSV file cannot join an XLSX workbook. */
START_TEST(test_not_xlsx)
{
	static const char text[] = "id;status\nH1.1;implemented\n";
	big_workbook *wb = NULL;
	assert_big_ok(big_workbook_new(&wb));
	int rc = big_workbook_add_xlsx(wb, text, sizeof(text) - 1, "fake.xlsx");
	ck_assert_uint_eq(big_workbook_sheet_count(wb), 0);
	if (big_has_feature("xlsx")) {
		ck_assert_int_eq(rc, BIG_ESYNTAX);
		ck_assert_int_eq(big_error_last()->code, BIG_ESYNTAX);
		ck_assert_str_eq(big_error_last()->message,
				 "fake.xlsx: not an XLSX workbook (not a zip archive)");
	} else {
		ck_assert_int_eq(rc, BIG_EUNSUPPORTED);
		ck_assert(test_contains(big_error_last()->message, "built without XLSX"));
	}
	if (big_has_feature("xlsx")) {
		size_t len;
		char *data = test_read_data("workbook-libreoffice/saved.xlsx", &len);
		assert_big_ok(big_workbook_add_xlsx(wb, data, len, "saved.xlsx"));
		assert_big_fails(big_workbook_add_csv(wb, "x-Acties.csv", "id\n", 3), BIG_EINVAL);
		free(data);
	}
	big_workbook_free(wb);
}
END_TEST

START_TEST(test_bad_arguments)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_workbook_options o = BIG_WORKBOOK_OPTIONS_INIT;
	big_workbook *wb = NULL;
	assert_big_fails(big_workbook_template(&wb, cat, &o), BIG_EINVAL);
	o.organisation_id = "GM0363";
	o.period = "2026";
	o.lang = "de";
	assert_big_fails(big_workbook_template(&wb, cat, &o), BIG_EINVAL);
	o.lang = NULL;
	o.profile = "geen";
	assert_big_fails(big_workbook_template(&wb, cat, &o), BIG_ENOTFOUND);
	o.profile = NULL;
	o.version = 99;
	assert_big_fails(big_workbook_template(&wb, cat, &o), BIG_EINVAL);
	ck_assert_ptr_null(wb);
	o.version = BIG_WORKBOOK_OPTIONS_VERSION;
	assert_big_ok(big_workbook_template(&wb, cat, &o));
	char *csv = NULL;
	assert_big_fails(big_workbook_sheet_to_csv(&csv, NULL, wb, 99, BIG_WORKBOOK_CSV_EXCEL),
			 BIG_EINVAL);
	assert_big_fails(big_workbook_sheet_to_csv(&csv, NULL, wb, 0, (big_workbook_csv)7),
			 BIG_EINVAL);
	big_workbook_free(wb);
	big_workbook_free(NULL);
	big_catalogue_free(cat);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("workbook");
	TCase *tc = tcase_create("workbook");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_round_trip_generated);
	tcase_add_test(tc, test_round_trip_demo);
	tcase_add_test(tc, test_template_shape);
	tcase_add_test(tc, test_previous_period);
	tcase_add_test(tc, test_previous_actions);
	tcase_add_test(tc, test_errors_all_at_once);
	tcase_add_test(tc, test_error_unknown_id);
	tcase_add_test(tc, test_error_sheets_and_columns);
	tcase_add_test(tc, test_error_formula);
	tcase_add_test(tc, test_error_organisation);
	tcase_add_test(tc, test_error_other_sheets);
	tcase_add_test(tc, test_error_cap);
	tcase_add_test(tc, test_words_and_dates);
	tcase_add_test(tc, test_csv_read);
	tcase_add_test(tc, test_add_csv_names);
	tcase_add_test(tc, test_libreoffice);
	tcase_add_test(tc, test_bad_arguments);
	tcase_add_test(tc, test_not_xlsx);
	suite_add_tcase(s, tc);
	return test_run_suite(s);
}
