/*
 * libbig tests — suite "score-core": scoring one assessment and aggregating
 * many share one definition of a node's scores (libbig/scoring/node-scores.h), so
 * an aggregate of one member, and of N identical members, equals that
 * member's report field by field, under every aggregation method and roll-up
 * (docs/scoring.md, "Aggregation").
 *
 * The members are copies of real documents (tests/data and the demo
 * assessment against the built-in BIO2), each copy with an organisation id
 * of its own. And scoring's fast path for a leaf requirement,
 * big__node_finish_one(), gives what the general big__node_finish() gives for
 * the sums of that requirement alone, for every kind of value.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "node-scores.h"
#include "test-common.h"

#define COPIES 3

/* The public score structs as this suite knows them: check_same() and
 * same_figures() compare every figure, check_same() the aggregate's n too
 * (the counts per status, which an aggregate has not, are the report
 * suites'). A new field that changes a struct's size stops the build here,
 * and so does one of big_delta (compare.c's subtract() must compute it); a
 * bool that fits in the padding after another does not: the list in
 * docs/architecture.md, "A new output field", is the rule, this a guard. */
struct scores_mirror {
	unsigned int applicable;
	unsigned int counts[BIG_STATUS_COUNT];
	bool has_implementation;
	double implementation;
	bool has_maturity;
	double maturity_mean;
	int attained_level;
	bool has_coverage;
	double coverage;
	double comply_or_explain;
	bool has_demonstration;
	double opzet;
	double bestaan;
	double werking;
};
struct aggregate_mirror {
	unsigned int applicable;
	unsigned int n;
	bool has_implementation;
	double implementation;
	bool has_maturity;
	double maturity_mean;
	int attained_level;
	bool has_coverage;
	double coverage;
	double comply_or_explain;
	bool has_demonstration;
	double opzet;
	double bestaan;
	double werking;
	bool suppressed;
};
_Static_assert(sizeof(big_scores) == sizeof(struct scores_mirror),
	       "big_scores has a new field: compare it in same_figures() and check_same()");
_Static_assert(sizeof(big_aggregate_scores) == sizeof(struct aggregate_mirror),
	       "big_aggregate_scores has a new field: compare it in check_same()");
struct delta_mirror {
	bool has_implementation;
	double implementation;
	bool has_maturity;
	double maturity_mean;
	bool has_coverage;
	double coverage;
	double comply_or_explain;
	int applicable;
	bool has_demonstration;
	double opzet;
	double bestaan;
	double werking;
};
_Static_assert(sizeof(big_delta) == sizeof(struct delta_mirror),
	       "big_delta has a new field: compute it in compare.c's subtract()");
/* Unequal weights: a weighted mean of equal values is still that value. */
static const double weights[COPIES] = {1, 2.5, 7};

/* @text (an assessment document) with the organisation id GMCOPY<k>. */
static char *with_organisation(const char *text, int k)
{
	cJSON *doc = cJSON_Parse(text);
	char id[16];
	ck_assert_ptr_nonnull(doc);
	cJSON *org = cJSON_GetObjectItemCaseSensitive(doc, "organisation");
	ck_assert_ptr_nonnull(org);
	snprintf(id, sizeof(id), "GMCOPY%d", k);
	cJSON_ReplaceItemInObjectCaseSensitive(org, "id", cJSON_CreateString(id));
	char *out = cJSON_PrintUnformatted(doc);
	ck_assert_ptr_nonnull(out);
	cJSON_Delete(doc);
	return out;
}

/* @ag, of @members copies of an assessment, against its report's @r. */
static void check_same(const big_scores *r, const big_aggregate_scores *ag, unsigned members,
		       const char *where)
{
	ck_assert_msg(ag != NULL, "%s: no aggregate scores", where);
	ck_assert_msg(!ag->suppressed, "%s: withheld without a guard", where);
	ck_assert_msg(ag->n == (r->has_implementation ? members : 0), "%s: n %u, expected %u",
		      where, ag->n, r->has_implementation ? members : 0);
	ck_assert_msg(r->applicable == ag->applicable, "%s: applicable %u != %u", where,
		      r->applicable, ag->applicable);
	ck_assert_msg(r->has_implementation == ag->has_implementation &&
			  r->implementation == ag->implementation,
		      "%s: implementation %d %.17g != %d %.17g", where, r->has_implementation,
		      r->implementation, ag->has_implementation, ag->implementation);
	ck_assert_msg(
	    r->has_maturity == ag->has_maturity && r->maturity_mean == ag->maturity_mean &&
		r->attained_level == ag->attained_level,
	    "%s: maturity %d %.17g %d != %d %.17g %d", where, r->has_maturity, r->maturity_mean,
	    r->attained_level, ag->has_maturity, ag->maturity_mean, ag->attained_level);
	ck_assert_msg(r->has_coverage == ag->has_coverage && r->coverage == ag->coverage &&
			  r->comply_or_explain == ag->comply_or_explain,
		      "%s: coverage %d %.17g %.17g != %d %.17g %.17g", where, r->has_coverage,
		      r->coverage, r->comply_or_explain, ag->has_coverage, ag->coverage,
		      ag->comply_or_explain);
	ck_assert_msg(r->has_demonstration == ag->has_demonstration && r->opzet == ag->opzet &&
			  r->bestaan == ag->bestaan && r->werking == ag->werking,
		      "%s: opzet, bestaan, werking %d %.17g %.17g %.17g != %d %.17g %.17g %.17g",
		      where, r->has_demonstration, r->opzet, r->bestaan, r->werking,
		      ag->has_demonstration, ag->opzet, ag->bestaan, ag->werking);
}

