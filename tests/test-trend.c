/*
 * libbig tests — suite "trend": the trend between two aggregates of one
 * collaboration (include/big/trend.h). The worked example of docs/scoring.md
 * ("The trend of a collaboration") number for number, the checks of the two
 * aggregates, and the example data set's collaborations from 2024 to 2025.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

#define TOL 1e-15

/* tests/data/worked-catalogue.json: A.1 A.2 A.3(w2) B.1 B.2(w3) B.3; i
 * implemented, p partially_implemented, n not_implemented. */
static const char *const ids[] = {"A.1", "A.2", "A.3", "B.1", "B.2", "B.3"};
static const struct {
	const char *id, *period, *results;
} orgs[] = {
    {"GM0001", "2024", "pppppp"}, {"GM0002", "2024", "nnnnnn"}, {"GM0003", "2024", "iiiiii"},
    {"GM0001", "2025", "iiiiii"}, {"GM0002", "2025", "nnnnni"}, {"GM0004", "2025", "nnnnnn"},
};
#define ORG_COUNT 6

static big_catalogue *cat;
static big_assessment *as[ORG_COUNT];
static big_aggregate_report *before, *after;

static big_assessment *make_org(size_t k)
{
	big_assessment *a = NULL;
	assert_big_ok(big_assessment_new(&a, cat, orgs[k].id, orgs[k].period));
	for (size_t r = 0; r < 6; r++) {
		char c = orgs[k].results[r];
		big_status s = c == 'i'   ? BIG_STATUS_IMPLEMENTED
			       : c == 'p' ? BIG_STATUS_PARTIALLY_IMPLEMENTED
					  : BIG_STATUS_NOT_IMPLEMENTED;
		assert_big_ok(big_assessment_set_status(a, ids[r], s));
	}
	return a;
}

static big_aggregate_report *aggregate(size_t first, big_aggregate_method method, big_rollup rollup)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	o.method = method;
	o.rollup = rollup;
	assert_big_ok(big_aggregate(&ag, (const big_assessment *const *)as + first, 3, &o));
	return ag;
}

static void setup(void)
{
	cat = test_load_catalogue("worked-catalogue.json");
	for (size_t k = 0; k < ORG_COUNT; k++)
		as[k] = make_org(k);
	before = aggregate(0, BIG_AGGREGATE_MEAN, BIG_ROLLUP_FLAT);
	after = aggregate(3, BIG_AGGREGATE_MEAN, BIG_ROLLUP_FLAT);
}

static void teardown(void)
{
	big_aggregate_report_free(before);
	big_aggregate_report_free(after);
	for (size_t k = 0; k < ORG_COUNT; k++)
		big_assessment_free(as[k]);
	big_catalogue_free(cat);
}

static void assert_near(double got, double want)
{
	ck_assert_msg(fabs(got - want) <= TOL, "got %.17g, want %.17g", got, want);
}

/* The worked example: the overall change and its split. */
START_TEST(test_worked_effects)
{
	big_trend *t = NULL;
	assert_big_ok(big_trend_new(&t, before, after));
	const big_trend_effects *e = big_trend_effects_overall(t);
	ck_assert(e->has_effects);
	ck_assert_uint_eq(e->stayed, 2);
	ck_assert_uint_eq(e->joined, 1);
	ck_assert_uint_eq(e->left, 1);
	assert_near(big_aggregate_report_overall(before)->implementation, 0.5);
	assert_near(big_aggregate_report_overall(after)->implementation, 10.0 / 27);
	assert_near(big_aggregate_report_overall(big_trend_stayers_before(t))->implementation,
		    0.25);
	assert_near(big_aggregate_report_overall(big_trend_stayers_after(t))->implementation,
		    5.0 / 9);
	assert_near(e->change, -7.0 / 54);
	assert_near(e->stayers, 11.0 / 36);
	assert_near(e->joiners, -5.0 / 27);
	assert_near(e->leavers, -0.25);
	assert_near(e->stayers + e->joiners + e->leavers, e->change);
	assert_near(big_trend_overall(t)->implementation, -7.0 / 54);
	assert_near(big_trend_flat_delta(t), -7.0 / 54);
	/* The node of chapter B: (1/3·1 + 1/3·3 + 2/3·1)/5 − 1/2 */
	const big_node *b = big_catalogue_find(cat, "B");
	assert_near(big_trend_node(t, b)->implementation, 2.0 / 5 - 0.5);
	ck_assert_ptr_null(big_trend_node(t, NULL));
	big_trend_free(t);
}
END_TEST

