/*
 * big-bench — three measures of loading: an assessment with one JSON escape
 * against the same assessment without it, reading a document's head
 * (big_document_head_read(), which bigscore does before it loads) against
 * loading it, and loading and scoring on two threads at once against one
 * thread.
 *
 * SPDX-License-Identifier: MIT
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "synth.h"

#define MAX_REPEATS 64
#define SAMPLE_MIN  3400 /* documents per sample, as in the scaling measure */

/* How many times over the @n documents make a sample. */
static size_t passes_for(size_t n)
{
	return n < SAMPLE_MIN ? (SAMPLE_MIN + n - 1) / n : 1;
}

/* A copy of @text (@len bytes) with the first letter of the organisation's
 * name written as a \u escape ("G" as "\u0047"): the same document, as
 * Python's json.dump writes every letter that is not ASCII. NULL when there
 * is no name or no memory. */
static char *with_escape(const char *text, size_t len, size_t *out_len)
{
	static const char key[] = "\"name\": \"";
	const char *at = strstr(text, key);
	if (!at || (unsigned char)at[sizeof(key) - 1] >= 0x80)
		return NULL;
	size_t i = (size_t)(at - text) + sizeof(key) - 1;
	char *e = malloc(len + 6);
	if (!e)
		return NULL;
	memcpy(e, text, i);
	snprintf(e + i, 7, "\\u%04x", (unsigned char)text[i]);
	memcpy(e + i + 6, text + i + 1, len - i); /* with the NUL */
	*out_len = len + 5;
	return e;
}

/* Loads (and frees) every document @passes times; the time in ns, or -1. */
static double load_all(const big_catalogue *cat, char *const *text, const size_t *len, size_t n,
		       size_t passes)
{
	double t = bench_now();
	for (size_t p = 0; p < passes; p++)
		for (size_t i = 0; i < n; i++) {
			big_assessment *a = NULL;
			if (big_assessment_load_buffer(&a, cat, text[i], len[i], NULL))
				return -1;
			big_assessment_free(a);
		}
	return bench_now() - t;
}

/* @in with one escape in each document (with_escape()); 0 or -1. */
static int escape_texts(struct bench_texts *out, const struct bench_texts *in)
{
	*out =
	    (struct bench_texts){calloc(in->n, sizeof(char *)), calloc(in->n, sizeof(size_t)), 0};
	if (!out->text || !out->len)
		return -1;
	for (; out->n < in->n; out->n++)
		if (!(out->text[out->n] =
			  with_escape(in->text[out->n], in->len[out->n], &out->len[out->n])))
			return -1;
	return 0;
}

/* The last period's assessments, and the same with one escape each. */
static int make_both(struct bench_texts *plain, struct bench_texts *escaped,
		     const struct bench_config *cfg, const struct bench_data *d)
{
	*escaped = (struct bench_texts){NULL, NULL, 0};
	if (bench_texts_make(plain, cfg, d->cat, SYNTH_DEFAULT_ORGANISATIONS))
		return -1;
	return escape_texts(escaped, plain);
}

void bench_escaped_load(const struct bench_config *cfg, const struct bench_data *d,
			struct bench_result *r)
{
	double a[MAX_REPEATS], b[MAX_REPEATS];
	struct bench_texts t, e;

	r->id = "escaped_load";
	snprintf(r->what, sizeof(r->what), "load of an assessment with one JSON escape");
	snprintf(r->against, sizeof(r->against), "the same without the escape");
	if (make_both(&t, &e, cfg, d)) {
		bench_set_error(r, -2, "out of memory generating the data");
		goto out;
	}
	size_t n = t.n, passes = passes_for(n);
	for (unsigned k = 0; k < cfg->repeats; k++) {
		/* alternately first, so that neither always follows the other */
		const struct bench_texts *first = k % 2 ? &e : &t, *second = k % 2 ? &t : &e;
		double tf = load_all(d->cat, first->text, first->len, n, passes);
		double ts = load_all(d->cat, second->text, second->len, n, passes);
		if (tf < 0 || ts < 0) {
			bench_set_error(r, -2, big_error_last()->message);
			goto out;
		}
		a[k] = (k % 2 ? tf : ts) / (double)(n * passes);
		b[k] = (k % 2 ? ts : tf) / (double)(n * passes);
	}
	r->value = bench_median(a, cfg->repeats);
	r->base = bench_median(b, cfg->repeats);
	snprintf(r->detail, sizeof(r->detail), "%zu documents", n);
	bench_set_ratio(r, r->value / r->base, 1.1, "<= 1.1");
out:
	bench_texts_free(&e);
	bench_texts_free(&t);
}

/* Reads (and frees) the head of every document @passes times; the time in
 * ns, or -1. */
