/*
 * libbig tests — suite "aggregate": aggregation across organisations and
 * distributions with the publication guard; the examples of docs/scoring.md
 * ("Aggregation", "Distributions and the publication guard") number for
 * number.
 *
 * SPDX-License-Identifier: MIT
 */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

#define TOL 1e-15

/* The organisations of the docs, on tests/data/worked-catalogue.json:
 * i implemented, p partially_implemented, n not_implemented, x a properly
 * explained not_applicable, . no result (not_assessed). Columns A.1 A.2 A.3
 * B.1 B.2 B.3. */
static const char *const ids[] = {"A.1", "A.2", "A.3", "B.1", "B.2", "B.3"};
static const struct {
	const char *id;
	const char *results;
	double inhabitants;
} orgs[] = {
    {"GM0001", "iiiiii", 10000}, {"GM0002", "pinipx", 30000}, {"GM0003", "npip.i", 60000},
    {"GM0004", "ippnip", 20000}, {"GM0005", "......", 5000},
};
#define ORG_COUNT 5

static big_catalogue *cat;
static big_assessment *as[ORG_COUNT];

static big_assessment *make_org(const big_catalogue *c, size_t k)
{
	big_assessment *a = NULL;
	assert_big_ok(big_assessment_new(&a, c, orgs[k].id, "2025"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	assert_big_ok(big_assessment_set_attribute(a, "inhabitants", orgs[k].inhabitants));
	for (size_t r = 0; r < 6; r++) {
		switch (orgs[k].results[r]) {
		case 'i':
			assert_big_ok(big_assessment_set_status(a, ids[r], BIG_STATUS_IMPLEMENTED));
			break;
		case 'p':
			assert_big_ok(
			    big_assessment_set_status(a, ids[r], BIG_STATUS_PARTIALLY_IMPLEMENTED));
			break;
		case 'n':
			assert_big_ok(
			    big_assessment_set_status(a, ids[r], BIG_STATUS_NOT_IMPLEMENTED));
			break;
		case 'x':
			assert_big_ok(
			    big_assessment_set_status(a, ids[r], BIG_STATUS_NOT_APPLICABLE));
			assert_big_ok(big_assessment_set_explanation(a, ids[r], "Geen netwerk"));
			assert_big_ok(big_assessment_set_expires(a, ids[r], "2026-12-31"));
			break;
		default:
			break;
		}
	}
	return a;
}

static void setup(void)
{
	cat = test_load_catalogue("worked-catalogue.json");
	for (size_t k = 0; k < ORG_COUNT; k++)
		as[k] = make_org(cat, k);
}

static void teardown(void)
{
	for (size_t k = 0; k < ORG_COUNT; k++)
		big_assessment_free(as[k]);
	big_catalogue_free(cat);
}

static big_aggregate_report *aggregate(size_t count, big_aggregate_method method, big_rollup rollup)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	o.method = method;
	o.rollup = rollup;
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)as, count, &o));
	ck_assert_ptr_nonnull(ag);
	return ag;
}

static double impl(const big_aggregate_report *ag, const char *id)
{
	const big_aggregate_scores *s =
	    id ? big_aggregate_report_find(ag, id) : big_aggregate_report_overall(ag);
	ck_assert_ptr_nonnull(s);
	ck_assert_msg(s->has_implementation, "%s has no score", id ? id : "overall");
	return s->implementation;
}

/* Requirement scores, chapters A and B and overall. */
static void check(const big_aggregate_report *ag, const double req[6], double a, double b,
		  double overall)
{
	for (size_t r = 0; r < 6; r++)
		ck_assert_double_eq_tol(impl(ag, ids[r]), req[r], TOL);
	ck_assert_double_eq_tol(impl(ag, "A"), a, TOL);
	ck_assert_double_eq_tol(impl(ag, "B"), b, TOL);
	ck_assert_double_eq_tol(impl(ag, NULL), overall, TOL);
}

