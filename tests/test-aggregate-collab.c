/*
 * libbig tests — suite "aggregate-collab": aggregating a collaboration
 * (delegation, nested collaborations, cycles, missing members, weights),
 * the aggregated maturity, coverage and comply-or-explain, and duplicate
 * organisations; the examples of docs/scoring.md ("Aggregated maturity,
 * coverage and comply-or-explain", "Aggregating a collaboration") number for
 * number.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "test-common.h"

#define TOL 1e-15

static const char *const ids[] = {"A.1", "A.2", "A.3", "B.1", "B.2", "B.3"};

static big_catalogue *cat;

/* An assessment on tests/data/worked-catalogue.json: one letter per
 * requirement A.1 … B.3: i implemented, p partially_implemented, n
 * not_implemented, x properly explained not_applicable, . no result; a
 * digit after a letter is its maturity. */
static big_assessment *make_in(const char *period, const char *org, const char *results,
			       double inhabitants)
{
	big_assessment *a = NULL;
	assert_big_ok(big_assessment_new(&a, cat, org, period));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-10-01"));
	if (inhabitants > 0)
		assert_big_ok(big_assessment_set_attribute(a, "inhabitants", inhabitants));
	for (size_t r = 0; *results; results++) {
		const char *id = ids[r++];
		switch (*results) {
		case 'i':
			assert_big_ok(big_assessment_set_status(a, id, BIG_STATUS_IMPLEMENTED));
			break;
		case 'p':
			assert_big_ok(
			    big_assessment_set_status(a, id, BIG_STATUS_PARTIALLY_IMPLEMENTED));
			break;
		case 'n':
			assert_big_ok(big_assessment_set_status(a, id, BIG_STATUS_NOT_IMPLEMENTED));
			break;
		case 'x':
			assert_big_ok(big_assessment_set_status(a, id, BIG_STATUS_NOT_APPLICABLE));
			assert_big_ok(big_assessment_set_explanation(a, id, "Geen netwerk"));
			assert_big_ok(big_assessment_set_expires(a, id, "2026-12-31"));
			break;
		default:
			break;
		}
		if (results[1] >= '0' && results[1] <= '9')
			assert_big_ok(big_assessment_set_maturity(a, id, *++results - '0'));
	}
	return a;
}

static big_assessment *make(const char *org, const char *results, double inhabitants)
{
	return make_in("2025", org, results, inhabitants);
}

static big_collaboration *collab(const char *id, const char *members, const char *extra)
{
	char json[1024];
	big_collaboration *c = NULL;
	snprintf(json, sizeof(json),
		 "{\"format\": \"libbig.collaboration\", \"format_version\": 1, \"id\": \"%s\", "
		 "\"catalogue\": {\"id\": \"worked-example\", \"version\": \"1\"}, "
		 "\"members\": [%s]%s}",
		 id, members, extra);
	assert_big_ok(big_collaboration_load_buffer(&c, cat, json, strlen(json), NULL));
	return c;
}

static void setup(void)
{
	cat = test_load_catalogue("worked-catalogue.json");
}

static void teardown(void)
{
	big_catalogue_free(cat);
}

static const big_aggregate_scores *find(const big_aggregate_report *ag, const char *id)
{
	const big_aggregate_scores *s =
	    id ? big_aggregate_report_find(ag, id) : big_aggregate_report_overall(ag);
	ck_assert_ptr_nonnull(s);
	return s;
}

static double impl(const big_aggregate_report *ag, const char *id)
{
	const big_aggregate_scores *s = find(ag, id);
	ck_assert_msg(s->has_implementation, "%s has no score", id ? id : "overall");
	return s->implementation;
}

/* ---- aggregated maturity, coverage and comply-or-explain ---- */

static big_aggregate_report *aggregate3(big_assessment **as, big_aggregate_method method)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	o.method = method;
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)as, 3, &o));
	return ag;
}

START_TEST(test_measures)
{
	/* GM0001-GM0003 of docs/scoring.md "Aggregation", with maturities. */
	big_assessment *as[3] = {make("GM0001", "i4i3iiii", 0), make("GM0002", "p2in1ipx", 0),
				 make("GM0003", "n3pip.i", 0)};
	big_aggregate_report *weak = aggregate3(as, BIG_AGGREGATE_WEAKEST);
	big_aggregate_report *mean = aggregate3(as, BIG_AGGREGATE_MEAN);

	/* Coverage and comply-or-explain per requirement, shares of the applicable. */
	ck_assert_double_eq_tol(find(weak, "A")->coverage, 1, TOL);
	ck_assert_double_eq_tol(find(weak, "B")->coverage, 2.0 / 3, TOL);
	ck_assert_double_eq_tol(find(weak, NULL)->coverage, 5.0 / 6, TOL);
	ck_assert_double_eq_tol(find(weak, "A")->comply_or_explain, 0, TOL);
	ck_assert_double_eq_tol(find(weak, "B")->comply_or_explain, 1.0 / 3, TOL);
	ck_assert_double_eq_tol(find(weak, NULL)->comply_or_explain, 1.0 / 6, TOL);
	/* The mean equals the mean of the organisations' own rates. */
	ck_assert_double_eq_tol(find(mean, "B")->coverage, 8.0 / 9, TOL);
	ck_assert_double_eq_tol(find(mean, NULL)->coverage, 17.0 / 18, TOL);
	ck_assert_double_eq_tol(find(mean, NULL)->comply_or_explain, 11.0 / 18, TOL);

	/* Maturity: A.1 {4, 2, 3}, A.2 {3}, A.3 {1}; levels without one count 0. */
	ck_assert(find(weak, "A.1")->has_maturity);
	ck_assert_double_eq_tol(find(weak, "A.1")->maturity_mean, 2, TOL);
	ck_assert_int_eq(find(weak, "A.1")->attained_level, 2);
	ck_assert_double_eq_tol(find(weak, "A")->maturity_mean, 7.0 / 4, TOL);
	ck_assert_int_eq(find(weak, "A")->attained_level, 0);
	ck_assert_double_eq_tol(find(weak, NULL)->maturity_mean, 7.0 / 4, TOL);
	ck_assert(!find(weak, "B")->has_maturity);
	ck_assert_double_eq_tol(find(mean, "A.1")->maturity_mean, 3, TOL);
	ck_assert_int_eq(find(mean, "A.1")->attained_level, 3);
	ck_assert_double_eq_tol(find(mean, "A")->maturity_mean, 2, TOL);
	ck_assert_int_eq(find(mean, "A.2")->attained_level, 1);

	/* Each member's own overall scores are those of its report. */
	big_report *r = NULL;
	assert_big_ok(big_score(&r, as[1], NULL));
	const big_aggregate_scores *m = big_aggregate_report_member_overall(weak, 1);
	ck_assert_ptr_nonnull(m);
	ck_assert_double_eq(m->implementation, big_report_overall(r)->implementation);
	ck_assert_double_eq(m->coverage, big_report_overall(r)->coverage);
	ck_assert_double_eq(m->maturity_mean, big_report_overall(r)->maturity_mean);
	ck_assert_uint_eq(m->n, 1);
	ck_assert_ptr_null(big_aggregate_report_member_overall(weak, 3));
	ck_assert_ptr_null(big_aggregate_report_member_nested(weak, 0));
	ck_assert_ptr_null(big_aggregate_report_id(weak));
	big_report_free(r);

	big_aggregate_report_free(weak);
	big_aggregate_report_free(mean);
	for (int i = 0; i < 3; i++)
		big_assessment_free(as[i]);
}
END_TEST