static double head_all(char *const *text, const size_t *len, size_t n, size_t passes)
{
	double t = bench_now();
	for (size_t p = 0; p < passes; p++)
		for (size_t i = 0; i < n; i++) {
			big_document_head *h = NULL;
			if (big_document_head_read(&h, text[i], len[i], NULL))
				return -1;
			big_document_head_free(h);
		}
	return bench_now() - t;
}

void bench_head_read(const struct bench_config *cfg, const struct bench_data *d,
		     struct bench_result *r)
{
	double a[MAX_REPEATS], b[MAX_REPEATS];
	struct bench_texts t;

	r->id = "head_read";
	snprintf(r->what, sizeof(r->what), "head of an assessment (its kind, its catalogue)");
	snprintf(r->against, sizeof(r->against), "loading the assessment");
	if (bench_texts_make(&t, cfg, d->cat, SYNTH_DEFAULT_ORGANISATIONS)) {
		bench_set_error(r, -2, "out of memory generating the data");
		return;
	}
	size_t n = t.n, passes = passes_for(n);
	for (unsigned k = 0; k < cfg->repeats; k++) {
		/* alternately first, so that neither always follows the other */
		double th = 0, tl = 0;
		if (k % 2)
			th = head_all(t.text, t.len, n, passes);
		tl = load_all(d->cat, t.text, t.len, n, passes);
		if (!(k % 2))
			th = head_all(t.text, t.len, n, passes);
		if (th < 0 || tl < 0) {
			bench_set_error(r, -2, big_error_last()->message);
			goto out;
		}
		a[k] = th / (double)(n * passes);
		b[k] = tl / (double)(n * passes);
	}
	r->value = bench_median(a, cfg->repeats);
	r->base = bench_median(b, cfg->repeats);
	snprintf(r->detail, sizeof(r->detail), "%zu documents", n);
	/* The head parses the whole text: bigscore pays it on top of the load. */
	bench_set_ratio(r, r->value / r->base, 0.6, "<= 0.6");
out:
	bench_texts_free(&t);
}

/* One thread's share: load and score every document @passes times. */
struct share {
	const big_catalogue *cat;
	const struct bench_texts *t;
	size_t passes;
	int rc;
};

static void *load_and_score(void *arg)
{
	struct share *s = arg;
	for (size_t p = 0; p < s->passes && !s->rc; p++)
		for (size_t i = 0; i < s->t->n && !s->rc; i++) {
			big_assessment *a = NULL;
			big_report *rep = NULL;
			s->rc = big_assessment_load_buffer(&a, s->cat, s->t->text[i], s->t->len[i],
							   NULL);
			if (!s->rc)
				s->rc = big_score(&rep, a, NULL);
			big_report_free(rep);
			big_assessment_free(a);
		}
	return NULL;
}

/* The wall time in ns of @threads threads each doing the whole job, or -1. */
static double run_threads(const struct bench_data *d, const struct bench_texts *t, size_t passes,
			  unsigned threads)
{
	pthread_t id[2];
	struct share s[2];
	unsigned started = 0;
	int rc = 0;
	double t0 = bench_now();
	for (; started < threads; started++) {
		s[started] = (struct share){d->cat, t, passes, 0};
		if (pthread_create(&id[started], NULL, load_and_score, &s[started]))
			break;
	}
	for (unsigned i = 0; i < started; i++) {
		pthread_join(id[i], NULL);
		rc = rc ? rc : s[i].rc;
	}
	double ns = bench_now() - t0;
	return started == threads && rc == 0 ? ns : -1;
}

void bench_two_threads(const struct bench_config *cfg, const struct bench_data *d,
		       struct bench_result *r)
{
	double a[MAX_REPEATS], b[MAX_REPEATS];
	struct bench_texts t, e;

	r->id = "two_threads";
	snprintf(r->what, sizeof(r->what), "load + score on 2 threads at once, per assessment");
	snprintf(r->against, sizeof(r->against), "1 thread");
	if (bench_cpu_count() < 2)
		return bench_set_error(r, -1, "one CPU");
	if (make_both(&t, &e, cfg, d)) {
		bench_set_error(r, -2, "out of memory generating the data");
		goto out;
	}
	/* The documents with an escape: libbig 0.1 parsed them one thread at a time. */
	size_t n = e.n, passes = passes_for(n);
	for (unsigned k = 0; k < cfg->repeats; k++) {
		double two = run_threads(d, &e, passes, 2), one = run_threads(d, &e, passes, 1);
		if (two < 0 || one < 0) {
			bench_set_error(r, -2, "loading or scoring failed on a thread");
			goto out;
		}
		a[k] = two / (double)(2 * n * passes);
		b[k] = one / (double)(n * passes);
	}
	r->value = bench_median(a, cfg->repeats);
	r->base = bench_median(b, cfg->repeats);
	snprintf(r->detail, sizeof(r->detail), "%zu documents with an escape; throughput ratio", n);
	bench_set_ratio(r, r->base / r->value, 1.8, ">= 1.8");
out:
	bench_texts_free(&e);
	bench_texts_free(&t);
}
