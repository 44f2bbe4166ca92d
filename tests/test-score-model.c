/*
 * Suite 'score-model': worked example 2 of docs/scoring.md — profiles,
 * criteria_met, status_values and tag priority — and the errors of those
 * fields.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

static big_catalogue *cat;
static big_assessment *a;

static void setup(void)
{
	cat = test_load_catalogue("model-catalogue.json");
	a = test_load_assessment(cat, "model-assessment.json");
}

static void teardown(void)
{
	big_assessment_free(a);
	big_catalogue_free(cat);
}

static big_report *score(big_rollup rollup, const char *profile)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	opts.rollup = rollup;
	opts.profile = profile;
	assert_big_ok(big_score(&r, a, &opts));
	return r;
}

START_TEST(test_worked_example_2)
{
	big_report *r = score(BIG_ROLLUP_HIERARCHICAL, NULL);
	const big_scores *s = big_report_overall(r);

	ck_assert_str_eq(big_profile_id(big_report_profile(r)), "bbn2");
	ck_assert_int_eq(big_report_target(r), 2);
	ck_assert(s->has_implementation);
	ck_assert_double_eq(s->implementation, 0.4);
	ck_assert_double_eq(big_report_find(r, "H1")->implementation, 0.8);
	ck_assert_double_eq(big_report_find(r, "H2")->implementation, 0);
	ck_assert_uint_eq(big_report_find(r, "H2")->applicable, 1);
	ck_assert(s->has_maturity);
	ck_assert_double_eq(s->maturity_mean, 1);
	ck_assert_int_eq(s->attained_level, 0);
	ck_assert_double_eq(s->coverage, 1);
	ck_assert_double_eq(s->comply_or_explain, 1.0 / 3);
	ck_assert_uint_eq(s->applicable, 3);
	ck_assert_uint_eq(s->counts[BIG_STATUS_PARTIALLY_IMPLEMENTED], 1);

	/* Tag priority before size: H1.2 (bbn1, g 0.4) before H2.1 (bbn2, g 1). */
	ck_assert_uint_eq(big_report_gap_count(r), 2);
	const big_gap *g = big_report_gap(r, 0);
	ck_assert_str_eq(big_node_id(g->node), "H1.2");
	ck_assert_str_eq(g->tag, "bbn1");
	ck_assert_uint_eq(g->kinds, BIG_GAP_IMPLEMENTATION | BIG_GAP_MATURITY);
	ck_assert_double_eq(g->size, 0.4);
	ck_assert_int_eq(g->maturity, 1);
	g = big_report_gap(r, 1);
	ck_assert_str_eq(big_node_id(g->node), "H2.1");
	ck_assert_str_eq(g->tag, "bbn2");
	ck_assert_double_eq(g->size, 1);
	ck_assert_int_eq(g->maturity, 0);

	/* The derived maturity wins, and the report says so. */
	ck_assert_uint_eq(big_report_diagnostic_count(r), 1);
	ck_assert_str_eq(big_report_diagnostic(r, 0)->code, "maturity-mismatch");
	ck_assert_str_eq(big_report_diagnostic(r, 0)->path, "$.results[\"H1.1\"].maturity");
	big_report_free(r);

	r = score(BIG_ROLLUP_FLAT, NULL);
	ck_assert_double_eq(big_report_overall(r)->implementation, 1.6 / 3);
	big_report_free(r);
}
END_TEST

