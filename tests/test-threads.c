/*
 * Suite 'threads': one loaded catalogue shared by several threads that load,
 * build, score and serialise assessments at the same time; documents with
 * escapes and broken ones read on every thread at once; reports that borrow
 * the texts of one assessment, made and freed on every thread, the last of
 * them freeing the assessment. Run under
 * ThreadSanitizer by tests/run-all.sh; without it the test still checks that
 * every thread gets the same bytes as the main thread.
 *
 * SPDX-License-Identifier: MIT
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test-common.h"

#define THREADS 4
#define ROUNDS  25

static big_catalogue *bio2;
static char *expected[BIG_ROLLUP_COUNT]; /* report per roll-up, made on the main thread */
static char *document;                   /* the assessment as JSON */

/* A deterministic assessment of bio2 using every status and maturity. */
static big_assessment *build(void)
{
	big_assessment *a = NULL;
	ck_assert_int_eq(big_assessment_new(&a, bio2, "GM9901", "2025"), BIG_OK);
	ck_assert_int_eq(big_assessment_set_assessed_on(a, "2025-10-01"), BIG_OK);
	for (size_t i = 0; i < big_catalogue_requirement_count(bio2); i++) {
		const char *id = big_node_id(big_catalogue_requirement(bio2, i));
		big_status st = (big_status)(i * 7 % BIG_STATUS_COUNT);
		if (big_assessment_set_status(a, id, st) ||
		    big_assessment_set_maturity(a, id, (int)(i % 6)) ||
		    (i % 3 == 0 && big_assessment_set_explanation(a, id, "uitleg")) ||
		    (i % 2 == 0 && big_assessment_set_expires(a, id, "2026-12-31")) ||
		    (i % 5 == 0 && big_assessment_set_owner(a, id, "Team informatiebeveiliging")) ||
		    (i % 4 == 1 && big_assessment_add_action(a, id, "Maatregel invoeren", "CISO",
							     "2025-06-30", BIG_ACTION_PLANNED)))
			return NULL;
	}
	return a;
}

static char *report(const big_assessment *a, big_rollup rollup)
{
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	char *json = NULL;
	opts.rollup = rollup;
	if (big_score(&r, a, &opts) == 0)
		big_report_to_json(&json, NULL, r, 0);
	big_report_free(r);
	return json;
}

static void *worker(void *arg)
{
	long failures = 0;
	(void)arg;
	for (int round = 0; round < ROUNDS; round++) {
		big_assessment *built = build(), *loaded = NULL;
		if (!built ||
		    big_assessment_load_buffer(&loaded, bio2, document, strlen(document), NULL)) {
			failures++;
			big_assessment_free(built);
			continue;
		}
		for (int k = 0; k < BIG_ROLLUP_COUNT; k++) {
			big_assessment *a = round % 2 ? built : loaded;
			char *json = report(a, (big_rollup)k);
			failures += !json || strcmp(json, expected[k]) != 0;
			big_free(json);
		}
		/* A failing load sets only this thread's error. */
		big_assessment *bad = NULL;
		failures += big_assessment_load_buffer(&bad, bio2, "{", 1, NULL) != BIG_ESYNTAX;
		failures += big_error_last()->code != BIG_ESYNTAX;
		big_assessment_free(built);
		big_assessment_free(loaded);
	}
	return (void *)failures;
}

START_TEST(test_shared_catalogue)
{
	pthread_t threads[THREADS];
	big_assessment *a;

	ck_assert_int_eq(big_catalogue_builtin(&bio2, "bio2"), BIG_OK);
	a = build();
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(big_assessment_to_json(&document, NULL, a, 0), BIG_OK);
	for (int k = 0; k < BIG_ROLLUP_COUNT; k++)
		ck_assert_ptr_nonnull(expected[k] = report(a, (big_rollup)k));
	big_assessment_free(a);

	for (int t = 0; t < THREADS; t++)
		ck_assert_int_eq(pthread_create(&threads[t], NULL, worker, NULL), 0);
	for (int t = 0; t < THREADS; t++) {
		void *failures;
		ck_assert_int_eq(pthread_join(threads[t], &failures), 0);
		ck_assert_msg(failures == NULL, "thread %d: %ld failures", t, (long)failures);
	}
	for (int k = 0; k < BIG_ROLLUP_COUNT; k++)
		big_free(expected[k]);
	big_free(document);
	big_catalogue_free(bio2);
}
END_TEST

/* Reports borrow the owners, explanations and actions of their assessment
 * and hold a reference to it (big_score()): every thread scores the one
 * assessment, the main thread then drops its own reference and changes
 * nothing more, and the threads read and free their reports, the last free
 * freeing the assessment. ThreadSanitizer sees the reference count. */
static big_assessment *held;
static pthread_barrier_t dropped;

static void *holder(void *arg)
{
	long failures = 0;
	big_report *r[ROUNDS] = {NULL};
	(void)arg;
	for (int k = 0; k < ROUNDS; k++)
		failures += big_score(&r[k], held, NULL) != BIG_OK;
	pthread_barrier_wait(&dropped); /* the main thread has freed held */
	pthread_barrier_wait(&dropped);
	for (int k = 0; k < ROUNDS; k++) {
		char *json = NULL;
		failures += !r[k] || big_report_to_json(&json, NULL, r[k], 0) != BIG_OK ||
			    strcmp(json, expected[0]) != 0;
		big_free(json);
		big_report_free(r[k]);
	}
	return (void *)failures;
}

