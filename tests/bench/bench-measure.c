/*
 * big-bench — the six measures of SPEC §8 (bench-load.c has two more). Each
 * repeats its work cfg->repeats times, alternating with what it is compared
 * with so that both see the same load of a shared machine, and keeps the
 * medians.
 *
 * SPDX-License-Identifier: MIT
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "synth.h"

#define MAX_REPEATS 64

void bench_set_ratio(struct bench_result *r, double ratio, double limit, const char *target)
{
	r->ratio = ratio;
	r->limit = limit;
	snprintf(r->target, sizeof(r->target), "%s", target);
	r->status = (target[0] == '>' ? ratio >= limit : ratio <= limit) ? 1 : 0;
}

void bench_set_error(struct bench_result *r, int status, const char *note)
{
	r->status = status;
	snprintf(r->note, sizeof(r->note), "%s", note);
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;
	if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) && fread(buf, 1, (size_t)n, f) == (size_t)n) {
		buf[n] = 0;
		*len = (size_t)n;
	} else {
		free(buf);
		buf = NULL;
	}
	if (f)
		fclose(f);
	return buf;
}

/* The text of the catalogue of a measure @id against @against, or NULL (the
 * error set in @r). */
static char *catalogue_text(const struct bench_config *cfg, struct bench_result *r, const char *id,
			    const char *against, size_t *len)
{
	char *text = read_all(cfg->catalogue_path, len);
	r->id = id;
	snprintf(r->against, sizeof(r->against), "%s", against);
	if (!text)
		bench_set_error(r, -2, "cannot read the catalogue");
	return text;
}

void bench_catalogue_load(const struct bench_config *cfg, const struct bench_data *d,
			  struct bench_result *r)
{
	double a[MAX_REPEATS], b[MAX_REPEATS];
	size_t len = 0;
	char *text = catalogue_text(cfg, r, "catalogue_load", "bare cJSON parse", &len);
	unsigned inner = cfg->quick ? 20 : 50;
	(void)d;

	if (!text)
		return;
	snprintf(r->what, sizeof(r->what), "catalogue load (%s, %zu bytes)", cfg->catalogue_name,
		 len);
	for (unsigned k = 0; k < cfg->repeats; k++) {
		double t = bench_now();
		for (unsigned i = 0; i < inner; i++) {
			big_catalogue *cat = NULL;
			if (big_catalogue_load_buffer(&cat, text, len, NULL)) {
				free(text);
				return bench_set_error(r, -2, big_error_last()->message);
			}
			big_catalogue_free(cat);
		}
		a[k] = (bench_now() - t) / inner;
		t = bench_now();
		for (unsigned i = 0; i < inner; i++)
			cJSON_Delete(cJSON_ParseWithLength(text, len));
		b[k] = (bench_now() - t) / inner;
	}
	free(text);
	r->value = bench_median(a, cfg->repeats);
	r->base = bench_median(b, cfg->repeats);
	bench_set_ratio(r, r->value / r->base, 1.5, "<= 1.5");
}

/* The one-time cost of a catalogue's fingerprint (computed when first asked
 * for): load + big_catalogue_fingerprint() against load alone. */
void bench_fingerprint(const struct bench_config *cfg, const struct bench_data *d,
		       struct bench_result *r)
{
	double a[MAX_REPEATS], b[MAX_REPEATS];
	size_t len = 0;
	char *text = catalogue_text(cfg, r, "fingerprint", "the load alone", &len);
	unsigned inner = cfg->quick ? 20 : 50;
	(void)d;

	if (!text)
		return;
	snprintf(r->what, sizeof(r->what), "load + fingerprint (%s)", cfg->catalogue_name);
	for (unsigned k = 0; k < cfg->repeats; k++) {
		for (int with = 1; with >= 0; with--) {
			double t = bench_now();
			for (unsigned i = 0; i < inner; i++) {
				big_catalogue *cat = NULL;
				const char *fp;
				if (big_catalogue_load_buffer(&cat, text, len, NULL) ||
				    (with && big_catalogue_fingerprint(&fp, cat))) {
					big_catalogue_free(cat);
					free(text);
					return bench_set_error(r, -2, big_error_last()->message);
				}
				big_catalogue_free(cat);
			}
			(with ? a : b)[k] = (bench_now() - t) / inner;
		}
	}
	free(text);
	r->value = bench_median(a, cfg->repeats);
	r->base = bench_median(b, cfg->repeats);
	bench_set_ratio(r, r->value / r->base, 2.5, "<= 2.5");
}

void bench_full_job(const struct bench_config *cfg, const struct bench_data *d,
		    struct bench_result *r)
{
	double a[MAX_REPEATS], b[MAX_REPEATS];
	const struct bench_files *f = &d->files;
	size_t bytes = 0;

