/*
 * libbig tests — suite "compare": the comparison example of docs/scoring.md,
 * number for number, and the properties of the attribution.
 *
 * SPDX-License-Identifier: MIT
 */
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "test-common.h"

/* The pair of the docs: the worked example, and the same a year on. */
static struct {
	big_catalogue *cat;
	big_assessment *before, *after;
} pair;

static void load_pair(void)
{
	pair.cat = test_load_catalogue("worked-catalogue.json");
	pair.before = test_load_assessment(pair.cat, "worked-assessment.json");
	pair.after = test_load_assessment(pair.cat, "worked-assessment.json");
	assert_big_ok(big_assessment_set_status(pair.after, "A.2", BIG_STATUS_IMPLEMENTED));
	assert_big_ok(
	    big_assessment_set_status(pair.after, "B.2", BIG_STATUS_PARTIALLY_IMPLEMENTED));
	assert_big_ok(big_assessment_set_explanation(pair.after, "B.3", "Geen eigen netwerk"));
	assert_big_ok(big_assessment_set_expires(pair.after, "B.3", "2027-01-01"));
}

static void free_pair(void)
{
	big_assessment_free(pair.after);
	big_assessment_free(pair.before);
	big_catalogue_free(pair.cat);
	memset(&pair, 0, sizeof(pair));
}

static big_comparison *compare(const big_assessment *before, const big_assessment *after,
			       big_rollup rollup)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_comparison *c = NULL;

	opts.rollup = rollup;
	assert_big_ok(big_compare(&c, before, after, &opts));
	ck_assert_ptr_nonnull(c);
	return c;
}

static const big_delta *delta_of(const big_comparison *c, const char *id)
{
	const big_node *node =
	    big_catalogue_find(big_report_catalogue(big_comparison_before(c)), id);
	const big_delta *d = big_comparison_node(c, node);

	ck_assert_msg(d != NULL, "no delta for %s", id);
	return d;
}

static void check_contribution(const big_comparison *c, size_t i, const char *id, big_status before,
			       big_status after, bool scorable_before, bool scorable_after,
			       double value)
{
	const big_contribution *x = big_comparison_contribution(c, i);

	ck_assert_msg(x != NULL, "contribution %zu is missing", i);
	ck_assert_msg(strcmp(big_node_id(x->node), id) == 0, "contribution %zu is %s, expected %s",
		      i, big_node_id(x->node), id);
	ck_assert_int_eq(x->before, before);
	ck_assert_int_eq(x->after, after);
	ck_assert_msg(x->scorable_before == scorable_before && x->scorable_after == scorable_after,
		      "%s: scorable %d -> %d", id, x->scorable_before, x->scorable_after);
	ck_assert_msg(x->contribution == value, "%s: contribution %.17g, expected %.17g", id,
		      x->contribution, value);
}

/* Units in the last place of @x. */
static double ulp(double x)
{
	x = fabs(x);
	return nextafter(x, INFINITY) - x;
}

/*
 * The contributions summed in catalogue order with compensation, computed
 * here with Knuth's branch-free TwoSum, which yields the same rounding error
 * of each addition as the library's Neumaier summation.
 */
static double sum_in_catalogue_order(const big_comparison *c)
{
	size_t n = big_comparison_contribution_count(c);
	const big_contribution **in_order = calloc(n + 1, sizeof(*in_order));
	double s = 0, err = 0;

	ck_assert_ptr_nonnull(in_order);
	for (size_t i = 0; i < n; i++) {
		const big_contribution *x = big_comparison_contribution(c, i);
		size_t j = i;

		/* insertion sort by node index */
		while (j > 0 && big_node_index(in_order[j - 1]->node) > big_node_index(x->node)) {
			in_order[j] = in_order[j - 1];
			j--;
		}
		in_order[j] = x;
	}
	for (size_t i = 0; i < n; i++) {
		double x = in_order[i]->contribution, t = s + x, z = t - s;

		err += (s - (t - z)) + (x - z);
		s = t;
	}
	free(in_order);
	return s + err;
}

