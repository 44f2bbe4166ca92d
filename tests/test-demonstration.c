/*
 * libbig tests — suite "demonstration": the worked example "Opzet, bestaan,
 * werking" of docs/scoring.md number for number (shares, diagnostics, the
 * werking gaps, aggregation and comparison), and the rules around it.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "test-common.h"

static big_report *score(const big_assessment *a)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	assert_big_ok(big_score(&r, a, &opts));
	return r;
}

static void check_shares(const big_scores *s, const char *what, double opzet, double bestaan,
			 double werking)
{
	ck_assert_msg(s != NULL, "%s: no scores", what);
	ck_assert_msg(s->has_demonstration, "%s: no opzet, bestaan, werking", what);
	ck_assert_msg(s->opzet == opzet && s->bestaan == bestaan && s->werking == werking,
		      "%s: %.17g %.17g %.17g, expected %.17g %.17g %.17g", what, s->opzet,
		      s->bestaan, s->werking, opzet, bestaan, werking);
}

struct fixture {
	big_catalogue *cat;
	big_assessment *a;
	big_report *r;
};

static struct fixture load(void)
{
	struct fixture f;
	f.cat = test_load_catalogue("worked-catalogue.json");
	f.a = test_load_assessment(f.cat, "demonstration-assessment.json");
	f.r = score(f.a);
	return f;
}

static void unload(struct fixture *f)
{
	big_report_free(f->r);
	big_assessment_free(f->a);
	big_catalogue_free(f->cat);
}

START_TEST(test_shares)
{
	struct fixture f = load();
	check_shares(big_report_overall(f.r), "overall", 0.6, 0.6, 0.4);
	check_shares(big_report_find(f.r, "A"), "A", 1, 1, 0.5);
	check_shares(big_report_find(f.r, "B"), "B", 1.0 / 3, 1.0 / 3, 1.0 / 3);
	ck_assert_double_eq(big_report_find(f.r, "B")->opzet, 0.3333333333333333);
	check_shares(big_report_find(f.r, "A.1"), "A.1", 1, 1, 1);
	check_shares(big_report_find(f.r, "B.3"), "B.3", 0, 0, 0);
	/* A properly explained exclusion need not show anything. */
	ck_assert(!big_report_find(f.r, "A.3")->has_demonstration);
	/* The other scores are those of the same statuses without it. */
	ck_assert_uint_eq(big_report_overall(f.r)->applicable, 6);
	unload(&f);
}
END_TEST

START_TEST(test_diagnostics)
{
	struct fixture f = load();
	static const char *const want[][2] = {
	    {"werking-without-bestaan", "$.results[\"B.1\"].demonstration.werking"},
	    {"werking-outside-period", "$.results[\"B.1\"].demonstration.werking.evidence[0].date"},
	    {"bestaan-without-opzet", "$.results[\"B.2\"].demonstration.bestaan"},
	};
	ck_assert_uint_eq(big_report_diagnostic_count(f.r), 3);
	for (size_t i = 0; i < 3; i++) {
		const big_diagnostic *d = big_report_diagnostic(f.r, i);
		ck_assert_int_eq(d->severity, BIG_SEVERITY_WARNING);
		ck_assert_str_eq(d->code, want[i][0]);
		ck_assert_str_eq(d->path, want[i][1]);
	}
	ck_assert_ptr_nonnull(strstr(big_report_diagnostic(f.r, 1)->message, "2024-11-15"));
	unload(&f);
}
END_TEST

START_TEST(test_gaps)
{
	struct fixture f = load();
	static const struct {
		const char *id;
		unsigned kinds;
		double size;
	} want[] = {
	    {"B.1", BIG_GAP_IMPLEMENTATION, 0.5},
	    {"B.3", BIG_GAP_IMPLEMENTATION, 1},
	    {"B.2", BIG_GAP_WERKING, 0.2},
	    {"A.2", BIG_GAP_WERKING, 0.2},
	};
	ck_assert_uint_eq(big_report_gap_count(f.r), 4);
	for (size_t i = 0; i < 4; i++) {
		const big_gap *g = big_report_gap(f.r, i);
		ck_assert_str_eq(big_node_id(g->node), want[i].id);
		ck_assert_uint_eq(g->kinds, want[i].kinds);
		ck_assert_double_eq(g->size, want[i].size);
	}
	ck_assert_str_eq(big_gap_kind_name(BIG_GAP_WERKING), "werking");
	unload(&f);
}
END_TEST

/* An assessment that records no opzet, bestaan or werking has no shares
 * and no werking gaps: it does not track them. One that records them has
 * shares; a werking gap only where the requirement's own result records
 * them. */