START_TEST(test_duplicate_organisation)
{
	big_assessment *a = make("GM0001", "iiiiii", 0), *b = make("GM0002", "pppppp", 0);
	big_assessment *again = make("GM0001", "nnnnnn", 0);
	const big_assessment *as[] = {a, b, again};
	big_aggregate_report *ag = NULL;
	ck_assert_int_eq(big_aggregate(&ag, as, 3, NULL), BIG_EDUPLICATE);
	ck_assert_ptr_null(ag);
	ck_assert(test_contains(big_error_last()->message, "assessments 0 and 2"));
	ck_assert(test_contains(big_error_last()->message, "GM0001"));

	big_collaboration *c = collab("SV-A", "{\"id\": \"GM0001\"}", "");
	ck_assert_int_eq(big_aggregate_collaboration(&ag, c, NULL, 0, as, 3, NULL), BIG_EDUPLICATE);
	const big_collaboration *twice[] = {c, c};
	ck_assert_int_eq(big_aggregate_collaboration(&ag, c, twice, 2, as, 2, NULL),
			 BIG_EDUPLICATE);
	ck_assert(test_contains(big_error_last()->message, "same id SV-A"));
	ck_assert_ptr_null(ag);
	big_collaboration_free(c);
	big_assessment_free(a);
	big_assessment_free(b);
	big_assessment_free(again);
}
END_TEST

/* ---- collaborations ---- */

/* SV-A: GM0001 (weight 2) and GM0002, carrying out chapter B (its own
 * assessment: B.1 i, B.2 i, B.3 n). SV-B: SV-A (weight 3), GM0003 and
 * GM0009, which has no assessment. */
static big_assessment *pool[4];
static big_collaboration *sva, *svb;

static void collab_setup(void)
{
	setup();
	pool[0] = make("GM0001", "iiiiii", 10000);
	pool[1] = make("GM0002", "pinipx", 30000);
	pool[2] = make("GM0003", "npip.i", 60000);
	pool[3] = make("SV-A", "...iin", 0);
	sva = collab("SV-A", "{\"id\": \"GM0001\", \"weight\": 2}, {\"id\": \"GM0002\"}",
		     ", \"delegated\": [\"B\"]");
	svb = collab(
	    "SV-B", "{\"id\": \"SV-A\", \"weight\": 3}, {\"id\": \"GM0009\"}, {\"id\": \"GM0003\"}",
	    "");
}

static void collab_teardown(void)
{
	for (int i = 0; i < 4; i++)
		big_assessment_free(pool[i]);
	big_collaboration_free(sva);
	big_collaboration_free(svb);
	teardown();
}

static big_aggregate_report *of(const big_collaboration *c, big_aggregate_method method,
				const char *attribute)
{
	const big_collaboration *collabs[] = {svb, sva};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	o.method = method;
	o.weight_attribute = attribute;
	assert_big_ok(big_aggregate_collaboration(&ag, c, collabs, 2,
						  (const big_assessment *const *)pool, 4, &o));
	ck_assert_str_eq(big_aggregate_report_id(ag), big_collaboration_id(c));
	return ag;
}