/* Listing rule and order of the contributions. */
static void check_contribution_list(const big_comparison *c)
{
	for (size_t i = 0; i < big_comparison_contribution_count(c); i++) {
		const big_contribution *x = big_comparison_contribution(c, i);

		ck_assert_msg(x->contribution != 0 || x->before != x->after ||
				  x->scorable_before != x->scorable_after,
			      "%s is listed without a change", big_node_id(x->node));
		if (i == 0)
			continue;
		const big_contribution *p = big_comparison_contribution(c, i - 1);
		ck_assert_msg(fabs(p->contribution) > fabs(x->contribution) ||
				  (fabs(p->contribution) == fabs(x->contribution) &&
				   big_node_index(p->node) < big_node_index(x->node)),
			      "contributions %zu and %zu are out of order", i - 1, i);
	}
	ck_assert_ptr_null(big_comparison_contribution(c, big_comparison_contribution_count(c)));
}

START_TEST(test_worked_comparison)
{
	big_comparison *c = compare(pair.before, pair.after, BIG_ROLLUP_FLAT);
	const big_delta *d = big_comparison_overall(c);
	double s_before = big_report_overall(big_comparison_before(c))->implementation;
	double s_after = big_report_overall(big_comparison_after(c))->implementation;

	/* Flat scores: 1.5/7 before, 3.5/6 after (B.3 left the scorable set). */
	ck_assert_double_eq(s_before, 0.21428571428571427);
	ck_assert_double_eq(s_after, 0.5833333333333334);
	ck_assert_msg(d->has_implementation, "overall delta has no implementation");
	ck_assert_double_eq(d->implementation, 0.36904761904761907);
	ck_assert_msg(d->has_maturity, "overall delta has no maturity");
	ck_assert_double_eq(d->maturity_mean, 0);
	ck_assert_msg(d->has_coverage, "overall delta has no coverage");
	ck_assert_double_eq(d->coverage, 0.16666666666666663);
	ck_assert_double_eq(d->comply_or_explain, 0.3333333333333333);
	ck_assert_int_eq(d->applicable, 0);

	d = delta_of(c, "A");
	ck_assert_double_eq(d->implementation, 0.25);
	d = delta_of(c, "B");
	ck_assert_double_eq(d->implementation, 0.375);
	ck_assert_msg(!d->has_maturity, "B has a maturity delta");
	/* B.3 has no implementation score after: no delta. */
	d = delta_of(c, "B.3");
	ck_assert_msg(!d->has_implementation, "B.3 has an implementation delta");
	ck_assert_double_eq(d->comply_or_explain, 1);

	/* Contributions: B.2 1.5/6, A.2 1/6 − 0.5/7, A.1 1/6 − 1/7, B.3 0. */
	ck_assert_uint_eq(big_comparison_contribution_count(c), 4);
	check_contribution(c, 0, "B.2", BIG_STATUS_NOT_ASSESSED, BIG_STATUS_PARTIALLY_IMPLEMENTED,
			   true, true, 0.25);
	check_contribution(c, 1, "A.2", BIG_STATUS_PARTIALLY_IMPLEMENTED, BIG_STATUS_IMPLEMENTED,
			   true, true, 0.09523809523809523);
	check_contribution(c, 2, "A.1", BIG_STATUS_IMPLEMENTED, BIG_STATUS_IMPLEMENTED, true, true,
			   0.023809523809523808);
	check_contribution(c, 3, "B.3", BIG_STATUS_NOT_APPLICABLE, BIG_STATUS_NOT_APPLICABLE, true,
			   false, 0);
	check_contribution_list(c);

	/* They add up to the change of the flat score: here to the last bit. */
	ck_assert_double_eq(big_comparison_flat_delta(c), 0.36904761904761907);
	ck_assert_double_eq(big_comparison_flat_delta(c), s_after - s_before);
	ck_assert_double_eq(sum_in_catalogue_order(c), big_comparison_flat_delta(c));
	big_comparison_free(c);
}
END_TEST

