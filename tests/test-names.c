/*
 * Names of the public enumerations (libbig/core/names.c): every value of every
 * enum up to its *_COUNT has a name, the names of one enum differ, each
 * _from_name() reads back what its _name() writes, and a value or a name
 * outside the table is refused. The static asserts of names.c check the
 * length of each table; this checks that it has no holes.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "test-common.h"

/* One enumeration, seen through value indices 0 … count - 1. */
struct names {
	const char *what; /* as the error message says it: "unknown WHAT \"x\"" */
	unsigned int count;
	const char *(*name)(unsigned int i);
	int (*from_name)(unsigned int *out, const char *name);
	const char *outside; /* what name() gives for index count: NULL, or a fallback */
};

#define NAMES_OF(prefix, type, count, what, outside)                                         \
	static const char *prefix##_at(unsigned int i)                                       \
	{                                                                                    \
		return big_##prefix##_name((type)i);                                         \
	}                                                                                    \
	static int prefix##_read(unsigned int *out, const char *name)                        \
	{                                                                                    \
		type v;                                                                      \
		int rc = big_##prefix##_from_name(out ? &v : NULL, name);                    \
		if (rc == 0)                                                                 \
			*out = (unsigned int)v;                                              \
		return rc;                                                                   \
	}                                                                                    \
	static const struct names prefix##_names = {what, count, prefix##_at, prefix##_read, \
						    outside}

NAMES_OF(status, big_status, BIG_STATUS_COUNT, "status", NULL);
NAMES_OF(severity, big_severity, BIG_SEVERITY_COUNT, "severity", "unknown");
NAMES_OF(rollup, big_rollup, BIG_ROLLUP_COUNT, "roll-up method", NULL);
NAMES_OF(aggregate_method, big_aggregate_method, BIG_AGGREGATE_METHOD_COUNT, "aggregation method",
	 NULL);
NAMES_OF(policy, big_policy, BIG_POLICY_COUNT, "policy", NULL);
NAMES_OF(provenance_kind, big_provenance_kind, BIG_PROVENANCE_KIND_COUNT, "provenance kind", NULL);
NAMES_OF(relationship, big_relationship, BIG_RELATIONSHIP_COUNT, "relationship", NULL);

/* Gap kinds: index k is the flag 1u << k. */
static const char *gap_kind_at(unsigned int k)
{
	return big_gap_kind_name(1u << k);
}
static int gap_kind_read(unsigned int *out, const char *name)
{
	unsigned int flag;
	int rc = big_gap_kind_from_name(out ? &flag : NULL, name);
	if (rc == 0) {
		ck_assert_msg(flag && !(flag & (flag - 1)), "one flag, not %#x", flag);
		*out = 0;
		while (flag >>= 1)
			++*out;
	}
	return rc;
}
static const struct names gap_kind_names = {"gap kind", BIG_GAP_KIND_COUNT, gap_kind_at,
					    gap_kind_read, NULL};

/* Error codes: index i is the code -i. */
static const char *error_at(unsigned int i)
{
	return big_error_name(-(int)i);
}
static int error_read(unsigned int *out, const char *name)
{
	int code;
	int rc = big_error_from_name(out ? &code : NULL, name);
	if (rc == 0)
		*out = (unsigned int)-code;
	return rc;
}
static const struct names error_names = {"error name", BIG_ERROR_CODE_COUNT, error_at, error_read,
					 "BIG_UNKNOWN"};

static const struct names *const all[] = {
    &status_names,          &severity_names,         &rollup_names,
    &gap_kind_names,        &aggregate_method_names, &policy_names,
    &provenance_kind_names, &relationship_names,     &error_names,
};
#define ALL (sizeof(all) / sizeof(all[0]))

START_TEST(test_every_value_has_a_distinct_name)
{
	const struct names *t = all[_i];

	ck_assert_uint_gt(t->count, 0);
	for (unsigned int i = 0; i < t->count; i++) {
		const char *name = t->name(i);
		unsigned int back = t->count;

		ck_assert_msg(name && *name, "%s %u has no name", t->what, i);
		for (unsigned int j = 0; j < i; j++)
			ck_assert_msg(strcmp(name, t->name(j)) != 0, "%s %u and %u are both \"%s\"",
				      t->what, j, i, name);
		assert_big_ok(t->from_name(&back, name));
		ck_assert_uint_eq(back, i);
	}
}
END_TEST