START_TEST(test_weakest)
{
	big_aggregate_report *ag = aggregate(3, BIG_AGGREGATE_WEAKEST, BIG_ROLLUP_HIERARCHICAL);
	const double req[6] = {0, 0.5, 0, 0.5, 0, 1};
	check(ag, req, 0.125, 0.3, 0.2125);
	ck_assert_uint_eq(big_aggregate_report_member_count(ag), 3);
	ck_assert_uint_eq(big_aggregate_report_missing_count(ag), 0);
	ck_assert_uint_eq(big_aggregate_report_overall(ag)->n, 3);
	ck_assert_uint_eq(big_aggregate_report_overall(ag)->applicable, 6);
	ck_assert_uint_eq(big_aggregate_report_find(ag, "B.3")->n, 2); /* GM0002 explained */
	ck_assert_uint_eq(big_aggregate_report_find(ag, "B")->n, 3);
	ck_assert_int_eq(big_aggregate_report_method(ag), BIG_AGGREGATE_WEAKEST);
	ck_assert_str_eq(big_aggregate_report_member(ag, 2), "GM0003");
	ck_assert_ptr_null(big_aggregate_report_member(ag, 3));
	big_aggregate_report_free(ag);

	/* The default options are the weakest link, hierarchical. */
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)as, 3, NULL));
	ck_assert_double_eq_tol(impl(ag, NULL), 0.2125, TOL);
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_mean)
{
	big_aggregate_report *ag = aggregate(3, BIG_AGGREGATE_MEAN, BIG_ROLLUP_HIERARCHICAL);
	const double req[6] = {0.5, 5.0 / 6, 2.0 / 3, 5.0 / 6, 0.5, 1};
	check(ag, req, 2.0 / 3, 2.0 / 3, 2.0 / 3);
	big_aggregate_report_free(ag);
	/* Roll-ups: flat gives the same here; weakest the least requirement. */
	ag = aggregate(3, BIG_AGGREGATE_MEAN, BIG_ROLLUP_FLAT);
	check(ag, req, 2.0 / 3, 2.0 / 3, 2.0 / 3);
	big_aggregate_report_free(ag);
	ag = aggregate(3, BIG_AGGREGATE_MEAN, BIG_ROLLUP_WEAKEST);
	check(ag, req, 0.5, 0.5, 0.5);
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_median)
{
	big_aggregate_report *ag = aggregate(3, BIG_AGGREGATE_MEDIAN, BIG_ROLLUP_HIERARCHICAL);
	const double odd[6] = {0.5, 1, 1, 1, 0.5, 1};
	check(ag, odd, 0.875, 0.7, 0.7875);
	big_aggregate_report_free(ag);
	/* Four organisations: the mean of the two middle values (B.3 has three). */
	ag = aggregate(4, BIG_AGGREGATE_MEDIAN, BIG_ROLLUP_HIERARCHICAL);
	const double even[6] = {0.75, 0.75, 0.75, 0.75, 0.75, 1};
	check(ag, even, 0.75, 0.8, 0.775);
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_weighted_mean)
{
	const double weights[3] = {1, 3, 6};
	const double req[6] = {0.25, 0.7, 0.7, 0.7, 0.25, 1};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	const big_assessment *const *a = (const big_assessment *const *)as;

	o.method = BIG_AGGREGATE_WEIGHTED_MEAN;
	o.weights = weights;
	assert_big_ok(big_aggregate(&ag, a, 3, &o));
	check(ag, req, 0.5875, 0.49, 0.53875);
	ck_assert_double_eq(big_aggregate_report_member_weight(ag, 2), 6);
	big_aggregate_report_free(ag);

	o.weights = NULL;
	o.weight_attribute = "inhabitants";
	assert_big_ok(big_aggregate(&ag, a, 3, &o));
	check(ag, req, 0.5875, 0.49, 0.53875);
	ck_assert_double_eq(big_aggregate_report_member_weight(ag, 2), 60000);
	big_aggregate_report_free(ag);

	/* An organisation without the attribute is named. */
	o.weight_attribute = "area";
	assert_big_fails(big_aggregate(&ag, a, 3, &o), BIG_ENOTFOUND);
	ck_assert_ptr_null(ag);
	ck_assert(test_contains(big_error_last()->message, "GM0001"));
	ck_assert(test_contains(big_error_last()->message, "area"));
	/* Neither weights nor attribute; a weight that is not positive. */
	o.weight_attribute = NULL;
	assert_big_fails(big_aggregate(&ag, a, 3, &o), BIG_EINVAL);
	const double bad[3] = {1, 0, 1};
	o.weights = bad;
	assert_big_fails(big_aggregate(&ag, a, 3, &o), BIG_ERANGE);
	ck_assert(test_contains(big_error_last()->message, "GM0002"));
}
END_TEST

