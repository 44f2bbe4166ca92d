/*
 * libbig tests — suite "example-data": the example data set
 * examples/data/collab/ (six fictional municipalities, two collaborations,
 * periods 2024 and 2025) loads in strict mode, and gives every number of
 * docs/scoring.md, "Example data set", exactly.
 *
 * With the environment variable BIG_EXAMPLE_PRINT set the numbers are printed
 * (%.17g) instead of checked, to update the documentation after regenerating the data.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

#define N_ORGS      6
#define N_COLLABS   2
#define MAX_MEMBERS 4

static const char *const org_ids[N_ORGS] = {"GM9901", "GM9902", "GM9903",
					    "GM9904", "GM9905", "GM9906"};
static const char *const collab_ids[N_COLLABS] = {"SV0001", "SV0002"};

/* Overall implementation of each municipality's own 2025 assessment:
 * hierarchical, flat. */
static const double own_expected[N_ORGS][2] = {
    {0.7111067737905974, 0.7375},   {0.6342432243167537, 0.6125}, {0.795719537815126, 0.815625},
    {0.5766787796199561, 0.540625}, {0.7456454879248997, 0.75},   {0.6819526459232341, 0.65625},
};

/* Overall implementation of the effective 2025 assessment of each member
 * (in the collaboration's member order): hierarchical, flat. */
static const struct {
	size_t members;
	const char *member[MAX_MEMBERS];
	double score[MAX_MEMBERS][2];
	double weakest, mean; /* aggregate over the effective assessments, hierarchical */
} collab_expected[N_COLLABS] = {
    {3,
     {"GM9901", "GM9902", "GM9903"},
     {{0.8100651071239306, 0.759375},
      {0.7046542603527899, 0.640625},
      {0.8315021954727837, 0.815625}},
     0.5634638314785373,
     0.7820738543165013},
    {4,
     {"GM9902", "GM9903", "GM9904", "GM9905"},
     {{0.6342432243167537, 0.6125},
      {0.7883665966386555, 0.809375},
      {0.5693258384434855, 0.534375},
      {0.7382925467484291, 0.74375}},
     0.23933776213187977,
     0.6825570515368309},
};

/* Who holds each collaboration back under weakest (docs/scoring.md,
 * "Example data set"): the ranking (member, requirements it alone holds,
 * rise at the next-weakest level), the number of gaps, the first gap with
 * its responsible, and the gaps delegated to the collaboration. */
static const struct {
	const char *member[MAX_MEMBERS];
	unsigned requirements[MAX_MEMBERS];
	double rise[MAX_MEMBERS];
	size_t gaps, delegated_gaps;
	const char *first_gap, *first_responsible;
} attrib_expected[N_COLLABS] = {
    {{"GM9902", "GM9901", "GM9903"},
     {47, 23, 16},
     {0.14671838329926568, 0.064106385797562226, 0.048483751608751624},
     114,
     4,
     "5.01.02",
     "GM9901"},
    {{"GM9904", "GM9902", "GM9905", "GM9903"},
     {42, 30, 13, 10},
     {0.16151724203194792, 0.10200549814520407, 0.090890917177681912, 0.044327021349080148},
     149,
     4,
     "5.01.01",
     "GM9904"},
};

/* Distribution of the hierarchical overall implementation of the six own
 * 2025 assessments. */
static const double dist_min = 0.5766787796199561, dist_median = 0.6965297098569158,
		    dist_max = 0.795719537815126;

static big_catalogue *bio2;
static big_assessment *own[N_ORGS];
static big_collaboration *collab[N_COLLABS];
static big_assessment *collab_a[N_COLLABS];

static int printing(void)
{
	return getenv("BIG_EXAMPLE_PRINT") != NULL;
}

/* A documented number: printed, not checked, under BIG_EXAMPLE_PRINT. */
#define assert_documented(x, expected)                    \
	do {                                              \
		if (!printing())                          \
			ck_assert_double_eq(x, expected); \
	} while (0)