START_TEST(test_outside_the_table)
{
	const struct names *t = all[_i];
	unsigned int v = 12345;

	if (t->outside)
		ck_assert_str_eq(t->name(t->count), t->outside);
	else
		ck_assert_ptr_null(t->name(t->count));
	assert_big_fails(t->from_name(&v, "no such name"), BIG_EINVAL);
	ck_assert_uint_eq(v, 12345);
	ck_assert_msg(strstr(big_error_last()->message, t->what) != NULL, "%s: %s", t->what,
		      big_error_last()->message);
	assert_big_fails(t->from_name(&v, ""), BIG_EINVAL);
	assert_big_fails(t->from_name(&v, NULL), BIG_EINVAL);
	assert_big_fails(t->from_name(NULL, t->name(0)), BIG_EINVAL);
	/* Exact names only: no case folding, no prefixes, no trailing space. */
	char longer[64];
	snprintf(longer, sizeof(longer), "%s ", t->name(0));
	assert_big_fails(t->from_name(&v, longer), BIG_EINVAL);
	longer[strlen(longer) - 2] = '\0';
	if (*longer)
		assert_big_fails(t->from_name(&v, longer), BIG_EINVAL);
	ck_assert_uint_eq(v, 12345);
}
END_TEST

/* The messages that bigscore and the bindings show stay what they were. */
START_TEST(test_messages)
{
	big_status st;
	big_rollup ro;
	big_aggregate_method m;
	big_policy p;
	big_relationship rel;

	assert_big_fails(big_status_from_name(&st, "done"), BIG_EINVAL);
	ck_assert_str_eq(big_error_last()->message, "unknown status \"done\"");
	assert_big_fails(big_rollup_from_name(&ro, "deep"), BIG_EINVAL);
	ck_assert_str_eq(big_error_last()->message, "unknown roll-up method \"deep\"");
	assert_big_fails(big_aggregate_method_from_name(&m, "max"), BIG_EINVAL);
	ck_assert_str_eq(big_error_last()->message, "unknown aggregation method \"max\"");
	assert_big_fails(big_policy_from_name(&p, NULL), BIG_EINVAL);
	ck_assert_str_eq(big_error_last()->message, "unknown policy \"(null)\"");
	assert_big_fails(big_relationship_from_name(&rel, "equals"), BIG_EINVAL);
	ck_assert_str_eq(big_error_last()->message, "unknown relationship \"equals\"");
	assert_big_fails(big_status_from_name(NULL, "implemented"), BIG_EINVAL);
	ck_assert_str_eq(big_error_last()->message, "no output pointer for the status");
}
END_TEST

START_TEST(test_gap_kinds_are_single_flags)
{
	unsigned int kind = 0;

	ck_assert_str_eq(big_gap_kind_name(BIG_GAP_IMPLEMENTATION), "implementation");
	ck_assert_str_eq(big_gap_kind_name(BIG_GAP_MATURITY), "maturity");
	ck_assert_str_eq(big_gap_kind_name(BIG_GAP_EXPLANATION), "explanation");
	ck_assert_ptr_null(big_gap_kind_name(0));
	ck_assert_ptr_null(big_gap_kind_name(BIG_GAP_IMPLEMENTATION | BIG_GAP_MATURITY));
	ck_assert_ptr_null(big_gap_kind_name(1u << BIG_GAP_KIND_COUNT));
	assert_big_ok(big_gap_kind_from_name(&kind, "explanation"));
	ck_assert_uint_eq(kind, BIG_GAP_EXPLANATION);
}
END_TEST

START_TEST(test_error_codes)
{
	int code = 0;

	assert_big_ok(big_error_from_name(&code, "BIG_ESYNTAX"));
	ck_assert_int_eq(code, BIG_ESYNTAX);
	assert_big_ok(big_error_from_name(&code, "BIG_OK"));
	ck_assert_int_eq(code, BIG_OK);
	assert_big_fails(big_error_from_name(&code, "BIG_UNKNOWN"), BIG_EINVAL);
	ck_assert_str_eq(big_error_name(-BIG_ERROR_CODE_COUNT), "BIG_UNKNOWN");
	ck_assert_str_eq(big_error_name(-2147483647 - 1), "BIG_UNKNOWN");
}
END_TEST

static Suite *names_suite(void)
{
	Suite *s = suite_create("names");
	TCase *tc = tcase_create("tables");

	tcase_add_loop_test(tc, test_every_value_has_a_distinct_name, 0, (int)ALL);
	tcase_add_loop_test(tc, test_outside_the_table, 0, (int)ALL);
	tcase_add_test(tc, test_messages);
	tcase_add_test(tc, test_gap_kinds_are_single_flags);
	tcase_add_test(tc, test_error_codes);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(names_suite());
}
