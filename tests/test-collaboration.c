/*
 * libbig tests — suite "collaboration": loading libbig.collaboration
 * documents (and malformed ones), the effective assessment of a member under
 * each policy, provenance, its round trip through save and load, and scoring
 * it (the worked example of docs/scoring.md, "Collaborations").
 *
 * The inline documents are written with ' instead of "; doc() turns every '
 * into ".
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

#define COL_HEAD                                                                    \
	"{'format': 'libbig.collaboration', 'format_version': 1, 'id': 'SV-DEMO', " \
	"'catalogue': {'id': 'worked-example', 'version': '1'}, "
/* A collaboration of GM9901 and GM9902 with the given extra members. */
#define COL_WITH(members) COL_HEAD "'members': ['GM9901', {'id': 'GM9902'}], " members "}"
/* A collaboration with the given members array. */
#define COL_MEMBERS(list) COL_HEAD "'members': [" list "]}"
/* A collaboration delegating the given list, with the given policy. */
#define COL_POLICY(delegated, policy) \
	COL_WITH("'delegated': [" delegated "], 'policy': '" policy "'")

/* @text with every ' turned into "; malloc'ed. */
static char *doc(const char *text)
{
	char *s = strdup(text);
	ck_assert_ptr_nonnull(s);
	for (char *p = s; *p; p++)
		if (*p == '\'')
			*p = '"';
	return s;
}

static big_collaboration *load_text(const char *text, const big_load_options *opts)
{
	big_collaboration *c = NULL;
	char *s = doc(text);
	assert_big_ok(big_collaboration_load_buffer(&c, test_worked, s, strlen(s), opts));
	ck_assert_ptr_nonnull(c);
	free(s);
	return c;
}

static big_collaboration *load_worked(void)
{
	char *path = test_data_path("collaboration/worked-collaboration.json");
	big_collaboration *c = NULL;
	assert_big_ok(big_collaboration_load_file(&c, test_worked, path, NULL));
	free(path);
	return c;
}

static big_assessment *load_sv(void)
{
	return test_load_assessment(test_worked,
				    "collaboration/worked-collaboration-assessment.json");
}

START_TEST(test_policy_names)
{
	big_policy p;
	const char *names[] = {"collaboration", "member", "worst", "best"};
	for (int i = 0; i < BIG_POLICY_COUNT; i++) {
		ck_assert_str_eq(big_policy_name((big_policy)i), names[i]);
		assert_big_ok(big_policy_from_name(&p, names[i]));
		ck_assert_int_eq(p, i);
	}
	ck_assert_ptr_null(big_policy_name(BIG_POLICY_COUNT));
	assert_big_fails(big_policy_from_name(&p, "weakest"), BIG_EINVAL);
	assert_big_fails(big_policy_from_name(&p, NULL), BIG_EINVAL);
}
END_TEST

START_TEST(test_load_file)
{
	big_collaboration *c = load_worked();
	ck_assert_ptr_eq(big_collaboration_catalogue(c), test_worked);
	ck_assert_str_eq(big_collaboration_id(c), "SV-DEMO");
	ck_assert_str_eq(big_collaboration_name(c), "Sociale dienst Voorbeeldregio");
	ck_assert_str_eq(big_collaboration_kind(c), "sociale_dienst");
	ck_assert_int_eq(big_collaboration_policy(c), BIG_POLICY_COLLABORATION);
	ck_assert_uint_eq(big_collaboration_member_count(c), 2);
	ck_assert_str_eq(big_collaboration_member_id(c, 0), "GM9901");
	ck_assert_double_eq(big_collaboration_member_weight(c, 0), 2.0);
	ck_assert_str_eq(big_collaboration_member_id(c, 1), "GM9902");
	ck_assert_double_eq(big_collaboration_member_weight(c, 1), 1.0);
	ck_assert_ptr_null(big_collaboration_member_id(c, 2));
	ck_assert_double_eq(big_collaboration_member_weight(c, 2), 0.0);
	ck_assert(big_collaboration_has_member(c, "GM9902"));
	ck_assert(!big_collaboration_has_member(c, "GM0363"));
	ck_assert(!big_collaboration_has_member(c, NULL));
	ck_assert_uint_eq(big_collaboration_delegated_count(c), 1);
	ck_assert_str_eq(big_node_id(big_collaboration_delegated(c, 0)), "B");
	ck_assert_ptr_null(big_collaboration_delegated(c, 1));
	ck_assert(big_collaboration_delegates(c, "B"));
	ck_assert(big_collaboration_delegates(c, "B.2"));
	ck_assert(!big_collaboration_delegates(c, "A"));
	ck_assert(!big_collaboration_delegates(c, "A.1"));
	ck_assert(!big_collaboration_delegates(c, "Z"));
	ck_assert(!big_collaboration_delegates(c, NULL));
	ck_assert_uint_eq(big_collaboration_diagnostic_count(c), 0);
	ck_assert_ptr_null(big_collaboration_diagnostic(c, 0));
	big_collaboration_free(c);
	big_collaboration_free(NULL);
}
END_TEST

START_TEST(test_defaults)
{
	big_collaboration *c = load_text(COL_MEMBERS(""), NULL);
	ck_assert_str_eq(big_collaboration_name(c), "");
	ck_assert_str_eq(big_collaboration_kind(c), "");
	ck_assert_int_eq(big_collaboration_policy(c), BIG_POLICY_COLLABORATION);
	ck_assert_uint_eq(big_collaboration_member_count(c), 0);
	ck_assert_uint_eq(big_collaboration_delegated_count(c), 0);
	ck_assert(!big_collaboration_delegates(c, "B.1"));
	big_collaboration_free(c);

	const char *names[] = {"collaboration", "member", "worst", "best"};
	for (int i = 0; i < BIG_POLICY_COUNT; i++) {
		char text[512];
		snprintf(text, sizeof(text), COL_WITH("'policy': '%s'"), names[i]);
		c = load_text(text, NULL);
		ck_assert_int_eq(big_collaboration_policy(c), i);
		big_collaboration_free(c);
	}
}
END_TEST