START_TEST(test_missing_members)
{
	const char *const expected[] = {"GM0003", "GM0005", "GM0001", "GM0002", "GM0005"};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	const big_assessment *const *a = (const big_assessment *const *)as;

	o.method = BIG_AGGREGATE_MEAN;
	o.expected_members = expected;
	o.expected_member_count = 5;
	assert_big_ok(big_aggregate(&ag, a, 3, &o));
	ck_assert_uint_eq(big_aggregate_report_missing_count(ag), 1);
	ck_assert_str_eq(big_aggregate_report_missing(ag, 0), "GM0005");
	ck_assert_ptr_null(big_aggregate_report_missing(ag, 1));
	ck_assert_uint_eq(big_aggregate_report_member_count(ag), 4);
	ck_assert_uint_eq(big_aggregate_report_overall(ag)->n, 4);
	/* GM0005 counts as not_assessed: s = 0 everywhere. */
	const double req[6] = {0.375, 0.625, 0.5, 0.625, 0.375, 2.0 / 3};
	check(ag, req, 0.5, 29.0 / 60, 59.0 / 120);
	big_aggregate_report_free(ag);

	/* The same as the assessment of an organisation that assessed nothing. */
	ag = NULL;
	big_aggregate_report *same = NULL;
	const big_assessment *four[4] = {as[0], as[1], as[2], as[4]};
	o.expected_members = NULL;
	o.expected_member_count = 0;
	assert_big_ok(big_aggregate(&same, four, 4, &o));
	ck_assert_double_eq_tol(impl(same, NULL), 59.0 / 120, TOL);
	big_aggregate_report_free(same);

	/* Weighted: a missing member needs its weight. */
	const double weights[3] = {1, 3, 6}, expected_weights[5] = {6, 2, 1, 3, 2};
	o.expected_members = expected;
	o.expected_member_count = 5;
	o.method = BIG_AGGREGATE_WEIGHTED_MEAN;
	o.weights = weights;
	assert_big_fails(big_aggregate(&ag, a, 3, &o), BIG_ENOTFOUND);
	ck_assert(test_contains(big_error_last()->message, "GM0005"));
	o.expected_weights = expected_weights;
	assert_big_ok(big_aggregate(&ag, a, 3, &o));
	ck_assert_double_eq(big_aggregate_report_member_weight(ag, 3), 2);
	/* A.1: (1·1 + 3·0.5 + 6·0 + 2·0) / 12 */
	ck_assert_double_eq_tol(impl(ag, "A.1"), 2.5 / 12, TOL);
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_mismatch)
{
	big_catalogue *other = test_load_catalogue("model-catalogue.json");
	big_assessment *foreign = NULL;
	big_aggregate_report *ag = NULL;
	assert_big_ok(big_assessment_new(&foreign, other, "GM9999", "2025"));
	const big_assessment *mixed[2] = {as[0], foreign};
	assert_big_fails(big_aggregate(&ag, mixed, 2, NULL), BIG_EMISMATCH);
	ck_assert_ptr_null(ag);

	/* Different profiles, none in the options. */
	big_assessment *p = NULL, *q = NULL;
	assert_big_ok(big_assessment_new(&p, other, "GM0001", "2025"));
	assert_big_ok(big_assessment_new(&q, other, "GM0002", "2025"));
	assert_big_ok(big_assessment_set_profile(p, "bbn1"));
	assert_big_ok(big_assessment_set_profile(q, "bbn2"));
	const big_assessment *pq[2] = {p, q};
	assert_big_fails(big_aggregate(&ag, pq, 2, NULL), BIG_EMISMATCH);
	ck_assert_str_eq(big_error_last()->message,
			 "GM0001 uses profile \"bbn1\", GM0002 \"bbn2\": name one in the options "
			 "(profile)");
	/* one without a profile: it is named first */
	assert_big_ok(big_assessment_set_profile(q, NULL));
	assert_big_fails(big_aggregate(&ag, pq, 2, NULL), BIG_EMISMATCH);
	ck_assert_str_eq(big_error_last()->message,
			 "GM0002 has no profile, GM0001 uses \"bbn1\": name one in the options "
			 "(profile)");
	const big_assessment *qp[2] = {q, p};
	assert_big_fails(big_aggregate(&ag, qp, 2, NULL), BIG_EMISMATCH);
	ck_assert_str_eq(big_error_last()->message,
			 "GM0002 has no profile, GM0001 uses \"bbn1\": name one in the options "
			 "(profile)");
	assert_big_ok(big_assessment_set_profile(q, "bbn2"));
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	o.profile = "bbn2";
	assert_big_ok(big_aggregate(&ag, pq, 2, &o));
	ck_assert_uint_eq(big_aggregate_report_overall(ag)->applicable, 3);
	big_aggregate_report_free(ag);
	o.profile = "nope";
	assert_big_fails(big_aggregate(&ag, pq, 2, &o), BIG_ENOTFOUND);

	/* Bad arguments. */
	assert_big_fails(big_aggregate(&ag, pq, 0, NULL), BIG_EINVAL);
	assert_big_fails(big_aggregate(NULL, pq, 2, NULL), BIG_EINVAL);
	o = (big_aggregate_options)BIG_AGGREGATE_OPTIONS_INIT;
	o.version = 99;
	assert_big_fails(big_aggregate(&ag, pq, 2, &o), BIG_EINVAL);
	o = (big_aggregate_options)BIG_AGGREGATE_OPTIONS_INIT;
	o.method = (big_aggregate_method)7;
	assert_big_fails(big_aggregate(&ag, pq, 2, &o), BIG_EINVAL);

	/* Reports of two catalogues, or two roll-ups, make no distribution. */
	big_report *r1 = NULL, *r2 = NULL, *r3 = NULL;
	big_distribution *d = NULL;
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	assert_big_ok(big_score(&r1, as[0], NULL));
	assert_big_ok(big_score(&r2, foreign, NULL));
	so.rollup = BIG_ROLLUP_FLAT;
	assert_big_ok(big_score(&r3, as[1], &so));
	const big_report *rs[2] = {r1, r2}, *rr[2] = {r1, r3};
	assert_big_fails(big_distribution_new(&d, rs, 2, NULL), BIG_EMISMATCH);
	assert_big_fails(big_distribution_new(&d, rr, 2, NULL), BIG_EMISMATCH);
	assert_big_fails(big_distribution_new(&d, rr, 0, NULL), BIG_EINVAL);
	ck_assert_ptr_null(d);
	big_report_free(r1);
	big_report_free(r2);
	big_report_free(r3);

	big_assessment_free(p);
	big_assessment_free(q);
	big_assessment_free(foreign);
	big_catalogue_free(other);
}
END_TEST

