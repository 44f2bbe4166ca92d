/*
 * libbig tests — suite "score": the test_worked example of docs/scoring.md,
 * number for number, and properties of scores.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "test-common.h"

static big_report *score(const big_assessment *a, big_rollup rollup, int target)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;

	opts.rollup = rollup;
	opts.target = target;
	assert_big_ok(big_score(&r, a, &opts));
	ck_assert_ptr_nonnull(r);
	return r;
}

static const big_scores *scores_of(const big_report *r, const char *id)
{
	const big_scores *s = big_report_find(r, id);

	ck_assert_msg(s != NULL, "no scores for %s", id);
	return s;
}

static void check_counts(const char *what, const big_scores *s, unsigned int impl,
			 unsigned int partial, unsigned int not_impl, unsigned int na,
			 unsigned int risk, unsigned int not_assessed)
{
	const unsigned int want[BIG_STATUS_COUNT] = {impl, partial, not_impl,
						     na,   risk,    not_assessed};

	for (int i = 0; i < BIG_STATUS_COUNT; i++)
		ck_assert_msg(s->counts[i] == want[i], "%s: count of %s is %u, expected %u", what,
			      big_status_name((big_status)i), s->counts[i], want[i]);
	ck_assert_msg(s->applicable == impl + partial + not_impl + na + risk + not_assessed,
		      "%s: applicable is %u, expected %u", what, s->applicable,
		      impl + partial + not_impl + na + risk + not_assessed);
}

/* Implementation scores of the test_worked example: overall, A, B. */
struct worked_impl {
	big_rollup rollup;
	double overall, a, b;
};

static const struct worked_impl worked_impls[] = {
    {BIG_ROLLUP_HIERARCHICAL, 0.375, 0.75, 0},
    {BIG_ROLLUP_FLAT, 0.21428571428571427, 0.75, 0},
    {BIG_ROLLUP_WEAKEST, 0, 0.5, 0},
};

#define N_ROLLUPS 3

/* Everything of the test_worked example that does not depend on the roll-up. */
static void check_worked_common(const big_report *r)
{
	const big_scores *s;

	ck_assert_int_eq(big_report_target(r), 3);
	ck_assert_ptr_eq(big_report_catalogue(r), test_worked);

	/* overall */
	s = big_report_overall(r);
	ck_assert_ptr_nonnull(s);
	ck_assert_msg(s->has_maturity, "overall has no maturity");
	ck_assert_double_eq(s->maturity_mean, 3);
	ck_assert_int_eq(s->attained_level, 0);
	ck_assert_msg(s->has_coverage, "overall has no coverage");
	ck_assert_double_eq(s->coverage, 0.8333333333333334);
	ck_assert_double_eq(s->comply_or_explain, 0.3333333333333333);
	ck_assert_uint_eq(s->applicable, 6);
	check_counts("overall", s, 1, 1, 0, 2, 1, 1);

	/* chapter A */
	s = scores_of(r, "A");
	ck_assert_msg(s->has_maturity, "A has no maturity");
	ck_assert_double_eq(s->maturity_mean, 3);
	ck_assert_int_eq(s->attained_level, 2);
	ck_assert_msg(s->has_coverage, "A has no coverage");
	ck_assert_double_eq(s->coverage, 1);
	ck_assert_double_eq(s->comply_or_explain, 0.6666666666666666);
	check_counts("A", s, 1, 1, 0, 1, 0, 0);

	/* chapter B: no maturity anywhere */
	s = scores_of(r, "B");
	ck_assert_msg(!s->has_maturity, "B has a maturity (%.17g, level %d)", s->maturity_mean,
		      s->attained_level);
	ck_assert_msg(s->has_coverage, "B has no coverage");
	ck_assert_double_eq(s->coverage, 0.6666666666666666);
	ck_assert_double_eq(s->comply_or_explain, 0);
	check_counts("B", s, 0, 0, 0, 1, 1, 1);

	/* requirements */
	s = scores_of(r, "A.1");
	ck_assert_msg(s->has_implementation, "A.1 has no implementation");
	ck_assert_double_eq(s->implementation, 1);
	ck_assert_msg(s->has_maturity, "A.1 has no maturity");
	ck_assert_double_eq(s->maturity_mean, 4);
	ck_assert_int_eq(s->attained_level, 4);
	ck_assert_double_eq(s->coverage, 1);
	ck_assert_double_eq(s->comply_or_explain, 1);
	check_counts("A.1", s, 1, 0, 0, 0, 0, 0);

	s = scores_of(r, "A.2");
	ck_assert_msg(s->has_implementation, "A.2 has no implementation");
	ck_assert_double_eq(s->implementation, 0.5);
	ck_assert_double_eq(s->maturity_mean, 2);
	ck_assert_int_eq(s->attained_level, 2);
	ck_assert_double_eq(s->comply_or_explain, 0);

	/* A.3 is properly explained: not scorable, but covered and explained. */
	s = scores_of(r, "A.3");
	ck_assert_msg(!s->has_implementation, "A.3 (explained exclusion) has implementation %.17g",
		      s->implementation);
	ck_assert_msg(!s->has_maturity, "A.3 has a maturity");
	ck_assert_msg(s->has_coverage, "A.3 has no coverage");
	ck_assert_double_eq(s->coverage, 1);
	ck_assert_double_eq(s->comply_or_explain, 1);
	check_counts("A.3", s, 0, 0, 0, 1, 0, 0);

	/* B.1: mandatory, so its risk acceptance counts as not explained. */
	s = scores_of(r, "B.1");
	ck_assert_msg(s->has_implementation, "B.1 has no implementation");
	ck_assert_double_eq(s->implementation, 0);
	ck_assert_double_eq(s->coverage, 1);
	ck_assert_double_eq(s->comply_or_explain, 0);

	/* B.2 has no result. */
	s = scores_of(r, "B.2");
	ck_assert_msg(s->has_implementation, "B.2 has no implementation");
	ck_assert_double_eq(s->implementation, 0);
	ck_assert_double_eq(s->coverage, 0);
	ck_assert_double_eq(s->comply_or_explain, 0);
	check_counts("B.2", s, 0, 0, 0, 0, 0, 1);

	/* B.3: an unexplained exclusion counts as not implemented. */
	s = scores_of(r, "B.3");
	ck_assert_msg(s->has_implementation, "B.3 (unexplained exclusion) has no implementation");
	ck_assert_double_eq(s->implementation, 0);
	ck_assert_double_eq(s->coverage, 1);
	ck_assert_double_eq(s->comply_or_explain, 0);
}