START_TEST(test_untracked)
{
	big_catalogue *cat = test_load_catalogue("worked-catalogue.json");
	big_assessment *a = test_load_assessment(cat, "worked-assessment.json");
	big_report *r = score(a);
	ck_assert(!big_report_overall(r)->has_demonstration);
	ck_assert(!big_report_find(r, "A.1")->has_demonstration);
	for (size_t i = 0; i < big_report_gap_count(r); i++)
		ck_assert(!(big_report_gap(r, i)->kinds & BIG_GAP_WERKING));
	const size_t untracked_gaps = big_report_gap_count(r);
	big_report_free(r);
	/* One dimension recorded elsewhere: the assessment has shares, but
	 * the implemented A.1, whose result records none, gets no werking
	 * gap (the rule is per requirement). */
	assert_big_ok(big_assessment_set_demonstrated(a, "B.2", BIG_DIMENSION_OPZET, false));
	r = score(a);
	check_shares(big_report_overall(r), "overall", 0, 0, 0);
	ck_assert_uint_eq(big_report_gap_count(r), untracked_gaps);
	for (size_t i = 0; i < big_report_gap_count(r); i++)
		ck_assert(!(big_report_gap(r, i)->kinds & BIG_GAP_WERKING));
	big_report_free(r);
	/* A.1 records its opzet, not its werking: now it is a werking gap. */
	assert_big_ok(big_assessment_set_demonstrated(a, "A.1", BIG_DIMENSION_OPZET, true));
	r = score(a);
	ck_assert_uint_eq(big_report_gap_count(r), untracked_gaps + 1);
	ck_assert_uint_eq(big_report_gap(r, untracked_gaps)->kinds, BIG_GAP_WERKING);
	ck_assert_str_eq(big_node_id(big_report_gap(r, untracked_gaps)->node), "A.1");
	ck_assert_double_eq(big_report_gap(r, untracked_gaps)->size, 0.2);
	big_report_free(r);
	/* Demonstrating the werking of A.1 closes the gap. */
	assert_big_ok(big_assessment_set_demonstrated(a, "A.1", BIG_DIMENSION_WERKING, true));
	r = score(a);
	ck_assert_uint_eq(big_report_gap_count(r), untracked_gaps);
	check_shares(big_report_overall(r), "overall", 0.2, 0, 0.2);
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

/* Evidence of a period that is not a year is not checked: one info
 * period-not-checked per report, at $.period, when werking evidence has a
 * date; inside the year it is silent. */
START_TEST(test_period)
{
	big_catalogue *cat = test_load_catalogue("worked-catalogue.json");
	big_assessment *a = NULL;
	big_report *r;
	assert_big_ok(big_assessment_new(&a, cat, "GM1", "2024-2025"));
	assert_big_ok(big_assessment_add_demonstration_evidence(
	    a, "A.1", BIG_DIMENSION_WERKING, BIG_EVIDENCE_AUDIT, "Audit", NULL, NULL));
	assert_big_ok(big_assessment_add_demonstration_evidence(
	    a, "A.2", BIG_DIMENSION_BESTAAN, BIG_EVIDENCE_AUDIT, "Audit", NULL, "2019-01-01"));
	r = score(a);
	ck_assert_uint_eq(big_report_diagnostic_count(r), 0); /* no dated werking evidence */
	big_report_free(r);
	assert_big_ok(big_assessment_add_demonstration_evidence(
	    a, "A.1", BIG_DIMENSION_WERKING, BIG_EVIDENCE_AUDIT, "Audit", NULL, "2019-01-01"));
	assert_big_ok(big_assessment_add_demonstration_evidence(
	    a, "A.2", BIG_DIMENSION_WERKING, BIG_EVIDENCE_AUDIT, "Audit", NULL, "2025-01-01"));
	r = score(a);
	ck_assert_uint_eq(big_report_diagnostic_count(r),
			  1); /* once, though A.1 and A.2 have dates */
	const big_diagnostic *d = big_report_diagnostic(r, 0);
	ck_assert_str_eq(d->code, "period-not-checked");
	ck_assert_int_eq(d->severity, BIG_SEVERITY_INFO);
	ck_assert_str_eq(d->path, "$.period");
	ck_assert(test_contains(d->message, "period 2024-2025 is not a year"));
	big_report_free(r);
	big_assessment_free(a);
	assert_big_ok(big_assessment_new(&a, cat, "GM1", "2025"));
	assert_big_ok(big_assessment_add_demonstration_evidence(
	    a, "A.1", BIG_DIMENSION_WERKING, BIG_EVIDENCE_AUDIT, "Audit", NULL, "2025-01-01"));
	assert_big_ok(big_assessment_add_demonstration_evidence(
	    a, "A.1", BIG_DIMENSION_WERKING, BIG_EVIDENCE_AUDIT, "Audit", NULL, "2025-12-31"));
	assert_big_ok(big_assessment_add_demonstration_evidence(
	    a, "A.1", BIG_DIMENSION_BESTAAN, BIG_EVIDENCE_AUDIT, "Audit", NULL, "2020-12-31"));
	r = score(a);
	ck_assert_uint_eq(big_report_diagnostic_count(r), 0);
	big_report_free(r);
	assert_big_ok(big_assessment_add_demonstration_evidence(
	    a, "A.1", BIG_DIMENSION_WERKING, BIG_EVIDENCE_AUDIT, "Audit", NULL, "2026-01-01"));
	r = score(a);
	ck_assert_uint_eq(big_report_diagnostic_count(r), 1);
	ck_assert_str_eq(big_report_diagnostic(r, 0)->path,
			 "$.results[\"A.1\"].demonstration.werking.evidence[2].date");
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

/* A reference that big_demonstration_evidence() gave stays valid, and the
 * same, while more are added (a binding holds it as a view): each is
 * allocated alone. Under ASan and valgrind a moved array is also an invalid
 * read. */
START_TEST(test_evidence_stable)
{
	big_catalogue *cat = test_load_catalogue("worked-catalogue.json");
	big_assessment *a = NULL;
	assert_big_ok(big_assessment_new(&a, cat, "GM1", "2025"));
	assert_big_ok(big_assessment_add_demonstration_evidence(a, "A.1", BIG_DIMENSION_OPZET,
								BIG_EVIDENCE_DOCUMENT, "Beleid",
								"intranet", "2025-01-02"));
	const big_demonstration *d =
	    big_result_demonstration(big_assessment_result(a, "A.1"), BIG_DIMENSION_OPZET);
	const big_evidence_ref *first = big_demonstration_evidence(d, 0);
	for (int i = 0; i < 40; i++)
		assert_big_ok(big_assessment_add_demonstration_evidence(
		    a, "A.1", BIG_DIMENSION_OPZET, BIG_EVIDENCE_OTHER, "Meer", NULL, NULL));
	ck_assert_uint_eq(big_demonstration_evidence_count(d), 41);
	ck_assert_ptr_eq(big_demonstration_evidence(d, 0), first);
	ck_assert_str_eq(first->what, "Beleid");
	ck_assert_str_eq(first->where, "intranet");
	ck_assert_str_eq(first->date, "2025-01-02");
	big_assessment_free(a);
	big_catalogue_free(cat);
}
END_TEST

/* Aggregated like coverage, over the members that record them; compared
 * when both sides have them. */
START_TEST(test_aggregate_compare)
{
	struct fixture f = load();
	big_assessment *other = test_load_assessment(f.cat, "worked-assessment.json");
	const big_assessment *both[] = {f.a, other};
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	o.method = BIG_AGGREGATE_MEAN;
	assert_big_ok(big_aggregate(&ag, both, 2, &o));
	const big_aggregate_scores *s = big_aggregate_report_overall(ag);
	ck_assert(s->has_demonstration);
	ck_assert_double_eq(s->opzet, 0.6);
	ck_assert_double_eq(s->bestaan, 0.6);
	ck_assert_double_eq(s->werking, 0.4);
	big_aggregate_report_free(ag);

	/* A second year: B.2 now shows its opzet, A.2 its werking. */
	big_assessment *after = test_load_assessment(f.cat, "demonstration-assessment.json");
	big_comparison *c = NULL;
	assert_big_ok(big_assessment_set_demonstrated(after, "B.2", BIG_DIMENSION_OPZET, true));
	assert_big_ok(big_assessment_set_demonstrated(after, "A.2", BIG_DIMENSION_WERKING, true));
	assert_big_ok(big_compare(&c, f.a, after, NULL));
	const big_delta *d = big_comparison_overall(c);
	ck_assert(d->has_demonstration);
	/* the doubles docs/scoring.md prints */
	ck_assert_double_eq(d->opzet, 0.20000000000000007);
	ck_assert_double_eq(d->bestaan, 0);
	ck_assert_double_eq(d->werking, 0.19999999999999996);
	big_comparison_free(c);
	assert_big_ok(big_compare(&c, other, after, NULL));
	ck_assert(!big_comparison_overall(c)->has_demonstration);
	big_comparison_free(c);
	big_assessment_free(after);
	big_assessment_free(other);
	unload(&f);
}
END_TEST

static Suite *demonstration_suite(void)
{
	Suite *s = suite_create("demonstration");
	TCase *tc = tcase_create("worked-example");
	tcase_add_test(tc, test_shares);
	tcase_add_test(tc, test_diagnostics);
	tcase_add_test(tc, test_gaps);
	tcase_add_test(tc, test_aggregate_compare);
	suite_add_tcase(s, tc);
	tc = tcase_create("rules");
	tcase_add_test(tc, test_untracked);
	tcase_add_test(tc, test_period);
	tcase_add_test(tc, test_evidence_stable);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(demonstration_suite());
}