START_TEST(test_collaboration_delegation)
{
	/* Effective: GM0001 A i i i, B i i n; GM0002 A p i n, B i i n. */
	big_aggregate_report *mean = of(sva, BIG_AGGREGATE_MEAN, NULL);
	ck_assert_double_eq_tol(impl(mean, "A.1"), 0.75, TOL);
	ck_assert_double_eq_tol(impl(mean, "B.3"), 0, TOL);
	ck_assert_double_eq_tol(impl(mean, "A"), 0.6875, TOL);
	ck_assert_double_eq_tol(impl(mean, "B"), 0.8, TOL);
	ck_assert_double_eq_tol(impl(mean, NULL), 0.74375, TOL);
	ck_assert_double_eq_tol(find(mean, NULL)->coverage, 1, TOL);
	ck_assert_double_eq_tol(find(mean, NULL)->comply_or_explain, 2.0 / 3, TOL);
	ck_assert_uint_eq(big_aggregate_report_member_count(mean), 2);
	ck_assert_uint_eq(big_aggregate_report_missing_count(mean), 0);

	big_aggregate_report *weak = of(sva, BIG_AGGREGATE_WEAKEST, NULL);
	ck_assert_double_eq_tol(impl(weak, "A"), 0.375, TOL);
	ck_assert_double_eq_tol(impl(weak, NULL), 0.5875, TOL);

	/* Member weights of the document: GM0001 2, GM0002 1. */
	big_aggregate_report *wm = of(sva, BIG_AGGREGATE_WEIGHTED_MEAN, NULL);
	ck_assert_double_eq_tol(impl(wm, "A.1"), 5.0 / 6, TOL);
	ck_assert_double_eq_tol(impl(wm, "A"), 19.0 / 24, TOL);
	ck_assert_double_eq_tol(impl(wm, NULL), 191.0 / 240, TOL);
	ck_assert_double_eq(big_aggregate_report_member_weight(wm, 0), 2);

	big_aggregate_report_free(mean);
	big_aggregate_report_free(weak);
	big_aggregate_report_free(wm);
}
END_TEST

START_TEST(test_collaboration_nested)
{
	big_aggregate_report *mean = of(svb, BIG_AGGREGATE_MEAN, NULL);
	/* Members: SV-A (its mean aggregate), GM0003; GM0009 missing, last. */
	ck_assert_uint_eq(big_aggregate_report_member_count(mean), 3);
	ck_assert_str_eq(big_aggregate_report_member(mean, 0), "SV-A");
	ck_assert_str_eq(big_aggregate_report_member(mean, 1), "GM0003");
	ck_assert_str_eq(big_aggregate_report_member(mean, 2), "GM0009");
	ck_assert_uint_eq(big_aggregate_report_missing_count(mean), 1);
	ck_assert_str_eq(big_aggregate_report_missing(mean, 0), "GM0009");
	ck_assert(!big_aggregate_report_member_missing(mean, 1));
	ck_assert(big_aggregate_report_member_missing(mean, 2));
	ck_assert(!big_aggregate_report_member_missing(mean, 3));
	const big_aggregate_report *inner = big_aggregate_report_member_nested(mean, 0);
	ck_assert_ptr_nonnull(inner);
	ck_assert_str_eq(big_aggregate_report_id(inner), "SV-A");
	ck_assert_double_eq_tol(impl(inner, NULL), 0.74375, TOL);
	ck_assert_double_eq_tol(big_aggregate_report_member_overall(mean, 0)->implementation,
				0.74375, TOL);
	ck_assert_ptr_null(big_aggregate_report_member_nested(mean, 1));
	ck_assert_ptr_null(big_aggregate_report_member_overall(mean, 2));

	ck_assert_double_eq_tol(impl(mean, "A.1"), 0.25, TOL);
	ck_assert_double_eq_tol(impl(mean, "A"), 0.4375, TOL);
	ck_assert_double_eq_tol(impl(mean, "B"), 11.0 / 30, TOL);
	ck_assert_double_eq_tol(impl(mean, NULL), 193.0 / 480, TOL);
	ck_assert_uint_eq(find(mean, NULL)->n, 3);

	/* Member weights: SV-A 3 (over its own weighted mean), GM0003 1, GM0009 1. */
	big_aggregate_report *wm = of(svb, BIG_AGGREGATE_WEIGHTED_MEAN, NULL);
	ck_assert_double_eq_tol(impl(wm, "A.1"), 0.5, TOL);
	ck_assert_double_eq_tol(impl(wm, "A"), 0.6, TOL);
	ck_assert_double_eq_tol(impl(wm, "B"), 0.54, TOL);
	ck_assert_double_eq_tol(impl(wm, NULL), 0.57, TOL);

	big_aggregate_report_free(mean);
	big_aggregate_report_free(wm);
}
END_TEST

START_TEST(test_collaboration_attribute)
{
	/* By inhabitants a missing member has no weight. */
	big_aggregate_report *ag = NULL;
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	const big_collaboration *collabs[] = {sva};
	o.method = BIG_AGGREGATE_WEIGHTED_MEAN;
	o.weight_attribute = "inhabitants";
	ck_assert_int_eq(big_aggregate_collaboration(&ag, svb, collabs, 1,
						     (const big_assessment *const *)pool, 4, &o),
			 BIG_ENOTFOUND);
	ck_assert(test_contains(big_error_last()->message, "GM0009"));

	/* SV-C: SV-A (10000 + 30000 inhabitants) and GM0003 (60000). */
	big_collaboration *svc = collab("SV-C", "{\"id\": \"SV-A\"}, {\"id\": \"GM0003\"}", "");
	ag = of(svc, BIG_AGGREGATE_WEIGHTED_MEAN, "inhabitants");
	ck_assert_double_eq(big_aggregate_report_member_weight(ag, 0), 40000);
	ck_assert_double_eq_tol(impl(big_aggregate_report_member_nested(ag, 0), "A.1"), 0.625, TOL);
	ck_assert_double_eq_tol(impl(ag, "A.1"), 0.25, TOL);
	big_aggregate_report_free(ag);
	big_collaboration_free(svc);
}
END_TEST

