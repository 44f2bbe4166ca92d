/*
 * libbig tests — suite "texts": text overlays (`libbig.texts`, texts.h):
 * loading over a catalogue and its errors, the titles and texts they give,
 * and the report's outputs with and without the texts shown.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

static big_texts *load_texts(const char *json, const big_load_options *opts)
{
	big_texts *t = NULL;
	assert_big_ok(big_texts_load_buffer(&t, test_worked, json, strlen(json), opts));
	return t;
}

/* Loading @json fails with @code at @path. */
static void fails(const char *json, const big_load_options *opts, int code, const char *path)
{
	big_texts *t = (big_texts *)1;
	assert_big_fails(big_texts_load_buffer(&t, test_worked, json, strlen(json), opts), code);
	ck_assert_ptr_null(t);
	ck_assert_msg(big_error_last()->path && strcmp(big_error_last()->path, path) == 0,
		      "path %s, expected %s (%s)", big_error_last()->path, path,
		      big_error_last()->message);
}

#define HEAD                                                                             \
	"{\"format\": \"libbig.texts\", \"format_version\": 1, \"catalogue\": {\"id\": " \
	"\"worked-example\", \"version\": \"1\"}, "

static const big_load_options strict = {BIG_LOAD_OPTIONS_VERSION, BIG_LOAD_STRICT, 0, 0, NULL};

START_TEST(test_fixture)
{
	big_texts *t = NULL;
	char *path = test_data_path("worked-texts.json");
	assert_big_ok(big_texts_load_file(&t, test_worked, path, &strict));
	free(path);
	ck_assert_ptr_eq(big_texts_catalogue(t), test_worked);
	ck_assert_str_eq(big_texts_language(t), "en");
	ck_assert_str_eq(big_texts_source(t), "Written for the tests of libbig");
	ck_assert_str_eq(big_texts_licence(t), "CC0-1.0");
	ck_assert_str_eq(big_texts_fingerprint(t), "");
	ck_assert_uint_eq(big_texts_count(t), 3);
	ck_assert_uint_eq(big_texts_diagnostic_count(t), 0);
	const big_node *a2 = big_catalogue_find(test_worked, "A.2");
	const big_node *b1 = big_catalogue_find(test_worked, "B.1");
	const big_node *a1 = big_catalogue_find(test_worked, "A.1");
	ck_assert_str_eq(big_texts_node_title(t, a2), "Keep an asset register");
	ck_assert(test_contains(big_texts_node_text(t, a2), "\"reviewed\" yearly.\nEach"));
	ck_assert_ptr_null(big_texts_node_title(t, b1));
	ck_assert_str_eq(big_texts_node_text(t, b1), "Backups are made and tested.");
	ck_assert_ptr_null(big_texts_node_title(t, a1));
	ck_assert_ptr_null(big_texts_node_text(t, a1));
	ck_assert_ptr_null(big_texts_node_text(t, NULL));
	/* The catalogue is in English, as the overlay: its titles replace the
	 * default ones and the English ones, not those of another language. */
	ck_assert_str_eq(big_texts_title_lang(t, a2, NULL), "Keep an asset register");
	ck_assert_str_eq(big_texts_title_lang(t, a2, "en-GB"), "Keep an asset register");
	ck_assert_str_eq(big_texts_title_lang(t, a2, "nl"), "Requirement A.2");
	ck_assert_str_eq(big_texts_title_lang(t, b1, ""), "Requirement B.1");
	big_texts_free(t);
	big_texts_free(NULL);
}
END_TEST

START_TEST(test_fingerprint_kept)
{
	big_texts *t = load_texts(HEAD "\"language\": \"nl\", \"texts\": {}}", NULL);
	ck_assert_str_eq(big_texts_fingerprint(t), "");
	ck_assert_uint_eq(big_texts_count(t), 0);
	big_texts_free(t);
	char json[512];
	snprintf(json, sizeof(json),
		 "{\"format\": \"libbig.texts\", \"format_version\": 1, \"catalogue\": "
		 "{\"id\": \"worked-example\", \"version\": \"1\", \"fingerprint\": "
		 "\"%s\"}, \"language\": \"nl\", \"texts\": {}}",
		 test_fingerprint(test_worked));
	t = load_texts(json, &strict);
	ck_assert_str_eq(big_texts_fingerprint(t), test_fingerprint(test_worked));
	big_texts_free(t);
	/* Another content under the same id and version: refused. */
	fails("{\"format\": \"libbig.texts\", \"format_version\": 1, \"catalogue\": "
	      "{\"id\": \"worked-example\", \"version\": \"1\", \"fingerprint\": "
	      "\"sha256:0000\"}, \"language\": \"nl\", \"texts\": {}}",
	      NULL, BIG_EMISMATCH, "$.catalogue.fingerprint");
}
END_TEST

