/*
 * libbig tests — suite "aggregate-attrib": who holds an aggregate back. The
 * worked example of docs/scoring.md ("Attribution and who to help first",
 * "The gaps of an aggregate") number for number: the holders of each
 * requirement, the member x node matrix, the ranking under weakest and mean,
 * a missing member, the gap list with a delegated requirement, and the CSV
 * of the ranking and of the gaps byte for byte.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

#define TOL 1e-15

static big_catalogue *cat;
static big_assessment *xyz[4];

/* An assessment on tests/data/worked-catalogue.json (test_worked_results()). */
static big_assessment *make(const char *org, const char *results)
{
	big_assessment *a = NULL;
	assert_big_ok(big_assessment_new(&a, cat, org, "2025"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	test_worked_results(a, results);
	return a;
}

/* docs/scoring.md, worked example: X, Y, Z (and the collaboration SV). */
static void setup(void)
{
	cat = test_load_catalogue("worked-catalogue.json");
	xyz[0] = make("X", "iipini");
	xyz[1] = make("Y", "ipiipx");
	xyz[2] = make("Z", "npiiii");
	xyz[3] = make("SV", "...ipn");
}

static void teardown(void)
{
	for (int i = 0; i < 4; i++)
		big_assessment_free(xyz[i]);
	big_catalogue_free(cat);
}

static big_aggregate_report *aggregate(big_aggregate_method method, const char *missing)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	const char *expected[] = {"X", "Y", "Z", missing};
	o.method = method;
	if (missing) {
		o.expected_members = expected;
		o.expected_member_count = 4;
	}
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)xyz, 3, &o));
	return ag;
}

static const big_node *node(const char *id)
{
	const big_node *n = big_catalogue_find(cat, id);
	ck_assert_ptr_nonnull(n);
	return n;
}

/* The holders of @id, space-separated, into @buf. */
static const char *holders(const big_aggregate_report *ag, const char *id, char *buf, size_t size)
{
	const big_aggregate_attribution *a = big_aggregate_report_attribution_of(ag, node(id));
	ck_assert_ptr_nonnull(a);
	buf[0] = '\0';
	for (size_t i = 0; i < a->holder_count; i++)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", i ? " " : "",
			 big_aggregate_attribution_holder(a, i));
	ck_assert_ptr_null(big_aggregate_attribution_holder(a, a->holder_count));
	return buf;
}

START_TEST(test_attribution_weakest)
{
	big_aggregate_report *ag = aggregate(BIG_AGGREGATE_WEAKEST, NULL);
	char b[64];
	ck_assert_uint_eq(big_aggregate_report_attribution_count(ag), 6);
	ck_assert_str_eq(holders(ag, "A.1", b, sizeof b), "Z");
	ck_assert_str_eq(holders(ag, "A.2", b, sizeof b), "Y Z");
	ck_assert_str_eq(holders(ag, "A.3", b, sizeof b), "X");
	ck_assert_str_eq(holders(ag, "B.1", b, sizeof b), "X Y Z");
	ck_assert_str_eq(holders(ag, "B.2", b, sizeof b), "X");
	ck_assert_str_eq(holders(ag, "B.3", b, sizeof b), "X Z");
	const big_aggregate_attribution *a = big_aggregate_report_attribution_of(ag, node("B.2"));
	ck_assert(a->has_value && a->has_next);
	ck_assert_double_eq(a->value, 0);
	ck_assert_double_eq(a->minimum, 0);
	ck_assert_double_eq(a->next, 0.5);
	ck_assert(!big_aggregate_report_attribution_of(ag, node("B.1"))->has_next);
	ck_assert_ptr_null(big_aggregate_report_attribution_of(ag, node("A")));
	ck_assert_ptr_null(big_aggregate_report_attribution(ag, 6));

	/* deviations: member score minus the combined one */
	double d = -1;
	assert_big_ok(big_aggregate_report_member_deviation(&d, ag, 1, node("B.2")));
	ck_assert_double_eq(d, 0.5);
	ck_assert_int_eq(big_aggregate_report_member_deviation(&d, ag, 1, node("B.3")),
			 BIG_ENOTFOUND);
	ck_assert_int_eq(big_aggregate_report_member_deviation(&d, ag, 3, node("B.3")), BIG_ERANGE);
	ck_assert_int_eq(big_aggregate_report_member_deviation(NULL, ag, 0, node("B.3")),
			 BIG_EINVAL);

	/* the member x node matrix: X's chapter A (1 + 1 + 2 * 0.5) / 4 */
	const big_member_node_scores *s = big_aggregate_report_member_node(ag, 0, node("A"));
	ck_assert(s->has_implementation && s->has_coverage);
	ck_assert_double_eq(s->implementation, 0.75);
	ck_assert_double_eq(s->comply_or_explain, 2.0 / 3);
	s = big_aggregate_report_member_node(ag, 1, node("B"));
	ck_assert_double_eq(s->implementation, 0.625); /* (1 + 3 * 0.5) / 4, B.3 explained */
	ck_assert_double_eq(s->comply_or_explain, 2.0 / 3);
	ck_assert_ptr_null(big_aggregate_report_member_node(ag, 3, node("B")));

	/* the whole: chapter A 0.375, B 0.4, overall 0.3875 */
	ck_assert_double_eq_tol(big_aggregate_report_overall(ag)->implementation, 0.3875, TOL);
	big_aggregate_report_free(ag);
}
END_TEST