/* The report of @as[0] against the aggregates of its first 1 and COPIES
 * copies, under every method and roll-up. */
static void check_copies(const big_catalogue *cat, big_assessment *const *as, const char *name)
{
	for (int ro = 0; ro < BIG_ROLLUP_COUNT; ro++) {
		big_score_options so = BIG_SCORE_OPTIONS_INIT;
		big_report *r = NULL;
		so.rollup = (big_rollup)ro;
		assert_big_ok(big_score(&r, as[0], &so));
		for (int me = 0; me < BIG_AGGREGATE_METHOD_COUNT; me++) {
			for (size_t n = 1; n <= COPIES; n += COPIES - 1) {
				big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
				big_aggregate_report *ag = NULL;
				char where[256];
				o.method = (big_aggregate_method)me;
				o.rollup = (big_rollup)ro;
				o.weights =
				    o.method == BIG_AGGREGATE_WEIGHTED_MEAN ? weights : NULL;
				assert_big_ok(
				    big_aggregate(&ag, (const big_assessment *const *)as, n, &o));
				snprintf(where, sizeof(where), "%s, %s, %s, %zu member(s), overall",
					 name, big_rollup_name(o.rollup),
					 big_aggregate_method_name(o.method), n);
				check_same(big_report_overall(r), big_aggregate_report_overall(ag),
					   (unsigned)n, where);
				for (size_t i = 0; i < big_catalogue_node_count(cat); i++) {
					const big_node *node = big_catalogue_node(cat, i);
					snprintf(where, sizeof(where),
						 "%s, %s, %s, %zu member(s), %s", name,
						 big_rollup_name(o.rollup),
						 big_aggregate_method_name(o.method), n,
						 big_node_id(node));
					check_same(big_report_node_scores(r, node),
						   big_aggregate_report_node(ag, node), (unsigned)n,
						   where);
				}
				big_aggregate_report_free(ag);
			}
		}
		big_report_free(r);
	}
}

/* Loads COPIES copies of the assessment @text against @cat and checks them. */
static void check_document(const big_catalogue *cat, const char *text, const char *name)
{
	big_assessment *as[COPIES] = {NULL};
	for (int k = 0; k < COPIES; k++) {
		char *copy = with_organisation(text, k);
		assert_big_ok(big_assessment_load_buffer(&as[k], cat, copy, strlen(copy), NULL));
		cJSON_free(copy);
	}
	check_copies(cat, as, name);
	for (int k = 0; k < COPIES; k++)
		big_assessment_free(as[k]);
}

static void check_data(const char *catalogue, const char *assessment)
{
	big_catalogue *cat = test_load_catalogue(catalogue);
	char *text = test_read_data(assessment, NULL);
	check_document(cat, text, assessment);
	free(text);
	big_catalogue_free(cat);
}

START_TEST(test_worked_example)
{
	check_data("worked-catalogue.json", "worked-assessment.json");
	check_data("worked-catalogue.json", "worked-assessment-after.json");
	check_data("worked-catalogue.json", "demonstration-assessment.json");
}
END_TEST

START_TEST(test_model)
{
	check_data("model-catalogue.json", "model-assessment.json");
}
END_TEST

/* The demo assessment of examples/data against the built-in BIO2: maturities,
 * criteria, exceptions and a profile. */
START_TEST(test_bio2_demo)
{
	const char *examples = getenv("BIG_TEST_EXAMPLES");
	char path[4096];
	big_catalogue *cat = NULL;
	ck_assert_msg(examples != NULL, "BIG_TEST_EXAMPLES is not set");
	snprintf(path, sizeof(path), "%s/demo-assessment.json", examples);
	char *text = test_read_file(path, NULL);
	ck_assert_msg(text != NULL, "cannot read %s", path);
	assert_big_ok(big_catalogue_builtin(&cat, "bio2"));
	check_document(cat, text, "demo-assessment.json");
	free(text);
	big_catalogue_free(cat);
}
END_TEST

static bool same_figures(const big_scores *a, const big_scores *b)
{
	return a->applicable == b->applicable && a->has_implementation == b->has_implementation &&
	       a->implementation == b->implementation && a->has_maturity == b->has_maturity &&
	       a->maturity_mean == b->maturity_mean && a->attained_level == b->attained_level &&
	       a->has_coverage == b->has_coverage && a->coverage == b->coverage &&
	       a->comply_or_explain == b->comply_or_explain &&
	       a->has_demonstration == b->has_demonstration && a->opzet == b->opzet &&
	       a->bestaan == b->bestaan && a->werking == b->werking;
}