/* The members: the after aggregate's first, then those who left. */
START_TEST(test_worked_members)
{
	static const struct {
		const char *id;
		bool in_before, in_after, has_before, has_after;
		double before, after;
		size_t changed;
	} want[] = {
	    {"GM0001", true, true, true, true, 0.5, 1, 6},
	    {"GM0002", true, true, true, true, 0, 1.0 / 9, 1},
	    {"GM0004", false, true, false, true, 0, 0, 0},
	    {"GM0003", true, false, true, false, 1, 0, 0},
	};
	big_trend *t = NULL;
	assert_big_ok(big_trend_new(&t, before, after));
	ck_assert_uint_eq(big_trend_member_count(t), 4);
	for (size_t i = 0; i < 4; i++) {
		const big_member_trend *m = big_trend_member(t, i);
		ck_assert_str_eq(m->id, want[i].id);
		ck_assert_int_eq(m->in_before, want[i].in_before);
		ck_assert_int_eq(m->in_after, want[i].in_after);
		ck_assert_int_eq(m->has_before, want[i].has_before);
		ck_assert_int_eq(m->has_after, want[i].has_after);
		assert_near(m->before, want[i].before);
		assert_near(m->after, want[i].after);
		assert_near(m->change,
			    m->has_before && m->has_after ? want[i].after - want[i].before : 0);
		ck_assert_uint_eq(m->requirements_changed, want[i].changed);
		ck_assert(!m->missing_before && !m->missing_after);
	}
	ck_assert_ptr_null(big_trend_member(t, 4));
	big_trend_free(t);
}
END_TEST

/* The requirements: by |contribution|, then catalogue order; B.3 in full. */
START_TEST(test_worked_contributions)
{
	static const char *const order[] = {"B.2", "A.3", "A.1", "A.2", "B.1", "B.3"};
	static const double contribution[] = {-1.0 / 18, -1.0 / 27, -1.0 / 54,
					      -1.0 / 54, -1.0 / 54, 1.0 / 54};
	big_trend *t = NULL;
	assert_big_ok(big_trend_new(&t, before, after));
	ck_assert_uint_eq(big_trend_contribution_count(t), 6);
	for (size_t i = 0; i < 6; i++) {
		const big_requirement_trend *x = big_trend_contribution(t, i);
		ck_assert_str_eq(big_node_id(x->node), order[i]);
		assert_near(x->contribution, contribution[i]);
		ck_assert(x->has_effects);
	}
	const big_requirement_trend *b2 = big_trend_contribution(t, 0);
	assert_near(b2->before, 0.5);
	assert_near(b2->after, 1.0 / 3);
	ck_assert_uint_eq(b2->change_count, 1);
	ck_assert_str_eq(big_trend_contribution_change(b2, 0)->member, "GM0001");
	assert_near(big_trend_contribution_change(b2, 0)->change, 0.5);

	const big_requirement_trend *b3 = big_trend_contribution(t, 5);
	assert_near(b3->before, 0.5);
	assert_near(b3->after, 2.0 / 3);
	assert_near(b3->stayers, 0.75);
	assert_near(b3->joiners, -1.0 / 3);
	assert_near(b3->leavers, -0.25);
	ck_assert_uint_eq(b3->change_count, 2);
	const big_member_change *c0 = big_trend_contribution_change(b3, 0);
	const big_member_change *c1 = big_trend_contribution_change(b3, 1);
	ck_assert_str_eq(c0->member, "GM0002"); /* the larger change first */
	ck_assert(c0->scorable_before && c0->scorable_after);
	assert_near(c0->before, 0);
	assert_near(c0->after, 1);
	assert_near(c0->change, 1);
	ck_assert_str_eq(c1->member, "GM0001");
	assert_near(c1->change, 0.5);
	ck_assert_ptr_null(big_trend_contribution_change(b3, 2));
	ck_assert_ptr_null(big_trend_contribution_change(NULL, 0));
	ck_assert_ptr_null(big_trend_contribution(t, 6));
	big_trend_free(t);
}
END_TEST