START_TEST(test_other_rollups)
{
	/* Node deltas are the differences of the roll-ups; contributions stay flat. */
	big_comparison *c = compare(pair.before, pair.after, BIG_ROLLUP_HIERARCHICAL);

	ck_assert_double_eq(big_comparison_overall(c)->implementation, 0.3125);
	ck_assert_double_eq(delta_of(c, "A")->implementation, 0.25);
	ck_assert_double_eq(delta_of(c, "B")->implementation, 0.375);
	ck_assert_double_eq(big_comparison_flat_delta(c), 0.36904761904761907);
	ck_assert_uint_eq(big_comparison_contribution_count(c), 4);
	check_contribution(c, 0, "B.2", BIG_STATUS_NOT_ASSESSED, BIG_STATUS_PARTIALLY_IMPLEMENTED,
			   true, true, 0.25);
	big_comparison_free(c);

	c = compare(pair.before, pair.after, BIG_ROLLUP_WEAKEST);
	ck_assert_double_eq(big_comparison_overall(c)->implementation, 0);
	ck_assert_double_eq(delta_of(c, "A")->implementation, 0.5);
	ck_assert_double_eq(delta_of(c, "B")->implementation, 0);
	ck_assert_double_eq(big_comparison_flat_delta(c), 0.36904761904761907);
	big_comparison_free(c);
}
END_TEST

START_TEST(test_same_scorable_set)
{
	/* W = 7 on both sides: a contribution is w·(s_after − s_before)/W. */
	big_assessment *after = test_load_assessment(pair.cat, "worked-assessment.json");
	big_comparison *c;

	assert_big_ok(big_assessment_set_status(after, "A.2", BIG_STATUS_IMPLEMENTED));
	assert_big_ok(big_assessment_set_status(after, "B.2", BIG_STATUS_PARTIALLY_IMPLEMENTED));
	assert_big_ok(big_assessment_set_status(after, "B.1", BIG_STATUS_NOT_IMPLEMENTED));
	c = compare(pair.before, after, BIG_ROLLUP_FLAT);
	ck_assert_uint_eq(big_comparison_contribution_count(c), 3);
	check_contribution(c, 0, "B.2", BIG_STATUS_NOT_ASSESSED, BIG_STATUS_PARTIALLY_IMPLEMENTED,
			   true, true, 3 * (0.5 - 0.0) / 7);
	check_contribution(c, 1, "A.2", BIG_STATUS_PARTIALLY_IMPLEMENTED, BIG_STATUS_IMPLEMENTED,
			   true, true, 1 * (1.0 - 0.5) / 7);
	/* A change of status that leaves the score alone is listed with 0. */
	check_contribution(c, 2, "B.1", BIG_STATUS_RISK_ACCEPTED, BIG_STATUS_NOT_IMPLEMENTED, true,
			   true, 0);
	check_contribution_list(c);
	ck_assert_double_eq(big_report_overall(big_comparison_after(c))->implementation, 3.5 / 7);
	ck_assert_double_eq(big_comparison_overall(c)->implementation, 3.5 / 7 - 1.5 / 7);
	ck_assert_double_eq(big_comparison_flat_delta(c), 3.5 / 7 - 1.5 / 7);
	ck_assert_double_eq(sum_in_catalogue_order(c), big_comparison_flat_delta(c));
	big_comparison_free(c);

	/* An assessment compared with itself: no change, nothing listed. */
	c = compare(pair.before, pair.before, BIG_ROLLUP_FLAT);
	ck_assert_uint_eq(big_comparison_contribution_count(c), 0);
	ck_assert_double_eq(big_comparison_flat_delta(c), 0);
	ck_assert_double_eq(big_comparison_overall(c)->implementation, 0);
	big_comparison_free(c);
	big_assessment_free(after);
}
END_TEST