static void check_rank(const big_aggregate_report *ag, size_t i, const char *member,
		       unsigned requirements, double next, double full)
{
	const big_aggregate_rank *r = big_aggregate_report_ranking(ag, i);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r->member, member);
	ck_assert_str_eq(big_aggregate_report_member(ag, r->index), member);
	ck_assert_uint_eq(r->requirements, requirements);
	ck_assert_double_eq_tol(r->rise_next, next, TOL);
	ck_assert_double_eq_tol(r->rise_full, full, TOL);
}

START_TEST(test_ranking_weakest)
{
	big_aggregate_report *ag = aggregate(BIG_AGGREGATE_WEAKEST, NULL);
	ck_assert_uint_eq(big_aggregate_report_ranking_count(ag), 3);
	/* X alone holds A.3 (to 1) and B.2 (to Y's 0.5): A 0.625, B 0.7 */
	check_rank(ag, 0, "X", 2, 0.6625 - 0.3875, 0.6625 - 0.3875);
	/* Z alone holds A.1 (to 1): A 0.625 */
	check_rank(ag, 1, "Z", 1, 0.5125 - 0.3875, 0.5125 - 0.3875);
	check_rank(ag, 2, "Y", 0, 0, 0); /* ties on A.2 with Z */
	ck_assert_ptr_null(big_aggregate_report_ranking(ag, 3));
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_ranking_missing)
{
	big_aggregate_report *ag = aggregate(BIG_AGGREGATE_WEAKEST, "W");
	char b[64];
	/* W counts as not_assessed: 0 everywhere */
	ck_assert_str_eq(holders(ag, "A.1", b, sizeof b), "Z W");
	ck_assert_str_eq(holders(ag, "B.2", b, sizeof b), "X W");
	ck_assert_double_eq_tol(big_aggregate_report_overall(ag)->implementation, 0, TOL);
	/* W alone holds A.2, A.3, B.1, B.3: to 0.5, 0.5, 1, 1 gives A
	 * (0 + 0.5 + 2 * 0.5) / 4 = 0.375 and B (1 + 0 + 1) / 5 = 0.4; in full
	 * the same, as under weakest always */
	check_rank(ag, 0, "W", 4, 0.3875, 0.3875);
	check_rank(ag, 1, "X", 0, 0, 0);
	check_rank(ag, 2, "Y", 0, 0, 0);
	check_rank(ag, 3, "Z", 0, 0, 0);
	const big_member_node_scores *s = big_aggregate_report_member_node(ag, 3, node("A"));
	ck_assert(s->has_implementation && s->has_coverage);
	ck_assert_double_eq(s->implementation, 0);
	ck_assert_double_eq(s->coverage, 0);
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_ranking_mean)
{
	big_aggregate_report *ag = aggregate(BIG_AGGREGATE_MEAN, NULL);
	/* combined: A.1 2/3, A.2 2/3, A.3 5/6, B.1 1, B.2 1/2, B.3 1 */
	double a = (2.0 / 3 + 2.0 / 3 + 2 * 5.0 / 6) / 4, bb = (1 + 3 * 0.5 + 1) / 5;
	double overall = (a + bb) / 2;
	ck_assert_double_eq_tol(big_aggregate_report_overall(ag)->implementation, overall, TOL);
	/* Z is below on A.1 and A.2; to the combined value: A.1 (2 + 2/3) / 3,
	 * A.2 (1.5 + 2/3) / 3; in full: A.1 1, A.2 5/6 */
	double zn = ((2 + 2.0 / 3) / 3 + (1.5 + 2.0 / 3) / 3 + 2 * 5.0 / 6) / 4;
	double zf = (1 + 5.0 / 6 + 2 * 5.0 / 6) / 4;
	/* X is below on A.3 and B.2; to the combined: A.3 5/6, B.2 (0.5 + 1.5) / 3
	 * + … ; in full: A.3 1, B.2 2/3 */
	double xn_a = (2.0 / 3 + 2.0 / 3 + 2 * ((5.0 / 6 + 2) / 3)) / 4;
	double xn_b = (1 + 3 * ((0.5 + 1 + 0.5) / 3) + 1) / 5;
	double xf_a = (2.0 / 3 + 2.0 / 3 + 2 * 1.0) / 4, xf_b = (1 + 3 * (2.5 / 3) + 1) / 5;
	/* Y is below on A.2 and B.2 (0.5 = 0.5: not below) */
	double yn = ((2.0 / 3) + (1 + 2.0 / 3 + 0.5) / 3 + 2 * 5.0 / 6) / 4;
	double yf = ((2.0 / 3) + (2.5 / 3) + 2 * 5.0 / 6) / 4;
	double rx = (xn_a + xn_b) / 2 - overall, rz = (zn + bb) / 2 - overall;
	double ry = (yn + bb) / 2 - overall;
	ck_assert(rx > rz && rz > ry);
	check_rank(ag, 0, "X", 2, rx, (xf_a + xf_b) / 2 - overall);
	check_rank(ag, 1, "Z", 2, rz, (zf + bb) / 2 - overall);
	check_rank(ag, 2, "Y", 1, ry, (yf + bb) / 2 - overall);
	big_aggregate_report_free(ag);
}
END_TEST

