/*
 * libbig tests — helpers shared by every test program.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_TEST_COMMON_H
#define BIG_TEST_COMMON_H

/* Print doubles with all their digits when an assertion fails. */
#define CK_FLOATING_DIG 17

#include <check.h>
#include <stddef.h>

#include "big.h"

/**
 * Folder of the test data (tests/data): the environment variable
 * BIG_TEST_DATA when set, else the folder compiled in by meson.
 */
const char *test_data_dir(void);

/** Path of @p name inside the test data folder; malloc'ed, never NULL. */
char *test_data_path(const char *name);

/**
 * Reads a whole file into memory (NUL-terminated, the NUL not counted in
 * @p len). Returns NULL when the file cannot be read.
 */
char *test_read_file(const char *path, size_t *len);

/** Reads @p name from the test data folder; fails the test when it cannot. */
char *test_read_data(const char *name, size_t *len);

/**
 * Switches the process to nl_NL.UTF-8 (decimal comma) for a locale check and
 * returns 1. Without that locale it returns 0 after a note on stderr that
 * @p check is skipped, or fails the test when the environment says
 * BIG_TEST_LOCALE=required (tests/run-all.sh, once it has made the locale).
 */
int test_setlocale_nl(const char *check);

/** Runs every test of @p suite and returns EXIT_SUCCESS or EXIT_FAILURE. */
int test_run_suite(Suite *suite);

/** Loads a catalogue from the test data folder; fails the test on error. */
big_catalogue *test_load_catalogue(const char *name);

/** Loads an assessment from the test data folder; fails the test on error. */
big_assessment *test_load_assessment(const big_catalogue *cat, const char *name);

/**
 * The worked example of docs/scoring.md (worked-catalogue.json with
 * worked-assessment.json), loaded by the Check fixture test_worked_setup()
 * and freed by test_worked_teardown().
 */
extern big_catalogue *test_worked;
extern big_assessment *test_worked_a;
void test_worked_setup(void);
void test_worked_teardown(void);

/** Loads a catalogue from a NUL-terminated string; fails the test on error. */
big_catalogue *test_catalogue_from_string(const char *json);

/** The fingerprint of @p cat (big_catalogue_fingerprint()); fails the test on error. */
const char *test_fingerprint(const big_catalogue *cat);

/**
 * Sets the results of @p a, an assessment on worked-catalogue.json, from
 * one letter per requirement A.1 … B.3: i implemented, p
 * partially_implemented, n not_implemented, x properly explained
 * not_applicable (expires 2026-12-31), anything else no result. Fails the
 * test on error.
 */
void test_worked_results(big_assessment *a, const char *letters);

/** Whether @p haystack contains @p needle (both may be NULL: then false). */
int test_contains(const char *haystack, const char *needle);

/** Asserts that a libbig call returns 0, printing the last error if not. */
#define assert_big_ok(expr)                                                                    \
	do {                                                                                   \
		int rc_ = (expr);                                                              \
		ck_assert_msg(rc_ == BIG_OK, "%s returned %s: %s", #expr, big_error_name(rc_), \
			      big_error_last()->message);                                      \
	} while (0)

/**
 * Asserts that a libbig call fails with @p expected and that the last error of
 * the thread says so.
 */
#define assert_big_fails(expr, expected)                                                      \
	do {                                                                                  \
		int rc_ = (expr);                                                             \
		int want_ = (expected);                                                       \
		ck_assert_msg(rc_ == want_, "%s returned %s (%d), expected %s: %s", #expr,    \
			      big_error_name(rc_), rc_, big_error_name(want_),                \
			      big_error_last()->message);                                     \
		ck_assert_msg(big_error_last()->code == want_,                                \
			      "%s: last error is %s, expected %s", #expr,                     \
			      big_error_name(big_error_last()->code), big_error_name(want_)); \
	} while (0)

#endif /* BIG_TEST_COMMON_H */