START_TEST(test_collaboration_cycles)
{
	big_aggregate_report *ag = NULL;
	big_collaboration *c = collab("SV-C", "{\"id\": \"SV-D\"}, {\"id\": \"GM0001\"}", "");
	big_collaboration *d = collab("SV-D", "{\"id\": \"GM0002\"}, {\"id\": \"SV-C\"}", "");
	big_collaboration *e = collab("SV-E", "{\"id\": \"SV-E\"}", "");
	const big_collaboration *collabs[] = {c, d, e};
	const big_assessment *const *as = (const big_assessment *const *)pool;

	ck_assert_int_eq(big_aggregate_collaboration(&ag, c, collabs, 3, as, 4, NULL), BIG_ESCHEMA);
	ck_assert_ptr_null(ag);
	ck_assert(test_contains(big_error_last()->message, "SV-C -> SV-D -> SV-C"));
	ck_assert_int_eq(big_aggregate_collaboration(&ag, d, collabs, 3, as, 4, NULL), BIG_ESCHEMA);
	ck_assert(test_contains(big_error_last()->message, "SV-D -> SV-C -> SV-D"));
	/* A member of itself, even when it is not in the pool. */
	ck_assert_int_eq(big_aggregate_collaboration(&ag, e, NULL, 0, as, 4, NULL), BIG_ESCHEMA);
	ck_assert(test_contains(big_error_last()->message, "SV-E -> SV-E"));
	/* Without SV-D in the pool, SV-D is a missing organisation. */
	assert_big_ok(big_aggregate_collaboration(&ag, c, collabs + 2, 1, as, 4, NULL));
	ck_assert_str_eq(big_aggregate_report_missing(ag, 0), "SV-D");
	big_aggregate_report_free(ag);
	big_collaboration_free(c);
	big_collaboration_free(d);
	big_collaboration_free(e);
}
END_TEST

START_TEST(test_collaboration_bad_arguments)
{
	big_aggregate_report *ag = NULL;
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	const big_assessment *const *as = (const big_assessment *const *)pool;
	const double weights[] = {1, 2};
	ck_assert_int_eq(big_aggregate_collaboration(NULL, sva, NULL, 0, as, 4, NULL), BIG_EINVAL);
	ck_assert_int_eq(big_aggregate_collaboration(&ag, NULL, NULL, 0, as, 4, NULL), BIG_EINVAL);
	ck_assert_int_eq(big_aggregate_collaboration(&ag, sva, NULL, 1, as, 4, NULL), BIG_EINVAL);
	o.weights = weights;
	ck_assert_int_eq(big_aggregate_collaboration(&ag, sva, NULL, 0, as, 4, &o), BIG_EINVAL);
	o.weights = NULL;
	o.target = 9;
	ck_assert_int_eq(big_aggregate_collaboration(&ag, sva, NULL, 0, as, 4, &o), BIG_ERANGE);
	ck_assert_ptr_null(ag);

	/* No assessment at all: every member is missing. */
	assert_big_ok(big_aggregate_collaboration(&ag, sva, NULL, 0, NULL, 0, NULL));
	ck_assert_uint_eq(big_aggregate_report_missing_count(ag), 2);
	ck_assert_double_eq(impl(ag, NULL), 0);
	big_aggregate_report_free(ag);
}
END_TEST

static const cJSON *member(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	ck_assert_msg(v != NULL, "no member %s", key);
	return v;
}

START_TEST(test_collaboration_json)
{
	big_aggregate_report *ag = of(svb, BIG_AGGREGATE_MEAN, NULL);
	char *json = NULL, *csv = NULL;
	assert_big_ok(big_aggregate_report_to_json(&json, NULL, ag, 0));
	cJSON *doc = cJSON_Parse(json);
	ck_assert_ptr_nonnull(doc);
	const cJSON *c = member(doc, "collaboration");
	ck_assert_str_eq(member(c, "id")->valuestring, "SV-B");
	ck_assert(cJSON_IsFalse(member(c, "assessed"))); /* no own assessment of SV-B */
	ck_assert_int_eq(cJSON_GetArraySize(member(c, "delegated")), 0);
	const cJSON *m0 = cJSON_GetArrayItem(member(doc, "members"), 0);
	ck_assert_str_eq(member(m0, "id")->valuestring, "SV-A");
	ck_assert(cJSON_IsTrue(member(m0, "collaboration")));
	ck_assert_double_eq_tol(member(member(m0, "overall"), "implementation")->valuedouble,
				0.74375, TOL);
	ck_assert_str_eq(cJSON_GetArrayItem(member(doc, "missing"), 0)->valuestring, "GM0009");
	/* SV-A's own aggregate is in the document once. */
	const cJSON *nested = member(doc, "nested");
	ck_assert_int_eq(cJSON_GetArraySize(nested), 1);
	const cJSON *a = member(cJSON_GetArrayItem(nested, 0), "collaboration");
	ck_assert_str_eq(member(a, "id")->valuestring, "SV-A");
	ck_assert(cJSON_IsTrue(member(a, "assessed")));
	ck_assert_str_eq(cJSON_GetArrayItem(member(a, "delegated"), 0)->valuestring, "B");
	ck_assert_int_eq(cJSON_GetArraySize(member(cJSON_GetArrayItem(nested, 0), "members")), 2);
	cJSON_Delete(doc);

	assert_big_ok(big_aggregate_report_to_csv(&csv, NULL, ag, 0));
	ck_assert(test_contains(
	    csv, "id,kind,title,depth,implementation,maturity_mean,"
		 "attained_level,coverage,comply_or_explain,n,applicable,opzet,bestaan,"
		 "werking\r\n"));
	big_free(json);
	big_free(csv);
	big_aggregate_report_free(ag);
}
END_TEST