static void check_gap(const big_aggregate_report *ag, size_t i, const char *id, double size,
		      const char *responsible)
{
	const big_aggregate_gap *g = big_aggregate_report_gap(ag, i);
	char b[64] = "";
	ck_assert_ptr_nonnull(g);
	ck_assert_str_eq(big_node_id(g->node), id);
	ck_assert_double_eq_tol(g->size, size, TOL);
	for (size_t k = 0; k < g->responsible_count; k++)
		snprintf(b + strlen(b), sizeof b - strlen(b), "%s%s", k ? " " : "",
			 big_aggregate_gap_responsible(g, k));
	ck_assert_ptr_null(big_aggregate_gap_responsible(g, g->responsible_count));
	ck_assert_str_eq(b, responsible);
}

START_TEST(test_gaps_weakest)
{
	big_aggregate_report *ag = aggregate(BIG_AGGREGATE_WEAKEST, NULL);
	/* weight x size: B.2 3, A.1 1, A.3 2 x 0.5 = 1, A.2 0.5 */
	ck_assert_uint_eq(big_aggregate_report_gap_count(ag), 4);
	check_gap(ag, 0, "B.2", 1, "X");
	check_gap(ag, 1, "A.1", 1, "Z");
	check_gap(ag, 2, "A.3", 0.5, "X");
	check_gap(ag, 3, "A.2", 0.5, "Y Z");
	ck_assert_uint_eq(big_aggregate_report_gap(ag, 0)->kinds, BIG_GAP_IMPLEMENTATION);
	ck_assert_ptr_null(big_aggregate_report_gap(ag, 4));

	char *csv = NULL;
	assert_big_ok(big_aggregate_report_gaps_to_csv(&csv, NULL, ag, 0));
	ck_assert_str_eq(
	    csv, "rank,id,title,kinds,size,implementation,maturity,tag,delegated,responsible\r\n"
		 "1,B.2,Requirement B.2,implementation,1,0,,,false,X\r\n"
		 "2,A.1,Requirement A.1,implementation,1,0,,,false,Z\r\n"
		 "3,A.3,Requirement A.3,implementation,0.5,0.5,,,false,X\r\n"
		 "4,A.2,Requirement A.2,implementation,0.5,0.5,,,false,Y|Z\r\n");
	big_free(csv);
	/* 0.6625 - 0.3875 and 0.5125 - 0.3875 in binary, written exactly */
	assert_big_ok(big_aggregate_report_ranking_to_csv(&csv, NULL, ag, 0));
	ck_assert_str_eq(csv, "rank,member,requirements,rise_next,rise_full\r\n"
			      "1,X,2,0.27499999999999997,0.27499999999999997\r\n"
			      "2,Z,1,0.12499999999999994,0.12499999999999994\r\n"
			      "3,Y,0,0,0\r\n");
	big_free(csv);
	ck_assert_int_eq(big_aggregate_report_ranking_to_csv(NULL, NULL, ag, 0), BIG_EINVAL);
	ck_assert_int_eq(big_aggregate_report_gaps_to_csv(&csv, NULL, NULL, 0), BIG_EINVAL);
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_gaps_delegated)
{
	/* SV's own assessment supplies chapter B to X and Z: B.1 i, B.2 p, B.3 n */
	const char *json = "{\"format\": \"libbig.collaboration\", \"format_version\": 1, "
			   "\"id\": \"SV\", \"catalogue\": {\"id\": \"worked-example\", "
			   "\"version\": \"1\"}, \"members\": [{\"id\": \"X\"}, {\"id\": \"Z\"}], "
			   "\"delegated\": [\"B\"]}";
	big_collaboration *c = NULL;
	big_aggregate_report *ag = NULL;
	assert_big_ok(big_collaboration_load_buffer(&c, cat, json, strlen(json), NULL));
	assert_big_ok(big_aggregate_collaboration(&ag, c, NULL, 0,
						  (const big_assessment *const *)xyz, 4, NULL));
	char b[64];
	ck_assert_str_eq(holders(ag, "B.2", b, sizeof b), "X Z");
	ck_assert(big_aggregate_report_attribution_of(ag, node("B.2"))->delegated);
	ck_assert(!big_aggregate_report_attribution_of(ag, node("A.2"))->delegated);
	/* B.2 3 x 0.5, B.3 1, A.1 1, A.3 1 */
	ck_assert_uint_eq(big_aggregate_report_gap_count(ag), 5);
	check_gap(ag, 0, "B.2", 0.5, "SV");
	check_gap(ag, 1, "A.1", 1, "Z");
	check_gap(ag, 2, "A.3", 0.5, "X");
	check_gap(ag, 3, "B.3", 1, "SV");
	check_gap(ag, 4, "A.2", 0.5, "Z");
	ck_assert(big_aggregate_report_gap(ag, 0)->delegated);
	/* nobody alone holds a delegated requirement: Z holds A.1 and A.2 (A
	 * 0.75), X A.3 (A 0.625); B stays 0.5 */
	check_rank(ag, 0, "Z", 2, 0.1875, 0.1875);
	check_rank(ag, 1, "X", 1, 0.125, 0.125);
	char *text = NULL;
	assert_big_ok(big_aggregate_report_to_json(&text, NULL, ag, BIG_JSON_COMPACT));
	ck_assert_ptr_nonnull(strstr(text, "\"ranking\":[{\"member\":\"Z\",\"requirements\":2,"
					   "\"rise_next\":0.1875,\"rise_full\":0.1875}"));
	ck_assert_ptr_nonnull(strstr(text, "\"holders\":[\"X\",\"Z\"]"));
	ck_assert_ptr_nonnull(strstr(text, "\"delegated\":true,\"responsible\":[\"SV\"]"));
	big_free(text);
	big_aggregate_report_free(ag);
	big_collaboration_free(c);
}
END_TEST