static big_distribution *distribution(size_t count, unsigned k, big_report **reports)
{
	big_distribution_options o = BIG_DISTRIBUTION_OPTIONS_INIT;
	big_distribution *d = NULL;
	for (size_t i = 0; i < count; i++)
		assert_big_ok(big_score(&reports[i], as[i], NULL));
	o.k = k;
	assert_big_ok(big_distribution_new(&d, (const big_report *const *)reports, count, &o));
	for (size_t i = 0; i < count; i++)
		big_report_free(reports[i]);
	return d;
}

START_TEST(test_quartiles)
{
	big_report *reports[ORG_COUNT];
	double rank;
	/* Overall implementation of the five: 1, 0.5, 0.4625, 0.6625, 0. */
	big_distribution *d = distribution(5, 5, reports);
	const big_statistics *s = &big_distribution_overall(d)->implementation;
	ck_assert_uint_eq(s->n, 5);
	ck_assert(s->available && !s->suppressed);
	ck_assert_double_eq(s->min, 0);
	ck_assert_double_eq(s->q1, 0.4625);
	ck_assert_double_eq(s->median, 0.5);
	ck_assert_double_eq(s->q3, 0.6625);
	ck_assert_double_eq(s->max, 1);
	ck_assert_double_eq_tol(s->mean, 0.525, TOL);
	assert_big_ok(big_distribution_percentile_rank(&rank, d, NULL, 0.5));
	ck_assert_double_eq(rank, 50);
	assert_big_ok(big_distribution_percentile_rank(&rank, d, NULL, 0.4625));
	ck_assert_double_eq(rank, 30);
	assert_big_ok(big_distribution_percentile_rank(&rank, d, NULL, 0.7));
	ck_assert_double_eq(rank, 80);
	assert_big_ok(big_distribution_percentile_rank(&rank, d, NULL, -1));
	ck_assert_double_eq(rank, 0);
	/* Coverage: 1, 1, 5/6, 1, 0. */
	s = &big_distribution_overall(d)->coverage;
	ck_assert_double_eq(s->q1, 5.0 / 6);
	ck_assert_double_eq(s->median, 1);
	ck_assert_double_eq_tol(s->mean, (3 + 5.0 / 6) / 5, TOL);
	/* Chapter A: 1, 3/8, 5/8, 5/8, 0. */
	s = &big_distribution_find(d, "A")->implementation;
	ck_assert_double_eq(s->q1, 0.375);
	ck_assert_double_eq(s->median, 0.625);
	assert_big_ok(
	    big_distribution_percentile_rank(&rank, d, big_catalogue_find(cat, "A"), 0.625));
	ck_assert_double_eq(rank, 60); /* (2 + 2/2) / 5 */
	big_distribution_free(d);

	/* Four, k = 4: the quartiles interpolate. */
	d = distribution(4, 4, reports);
	s = &big_distribution_overall(d)->implementation;
	ck_assert_double_eq_tol(s->q1, 0.490625, TOL);
	ck_assert_double_eq_tol(s->median, 0.58125, TOL);
	ck_assert_double_eq_tol(s->q3, 0.746875, TOL);
	ck_assert_double_eq_tol(s->mean, 0.65625, TOL);
	big_distribution_free(d);
}
END_TEST