/* Nobody joined or left: the aggregates themselves, and effects of 0. */
START_TEST(test_same_members)
{
	big_trend *t = NULL;
	assert_big_ok(big_trend_new(&t, after, after));
	ck_assert_ptr_eq(big_trend_stayers_before(t), after);
	ck_assert_ptr_eq(big_trend_stayers_after(t), after);
	const big_trend_effects *e = big_trend_effects_overall(t);
	ck_assert(e->has_effects);
	ck_assert(e->change == 0 && e->stayers == 0 && e->joiners == 0 && e->leavers == 0);
	ck_assert_uint_eq(big_trend_contribution_count(t), 0);
	big_trend_free(t);
}
END_TEST

/* weighted_mean by an attribute whose values change between the periods:
 * GM0001 1 → 1, GM0002 1 → 3, GM0003 2 (left), GM0004 1 (joined). Before:
 * every requirement (0.5 + 0 + 2)/4 = 0.625. After: A.1–B.2 1/5 = 0.2, B.3
 * (1 + 3)/5 = 0.8, flat (0.2·8 + 0.8)/9 = 2.4/9. The stayers with their own
 * weights of each period: 0.25 before, (0.25·8 + 1)/9 = 1/3 after. */
START_TEST(test_weighted_changing)
{
	static const double inhabitants[ORG_COUNT] = {1, 1, 2, 1, 3, 1};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *b = NULL, *a = NULL;
	big_trend *t = NULL;
	char *text = NULL;
	size_t len = 0;

	for (size_t k = 0; k < ORG_COUNT; k++)
		assert_big_ok(big_assessment_set_attribute(as[k], "inhabitants", inhabitants[k]));
	o.method = BIG_AGGREGATE_WEIGHTED_MEAN;
	o.rollup = BIG_ROLLUP_FLAT;
	o.weight_attribute = "inhabitants";
	assert_big_ok(big_aggregate(&b, (const big_assessment *const *)as, 3, &o));
	assert_big_ok(big_aggregate(&a, (const big_assessment *const *)as + 3, 3, &o));
	assert_big_ok(big_trend_new(&t, b, a));
	const big_trend_effects *e = big_trend_effects_overall(t);
	ck_assert(e->has_effects);
	assert_near(big_aggregate_report_overall(b)->implementation, 0.625);
	assert_near(big_aggregate_report_overall(a)->implementation, 2.4 / 9);
	assert_near(e->change, 2.4 / 9 - 0.625);
	assert_near(e->stayers, 1.0 / 3 - 0.25);
	assert_near(e->joiners, 2.4 / 9 - 1.0 / 3);
	assert_near(e->leavers, 0.25 - 0.625);
	assert_near(big_aggregate_report_overall(big_trend_stayers_before(t))->implementation,
		    0.25);
	assert_near(big_aggregate_report_overall(big_trend_stayers_after(t))->implementation,
		    1.0 / 3);
	/* the stayers' aggregates keep the weight attribute */
	assert_big_ok(big_aggregate_report_to_json(&text, &len, big_trend_stayers_after(t), 0));
	ck_assert_msg(strstr(text, "\"weight_attribute\": \"inhabitants\""), "no weight_attribute");
	big_free(text);
	big_trend_free(t);
	big_aggregate_report_free(b);
	big_aggregate_report_free(a);
}
END_TEST

/* No member on both sides: no split, everything else as usual. */
START_TEST(test_no_stayers)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *only = NULL;
	big_trend *t = NULL;
	o.method = BIG_AGGREGATE_MEAN;
	o.rollup = BIG_ROLLUP_FLAT;
	assert_big_ok(big_aggregate(&only, (const big_assessment *const *)as + 5, 1, &o));
	assert_big_ok(big_trend_new(&t, before, only));
	ck_assert_ptr_null(big_trend_stayers_before(t));
	ck_assert_ptr_null(big_trend_stayers_after(t));
	ck_assert(!big_trend_effects_overall(t)->has_effects);
	ck_assert_uint_eq(big_trend_effects_overall(t)->left, 3);
	assert_near(big_trend_overall(t)->implementation, -0.5);
	/* The trend keeps its aggregates alive. */
	big_aggregate_report_free(only);
	ck_assert_uint_eq(big_aggregate_report_member_count(big_trend_after(t)), 1);
	big_trend_free(t);
}
END_TEST