/* A delegated node twice, inside another, or containing another: diagnostics. */
START_TEST(test_redundant_delegation)
{
	big_collaboration *c =
	    load_text(COL_WITH("'delegated': ['A.1', 'B', 'B.2', 'B', 'A'], 'comment': 'x'"), NULL);
	ck_assert_uint_eq(big_collaboration_delegated_count(c), 5);
	ck_assert_uint_eq(big_collaboration_diagnostic_count(c), 4);
	const big_diagnostic *d = big_collaboration_diagnostic(c, 0);
	ck_assert_str_eq(d->code, "unknown-field");
	ck_assert_str_eq(d->path, "$.comment");
	d = big_collaboration_diagnostic(c, 1);
	ck_assert_str_eq(d->code, "redundant-delegation");
	ck_assert_str_eq(d->path, "$.delegated[2]");
	ck_assert_msg(test_contains(d->message, "inside delegated[1]"), "%s", d->message);
	d = big_collaboration_diagnostic(c, 2);
	ck_assert_str_eq(d->path, "$.delegated[3]");
	ck_assert_msg(test_contains(d->message, "already delegated at delegated[1]"), "%s",
		      d->message);
	d = big_collaboration_diagnostic(c, 3);
	ck_assert_int_eq(d->severity, BIG_SEVERITY_WARNING);
	ck_assert_str_eq(d->path, "$.delegated[4]");
	ck_assert_msg(test_contains(d->message, "contains delegated[0] (\"A.1\")"), "%s",
		      d->message);
	for (size_t i = 0; i < big_catalogue_node_count(test_worked); i++)
		ck_assert(big_collaboration_delegates(
		    c, big_node_id(big_catalogue_node(test_worked, i))));
	big_collaboration_free(c);
}
END_TEST

struct bad_case {
	const char *name;
	const char *text;
	unsigned int flags;
	int code;
	const char *path; /* or NULL: then line and column */
	int line, column;
};

static const struct bad_case bad_cases[] = {
    {"missing id",
     "{'format': 'libbig.collaboration', 'format_version': 1, 'catalogue': {'id': "
     "'worked-example', 'version': '1'}, 'members': []}",
     0, BIG_ESCHEMA, "$.id", 0, 0},
    {"empty id",
     "{'format': 'libbig.collaboration', 'format_version': 1, 'id': '', 'catalogue': {'id': "
     "'worked-example', 'version': '1'}, 'members': []}",
     0, BIG_ESCHEMA, "$.id", 0, 0},
    {"missing members", COL_HEAD "'name': 'x'}", 0, BIG_ESCHEMA, "$.members", 0, 0},
    {"other catalogue version",
     "{'format': 'libbig.collaboration', 'format_version': 1, 'id': 'SV', 'catalogue': {'id': "
     "'worked-example', 'version': '2'}, 'members': []}",
     0, BIG_EMISMATCH, "$.catalogue", 0, 0},
    {"catalogue without version",
     "{'format': 'libbig.collaboration', 'format_version': 1, 'id': 'SV', 'catalogue': {'id': "
     "'worked-example'}, 'members': []}",
     0, BIG_ESCHEMA, "$.catalogue.version", 0, 0},
    {"format version 2",
     "{'format': 'libbig.collaboration', 'format_version': 2, 'id': 'SV', 'catalogue': {'id': "
     "'worked-example', 'version': '1'}, 'members': []}",
     0, BIG_EVERSION, "$.format_version", 0, 0},
    {"an assessment", "{'format': 'libbig.assessment', 'format_version': 1}", 0, BIG_EVERSION,
     "$.format", 0, 0},
    {"members not an array", COL_HEAD "'members': {'id': 'GM9901'}}", 0, BIG_ESCHEMA, "$.members",
     0, 0},
    {"member twice", COL_MEMBERS("'GM9901', {'id': 'GM9902'}, {'id': 'GM9901', 'weight': 2}"), 0,
     BIG_EDUPLICATE, "$.members[2]", 0, 0},
    {"member without id", COL_MEMBERS("{'weight': 2}"), 0, BIG_ESCHEMA, "$.members[0].id", 0, 0},
    {"member with empty id", COL_MEMBERS("''"), 0, BIG_ESCHEMA, "$.members[0]", 0, 0},
    {"member a number", COL_MEMBERS("'GM9901', 9902"), 0, BIG_ESCHEMA, "$.members[1]", 0, 0},
    {"weight 0", COL_MEMBERS("{'id': 'GM9901', 'weight': 0}"), 0, BIG_ERANGE, "$.members[0].weight",
     0, 0},
    {"negative weight", COL_MEMBERS("'GM9902', {'id': 'GM9901', 'weight': -1.5}"), 0, BIG_ERANGE,
     "$.members[1].weight", 0, 0},
    {"weight overflows", COL_MEMBERS("{'id': 'GM9901', 'weight': 1e999}"), 0, BIG_ERANGE,
     "$.members[0].weight", 0, 0},
    {"weight a string", COL_MEMBERS("{'id': 'GM9901', 'weight': '1'}"), 0, BIG_ESCHEMA,
     "$.members[0].weight", 0, 0},
    {"unknown delegated node", COL_WITH("'delegated': ['B', 'C']"), 0, BIG_ENOTFOUND,
     "$.delegated[1]", 0, 0},
    {"delegated not a string", COL_WITH("'delegated': [1]"), 0, BIG_ESCHEMA, "$.delegated[0]", 0,
     0},
    {"delegated not an array", COL_WITH("'delegated': 'B'"), 0, BIG_ESCHEMA, "$.delegated", 0, 0},
    {"unknown policy", COL_WITH("'policy': 'weakest'"), 0, BIG_ESCHEMA, "$.policy", 0, 0},
    {"policy not a string", COL_WITH("'policy': null"), 0, BIG_ESCHEMA, "$.policy", 0, 0},
    {"unknown field, strict", COL_WITH("'comment': 'x'"), BIG_LOAD_STRICT, BIG_ESCHEMA, "$.comment",
     0, 0},
    {"unknown member field, strict", COL_MEMBERS("{'id': 'GM9901', 'inhabitants': 5}"),
     BIG_LOAD_STRICT, BIG_ESCHEMA, "$.members[0].inhabitants", 0, 0},
    {"truncated", COL_HEAD "'members': [", 0, BIG_ESYNTAX, NULL, 1, 140},
};