START_TEST(test_errors)
{
	fails("{\"format\": \"libbig.mapping\", \"format_version\": 1}", NULL, BIG_EVERSION,
	      "$.format");
	fails("{\"format\": \"libbig.texts\", \"format_version\": 2}", NULL, BIG_EVERSION,
	      "$.format_version");
	fails("{\"format\": \"libbig.texts\", \"format_version\": 1, \"catalogue\": {\"id\": "
	      "\"worked-example\", \"version\": \"2\"}, \"language\": \"en\", \"texts\": {}}",
	      NULL, BIG_EMISMATCH, "$.catalogue");
	ck_assert(test_contains(big_error_last()->message,
				"texts are for catalogue worked-example 2, but catalogue "
				"worked-example 1 was given"));
	fails("{\"format\": \"libbig.texts\", \"format_version\": 1, \"catalogue\": {\"id\": "
	      "\"worked-example\"}, \"language\": \"en\", \"texts\": {}}",
	      NULL, BIG_ESCHEMA, "$.catalogue.version");
	fails(HEAD "\"texts\": {}}", NULL, BIG_ESCHEMA, "$.language");
	fails(HEAD "\"language\": \"english\", \"texts\": {}}", NULL, BIG_ESCHEMA, "$.language");
	ck_assert(test_contains(big_error_last()->message, "not a language tag"));
	fails(HEAD "\"language\": 7, \"texts\": {}}", NULL, BIG_ESCHEMA, "$.language");
	fails(HEAD "\"language\": \"en\"}", NULL, BIG_ESCHEMA, "$.texts");
	fails(HEAD "\"language\": \"en\", \"texts\": []}", NULL, BIG_ESCHEMA, "$.texts");
	fails(HEAD "\"language\": \"en\", \"texts\": {\"A.1\": {}}}", NULL, BIG_ESCHEMA,
	      "$.texts[\"A.1\"]");
	ck_assert(test_contains(big_error_last()->message, "neither a title nor a text"));
	fails(HEAD "\"language\": \"en\", \"texts\": {\"A.1\": \"x\"}}", NULL, BIG_ESCHEMA,
	      "$.texts[\"A.1\"]");
	fails(HEAD "\"language\": \"en\", \"texts\": {\"A.1\": {\"title\": 1}}}", NULL, BIG_ESCHEMA,
	      "$.texts[\"A.1\"].title");
	fails(HEAD "\"language\": \"en\", \"texts\": {\"A.1\": {\"title\": \" \"}}}", NULL,
	      BIG_ESCHEMA, "$.texts[\"A.1\"].title");
	fails(HEAD "\"language\": \"en\", \"texts\": {\"A.1\": {\"text\": \"\"}}}", NULL,
	      BIG_ESCHEMA, "$.texts[\"A.1\"].text");
	fails(HEAD "\"language\": \"en\", \"texts\": {\"\": {\"text\": \"x\"}}}", NULL, BIG_ESCHEMA,
	      "$.texts[\"\"]");
	fails(HEAD "\"language\": \"en\", \"texts\": {\"A.1\": {\"text\": \"x\"}, \"A.1\": "
		   "{\"text\": \"y\"}}}",
	      NULL, BIG_EDUPLICATE, "$.texts[\"A.1\"]");
	/* Unknown fields: diagnostics, errors in strict mode. */
	fails(HEAD "\"language\": \"en\", \"texts\": {\"A.1\": {\"text\": \"x\", \"note\": 1}}}",
	      &strict, BIG_ESCHEMA, "$.texts[\"A.1\"].note");
	/* The limits of every loader. */
	big_load_options small = BIG_LOAD_OPTIONS_INIT;
	small.max_bytes = 64;
	fails(HEAD "\"language\": \"en\", \"texts\": {}}", &small, BIG_ELIMIT, "");
	small.max_bytes = 0;
	small.max_depth = 2;
	fails(HEAD "\"language\": \"en\", \"texts\": {\"A.1\": {\"text\": \"x\"}}}", &small,
	      BIG_ELIMIT, "");
	big_texts *t = NULL;
	assert_big_fails(big_texts_load_buffer(&t, NULL, "{}", 2, NULL), BIG_EINVAL);
	assert_big_fails(big_texts_load_buffer(NULL, test_worked, "{}", 2, NULL), BIG_EINVAL);
	fails("{\"format\": \"libbig.texts\",", NULL, BIG_ESYNTAX, "");
}
END_TEST