START_TEST(test_attainment)
{
	static const struct {
		const char *id;
		unsigned requirements, complied;
	} want[] = {{"bbn3", 4, 2},  {"bbn2", 3, 1},  {"bbn1", 2, 1},
		    {"cloud", 2, 1}, {"alles", 5, 2}, {"cloud-bbn1", 3, 2}};
	big_report *r = score(BIG_ROLLUP_HIERARCHICAL, NULL);

	ck_assert_uint_eq(big_report_attainment_count(r), 6);
	for (size_t i = 0; i < 6; i++) {
		const big_attainment *t = big_report_attainment(r, i);
		ck_assert_str_eq(big_profile_id(t->profile), want[i].id);
		ck_assert_uint_eq(t->requirements, want[i].requirements);
		ck_assert_uint_eq(t->complied, want[i].complied);
		ck_assert(!t->attained);
	}
	ck_assert_ptr_null(big_report_attainment(r, 6));
	big_report_free(r);

	/* Implementing H1.2 attains bbn1. */
	assert_big_ok(big_assessment_set_status(a, "H1.2", BIG_STATUS_IMPLEMENTED));
	r = score(BIG_ROLLUP_HIERARCHICAL, NULL);
	ck_assert(big_report_attainment(r, 2)->attained);
	ck_assert(!big_report_attainment(r, 1)->attained);
	big_report_free(r);
}
END_TEST

START_TEST(test_profile_option)
{
	big_report *r = score(BIG_ROLLUP_HIERARCHICAL, "alles");
	ck_assert_uint_eq(big_report_overall(r)->applicable, 5);
	/* alles has priority [cloud]: H1.2 carries it, H2.1 and H2.3 do not. */
	ck_assert_str_eq(big_report_gap(r, 0)->tag, "cloud");
	ck_assert_ptr_null(big_report_gap(r, 1)->tag);
	big_report_free(r);

	/* "" asks for every requirement although the assessment names bbn2. */
	r = score(BIG_ROLLUP_HIERARCHICAL, "");
	ck_assert_ptr_null(big_report_profile(r));
	ck_assert_uint_eq(big_report_overall(r)->applicable, 5);
	big_report_free(r);

	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	opts.profile = "bbn9";
	r = (big_report *)&opts;
	assert_big_fails(big_score(&r, a, &opts), BIG_ENOTFOUND);
	ck_assert_ptr_null(r);
}
END_TEST

START_TEST(test_criteria_api)
{
	const char *met[] = {"owner", "written", "approved", "tested"};
	const big_result *res = big_assessment_result(a, "H1.1");

	ck_assert(big_result_has_criteria(res));
	ck_assert_uint_eq(big_result_criteria_count(res), 3);
	ck_assert_str_eq(big_result_criterion(res, 2), "approved");
	ck_assert_ptr_null(big_result_criterion(res, 3));
	ck_assert_int_eq(big_result_maturity(res), 3);
	ck_assert_int_eq(big_assessment_derived_maturity(a, "H1.1"), 2);
	ck_assert_int_eq(big_assessment_derived_maturity(a, "H2.1"), 0);
	ck_assert_int_eq(big_assessment_derived_maturity(a, "H2.2"), -1);
	ck_assert_double_eq(big_catalogue_status_value(cat, BIG_STATUS_PARTIALLY_IMPLEMENTED), 0.6);
	ck_assert_double_eq(big_catalogue_status_value(cat, BIG_STATUS_IMPLEMENTED), 1);

	assert_big_ok(big_assessment_set_criteria_met(a, "H1.1", met, 4));
	ck_assert_int_eq(big_assessment_derived_maturity(a, "H1.1"), 3);
	assert_big_ok(big_assessment_set_criteria_met(a, "H1.1", NULL, 0));
	ck_assert(!big_result_has_criteria(big_assessment_result(a, "H1.1")));
	ck_assert_int_eq(big_assessment_derived_maturity(a, "H1.1"), -1);
	met[1] = "documented";
	assert_big_fails(big_assessment_set_criteria_met(a, "H1.1", met, 2), BIG_ENOTFOUND);
	met[1] = "owner";
	assert_big_fails(big_assessment_set_criteria_met(a, "H1.1", met, 2), BIG_EINVAL);
	/* The requirement is checked before its criteria. */
	met[1] = "documented";
	assert_big_fails(big_assessment_set_criteria_met(a, "Z.9", met, 2), BIG_ENOTFOUND);
	ck_assert(test_contains(big_error_last()->message, "no node \"Z.9\""));
	met[1] = "written";
	assert_big_fails(big_assessment_set_profile(a, "bbn9"), BIG_ENOTFOUND);
	assert_big_ok(big_assessment_set_profile(a, "cloud"));
	ck_assert_str_eq(big_assessment_profile(a), "cloud");
	assert_big_ok(big_assessment_set_profile(a, NULL));
	ck_assert_str_eq(big_assessment_profile(a), "");
}
END_TEST