START_TEST(test_guard)
{
	big_report *reports[ORG_COUNT];
	double rank = -1;
	/* k = 5 with five organisations: published … */
	big_distribution *d = distribution(5, 5, reports);
	ck_assert_uint_eq(big_distribution_k(d), 5);
	ck_assert_uint_eq(big_distribution_count(d), 5);
	ck_assert(big_distribution_overall(d)->implementation.available);
	/* … but B.3 has a score for four only (GM0002 explained it). */
	const big_statistics *b3 = &big_distribution_find(d, "B.3")->implementation;
	ck_assert_uint_eq(b3->n, 4);
	ck_assert(b3->suppressed && !b3->available);
	ck_assert_double_eq(b3->mean, 0);
	ck_assert(big_distribution_find(d, "B.3")->coverage.available); /* all five */
	assert_big_fails(
	    big_distribution_percentile_rank(&rank, d, big_catalogue_find(cat, "B.3"), 1),
	    BIG_ERANGE);
	char *json = NULL;
	assert_big_ok(big_distribution_to_json(&json, NULL, d, BIG_JSON_COMPACT));
	ck_assert(test_contains(json, "\"id\":\"B.3\",\"kind\":\"requirement\",\"title\":"
				      "\"Requirement B.3\",\"implementation\":{\"n\":4,"
				      "\"suppressed\":true,\"min\":null,\"q1\":null,\"median\":"
				      "null,\"q3\":null,\"max\":null,\"mean\":null}"));
	big_free(json);
	big_distribution_free(d);

	/* k = 6: everything over five organisations is suppressed. */
	d = distribution(5, 6, reports);
	const big_statistics *s = &big_distribution_overall(d)->implementation;
	ck_assert(s->suppressed && !s->available);
	ck_assert_double_eq(s->median, 0);
	assert_big_fails(big_distribution_percentile_rank(&rank, d, NULL, 0.5), BIG_ERANGE);
	big_distribution_free(d);

	/* k = 4: B.3 is published too. */
	d = distribution(5, 4, reports);
	b3 = &big_distribution_find(d, "B.3")->implementation;
	ck_assert(b3->available);
	ck_assert_double_eq(b3->median, 0.75); /* 0, 0.5, 1, 1 */
	big_distribution_free(d);
}
END_TEST

/* The mean of the first @count organisations under the guard @k, with a
 * struct of @version. */
static big_aggregate_report *guarded(size_t count, unsigned k, unsigned version)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	o.version = version;
	o.method = BIG_AGGREGATE_MEAN;
	o.k = k;
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)as, count, &o));
	return ag;
}

static char *json_of(const big_aggregate_report *ag)
{
	char *json = NULL;
	assert_big_ok(big_aggregate_report_to_json(&json, NULL, ag, BIG_JSON_COMPACT));
	return json;
}

/* The publication guard of an aggregate (docs/scoring.md, "The publication
 * guard of an aggregate"): GM0001-GM0003, mean. */