static void check_gap(const big_report *r, size_t i, const char *id, unsigned int kinds,
		      double size, big_status status, int maturity)
{
	const big_gap *g = big_report_gap(r, i);

	ck_assert_msg(g != NULL, "gap %zu is missing", i);
	ck_assert_msg(strcmp(big_node_id(g->node), id) == 0, "gap %zu is %s, expected %s", i,
		      big_node_id(g->node), id);
	ck_assert_msg(g->kinds == kinds, "gap %zu (%s): kinds 0x%x, expected 0x%x", i, id, g->kinds,
		      kinds);
	ck_assert_msg(g->size == size, "gap %zu (%s): size %.17g, expected %.17g", i, id, g->size,
		      size);
	ck_assert_msg(g->status == status, "gap %zu (%s): status %s, expected %s", i, id,
		      big_status_name(g->status), big_status_name(status));
	ck_assert_msg(g->maturity == maturity, "gap %zu (%s): maturity %d, expected %d", i, id,
		      g->maturity, maturity);
}

static void check_worked_gaps(const big_report *r)
{
	ck_assert_uint_eq(big_report_gap_count(r), 4);
	check_gap(r, 0, "B.1", BIG_GAP_IMPLEMENTATION, 1, BIG_STATUS_RISK_ACCEPTED, -1);
	check_gap(r, 1, "B.2", BIG_GAP_IMPLEMENTATION, 1, BIG_STATUS_NOT_ASSESSED, -1);
	check_gap(r, 2, "B.3", BIG_GAP_IMPLEMENTATION | BIG_GAP_EXPLANATION, 1,
		  BIG_STATUS_NOT_APPLICABLE, -1);
	check_gap(r, 3, "A.2", BIG_GAP_IMPLEMENTATION | BIG_GAP_MATURITY, 0.5,
		  BIG_STATUS_PARTIALLY_IMPLEMENTED, 2);
	ck_assert_ptr_null(big_report_gap(r, 4));
}

START_TEST(test_worked_example)
{
	const struct worked_impl *w = &worked_impls[_i];
	big_report *r = score(test_worked_a, w->rollup, -1);
	const big_scores *s;

	ck_assert_int_eq(big_report_rollup(r), w->rollup);
	s = big_report_overall(r);
	ck_assert_msg(s->has_implementation, "%s: overall has no implementation",
		      big_rollup_name(w->rollup));
	ck_assert_double_eq(s->implementation, w->overall);
	s = scores_of(r, "A");
	ck_assert_msg(s->has_implementation, "A has no implementation");
	ck_assert_double_eq(s->implementation, w->a);
	s = scores_of(r, "B");
	ck_assert_msg(s->has_implementation, "B has no implementation");
	ck_assert_double_eq(s->implementation, w->b);
	check_worked_common(r);
	check_worked_gaps(r);
	big_report_free(r);
}
END_TEST

START_TEST(test_default_options)
{
	/* NULL options: hierarchical, target of the assessment. */
	big_report *r = NULL;

	assert_big_ok(big_score(&r, test_worked_a, NULL));
	ck_assert_int_eq(big_report_rollup(r), BIG_ROLLUP_HIERARCHICAL);
	ck_assert_int_eq(big_report_target(r), 3);
	ck_assert_double_eq(big_report_overall(r)->implementation, 0.375);
	check_worked_common(r);
	check_worked_gaps(r);
	big_report_free(r);
}
END_TEST

START_TEST(test_exceptions_in_json)
{
	big_report *r = score(test_worked_a, BIG_ROLLUP_HIERARCHICAL, -1);
	char *json = NULL;
	size_t len = 0;
	cJSON *doc, *exceptions, *e;

	assert_big_ok(big_report_to_json(&json, &len, r, 0));
	doc = cJSON_ParseWithLength(json, len);
	ck_assert_msg(doc != NULL, "report is not JSON:\n%s", json);
	exceptions = cJSON_GetObjectItemCaseSensitive(doc, "exceptions");
	ck_assert_msg(cJSON_IsArray(exceptions), "no exceptions array");
	/* B.1 is a mandatory requirement: its risk acceptance is not an exception. */
	ck_assert_int_eq(cJSON_GetArraySize(exceptions), 1);
	e = cJSON_GetArrayItem(exceptions, 0);
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "id")), "A.3");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "status")),
			 "not_applicable");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "explanation")),
			 "Geen eigen datacenter");
	ck_assert_str_eq(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "expires")),
			 "2026-12-31");
	cJSON_Delete(doc);
	big_free(json);
	big_report_free(r);
}
END_TEST