static void assert_mismatch(const big_aggregate_report *b, const big_aggregate_report *a,
			    const char *words)
{
	big_trend *t = NULL;
	ck_assert_int_eq(big_trend_new(&t, b, a), BIG_EMISMATCH);
	ck_assert_ptr_null(t);
	ck_assert_msg(strstr(big_error_last()->message, words), "%s", big_error_last()->message);
}

START_TEST(test_mismatches)
{
	big_aggregate_report *x = aggregate(3, BIG_AGGREGATE_WEAKEST, BIG_ROLLUP_FLAT);
	assert_mismatch(before, x, "different methods (mean and weakest)");
	big_aggregate_report_free(x);
	x = aggregate(3, BIG_AGGREGATE_MEAN, BIG_ROLLUP_HIERARCHICAL);
	assert_mismatch(before, x, "different roll-ups (flat and hierarchical)");
	big_aggregate_report_free(x);

	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	o.method = BIG_AGGREGATE_MEAN;
	o.rollup = BIG_ROLLUP_FLAT;
	o.target = 2;
	assert_big_ok(big_aggregate(&x, (const big_assessment *const *)as + 3, 3, &o));
	assert_mismatch(before, x, "different targets");
	big_aggregate_report_free(x);

	big_trend *t = NULL;
	ck_assert_int_eq(big_trend_new(&t, NULL, after), BIG_EINVAL);
	ck_assert_int_eq(big_trend_new(NULL, before, after), BIG_EINVAL);
	big_trend_free(NULL);
}
END_TEST

/* Another catalogue, and one of the same name with other contents. */
START_TEST(test_other_catalogue)
{
	big_catalogue *other = test_catalogue_from_string(
	    "{\"format\":\"libbig.catalogue\",\"format_version\":1,\"id\":\"worked-example\","
	    "\"version\":\"1\",\"title\":\"T\",\"nodes\":[{\"id\":\"A.1\",\"kind\":"
	    "\"requirement\",\"title\":\"R\"}]}");
	big_assessment *a = NULL;
	big_aggregate_report *x = NULL;
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	o.method = BIG_AGGREGATE_MEAN;
	o.rollup = BIG_ROLLUP_FLAT;
	assert_big_ok(big_assessment_new(&a, other, "GM0001", "2025"));
	assert_big_ok(big_aggregate(&x, (const big_assessment *const *)&a, 1, &o));
	assert_mismatch(before, x, "score differently (fingerprints sha256:");
	big_aggregate_report_free(x);
	big_assessment_free(a);
	big_catalogue_free(other);
}
END_TEST

/* The document and the CSV carry the figures of the worked example. */
START_TEST(test_writers)
{
	big_trend *t = NULL;
	char *json = NULL, *csv = NULL;
	size_t len = 0;
	assert_big_ok(big_trend_new(&t, before, after));
	assert_big_ok(big_trend_to_json(&json, &len, t, BIG_JSON_COMPACT));
	ck_assert_uint_eq(strlen(json), len);
	ck_assert(test_contains(json, "\"format\":\"libbig.trend\""));
	ck_assert(test_contains(
	    json,
	    "\"effects\":{\"change\":-0.12962962962962965,"
	    "\"stayers\":0.3055555555555556,\"joiners\":-0.18518518518518523,\"leavers\":-0.25,"));
	ck_assert(test_contains(json, "{\"id\":\"GM0003\",\"membership\":\"left\""));
	ck_assert(test_contains(json, "{\"id\":\"GM0004\",\"membership\":\"joined\""));
	ck_assert(test_contains(json, "\"members\":[{\"id\":\"GM0002\",\"before\":0,\"after\":1,"
				      "\"change\":1},{\"id\":\"GM0001\",\"before\":0.5,"));
	assert_big_ok(big_trend_to_csv(&csv, NULL, t, 0));
	ck_assert(test_contains(csv, "id,kind,title,depth,before,after,contribution,stayers,"
				     "joiners,leavers,member,member_before,member_after,"
				     "member_change\r\n"));
	ck_assert(test_contains(csv, "B.3,requirement,Requirement B.3,1,0.5,0.6666666666666666,"
				     "0.018518518518518514,0.75,-0.33333333333333337,-0.25,"
				     "GM0002,0,1,1\r\n"));
	ck_assert_int_eq(big_trend_to_json(NULL, NULL, t, 0), BIG_EINVAL);
	ck_assert_int_eq(big_trend_to_csv(&csv, NULL, NULL, 0), BIG_EINVAL);
	big_free(json);
	big_free(csv);
	big_trend_free(t);
}
END_TEST