START_TEST(test_mismatch)
{
	big_catalogue *small = test_load_catalogue("small-catalogue.json");
	big_catalogue *again = test_load_catalogue("worked-catalogue.json");
	big_assessment *other = NULL, *twin = test_load_assessment(again, "worked-assessment.json");
	big_comparison *c = NULL;
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;

	assert_big_ok(big_assessment_new(&other, small, "GM9901", "2025"));
	assert_big_fails(big_compare(&c, pair.before, other, NULL), BIG_EMISMATCH);
	ck_assert_ptr_null(c);
	assert_big_fails(big_compare(&c, other, pair.before, NULL), BIG_EMISMATCH);
	assert_big_fails(big_compare(NULL, pair.before, pair.before, NULL), BIG_EINVAL);
	assert_big_fails(big_compare(&c, NULL, pair.before, NULL), BIG_EINVAL);
	opts.version = 99;
	assert_big_fails(big_compare(&c, pair.before, pair.before, &opts), BIG_EINVAL);
	big_comparison_free(NULL);

	/* An equal catalogue (same id and version) loaded twice is the same catalogue. */
	c = compare(pair.before, twin, BIG_ROLLUP_FLAT);
	ck_assert_ptr_eq(big_comparison_node(c, big_catalogue_find(again, "A")),
			 big_comparison_node(c, big_catalogue_find(pair.cat, "A")));
	ck_assert_ptr_null(big_comparison_node(c, big_catalogue_find(small, "1")));
	ck_assert_ptr_null(big_comparison_node(c, NULL));
	ck_assert_uint_eq(big_comparison_contribution_count(c), 0);
	big_comparison_free(c);

	/* Different targets must be settled in the options. */
	assert_big_ok(big_assessment_set_target(twin, 4));
	assert_big_fails(big_compare(&c, pair.before, twin, NULL), BIG_EMISMATCH);
	opts.version = BIG_SCORE_OPTIONS_VERSION;
	opts.target = 2;
	assert_big_ok(big_compare(&c, pair.before, twin, &opts));
	ck_assert_int_eq(big_report_target(big_comparison_before(c)), 2);
	ck_assert_int_eq(big_report_target(big_comparison_after(c)), 2);
	big_comparison_free(c);
	opts.target = 9;
	assert_big_fails(big_compare(&c, pair.before, twin, &opts), BIG_ERANGE);

	big_assessment_free(twin);
	big_assessment_free(other);
	big_catalogue_free(again);
	big_catalogue_free(small);
}
END_TEST

START_TEST(test_profile)
{
	big_catalogue *cat = test_load_catalogue("model-catalogue.json");
	big_assessment *before = NULL, *after = NULL;
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_comparison *c = NULL;

	assert_big_ok(big_assessment_new(&before, cat, "GM9901", "2024"));
	assert_big_ok(big_assessment_new(&after, cat, "GM9901", "2025"));
	/* Everything improves, but the profile "cloud" selects H1.2 and H2.2 only.
	 * This catalogue values partially_implemented at 0.6. */
	assert_big_ok(big_assessment_set_status(after, "H1.1", BIG_STATUS_IMPLEMENTED));
	assert_big_ok(big_assessment_set_status(after, "H1.2", BIG_STATUS_IMPLEMENTED));
	assert_big_ok(big_assessment_set_status(after, "H2.2", BIG_STATUS_PARTIALLY_IMPLEMENTED));
	assert_big_ok(big_assessment_set_status(after, "H2.3", BIG_STATUS_IMPLEMENTED));
	opts.rollup = BIG_ROLLUP_FLAT;
	opts.profile = "cloud";
	assert_big_ok(big_compare(&c, before, after, &opts));
	ck_assert_str_eq(big_profile_id(big_report_profile(big_comparison_before(c))), "cloud");
	ck_assert_str_eq(big_profile_id(big_report_profile(big_comparison_after(c))), "cloud");
	ck_assert_int_eq(big_comparison_overall(c)->applicable, 0);
	ck_assert_double_eq(big_comparison_overall(c)->implementation, 0.8);
	ck_assert_uint_eq(big_comparison_contribution_count(c), 2);
	check_contribution(c, 0, "H1.2", BIG_STATUS_NOT_ASSESSED, BIG_STATUS_IMPLEMENTED, true,
			   true, 0.5);
	check_contribution(c, 1, "H2.2", BIG_STATUS_NOT_ASSESSED, BIG_STATUS_PARTIALLY_IMPLEMENTED,
			   true, true, 0.3);
	ck_assert_double_eq(big_comparison_flat_delta(c), 0.8);
	big_comparison_free(c);

	/* Assessments made for different profiles: the caller chooses. */
	assert_big_ok(big_assessment_set_profile(after, "bbn1"));
	assert_big_fails(big_compare(&c, before, after, NULL), BIG_EMISMATCH);
	ck_assert_ptr_null(c);
	assert_big_ok(big_compare(&c, before, after, &opts));
	ck_assert_str_eq(big_profile_id(big_report_profile(big_comparison_after(c))), "cloud");
	big_comparison_free(c);
	/* Both name it: it applies without options. */
	assert_big_ok(big_assessment_set_profile(before, "bbn1"));
	assert_big_ok(big_compare(&c, before, after, NULL));
	ck_assert_str_eq(big_profile_id(big_report_profile(big_comparison_before(c))), "bbn1");
	big_comparison_free(c);
	opts.profile = "nope";
	assert_big_fails(big_compare(&c, before, after, &opts), BIG_ENOTFOUND);

	big_assessment_free(after);
	big_assessment_free(before);
	big_catalogue_free(cat);
}
END_TEST