START_TEST(test_bad)
{
	const struct bad_case *bc = &bad_cases[_i];
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	big_collaboration *c = (big_collaboration *)&opts; /* must be reset to NULL */
	char *s = doc(bc->text);
	opts.flags = bc->flags;
	int rc = big_collaboration_load_buffer(&c, test_worked, s, strlen(s), &opts);
	const big_error *e = big_error_last();
	ck_assert_msg(rc == bc->code, "%s: got %s, expected %s: %s", bc->name, big_error_name(rc),
		      big_error_name(bc->code), e->message);
	ck_assert_int_eq(e->code, bc->code);
	ck_assert_ptr_null(c);
	ck_assert_str_eq(e->source, "<buffer>");
	if (bc->path) {
		ck_assert_msg(strcmp(e->path, bc->path) == 0, "%s: path %s, expected %s (%s)",
			      bc->name, e->path, bc->path, e->message);
	} else {
		ck_assert_msg(e->line == bc->line && e->column == bc->column,
			      "%s: at %d:%d, expected %d:%d (%s)", bc->name, e->line, e->column,
			      bc->line, bc->column, e->message);
	}
	free(s);
}
END_TEST

START_TEST(test_bad_args)
{
	big_collaboration *c = NULL;
	assert_big_fails(big_collaboration_load_buffer(NULL, test_worked, "{}", 2, NULL),
			 BIG_EINVAL);
	assert_big_fails(big_collaboration_load_buffer(&c, NULL, "{}", 2, NULL), BIG_EINVAL);
	assert_big_fails(big_collaboration_load_file(&c, test_worked, "/nonexistent/x.json", NULL),
			 BIG_EIO);
	ck_assert_ptr_null(c);
}
END_TEST

/* The effective assessment of GM9901 under @policy, with the collaboration's
 * own assessment (or none). */
static big_assessment *effective(const char *policy, bool with_sv)
{
	char text[512];
	snprintf(text, sizeof(text), COL_POLICY("'B'", "%s"), policy);
	big_collaboration *c = load_text(text, NULL);
	big_assessment *sv = with_sv ? load_sv() : NULL, *e = NULL;
	assert_big_ok(big_effective_assessment(&e, c, test_worked_a, sv));
	ck_assert_ptr_nonnull(e);
	big_assessment_free(sv);
	big_collaboration_free(c);
	return e;
}

/* Requirement @id of @a has status @status (-1: no result), maturity
 * @maturity and comes from SV-DEMO when @delegated. */
static void check(const big_assessment *a, const char *id, int status, int maturity, bool delegated)
{
	const big_result *r = big_assessment_result(a, id);
	if (status < 0) {
		ck_assert_msg(r == NULL, "%s has a result", id);
	} else {
		ck_assert_msg(r != NULL, "%s has no result", id);
		ck_assert_msg((int)big_result_status(r) == status, "%s is %s, expected %s", id,
			      big_status_name(big_result_status(r)),
			      big_status_name((big_status)status));
		ck_assert_msg(big_result_maturity(r) == maturity, "%s has maturity %d, expected %d",
			      id, big_result_maturity(r), maturity);
	}
	ck_assert_msg(big_assessment_provenance(a, id) ==
			  (delegated ? BIG_PROVENANCE_DELEGATED : BIG_PROVENANCE_OWN),
		      "%s: wrong provenance", id);
	ck_assert_str_eq(big_assessment_provenance_source(a, id), delegated ? "SV-DEMO" : "");
}

/* Chapter A is not delegated: the member's own results in every policy. */
static void check_chapter_a(const big_assessment *a)
{
	check(a, "A.1", BIG_STATUS_IMPLEMENTED, 4, false);
	check(a, "A.2", BIG_STATUS_PARTIALLY_IMPLEMENTED, 2, false);
	check(a, "A.3", BIG_STATUS_NOT_APPLICABLE, -1, false);
	ck_assert_str_eq(big_result_explanation(big_assessment_result(a, "A.3")),
			 "Geen eigen datacenter");
	ck_assert_str_eq(big_assessment_organisation_id(a), "GM9901");
	ck_assert_str_eq(big_assessment_organisation_name(a), "Gemeente Voorbeeldstad");
	ck_assert_str_eq(big_assessment_period(a), "2025");
	ck_assert_str_eq(big_assessment_assessed_on(a), "2025-10-01");
	ck_assert_int_eq(big_assessment_target(a), 3);
	ck_assert_ptr_eq(big_assessment_catalogue(a), test_worked);
}

START_TEST(test_policy_collaboration)
{
	big_assessment *a = effective("collaboration", true);
	check_chapter_a(a);
	check(a, "B.1", BIG_STATUS_IMPLEMENTED, 3, true);
	check(a, "B.2", BIG_STATUS_PARTIALLY_IMPLEMENTED, 3, true);
	check(a, "B.3", BIG_STATUS_NOT_IMPLEMENTED, 1, true);
	const big_result *r = big_assessment_result(a, "B.1");
	ck_assert_uint_eq(big_result_evidence_count(r), 1);
	ck_assert_str_eq(big_result_evidence(r, 0), "sv-beleid.pdf");
	ck_assert_str_eq(big_result_explanation(r), ""); /* the member's own is not mixed in */
	big_assessment_free(a);

	/* Without the collaboration's assessment: a weak link, not_assessed. */
	a = effective("collaboration", false);
	check_chapter_a(a);
	check(a, "B.1", BIG_STATUS_NOT_ASSESSED, -1, true);
	check(a, "B.2", BIG_STATUS_NOT_ASSESSED, -1, true);
	check(a, "B.3", BIG_STATUS_NOT_ASSESSED, -1, true);
	big_assessment_free(a);
}
END_TEST

/* The actions follow the result that wins (docs/formats.md, "Improvement
 * actions"): the collaboration's for a delegated requirement it decides,
 * else the member's own. */
static big_assessment *effective_with_actions(const char *policy)
{
	char text[512];
	snprintf(text, sizeof(text), COL_POLICY("'B'", "%s"), policy);
	big_collaboration *c = load_text(text, NULL);
	big_assessment *own = test_load_assessment(test_worked, "actions-assessment.json");
	big_assessment *sv = load_sv(), *e = NULL;
	assert_big_ok(big_assessment_add_action(sv, "B.1", "Samen aanbesteden", "SV", "2026-01-31",
						BIG_ACTION_PLANNED));
	assert_big_ok(big_effective_assessment(&e, c, own, sv));
	big_assessment_free(sv);
	big_assessment_free(own);
	big_collaboration_free(c);
	return e;
}