/* A collaboration reached along two paths is aggregated once and shared. */
START_TEST(test_collaboration_shared)
{
	big_collaboration *y = collab("SV-Y", "{\"id\": \"SV-A\"}, {\"id\": \"GM0003\"}", "");
	big_collaboration *x = collab("SV-X", "{\"id\": \"SV-A\"}, {\"id\": \"SV-Y\"}", "");
	const big_collaboration *collabs[] = {x, y, sva};
	big_aggregate_report *ag = NULL;
	char *json = NULL;
	assert_big_ok(big_aggregate_collaboration(&ag, x, collabs, 3,
						  (const big_assessment *const *)pool, 4, NULL));
	const big_aggregate_report *a = big_aggregate_report_member_nested(ag, 0);
	const big_aggregate_report *yy = big_aggregate_report_member_nested(ag, 1);
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(yy);
	ck_assert_ptr_eq(big_aggregate_report_member_nested(yy, 0), a);
	/* weakest: SV-A 0.5875 (see above) against SV-Y's weakest of SV-A and GM0003 */
	ck_assert_double_eq_tol(impl(a, NULL), 0.5875, TOL);
	assert_big_ok(big_aggregate_report_to_json(&json, NULL, ag, 0));
	cJSON *doc = cJSON_Parse(json);
	ck_assert_int_eq(cJSON_GetArraySize(member(doc, "nested")), 2);
	cJSON_Delete(doc);
	big_free(json);
	big_aggregate_report_free(ag);
	big_collaboration_free(x);
	big_collaboration_free(y);
}
END_TEST

START_TEST(test_collaboration_median)
{
	/* SV-C: SV-A and GM0003. Two members: the median is their mean. */
	big_collaboration *svc = collab("SV-C", "{\"id\": \"SV-A\"}, {\"id\": \"GM0003\"}", "");
	big_aggregate_report *ag = of(svc, BIG_AGGREGATE_MEDIAN, NULL);
	ck_assert_double_eq_tol(impl(big_aggregate_report_member_nested(ag, 0), "A.1"), 0.75, TOL);
	ck_assert_double_eq_tol(impl(ag, "A.1"), 0.375, TOL);
	big_aggregate_report_free(ag);
	big_collaboration_free(svc);
}
END_TEST

START_TEST(test_collaboration_policies)
{
	const big_assessment *const *as = (const big_assessment *const *)pool;
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL, *plain = NULL;
	o.method = BIG_AGGREGATE_MEAN;

	/* Policy member: the delegation is informative, the members' own results count. */
	big_collaboration *m = collab("SV-A", "{\"id\": \"GM0001\"}, {\"id\": \"GM0002\"}",
				      ", \"delegated\": [\"B\"], \"policy\": \"member\"");
	assert_big_ok(big_aggregate_collaboration(&ag, m, NULL, 0, as, 4, &o));
	assert_big_ok(big_aggregate(&plain, as, 2, &o));
	ck_assert_double_eq(impl(ag, NULL), impl(plain, NULL));
	ck_assert_double_eq(impl(ag, "B"), impl(plain, "B"));
	ck_assert(big_aggregate_report_collaboration_assessed(ag));
	big_aggregate_report_free(ag);
	big_aggregate_report_free(plain);
	big_collaboration_free(m);

	/* Without SV-A's own assessment, chapter B is not_assessed for both. */
	assert_big_ok(big_aggregate_collaboration(&ag, sva, NULL, 0, as, 3, &o));
	ck_assert(!big_aggregate_report_collaboration_assessed(ag));
	ck_assert_double_eq(impl(ag, "B"), 0);
	ck_assert_double_eq_tol(find(ag, "B")->coverage, 0, TOL);
	big_aggregate_report_free(ag);
}
END_TEST

START_TEST(test_collaboration_periods)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	big_assessment *old = make_in("2024", "GM0003", "nnnnnn", 60000);
	big_collaboration *svc = collab("SV-C", "{\"id\": \"GM0001\"}, {\"id\": \"GM0003\"}", "");
	const big_assessment *mixed[] = {pool[0], old};
	const big_assessment *both[] = {pool[0], pool[2], old};

	ck_assert_int_eq(big_aggregate_collaboration(&ag, svc, NULL, 0, mixed, 2, NULL),
			 BIG_EMISMATCH);
	ck_assert(test_contains(big_error_last()->message, "different periods"));
	ck_assert_int_eq(big_aggregate(&ag, mixed, 2, NULL), BIG_EMISMATCH);
	/* Two periods of GM0003 in one pool: the option selects one. */
	ck_assert_int_eq(big_aggregate_collaboration(&ag, svc, NULL, 0, both, 3, NULL),
			 BIG_EDUPLICATE);
	ck_assert(test_contains(big_error_last()->message, "the option period selects one"));
	o.period = "2025";
	assert_big_ok(big_aggregate_collaboration(&ag, svc, NULL, 0, both, 3, &o));
	ck_assert_uint_eq(big_aggregate_report_missing_count(ag), 0);
	big_aggregate_report_free(ag);
	o.period = "2024"; /* GM0001 has no 2024 assessment: missing */
	assert_big_ok(big_aggregate_collaboration(&ag, svc, NULL, 0, both, 3, &o));
	ck_assert_str_eq(big_aggregate_report_missing(ag, 0), "GM0001");
	big_aggregate_report_free(ag);
	assert_big_ok(big_aggregate(&ag, both, 3, &o));
	ck_assert_uint_eq(big_aggregate_report_member_count(ag), 1);
	big_aggregate_report_free(ag);
	o.period = "2019";
	ck_assert_int_eq(big_aggregate(&ag, both, 3, &o), BIG_EINVAL);
	ck_assert_ptr_null(ag);
	big_collaboration_free(svc);
	big_assessment_free(old);
}
END_TEST