/* big__node_finish_one() of @v against big__node_finish() of the sums of @v
 * alone. */
static void check_leaf(const struct big_req_values *v, double weight, big_rollup rollup)
{
	struct big_node_sums t;
	struct big_rollup_acc roll = {0};
	big_scores general, fast;
	big__node_sums_clear(&t);
	if (big__node_sums_add(&t, weight, v))
		big__rollup_leaf(&roll, rollup, weight, v->score);
	big__node_finish(&general, &t, &roll, rollup);
	big__node_finish_one(&fast, v, weight, rollup);
	ck_assert_msg(same_figures(&general, &fast),
		      "%s, scorable %d, maturity %d %.17g, score %g, covered %g, complied %g, "
		      "weight %g",
		      big_rollup_name(rollup), v->scorable, v->has_maturity, v->maturity, v->score,
		      v->covered, v->complied, weight);
}

/* Every combination of the values one requirement of one assessment can
 * have (and some shares and fractional levels an aggregate can have), of
 * weights and roll-ups: big__node_finish_one() == big__node_finish(). */
START_TEST(test_leaf_fast_path)
{
	static const double scores[] = {0, 0.2, 0.5, 0.75, 1};
	static const double weights[] = {1, 0.001, 0.3, 2.5, 7.125};
	static const double levels[] = {0, 1, 2, 3, 4, 5, 9, 2.9999999999, 3.5};
	static const double shares[] = {0, 1, 0.25, 2.0 / 3};
	/* opzet, bestaan, werking: not demonstrable, whole values, shares */
	static const double shown[3][BIG_DIMENSION_COUNT] = {
	    {0, 0, 0}, {1, 0, 1}, {0.25, 2.0 / 3, 1}};
	enum { N_SCORES = 5, N_WEIGHTS = 5, N_LEVELS = 9, N_SHARES = 4, N_SHOWN = 3 };
	const unsigned total =
	    BIG_ROLLUP_COUNT * 3 * N_SCORES * N_LEVELS * N_SHARES * N_SHARES * N_WEIGHTS * N_SHOWN;
	for (unsigned k = 0; k < total; k++) {
		unsigned x = k;
		struct big_req_values v = {0};
		const double weight = weights[x % N_WEIGHTS];
		const big_rollup rollup = (big_rollup)((x /= N_WEIGHTS) % BIG_ROLLUP_COUNT);
		const unsigned kind =
		    (x /= BIG_ROLLUP_COUNT) % 3; /* not scorable, no maturity, maturity */
		v.score = scores[(x /= 3) % N_SCORES];
		v.scorable = kind > 0;
		v.has_maturity = kind == 2;
		v.maturity = v.level = v.has_maturity ? levels[(x /= N_SCORES) % N_LEVELS] : 0;
		v.covered = shares[(x /= N_LEVELS) % N_SHARES];
		v.complied = shares[(x /= N_SHARES) % N_SHARES];
		const unsigned demo = (x / N_SHARES) % N_SHOWN;
		v.demonstrable = demo > 0;
		for (int d = 0; d < BIG_DIMENSION_COUNT; d++)
			v.shown[d] = shown[demo][d];
		check_leaf(&v, weight, rollup);
	}
}
END_TEST

/* Loaders refuse weights whose sums overflow (BIG_ERANGE), so no document
 * reaches this; the finish itself still keeps a NaN mean NaN (written as
 * null) rather than clamp it into a level, should its sums ever overflow. */
START_TEST(test_nan_mean)
{
	struct big_req_values v = {0};
	struct big_node_sums t;
	struct big_rollup_acc roll = {0};
	big_scores s;
	v.scorable = v.has_maturity = true;
	v.covered = v.complied = 1;
	big__node_sums_clear(&t);
	v.maturity = v.level = 1;
	big__node_sums_add(&t, 1e308, &v);
	v.maturity = v.level = 2;
	big__node_sums_add(&t, 1e308, &v);
	big__node_finish(&s, &t, &roll, BIG_ROLLUP_FLAT);
	ck_assert(s.has_maturity);
	ck_assert_msg(s.maturity_mean != s.maturity_mean, "mean %g, expected NaN", s.maturity_mean);
	ck_assert_int_eq(s.attained_level, 1);
}
END_TEST

static Suite *score_core_suite(void)
{
	Suite *s = suite_create("score-core");
	TCase *tc = tcase_create("one-and-identical-members");
	tcase_add_test(tc, test_worked_example);
	tcase_add_test(tc, test_model);
	tcase_add_test(tc, test_bio2_demo);
	suite_add_tcase(s, tc);
	tc = tcase_create("leaf-fast-path");
	tcase_add_test(tc, test_leaf_fast_path);
	tcase_add_test(tc, test_nan_mean);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(score_core_suite());
}