START_TEST(test_actions_follow_result)
{
	big_assessment *e = effective_with_actions("collaboration");
	ck_assert_uint_eq(big_result_action_count(big_assessment_result(e, "A.2")), 3);
	const big_result *r = big_assessment_result(e, "B.1");
	ck_assert_uint_eq(big_result_action_count(r), 1);
	ck_assert_str_eq(big_action_description(big_result_action(r, 0)), "Samen aanbesteden");
	ck_assert_str_eq(big_action_owner(big_result_action(r, 0)), "SV");
	ck_assert_uint_eq(big_result_action_count(big_assessment_result(e, "B.3")), 0);
	big_assessment_free(e);

	e = effective_with_actions("member");
	r = big_assessment_result(e, "B.1");
	ck_assert_uint_eq(big_result_action_count(r), 1);
	ck_assert_str_eq(big_action_description(big_result_action(r, 0)), "Vervanging aanbesteden");
	ck_assert_str_eq(big_action_due(big_result_action(r, 0)), "2025-10-01");
	big_assessment_free(e);
}
END_TEST

START_TEST(test_policy_member)
{
	big_assessment *a = effective("member", true);
	check_chapter_a(a);
	check(a, "B.1", BIG_STATUS_RISK_ACCEPTED, -1, false);
	check(a, "B.2", -1, -1, false);
	check(a, "B.3", BIG_STATUS_NOT_APPLICABLE, -1, false);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_policy_worst)
{
	big_assessment *a = effective("worst", true);
	check_chapter_a(a);
	/* B.1: s 0 < 1, but no maturity would leave the maturity figures where
	 * the collaboration's counts 3; B.3: s 0 = 0, the same with maturity 1:
	 * each side better somewhere, neither is taken (maturity 0) */
	check(a, "B.1", BIG_STATUS_NOT_ASSESSED, 0, true);
	/* B.2: no result would leave the maturity figures too (not_assessed 0 < 0.5) */
	check(a, "B.2", BIG_STATUS_NOT_ASSESSED, 0, true);
	check(a, "B.3", BIG_STATUS_NOT_ASSESSED, 0, true);
	ck_assert_uint_eq(big_assessment_diagnostic_count(a), 3);
	ck_assert_str_eq(big_assessment_diagnostic(a, 1)->message,
			 "the member has no result and collaboration SV-DEMO has one "
			 "(partially_implemented) for delegated requirement B.2: each is better "
			 "somewhere, under policy worst it counts as not_assessed");
	ck_assert_str_eq(big_assessment_diagnostic(a, 0)->code, "worst-disagreement");
	ck_assert_str_eq(big_assessment_diagnostic(a, 0)->path, "$.results[\"B.1\"]");
	ck_assert_str_eq(big_assessment_diagnostic(a, 2)->message,
			 "the member's result (not_applicable) and that of collaboration SV-DEMO "
			 "(not_implemented) for delegated requirement B.3 are each better "
			 "somewhere: under policy worst it counts as not_assessed");
	big_assessment_free(a);

	/* Without the collaboration's assessment every delegated requirement ties
	 * at s 0 with no maturity but B.x; a tie goes to the collaboration. */
	a = effective("worst", false);
	check(a, "B.1", BIG_STATUS_NOT_ASSESSED, -1, true);
	check(a, "B.2", BIG_STATUS_NOT_ASSESSED, -1, true);
	check(a, "B.3", BIG_STATUS_NOT_ASSESSED, -1, true);
	big_assessment_free(a);
}
END_TEST

START_TEST(test_policy_best)
{
	big_assessment *a = effective("best", true);
	check_chapter_a(a);
	check(a, "B.1", BIG_STATUS_IMPLEMENTED, 3, true);
	check(a, "B.2", BIG_STATUS_PARTIALLY_IMPLEMENTED, 3, true);
	check(a, "B.3", BIG_STATUS_NOT_IMPLEMENTED, 1, true); /* s 0 = 0, maturity 1 > none */
	big_assessment_free(a);

	a = effective("best", false);
	check(a, "B.1", BIG_STATUS_NOT_ASSESSED, -1, true); /* a tie: the collaboration's */
	big_assessment_free(a);
}
END_TEST

/* Maturity from criteria_met decides a tie of statuses. */
START_TEST(test_tie_by_derived_maturity)
{
	big_collaboration *c = load_text(COL_POLICY("'B.2'", "worst"), NULL);
	big_assessment *sv = load_sv(), *e = NULL;
	const char *two[] = {"performed", "documented"};
	/* The collaboration's B.2: partially_implemented, maturity 3 given but 2 derived. */
	assert_big_ok(big_assessment_set_criteria_met(sv, "B.2", two, 2));
	big_assessment *own = NULL;
	assert_big_ok(big_assessment_new(&own, test_worked, "GM9902", "2025"));
	assert_big_ok(big_assessment_set_status(own, "B.2", BIG_STATUS_PARTIALLY_IMPLEMENTED));
	assert_big_ok(big_assessment_set_maturity(own, "B.2", 3));
	assert_big_ok(big_effective_assessment(&e, c, own, sv));
	check(e, "B.2", BIG_STATUS_PARTIALLY_IMPLEMENTED, 3, true); /* derived 2 < 3 */
	ck_assert_int_eq(big_assessment_derived_maturity(e, "B.2"), 2);
	ck_assert(!big_collaboration_delegates(c, "B.1"));
	ck_assert_ptr_null(big_assessment_result(e, "B.1"));
	big_assessment_free(e);
	big_assessment_free(own);
	big_assessment_free(sv);
	big_collaboration_free(c);
}
END_TEST