START_TEST(test_collaboration_limits)
{
	/* A chain of 34 collaborations C0 -> C1 -> ... -> C33. */
	big_collaboration *chain[34];
	big_aggregate_report *ag = NULL;
	for (int i = 0; i < 34; i++) {
		char id[16], members[64];
		snprintf(id, sizeof(id), "C%d", i);
		snprintf(members, sizeof(members), "{\"id\": \"C%d\"}, {\"id\": \"GM0001\"}",
			 i + 1);
		chain[i] = collab(id, members, "");
	}
	const big_collaboration *const *collabs = (const big_collaboration *const *)chain;
	const big_assessment *const *as = (const big_assessment *const *)pool;
	ck_assert_int_eq(big_aggregate_collaboration(&ag, chain[0], collabs, 34, as, 4, NULL),
			 BIG_ELIMIT);
	ck_assert_ptr_null(ag);
	assert_big_ok(big_aggregate_collaboration(&ag, chain[2], collabs, 34, as, 4, NULL));
	big_aggregate_report_free(ag);

	/* Weights that add up beyond what a double can sum. */
	big_collaboration *huge = collab(
	    "SV-H",
	    "{\"id\": \"GM0001\", \"weight\": 1e308}, {\"id\": \"GM0002\", \"weight\": 1e308}", "");
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	o.method = BIG_AGGREGATE_WEIGHTED_MEAN;
	ck_assert_int_eq(big_aggregate_collaboration(&ag, huge, NULL, 0, as, 4, &o), BIG_ERANGE);
	ck_assert_ptr_null(ag);

	/* An error inside a nested collaboration leaves *out NULL. */
	big_collaboration *outer = collab("SV-O", "{\"id\": \"SV-B\"}", "");
	const big_collaboration *with_b[] = {svb, sva};
	o.weight_attribute = "inhabitants"; /* SV-B's GM0009 has none */
	ck_assert_int_eq(big_aggregate_collaboration(&ag, outer, with_b, 2, as, 4, &o),
			 BIG_ENOTFOUND);
	ck_assert_ptr_null(ag);
	big_collaboration_free(outer);
	big_collaboration_free(huge);
	for (int i = 0; i < 34; i++)
		big_collaboration_free(chain[i]);
}
END_TEST

/* The profile belongs to one catalogue object; collaborations and
 * assessments made with another copy of the catalogue still select by it. */
START_TEST(test_collaboration_catalogue_copies)
{
	static const char json[] =
	    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"p\", "
	    "\"version\": \"1\", \"tags\": [{\"id\": \"t\"}], \"profiles\": [{\"id\": "
	    "\"only-t\", \"tags\": [\"t\"]}], \"nodes\": [{\"id\": \"R1\", \"kind\": \"r\", "
	    "\"title\": \"R1\", \"tags\": [\"t\"]}, {\"id\": \"R2\", \"kind\": \"r\", "
	    "\"title\": \"R2\"}]}";
	big_catalogue *one = test_catalogue_from_string(json),
		      *two = test_catalogue_from_string(json);
	big_assessment *a = NULL, *b = NULL;
	big_collaboration *inner = NULL, *outer = NULL;
	static const char inner_json[] =
	    "{\"format\": \"libbig.collaboration\", \"format_version\": 1, \"id\": \"IN\", "
	    "\"catalogue\": {\"id\": \"p\", \"version\": \"1\"}, \"members\": [{\"id\": "
	    "\"GM1\"}]}";
	static const char outer_json[] =
	    "{\"format\": \"libbig.collaboration\", \"format_version\": 1, \"id\": \"OUT\", "
	    "\"catalogue\": {\"id\": \"p\", \"version\": \"1\"}, \"members\": [{\"id\": "
	    "\"IN\"}, {\"id\": \"GM2\"}]}";
	assert_big_ok(
	    big_collaboration_load_buffer(&inner, two, inner_json, strlen(inner_json), NULL));
	assert_big_ok(
	    big_collaboration_load_buffer(&outer, one, outer_json, strlen(outer_json), NULL));
	assert_big_ok(big_assessment_new(&a, two, "GM1", "2025"));
	assert_big_ok(big_assessment_set_status(a, "R1", BIG_STATUS_IMPLEMENTED));
	assert_big_ok(big_assessment_new(&b, one, "GM2", "2025"));
	assert_big_ok(big_assessment_set_status(b, "R1", BIG_STATUS_PARTIALLY_IMPLEMENTED));
	const big_collaboration *collabs[] = {inner};
	const big_assessment *as[] = {a, b};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	o.profile = "only-t";
	o.method = BIG_AGGREGATE_MEAN;
	assert_big_ok(big_aggregate_collaboration(&ag, outer, collabs, 1, as, 2, &o));
	ck_assert_uint_eq(find(ag, NULL)->n, 2);
	ck_assert_uint_eq(find(ag, NULL)->applicable, 1);
	ck_assert_double_eq_tol(impl(ag, NULL), 0.75, TOL);
	big_aggregate_report_free(ag);
	big_assessment_free(a);
	big_assessment_free(b);
	big_collaboration_free(inner);
	big_collaboration_free(outer);
	big_catalogue_free(one);
	big_catalogue_free(two);
}
END_TEST

/* ---- flattened nesting (docs/scoring.md, "Flattened nesting") ---- */

static big_aggregate_report *flat(const big_collaboration *c, const big_collaboration **collabs,
				  size_t ncollab, big_aggregate_method method)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	o.method = method;
	o.flatten = true;
	assert_big_ok(big_aggregate_collaboration(&ag, c, collabs, ncollab,
						  (const big_assessment *const *)pool, 4, &o));
	ck_assert(big_aggregate_report_flattened(ag));
	return ag;
}

/* The implementation scores of A.1 … B.3, A, B and overall, exactly. */
static void check_values(const big_aggregate_report *ag, const double want[9])
{
	const char *nodes[] = {"A.1", "A.2", "A.3", "B.1", "B.2", "B.3", "A", "B", NULL};
	for (size_t i = 0; i < 9; i++)
		ck_assert_msg(impl(ag, nodes[i]) == want[i], "%s: %.17g, expected %.17g",
			      nodes[i] ? nodes[i] : "overall", impl(ag, nodes[i]), want[i]);
}