START_TEST(test_round_trip)
{
	char *one = NULL, *two = NULL;
	big_assessment *b = NULL;
	assert_big_ok(big_assessment_to_json(&one, NULL, a, 0));
	ck_assert(test_contains(one, "\"criteria_met\": []"));
	ck_assert(test_contains(one, "\"profile\": \"bbn2\""));
	assert_big_ok(big_assessment_load_buffer(&b, cat, one, strlen(one), NULL));
	assert_big_ok(big_assessment_to_json(&two, NULL, b, 0));
	ck_assert_str_eq(one, two);
	big_free(one);
	big_free(two);
	big_assessment_free(b);
}
END_TEST

/* Worked example 3 of docs/scoring.md: the demo BIO2 assessment. */
START_TEST(test_bio2_demo)
{
	static const unsigned counts[BIG_STATUS_COUNT] = {96, 34, 16, 6, 4, 4};
	static const unsigned complied[] = {66, 21, 10, 74, 101};
	big_catalogue *bio2 = NULL;
	big_assessment *demo = NULL;
	char *path = NULL;
	big_report *r[BIG_ROLLUP_COUNT];

	assert_big_ok(big_catalogue_builtin(&bio2, "bio2"));
	path = test_data_path("../../examples/data/demo-assessment.json");
	assert_big_ok(big_assessment_load_file(&demo, bio2, path, NULL));
	free(path);
	for (int k = 0; k < BIG_ROLLUP_COUNT; k++) {
		big_score_options opts = BIG_SCORE_OPTIONS_INIT;
		opts.rollup = (big_rollup)k;
		assert_big_ok(big_score(&r[k], demo, &opts));
	}
	const big_scores *s = big_report_overall(r[0]);
	ck_assert_double_eq(s->implementation, 0.676067093449906);
	ck_assert_double_eq(big_report_overall(r[1])->implementation, 113.0 / 157);
	ck_assert_double_eq(big_report_overall(r[1])->implementation, 0.7197452229299363);
	ck_assert(big_report_overall(r[2])->has_implementation);
	ck_assert_double_eq(big_report_overall(r[2])->implementation, 0);
	ck_assert_double_eq(big_report_find(r[0], "5")->implementation, 0.7045688545688545);
	ck_assert_double_eq(big_report_find(r[0], "6")->implementation, 0.7916666666666666);
	ck_assert_double_eq(big_report_find(r[0], "7")->implementation, 0.5192307692307693);
	ck_assert_double_eq(big_report_find(r[0], "8")->implementation, 0.6888020833333333);
	ck_assert_double_eq(s->maturity_mean, 364.0 / 133);
	ck_assert_int_eq(s->attained_level, 0);
	ck_assert_double_eq(s->coverage, 0.975);
	ck_assert_double_eq(s->comply_or_explain, 0.63125);
	ck_assert_uint_eq(s->applicable, 160);
	for (int st = 0; st < BIG_STATUS_COUNT; st++)
		ck_assert_uint_eq(s->counts[st], counts[st]);
	ck_assert_uint_eq(big_report_exception_count(r[0]), 5);
	/* opzet, bestaan, werking of the 155 requirements not properly explained */
	ck_assert(s->has_demonstration);
	ck_assert_double_eq(s->opzet, 122.0 / 155);
	ck_assert_double_eq(s->bestaan, 105.0 / 155);
	ck_assert_double_eq(s->werking, 81.0 / 155);
	/* 65 without opzet, bestaan and werking, and 15 werking gaps */
	ck_assert_uint_eq(big_report_gap_count(r[0]), 80);
	ck_assert_str_eq(big_node_id(big_report_gap(r[0], 0)->node), "5.12.01");
	ck_assert_str_eq(big_report_gap(r[0], 0)->tag, "basishygiene");
	ck_assert_uint_eq(big_report_diagnostic_count(r[0]), 3);
	ck_assert_str_eq(big_report_diagnostic(r[0], 0)->path, "$.results[\"6.01.01\"].maturity");
	ck_assert_int_eq(big_assessment_derived_maturity(demo, "8.01.01"), 0);
	ck_assert_uint_eq(big_report_attainment_count(r[0]), 5);
	for (size_t i = 0; i < 5; i++) {
		ck_assert_uint_eq(big_report_attainment(r[0], i)->complied, complied[i]);
		ck_assert(!big_report_attainment(r[0], i)->attained);
	}
	for (int k = 0; k < BIG_ROLLUP_COUNT; k++)
		big_report_free(r[k]);
	big_assessment_free(demo);
	big_catalogue_free(bio2);
}
END_TEST