START_TEST(test_effective_errors)
{
	big_collaboration *c = load_worked();
	big_assessment *sv = load_sv(), *e = NULL, *other = NULL;
	assert_big_fails(big_effective_assessment(NULL, c, test_worked_a, sv), BIG_EINVAL);
	assert_big_fails(big_effective_assessment(&e, NULL, test_worked_a, sv), BIG_EINVAL);
	assert_big_fails(big_effective_assessment(&e, c, NULL, sv), BIG_EINVAL);

	/* Not a member. */
	assert_big_ok(big_assessment_new(&other, test_worked, "GM0363", "2025"));
	assert_big_fails(big_effective_assessment(&e, c, other, sv), BIG_ENOTFOUND);
	ck_assert(test_contains(big_error_last()->message, "GM0363"));
	big_assessment_free(other);

	/* Another period. */
	assert_big_ok(big_assessment_new(&other, test_worked, "GM9902", "2024"));
	assert_big_fails(big_effective_assessment(&e, c, other, sv), BIG_EMISMATCH);
	big_assessment_free(other);

	/* The collaboration's assessment of another organisation. */
	assert_big_ok(big_assessment_new(&other, test_worked, "SV-OTHER", "2025"));
	assert_big_fails(big_effective_assessment(&e, c, test_worked_a, other), BIG_EMISMATCH);
	big_assessment_free(other);

	/* Another catalogue. */
	big_catalogue *small = test_load_catalogue("small-catalogue.json");
	assert_big_ok(big_assessment_new(&other, small, "GM9901", "2025"));
	assert_big_fails(big_effective_assessment(&e, c, other, sv), BIG_EMISMATCH);
	assert_big_fails(big_effective_assessment(&e, c, test_worked_a, other), BIG_EMISMATCH);
	big_assessment_free(other);
	big_catalogue_free(small);
	ck_assert_ptr_null(e);

	/* The same catalogue loaded twice is the same catalogue. */
	big_catalogue *again = test_load_catalogue("worked-catalogue.json");
	big_assessment *sv2 =
	    test_load_assessment(again, "collaboration/worked-collaboration-assessment.json");
	assert_big_ok(big_effective_assessment(&e, c, test_worked_a, sv2));
	check(e, "B.1", BIG_STATUS_IMPLEMENTED, 3, true);
	big_assessment_free(e);
	big_assessment_free(sv2);
	big_catalogue_free(again);

	big_assessment_free(sv);
	big_collaboration_free(c);
}
END_TEST