/* ---- The example data set: SV0001 and SV0002 from 2024 to 2025 ---------- */

static const struct {
	const char *id, *method;
	double before, after, change, flat;
	size_t listed;
	const char *top;
	double top_contribution;
	size_t top_members;
} example[] = {
    {"SV0001", "weakest", 0.4922313857975623, 0.5634638314785373, 0.07123244568097498, 0.1, 46,
     "5.01.01", 0.003125, 2},
    {"SV0001", "mean", 0.7299061403840816, 0.7820738543165013, 0.0521677139324197,
     0.06354166666666668, 46, "5.14.02", 0.003125, 3},
    {"SV0002", "weakest", 0.21250260239230825, 0.23933776213187977, 0.026835159739571512, 0.03125,
     56, "5.6", -0.003125, 1},
    {"SV0002", "mean", 0.6422048887122418, 0.6825570515368309, 0.04035216282458909, 0.03359375, 56,
     "8.32.02", 0.00234375, 3},
};

/* Every member's own change, the same under both methods. */
static const struct {
	const char *id;
	double change;
	size_t changed;
} example_members[] = {
    {"GM9901", 0.06444753577106521, 25},  {"GM9902", 0.039322384359149254, 18},
    {"GM9903", 0.052733221667045194, 18}, {"GM9902", 0.06468837535014005, 18},
    {"GM9903", 0.048011772276478126, 16}, {"GM9904", -0.024582907487319283, 14},
    {"GM9905", 0.07329141115905813, 21},
};

static big_aggregate_report *example_aggregate(const big_catalogue *bio2,
					       const big_collaboration *c, const char *period,
					       big_aggregate_method method)
{
	static const char *const files[] = {"GM9901", "GM9902", "GM9903", "GM9904",
					    "GM9905", "GM9906", "SV0001", "SV0002"};
	big_assessment *pool[8] = {NULL};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	char name[96];

	for (size_t i = 0; i < 8; i++) {
		snprintf(name, sizeof(name), "../../examples/data/collab/%s/%s.json", period,
			 files[i]);
		char *path = test_data_path(name);
		assert_big_ok(big_assessment_load_file(&pool[i], bio2, path, NULL));
		free(path);
	}
	o.method = method;
	assert_big_ok(big_aggregate_collaboration(&ag, c, NULL, 0,
						  (const big_assessment *const *)pool, 8, &o));
	for (size_t i = 0; i < 8; i++)
		big_assessment_free(pool[i]);
	return ag;
}

/* The numbers of docs/scoring.md, "The trend of the example data set". */
START_TEST(test_example_data)
{
	big_catalogue *bio2 = NULL;
	assert_big_ok(big_catalogue_builtin(&bio2, "bio2"));
	for (size_t k = 0; k < sizeof(example) / sizeof(example[0]); k++) {
		big_collaboration *c = NULL;
		big_aggregate_method m;
		char name[64];
		snprintf(name, sizeof(name), "../../examples/data/collab/%s.json", example[k].id);
		char *path = test_data_path(name);
		assert_big_ok(big_collaboration_load_file(&c, bio2, path, NULL));
		free(path);
		assert_big_ok(big_aggregate_method_from_name(&m, example[k].method));
		big_aggregate_report *b = example_aggregate(bio2, c, "2024", m);
		big_aggregate_report *a = example_aggregate(bio2, c, "2025", m);
		big_trend *t = NULL;
		assert_big_ok(big_trend_new(&t, b, a));
		const big_trend_effects *e = big_trend_effects_overall(t);
		ck_assert_double_eq(big_aggregate_report_overall(b)->implementation,
				    example[k].before);
		ck_assert_double_eq(big_aggregate_report_overall(a)->implementation,
				    example[k].after);
		ck_assert_double_eq(e->change, example[k].change);
		ck_assert_double_eq(e->stayers, example[k].change); /* the same members */
		ck_assert(e->joiners == 0 && e->leavers == 0 && e->joined == 0 && e->left == 0);
		ck_assert_double_eq(big_trend_flat_delta(t), example[k].flat);
		ck_assert_uint_eq(big_trend_contribution_count(t), example[k].listed);
		const big_requirement_trend *x = big_trend_contribution(t, 0);
		ck_assert_str_eq(big_node_id(x->node), example[k].top);
		ck_assert_double_eq(x->contribution, example[k].top_contribution);
		ck_assert_uint_eq(x->change_count, example[k].top_members);
		size_t first = strcmp(example[k].id, "SV0001") == 0 ? 0 : 3; /* its members */
		for (size_t i = 0; i < big_trend_member_count(t); i++) {
			const big_member_trend *mt = big_trend_member(t, i);
			ck_assert_uint_lt(first + i,
					  sizeof(example_members) / sizeof(example_members[0]));
			ck_assert_str_eq(mt->id, example_members[first + i].id);
			ck_assert_double_eq(mt->change, example_members[first + i].change);
			ck_assert_uint_eq(mt->requirements_changed,
					  example_members[first + i].changed);
		}
		big_trend_free(t);
		big_aggregate_report_free(a);
		big_aggregate_report_free(b);
		big_collaboration_free(c);
	}
	big_catalogue_free(bio2);
}
END_TEST