static const struct {
	const char *name;
	const char *results; /* the results object, ' for " */
	const char *extra;   /* further top-level members, or "" */
	int code;
	const char *path;
} bad[] = {
    {"unknown criterion", "{'H1.1':{'status':'implemented','criteria_met':['documented']}}", "",
     BIG_ENOTFOUND, "$.results[\"H1.1\"].criteria_met[0]"},
    {"criterion twice", "{'H1.1':{'status':'implemented','criteria_met':['owner','owner']}}", "",
     BIG_EDUPLICATE, "$.results[\"H1.1\"].criteria_met[1]"},
    {"criteria not an array", "{'H1.1':{'status':'implemented','criteria_met':'owner'}}", "",
     BIG_ESCHEMA, "$.results[\"H1.1\"].criteria_met"},
    {"criterion not a string", "{'H1.1':{'status':'implemented','criteria_met':[3]}}", "",
     BIG_ESCHEMA, "$.results[\"H1.1\"].criteria_met[0]"},
    {"unknown profile", "{}", ",'profile':'bbn9'", BIG_ENOTFOUND, "$.profile"},
    {"profile not a string", "{}", ",'profile':3", BIG_ESCHEMA, "$.profile"},
    {"maturity above the custom model", "{'H1.1':{'status':'implemented','maturity':4}}", "",
     BIG_ERANGE, "$.results[\"H1.1\"].maturity"},
};

START_TEST(test_bad_fields)
{
	char doc[1024];
	big_assessment *b = (big_assessment *)&doc;
	snprintf(doc, sizeof(doc),
		 "{'format':'libbig.assessment','format_version':1,'catalogue':{'id':'model',"
		 "'version':'1'},'organisation':{'id':'GM9902'},'period':'2025','results':%s%s}",
		 bad[_i].results, bad[_i].extra);
	for (char *p = doc; *p; p++)
		if (*p == '\'')
			*p = '"';
	int rc = big_assessment_load_buffer(&b, cat, doc, strlen(doc), NULL);
	ck_assert_msg(rc == bad[_i].code, "%s: %s: %s", bad[_i].name, big_error_name(rc),
		      big_error_last()->message);
	ck_assert_ptr_null(b);
	ck_assert_msg(strcmp(big_error_last()->path, bad[_i].path) == 0, "%s: path %s",
		      bad[_i].name, big_error_last()->path);
}
END_TEST

static const struct {
	const char *name;
	const char *member;
	int code;
	const char *path;
} bad_values[] = {
    {"unknown status", "'status_values':{'done':1}", BIG_ESCHEMA, "$.status_values.done"},
    {"value above 1", "'status_values':{'implemented':2}", BIG_ERANGE,
     "$.status_values.implemented"},
    {"negative value", "'status_values':{'risk_accepted':-0.5}", BIG_ERANGE,
     "$.status_values.risk_accepted"},
    {"not a number", "'status_values':{'implemented':'1'}", BIG_ESCHEMA,
     "$.status_values.implemented"},
    {"not an object", "'status_values':[1]", BIG_ESCHEMA, "$.status_values"},
};