static char *collab_path(const char *period, const char *id)
{
	char name[128];
	if (period)
		snprintf(name, sizeof name, "../../examples/data/collab/%s/%s.json", period, id);
	else
		snprintf(name, sizeof name, "../../examples/data/collab/%s.json", id);
	return test_data_path(name);
}

static big_assessment *load_assessment(const char *period, const char *id)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	big_assessment *a = NULL;
	char *path = collab_path(period, id);
	opts.flags = BIG_LOAD_STRICT;
	assert_big_ok(big_assessment_load_file(&a, bio2, path, &opts));
	free(path);
	ck_assert_uint_eq(big_assessment_diagnostic_count(a), 0);
	ck_assert_str_eq(big_assessment_organisation_id(a), id);
	ck_assert_str_eq(big_assessment_period(a), period);
	return a;
}

static void setup(void)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	opts.flags = BIG_LOAD_STRICT;
	assert_big_ok(big_catalogue_builtin(&bio2, "bio2"));
	for (size_t i = 0; i < N_ORGS; i++)
		own[i] = load_assessment("2025", org_ids[i]);
	for (size_t c = 0; c < N_COLLABS; c++) {
		char *path = collab_path(NULL, collab_ids[c]);
		assert_big_ok(big_collaboration_load_file(&collab[c], bio2, path, &opts));
		free(path);
		ck_assert_uint_eq(big_collaboration_diagnostic_count(collab[c]), 0);
		collab_a[c] = load_assessment("2025", collab_ids[c]);
	}
}

static void teardown(void)
{
	for (size_t i = 0; i < N_ORGS; i++)
		big_assessment_free(own[i]);
	for (size_t c = 0; c < N_COLLABS; c++) {
		big_collaboration_free(collab[c]);
		big_assessment_free(collab_a[c]);
	}
	big_catalogue_free(bio2);
}

static const big_assessment *own_of(const char *id)
{
	for (size_t i = 0; i < N_ORGS; i++)
		if (strcmp(org_ids[i], id) == 0)
			return own[i];
	ck_abort_msg("no assessment of %s", id);
	return NULL;
}

static double overall(const big_assessment *a, big_rollup rollup)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	opts.rollup = rollup;
	assert_big_ok(big_score(&r, a, &opts));
	ck_assert(big_report_overall(r)->has_implementation);
	double v = big_report_overall(r)->implementation;
	big_report_free(r);
	return v;
}

/* Every document of both periods loads in strict mode without diagnostics. */
START_TEST(test_loads_strict)
{
	static const char *const periods[] = {"2024", "2025"};
	for (size_t p = 0; p < 2; p++) {
		for (size_t i = 0; i < N_ORGS; i++)
			big_assessment_free(load_assessment(periods[p], org_ids[i]));
		for (size_t c = 0; c < N_COLLABS; c++)
			big_assessment_free(load_assessment(periods[p], collab_ids[c]));
	}
	ck_assert_str_eq(big_collaboration_kind(collab[0]), "sociale_dienst");
	ck_assert_int_eq(big_collaboration_policy(collab[0]), BIG_POLICY_COLLABORATION);
	ck_assert_str_eq(big_collaboration_kind(collab[1]), "belastingsamenwerking");
	ck_assert_int_eq(big_collaboration_policy(collab[1]), BIG_POLICY_WORST);
	ck_assert(big_collaboration_delegates(collab[0], "6.3.01") ||
		  big_collaboration_delegates(collab[0], "6.3"));
	ck_assert(big_collaboration_delegates(collab[1], "5.34"));
	ck_assert(!big_collaboration_delegates(collab[1], "6.3"));
}
END_TEST

START_TEST(test_own_scores)
{
	for (size_t i = 0; i < N_ORGS; i++) {
		double h = overall(own[i], BIG_ROLLUP_HIERARCHICAL);
		double f = overall(own[i], BIG_ROLLUP_FLAT);
		if (printing())
			printf("own %s hierarchical %.17g flat %.17g\n", org_ids[i], h, f);
		assert_documented(h, own_expected[i][0]);
		assert_documented(f, own_expected[i][1]);
	}
}
END_TEST