START_TEST(test_reports_hold_assessment)
{
	pthread_t threads[THREADS];
	ck_assert_int_eq(big_catalogue_builtin(&bio2, "bio2"), BIG_OK);
	held = build();
	ck_assert_ptr_nonnull(held);
	ck_assert_ptr_nonnull(expected[0] = report(held, BIG_ROLLUP_HIERARCHICAL));
	ck_assert_int_eq(pthread_barrier_init(&dropped, NULL, THREADS + 1), 0);
	for (int t = 0; t < THREADS; t++)
		ck_assert_int_eq(pthread_create(&threads[t], NULL, holder, NULL), 0);
	pthread_barrier_wait(&dropped);
	big_assessment_free(held); /* the reports keep it */
	pthread_barrier_wait(&dropped);
	for (int t = 0; t < THREADS; t++) {
		void *failures;
		ck_assert_int_eq(pthread_join(threads[t], &failures), 0);
		ck_assert_msg(failures == NULL, "thread %d: %ld failures", t, (long)failures);
	}
	pthread_barrier_destroy(&dropped);
	big_free(expected[0]);
	big_catalogue_free(bio2);
}
END_TEST

/* The fingerprint of a catalogue no thread has asked for yet, asked for by
 * every thread at once (computed on first use, claimed atomically). Each
 * thread copies the text as it reads it, so that a thread that read the
 * field before the writer's copy was complete returns what it saw. */
static big_catalogue *fresh;

static void *fingerprinter(void *arg)
{
	(void)arg;
	const char *fp = NULL;
	if (big_catalogue_fingerprint(&fp, fresh) != BIG_OK)
		return NULL;
	return strdup(fp);
}

START_TEST(test_fingerprint_first_use)
{
	pthread_t threads[THREADS];
	big_catalogue *other;
	for (int round = 0; round < ROUNDS; round++) {
		ck_assert_int_eq(big_catalogue_builtin(&fresh, "bio2-1.3"), BIG_OK);
		for (int t = 0; t < THREADS; t++)
			ck_assert_int_eq(pthread_create(&threads[t], NULL, fingerprinter, NULL), 0);
		void *seen[THREADS];
		for (int t = 0; t < THREADS; t++)
			ck_assert_int_eq(pthread_join(threads[t], &seen[t]), 0);
		ck_assert_int_eq(big_catalogue_builtin(&other, "bio2-1.3"), BIG_OK);
		const char *expected = test_fingerprint(other); /* computed by one thread */
		for (int t = 0; t < THREADS; t++) {
			ck_assert_msg(seen[t] != NULL, "round %d, thread %d: no fingerprint", round,
				      t);
			ck_assert_str_eq((const char *)seen[t], expected);
			free(seen[t]);
		}
		ck_assert_str_eq(test_fingerprint(fresh), expected);
		big_catalogue_free(other);
		big_catalogue_free(fresh);
	}
}
END_TEST

/* Texts with escapes, and broken ones: read on every thread at once (the
 * reader keeps nothing global, and takes no lock). */
static const char escaped_catalogue[] =
    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"esc\",\n"
    " \"version\": \"1\", \"title\": \"Caf\\u00e9 \\ud83d\\ude00\", \"nodes\": [\n"
    "  {\"id\": \"a\", \"kind\": \"k\", \"title\": \"A\\tB\"}]}\n";
static const char broken[] = "{\"format\": \"libbig.catalogue\",\n \"id\": }";
/* Numbers read with strtod in the "C" locale, made on first use: here by
 * every thread at once (the suite runs each test in a new process). */
static const char numbers[] = "{\"format\": \"x\", \"n\": [0.5, -1.25e-3, 12345678901234567890]}";

static void *reader(void *arg)
{
	long failures = 0;
	(void)arg;
	for (int round = 0; round < 4 * ROUNDS; round++) {
		big_catalogue *cat = NULL;
		big_document_head *head = NULL;
		failures += big_catalogue_load_buffer(&cat, escaped_catalogue,
						      strlen(escaped_catalogue), NULL) != BIG_OK ||
			    strcmp(big_catalogue_title(cat), "Caf\xc3\xa9 \xf0\x9f\x98\x80") != 0;
		big_catalogue_free(cat);
		failures += big_document_head_read(&head, escaped_catalogue,
						   strlen(escaped_catalogue), NULL) != BIG_OK ||
			    big_document_head_kind(head) != BIG_DOCUMENT_CATALOGUE;
		big_document_head_free(head);
		head = NULL;
		failures +=
		    big_document_head_read(&head, broken, strlen(broken), NULL) != BIG_ESYNTAX ||
		    big_error_last()->line != 2 || big_error_last()->column != 8;
		failures += big_document_head_read(&head, numbers, strlen(numbers), NULL) != BIG_OK;
		big_document_head_free(head);
		/* the reason, from strerror_r() */
		failures +=
		    big_catalogue_load_file(&cat, "/nonexistent-libbig/c.json", NULL) != BIG_EIO ||
		    !test_contains(big_error_last()->message, "cannot open: ");
	}
	return (void *)failures;
}

START_TEST(test_reading_everywhere)
{
	pthread_t threads[THREADS];
	for (int t = 0; t < THREADS; t++)
		ck_assert_int_eq(pthread_create(&threads[t], NULL, reader, NULL), 0);
	for (int t = 0; t < THREADS; t++) {
		void *failures;
		ck_assert_int_eq(pthread_join(threads[t], &failures), 0);
		ck_assert_msg(failures == NULL, "thread %d: %ld failures", t, (long)failures);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("threads");
	TCase *tc = tcase_create("threads");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_shared_catalogue);
	tcase_add_test(tc, test_reading_everywhere);
	tcase_add_test(tc, test_fingerprint_first_use);
	tcase_add_test(tc, test_reports_hold_assessment);
	suite_add_tcase(s, tc);
	return test_run_suite(s);
}
