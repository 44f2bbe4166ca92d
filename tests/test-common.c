/*
 * libbig tests — helpers shared by every test program.
 *
 * SPDX-License-Identifier: MIT
 */
#include "test-common.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef BIG_TEST_DATA
#error "BIG_TEST_DATA must name the tests/data folder"
#endif

const char *test_data_dir(void)
{
	const char *dir = getenv("BIG_TEST_DATA");

	return dir != NULL && dir[0] != '\0' ? dir : BIG_TEST_DATA;
}

char *test_data_path(const char *name)
{
	const char *dir = test_data_dir();
	size_t len = strlen(dir) + 1 + strlen(name) + 1;
	char *path = malloc(len);

	ck_assert_ptr_nonnull(path);
	snprintf(path, len, "%s/%s", dir, name);
	return path;
}

char *test_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t size = 0, cap = 0, n;

	if (f == NULL)
		return NULL;
	do {
		if (cap - size < 4096) {
			char *grown = realloc(buf, cap + 65536);

			if (grown == NULL) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = grown;
			cap += 65536;
		}
		n = fread(buf + size, 1, cap - size - 1, f);
		size += n;
	} while (n > 0);
	if (ferror(f)) {
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[size] = '\0';
	if (len != NULL)
		*len = size;
	return buf;
}

char *test_read_data(const char *name, size_t *len)
{
	char *path = test_data_path(name);
	char *text = test_read_file(path, len);

	ck_assert_msg(text != NULL, "cannot read test data file %s", path);
	free(path);
	return text;
}

int test_setlocale_nl(const char *check)
{
	const char *required = getenv("BIG_TEST_LOCALE");

	if (setlocale(LC_ALL, "nl_NL.UTF-8") != NULL)
		return 1;
	ck_assert_msg(required == NULL || strcmp(required, "required") != 0,
		      "locale nl_NL.UTF-8 is not available, but BIG_TEST_LOCALE=required");
	fprintf(stderr, "note: locale nl_NL.UTF-8 is not available; %s is skipped\n", check);
	return 0;
}

int test_run_suite(Suite *suite)
{
	SRunner *runner = srunner_create(suite);
	int failed;

	srunner_run_all(runner, CK_ENV);
	failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

big_catalogue *test_load_catalogue(const char *name)
{
	char *path = test_data_path(name);
	big_catalogue *cat = NULL;
	int rc = big_catalogue_load_file(&cat, path, NULL);

	ck_assert_msg(rc == BIG_OK, "loading %s: %s: %s", path, big_error_name(rc),
		      big_error_last()->message);
	ck_assert_ptr_nonnull(cat);
	free(path);
	return cat;
}

big_assessment *test_load_assessment(const big_catalogue *cat, const char *name)
{
	char *path = test_data_path(name);
	big_assessment *a = NULL;
	int rc = big_assessment_load_file(&a, cat, path, NULL);

	ck_assert_msg(rc == BIG_OK, "loading %s: %s: %s", path, big_error_name(rc),
		      big_error_last()->message);
	ck_assert_ptr_nonnull(a);
	free(path);
	return a;
}

big_catalogue *test_worked;
big_assessment *test_worked_a;

void test_worked_setup(void)
{
	test_worked = test_load_catalogue("worked-catalogue.json");
	test_worked_a = test_load_assessment(test_worked, "worked-assessment.json");
}

void test_worked_teardown(void)
{
	big_assessment_free(test_worked_a);
	big_catalogue_free(test_worked);
	test_worked_a = NULL;
	test_worked = NULL;
}

big_catalogue *test_catalogue_from_string(const char *json)
{
	big_catalogue *cat = NULL;
	int rc = big_catalogue_load_buffer(&cat, json, strlen(json), NULL);

	ck_assert_msg(rc == BIG_OK, "loading a catalogue from a string: %s: %s", big_error_name(rc),
		      big_error_last()->message);
	ck_assert_ptr_nonnull(cat);
	return cat;
}

const char *test_fingerprint(const big_catalogue *cat)
{
	const char *fp = NULL;
	int rc = big_catalogue_fingerprint(&fp, cat);

	ck_assert_msg(rc == BIG_OK, "big_catalogue_fingerprint: %s: %s", big_error_name(rc),
		      big_error_last()->message);
	ck_assert_ptr_nonnull(fp);
	return fp;
}

void test_worked_results(big_assessment *a, const char *letters)
{
	static const char *const ids[] = {"A.1", "A.2", "A.3", "B.1", "B.2", "B.3"};
	static const big_status status[] = {['i'] = BIG_STATUS_IMPLEMENTED,
					    ['p'] = BIG_STATUS_PARTIALLY_IMPLEMENTED,
					    ['n'] = BIG_STATUS_NOT_IMPLEMENTED,
					    ['x'] = BIG_STATUS_NOT_APPLICABLE};
	for (size_t r = 0; r < 6 && letters[r]; r++) {
		char c = letters[r];
		if (c != 'i' && c != 'p' && c != 'n' && c != 'x')
			continue;
		assert_big_ok(big_assessment_set_status(a, ids[r], status[(unsigned char)c]));
		if (c == 'x') {
			assert_big_ok(big_assessment_set_explanation(a, ids[r], "Geen netwerk"));
			assert_big_ok(big_assessment_set_expires(a, ids[r], "2026-12-31"));
		}
	}
}

int test_contains(const char *haystack, const char *needle)
{
	return haystack != NULL && needle != NULL && strstr(haystack, needle) != NULL;
}