START_TEST(test_exceptions_api)
{
	big_report *r = score(test_worked_a, BIG_ROLLUP_HIERARCHICAL, -1);
	const big_exception *x;

	ck_assert_uint_eq(big_report_exception_count(r), 1);
	x = big_report_exception(r, 0);
	ck_assert_ptr_nonnull(x);
	ck_assert_str_eq(big_node_id(x->node), "A.3");
	ck_assert_int_eq(x->status, BIG_STATUS_NOT_APPLICABLE);
	ck_assert_str_eq(x->explanation, "Geen eigen datacenter");
	ck_assert_ptr_null(x->owner);
	ck_assert_str_eq(x->expires, "2026-12-31");
	ck_assert_ptr_null(big_report_exception(r, 1));
	big_report_free(r);
}
END_TEST

START_TEST(test_target_option)
{
	/* Target 5: A.1 (4) falls short by 1/5, A.2 by max(0.5, 3/5). */
	big_report *r = score(test_worked_a, BIG_ROLLUP_HIERARCHICAL, 5);

	ck_assert_int_eq(big_report_target(r), 5);
	ck_assert_uint_eq(big_report_gap_count(r), 5);
	check_gap(r, 0, "B.1", BIG_GAP_IMPLEMENTATION, 1, BIG_STATUS_RISK_ACCEPTED, -1);
	check_gap(r, 1, "B.2", BIG_GAP_IMPLEMENTATION, 1, BIG_STATUS_NOT_ASSESSED, -1);
	check_gap(r, 2, "B.3", BIG_GAP_IMPLEMENTATION | BIG_GAP_EXPLANATION, 1,
		  BIG_STATUS_NOT_APPLICABLE, -1);
	check_gap(r, 3, "A.2", BIG_GAP_IMPLEMENTATION | BIG_GAP_MATURITY, 0.6,
		  BIG_STATUS_PARTIALLY_IMPLEMENTED, 2);
	check_gap(r, 4, "A.1", BIG_GAP_MATURITY, 0.2, BIG_STATUS_IMPLEMENTED, 4);
	/* Scores do not depend on the target. */
	ck_assert_double_eq(big_report_overall(r)->implementation, 0.375);
	big_report_free(r);

	/* Target 2: A.2 (2) reaches it, so only its implementation falls short. */
	r = score(test_worked_a, BIG_ROLLUP_HIERARCHICAL, 2);
	ck_assert_int_eq(big_report_target(r), 2);
	ck_assert_uint_eq(big_report_gap_count(r), 4);
	check_gap(r, 3, "A.2", BIG_GAP_IMPLEMENTATION, 0.5, BIG_STATUS_PARTIALLY_IMPLEMENTED, 2);
	big_report_free(r);
}
END_TEST

START_TEST(test_target_fallback)
{
	/* No target in the assessment nor the options: the catalogue's default. */
	big_assessment *a = NULL;
	big_report *r;
	big_catalogue *cat;

	assert_big_ok(big_assessment_new(&a, test_worked, "GM9901", "2025"));
	r = score(a, BIG_ROLLUP_HIERARCHICAL, -1);
	ck_assert_int_eq(big_report_target(r), 3);
	big_report_free(r);
	assert_big_ok(big_assessment_set_target(a, 4));
	r = score(a, BIG_ROLLUP_HIERARCHICAL, -1);
	ck_assert_int_eq(big_report_target(r), 4);
	big_report_free(r);
	r = score(a, BIG_ROLLUP_HIERARCHICAL, 1);
	ck_assert_int_eq(big_report_target(r), 1);
	big_report_free(r);
	big_assessment_free(a);

	cat = test_load_catalogue("small-catalogue.json");
	assert_big_ok(big_assessment_new(&a, cat, "GM9901", "2025"));
	r = score(a, BIG_ROLLUP_HIERARCHICAL, -1);
	ck_assert_int_eq(big_report_target(r), 2);
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_invalid_options)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;

	opts.rollup = (big_rollup)7;
	assert_big_fails(big_score(&r, test_worked_a, &opts), BIG_EINVAL);
	ck_assert_ptr_null(r);
	opts.rollup = BIG_ROLLUP_FLAT;
	opts.target = 6;
	assert_big_fails(big_score(&r, test_worked_a, &opts), BIG_ERANGE);
	ck_assert_ptr_null(r);
	opts.target = -2;
	assert_big_fails(big_score(&r, test_worked_a, &opts), BIG_ERANGE);
	ck_assert_ptr_null(r);
	assert_big_fails(big_score(&r, NULL, NULL), BIG_EINVAL);
	ck_assert_ptr_null(r);
	assert_big_fails(big_score(NULL, test_worked_a, NULL), BIG_EINVAL);
}
END_TEST

START_TEST(test_rollup_names)
{
	static const char *const names[] = {"hierarchical", "flat", "weakest"};
	big_rollup rollup;

	/* The names are the documents' (docs/formats.md): written out here, so
	 * that renaming one fails; a new roll-up must be added. */
	ck_assert_int_eq(sizeof(names) / sizeof(names[0]), BIG_ROLLUP_COUNT);
	for (int i = 0; i < BIG_ROLLUP_COUNT; i++) {
		ck_assert_str_eq(big_rollup_name((big_rollup)i), names[i]);
		rollup = (big_rollup)99;
		assert_big_ok(big_rollup_from_name(&rollup, names[i]));
		ck_assert_int_eq(rollup, i);
	}
	ck_assert_ptr_null(big_rollup_name((big_rollup)BIG_ROLLUP_COUNT));
	assert_big_fails(big_rollup_from_name(&rollup, "mean"), BIG_EINVAL);
	assert_big_fails(big_rollup_from_name(&rollup, ""), BIG_EINVAL);
}
END_TEST

