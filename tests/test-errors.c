/*
 * libbig tests — suite "errors": the per-thread last error.
 *
 * SPDX-License-Identifier: MIT
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "test-common.h"

/* A failing call whose error code is known. */
static int fail_with_syntax(void)
{
	big_catalogue *cat = NULL;

	return big_catalogue_load_buffer(&cat, "{\"format\":", 10, NULL);
}

static int fail_with_notfound(void)
{
	big_catalogue *cat = NULL;

	return big_catalogue_builtin(&cat, "no-such-catalogue");
}

START_TEST(test_last_never_null)
{
	const big_error *e = big_error_last();

	/* Before anything happened on this thread. */
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->code, BIG_OK);
	ck_assert_ptr_nonnull(e->message);
	ck_assert_ptr_nonnull(e->source);
	ck_assert_ptr_nonnull(e->path);
}
END_TEST

START_TEST(test_cleared_says_no_error)
{
	const big_error *e;

	big_error_clear();
	e = big_error_last();
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->code, BIG_OK);
	ck_assert_msg(test_contains(e->message, "no error"), "cleared message is \"%s\"",
		      e->message);
	ck_assert_str_eq(e->source, "");
	ck_assert_str_eq(e->path, "");
	ck_assert_int_eq(e->line, 0);
	ck_assert_int_eq(e->column, 0);
}
END_TEST

START_TEST(test_failure_sets_and_clear_resets)
{
	const big_error *e;

	big_error_clear();
	assert_big_fails(fail_with_notfound(), BIG_ENOTFOUND);
	e = big_error_last();
	ck_assert_ptr_nonnull(e);
	ck_assert_msg(e->message != NULL && e->message[0] != '\0' &&
			  !test_contains(e->message, "no error"),
		      "message after a failure is \"%s\"", e->message);
	ck_assert_msg(test_contains(e->message, "no-such-catalogue"),
		      "message \"%s\" does not name the catalogue", e->message);

	assert_big_fails(fail_with_syntax(), BIG_ESYNTAX);
	e = big_error_last();
	ck_assert_int_eq(e->line, 1);
	ck_assert_int_eq(e->column, 10); /* the last byte: the input was cut there */
	ck_assert_str_eq(e->source, "<buffer>");

	big_error_clear();
	e = big_error_last();
	ck_assert_int_eq(e->code, BIG_OK);
	ck_assert_msg(test_contains(e->message, "no error"), "cleared message is \"%s\"",
		      e->message);
	ck_assert_str_eq(e->source, "");
	ck_assert_str_eq(e->path, "");
	ck_assert_int_eq(e->line, 0);
	ck_assert_int_eq(e->column, 0);
}
END_TEST