START_TEST(test_unknown_node)
{
	static const char json[] = HEAD "\"language\": \"en\", \"texts\": {\"A.1\": {\"text\": "
					"\"x\"}, \"Z.9\": {\"title\": \"gone\"}, \"x\\ny\": "
					"{\"text\": \"y\"}}}";
	big_texts *t = load_texts(json, NULL);
	ck_assert_uint_eq(big_texts_count(t), 1);
	ck_assert_uint_eq(big_texts_diagnostic_count(t), 2);
	const big_diagnostic *d = big_texts_diagnostic(t, 0);
	ck_assert_str_eq(d->code, "unknown-node");
	ck_assert_str_eq(d->path, "$.texts[\"Z.9\"]");
	ck_assert(test_contains(d->message, "catalogue worked-example 1 has no node \"Z.9\""));
	d = big_texts_diagnostic(t, 1);
	ck_assert_str_eq(d->path, "$.texts[\"x\\ny\"]");
	ck_assert(!strchr(d->message, '\n'));
	ck_assert_ptr_null(big_texts_diagnostic(t, 2));
	big_texts_free(t);
	fails(json, &strict, BIG_ENOTFOUND, "$.texts[\"Z.9\"]");
}
END_TEST

START_TEST(test_control_characters)
{
	/* In a title as in any title: a warning, an error when strict; a text
	 * is free text. */
	static const char json[] = HEAD "\"language\": \"en\", \"texts\": {\"A.1\": {\"title\": "
					"\"a\\u001bb\", \"text\": \"line\\n\\tline\\u001b\"}}}";
	big_texts *t = load_texts(json, NULL);
	ck_assert_uint_eq(big_texts_diagnostic_count(t), 1);
	ck_assert_str_eq(big_texts_diagnostic(t, 0)->code, "control-character");
	ck_assert_str_eq(big_texts_diagnostic(t, 0)->path, "$.texts[\"A.1\"].title");
	ck_assert_str_eq(big_texts_node_text(t, big_catalogue_find(test_worked, "A.1")),
			 "line\n\tline\x1b");
	big_texts_free(t);
	fails(json, &strict, BIG_ESCHEMA, "$.texts[\"A.1\"].title");
}
END_TEST

START_TEST(test_document_head)
{
	size_t len;
	char *text = test_read_data("worked-texts.json", &len);
	big_document_head *h = NULL;
	assert_big_ok(big_document_head_read(&h, text, len, NULL));
	ck_assert_int_eq(big_document_head_kind(h), BIG_DOCUMENT_TEXTS);
	ck_assert_str_eq(big_document_head_catalogue_id(h), "worked-example");
	ck_assert_str_eq(big_document_head_catalogue_version(h), "1");
	ck_assert_str_eq(big_document_kind_name(BIG_DOCUMENT_TEXTS), "libbig.texts");
	big_document_head_free(h);
	free(text);
}
END_TEST

static big_texts *fixture(void)
{
	big_texts *t = NULL;
	char *path = test_data_path("worked-texts.json");
	assert_big_ok(big_texts_load_file(&t, test_worked, path, NULL));
	free(path);
	return t;
}

static char *write(const big_report *r,
		   int (*fn)(char **, size_t *, const big_report *, unsigned int))
{
	char *text = NULL;
	assert_big_ok(fn(&text, NULL, r, 0));
	return text;
}

/* The gap list of docs/formats.md, "libbig.texts": the worked example with
 * the overlay and its texts shown. */