START_TEST(test_report_lookup)
{
	big_report *r = score(test_worked_a, BIG_ROLLUP_HIERARCHICAL, -1);
	big_catalogue *other = test_load_catalogue("worked-catalogue.json");
	const big_node *a = big_catalogue_find(test_worked, "A");

	ck_assert_ptr_eq(big_report_node_scores(r, a), big_report_find(r, "A"));
	ck_assert_ptr_null(big_report_find(r, "Z"));
	/* A node of another (equal) catalogue is not a node of this report. */
	ck_assert_ptr_null(big_report_node_scores(r, big_catalogue_find(other, "A")));
	ck_assert_uint_eq(big_report_diagnostic_count(r), 0);
	ck_assert_ptr_null(big_report_diagnostic(r, 0));
	big_catalogue_free(other);
	big_report_free(r);
}
END_TEST

START_TEST(test_built_equals_loaded)
{
	/* The test_worked example built through the API scores the same. */
	big_assessment *a = NULL;
	big_report *r1, *r2;
	char *j1 = NULL, *j2 = NULL;

	assert_big_ok(big_assessment_new(&a, test_worked, "GM9901", "2025"));
	assert_big_ok(big_assessment_set_organisation_name(a, "Gemeente Voorbeeldstad"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	assert_big_ok(big_assessment_set_target(a, 3));
	assert_big_ok(big_assessment_set_status(a, "B.3", BIG_STATUS_NOT_APPLICABLE));
	assert_big_ok(big_assessment_set_status(a, "B.1", BIG_STATUS_RISK_ACCEPTED));
	assert_big_ok(big_assessment_set_explanation(a, "B.1", "Vervanging gepland"));
	assert_big_ok(big_assessment_set_expires(a, "B.1", "2026-06-30"));
	assert_big_ok(big_assessment_set_status(a, "A.3", BIG_STATUS_NOT_APPLICABLE));
	assert_big_ok(big_assessment_set_expires(a, "A.3", "2026-12-31"));
	assert_big_ok(big_assessment_set_explanation(a, "A.3", "Geen eigen datacenter"));
	assert_big_ok(big_assessment_set_maturity(a, "A.2", 2));
	assert_big_ok(big_assessment_set_status(a, "A.2", BIG_STATUS_PARTIALLY_IMPLEMENTED));
	assert_big_ok(big_assessment_set_maturity(a, "A.1", 4));
	assert_big_ok(big_assessment_set_status(a, "A.1", BIG_STATUS_IMPLEMENTED));
	for (int i = 0; i < N_ROLLUPS; i++) {
		r1 = score(a, worked_impls[i].rollup, -1);
		r2 = score(test_worked_a, worked_impls[i].rollup, -1);
		ck_assert_double_eq(big_report_overall(r1)->implementation,
				    worked_impls[i].overall);
		assert_big_ok(big_report_to_json(&j1, NULL, r1, 0));
		assert_big_ok(big_report_to_json(&j2, NULL, r2, 0));
		ck_assert_str_eq(j1, j2);
		big_free(j1);
		big_free(j2);
		big_report_free(r1);
		big_report_free(r2);
	}
	big_assessment_free(a);
}
END_TEST

/* Explained exclusion / risk acceptance rules of docs/scoring.md. */
START_TEST(test_proper_explanation_rules)
{
	big_assessment *a = NULL;
	big_report *r;
	const big_scores *s;

	assert_big_ok(big_assessment_new(&a, test_worked, "GM9901", "2025"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	/* A.1: explained, expiry on the day of the assessment: still proper. */
	assert_big_ok(big_assessment_set_status(a, "A.1", BIG_STATUS_NOT_APPLICABLE));
	assert_big_ok(big_assessment_set_explanation(a, "A.1", "Niet van toepassing"));
	assert_big_ok(big_assessment_set_expires(a, "A.1", "2025-10-01"));
	/* A.2: expired the day before. */
	assert_big_ok(big_assessment_set_status(a, "A.2", BIG_STATUS_NOT_APPLICABLE));
	assert_big_ok(big_assessment_set_explanation(a, "A.2", "Niet van toepassing"));
	assert_big_ok(big_assessment_set_expires(a, "A.2", "2025-09-30"));
	/* A.3: white space only is no explanation. */
	assert_big_ok(big_assessment_set_status(a, "A.3", BIG_STATUS_NOT_APPLICABLE));
	assert_big_ok(big_assessment_set_explanation(a, "A.3", " \t\n "));
	assert_big_ok(big_assessment_set_expires(a, "A.3", "2030-01-01"));
	/* B.2: a risk acceptance of a requirement that is not mandatory: explained. */
	assert_big_ok(big_assessment_set_status(a, "B.2", BIG_STATUS_RISK_ACCEPTED));
	assert_big_ok(big_assessment_set_explanation(a, "B.2", "Acceptabel risico"));
	assert_big_ok(big_assessment_set_expires(a, "B.2", "2026-01-01"));
	/* B.3: explanation but no expiry. */
	assert_big_ok(big_assessment_set_status(a, "B.3", BIG_STATUS_NOT_APPLICABLE));
	assert_big_ok(big_assessment_set_explanation(a, "B.3", "Geen"));

	r = score(a, BIG_ROLLUP_FLAT, -1);
	ck_assert_msg(!scores_of(r, "A.1")->has_implementation, "A.1 is scorable");
	ck_assert_double_eq(scores_of(r, "A.1")->comply_or_explain, 1);
	ck_assert_msg(scores_of(r, "A.2")->has_implementation, "expired A.2 is not scorable");
	ck_assert_double_eq(scores_of(r, "A.2")->comply_or_explain, 0);
	ck_assert_msg(scores_of(r, "A.3")->has_implementation, "blank A.3 is not scorable");
	ck_assert_double_eq(scores_of(r, "A.3")->comply_or_explain, 0);
	/* A risk acceptance stays scorable (s = 0) even when explained. */
	s = scores_of(r, "B.2");
	ck_assert_msg(s->has_implementation, "B.2 is not scorable");
	ck_assert_double_eq(s->implementation, 0);
	ck_assert_double_eq(s->comply_or_explain, 1);
	ck_assert_double_eq(scores_of(r, "B.3")->comply_or_explain, 0);
	/* overall flat: A.2, A.3 (w 2), B.1, B.2 (w 3), B.3: all 0. */
	s = big_report_overall(r);
	ck_assert_double_eq(s->implementation, 0);
	ck_assert_double_eq(s->comply_or_explain, 2.0 / 6.0);
	ck_assert_double_eq(s->coverage, 5.0 / 6.0);

	/* Gaps: B.1 (mandatory, not assessed), then B.2 is no gap, then by w·g. */
	ck_assert_uint_eq(big_report_gap_count(r), 4);
	check_gap(r, 0, "B.1", BIG_GAP_IMPLEMENTATION, 1, BIG_STATUS_NOT_ASSESSED, -1);
	check_gap(r, 1, "A.3", BIG_GAP_IMPLEMENTATION | BIG_GAP_EXPLANATION, 1,
		  BIG_STATUS_NOT_APPLICABLE, -1);
	check_gap(r, 2, "A.2", BIG_GAP_IMPLEMENTATION | BIG_GAP_EXPLANATION, 1,
		  BIG_STATUS_NOT_APPLICABLE, -1);
	check_gap(r, 3, "B.3", BIG_GAP_IMPLEMENTATION | BIG_GAP_EXPLANATION, 1,
		  BIG_STATUS_NOT_APPLICABLE, -1);
	big_report_free(r);

	/* Without assessed_on only the presence of expires counts: A.2 is explained now. */
	assert_big_ok(big_assessment_set_assessed_on(a, NULL));
	r = score(a, BIG_ROLLUP_FLAT, -1);
	ck_assert_msg(!scores_of(r, "A.2")->has_implementation,
		      "A.2 is scorable without assessed_on");
	ck_assert_msg(scores_of(r, "B.3")->has_implementation, "B.3 without expires is explained");
	big_report_free(r);
	big_assessment_free(a);
}
END_TEST

/* A result's evaluation is derived when it changes (result-eval.c), not at
 * each scoring: every setter that bears on it must be seen by the next score. */
enum change { STATUS, EXPLANATION, EXPIRES, ASSESSED_ON, MATURITY, CRITERIA };

static int apply(big_assessment *a, enum change what, int number, const char *text)
{
	const char *met[] = {"performed", "documented"};
	switch (what) {
	case STATUS:
		return big_assessment_set_status(a, "A.1", (big_status)number);
	case EXPLANATION:
		return big_assessment_set_explanation(a, "A.1", text);
	case EXPIRES:
		return big_assessment_set_expires(a, "A.1", text);
	case ASSESSED_ON:
		return big_assessment_set_assessed_on(a, text);
	case MATURITY:
		return big_assessment_set_maturity(a, "A.1", number);
	case CRITERIA:
		return big_assessment_set_criteria_met(a, "A.1", number < 0 ? NULL : met,
						       number < 0 ? 0 : (size_t)number);
	}
	return -1;
}

START_TEST(test_follows_changes)
{
	static const struct {
		enum change what;
		int number;
		const char *text;
		double comply;   /* then A.1's comply_or_explain */
		bool scored;     /* has_implementation */
		double maturity; /* maturity_mean, -1: none */
	} steps[] = {
	    {STATUS, BIG_STATUS_NOT_APPLICABLE, NULL, 0, true, -1},
	    {EXPLANATION, 0, "Geen eigen datacenter", 0, true, -1}, /* no expiry yet */
	    {EXPIRES, 0, "2030-01-01", 1, false, -1},
	    {ASSESSED_ON, 0, "2031-01-01", 0, true, -1}, /* expired */
	    {ASSESSED_ON, 0, "2029-12-31", 1, false, -1},
	    {EXPLANATION, 0, " ", 0, true, -1}, /* blank */
	    {STATUS, BIG_STATUS_IMPLEMENTED, NULL, 1, true, -1},
	    {MATURITY, 4, NULL, 1, true, 4},
	    {CRITERIA, 2, NULL, 1, true, 2}, /* derived from the criteria */
	    {CRITERIA, 1, NULL, 1, true, 1},
	    {CRITERIA, -1, NULL, 1, true, 4}, /* none given: the maturity again */
	    {MATURITY, -1, NULL, 1, true, -1},
	};
	big_assessment *a = NULL;

	assert_big_ok(big_assessment_new(&a, test_worked, "GM9901", "2025"));
	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		assert_big_ok(apply(a, steps[i].what, steps[i].number, steps[i].text));
		big_report *r = score(a, BIG_ROLLUP_FLAT, -1);
		const big_scores *s = scores_of(r, "A.1");
		ck_assert_msg(s->comply_or_explain == steps[i].comply, "step %zu: comply %g", i,
			      s->comply_or_explain);
		ck_assert_msg(s->has_implementation == steps[i].scored, "step %zu: scored", i);
		ck_assert_msg(s->has_maturity == (steps[i].maturity >= 0), "step %zu: maturity", i);
		if (s->has_maturity)
			ck_assert_double_eq(s->maturity_mean, steps[i].maturity);
		big_report_free(r);
	}
	big_assessment_free(a);
}
END_TEST

/* An explanation of nothing but white space or invisible characters is no
 * explanation, whatever the kind of space (docs/scoring.md, "Terms"): the
 * exclusion is not properly explained, so not in the exceptions register. */
START_TEST(test_blank_explanations)
{
	static const char *const blank[] = {
	    "\xc2\xa0",                             /* U+00A0 no-break space */
	    "\v",                                   /* U+000B */
	    "\f",                                   /* U+000C */
	    "\xc2\x85",                             /* U+0085 next line */
	    "\xe1\x9a\x80",                         /* U+1680 ogham space mark */
	    "\xe1\xa0\x8e",                         /* U+180E Mongolian vowel separator */
	    "\xe2\x80\x80\xe2\x80\x85\xe2\x80\x8a", /* U+2000, U+2005, U+200A */
	    "\xe2\x80\x8b\xe2\x80\x8c\xe2\x80\x8d", /* U+200B-U+200D zero width */
	    "\xe2\x80\xa8\xe2\x80\xa9",             /* U+2028, U+2029 */
	    "\xe2\x80\xaf\xe2\x81\x9f\xe2\x81\xa0", /* U+202F, U+205F, U+2060 */
	    "\xe3\x80\x80",                         /* U+3000 ideographic space */
	    "\xef\xbb\xbf",                         /* U+FEFF */
	    "\x01\x1b\x7f\xc2\x9f",                 /* control characters */
	    " \t\r\n\xc2\xa0\xe3\x80\x80 ",
	};
	static const char *const proper[] = {
	    "\xc2\xa0x", "\xe2\x80\x8b.", "\xc3\xa9", "\xe2\x80\x94", "\xef\xbf\xbd", "-",
	};
	for (size_t i = 0; i < sizeof(blank) / sizeof(blank[0]) + 6; i++) {
		bool is_blank = i < sizeof(blank) / sizeof(blank[0]);
		const char *text =
		    is_blank ? blank[i] : proper[i - sizeof(blank) / sizeof(blank[0])];
		big_assessment *a = NULL;

		assert_big_ok(big_assessment_new(&a, test_worked, "GM9901", "2025"));
		assert_big_ok(big_assessment_set_status(a, "A.1", BIG_STATUS_NOT_APPLICABLE));
		assert_big_ok(big_assessment_set_explanation(a, "A.1", text));
		assert_big_ok(big_assessment_set_expires(a, "A.1", "2030-01-01"));
		big_report *r = score(a, BIG_ROLLUP_FLAT, -1);
		ck_assert_msg(big_report_exception_count(r) == (is_blank ? 0u : 1u),
			      "explanation %zu: %zu exceptions", i, big_report_exception_count(r));
		ck_assert_msg(scores_of(r, "A.1")->has_implementation == is_blank,
			      "explanation %zu: scorable %d", i,
			      scores_of(r, "A.1")->has_implementation);
		big_report_free(r);
		big_assessment_free(a);
	}
}
END_TEST

/* The case of issue 17: "\u00a0" in a document. */
START_TEST(test_no_break_space_explanation_loaded)
{
	static const char text[] =
	    "{\"format\": \"libbig.assessment\", \"format_version\": 1, "
	    "\"catalogue\": {\"id\": \"worked-example\", \"version\": \"1\"}, "
	    "\"organisation\": {\"id\": \"GM9901\"}, \"period\": \"2025\", \"results\": {"
	    "\"A.1\": {\"status\": \"not_applicable\", \"explanation\": \"\\u00a0\", "
	    "\"expires\": \"2030-01-01\"}}}";
	big_assessment *a = NULL;

	assert_big_ok(big_assessment_load_buffer(&a, test_worked, text, sizeof(text) - 1, NULL));
	big_report *r = score(a, BIG_ROLLUP_FLAT, -1);
	ck_assert_uint_eq(big_report_exception_count(r), 0);
	const big_gap *gap = NULL;
	for (size_t i = 0; i < big_report_gap_count(r); i++)
		if (strcmp(big_node_id(big_report_gap(r, i)->node), "A.1") == 0)
			gap = big_report_gap(r, i);
	ck_assert_msg(gap && (gap->kinds & BIG_GAP_EXPLANATION), "A.1 is no explanation gap");
	big_report_free(r);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_nothing_scorable)
{
	big_assessment *a = NULL;
	big_report *r;
	const big_scores *s;
	char *json = NULL;
	cJSON *doc, *overall;

	assert_big_ok(big_assessment_new(&a, test_worked, "GM9901", "2025"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	for (size_t i = 0; i < big_catalogue_node_count(test_worked); i++) {
		const big_node *node = big_catalogue_node(test_worked, i);
		const char *id = big_node_id(node);

		if (!big_node_is_assessable(node))
			continue;
		assert_big_ok(big_assessment_set_status(a, id, BIG_STATUS_NOT_APPLICABLE));
		assert_big_ok(big_assessment_set_explanation(a, id, "Niet van toepassing"));
		assert_big_ok(big_assessment_set_expires(a, id, "2026-12-31"));
	}
	for (int k = 0; k < N_ROLLUPS; k++) {
		r = score(a, worked_impls[k].rollup, -1);
		s = big_report_overall(r);
		ck_assert_msg(!s->has_implementation, "%s: overall implementation %.17g exists",
			      big_rollup_name(worked_impls[k].rollup), s->implementation);
		ck_assert_double_eq(s->implementation, 0);
		ck_assert_msg(!s->has_maturity, "overall maturity exists");
		ck_assert_msg(s->has_coverage, "overall has no coverage");
		ck_assert_double_eq(s->coverage, 1);
		ck_assert_double_eq(s->comply_or_explain, 1);
		ck_assert_msg(!scores_of(r, "A")->has_implementation, "A has an implementation");
		ck_assert_msg(!scores_of(r, "B")->has_implementation, "B has an implementation");
		ck_assert_uint_eq(big_report_gap_count(r), 0);
		big_report_free(r);
	}

	r = score(a, BIG_ROLLUP_HIERARCHICAL, -1);
	assert_big_ok(big_report_to_json(&json, NULL, r, 0));
	doc = cJSON_Parse(json);
	ck_assert_ptr_nonnull(doc);
	overall = cJSON_GetObjectItemCaseSensitive(doc, "overall");
	ck_assert_msg(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(overall, "implementation")),
		      "overall implementation is not null in JSON");
	ck_assert_msg(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(overall, "maturity_mean")),
		      "overall maturity_mean is not null in JSON");
	ck_assert_msg(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(overall, "attained_level")),
		      "overall attained_level is not null in JSON");
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(doc, "exceptions")),
			 6);
	cJSON_Delete(doc);
	big_free(json);
	big_report_free(r);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_no_requirements)
{
	/* A catalogue without any requirement: no score of any kind. */
	big_catalogue *cat = test_catalogue_from_string(
	    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"empty\", "
	    "\"version\": \"1\", \"nodes\": [{\"id\": \"x\", \"kind\": \"k\", \"title\": \"X\", "
	    "\"assessable\": false}]}");
	big_assessment *a = NULL;
	big_report *r;
	const big_scores *s;

	assert_big_ok(big_assessment_new(&a, cat, "GM9901", "2025"));
	r = score(a, BIG_ROLLUP_HIERARCHICAL, -1);
	s = big_report_overall(r);
	ck_assert_ptr_nonnull(s);
	ck_assert_uint_eq(s->applicable, 0);
	ck_assert_msg(!s->has_implementation && !s->has_maturity && !s->has_coverage,
		      "scores exist without requirements");
	ck_assert_uint_eq(big_report_gap_count(r), 0);
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

static size_t count_assessable(const big_catalogue *cat)
{
	size_t n = 0;

	for (size_t i = 0; i < big_catalogue_node_count(cat); i++)
		if (big_node_is_assessable(big_catalogue_node(cat, i)))
			n++;
	return n;
}

START_TEST(test_bio2_empty)
{
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;
	size_t requirements;

	assert_big_ok(big_catalogue_builtin(&cat, "bio2"));
	requirements = count_assessable(cat);
	/* 120 measures and the 40 controls without measures (53 controls have some). */
	ck_assert_uint_eq(requirements, 160);
	assert_big_ok(big_assessment_new(&a, cat, "GM0363", "2025"));
	for (int k = 0; k < N_ROLLUPS; k++) {
		big_report *r = score(a, worked_impls[k].rollup, -1);
		const big_scores *s = big_report_overall(r);

		ck_assert_msg(s->has_implementation, "empty bio2 has no implementation");
		ck_assert_double_eq(s->implementation, 0);
		ck_assert_msg(s->has_coverage, "empty bio2 has no coverage");
		ck_assert_double_eq(s->coverage, 0);
		ck_assert_double_eq(s->comply_or_explain, 0);
		ck_assert_msg(!s->has_maturity, "empty bio2 has a maturity");
		ck_assert_uint_eq(s->applicable, requirements);
		ck_assert_uint_eq(s->counts[BIG_STATUS_NOT_ASSESSED], requirements);
		ck_assert_uint_eq(big_report_gap_count(r), requirements);
		/* Mandatory measures first. */
		ck_assert_msg(big_node_is_mandatory(big_report_gap(r, 0)->node),
			      "first gap is not mandatory");
		ck_assert_msg(!big_node_is_mandatory(big_report_gap(r, requirements - 1)->node),
			      "last gap is mandatory");
		big_report_free(r);
	}
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

START_TEST(test_bio2_all_implemented)
{
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;

	assert_big_ok(big_catalogue_builtin(&cat, "bio2"));
	assert_big_ok(big_assessment_new(&a, cat, "GM0363", "2025"));
	for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
		const big_node *node = big_catalogue_node(cat, i);

		if (big_node_is_assessable(node))
			assert_big_ok(big_assessment_set_status(a, big_node_id(node),
								BIG_STATUS_IMPLEMENTED));
	}
	for (int k = 0; k < N_ROLLUPS; k++) {
		big_report *r = score(a, worked_impls[k].rollup, -1);
		const big_scores *s = big_report_overall(r);

		ck_assert_msg(s->has_implementation, "no implementation");
		ck_assert_double_eq(s->implementation, 1);
		ck_assert_double_eq(s->coverage, 1);
		ck_assert_double_eq(s->comply_or_explain, 1);
		ck_assert_double_eq(scores_of(r, "5")->implementation, 1);
		ck_assert_double_eq(scores_of(r, "8.1")->implementation, 1);
		ck_assert_uint_eq(big_report_gap_count(r), 0);
		big_report_free(r);
	}
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

/* A small deterministic generator (xorshift), so the test needs no seed from outside. */
static uint32_t next_random(uint32_t *state)
{
	uint32_t x = *state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	*state = x;
	return x;
}

static void check_scores_in_range(const char *what, const big_scores *s)
{
	unsigned int sum = 0;

	if (s->has_implementation)
		ck_assert_msg(s->implementation >= 0 && s->implementation <= 1,
			      "%s: implementation %.17g", what, s->implementation);
	if (s->has_maturity) {
		ck_assert_msg(s->maturity_mean >= 0 && s->maturity_mean <= 5,
			      "%s: maturity_mean %.17g", what, s->maturity_mean);
		ck_assert_msg(s->attained_level >= 0 && s->attained_level <= 5 &&
				  s->attained_level <= s->maturity_mean,
			      "%s: attained_level %d (mean %.17g)", what, s->attained_level,
			      s->maturity_mean);
	}
	if (s->has_coverage) {
		ck_assert_msg(s->coverage >= 0 && s->coverage <= 1, "%s: coverage %.17g", what,
			      s->coverage);
		ck_assert_msg(s->comply_or_explain >= 0 && s->comply_or_explain <= 1,
			      "%s: comply_or_explain %.17g", what, s->comply_or_explain);
	}
	for (int i = 0; i < BIG_STATUS_COUNT; i++)
		sum += s->counts[i];
	ck_assert_msg(sum == s->applicable, "%s: counts add up to %u, applicable %u", what, sum,
		      s->applicable);
}

START_TEST(test_scores_in_range)
{
	static const char *const dates[] = {NULL, "2024-01-01", "2025-10-01", "2027-06-30"};
	big_catalogue *cat = NULL;
	uint32_t state = 0x9e3779b9u + (uint32_t)_i * 7919u;

	assert_big_ok(big_catalogue_builtin(&cat, "bio2"));
	for (int round = 0; round < 5; round++) {
		big_assessment *a = NULL;
		double flat_num = 0, flat_den = 0;
		unsigned int assessed = 0, n = 0;

		assert_big_ok(big_assessment_new(&a, cat, "GM0363", "2025"));
		assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
		for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
			const big_node *node = big_catalogue_node(cat, i);
			const char *id = big_node_id(node);
			uint32_t x = next_random(&state);
			big_status st = (big_status)(x % (BIG_STATUS_COUNT + 1));
			const char *expires = dates[(x >> 8) % 4];
			int explained;

			if (!big_node_is_assessable(node))
				continue;
			n++;
			if (st == BIG_STATUS_COUNT) { /* no result at all */
				st = BIG_STATUS_NOT_ASSESSED;
			} else {
				assert_big_ok(big_assessment_set_status(a, id, st));
				/* Maturity only where it counts: an explained exclusion is not
				 * scored. */
				if ((x >> 4) % 3 != 0 && st != BIG_STATUS_NOT_APPLICABLE)
					assert_big_ok(big_assessment_set_maturity(
					    a, id, (int)((x >> 12) % 6)));
				if ((x >> 16) % 2 == 0)
					assert_big_ok(
					    big_assessment_set_explanation(a, id, "Reden"));
				assert_big_ok(big_assessment_set_expires(a, id, expires));
			}
			if (st != BIG_STATUS_NOT_ASSESSED)
				assessed++;
			/* The flat overall score, computed here from the formulas. */
			explained =
			    (st == BIG_STATUS_NOT_APPLICABLE ||
			     (st == BIG_STATUS_RISK_ACCEPTED && !big_node_is_mandatory(node))) &&
			    (x >> 16) % 2 == 0 && expires != NULL &&
			    strcmp(expires, "2025-10-01") >= 0;
			if (st == BIG_STATUS_NOT_APPLICABLE && explained)
				continue;
			flat_num += big_node_weight(node) *
				    (st == BIG_STATUS_IMPLEMENTED             ? 1.0
				     : st == BIG_STATUS_PARTIALLY_IMPLEMENTED ? 0.5
									      : 0.0);
			flat_den += big_node_weight(node);
		}
		for (int k = 0; k < N_ROLLUPS; k++) {
			big_report *r = score(a, worked_impls[k].rollup, -1);
			const big_scores *o = big_report_overall(r);
			char what[64];

			check_scores_in_range("overall", o);
			for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
				const big_node *node = big_catalogue_node(cat, i);
				const big_scores *s = big_report_node_scores(r, node);

				snprintf(what, sizeof(what), "%s %s",
					 big_rollup_name(worked_impls[k].rollup),
					 big_node_id(node));
				ck_assert_msg(s != NULL, "%s: no scores", what);
				check_scores_in_range(what, s);
			}
			for (size_t i = 0; i < big_report_gap_count(r); i++) {
				const big_gap *g = big_report_gap(r, i);

				ck_assert_msg(g->size >= 0 && g->size <= 1, "gap size %.17g",
					      g->size);
				ck_assert_msg(g->kinds != 0, "gap without kinds");
			}
			ck_assert_uint_eq(o->applicable, n);
			ck_assert_double_eq_tol(o->coverage, (double)assessed / n, 1e-15);
			if (worked_impls[k].rollup == BIG_ROLLUP_FLAT) {
				ck_assert_msg(o->has_implementation, "no flat implementation");
				ck_assert_double_eq_tol(o->implementation, flat_num / flat_den,
							1e-12);
			}
			big_report_free(r);
		}
		big_assessment_free(a);
	}
	big_catalogue_free(cat);
}
END_TEST

