/*
 * libbig tests — suite "titles": a node's titles per language (`titles` of
 * docs/formats.md), big_node_title_lang() and its fallbacks, and the `lang`
 * option that every output takes its node titles in: reports (JSON, CSV,
 * gaps), comparisons, aggregates, distributions and migrations; without the
 * option, every output keeps the default titles, byte for byte.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

/* A Dutch catalogue whose nodes carry English titles, one of them without. */
static const char catalogue_json[] =
    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"t\", "
    "\"version\": \"1\", \"language\": \"nl\", \"nodes\": ["
    "{\"id\": \"5\", \"kind\": \"theme\", \"title\": \"Organisatorisch\", "
    " \"titles\": {\"en\": \"Organisational\", \"en-GB\": \"Organisational (GB)\"}, "
    " \"children\": ["
    "  {\"id\": \"5.1\", \"kind\": \"control\", \"title\": \"Beleid\", "
    "   \"titles\": {\"EN\": \"Policies\", \"fy\": \"Belied\"}},"
    "  {\"id\": \"5.2\", \"kind\": \"control\", \"title\": \"Rollen\"}]}], "
    "\"profiles\": [{\"id\": \"alles\", \"title\": \"Alles\", \"titles\": {\"en\": "
    "\"Everything\"}, "
    "\"all\": true}, {\"id\": \"kaal\", \"all\": true}]}";

static const char assessment_json[] =
    "{\"format\": \"libbig.assessment\", \"format_version\": 1, "
    "\"catalogue\": {\"id\": \"t\", \"version\": \"1\"}, "
    "\"organisation\": {\"id\": \"GM0001\"}, \"period\": \"2025\", "
    "\"results\": {\"5.1\": {\"status\": \"partially_implemented\"}}}";

static big_catalogue *cat;
static big_assessment *ass;

static void setup(void)
{
	cat = test_catalogue_from_string(catalogue_json);
	ck_assert_int_eq(
	    big_assessment_load_buffer(&ass, cat, assessment_json, strlen(assessment_json), NULL),
	    0);
}

static void teardown(void)
{
	big_assessment_free(ass);
	big_catalogue_free(cat);
}

START_TEST(test_titles_loaded)
{
	const big_node *theme = big_catalogue_find(cat, "5");
	const big_node *c1 = big_catalogue_find(cat, "5.1");
	const big_node *c2 = big_catalogue_find(cat, "5.2");

	ck_assert_str_eq(big_node_title(theme), "Organisatorisch");
	ck_assert_uint_eq(big_node_title_count(theme), 2);
	ck_assert_str_eq(big_node_title_language(theme, 0), "en");
	ck_assert_str_eq(big_node_title_language(theme, 1), "en-GB");
	ck_assert_ptr_null(big_node_title_language(theme, 2));
	ck_assert_uint_eq(big_node_title_count(c1), 2);
	ck_assert_str_eq(big_node_title_language(c1, 0), "EN"); /* as the document spells it */
	ck_assert_uint_eq(big_node_title_count(c2), 0);
	ck_assert_ptr_null(big_node_title_language(c2, 0));
	/* A profile's titles follow the same rule. */
	const big_profile *p = big_catalogue_find_profile(cat, "alles");
	const big_profile *bare = big_catalogue_find_profile(cat, "kaal");
	ck_assert_str_eq(big_profile_title_lang(p, NULL), "Alles");
	ck_assert_str_eq(big_profile_title_lang(p, ""), "Alles");
	ck_assert_str_eq(big_profile_title_lang(p, "en"), "Everything");
	ck_assert_str_eq(big_profile_title_lang(p, "EN-us"), "Everything");
	ck_assert_str_eq(big_profile_title_lang(p, "fy"), "Alles");
	ck_assert_str_eq(big_profile_title_lang(bare, "en"), "");
}
END_TEST