/* Two members of @results, aggregated by @o; the members freed. */
static big_aggregate_report *pair(const char *a, const char *b, big_aggregate_options *o,
				  const char *risk_accepted)
{
	big_assessment *two[2] = {make("P", a), make("Q", b)};
	big_aggregate_report *ag = NULL;
	if (risk_accepted) { /* Q accepts the risk of it, properly explained */
		assert_big_ok(
		    big_assessment_set_status(two[1], risk_accepted, BIG_STATUS_RISK_ACCEPTED));
		assert_big_ok(big_assessment_set_explanation(two[1], risk_accepted, "Afgewogen"));
		assert_big_ok(big_assessment_set_expires(two[1], risk_accepted, "2026-12-31"));
	}
	if (o->target == 3) { /* P A.1 2, B.1 3; Q A.1 3, B.1 1 */
		assert_big_ok(big_assessment_set_maturity(two[0], "A.1", 2));
		assert_big_ok(big_assessment_set_maturity(two[0], "B.1", 3));
		assert_big_ok(big_assessment_set_maturity(two[1], "A.1", 3));
		assert_big_ok(big_assessment_set_maturity(two[1], "B.1", 1));
	}
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)two, 2, o));
	big_assessment_free(two[0]);
	big_assessment_free(two[1]);
	return ag;
}