/* SV-B flattened: GM0001 and GM0002 through SV-A (weights 2 and 1, chapter
 * B from SV-A), GM0003 and the missing GM0009 of SV-B itself. */
START_TEST(test_flatten_methods)
{
	const big_collaboration *collabs[] = {svb, sva};
	big_aggregate_report *mean = flat(svb, collabs, 2, BIG_AGGREGATE_MEAN);
	const double mean_want[] = {0.375, 0.625, 0.5, 0.625, 0.5, 0.25, 0.5, 0.475, 0.4875};
	check_values(mean, mean_want);
	ck_assert_uint_eq(find(mean, NULL)->n, 4);
	ck_assert_uint_eq(big_aggregate_report_member_count(mean), 4);
	const char *order[] = {"GM0001", "GM0002", "GM0003", "GM0009"};
	for (size_t i = 0; i < 4; i++) {
		ck_assert_str_eq(big_aggregate_report_member(mean, i), order[i]);
		ck_assert_ptr_null(big_aggregate_report_member_nested(mean, i));
	}
	ck_assert(big_aggregate_report_member_missing(mean, 3));
	ck_assert_uint_eq(big_aggregate_report_ranking_count(mean), 4); /* attributed too */
	/* GM0001's own scores are its effective assessment's under SV-A. */
	ck_assert_double_eq(big_aggregate_report_member_overall(mean, 0)->implementation,
			    (1 + 0.8) / 2);

	big_aggregate_report *median = flat(svb, collabs, 2, BIG_AGGREGATE_MEDIAN);
	const double median_want[] = {0.25, 0.75, 0.5, 0.75, 0.5, 0, 0.5, 0.45, 0.475};
	check_values(median, median_want);

	/* Weights from the membership entries: GM0001 2, GM0002 1 (SV-A's 3 is
	 * not used), GM0003 1, GM0009 1. SV-A's 3 is its members' 2 + 1, so the
	 * nested weighted mean gives the same figures (to rounding: 0.57). */
	big_aggregate_report *wm = flat(svb, collabs, 2, BIG_AGGREGATE_WEIGHTED_MEAN);
	const double wm_want[] = {0.5, 0.7, 0.6, 0.7, 0.6, 0.2, 0.6, 0.54, 0.5700000000000001};
	check_values(wm, wm_want);
	ck_assert_double_eq(big_aggregate_report_member_weight(wm, 0), 2);
	ck_assert_double_eq(big_aggregate_report_member_weight(wm, 3), 1);

	/* The JSON records the option. */
	char *json = NULL;
	assert_big_ok(big_aggregate_report_to_json(&json, NULL, mean, BIG_JSON_COMPACT));
	ck_assert(test_contains(json, "\"flatten\":true},\"members\""));
	ck_assert(test_contains(json, "\"nested\":[]}"));
	big_free(json);
	big_aggregate_report_free(mean);
	big_aggregate_report_free(median);
	big_aggregate_report_free(wm);
}
END_TEST

/* Under weakest flattening changes the members and n, not the figures. */
START_TEST(test_flatten_weakest)
{
	big_collaboration *svc = collab("SV-C", "{\"id\": \"SV-A\"}, {\"id\": \"GM0003\"}", "");
	const big_collaboration *collabs[] = {sva};
	big_aggregate_report *nested = of(svc, BIG_AGGREGATE_WEAKEST, NULL);
	big_aggregate_report *flattened = flat(svc, collabs, 1, BIG_AGGREGATE_WEAKEST);
	const char *nodes[] = {"A.1", "A.2", "A.3", "B.1", "B.2", "B.3", "A", "B", NULL};
	for (size_t i = 0; i < 9; i++)
		ck_assert_double_eq(impl(flattened, nodes[i]), impl(nested, nodes[i]));
	ck_assert_double_eq(impl(flattened, NULL), 0.1125); /* A 0.5/4, B 0.5/5 */
	ck_assert_double_eq(find(flattened, NULL)->coverage, find(nested, NULL)->coverage);
	ck_assert_uint_eq(find(nested, NULL)->n, 2);
	ck_assert_uint_eq(find(flattened, NULL)->n, 3);
	big_aggregate_report_free(nested);
	big_aggregate_report_free(flattened);
	big_collaboration_free(svc);
}
END_TEST

/* An organisation reached along two paths counts once, with the entry and
 * the delegation of the collaboration where it is first reached. */
START_TEST(test_flatten_paths)
{
	/* SV-Y: SV-A, GM0003; SV-X: SV-A, SV-Y. GM0001, GM0002 once. */
	big_collaboration *y = collab("SV-Y", "{\"id\": \"SV-A\"}, {\"id\": \"GM0003\"}", "");
	big_collaboration *x = collab("SV-X", "{\"id\": \"SV-A\"}, {\"id\": \"SV-Y\"}", "");
	const big_collaboration *collabs[] = {x, y, sva};
	big_aggregate_report *ag = flat(x, collabs, 3, BIG_AGGREGATE_MEAN);
	ck_assert_uint_eq(big_aggregate_report_member_count(ag), 3);
	ck_assert_str_eq(big_aggregate_report_member(ag, 2), "GM0003");
	big_aggregate_report_free(ag);

	/* SV-Z lists GM0001 itself (weight 5) after SV-A: reached first through
	 * SV-A, it weighs 2 and takes chapter B from SV-A (B.3 n). */
	big_collaboration *z =
	    collab("SV-Z", "{\"id\": \"SV-A\"}, {\"id\": \"GM0001\", \"weight\": 5}", "");
	const big_collaboration *zc[] = {z, sva};
	ag = flat(z, zc, 2, BIG_AGGREGATE_WEIGHTED_MEAN);
	ck_assert_uint_eq(big_aggregate_report_member_count(ag), 2);
	ck_assert_double_eq(big_aggregate_report_member_weight(ag, 0), 2);
	ck_assert_double_eq(impl(ag, "B.3"), 0);
	big_aggregate_report_free(ag);
	big_collaboration_free(z);

	/* Listed first, GM0001 is SV-Z's own member: weight 5, its own B.3 (i). */
	z = collab("SV-Z", "{\"id\": \"GM0001\", \"weight\": 5}, {\"id\": \"SV-A\"}", "");
	zc[0] = z;
	ag = flat(z, zc, 2, BIG_AGGREGATE_WEIGHTED_MEAN);
	ck_assert_double_eq(big_aggregate_report_member_weight(ag, 0), 5);
	ck_assert_double_eq(impl(ag, "B.3"), 5.0 / 6); /* (5·1 + 1·0) / 6 */
	big_aggregate_report_free(ag);
	big_collaboration_free(z);
	big_collaboration_free(x);
	big_collaboration_free(y);
}
END_TEST