START_TEST(test_title_lang_fallbacks)
{
	const big_node *theme = big_catalogue_find(cat, "5");
	const big_node *c1 = big_catalogue_find(cat, "5.1");
	const big_node *c2 = big_catalogue_find(cat, "5.2");

	/* The default title: no language, the catalogue's, one it lacks. */
	ck_assert_str_eq(big_node_title_lang(theme, NULL), "Organisatorisch");
	ck_assert_str_eq(big_node_title_lang(theme, ""), "Organisatorisch");
	ck_assert_str_eq(big_node_title_lang(theme, "nl"), "Organisatorisch");
	ck_assert_str_eq(big_node_title_lang(theme, "de"), "Organisatorisch");
	ck_assert_str_eq(big_node_title_lang(c2, "en"), "Rollen");
	/* The same tag, whatever its case. */
	ck_assert_str_eq(big_node_title_lang(theme, "en"), "Organisational");
	ck_assert_str_eq(big_node_title_lang(theme, "EN-gb"), "Organisational (GB)");
	ck_assert_str_eq(big_node_title_lang(c1, "en"), "Policies");
	ck_assert_str_eq(big_node_title_lang(c1, "fy"), "Belied");
	/* The primary subtag for a regional tag the node lacks; never the
	 * other way round. */
	ck_assert_str_eq(big_node_title_lang(c1, "en-US"), "Policies");
	ck_assert_str_eq(big_node_title_lang(theme, "en-US"), "Organisational");
	ck_assert_str_eq(big_node_title_lang(c1, "e"), "Beleid");
	ck_assert_str_eq(big_node_title_lang(c1, "eng"), "Beleid");
}
END_TEST

/* The output @write makes of a report scored with language @lang. */
static char *report_text(const char *lang,
			 int (*write)(char **, size_t *, const big_report *, unsigned int))
{
	big_score_options o = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	char *text = NULL;
	o.lang = lang;
	ck_assert_int_eq(big_score(&r, ass, &o), 0);
	ck_assert_int_eq(write(&text, NULL, r, 0), 0);
	big_report_free(r);
	return text;
}

START_TEST(test_report_outputs)
{
	char *json = report_text("en", big_report_to_json);
	char *csv = report_text("en", big_report_to_csv);
	char *gaps = report_text("en", big_report_gaps_to_csv);
	ck_assert(test_contains(json, "\"title\": \"Organisational\""));
	ck_assert(test_contains(json, "\"title\": \"Policies\""));
	ck_assert(test_contains(json, "\"title\": \"Rollen\"")); /* no English title */
	ck_assert(test_contains(json, "\"id\": \"alles\",\n      \"title\": \"Everything\""));
	ck_assert(test_contains(json, "\"target\": 3,\n    \"lang\": \"en\""));
	ck_assert(!test_contains(json, "Beleid"));
	ck_assert(test_contains(csv, "5,theme,Organisational,0,"));
	ck_assert(test_contains(csv, "5.1,control,Policies,1,"));
	ck_assert(test_contains(gaps, "2,5.1,Policies,"));
	big_free(json);
	big_free(csv);
	big_free(gaps);
}
END_TEST

START_TEST(test_default_outputs_unchanged)
{
	/* No language, "" and the version 1 struct (without `lang`) write the
	 * same bytes: the default titles and no `lang` in the options. */
	big_score_options v1 = {
	    .version = 1, .rollup = BIG_ROLLUP_HIERARCHICAL, .target = -1, .lang = "en"};
	big_report *r = NULL;
	char *by_v1 = NULL;
	char *none = report_text(NULL, big_report_to_json);
	char *empty = report_text("", big_report_to_json);
	ck_assert_int_eq(big_score(&r, ass, &v1), 0);
	ck_assert_int_eq(big_report_to_json(&by_v1, NULL, r, 0), 0);
	ck_assert_str_eq(big_report_lang(r), "");
	ck_assert_str_eq(none, empty);
	ck_assert_str_eq(none, by_v1);
	ck_assert(test_contains(none, "\"title\": \"Beleid\""));
	ck_assert(test_contains(none, "\"title\": \"Alles\""));
	ck_assert(!test_contains(none, "\"lang\""));
	big_report_free(r);
	big_free(none);
	big_free(empty);
	big_free(by_v1);
}
END_TEST