START_TEST(test_bad_status_values)
{
	char doc[512];
	big_catalogue *c = (big_catalogue *)&doc;
	snprintf(doc, sizeof(doc),
		 "{'format':'libbig.catalogue','format_version':1,'id':'t','version':'1',%s,"
		 "'nodes':[{'id':'1','kind':'k','title':'t'}]}",
		 bad_values[_i].member);
	for (char *p = doc; *p; p++)
		if (*p == '\'')
			*p = '"';
	int rc = big_catalogue_load_buffer(&c, doc, strlen(doc), NULL);
	ck_assert_msg(rc == bad_values[_i].code, "%s: %s: %s", bad_values[_i].name,
		      big_error_name(rc), big_error_last()->message);
	ck_assert_ptr_null(c);
	ck_assert_str_eq(big_error_last()->path, bad_values[_i].path);
}
END_TEST

/* Worked example 5 of docs/scoring.md: an empty criteria_met list derives
 * level 1 when level 1 has no criteria; an unexplained exclusion scores the
 * value of not_applicable, not that of not_implemented; the gap size takes
 * that value. */
START_TEST(test_worked_example_5)
{
	big_catalogue *rc = test_load_catalogue("rules-catalogue.json");
	big_assessment *ra = test_load_assessment(rc, "rules-assessment.json");
	static const big_rollup rollups[] = {BIG_ROLLUP_HIERARCHICAL, BIG_ROLLUP_FLAT};
	for (size_t k = 0; k < 2; k++) {
		big_score_options opts = BIG_SCORE_OPTIONS_INIT;
		big_report *r = NULL;
		opts.rollup = rollups[k];
		assert_big_ok(big_score(&r, ra, &opts));
		const big_scores *s = big_report_overall(r);
		ck_assert_double_eq(s->implementation, 0.43333333333333335);
		ck_assert_double_eq(s->implementation, (1 + 0.2 + 0.1) / 3);
		ck_assert_double_eq(big_report_find(r, "R1")->maturity_mean, 1);
		ck_assert_int_eq(big_report_find(r, "R1")->attained_level, 1);
		ck_assert_double_eq(big_report_find(r, "R2")->implementation, 0.2);
		ck_assert_int_eq(big_report_find(r, "R2")->attained_level, 2);
		ck_assert_double_eq(big_report_find(r, "R3")->implementation, 0.1);
		ck_assert(!big_report_find(r, "R3")->has_maturity);
		ck_assert_double_eq(s->maturity_mean, 1.5);
		ck_assert_int_eq(s->attained_level, 0);
		ck_assert_double_eq(s->coverage, 1);
		ck_assert_double_eq(s->comply_or_explain, 1.0 / 3);

		static const struct {
			const char *id;
			unsigned kinds;
			double size;
		} gaps[] = {{"R3", BIG_GAP_IMPLEMENTATION | BIG_GAP_EXPLANATION, 0.9},
			    {"R2", BIG_GAP_IMPLEMENTATION, 0.8},
			    {"R1", BIG_GAP_MATURITY, 1.0 / 3}};
		ck_assert_uint_eq(big_report_gap_count(r), 3);
		for (size_t i = 0; i < 3; i++) {
			const big_gap *g = big_report_gap(r, i);
			ck_assert_str_eq(big_node_id(g->node), gaps[i].id);
			ck_assert_uint_eq(g->kinds, gaps[i].kinds);
			ck_assert_double_eq(g->size, gaps[i].size);
		}
		big_report_free(r);
	}
	big_assessment_free(ra);
	big_catalogue_free(rc);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("score-model");
	TCase *tc = tcase_create("worked-example-2");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_worked_example_2);
	tcase_add_test(tc, test_attainment);
	tcase_add_test(tc, test_profile_option);
	tcase_add_test(tc, test_criteria_api);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_bio2_demo);
	tcase_add_loop_test(tc, test_bad_fields, 0, (int)(sizeof(bad) / sizeof(bad[0])));
	tcase_add_loop_test(tc, test_bad_status_values, 0,
			    (int)(sizeof(bad_values) / sizeof(bad_values[0])));
	suite_add_tcase(s, tc);
	tc = tcase_create("worked-example-5");
	tcase_add_test(tc, test_worked_example_5);
	suite_add_tcase(s, tc);
	return test_run_suite(s);
}
