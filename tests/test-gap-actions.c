/*
 * libbig tests — suite "gap-actions": what a report's gaps say of their
 * requirement's owner and improvement actions (docs/scoring.md, "Owners and
 * improvement actions"): the worked example there, byte for byte
 * (tests/data/actions-gaps.csv), its reference date, and the report's copy
 * outliving the assessment.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

static big_catalogue *cat;
static big_assessment *a;

static void setup(void)
{
	cat = test_load_catalogue("worked-catalogue.json");
	a = test_load_assessment(cat, "actions-assessment.json");
}

static void teardown(void)
{
	big_assessment_free(a);
	big_catalogue_free(cat);
}

static big_report *score_as_of(const char *as_of)
{
	big_score_options o = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	o.as_of = as_of;
	assert_big_ok(big_score(&r, a, &o));
	return r;
}

/* The gap of requirement @id. */
static const big_gap *gap_of(const big_report *r, const char *id, size_t *index)
{
	for (size_t i = 0; i < big_report_gap_count(r); i++) {
		const big_gap *g = big_report_gap(r, i);
		if (strcmp(big_node_id(g->node), id) == 0) {
			if (index)
				*index = i;
			return g;
		}
	}
	ck_abort_msg("no gap %s", id);
	return NULL;
}

/* The worked example: open, without action, overdue on assessed_on. */
START_TEST(test_worked_example)
{
	big_report *r = score_as_of(NULL);
	size_t i;
	const big_gap *g = gap_of(r, "A.2", &i);

	ck_assert_str_eq(big_report_as_of(r), "2025-10-01");
	ck_assert_str_eq(g->owner, "CISO");
	ck_assert_uint_eq(g->open_actions, 2); /* the done one is not open */
	ck_assert(!g->without_action);
	ck_assert(g->overdue); /* 2025-09-30 < 2025-10-01 */
	const big_action *x = big_report_gap_action(r, i, 0);
	ck_assert_str_eq(big_action_description(x), "Back-ups testen");
	ck_assert_str_eq(big_action_owner(x), "IT-beheer");
	ck_assert_str_eq(big_action_due(x), "2025-09-30");
	ck_assert_int_eq(big_action_get_status(x), BIG_ACTION_IN_PROGRESS);
	x = big_report_gap_action(r, i, 1);
	ck_assert_str_eq(big_action_description(x), "Herstel oefenen");
	ck_assert_ptr_null(big_action_owner(x));
	ck_assert_ptr_null(big_report_gap_action(r, i, 2));
	ck_assert_ptr_null(big_report_gap_action(r, big_report_gap_count(r), 0));

	g = gap_of(r, "B.1", &i); /* due on the reference date: not before it */
	ck_assert_ptr_null(g->owner);
	ck_assert_uint_eq(g->open_actions, 1);
	ck_assert(!g->without_action && !g->overdue);
	g = gap_of(r, "B.2", NULL); /* no result at all */
	ck_assert(g->without_action && !g->overdue);
	ck_assert_uint_eq(g->open_actions, 0);
	g = gap_of(r, "B.3", &i); /* only a done action */
	ck_assert(g->without_action && !g->overdue);
	ck_assert_ptr_null(big_report_gap_action(r, i, 0));

	char *csv = NULL, *expected = test_read_data("actions-gaps.csv", NULL);
	assert_big_ok(big_report_gaps_to_csv(&csv, NULL, r, 0));
	ck_assert_str_eq(csv, expected);
	big_free(csv);
	free(expected);

	char *json = NULL;
	assert_big_ok(big_report_to_json(&json, NULL, r, BIG_JSON_COMPACT));
	ck_assert_msg(strstr(json, "\"weight\":1,\"owner\":\"CISO\",\"actions\":[{\"description\":"
				   "\"Back-ups testen\",\"owner\":\"IT-beheer\",\"due\":\"2025-09-"
				   "30\",\"status\":\"in_progress\"},{\"description\":\"Herstel "
				   "oefenen\",\"due\":\"2026-03-31\",\"status\":\"planned\"}],"
				   "\"without_action\":false,\"overdue\":true}") != NULL,
		      "%s", json);
	ck_assert_msg(strstr(json, "\"as_of\"") == NULL, "as_of without the option: %s", json);
	big_free(json);
	big_report_free(r);
}
END_TEST

/* A later reference date makes more actions overdue, and is recorded. */
START_TEST(test_as_of)
{
	big_report *r = score_as_of("2026-04-01");

	ck_assert_str_eq(big_report_as_of(r), "2026-04-01");
	ck_assert(gap_of(r, "A.2", NULL)->overdue);
	ck_assert(gap_of(r, "B.1", NULL)->overdue);
	ck_assert(!gap_of(r, "B.3", NULL)->overdue); /* done: never overdue */
	char *json = NULL;
	assert_big_ok(big_report_to_json(&json, NULL, r, BIG_JSON_COMPACT));
	ck_assert_msg(strstr(json, "\"include_text\"") == NULL &&
			  strstr(json, "\"target\":3,\"as_of\":\"2026-04-01\"}") != NULL,
		      "%s", json);
	big_free(json);
	big_report_free(r);

	r = score_as_of("2025-01-01"); /* before every due date */
	ck_assert(!gap_of(r, "A.2", NULL)->overdue);
	big_report_free(r);

	big_score_options o = BIG_SCORE_OPTIONS_INIT;
	o.as_of = "2026-02-30";
	r = (big_report *)1;
	assert_big_fails(big_score(&r, a, &o), BIG_EINVAL);
	ck_assert_ptr_null(r);
	o.as_of = "1-4-2026";
	assert_big_fails(big_score(&r, a, &o), BIG_EINVAL);

	/* a version 3 struct has no as_of: what follows it is not read */
	struct {
		big_score_options o;
	} v3 = {BIG_SCORE_OPTIONS_INIT};
	v3.o.version = 3;
	v3.o.as_of = "not read";
	assert_big_ok(big_score(&r, a, &v3.o));
	ck_assert_str_eq(big_report_as_of(r), "2025-10-01");
	big_report_free(r);
}
END_TEST