START_TEST(test_bad_lang_option)
{
	big_score_options o = BIG_SCORE_OPTIONS_INIT;
	big_aggregate_options ao = BIG_AGGREGATE_OPTIONS_INIT;
	big_report *r = NULL;
	big_aggregate_report *ag = NULL;
	const big_assessment *as[] = {ass};
	o.lang = "english";
	ck_assert_int_eq(big_score(&r, ass, &o), BIG_EINVAL);
	ck_assert_ptr_null(r);
	ck_assert(test_contains(big_error_last()->message, "english"));
	ao.lang = "e n";
	ck_assert_int_eq(big_aggregate(&ag, as, 1, &ao), BIG_EINVAL);
	ck_assert_ptr_null(ag);
	o.version = BIG_SCORE_OPTIONS_VERSION + 1;
	o.lang = NULL;
	ck_assert_int_eq(big_score(&r, ass, &o), BIG_EINVAL);
}
END_TEST

START_TEST(test_comparison_aggregate_distribution)
{
	big_score_options o = BIG_SCORE_OPTIONS_INIT;
	big_aggregate_options ao = BIG_AGGREGATE_OPTIONS_INIT;
	big_comparison *c = NULL;
	big_aggregate_report *ag = NULL;
	big_distribution *d = NULL;
	big_report *r = NULL;
	const big_assessment *as[] = {ass};
	char *text = NULL;

	o.lang = "en";
	ck_assert_int_eq(big_compare(&c, ass, ass, &o), 0);
	ck_assert_int_eq(big_comparison_to_json(&text, NULL, c, 0), 0);
	ck_assert(test_contains(text, "\"title\": \"Policies\""));
	ck_assert(test_contains(text, "\"lang\": \"en\""));
	big_free(text);
	big_comparison_free(c);

	ao.lang = "en";
	ck_assert_int_eq(big_aggregate(&ag, as, 1, &ao), 0);
	ck_assert_str_eq(big_aggregate_report_lang(ag), "en");
	ck_assert_int_eq(big_aggregate_report_to_json(&text, NULL, ag, 0), 0);
	ck_assert(test_contains(text, "\"title\": \"Organisational\""));
	ck_assert(test_contains(text, "\"lang\": \"en\""));
	big_free(text);
	ck_assert_int_eq(big_aggregate_report_to_csv(&text, NULL, ag, 0), 0);
	ck_assert(test_contains(text, "5.1,control,Policies,1,"));
	big_free(text);
	big_aggregate_report_free(ag);

	/* A distribution takes the language of the (first) report. */
	ck_assert_int_eq(big_score(&r, ass, &o), 0);
	ck_assert_str_eq(big_report_lang(r), "en");
	ck_assert_int_eq(big_distribution_new(&d, (const big_report *const *)&r, 1, NULL), 0);
	ck_assert_str_eq(big_distribution_lang(d), "en");
	ck_assert_int_eq(big_distribution_to_csv(&text, NULL, d, 0), 0);
	ck_assert(test_contains(text, "5.1,control,Policies,1,"));
	big_free(text);
	ck_assert_int_eq(big_distribution_to_json(&text, NULL, d, 0), 0);
	ck_assert(test_contains(text, "\"title\": \"Policies\""));
	big_free(text);
	big_distribution_free(d);
	big_report_free(r);
}
END_TEST