START_TEST(test_aggregate_guard)
{
	big_aggregate_report *open = guarded(3, 0, BIG_AGGREGATE_OPTIONS_VERSION);
	big_aggregate_report *ag = guarded(3, 3, BIG_AGGREGATE_OPTIONS_VERSION);
	const big_aggregate_scores *b3 = big_aggregate_report_find(ag, "B.3");
	char *json, *csv = NULL;

	ck_assert_uint_eq(big_aggregate_report_k(ag), 3);
	ck_assert_uint_eq(big_aggregate_report_k(open), 0);
	/* Overall and B over three organisations: published, as without a guard. */
	ck_assert(!big_aggregate_report_overall(ag)->suppressed);
	ck_assert_double_eq(impl(ag, NULL), impl(open, NULL));
	ck_assert_double_eq(impl(ag, "B"), impl(open, "B"));
	/* B.3 over two (GM0002 explained it): withheld; n and applicable stay. */
	ck_assert(b3->suppressed);
	ck_assert(!b3->has_implementation && !b3->has_coverage && !b3->has_maturity &&
		  !b3->has_demonstration);
	ck_assert_double_eq(b3->implementation, 0);
	ck_assert_double_eq(b3->coverage, 0);
	ck_assert_uint_eq(b3->n, 2);
	ck_assert_uint_eq(b3->applicable, 1);
	/* Each member's own scores are over one organisation: withheld. */
	for (size_t i = 0; i < 3; i++) {
		const big_aggregate_scores *m = big_aggregate_report_member_overall(ag, i);
		ck_assert(m->suppressed && !m->has_implementation && m->n == 1);
	}
	ck_assert_str_eq(big_aggregate_report_member(ag, 0), "GM0001"); /* ids are published */

	/* The attribution names members at their values: withheld whole. */
	ck_assert_uint_eq(big_aggregate_report_ranking_count(ag), 0);
	ck_assert_uint_eq(big_aggregate_report_attribution_count(ag), 0);
	ck_assert_uint_eq(big_aggregate_report_ranking_count(open), 3);
	json = json_of(ag);
	ck_assert(test_contains(json, "\"attribution\":[],\"ranking\":[],\"gaps\":[]"));
	ck_assert(test_contains(json, "\"k\":3},\"members\""));
	ck_assert(test_contains(json, "\"id\":\"B.3\",\"kind\":\"requirement\",\"title\":"
				      "\"Requirement B.3\",\"scores\":{\"implementation\":null,"
				      "\"maturity_mean\":null,\"attained_level\":null,"
				      "\"coverage\":null,\"comply_or_explain\":null,\"opzet\":null,"
				      "\"bestaan\":null,\"werking\":null,\"n\":2,\"applicable\":1,"
				      "\"suppressed\":true}"));
	big_free(json);
	assert_big_ok(big_aggregate_report_to_csv(&csv, NULL, ag, 0));
	ck_assert(test_contains(csv, "n,applicable,opzet,bestaan,werking,suppressed\r\n"));
	ck_assert(test_contains(csv, "B.3,requirement,Requirement B.3,1,,,,,,2,1,,,,true\r\n"));
	ck_assert(test_contains(csv, "B,chapter,Chapter B,0,0.6666666666666667,"));
	big_free(csv);
	big_aggregate_report_free(ag);

	/* k = 4: the overall over three is withheld too. */
	ag = guarded(3, 4, BIG_AGGREGATE_OPTIONS_VERSION);
	ck_assert(big_aggregate_report_overall(ag)->suppressed);
	ck_assert_uint_eq(big_aggregate_report_overall(ag)->n, 3);
	big_aggregate_report_free(ag);

	/* k = 1, k = 0 and a version 2 struct with k set: no guard, and the
	 * documents of k = 0 and version 2 are the same bytes. */
	ag = guarded(3, 1, BIG_AGGREGATE_OPTIONS_VERSION);
	ck_assert(!big_aggregate_report_find(ag, "B.3")->suppressed);
	big_aggregate_report_free(ag);
	ag = guarded(3, 3, 2);
	ck_assert_uint_eq(big_aggregate_report_k(ag), 0);
	ck_assert(!big_aggregate_report_find(ag, "B.3")->suppressed);
	char *a = json_of(ag), *b = json_of(open);
	ck_assert_str_eq(a, b);
	ck_assert(!test_contains(a, "suppressed"));
	big_free(a);
	big_free(b);
	big_aggregate_report_free(ag);
	big_aggregate_report_free(open);
}
END_TEST

/* Percentile ranks of coverage and comply-or-explain (docs/scoring.md,
 * "Worked example: distribution"). */
START_TEST(test_rank_scores)
{
	big_report *reports[ORG_COUNT];
	double rank = -1;
	big_distribution *d = distribution(5, 5, reports);
	const big_node *b3 = big_catalogue_find(cat, "B.3");
	big_distribution_score score = BIG_DISTRIBUTION_IMPLEMENTATION;

	/* The old function is the new one for the implementation score. */
	assert_big_ok(big_distribution_percentile_rank_score(&rank, d, NULL,
							     BIG_DISTRIBUTION_IMPLEMENTATION, 0.5));
	ck_assert_double_eq(rank, 50);
	/* Coverage 0, 5/6, 1, 1, 1. */
	assert_big_ok(
	    big_distribution_percentile_rank_score(&rank, d, NULL, BIG_DISTRIBUTION_COVERAGE, 1));
	ck_assert_double_eq(rank, 70); /* (2 + 3/2) / 5 */
	assert_big_ok(big_distribution_percentile_rank_score(&rank, d, NULL,
							     BIG_DISTRIBUTION_COVERAGE, 5.0 / 6));
	ck_assert_double_eq(rank, 30); /* (1 + 1/2) / 5 */
	/* Comply-or-explain 0, 1/3, 1/3, 1/2, 1. */
	assert_big_ok(big_distribution_percentile_rank_score(
	    &rank, d, NULL, BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN, 1.0 / 3));
	ck_assert_double_eq(rank, 40); /* (1 + 2/2) / 5 */
	assert_big_ok(big_distribution_percentile_rank_score(
	    &rank, d, NULL, BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN, 0.5));
	ck_assert_double_eq(rank, 70); /* (3 + 1/2) / 5 */
	/* B.3: the implementation score of four is suppressed at k = 5, its
	 * coverage and comply-or-explain over five are not. */
	assert_big_fails(big_distribution_percentile_rank_score(&rank, d, b3,
								BIG_DISTRIBUTION_IMPLEMENTATION, 1),
			 BIG_ERANGE);
	assert_big_ok(
	    big_distribution_percentile_rank_score(&rank, d, b3, BIG_DISTRIBUTION_COVERAGE, 1));
	ck_assert_double_eq(rank, 60); /* 0, 1, 1, 1, 1: (1 + 4/2) / 5 */
	assert_big_ok(big_distribution_percentile_rank_score(
	    &rank, d, b3, BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN, 1));
	ck_assert_double_eq(rank, 70); /* 0, 0, 1, 1, 1: (2 + 3/2) / 5 */
	/* Bad arguments. */
	assert_big_fails(
	    big_distribution_percentile_rank_score(
		&rank, d, NULL, (big_distribution_score)BIG_DISTRIBUTION_SCORE_COUNT, 1),
	    BIG_EINVAL);
	assert_big_fails(
	    big_distribution_percentile_rank_score(NULL, d, NULL, BIG_DISTRIBUTION_COVERAGE, 1),
	    BIG_EINVAL);
	big_distribution_free(d);

	/* The names. */
	ck_assert_str_eq(big_distribution_score_name(BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN),
			 "comply_or_explain");
	ck_assert_ptr_null(
	    big_distribution_score_name((big_distribution_score)BIG_DISTRIBUTION_SCORE_COUNT));
	assert_big_ok(big_distribution_score_from_name(&score, "coverage"));
	ck_assert_int_eq(score, BIG_DISTRIBUTION_COVERAGE);
	assert_big_fails(big_distribution_score_from_name(&score, "maturity"), BIG_EINVAL);
}
END_TEST