START_TEST(test_effective_and_aggregate)
{
	for (size_t c = 0; c < N_COLLABS; c++) {
		big_assessment *eff[MAX_MEMBERS] = {NULL};
		size_t m = big_collaboration_member_count(collab[c]);
		ck_assert_uint_eq(m, collab_expected[c].members);
		for (size_t j = 0; j < m; j++) {
			const char *id = big_collaboration_member_id(collab[c], j);
			ck_assert_str_eq(id, collab_expected[c].member[j]);
			assert_big_ok(
			    big_effective_assessment(&eff[j], collab[c], own_of(id), collab_a[c]));
			double h = overall(eff[j], BIG_ROLLUP_HIERARCHICAL);
			double f = overall(eff[j], BIG_ROLLUP_FLAT);
			if (printing())
				printf("effective %s %s hierarchical %.17g flat %.17g\n",
				       collab_ids[c], id, h, f);
			assert_documented(h, collab_expected[c].score[j][0]);
			assert_documented(f, collab_expected[c].score[j][1]);
		}
		for (int method = 0; method < 2; method++) {
			big_aggregate_options opts = BIG_AGGREGATE_OPTIONS_INIT;
			big_aggregate_report *ag = NULL;
			opts.method = method ? BIG_AGGREGATE_MEAN : BIG_AGGREGATE_WEAKEST;
			assert_big_ok(
			    big_aggregate(&ag, (const big_assessment *const *)eff, m, &opts));
			const big_aggregate_scores *s = big_aggregate_report_overall(ag);
			ck_assert(s->has_implementation);
			ck_assert_uint_eq(s->n, m);
			if (printing())
				printf("aggregate %s %s %.17g\n", collab_ids[c],
				       method ? "mean" : "weakest", s->implementation);
			assert_documented(s->implementation, method ? collab_expected[c].mean
								    : collab_expected[c].weakest);
			big_aggregate_report_free(ag);
		}
		for (size_t j = 0; j < m; j++)
			big_assessment_free(eff[j]);
	}
}
END_TEST

/* The responsible of gap @d are the collaboration @id, named once, or
 * holders of its requirement (the members at the lowest score, but under an
 * implementation gap only, where nobody explained it); SV0002 (policy
 * worst) 8.32.01: GM9904's own not_implemented, not the collaboration. */
static void check_responsible(const big_aggregate_report *ag, const big_aggregate_gap *d,
			      const char *id)
{
	const big_aggregate_attribution *a = big_aggregate_report_attribution_of(ag, d->node);
	bool collab = false;
	for (size_t k = 0; k < d->responsible_count; k++) {
		const char *r = big_aggregate_gap_responsible(d, k);
		bool holder = false;
		for (size_t h = 0; h < a->holder_count; h++)
			holder = holder || !strcmp(r, big_aggregate_attribution_holder(a, h));
		ck_assert(!strcmp(r, id) || holder || (d->kinds & BIG_GAP_MATURITY));
		ck_assert(!(collab && !strcmp(r, id)));
		collab = collab || !strcmp(r, id);
	}
	if (!strcmp(id, "SV0002") && !strcmp(big_node_id(d->node), "8.32.01")) {
		ck_assert_uint_eq(d->responsible_count, 1);
		ck_assert_str_eq(big_aggregate_gap_responsible(d, 0), "GM9904");
	}
}