START_TEST(test_ranking_median)
{
	big_aggregate_report *ag = aggregate(BIG_AGGREGATE_MEDIAN, NULL);
	/* medians: A.1 1, A.2 0.5, A.3 1, B.1 1, B.2 0.5, B.3 1 (X and Z): A
	 * 0.875, B 0.7, overall 0.7875. The level: the lowest member value above
	 * the median (1 everywhere). Y on A.2 and B.2 to 1: A 1, B 1; X on A.3
	 * (the median stays 1) and B.2 (to 1): B 1; Z on A.1 (stays 1) and A.2:
	 * A 1 */
	ck_assert_double_eq_tol(big_aggregate_report_overall(ag)->implementation, 0.7875, TOL);
	check_rank(ag, 0, "Y", 2, 1 - 0.7875, 1 - 0.7875);
	check_rank(ag, 1, "X", 2, (0.875 + 1) / 2 - 0.7875, (0.875 + 1) / 2 - 0.7875);
	check_rank(ag, 2, "Z", 2, (1 + 0.7) / 2 - 0.7875, (1 + 0.7) / 2 - 0.7875);
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_ranking_weighted)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	const double weights[] = {1, 2, 3};
	big_aggregate_report *ag = NULL;
	o.method = BIG_AGGREGATE_WEIGHTED_MEAN;
	o.weights = weights;
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)xyz, 3, &o));
	/* X 1, Y 2, Z 3: A.1 1/2, A.2 7/12, A.3 11/12, B.2 2/3; A 35/48, B 4/5.
	 * X to the combined: A.3 (11/12 + 5) / 6 = 71/72, B.2 (2/3 + 4) / 6 = 7/9:
	 * A 55/72, B 13/15; in full A.3 1, B.2 5/6: A 37/48, B 9/10 */
	double overall = (35.0 / 48 + 4.0 / 5) / 2;
	ck_assert_double_eq_tol(big_aggregate_report_overall(ag)->implementation, overall, TOL);
	check_rank(ag, 0, "X", 2, (55.0 / 72 + 13.0 / 15) / 2 - overall,
		   (37.0 / 48 + 9.0 / 10) / 2 - overall);
	ck_assert_str_eq(big_aggregate_report_ranking(ag, 1)->member, "Z");
	ck_assert_str_eq(big_aggregate_report_ranking(ag, 2)->member, "Y");
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_gaps_explained)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	/* P partially implements A.1, Q accepts the risk, properly explained:
	 * P falls short, Q does not; raising P changes nothing (Q's 0 stays) */
	big_aggregate_report *ag = pair("piiiii", "iiiiii", &o, "A.1");
	ck_assert_uint_eq(big_aggregate_report_gap_count(ag), 1);
	check_gap(ag, 0, "A.1", 1, "P");
	check_rank(ag, 0, "P", 1, 0, 0);
	check_rank(ag, 1, "Q", 0, 0, 0);
	big_aggregate_report_free(ag);
	/* Q alone has B.3 applicable, at 1: no lever */
	ag = pair("iiiiix", "iiiiii", &o, NULL);
	ck_assert_uint_eq(big_aggregate_report_gap_count(ag), 0);
	check_rank(ag, 0, "P", 0, 0, 0);
	check_rank(ag, 1, "Q", 0, 0, 0);
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_gaps_maturity)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	o.target = 3;
	/* all implemented; maturity B.1 1 (Q), A.1 2 (P) below 3 of 5 levels:
	 * (3 - 1) / 5 and (3 - 2) / 5 */
	big_aggregate_report *ag = pair("iiiiii", "iiiiii", &o, NULL);
	ck_assert_uint_eq(big_aggregate_report_gap_count(ag), 2);
	check_gap(ag, 0, "B.1", 0.4, "Q");
	check_gap(ag, 1, "A.1", 0.2, "P");
	ck_assert_uint_eq(big_aggregate_report_gap(ag, 0)->kinds, BIG_GAP_MATURITY);
	big_aggregate_report_free(ag);
	/* under mean: B.1 2, A.1 2.5 */
	o.method = BIG_AGGREGATE_MEAN;
	ag = pair("iiiiii", "iiiiii", &o, NULL);
	check_gap(ag, 0, "B.1", 0.2, "Q");
	check_gap(ag, 1, "A.1", 0.1, "P");
	big_aggregate_report_free(ag);
}
END_TEST

static Suite *aggregate_attrib_suite(void)
{
	Suite *s = suite_create("aggregate-attrib");
	TCase *tc = tcase_create("attribution");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_attribution_weakest);
	tcase_add_test(tc, test_ranking_weakest);
	tcase_add_test(tc, test_ranking_missing);
	tcase_add_test(tc, test_ranking_mean);
	tcase_add_test(tc, test_gaps_weakest);
	tcase_add_test(tc, test_gaps_delegated);
	tcase_add_test(tc, test_ranking_median);
	tcase_add_test(tc, test_ranking_weighted);
	tcase_add_test(tc, test_gaps_explained);
	tcase_add_test(tc, test_gaps_maturity);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(aggregate_attrib_suite());
}