static Suite *score_suite(void)
{
	Suite *s = suite_create("score");
	TCase *tc = tcase_create("worked-example");

	tcase_add_checked_fixture(tc, test_worked_setup, test_worked_teardown);
	tcase_add_loop_test(tc, test_worked_example, 0, N_ROLLUPS);
	tcase_add_test(tc, test_default_options);
	tcase_add_test(tc, test_follows_changes);
	tcase_add_test(tc, test_exceptions_in_json);
	tcase_add_test(tc, test_exceptions_api);
	tcase_add_test(tc, test_target_option);
	tcase_add_test(tc, test_target_fallback);
	tcase_add_test(tc, test_invalid_options);
	tcase_add_test(tc, test_rollup_names);
	tcase_add_test(tc, test_report_lookup);
	tcase_add_test(tc, test_built_equals_loaded);
	tcase_add_test(tc, test_proper_explanation_rules);
	tcase_add_test(tc, test_blank_explanations);
	tcase_add_test(tc, test_no_break_space_explanation_loaded);
	tcase_add_test(tc, test_nothing_scorable);
	suite_add_tcase(s, tc);

	tc = tcase_create("properties");
	tcase_add_test(tc, test_no_requirements);
	tcase_add_test(tc, test_bio2_empty);
	tcase_add_test(tc, test_bio2_all_implemented);
	tcase_add_loop_test(tc, test_scores_in_range, 0, 4);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(score_suite());
}