START_TEST(test_attribution)
{
	const big_assessment *pool[N_ORGS + N_COLLABS];
	for (size_t i = 0; i < N_ORGS; i++)
		pool[i] = own[i];
	for (size_t c = 0; c < N_COLLABS; c++)
		pool[N_ORGS + c] = collab_a[c];
	for (size_t c = 0; c < N_COLLABS; c++) {
		big_aggregate_report *ag = NULL;
		size_t m = big_collaboration_member_count(collab[c]), delegated = 0;
		assert_big_ok(big_aggregate_collaboration(&ag, collab[c], NULL, 0, pool,
							  N_ORGS + N_COLLABS, NULL));
		assert_documented(big_aggregate_report_overall(ag)->implementation,
				  collab_expected[c].weakest);
		ck_assert_uint_eq(big_aggregate_report_ranking_count(ag), m);
		for (size_t j = 0; j < m; j++) {
			const big_aggregate_rank *r = big_aggregate_report_ranking(ag, j);
			if (printing())
				printf("rank %s %zu %s %u %.17g %.17g\n", collab_ids[c], j + 1,
				       r->member, r->requirements, r->rise_next, r->rise_full);
			else
				ck_assert_str_eq(r->member, attrib_expected[c].member[j]);
			assert_documented(r->requirements, attrib_expected[c].requirements[j]);
			assert_documented(r->rise_next, attrib_expected[c].rise[j]);
			ck_assert_double_eq(r->rise_full, r->rise_next); /* weakest */
		}
		size_t n = big_aggregate_report_gap_count(ag);
		const big_aggregate_gap *g = big_aggregate_report_gap(ag, 0);
		for (size_t i = 0; i < n; i++) {
			const big_aggregate_gap *d = big_aggregate_report_gap(ag, i);
			delegated += d->delegated;
			check_responsible(ag, d, collab_ids[c]);
		}
		if (printing()) {
			printf("gaps %s %zu delegated %zu first %s %s\n", collab_ids[c], n,
			       delegated, big_node_id(g->node),
			       big_aggregate_gap_responsible(g, 0));
		} else {
			ck_assert_uint_eq(n, attrib_expected[c].gaps);
			ck_assert_uint_eq(delegated, attrib_expected[c].delegated_gaps);
			ck_assert_str_eq(big_node_id(g->node), attrib_expected[c].first_gap);
			ck_assert_str_eq(big_aggregate_gap_responsible(g, 0),
					 attrib_expected[c].first_responsible);
		}
		big_aggregate_report_free(ag);
	}
}
END_TEST

START_TEST(test_distribution)
{
	big_report *r[N_ORGS];
	big_distribution *d = NULL;
	big_distribution_options opts = BIG_DISTRIBUTION_OPTIONS_INIT;
	for (size_t i = 0; i < N_ORGS; i++)
		assert_big_ok(big_score(&r[i], own[i], NULL));

	assert_big_ok(big_distribution_new(&d, (const big_report *const *)r, N_ORGS, &opts));
	const big_statistics *s = &big_distribution_overall(d)->implementation;
	if (printing())
		printf("distribution n %u min %.17g median %.17g max %.17g\n", s->n, s->min,
		       s->median, s->max);
	ck_assert_uint_eq(big_distribution_k(d), 5);
	ck_assert_uint_eq(s->n, N_ORGS);
	ck_assert(s->available);
	ck_assert(!s->suppressed);
	assert_documented(s->min, dist_min);
	assert_documented(s->median, dist_median);
	assert_documented(s->max, dist_max);
	big_distribution_free(d);

	opts.k = 7;
	assert_big_ok(big_distribution_new(&d, (const big_report *const *)r, N_ORGS, &opts));
	s = &big_distribution_overall(d)->implementation;
	ck_assert_uint_eq(s->n, N_ORGS);
	ck_assert(s->suppressed);
	ck_assert(!s->available);
	big_distribution_free(d);

	for (size_t i = 0; i < N_ORGS; i++)
		big_report_free(r[i]);
}
END_TEST

/* A collaboration that records the werking of one delegated requirement
 * (5.14.01, implemented, not demonstrated) gives each member's effective
 * assessment that one werking gap, none on the member's own requirements,
 * which record no demonstration (docs/scoring.md, "Gaps"). */