/* Two collaborations, a collaboration and a plain aggregate, two profiles. */
START_TEST(test_other_collaboration)
{
	big_catalogue *bio2 = NULL;
	big_collaboration *c[2] = {NULL, NULL};
	big_aggregate_report *ag[2];
	assert_big_ok(big_catalogue_builtin(&bio2, "bio2"));
	for (int k = 0; k < 2; k++) {
		char name[64];
		snprintf(name, sizeof(name), "../../examples/data/collab/SV000%d.json", k + 1);
		char *path = test_data_path(name);
		assert_big_ok(big_collaboration_load_file(&c[k], bio2, path, NULL));
		free(path);
		ag[k] = example_aggregate(bio2, c[k], "2025", BIG_AGGREGATE_WEAKEST);
	}
	assert_mismatch(ag[0], ag[1], "different collaborations (SV0001 and SV0002)");

	big_assessment *a = NULL;
	big_aggregate_report *plain = NULL, *profiled = NULL;
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	assert_big_ok(big_assessment_new(&a, bio2, "GM9901", "2025"));
	o.profile = "alles"; /* the example data set's, as the collaborations' aggregates */
	assert_big_ok(big_aggregate(&plain, (const big_assessment *const *)&a, 1, &o));
	assert_mismatch(plain, ag[0], "different collaborations (none and SV0001)");
	o.profile = big_profile_id(big_catalogue_profile(bio2, 0));
	assert_big_ok(big_aggregate(&profiled, (const big_assessment *const *)&a, 1, &o));
	o.profile = big_profile_id(big_catalogue_profile(bio2, 1));
	big_aggregate_report *other = NULL;
	assert_big_ok(big_aggregate(&other, (const big_assessment *const *)&a, 1, &o));
	assert_mismatch(profiled, other, "different profiles");
	/* how to choose, as big_aggregate_collaboration() says (the CLI: --profile) */
	assert_mismatch(profiled, other, "name one in the options (profile)");
	big_aggregate_report_free(other);
	big_aggregate_report_free(profiled);
	big_aggregate_report_free(plain);
	big_assessment_free(a);
	for (int k = 0; k < 2; k++) {
		big_aggregate_report_free(ag[k]);
		big_collaboration_free(c[k]);
	}
	big_catalogue_free(bio2);
}
END_TEST

static Suite *trend_suite(void)
{
	Suite *s = suite_create("trend");
	TCase *tc = tcase_create("worked");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_worked_effects);
	tcase_add_test(tc, test_worked_members);
	tcase_add_test(tc, test_worked_contributions);
	tcase_add_test(tc, test_same_members);
	tcase_add_test(tc, test_no_stayers);
	tcase_add_test(tc, test_weighted_changing);
	tcase_add_test(tc, test_mismatches);
	tcase_add_test(tc, test_other_catalogue);
	tcase_add_test(tc, test_writers);
	suite_add_tcase(s, tc);
	tc = tcase_create("example-data");
	tcase_add_test(tc, test_example_data);
	tcase_add_test(tc, test_other_collaboration);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(trend_suite());
}