START_TEST(test_round_trip)
{
	big_assessment *a = effective("collaboration", true), *b = NULL, *c = NULL;
	char *one = NULL, *two = NULL, *three = NULL;
	assert_big_ok(big_assessment_to_json(&one, NULL, a, 0));
	ck_assert_msg(test_contains(one, "\"source\": {\n        \"collaboration\": \"SV-DEMO\"\n"),
		      "%s", one);
	assert_big_ok(big_assessment_load_buffer(&b, test_worked, one, strlen(one), NULL));
	check(b, "B.1", BIG_STATUS_IMPLEMENTED, 3, true);
	check(b, "B.3", BIG_STATUS_NOT_IMPLEMENTED, 1, true);
	check(b, "A.1", BIG_STATUS_IMPLEMENTED, 4, false);
	assert_big_ok(big_assessment_to_json(&two, NULL, b, 0));
	ck_assert_str_eq(one, two);

	/* not_assessed delegated results keep their provenance too. */
	big_assessment_free(a);
	a = effective("collaboration", false);
	assert_big_ok(big_assessment_to_json(&three, NULL, a, BIG_JSON_COMPACT));
	ck_assert_msg(test_contains(three, "\"B.2\":{\"status\":\"not_assessed\",\"source\":{"
					   "\"collaboration\":\"SV-DEMO\"}}"),
		      "%s", three);
	assert_big_ok(big_assessment_load_buffer(&c, test_worked, three, strlen(three), NULL));
	check(c, "B.2", BIG_STATUS_NOT_ASSESSED, -1, true);

	/* Malformed sources. */
	const char *bad[][2] = {
	    {"{'format': 'libbig.assessment', 'format_version': 1, 'catalogue': {'id': "
	     "'worked-example', 'version': '1'}, 'organisation': {'id': 'GM9901'}, 'period': "
	     "'2025', 'results': {'B.1': {'status': 'implemented', 'source': 'SV'}}}",
	     "$.results[\"B.1\"].source"},
	    {"{'format': 'libbig.assessment', 'format_version': 1, 'catalogue': {'id': "
	     "'worked-example', 'version': '1'}, 'organisation': {'id': 'GM9901'}, 'period': "
	     "'2025', 'results': {'B.1': {'status': 'implemented', 'source': {}}}}",
	     "$.results[\"B.1\"].source.collaboration"},
	    {"{'format': 'libbig.assessment', 'format_version': 1, 'catalogue': {'id': "
	     "'worked-example', 'version': '1'}, 'organisation': {'id': 'GM9901'}, 'period': "
	     "'2025', 'results': {'B.1': {'status': 'implemented', 'source': {'collaboration': "
	     "''}}}}",
	     "$.results[\"B.1\"].source.collaboration"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		big_assessment *x = NULL;
		char *s = doc(bad[i][0]);
		assert_big_fails(big_assessment_load_buffer(&x, test_worked, s, strlen(s), NULL),
				 BIG_ESCHEMA);
		ck_assert_str_eq(big_error_last()->path, bad[i][1]);
		ck_assert_ptr_null(x);
		free(s);
	}
	big_free(one);
	big_free(two);
	big_free(three);
	big_assessment_free(a);
	big_assessment_free(b);
	big_assessment_free(c);
}
END_TEST

static double implementation(const big_assessment *a, big_rollup rollup)
{
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	so.rollup = rollup;
	assert_big_ok(big_score(&r, a, &so));
	const big_scores *s = big_report_overall(r);
	ck_assert(s->has_implementation);
	double v = s->implementation;
	big_report_free(r);
	return v;
}

/* The worked example of docs/scoring.md, "Collaborations". */
START_TEST(test_scoring)
{
	big_assessment *a = effective("collaboration", true);
	ck_assert_double_eq(implementation(a, BIG_ROLLUP_FLAT), 4.0 / 7.0);
	ck_assert_double_eq(implementation(a, BIG_ROLLUP_HIERARCHICAL), 0.625);
	big_assessment_free(a);
	a = effective("worst", true);
	ck_assert_double_eq(implementation(a, BIG_ROLLUP_FLAT), 1.5 / 7.0);
	big_assessment_free(a);
	a = effective("best", true);
	ck_assert_double_eq(implementation(a, BIG_ROLLUP_FLAT), 4.0 / 7.0);
	big_assessment_free(a);
	a = effective("member", true);
	ck_assert_double_eq(implementation(a, BIG_ROLLUP_FLAT),
			    implementation(test_worked_a, BIG_ROLLUP_FLAT));
	big_assessment_free(a);
	ck_assert_double_eq(4.0 / 7.0, 0.5714285714285714);
	ck_assert_double_eq(1.5 / 7.0, 0.21428571428571427);
}
END_TEST

/* ---- policy worst: never better than collaboration or member ---- */

/* A catalogue for the generated assessments: an assessable chapter with
 * children (a leaf while it is scorable), weights, a mandatory requirement;
 * @values is its status_values member or "". */
static big_catalogue *worst_catalogue(const char *values)
{
	char text[2048];
	snprintf(text, sizeof(text),
		 "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"w\", "
		 "\"version\": \"1\", %s\"nodes\": ["
		 "{\"id\": \"A\", \"kind\": \"c\", \"title\": \"A\", \"assessable\": true, "
		 "\"children\": [{\"id\": \"A.1\", \"kind\": \"r\", \"title\": \"A.1\"}, "
		 "{\"id\": \"A.2\", \"kind\": \"r\", \"title\": \"A.2\", \"weight\": 2}]}, "
		 "{\"id\": \"B\", \"kind\": \"c\", \"title\": \"B\", \"children\": ["
		 "{\"id\": \"B.1\", \"kind\": \"r\", \"title\": \"B.1\", \"mandatory\": true}, "
		 "{\"id\": \"B.2\", \"kind\": \"r\", \"title\": \"B.2\", \"weight\": 3}, "
		 "{\"id\": \"B.3\", \"kind\": \"r\", \"title\": \"B.3\"}]}, "
		 "{\"id\": \"C\", \"kind\": \"c\", \"title\": \"C\", \"children\": ["
		 "{\"id\": \"C.1\", \"kind\": \"r\", \"title\": \"C.1\", \"weight\": 0.5}]}]}",
		 values);
	big_catalogue *cat = test_catalogue_from_string(text);
	ck_assert_ptr_nonnull(cat);
	return cat;
}

static unsigned long long worst_seed;

static unsigned worst_random(unsigned n)
{
	worst_seed = worst_seed * 6364136223846793005ull + 1442695040888963407ull;
	return (unsigned)((worst_seed >> 33) % n);
}

/* An assessment of @org with a random result (or none) for each requirement:
 * every status, with or without an explanation and an expiry (before or
 * after the date 2025-06-01), a maturity or none. */
static big_assessment *random_assessment(const big_catalogue *cat, const char *org)
{
	big_assessment *a = NULL;
	assert_big_ok(big_assessment_new(&a, cat, org, "2025"));
	assert_big_ok(big_assessment_set_assessed_on(a, "2025-06-01"));
	for (size_t i = 0; i < big_catalogue_requirement_count(cat); i++) {
		const char *id = big_node_id(big_catalogue_requirement(cat, i));
		unsigned st = worst_random(BIG_STATUS_COUNT + 2);
		if (st >= BIG_STATUS_COUNT)
			continue; /* no result */
		/* exclusions twice as often: the cases that matter */
		if (worst_random(3) == 0)
			st = BIG_STATUS_NOT_APPLICABLE;
		assert_big_ok(big_assessment_set_status(a, id, (big_status)st));
		if (worst_random(2))
			assert_big_ok(big_assessment_set_maturity(a, id, (int)worst_random(6)));
		if (worst_random(4))
			assert_big_ok(big_assessment_set_explanation(a, id, "reden"));
		if (worst_random(4))
			assert_big_ok(big_assessment_set_expires(
			    a, id, worst_random(4) ? "2026-12-31" : "2025-01-01"));
	}
	return a;
}

/* The figures of @a under @rollup: one row per node and overall. */
static big_report *worst_score(const big_assessment *a, big_rollup rollup)
{
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	so.rollup = rollup;
	assert_big_ok(big_score(&r, a, &so));
	return r;
}

/* @w is no better than @x: where @x has an implementation score, @w has one
 * no higher; where @x has none, @w has none or the lowest status value
 * (0 here); likewise maturity_mean and attained_level (none or 0 where @x
 * has none); coverage and comply-or-explain no higher. */
static void check_no_better(const big_scores *w, const big_scores *x, const char *what)
{
	if (x->has_implementation) {
		ck_assert_msg(w->has_implementation, "%s: worst has no score", what);
		ck_assert_msg(w->implementation <= x->implementation, "%s: worst %.17g > %.17g",
			      what, w->implementation, x->implementation);
	} else {
		ck_assert_msg(!w->has_implementation || w->implementation == 0,
			      "%s: worst %.17g where the other has none", what, w->implementation);
	}
	if (x->has_maturity) {
		ck_assert_msg(w->has_maturity, "%s: worst has no maturity", what);
		ck_assert_msg(w->maturity_mean <= x->maturity_mean,
			      "%s: worst maturity_mean %.17g > %.17g", what, w->maturity_mean,
			      x->maturity_mean);
		ck_assert_msg(w->attained_level <= x->attained_level,
			      "%s: worst attained_level %d > %d", what, w->attained_level,
			      x->attained_level);
	} else {
		ck_assert_msg(!w->has_maturity || (w->maturity_mean == 0 && w->attained_level == 0),
			      "%s: worst maturity %.17g where the other has none", what,
			      w->maturity_mean);
	}
	ck_assert_int_eq(w->has_coverage, x->has_coverage);
	ck_assert_msg(w->coverage <= x->coverage, "%s: coverage", what);
	ck_assert_msg(w->comply_or_explain <= x->comply_or_explain, "%s: comply_or_explain", what);
}

/* Property: over many generated member and collaboration assessments, for
 * every roll-up method and node, the figures under worst never exceed those
 * under collaboration or member (docs/scoring.md, "Collaborations"). */
static void check_worst_property(const char *values, unsigned rounds)
{
	static const char *const delegations[] = {"'B'", "'A', 'B.2'", "'A.1', 'C'",
						  "'B.1', 'B.3'"};
	static const char *const policies[] = {"worst", "collaboration", "member"};
	big_catalogue *cat = worst_catalogue(values);
	char text[512], what[160];
	for (unsigned round = 0; round < rounds; round++) {
		snprintf(text, sizeof(text),
			 "{'format': 'libbig.collaboration', 'format_version': 1, 'id': 'SV', "
			 "'catalogue': {'id': 'w', 'version': '1'}, 'members': ['GM1'], "
			 "'delegated': [%s], 'policy': 'worst'}",
			 delegations[round % 4]);
		char *json = doc(text);
		big_collaboration *base = NULL;
		assert_big_ok(big_collaboration_load_buffer(&base, cat, json, strlen(json), NULL));
		free(json);
		big_assessment *own = random_assessment(cat, "GM1");
		big_assessment *sv = worst_random(8) ? random_assessment(cat, "SV") : NULL;
		big_report *r[3][BIG_ROLLUP_COUNT];
		for (int p = 0; p < 3; p++) {
			char t[512];
			snprintf(t, sizeof(t),
				 "{'format': 'libbig.collaboration', 'format_version': 1, "
				 "'id': 'SV', 'catalogue': {'id': 'w', 'version': '1'}, "
				 "'members': ['GM1'], 'delegated': [%s], 'policy': '%s'}",
				 delegations[round % 4], policies[p]);
			char *d = doc(t);
			big_collaboration *c = NULL;
			big_assessment *e = NULL;
			assert_big_ok(big_collaboration_load_buffer(&c, cat, d, strlen(d), NULL));
			assert_big_ok(big_effective_assessment(&e, c, own, sv));
			for (int m = 0; m < BIG_ROLLUP_COUNT; m++)
				r[p][m] = worst_score(e, (big_rollup)m);
			big_assessment_free(e);
			big_collaboration_free(c);
			free(d);
		}
		for (int m = 0; m < BIG_ROLLUP_COUNT; m++) {
			for (int p = 1; p < 3; p++) {
				snprintf(what, sizeof(what), "round %u, %s, %s, overall", round,
					 big_rollup_name((big_rollup)m), policies[p]);
				check_no_better(big_report_overall(r[0][m]),
						big_report_overall(r[p][m]), what);
				for (size_t k = 0; k < big_catalogue_node_count(cat); k++) {
					const big_node *n = big_catalogue_node(cat, k);
					const big_scores *w = big_report_node_scores(r[0][m], n);
					const big_scores *x = big_report_node_scores(r[p][m], n);
					snprintf(what, sizeof(what), "round %u, %s, %s, %s", round,
						 big_rollup_name((big_rollup)m), policies[p],
						 big_node_id(n));
					ck_assert_ptr_nonnull(w);
					ck_assert_ptr_nonnull(x);
					check_no_better(w, x, what);
				}
			}
		}
		for (int p = 0; p < 3; p++)
			for (int m = 0; m < BIG_ROLLUP_COUNT; m++)
				big_report_free(r[p][m]);
		big_assessment_free(sv);
		big_assessment_free(own);
		big_collaboration_free(base);
	}
	big_catalogue_free(cat);
}

START_TEST(test_worst_never_better)
{
	worst_seed = 20;
	check_worst_property("", 3000);
	/* other status values, not_assessed still the lowest */
	check_worst_property("\"status_values\": {\"partially_implemented\": 0.6, "
			     "\"not_implemented\": 0.2, \"risk_accepted\": 0.1}, ",
			     1500);
}
END_TEST

/* The worked example of docs/scoring.md, "Policy worst": a member's
 * properly explained exclusion against the collaboration's partial
 * implementation. */
START_TEST(test_worst_disagreement)
{
	static const char *const all[] = {"A.1", "A.2", "A.3", "B.1", "B.3"};
	static const char *const policies[] = {"worst", "member", "collaboration"};
	/* GM9902 implements everything itself, and excludes B.2 (explained) */
	big_assessment *sv = load_sv(), *own = NULL, *e = NULL;
	assert_big_ok(big_assessment_new(&own, test_worked, "GM9902", "2025"));
	assert_big_ok(big_assessment_set_assessed_on(own, "2025-10-01"));
	for (size_t i = 0; i < 5; i++)
		assert_big_ok(big_assessment_set_status(own, all[i], BIG_STATUS_IMPLEMENTED));
	assert_big_ok(big_assessment_set_status(own, "B.2", BIG_STATUS_NOT_APPLICABLE));
	assert_big_ok(big_assessment_set_explanation(own, "B.2", "Geen uitkeringen"));
	assert_big_ok(big_assessment_set_expires(own, "B.2", "2026-12-31"));
	/* flat implementation, coverage, comply-or-explain under worst, member, collaboration */
	const double want[3][3] = {{6.0 / 9, 5.0 / 6, 5.0 / 6}, {1, 1, 1}, {7.5 / 9, 1, 5.0 / 6}};
	for (int p = 0; p < 3; p++) {
		char text[512];
		snprintf(text, sizeof(text), COL_POLICY("'B.2'", "%s"), policies[p]);
		big_collaboration *c = load_text(text, NULL);
		assert_big_ok(big_effective_assessment(&e, c, own, sv));
		big_report *r = worst_score(e, BIG_ROLLUP_FLAT);
		const big_scores *o = big_report_overall(r);
		ck_assert_double_eq(o->implementation, want[p][0]);
		ck_assert_double_eq(o->coverage, want[p][1]);
		ck_assert_double_eq(o->comply_or_explain, want[p][2]);
		if (p == 0) { /* neither result: they disagree; maturity 0 keeps it in the mean */
			check(e, "B.2", BIG_STATUS_NOT_ASSESSED, 0, true);
			ck_assert_uint_eq(big_assessment_diagnostic_count(e), 1);
			ck_assert_str_eq(big_assessment_diagnostic(e, 0)->code,
					 "worst-disagreement");
		}
		big_report_free(r);
		big_assessment_free(e);
		big_collaboration_free(c);
	}
	ck_assert_double_eq(6.0 / 9, 0.6666666666666666);
	ck_assert_double_eq(7.5 / 9, 0.8333333333333334);
	ck_assert_double_eq(5.0 / 6, 0.8333333333333334);

	/* the collaboration's not_implemented at maturity 0 is nowhere better
	 * than the exclusion: it is taken; at maturity 3 it is higher in the
	 * maturity figures, which the exclusion leaves: neither */
	big_collaboration *c = load_text(COL_POLICY("'B.2'", "worst"), NULL);
	assert_big_ok(big_assessment_set_status(sv, "B.2", BIG_STATUS_NOT_IMPLEMENTED));
	assert_big_ok(big_assessment_set_maturity(sv, "B.2", 0));
	assert_big_ok(big_effective_assessment(&e, c, own, sv));
	check(e, "B.2", BIG_STATUS_NOT_IMPLEMENTED, 0, true);
	ck_assert_double_eq(implementation(e, BIG_ROLLUP_FLAT), 6.0 / 9);
	big_assessment_free(e);
	assert_big_ok(big_assessment_set_maturity(sv, "B.2", 3));
	assert_big_ok(big_effective_assessment(&e, c, own, sv));
	check(e, "B.2", BIG_STATUS_NOT_ASSESSED, 0, true);
	ck_assert_double_eq(implementation(e, BIG_ROLLUP_FLAT), 6.0 / 9);
	big_assessment_free(e);
	big_collaboration_free(c);
	big_assessment_free(own);
	big_assessment_free(sv);
}
END_TEST

/* A delegated requirement the member answered and the collaboration's
 * assessment is silent on: a warning collaboration-silent. */
START_TEST(test_collaboration_silent)
{
	big_collaboration *c = load_worked();
	big_assessment *sv = load_sv(), *e = NULL;
	/* the member's B.1 (risk_accepted) and B.3 (not_applicable) are answered */
	assert_big_ok(big_effective_assessment(&e, c, test_worked_a, sv));
	ck_assert_uint_eq(big_assessment_diagnostic_count(e), 0);
	big_assessment_free(e);
	/* the collaboration's assessment without B.3 */
	big_assessment *sv2 = NULL;
	assert_big_ok(big_assessment_new(&sv2, test_worked, "SV-DEMO", "2025"));
	assert_big_ok(big_assessment_set_status(sv2, "B.1", BIG_STATUS_IMPLEMENTED));
	assert_big_ok(big_effective_assessment(&e, c, test_worked_a, sv2));
	big_assessment_free(sv2);
	ck_assert_uint_eq(big_assessment_diagnostic_count(e), 1);
	const big_diagnostic *d = big_assessment_diagnostic(e, 0);
	ck_assert_int_eq(d->severity, BIG_SEVERITY_WARNING);
	ck_assert_str_eq(d->code, "collaboration-silent");
	ck_assert_str_eq(d->path, "$.results[\"B.3\"]");
	ck_assert_str_eq(d->message,
			 "the assessment of collaboration SV-DEMO has no result for delegated "
			 "requirement B.3: the member's own result (not_applicable) is not used, "
			 "the requirement counts as not_assessed");
	/* an explicit not_assessed is silence too */
	assert_big_ok(big_assessment_new(&sv2, test_worked, "SV-DEMO", "2025"));
	assert_big_ok(big_assessment_set_status(sv2, "B.1", BIG_STATUS_IMPLEMENTED));
	assert_big_ok(big_assessment_set_status(sv2, "B.3", BIG_STATUS_NOT_ASSESSED));
	big_assessment *e2 = NULL;
	assert_big_ok(big_effective_assessment(&e2, c, test_worked_a, sv2));
	big_assessment_free(sv2);
	ck_assert_uint_eq(big_assessment_diagnostic_count(e2), 1);
	ck_assert_str_eq(
	    big_assessment_diagnostic(e2, 0)->message,
	    "the assessment of collaboration SV-DEMO records as not_assessed delegated "
	    "requirement B.3: the member's own result (not_applicable) is not used, "
	    "the requirement counts as not_assessed");
	big_assessment_free(e2);
	/* it is reported with the scores */
	big_report *r = worst_score(e, BIG_ROLLUP_FLAT);
	ck_assert_uint_ge(big_report_diagnostic_count(r), 1);
	ck_assert_str_eq(big_report_diagnostic(r, 0)->code, "collaboration-silent");
	big_report_free(r);
	big_assessment_free(e);
	/* without the collaboration's assessment: B.1 and B.3 (B.2 has no own result) */
	assert_big_ok(big_effective_assessment(&e, c, test_worked_a, NULL));
	ck_assert_uint_eq(big_assessment_diagnostic_count(e), 2);
	ck_assert_str_eq(big_assessment_diagnostic(e, 0)->path, "$.results[\"B.1\"]");
	ck_assert_str_eq(big_assessment_diagnostic(e, 1)->message,
			 "collaboration SV-DEMO has no result for delegated requirement B.3: the "
			 "member's own result (not_applicable) is not used, the requirement counts "
			 "as not_assessed");
	big_assessment_free(e);
	big_collaboration_free(c);
	/* member and best keep the member's answer: nothing to say */
	c = load_text(COL_POLICY("'B'", "member"), NULL);
	assert_big_ok(big_effective_assessment(&e, c, test_worked_a, NULL));
	ck_assert_uint_eq(big_assessment_diagnostic_count(e), 0);
	big_assessment_free(e);
	big_collaboration_free(c);
	big_assessment_free(sv);
}
END_TEST

static Suite *collaboration_suite(void)
{
	Suite *s = suite_create("collaboration");
	TCase *tc = tcase_create("load");
	tcase_add_checked_fixture(tc, test_worked_setup, test_worked_teardown);
	tcase_add_test(tc, test_policy_names);
	tcase_add_test(tc, test_load_file);
	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_redundant_delegation);
	tcase_add_loop_test(tc, test_bad, 0, (int)(sizeof(bad_cases) / sizeof(bad_cases[0])));
	tcase_add_test(tc, test_bad_args);
	suite_add_tcase(s, tc);

	tc = tcase_create("effective");
	tcase_add_checked_fixture(tc, test_worked_setup, test_worked_teardown);
	tcase_add_test(tc, test_policy_collaboration);
	tcase_add_test(tc, test_policy_member);
	tcase_add_test(tc, test_policy_worst);
	tcase_add_test(tc, test_policy_best);
	tcase_add_test(tc, test_actions_follow_result);
	tcase_add_test(tc, test_tie_by_derived_maturity);
	tcase_add_test(tc, test_effective_errors);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_scoring);
	tcase_add_test(tc, test_worst_disagreement);
	tcase_add_test(tc, test_collaboration_silent);
	tcase_add_test(tc, test_worst_never_better);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(collaboration_suite());
}