START_TEST(test_migration_csv)
{
	static const char mapping_json[] =
	    "{\"format\": \"libbig.mapping\", \"format_version\": 1, \"id\": \"m\", "
	    "\"source\": {\"id\": \"t\", \"version\": \"1\"}, "
	    "\"target\": {\"id\": \"t\", \"version\": \"1\"}, \"entries\": ["
	    "{\"source\": \"5.1\", \"target\": \"5.1\", \"relationship\": \"equal\"}]}";
	big_migrate_options mo = BIG_MIGRATE_OPTIONS_INIT;
	big_mapping *m = NULL;
	big_migration *mig = NULL;
	char *text = NULL;

	ck_assert_int_eq(big_mapping_load_buffer(&m, mapping_json, strlen(mapping_json), NULL), 0);
	mo.lang = "en";
	ck_assert_int_eq(big_migrate(&mig, ass, m, cat, &mo), 0);
	ck_assert_int_eq(big_migration_to_csv(&text, NULL, mig, 0), 0);
	ck_assert(test_contains(text, "migrated,5.1,Policies,"));
	ck_assert(test_contains(text, "unmapped_target,5.2,Rollen,"));
	big_free(text);
	big_migration_free(mig);
	mo.lang = "-";
	ck_assert_int_eq(big_migrate(&mig, ass, m, cat, &mo), BIG_EINVAL);
	big_mapping_free(m);
}
END_TEST

/* BIO2 built in: Dutch by default, English on request (issue 18). */
START_TEST(test_builtin_bio2_titles)
{
	static const char *const names[] = {"bio2-1.2", "bio2-1.3"};
	for (size_t k = 0; k < 2; k++) {
		big_catalogue *b = NULL;
		ck_assert_int_eq(big_catalogue_builtin(&b, names[k]), 0);
		ck_assert_str_eq(big_catalogue_language(b), "nl");
		const big_node *n = big_catalogue_find(b, "5");
		ck_assert_str_eq(big_node_title(n), "Organisatorische beheersmaatregelen");
		ck_assert_str_eq(big_node_title_lang(n, "en"), "Organisational controls");
		n = big_catalogue_find(b, "5.1");
		ck_assert_str_eq(big_node_title(n), "Beleid voor informatiebeveiliging");
		ck_assert_str_eq(big_node_title_lang(n, "en"), "Policies for information security");
		/* Every profile has an English title too. */
		for (size_t i = 0; i < big_catalogue_profile_count(b); i++) {
			const big_profile *p = big_catalogue_profile(b, i);
			ck_assert_msg(strcmp(big_profile_title_lang(p, "en"), big_profile_title(p)),
				      "%s profile %s", names[k], big_profile_id(p));
		}
		/* Every node has a Dutch default and an English title, and no
		 * measure is named by its number. */
		for (size_t i = 0; i < big_catalogue_node_count(b); i++) {
			n = big_catalogue_node(b, i);
			ck_assert_uint_eq(big_node_title_count(n), 1);
			ck_assert_str_eq(big_node_title_language(n, 0), "en");
			ck_assert_msg(strncmp(big_node_title(n), "Overheidsmaatregel", 18) != 0,
				      "%s %s: %s", names[k], big_node_id(n), big_node_title(n));
			ck_assert_msg(
			    strncmp(big_node_title_lang(n, "en"), "Government measure", 18) != 0 &&
				*big_node_title_lang(n, "en"),
			    "%s %s", names[k], big_node_id(n));
		}
		big_catalogue_free(b);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("titles");
	TCase *tc = tcase_create("model");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_titles_loaded);
	tcase_add_test(tc, test_title_lang_fallbacks);
	suite_add_tcase(s, tc);

	tc = tcase_create("outputs");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_report_outputs);
	tcase_add_test(tc, test_default_outputs_unchanged);
	tcase_add_test(tc, test_bad_lang_option);
	tcase_add_test(tc, test_comparison_aggregate_distribution);
	tcase_add_test(tc, test_migration_csv);
	suite_add_tcase(s, tc);

	tc = tcase_create("builtin");
	tcase_add_test(tc, test_builtin_bio2_titles);
	suite_add_tcase(s, tc);
	return test_run_suite(s);
}