/* The JSON and CSV of the docs, and the same bytes under nl_NL. */
static void write_all(char **aj, char **ac, char **dj, char **dc)
{
	big_report *reports[ORG_COUNT];
	big_aggregate_report *ag = aggregate(3, BIG_AGGREGATE_MEAN, BIG_ROLLUP_HIERARCHICAL);
	big_distribution *d = distribution(5, 5, reports);
	assert_big_ok(big_aggregate_report_to_json(aj, NULL, ag, 0));
	assert_big_ok(big_aggregate_report_to_csv(ac, NULL, ag, 0));
	assert_big_ok(big_distribution_to_json(dj, NULL, d, 0));
	assert_big_ok(big_distribution_to_csv(dc, NULL, d, 0));
	big_aggregate_report_free(ag);
	big_distribution_free(d);
}

START_TEST(test_writers)
{
	char *aj, *ac, *dj, *dc;
	write_all(&aj, &ac, &dj, &dc);
	ck_assert(test_contains(aj, "\"format\": \"libbig.aggregate\""));
	ck_assert(test_contains(aj, "\"method\": \"mean\""));
	ck_assert(test_contains(aj, "\"implementation\": 0.8333333333333334"));
	ck_assert(test_contains(dj, "\"format\": \"libbig.distribution\""));
	ck_assert(test_contains(dj, "\"quantiles\": \"R-7\""));
	ck_assert(test_contains(
	    ac, "id,kind,title,depth,implementation,maturity_mean,"
		"attained_level,coverage,comply_or_explain,n,applicable,opzet,bestaan,werking\r\n"
		",overall,Worked example of docs/scoring.md,,"));
	/* As docs/formats.md shows it. */
	ck_assert(
	    test_contains(ac, "\r\n,overall,Worked example of docs/scoring.md,,"
			      "0.6666666666666667,,,0.9444444444444443,0.611111111111111,3,6,,,\r\n"
			      "A,chapter,Chapter A,0,0.6666666666666667,,,1,0.5555555555555555,3,"
			      "3,,,\r\n"));
	/* i, i, p: no maturity, all assessed, two of three implemented. */
	ck_assert(test_contains(ac, "\r\nA.2,requirement,Requirement A.2,1,0.8333333333333334,"
				    ",,1,0.6666666666666666,3,1,,,\r\n"));
	ck_assert(test_contains(dc, "\r\n,overall,Worked example of docs/scoring.md,,"
				    "implementation,5,false,0,0.4625,0.5,0.6625,1,0.525\r\n"));
	ck_assert(test_contains(dc, "\r\nB.3,requirement,Requirement B.3,1,implementation,4,"
				    "true,,,,,,\r\n"));
	if (test_setlocale_nl("the locale-independence check")) {
		char *aj2, *ac2, *dj2, *dc2;
		write_all(&aj2, &ac2, &dj2, &dc2);
		setlocale(LC_ALL, "C");
		ck_assert_str_eq(aj2, aj);
		ck_assert_str_eq(ac2, ac);
		ck_assert_str_eq(dj2, dj);
		ck_assert_str_eq(dc2, dc);
		big_free(aj2);
		big_free(ac2);
		big_free(dj2);
		big_free(dc2);
	}
	big_free(aj);
	big_free(ac);
	big_free(dj);
	big_free(dc);
}
END_TEST