/* By attribute a missing organisation beneath has no weight; a struct of
 * version 2 has no flatten. */
START_TEST(test_flatten_missing)
{
	const big_collaboration *collabs[] = {sva};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	big_collaboration *outer = collab("SV-O", "{\"id\": \"SV-A\"}, {\"id\": \"GM0008\"}", "");
	o.method = BIG_AGGREGATE_WEIGHTED_MEAN;
	o.weight_attribute = "inhabitants";
	o.flatten = true;
	ck_assert_int_eq(big_aggregate_collaboration(&ag, outer, collabs, 1,
						     (const big_assessment *const *)pool, 4, &o),
			 BIG_ENOTFOUND);
	ck_assert(test_contains(big_error_last()->message, "GM0008"));
	/* By the document weights the missing GM0008 weighs 1 and counts 0. */
	o.weight_attribute = NULL;
	assert_big_ok(big_aggregate_collaboration(&ag, outer, collabs, 1,
						  (const big_assessment *const *)pool, 4, &o));
	ck_assert_uint_eq(big_aggregate_report_missing_count(ag), 1);
	ck_assert_double_eq(impl(ag, "A.1"), (2 * 1 + 0.5 + 0) / 4);
	big_aggregate_report_free(ag);
	/* Version 2: flatten is not read. */
	o.version = 2;
	assert_big_ok(big_aggregate_collaboration(&ag, outer, collabs, 1,
						  (const big_assessment *const *)pool, 4, &o));
	ck_assert(!big_aggregate_report_flattened(ag));
	ck_assert_ptr_nonnull(big_aggregate_report_member_nested(ag, 0));
	big_aggregate_report_free(ag);
	/* big_aggregate() has no nesting to flatten. */
	o.version = BIG_AGGREGATE_OPTIONS_VERSION;
	o.method = BIG_AGGREGATE_MEAN;
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)pool, 3, &o));
	ck_assert(!big_aggregate_report_flattened(ag));
	big_aggregate_report_free(ag);
	big_collaboration_free(outer);
}
END_TEST

/* The guard in a nested aggregate: SV-B (three members) at k = 3. */
START_TEST(test_collaboration_guard)
{
	const big_collaboration *collabs[] = {svb, sva};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	o.method = BIG_AGGREGATE_MEAN;
	o.k = 3;
	assert_big_ok(big_aggregate_collaboration(&ag, svb, collabs, 2,
						  (const big_assessment *const *)pool, 4, &o));
	/* SV-B's figures over three are published, the same as without a guard. */
	ck_assert(!find(ag, NULL)->suppressed);
	ck_assert_double_eq_tol(impl(ag, NULL), 193.0 / 480, TOL);
	/* SV-A over two is withheld, as a member and as a nested aggregate, yet
	 * it entered SV-B whole. */
	const big_aggregate_scores *m = big_aggregate_report_member_overall(ag, 0);
	ck_assert(m->suppressed && !m->has_implementation && m->n == 2);
	const big_aggregate_report *inner = big_aggregate_report_member_nested(ag, 0);
	ck_assert(big_aggregate_report_overall(inner)->suppressed);
	ck_assert(big_aggregate_report_find(inner, "A.1")->suppressed);
	ck_assert(big_aggregate_report_member_overall(ag, 1)->suppressed); /* GM0003 */
	ck_assert_ptr_null(big_aggregate_report_member_overall(ag, 2));    /* GM0009 missing */
	big_aggregate_report_free(ag);
}
END_TEST

static Suite *aggregate_collab_suite(void)
{
	Suite *s = suite_create("aggregate-collab");
	TCase *tc = tcase_create("measures");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_measures);
	tcase_add_test(tc, test_duplicate_organisation);
	suite_add_tcase(s, tc);
	tc = tcase_create("collaborations");
	tcase_add_checked_fixture(tc, collab_setup, collab_teardown);
	tcase_add_test(tc, test_collaboration_delegation);
	tcase_add_test(tc, test_collaboration_nested);
	tcase_add_test(tc, test_collaboration_attribute);
	tcase_add_test(tc, test_collaboration_cycles);
	tcase_add_test(tc, test_collaboration_bad_arguments);
	tcase_add_test(tc, test_collaboration_json);
	tcase_add_test(tc, test_collaboration_shared);
	tcase_add_test(tc, test_collaboration_median);
	tcase_add_test(tc, test_collaboration_policies);
	tcase_add_test(tc, test_collaboration_periods);
	tcase_add_test(tc, test_collaboration_limits);
	tcase_add_test(tc, test_collaboration_catalogue_copies);
	tcase_add_test(tc, test_flatten_methods);
	tcase_add_test(tc, test_flatten_weakest);
	tcase_add_test(tc, test_flatten_paths);
	tcase_add_test(tc, test_flatten_missing);
	tcase_add_test(tc, test_collaboration_guard);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(aggregate_collab_suite());
}