/* Without assessed_on and as_of, nothing is overdue. */
START_TEST(test_no_reference_date)
{
	assert_big_ok(big_assessment_set_assessed_on(a, NULL));
	big_report *r = score_as_of(NULL);
	ck_assert_str_eq(big_report_as_of(r), "");
	for (size_t i = 0; i < big_report_gap_count(r); i++)
		ck_assert(!big_report_gap(r, i)->overdue);
	ck_assert_uint_eq(gap_of(r, "A.2", NULL)->open_actions, 2);
	big_report_free(r);
}
END_TEST

/* The report outlives the assessment, and later changes of the assessment
 * do not show in it: it holds a reference to the assessment, whose setters
 * keep the texts they replace while a report may borrow them. */
START_TEST(test_report_outlives_assessment)
{
	big_report *r = score_as_of(NULL);
	size_t i;
	gap_of(r, "A.2", &i);
	assert_big_ok(big_assessment_clear_actions(a, "A.2"));
	assert_big_ok(big_assessment_set_owner(a, "A.2", NULL));
	assert_big_ok(big_assessment_set_owner(a, "A.3", "Facilitair"));
	assert_big_ok(big_assessment_set_explanation(a, "A.3", "Wel een datacenter"));
	assert_big_ok(big_assessment_set_expires(a, "A.3", "2027-01-31"));
	big_report *later = score_as_of(NULL);
	big_assessment_free(a);
	a = NULL;
	ck_assert_str_eq(big_report_gap(r, i)->owner, "CISO");
	ck_assert_str_eq(big_action_description(big_report_gap_action(r, i, 1)), "Herstel oefenen");
	ck_assert_uint_eq(big_report_exception_count(r), 1);
	const big_exception *x = big_report_exception(r, 0);
	ck_assert_str_eq(big_node_id(x->node), "A.3");
	ck_assert_str_eq(x->explanation, "Geen eigen datacenter");
	ck_assert_ptr_null(x->owner);
	ck_assert_str_eq(x->expires, "2026-12-31");
	/* the later report, scored after the changes, shows them */
	x = big_report_exception(later, 0);
	ck_assert_str_eq(x->explanation, "Wel een datacenter");
	ck_assert_str_eq(x->owner, "Facilitair");
	ck_assert_str_eq(x->expires, "2027-01-31");
	ck_assert_uint_eq(gap_of(later, "A.2", NULL)->open_actions, 0);
	big_report_free(later);
	big_report_free(r);
}
END_TEST

/* What the setters change shows in the next report: the evaluation that
 * tells scoring to read a result follows add_action, clear_actions and
 * set_owner. */
START_TEST(test_setters_show)
{
	big_report *r = score_as_of(NULL);
	ck_assert(gap_of(r, "B.2", NULL)->without_action);
	big_report_free(r);

	assert_big_ok(big_assessment_add_action(a, "B.2", "Inventariseren", NULL, "2025-01-31",
						BIG_ACTION_PLANNED));
	r = score_as_of(NULL);
	const big_gap *g = gap_of(r, "B.2", NULL);
	ck_assert_uint_eq(g->open_actions, 1);
	ck_assert(!g->without_action && g->overdue);
	ck_assert_ptr_null(g->owner);
	big_report_free(r);

	assert_big_ok(big_assessment_clear_actions(a, "B.2"));
	assert_big_ok(big_assessment_set_owner(a, "B.2", "Facilitair"));
	r = score_as_of(NULL);
	g = gap_of(r, "B.2", NULL);
	ck_assert(g->without_action && !g->overdue);
	ck_assert_str_eq(g->owner, "Facilitair");
	big_report_free(r);

	assert_big_ok(big_assessment_set_owner(a, "B.2", NULL));
	r = score_as_of(NULL);
	ck_assert_ptr_null(gap_of(r, "B.2", NULL)->owner);
	big_report_free(r);

	/* a blank owner names nobody: the gap has none (and counts as
	 * without owner in the council report's summary) */
	assert_big_ok(big_assessment_set_owner(a, "B.2", " "));
	r = score_as_of(NULL);
	ck_assert_ptr_null(gap_of(r, "B.2", NULL)->owner);
	big_report_free(r);
}
END_TEST

static Suite *gap_actions_suite(void)
{
	Suite *s = suite_create("gap-actions");
	TCase *tc = tcase_create("gaps");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_worked_example);
	tcase_add_test(tc, test_as_of);
	tcase_add_test(tc, test_no_reference_date);
	tcase_add_test(tc, test_report_outlives_assessment);
	tcase_add_test(tc, test_setters_show);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(gap_actions_suite());
}