/* 340 municipalities on bio2, built through the API, in one call. */
START_TEST(test_country)
{
	enum { N = 340 };
	big_catalogue *bio2 = NULL;
	big_assessment **all = calloc(N, sizeof(*all));
	big_report **reports = calloc(N, sizeof(*reports));
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	big_distribution *d = NULL;
	double flat_sum = 0;
	char id[16];

	ck_assert_ptr_nonnull(all);
	ck_assert_ptr_nonnull(reports);
	assert_big_ok(big_catalogue_builtin(&bio2, "bio2"));
	size_t rq = big_catalogue_requirement_count(bio2);
	so.rollup = BIG_ROLLUP_FLAT;
	so.profile = "";
	for (size_t i = 0; i < N; i++) {
		snprintf(id, sizeof(id), "GM%04zu", i + 1);
		assert_big_ok(big_assessment_new(&all[i], bio2, id, "2025"));
		assert_big_ok(big_assessment_set_attribute(all[i], "inhabitants", 1000.0 + i));
		for (size_t q = 0; q < rq; q++) {
			static const big_status cycle[3] = {BIG_STATUS_IMPLEMENTED,
							    BIG_STATUS_PARTIALLY_IMPLEMENTED,
							    BIG_STATUS_NOT_IMPLEMENTED};
			const char *rid = big_node_id(big_catalogue_requirement(bio2, q));
			assert_big_ok(big_assessment_set_status(all[i], rid, cycle[(i + q) % 3]));
		}
		assert_big_ok(big_score(&reports[i], all[i], &so));
		flat_sum += big_report_overall(reports[i])->implementation;
	}
	o.method = BIG_AGGREGATE_MEAN;
	o.rollup = BIG_ROLLUP_FLAT;
	o.profile = "";
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)all, N, &o));
	ck_assert_uint_eq(big_aggregate_report_member_count(ag), N);
	ck_assert_uint_eq(big_aggregate_report_overall(ag)->n, N);
	ck_assert_uint_eq(big_aggregate_report_overall(ag)->applicable, rq);
	/* Everything scorable: the flat mean of the means is the mean of the flat scores. */
	ck_assert_double_eq_tol(big_aggregate_report_overall(ag)->implementation, flat_sum / N,
				1e-12);
	big_aggregate_report_free(ag);
	o.method = BIG_AGGREGATE_WEAKEST;
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)all, N, &o));
	ck_assert_double_eq(big_aggregate_report_overall(ag)->implementation, 0);
	big_aggregate_report_free(ag);
	o.method = BIG_AGGREGATE_WEIGHTED_MEAN;
	o.weight_attribute = "inhabitants";
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)all, N, &o));
	ck_assert(big_aggregate_report_overall(ag)->has_implementation);
	big_aggregate_report_free(ag);

	assert_big_ok(big_distribution_new(&d, (const big_report *const *)reports, N, NULL));
	ck_assert_uint_eq(big_distribution_overall(d)->implementation.n, N);
	ck_assert_double_eq_tol(big_distribution_overall(d)->implementation.mean, flat_sum / N,
				1e-12);
	big_distribution_free(d);

	for (size_t i = 0; i < N; i++) {
		big_report_free(reports[i]);
		big_assessment_free(all[i]);
	}
	free(reports);
	free(all);
	big_catalogue_free(bio2);
}
END_TEST

START_TEST(test_names)
{
	big_aggregate_method m;
	for (int i = 0; i < 4; i++) {
		assert_big_ok(big_aggregate_method_from_name(
		    &m, big_aggregate_method_name((big_aggregate_method)i)));
		ck_assert_int_eq(m, i);
	}
	ck_assert_ptr_null(big_aggregate_method_name((big_aggregate_method)4));
	assert_big_fails(big_aggregate_method_from_name(&m, "max"), BIG_EINVAL);
}
END_TEST

static Suite *aggregate_suite(void)
{
	Suite *s = suite_create("aggregate");
	TCase *tc = tcase_create("aggregate");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_weakest);
	tcase_add_test(tc, test_mean);
	tcase_add_test(tc, test_median);
	tcase_add_test(tc, test_weighted_mean);
	tcase_add_test(tc, test_missing_members);
	tcase_add_test(tc, test_mismatch);
	tcase_add_test(tc, test_quartiles);
	tcase_add_test(tc, test_guard);
	tcase_add_test(tc, test_rank_scores);
	tcase_add_test(tc, test_aggregate_guard);
	tcase_add_test(tc, test_writers);
	tcase_add_test(tc, test_country);
	tcase_add_test(tc, test_names);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(aggregate_suite());
}