static const char worked_gaps[] =
    "rank,id,title,kinds,size,status,maturity,tag,mandatory,weight,owner,open_actions,"
    "without_action,overdue,next_due,text\r\n"
    "1,B.1,Requirement B.1,implementation,1,risk_accepted,,,true,1,,0,true,false,,Backups are "
    "made and tested.\r\n"
    "2,B.2,Requirement B.2,implementation,1,not_assessed,,,false,3,,0,true,false,,\r\n"
    "3,B.3,Requirement B.3,implementation|explanation,1,not_applicable,,,false,1,,0,true,false,,"
    "\r\n"
    "4,A.2,Keep an asset register,implementation|maturity,0.5,partially_implemented,2,,false,"
    "1,,0,true,false,,\"The organisation keeps a register of its assets, \"\"reviewed\"\" yearly.\n"
    "Each asset has an owner.\"\r\n";

START_TEST(test_report_with_texts)
{
	big_texts *t = fixture();
	big_score_options o = BIG_SCORE_OPTIONS_INIT;
	big_report *plain = NULL, *titled = NULL, *shown = NULL;
	assert_big_ok(big_score(&plain, test_worked_a, NULL));
	o.texts = t;
	assert_big_ok(big_score(&titled, test_worked_a, &o));
	o.include_text = true;
	assert_big_ok(big_score(&shown, test_worked_a, &o));
	big_texts_free(t); /* the reports keep it */

	ck_assert_ptr_null(big_report_texts(plain));
	ck_assert_ptr_eq(big_report_texts(shown), t);
	ck_assert(!big_report_include_text(titled));
	ck_assert(big_report_include_text(shown));
	const big_node *a2 = big_catalogue_find(test_worked, "A.2");
	ck_assert_str_eq(big_report_node_title(plain, a2), "Requirement A.2");
	ck_assert_str_eq(big_report_node_title(shown, a2), "Keep an asset register");
	ck_assert(test_contains(big_report_node_text(shown, a2), "Each asset"));
	ck_assert_ptr_null(big_report_node_text(plain, a2));

	char *json = write(titled, big_report_to_json);
	ck_assert(test_contains(json, "\"title\": \"Keep an asset register\""));
	ck_assert(test_contains(json, "\"title\": \"Operations\""));
	ck_assert(test_contains(json, "\"lang\"") == 0);
	ck_assert(test_contains(json, "\"texts\": \"en\""));
	ck_assert(!test_contains(json, "\"text\""));
	big_free(json);

	json = write(shown, big_report_to_json);
	ck_assert(test_contains(json, "\"include_text\": true"));
	ck_assert(test_contains(json, "\"title\": \"Keep an asset register\",\n      \"text\": "
				      "\"The organisation keeps a register of its assets, "
				      "\\\"reviewed\\\" yearly.\\nEach asset has an owner.\""));
	ck_assert(test_contains(json, "\"title\": \"Requirement A.1\",\n      \"text\": null"));
	ck_assert(test_contains(json, "\"overdue\": false,\n      \"text\": \"Backups are made and "
				      "tested.\""));
	big_free(json);

	char *csv = write(shown, big_report_to_csv);
	ck_assert(test_contains(csv, ",werking,text\r\n"));
	ck_assert(test_contains(csv, "\r\n,overall,Worked example of docs/scoring.md,,"));
	ck_assert(test_contains(csv, "B,chapter,Operations,0,"));
	ck_assert(test_contains(csv, ",Backups are made and tested.\r\n"));
	big_free(csv);
	char *gaps = write(shown, big_report_gaps_to_csv);
	ck_assert_str_eq(gaps, worked_gaps);
	big_free(gaps);

	/* Without the overlay and the option: not a byte changed. */
	char *before = test_read_data("worked-gaps.csv", NULL);
	gaps = write(plain, big_report_gaps_to_csv);
	ck_assert_str_eq(gaps, before);
	big_free(gaps);
	free(before);

	big_report_free(plain);
	big_report_free(titled);
	big_report_free(shown);
}
END_TEST

/* An overlay serves a reader whose language has the same primary subtag,
 * in either direction; its texts follow its titles (docs/formats.md,
 * "libbig.texts"). */