	r->id = "load_score_serialise";
	snprintf(r->what, sizeof(r->what), "load + score + serialise, %zu assessments (%.1f MB)",
		 f->count, (double)f->bytes / 1e6);
	snprintf(r->against, sizeof(r->against), "bare cJSON parse of the same files");
	for (unsigned k = 0; k <= cfg->repeats; k++) { /* the first run warms the page cache */
		double t = bench_now();
		for (size_t i = 0; i < f->count; i++)
			if (bench_job_file(d->cat, f->paths[i], &bytes))
				return bench_set_error(r, -2, big_error_last()->message);
		double ta = bench_now() - t;
		t = bench_now();
		for (size_t i = 0; i < f->count; i++)
			if (bench_parse_file(f->paths[i]))
				return bench_set_error(r, -2, "cJSON cannot parse an assessment");
		if (k > 0) {
			a[k - 1] = ta;
			b[k - 1] = bench_now() - t;
		}
	}
	r->value = bench_median(a, cfg->repeats);
	r->base = bench_median(b, cfg->repeats);
	bench_set_ratio(r, r->value / r->base, 2.0, "<= 2");
}

void bench_scoring(const struct bench_config *cfg, const struct bench_data *d,
		   struct bench_result *r)
{
	double a[MAX_REPEATS];
	const struct bench_files *f = &d->files;
	big_assessment **held = calloc(f->count, sizeof(*held));
	size_t results = 0;

	r->id = "scoring";
	snprintf(r->what, sizeof(r->what), "scoring in memory, %zu assessments", f->count);
	if (!held)
		return bench_set_error(r, -2, "out of memory");
	for (size_t i = 0; i < f->count; i++) {
		big_report *rep = NULL;
		if (big_assessment_load_file(&held[i], d->cat, f->paths[i], NULL) ||
		    big_score(&rep, held[i], NULL)) {
			bench_set_error(r, -2, big_error_last()->message);
			goto out;
		}
		results += big_report_overall(rep)->applicable;
		big_report_free(rep);
	}
	snprintf(r->detail, sizeof(r->detail), "%zu requirement results", results);
	for (unsigned k = 0; k < cfg->repeats; k++) {
		double t = bench_now();
		for (size_t i = 0; i < f->count; i++) {
			big_report *rep = NULL;
			big_score(&rep, held[i], NULL);
			big_report_free(rep);
		}
		a[k] = (bench_now() - t) / (double)results;
	}
	r->value = bench_median(a, cfg->repeats);
	bench_set_ratio(r, r->value, 50, "<= 50 ns");
out:
	for (size_t i = 0; i < f->count; i++)
		big_assessment_free(held[i]);
	free(held);
}

int bench_texts_make(struct bench_texts *t, const struct bench_config *cfg,
		     const big_catalogue *cat, size_t n)
{
	struct synth_options o = {cfg->seed, n, SYNTH_DEFAULT_PERIODS};
	synth *s = NULL;
	char err[128];

	t->n = 0;
	t->text = calloc(n, sizeof(*t->text));
	t->len = calloc(n, sizeof(*t->len));
	if (!t->text || !t->len || synth_new(&s, cat, &o, err, sizeof(err)))
		return -1;
	for (size_t i = 0; i < n; i++, t->n++)
		if (!(t->text[i] = synth_municipality_json(s, i, o.periods - 1, &t->len[i])))
			break;
	synth_free(s);
	return t->n == n ? 0 : -1;
}

void bench_texts_free(struct bench_texts *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->text[i]);
	free(t->text);
	free(t->len);
}

void bench_scaling(const struct bench_config *cfg, const struct bench_data *d,
		   struct bench_result *r)
{
	static const size_t sizes[] = {340, 3400, 34000};
	enum { N = sizeof(sizes) / sizeof(sizes[0]) };
	struct bench_texts t[N];
	double a[N][MAX_REPEATS], med[N];
	size_t bytes = 0;

	r->id = "scaling";
	snprintf(r->what, sizeof(r->what), "load + score + serialise per organisation, one period");
	memset(t, 0, sizeof(t));
	for (size_t s = 0; s < N; s++)
		if (bench_texts_make(&t[s], cfg, d->cat, sizes[s])) {
			bench_set_error(r, -2, "out of memory generating the data");
			goto out;
		}
	/* Each sample covers at least SAMPLE_MIN documents (the 340 are done
	 * ten times over), so that the short run is not the one a noisy
	 * neighbour can tip: the cost per organisation is what is compared. */
	enum { SAMPLE_MIN = 3400 };
	for (unsigned k = 0; k < cfg->repeats; k++)
		for (size_t s = 0; s < N; s++) {
			size_t passes =
			    t[s].n < SAMPLE_MIN ? (SAMPLE_MIN + t[s].n - 1) / t[s].n : 1;
			double t0 = bench_now();
			for (size_t p = 0; p < passes; p++)
				for (size_t i = 0; i < t[s].n; i++)
					if (bench_job_buffer(d->cat, t[s].text[i], t[s].len[i],
							     &bytes)) {
						bench_set_error(r, -2, big_error_last()->message);
						goto out;
					}
			a[s][k] = (bench_now() - t0) / (double)(t[s].n * passes);
		}
	double lo = 0, hi = 0;
	for (size_t s = 0; s < N; s++) {
		med[s] = bench_median(a[s], cfg->repeats);
		lo = s == 0 || med[s] < lo ? med[s] : lo;
		hi = s == 0 || med[s] > hi ? med[s] : hi;
	}
	r->value = med[0];
	snprintf(r->detail, sizeof(r->detail), "%.0f / %.0f / %.0f us at 340 / 3 400 / 34 000",
		 med[0] / 1e3, med[1] / 1e3, med[2] / 1e3);
	bench_set_ratio(r, hi / lo, 1.2, "<= 1.2");
	snprintf(r->against, sizeof(r->against), "slowest / fastest");
out:
	for (size_t s = 0; s < N; s++)
		bench_texts_free(&t[s]);
}