/* Deterministic pseudo-random numbers: the high half of a 64-bit LCG
 * (Knuth's MMIX constants), so the pairs are the same on every run. */
static unsigned int draw(uint64_t *state, unsigned int n)
{
	*state = *state * 6364136223846793005u + 1442695040888963407u;
	return (unsigned int)(*state >> 33) % n;
}

/* Random results for every requirement: about one in six an exclusion. */
static big_assessment *random_assessment(const big_catalogue *cat, uint64_t *state)
{
	big_assessment *a = NULL;

	assert_big_ok(big_assessment_new(&a, cat, "GM0363", "2025"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	for (size_t i = 0; i < big_catalogue_requirement_count(cat); i++) {
		const char *id = big_node_id(big_catalogue_requirement(cat, i));
		big_status status = (big_status)draw(state, BIG_STATUS_COUNT);

		assert_big_ok(big_assessment_set_status(a, id, status));
		if (status == BIG_STATUS_NOT_APPLICABLE && draw(state, 4) != 0) {
			assert_big_ok(big_assessment_set_explanation(a, id, "Niet van toepassing"));
			assert_big_ok(big_assessment_set_expires(a, id, "2026-12-31"));
		}
	}
	return a;
}

START_TEST(test_bio2_random_pairs)
{
	big_catalogue *cat = NULL;
	uint64_t state = 20250101u;

	assert_big_ok(big_catalogue_builtin(&cat, "bio2"));
	for (int k = 0; k < 50; k++) {
		big_assessment *before = random_assessment(cat, &state);
		big_assessment *after = random_assessment(cat, &state);
		big_comparison *c = compare(before, after, BIG_ROLLUP_FLAT);
		double sb = big_report_overall(big_comparison_before(c))->implementation;
		double sa = big_report_overall(big_comparison_after(c))->implementation;
		double flat = big_comparison_flat_delta(c);
		/* The difference inherits the rounding of the scores it subtracts. */
		double tolerance = 4 * ulp(fmax(fabs(sa), fabs(sb)));

		ck_assert_msg(fabs(flat - (sa - sb)) <= tolerance,
			      "pair %d: flat delta %.17g, scores %.17g - %.17g = %.17g", k, flat,
			      sa, sb, sa - sb);
		ck_assert_double_eq(big_comparison_overall(c)->implementation, sa - sb);
		ck_assert_double_eq(sum_in_catalogue_order(c), flat);
		check_contribution_list(c);
		big_comparison_free(c);
		big_assessment_free(after);
		big_assessment_free(before);
	}
	big_catalogue_free(cat);
}
END_TEST

static cJSON *member(const cJSON *object, const char *key)
{
	cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);

	ck_assert_msg(item != NULL, "no member \"%s\"", key);
	return item;
}

static const cJSON *find_by_id(const cJSON *array, const char *id)
{
	const cJSON *item;

	cJSON_ArrayForEach(item, array)
	{
		if (strcmp(cJSON_GetStringValue(member(item, "id")), id) == 0)
			return item;
	}
	ck_abort_msg("no entry \"%s\"", id);
	return NULL;
}

START_TEST(test_json)
{
	big_comparison *c = compare(pair.before, pair.after, BIG_ROLLUP_FLAT);
	char *json = NULL, *again = NULL, *compact = NULL;
	size_t len = 0;
	cJSON *doc;
	const cJSON *overall, *node, *x;

	assert_big_ok(big_comparison_to_json(&json, &len, c, 0));
	ck_assert_uint_eq(len, strlen(json));
	doc = cJSON_ParseWithLength(json, len);
	ck_assert_msg(doc != NULL, "comparison is not JSON:\n%s", json);
	ck_assert_str_eq(cJSON_GetStringValue(member(doc, "format")), "libbig.comparison");
	ck_assert_double_eq(cJSON_GetNumberValue(member(doc, "format_version")), 1);
	ck_assert_str_eq(cJSON_GetStringValue(member(member(doc, "catalogue"), "id")),
			 "worked-example");
	ck_assert_str_eq(
	    cJSON_GetStringValue(member(member(member(doc, "before"), "organisation"), "id")),
	    "GM9901");
	ck_assert_str_eq(cJSON_GetStringValue(member(member(doc, "after"), "period")), "2025");
	ck_assert_msg(cJSON_IsNull(member(doc, "profile")), "profile is not null");
	ck_assert_str_eq(cJSON_GetStringValue(member(member(doc, "options"), "rollup")), "flat");
	ck_assert_double_eq(cJSON_GetNumberValue(member(member(doc, "options"), "target")), 3);

	overall = member(doc, "overall");
	ck_assert_double_eq(
	    cJSON_GetNumberValue(member(member(overall, "delta"), "implementation")),
	    0.36904761904761907);
	ck_assert_double_eq(
	    cJSON_GetNumberValue(member(member(overall, "after"), "implementation")),
	    0.5833333333333334);
	ck_assert_double_eq(cJSON_GetNumberValue(member(member(overall, "delta"), "applicable")),
			    0);

	/* Two chapters and six requirements. */
	ck_assert_int_eq(cJSON_GetArraySize(member(doc, "nodes")), 8);
	node = find_by_id(member(doc, "nodes"), "B.3");
	ck_assert_str_eq(cJSON_GetStringValue(member(node, "kind")), "requirement");
	ck_assert_double_eq(cJSON_GetNumberValue(member(member(node, "before"), "implementation")),
			    0);
	ck_assert_msg(cJSON_IsNull(member(member(node, "after"), "implementation")),
		      "B.3 after is scored");
	ck_assert_msg(cJSON_IsNull(member(member(node, "delta"), "implementation")),
		      "B.3 has an implementation delta");
	ck_assert_msg(cJSON_IsNull(member(member(node, "delta"), "maturity_mean")),
		      "B.3 has a maturity delta");

	ck_assert_int_eq(cJSON_GetArraySize(member(doc, "contributions")), 4);
	x = cJSON_GetArrayItem(member(doc, "contributions"), 0);
	ck_assert_str_eq(cJSON_GetStringValue(member(x, "id")), "B.2");
	ck_assert_double_eq(cJSON_GetNumberValue(member(x, "contribution")), 0.25);
	ck_assert_str_eq(cJSON_GetStringValue(member(member(x, "before"), "status")),
			 "not_assessed");
	x = find_by_id(member(doc, "contributions"), "B.3");
	ck_assert_msg(cJSON_IsTrue(member(member(x, "before"), "scorable")), "B.3 before");
	ck_assert_msg(cJSON_IsFalse(member(member(x, "after"), "scorable")), "B.3 after");
	ck_assert_double_eq(cJSON_GetNumberValue(member(doc, "flat_delta")), 0.36904761904761907);
	cJSON_Delete(doc);

	/* Compact output is the same document on one line. */
	assert_big_ok(big_comparison_to_json(&compact, NULL, c, BIG_JSON_COMPACT));
	ck_assert_ptr_eq(strchr(compact, '\n'), compact + strlen(compact) - 1);
	big_free(compact);

	/* The same bytes under a locale with a decimal comma, when it exists. */
	if (test_setlocale_nl("the locale check of suite compare")) {
		assert_big_ok(big_comparison_to_json(&again, NULL, c, 0));
		setlocale(LC_ALL, "C");
		ck_assert_str_eq(again, json);
		big_free(again);
	}
	assert_big_fails(big_comparison_to_json(NULL, NULL, c, 0), BIG_EINVAL);
	assert_big_fails(big_comparison_to_json(&again, NULL, NULL, 0), BIG_EINVAL);
	big_free(json);
	big_comparison_free(c);
}
END_TEST

static Suite *compare_suite(void)
{
	Suite *s = suite_create("compare");
	TCase *tc = tcase_create("compare");

	tcase_add_checked_fixture(tc, load_pair, free_pair);
	tcase_add_test(tc, test_worked_comparison);
	tcase_add_test(tc, test_other_rollups);
	tcase_add_test(tc, test_same_scorable_set);
	tcase_add_test(tc, test_mismatch);
	tcase_add_test(tc, test_profile);
	tcase_add_test(tc, test_bio2_random_pairs);
	tcase_add_test(tc, test_json);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(compare_suite());
}