START_TEST(test_error_names)
{
	static const struct {
		int code;
		const char *name;
	} names[] = {
	    {BIG_OK, "BIG_OK"},
	    {BIG_ERROR, "BIG_ERROR"},
	    {BIG_ENOMEM, "BIG_ENOMEM"},
	    {BIG_EINVAL, "BIG_EINVAL"},
	    {BIG_EIO, "BIG_EIO"},
	    {BIG_ESYNTAX, "BIG_ESYNTAX"},
	    {BIG_ESCHEMA, "BIG_ESCHEMA"},
	    {BIG_EVERSION, "BIG_EVERSION"},
	    {BIG_EDUPLICATE, "BIG_EDUPLICATE"},
	    {BIG_ENOTFOUND, "BIG_ENOTFOUND"},
	    {BIG_EMISMATCH, "BIG_EMISMATCH"},
	    {BIG_ERANGE, "BIG_ERANGE"},
	    {BIG_ELIMIT, "BIG_ELIMIT"},
	    {BIG_EUTF8, "BIG_EUTF8"},
	    {BIG_EUNSUPPORTED, "BIG_EUNSUPPORTED"},
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		ck_assert_str_eq(big_error_name(names[i].code), names[i].name);
	ck_assert_str_eq(big_error_name(1), "BIG_UNKNOWN");
	ck_assert_str_eq(big_error_name(-15), "BIG_UNKNOWN");
	ck_assert_str_eq(big_error_name(-1000), "BIG_UNKNOWN");
	ck_assert_str_eq(big_error_name(42), "BIG_UNKNOWN");
}
END_TEST

START_TEST(test_error_values_are_abi)
{
	ck_assert_int_eq(BIG_OK, 0);
	ck_assert_int_eq(BIG_ERROR, -1);
	ck_assert_int_eq(BIG_ENOMEM, -2);
	ck_assert_int_eq(BIG_EINVAL, -3);
	ck_assert_int_eq(BIG_EIO, -4);
	ck_assert_int_eq(BIG_ESYNTAX, -5);
	ck_assert_int_eq(BIG_ESCHEMA, -6);
	ck_assert_int_eq(BIG_EVERSION, -7);
	ck_assert_int_eq(BIG_EDUPLICATE, -8);
	ck_assert_int_eq(BIG_ENOTFOUND, -9);
	ck_assert_int_eq(BIG_EMISMATCH, -10);
	ck_assert_int_eq(BIG_ERANGE, -11);
	ck_assert_int_eq(BIG_ELIMIT, -12);
	ck_assert_int_eq(BIG_EUTF8, -13);
	ck_assert_int_eq(BIG_EUNSUPPORTED, -14);
}
END_TEST

START_TEST(test_severity_names)
{
	ck_assert_str_eq(big_severity_name(BIG_SEVERITY_INFO), "info");
	ck_assert_str_eq(big_severity_name(BIG_SEVERITY_WARNING), "warning");
}
END_TEST

START_TEST(test_free_null)
{
	big_error_clear();
	big_free(NULL);
	big_catalogue_free(NULL);
	big_assessment_free(NULL);
	big_report_free(NULL);
	ck_assert_int_eq(big_error_last()->code, BIG_OK);
}
END_TEST

START_TEST(test_version)
{
	int major = -1, minor = -1, patch = -1;
	const char *v = big_version(&major, &minor, &patch);
	char expected[64];

	ck_assert_ptr_nonnull(v);
	ck_assert_int_eq(major, BIG_VERSION_MAJOR);
	ck_assert_int_eq(minor, BIG_VERSION_MINOR);
	ck_assert_int_eq(patch, BIG_VERSION_PATCH);
	snprintf(expected, sizeof(expected), "%d.%d.%d", major, minor, patch);
	ck_assert_str_eq(v, expected);
	ck_assert_str_eq(v, BIG_VERSION_STRING);
	ck_assert_str_eq(big_version(NULL, NULL, NULL), BIG_VERSION_STRING);
	ck_assert(BIG_VERSION_CHECK(BIG_VERSION_MAJOR, BIG_VERSION_MINOR, BIG_VERSION_PATCH));
	ck_assert(!BIG_VERSION_CHECK(BIG_VERSION_MAJOR + 1, 0, 0));
}
END_TEST

/* The run-time answer is the build's, as the header says it; any other name
 * is no feature. */
START_TEST(test_has_feature)
{
	ck_assert_int_eq(big_has_feature("xlsx"), BIG_FEATURE_XLSX);
	ck_assert(!big_has_feature("XLSX"));
	ck_assert(!big_has_feature("xlsx "));
	ck_assert(!big_has_feature(""));
	ck_assert(!big_has_feature(NULL));
}
END_TEST

/* What a thread saw, copied out: the error strings are only valid on that thread. */
struct thread_view {
	int initial_code;
	char initial_message[256];
	int code_after_failure;
	int line_after_failure;
};

static void *thread_first_look(void *arg)
{
	struct thread_view *view = arg;
	const big_error *e = big_error_last();

	view->initial_code = e->code;
	snprintf(view->initial_message, sizeof(view->initial_message), "%s",
		 e->message != NULL ? e->message : "(null)");
	fail_with_syntax();
	e = big_error_last();
	view->code_after_failure = e->code;
	view->line_after_failure = e->line;
	return NULL;
}

START_TEST(test_thread_isolation)
{
	struct thread_view view;
	pthread_t thread;

	memset(&view, 0, sizeof(view));
	assert_big_fails(fail_with_notfound(), BIG_ENOTFOUND);
	ck_assert_int_eq(pthread_create(&thread, NULL, thread_first_look, &view), 0);
	ck_assert_int_eq(pthread_join(thread, NULL), 0);

	/* The new thread did not see the error of this one … */
	ck_assert_msg(view.initial_code == BIG_OK,
		      "a new thread sees %s set by another thread (\"%s\")",
		      big_error_name(view.initial_code), view.initial_message);
	ck_assert_msg(test_contains(view.initial_message, "no error"),
		      "a new thread's message is \"%s\"", view.initial_message);
	/* … it had its own … */
	ck_assert_int_eq(view.code_after_failure, BIG_ESYNTAX);
	ck_assert_int_eq(view.line_after_failure, 1);
	/* … and this thread still has its own. */
	ck_assert_msg(big_error_last()->code == BIG_ENOTFOUND,
		      "the error of this thread became %s after another thread failed",
		      big_error_name(big_error_last()->code));
	ck_assert_msg(test_contains(big_error_last()->message, "no-such-catalogue"),
		      "message of this thread became \"%s\"", big_error_last()->message);
}
END_TEST

/* Threads that fail at the same time, each with its own error. */
struct thread_loop {
	int which;
	int mismatches;
	int first_bad_code;
};

#define LOOP_THREADS 4
#define LOOP_ROUNDS  500

static int fail_in_way(int which)
{
	big_status status;
	big_catalogue *cat = NULL;
	const char *v2 = "{\"format\": \"libbig.catalogue\", \"format_version\": 2}";

	switch (which) {
	case 0:
		return fail_with_syntax();
	case 1:
		return fail_with_notfound();
	case 2:
		return big_status_from_name(&status, "done");
	default:
		return big_catalogue_load_buffer(&cat, v2, strlen(v2), NULL);
	}
}

static const int loop_codes[LOOP_THREADS] = {BIG_ESYNTAX, BIG_ENOTFOUND, BIG_EINVAL, BIG_EVERSION};

static void *thread_loop(void *arg)
{
	struct thread_loop *t = arg;

	for (int i = 0; i < LOOP_ROUNDS; i++) {
		int rc = fail_in_way(t->which);
		int code = big_error_last()->code;

		if (rc != loop_codes[t->which] || code != loop_codes[t->which]) {
			if (t->mismatches++ == 0)
				t->first_bad_code = code;
		}
		if (i % 7 == 0)
			big_error_clear();
	}
	return NULL;
}

START_TEST(test_threads_fail_concurrently)
{
	pthread_t threads[LOOP_THREADS];
	struct thread_loop loops[LOOP_THREADS];

	for (int i = 0; i < LOOP_THREADS; i++) {
		loops[i].which = i;
		loops[i].mismatches = 0;
		loops[i].first_bad_code = 0;
		ck_assert_int_eq(pthread_create(&threads[i], NULL, thread_loop, &loops[i]), 0);
	}
	for (int i = 0; i < LOOP_THREADS; i++)
		ck_assert_int_eq(pthread_join(threads[i], NULL), 0);
	for (int i = 0; i < LOOP_THREADS; i++)
		ck_assert_msg(loops[i].mismatches == 0,
			      "thread %d saw %d wrong errors (first %s, expected %s)", i,
			      loops[i].mismatches, big_error_name(loops[i].first_bad_code),
			      big_error_name(loop_codes[i]));
}
END_TEST

static Suite *errors_suite(void)
{
	Suite *s = suite_create("errors");
	TCase *tc = tcase_create("last-error");

	tcase_add_test(tc, test_last_never_null);
	tcase_add_test(tc, test_cleared_says_no_error);
	tcase_add_test(tc, test_failure_sets_and_clear_resets);
	suite_add_tcase(s, tc);

	tc = tcase_create("names");
	tcase_add_test(tc, test_error_names);
	tcase_add_test(tc, test_error_values_are_abi);
	tcase_add_test(tc, test_severity_names);
	tcase_add_test(tc, test_free_null);
	tcase_add_test(tc, test_version);
	tcase_add_test(tc, test_has_feature);
	suite_add_tcase(s, tc);

	tc = tcase_create("threads");
	tcase_add_test(tc, test_thread_isolation);
	tcase_add_test(tc, test_threads_fail_concurrently);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(errors_suite());
}