START_TEST(test_collaboration_werking)
{
	assert_big_ok(
	    big_assessment_set_demonstrated(collab_a[0], "5.14.01", BIG_DIMENSION_WERKING, false));
	for (size_t j = 0; j < collab_expected[0].members; j++) {
		big_assessment *eff = NULL;
		big_report *r = NULL;
		assert_big_ok(big_effective_assessment(
		    &eff, collab[0], own_of(collab_expected[0].member[j]), collab_a[0]));
		assert_big_ok(big_score(&r, eff, NULL));
		size_t werking = 0;
		for (size_t i = 0; i < big_report_gap_count(r); i++) {
			const big_gap *g = big_report_gap(r, i);
			if (g->kinds & BIG_GAP_WERKING) {
				ck_assert_str_eq(big_node_id(g->node), "5.14.01");
				werking++;
			}
		}
		ck_assert_uint_eq(werking, 1);
		/* the shares are the assessment's: it records a demonstration */
		ck_assert(big_report_overall(r)->has_demonstration);
		ck_assert_double_eq(big_report_overall(r)->werking, 0);
		big_report_free(r);
		big_assessment_free(eff);
	}
}
END_TEST

/* A nested member: SV9999 (policy collaboration, 8.26 implemented in its
 * own assessment) of SV0001 (nested) and GM9906. SV0001's 0 on 8.26 is its
 * members' own, not SV9999's result: SV0001 holds it and is responsible. */
START_TEST(test_attribution_nested)
{
	const char *json = "{\"format\": \"libbig.collaboration\", \"format_version\": 1, "
			   "\"id\": \"SV9999\", \"catalogue\": {\"id\": \"bio2\", \"version\": "
			   "\"1.2\"}, \"members\": [\"SV0001\", \"GM9906\"], \"delegated\": "
			   "[\"8.26\"], \"policy\": \"collaboration\"}";
	big_collaboration *reg = NULL;
	big_assessment *r = NULL;
	big_aggregate_report *ag = NULL;
	const big_assessment *pool[N_ORGS + 1];
	const big_collaboration *nested[] = {collab[0]};
	assert_big_ok(big_collaboration_load_buffer(&reg, bio2, json, strlen(json), NULL));
	assert_big_ok(big_assessment_new(&r, bio2, "SV9999", "2025"));
	assert_big_ok(big_assessment_set_status(r, "8.26", BIG_STATUS_IMPLEMENTED));
	for (size_t i = 0; i < N_ORGS; i++)
		pool[i] = own[i];
	pool[N_ORGS] = r;
	assert_big_ok(big_aggregate_collaboration(&ag, reg, nested, 1, pool, N_ORGS + 1, NULL));
	const big_node *n = big_catalogue_find(bio2, "8.26");
	const big_aggregate_attribution *a = big_aggregate_report_attribution_of(ag, n);
	ck_assert(a->delegated);
	ck_assert_uint_eq(a->holder_count, 1);
	ck_assert_str_eq(big_aggregate_attribution_holder(a, 0), "SV0001");
	size_t found = 0;
	for (size_t i = 0; i < big_aggregate_report_gap_count(ag); i++) {
		const big_aggregate_gap *g = big_aggregate_report_gap(ag, i);
		if (g->node != n)
			continue;
		found++;
		ck_assert_uint_eq(g->responsible_count, 1);
		ck_assert_str_eq(big_aggregate_gap_responsible(g, 0), "SV0001");
	}
	ck_assert_uint_eq(found, 1);
	big_aggregate_report_free(ag);
	big_assessment_free(r);
	big_collaboration_free(reg);
}
END_TEST

static Suite *example_data_suite(void)
{
	Suite *s = suite_create("example-data");
	TCase *tc = tcase_create("collab");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_loads_strict);
	tcase_add_test(tc, test_own_scores);
	tcase_add_test(tc, test_effective_and_aggregate);
	tcase_add_test(tc, test_attribution);
	tcase_add_test(tc, test_attribution_nested);
	tcase_add_test(tc, test_distribution);
	tcase_add_test(tc, test_collaboration_werking);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(example_data_suite());
}