START_TEST(test_regional_language)
{
	static const char json[] = HEAD "\"language\": \"%s\", \"texts\": {\"A.2\": "
					"{\"title\": \"Asset register\", \"text\": \"Kept.\"}}}";
	static const struct {
		const char *overlay, *report; /* "": no lang option (the catalogue's: en) */
		bool serves;
	} cases[] = {
	    {"en-GB", "", true},      {"en-GB", "en", true}, {"en", "en-GB", true},
	    {"EN-gb", "en-US", true}, {"en", "", true},      {"en-GB", "nl", false},
	    {"nl-NL", "nl", true},    {"nl", "nl-BE", true}, {"nl-NL", "", false},
	    {"eng", "en", false},
	};
	const big_node *a2 = big_catalogue_find(test_worked, "A.2");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char buf[512];
		snprintf(buf, sizeof(buf), json, cases[i].overlay);
		big_texts *t = load_texts(buf, &strict);
		big_score_options o = BIG_SCORE_OPTIONS_INIT;
		big_report *r = NULL;
		o.texts = t;
		o.include_text = true;
		o.lang = *cases[i].report ? cases[i].report : NULL;
		assert_big_ok(big_score(&r, test_worked_a, &o));
		const char *title = big_report_node_title(r, a2);
		const char *text = big_report_node_text(r, a2);
		ck_assert_msg(
		    strcmp(title, cases[i].serves ? "Asset register" : "Requirement A.2") == 0,
		    "overlay %s, report %s: title %s", cases[i].overlay, cases[i].report, title);
		ck_assert_msg(cases[i].serves ? text && strcmp(text, "Kept.") == 0 : text == NULL,
			      "overlay %s, report %s: text %s", cases[i].overlay, cases[i].report,
			      text ? text : "(null)");
		ck_assert_str_eq(big_texts_title_lang(t, a2, o.lang), title);
		char *csv = write(r, big_report_gaps_to_csv);
		ck_assert(test_contains(csv, ",Kept.\r\n") == cases[i].serves);
		big_free(csv);
		big_report_free(r);
		big_texts_free(t);
	}
}
END_TEST

START_TEST(test_include_text_without_texts)
{
	big_score_options o = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	o.include_text = true;
	assert_big_ok(big_score(&r, test_worked_a, &o));
	char *gaps = write(r, big_report_gaps_to_csv);
	ck_assert(test_contains(gaps, ",next_due,text\r\n1,B.1,Requirement B.1,"));
	ck_assert(test_contains(gaps, "false,1,,0,true,false,,\r\n"));
	big_free(gaps);
	big_report_free(r);
}
END_TEST

START_TEST(test_score_with_texts_of_another_catalogue)
{
	big_catalogue *other = test_load_catalogue("small-catalogue.json");
	static const char json[] = "{\"format\": \"libbig.texts\", \"format_version\": 1, "
				   "\"catalogue\": {\"id\": \"%s\", \"version\": \"%s\"}, "
				   "\"language\": \"en\", \"texts\": {}}";
	char buf[512];
	snprintf(buf, sizeof(buf), json, big_catalogue_id(other), big_catalogue_version(other));
	big_texts *t = NULL;
	assert_big_ok(big_texts_load_buffer(&t, other, buf, strlen(buf), NULL));
	big_score_options o = BIG_SCORE_OPTIONS_INIT;
	o.texts = t;
	big_report *r = (big_report *)1;
	assert_big_fails(big_score(&r, test_worked_a, &o), BIG_EMISMATCH);
	ck_assert_ptr_null(r);
	/* The same catalogue loaded twice has the same nodes: taken. */
	big_catalogue *again = test_load_catalogue("worked-catalogue.json");
	big_texts *u = NULL;
	size_t len;
	char *text = test_read_data("worked-texts.json", &len);
	assert_big_ok(big_texts_load_buffer(&u, again, text, len, NULL));
	o.texts = u;
	assert_big_ok(big_score(&r, test_worked_a, &o));
	ck_assert_str_eq(big_report_node_title(r, big_catalogue_find(test_worked, "A.2")),
			 "Keep an asset register");
	big_report_free(r);
	big_texts_free(u);
	big_texts_free(t);
	free(text);
	big_catalogue_free(again);
	big_catalogue_free(other);
}
END_TEST

static Suite *texts_suite(void)
{
	Suite *s = suite_create("texts");
	TCase *tc = tcase_create("texts");
	tcase_add_checked_fixture(tc, test_worked_setup, test_worked_teardown);
	tcase_add_test(tc, test_fixture);
	tcase_add_test(tc, test_fingerprint_kept);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_unknown_node);
	tcase_add_test(tc, test_control_characters);
	tcase_add_test(tc, test_document_head);
	tcase_add_test(tc, test_report_with_texts);
	tcase_add_test(tc, test_include_text_without_texts);
	tcase_add_test(tc, test_regional_language);
	tcase_add_test(tc, test_score_with_texts_of_another_catalogue);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(texts_suite());
}