void bench_python(const struct bench_config *cfg, const struct bench_data *d,
		  struct bench_result *r)
{
	double a[MAX_REPEATS], b[MAX_REPEATS], ia[MAX_REPEATS], ib[MAX_REPEATS];
	char *cargv[] = {(char *)cfg->self, "--job", d->dir, NULL};
	char *pargv[] = {(char *)cfg->python, (char *)cfg->python_script, d->dir, NULL};
	char cout[128], pout[128];

	r->id = "python_vs_c";
	snprintf(r->what, sizeof(r->what), "Python binding, end to end, %zu assessments",
		 d->files.count);
	snprintf(r->against, sizeof(r->against), "C program, same job");
	if (!cfg->python || !cfg->python_path)
		return bench_set_error(r, -1, "the Python binding is not built");
	for (unsigned k = 0; k <= cfg->repeats; k++) { /* the first run checks the outputs */
		unsigned at = k ? k - 1 : 0;
		size_t cn, pn, bytes;
		if (bench_run(cargv, NULL, cout, sizeof(cout), &b[at]) ||
		    sscanf(cout, "%zu %zu %lf", &cn, &bytes, &ib[at]) != 3)
			return bench_set_error(r, -2, "the C job failed");
		if (bench_run(pargv, cfg->python_path, pout, sizeof(pout), &a[at]) ||
		    sscanf(pout, "%zu %zu %lf", &pn, &bytes, &ia[at]) != 3)
			return bench_set_error(r, -2, "the Python job failed (see stderr)");
		if (cn != pn) /* the same reports (characters and bytes differ in UTF-8) */
			return bench_set_error(r, -2, "the Python job did not do the C job");
	}
	r->value = bench_median(a, cfg->repeats);
	r->base = bench_median(b, cfg->repeats);
	double pi = bench_median(ia, cfg->repeats), ci = bench_median(ib, cfg->repeats);
	snprintf(r->detail, sizeof(r->detail), "without start-up: %.3f s vs %.3f s, %.2f", pi, ci,
		 pi / ci);
	bench_set_ratio(r, r->value / r->base, 1.5, "<= 1.5");
}

void bench_memory(const struct bench_config *cfg, const struct bench_data *d,
		  struct bench_result *r)
{
	char *held[] = {(char *)cfg->self, "--hold", d->dir, NULL};
	char *base[] = {(char *)cfg->self, "--hold", d->dir, "--baseline", NULL};
	double a[MAX_REPEATS], b[MAX_REPEATS], ns;
	unsigned n = cfg->repeats < 3 ? cfg->repeats : 3; /* the peak hardly varies */

	r->id = "peak_memory";
	r->unit = BENCH_BYTES;
	snprintf(r->what, sizeof(r->what), "peak memory, %zu assessments held", d->files.count);
	snprintf(r->against, sizeof(r->against), "input bytes");
	for (unsigned k = 0; k < n; k++) {
		char out_held[128], out_base[128];
		size_t files, bytes;
		long kb_held = -1, kb_base = -1;
		if (bench_run(held, NULL, out_held, sizeof(out_held), &ns) ||
		    bench_run(base, NULL, out_base, sizeof(out_base), &ns) ||
		    sscanf(out_held, "%zu %zu %ld", &files, &bytes, &kb_held) != 3 ||
		    sscanf(out_base, "%zu %zu %ld", &files, &bytes, &kb_base) != 3 || kb_held < 0 ||
		    kb_base < 0)
			return bench_set_error(r, -2, "the child process failed or has no VmHWM");
		a[k] = (double)(kb_held - kb_base) * 1024;
		b[k] = (double)kb_base * 1024;
	}
	r->value = bench_median(a, n);
	r->base = (double)d->files.bytes;
	snprintf(r->detail, sizeof(r->detail), "above a baseline of %.1f MB",
		 bench_median(b, n) / 1e6);
	bench_set_ratio(r, r->value / r->base, 3.0, "<= 3");
}
