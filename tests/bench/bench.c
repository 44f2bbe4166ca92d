/*
 * big-bench — measures the figures of SPEC §8 on the synthetic national data
 * set (examples/synth/) and prints their medians next to the targets, as a
 * Markdown table to paste into docs/performance.md, or as JSON.
 *
 * Not a test: build with meson, run by hand (docs/performance.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "synth.h"

#ifndef BENCH_PYTHON
#define BENCH_PYTHON NULL
#endif
#ifndef BENCH_PYTHONPATH
#define BENCH_PYTHONPATH NULL
#endif

static void usage(FILE *f)
{
	fprintf(
	    f,
	    "Usage: big-bench [--quick] [--repeats N] [--rounds N] [--seed N] [--only IDS]\n"
	    "                 [--python PATH] [--json]\n"
	    "\n"
	    "Writes the synthetic national data set (bigsynth: 340 municipalities x 5\n"
	    "periods against BIO2 1.2) into a temporary folder and measures the figures\n"
	    "of SPEC section 8, each the median of N repeats, in each of R rounds over\n"
	    "the measures (the round with the median figure is shown), next to its\n"
	    "target:\n"
	    "  catalogue load vs bare cJSON parse of the same bytes      <= 1.5\n"
	    "  load + score + serialise every assessment vs bare cJSON   <= 2\n"
	    "  scoring in memory, per requirement result                 <= 50 ns\n"
	    "  time per organisation at 340 / 3 400 / 34 000, max/min    <= 1.2\n"
	    "  Python binding vs this C program on the same job          <= 1.5\n"
	    "  peak memory with every assessment loaded vs input bytes   <= 3\n"
	    "and three of loading:\n"
	    "  an assessment with one JSON escape vs the same without    <= 1.1\n"
	    "  reading a document's head vs loading it                   <= 0.6\n"
	    "  load + score: throughput on 2 threads vs 1 thread         >= 1.8\n"
	    "\n"
	    "Options:\n"
	    "  --quick        3 repeats, 1 round and shorter inner loops (default: 7\n"
	    "                 repeats, 3 rounds)\n"
	    "  --repeats N    repeats per measure, 1..64\n"
	    "  --rounds N     rounds over the measures, 1..%u: a noisy neighbour that\n"
	    "                 slows one round does not decide the figure\n"
	    "  --seed N       seed of the data set (default %u)\n"
	    "  --python PATH  Python interpreter for the binding (default: the one the\n"
	    "                 binding was built with%s)\n"
	    "  --only IDS     only these measures (comma-separated ids: catalogue_load,\n"
	    "                 fingerprint, load_score_serialise, scoring, scaling, python_vs_c,\n"
	    "                 peak_memory, escaped_load, head_read, two_threads)\n"
	    "  --json         machine-readable output\n"
	    "  -h, --help     this text\n"
	    "\n"
	    "Child modes, run by big-bench itself (DIR as written by bigsynth):\n"
	    "  --job DIR               load + score + serialise assessments/*/GM*.json\n"
	    "  --hold DIR [--baseline] the same with every assessment kept loaded\n"
	    "\n"
	    "Exit status: 0 every figure measured (PASS or MISS), 1 a measure failed,\n"
	    "2 bad usage.\n",
	    BENCH_MAX_ROUNDS, SYNTH_DEFAULT_SEED, BENCH_PYTHON ? "" : "; not built here");
}

static void format_value(char *buf, size_t size, double v, enum bench_unit unit)
{
	if (unit == BENCH_BYTES)
		snprintf(buf, size, "%.1f MB", v / 1e6);
	else if (v < 1e3)
		snprintf(buf, size, "%.1f ns", v);
	else if (v < 1e6)
		snprintf(buf, size, "%.1f us", v / 1e3);
	else if (v < 1e9)
		snprintf(buf, size, "%.2f ms", v / 1e6);
	else
		snprintf(buf, size, "%.3f s", v / 1e9);
}

static const char *status_name(int status)
{
	switch (status) {
	case 1:
		return "PASS";
	case 0:
		return "MISS";
	case -1:
		return "SKIP";
	default:
		return "ERROR";
	}
}

static void print_table(const struct bench_result *res, size_t n)
{
	puts("| measure | median | compared with | median | ratio | target | result |");
	puts("|---|--:|---|--:|--:|--:|---|");
	for (size_t i = 0; i < n; i++) {
		const struct bench_result *r = &res[i];
		char v[32] = "", b[32] = "", ratio[32] = "";
		if (r->status >= 0) {
			format_value(v, sizeof(v), r->value, r->unit);
			if (r->against[0] && r->base > 0)
				format_value(b, sizeof(b), r->base, r->unit);
			snprintf(ratio, sizeof(ratio), strchr(r->target, 'n') ? "%.1f ns" : "%.2f",
				 r->ratio);
		}
		printf("| %s%s%s%s | %s | %s | %s | %s | %s | %s%s%s |\n", r->what,
		       r->detail[0] ? " (" : "", r->detail, r->detail[0] ? ")" : "", v, r->against,
		       b, ratio, r->target, status_name(r->status), r->note[0] ? ": " : "",
		       r->note);
	}
}

static void json_string(const char *s)
{
	putchar('"');
	for (; *s; s++)
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			printf("\\u%04x", (unsigned char)*s);
		else
			putchar(*s);
	putchar('"');
}

static void print_json(const struct bench_result *res, size_t n)
{
	puts(",\n  \"measures\": [");
	for (size_t i = 0; i < n; i++) {
		const struct bench_result *r = &res[i];
		printf("    {\"id\": \"%s\", \"what\": ", r->id);
		json_string(r->what);
		printf(", \"detail\": ");
		json_string(r->detail);
		printf(", \"unit\": \"%s\", \"median\": %.6g, \"against\": ",
		       r->unit == BENCH_BYTES ? "bytes" : "ns", r->value);
		json_string(r->against);
		printf(", \"against_median\": %.6g, \"ratio\": %.6g, \"limit\": %g, \"result\": "
		       "\"%s\", \"note\": ",
		       r->base, r->ratio, r->limit, status_name(r->status));
		json_string(r->note);
		printf("}%s\n", i + 1 < n ? "," : "");
	}
	puts("  ]\n}");
}

static const struct {
	const char *id;
	void (*run)(const struct bench_config *, const struct bench_data *, struct bench_result *);
} measures[] = {
    {"catalogue_load", bench_catalogue_load},
    {"fingerprint", bench_fingerprint},
    {"load_score_serialise", bench_full_job},
    {"scoring", bench_scoring},
    {"scaling", bench_scaling},
    {"python_vs_c", bench_python},
    {"peak_memory", bench_memory},
    {"escaped_load", bench_escaped_load},
    {"head_read", bench_head_read},
    {"two_threads", bench_two_threads},
};

/* Of the results @of (one per round) of a measure, the one whose figure is
 * the median (the lower middle of an even number); a failed round wins, so
 * that it is reported. */
static struct bench_result median_round(const struct bench_result *of, unsigned rounds)
{
	unsigned order[BENCH_MAX_ROUNDS];
	for (unsigned k = 0; k < rounds; k++) {
		if (of[k].status == -2)
			return of[k];
		unsigned j = k;
		for (; j > 0 && of[order[j - 1]].ratio > of[k].ratio; j--)
			order[j] = order[j - 1];
		order[j] = k;
	}
	return of[order[(rounds - 1) / 2]];
}

/* Whether @id is in the comma-separated list @only (NULL: every measure). */
static bool selected(const char *only, const char *id)
{
	size_t n = strlen(id);
	for (const char *p = only; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (strncmp(p, id, n) == 0 && (p[n] == ',' || p[n] == 0))
			return true;
	return only == NULL;
}

static int write_data(struct bench_data *d, const struct bench_config *cfg)
{
	struct synth_options o = {cfg->seed, SYNTH_DEFAULT_ORGANISATIONS, SYNTH_DEFAULT_PERIODS};
	synth *s = NULL;
	char err[128];
	int rc = -1;

	if (big_catalogue_builtin(&d->cat, "bio2-1.2"))
		fprintf(stderr, "big-bench: %s\n", big_error_last()->message);
	else if (!(d->dir = bench_tmpdir()))
		fprintf(stderr, "big-bench: cannot create a temporary folder: %s\n",
			strerror(errno));
	else if (synth_new(&s, d->cat, &o, err, sizeof(err)))
		fprintf(stderr, "big-bench: %s\n", err);
	else if (synth_write_tree(s, d->dir, stderr, NULL, NULL) == 0 &&
		 bench_files_list(&d->files, d->dir) == 0)
		rc = 0;
	synth_free(s);
	return rc;
}

/* The interpreter itself rather than a wrapper such as a pyenv shim, whose
 * own start-up (half a second) is not the binding's: sys.executable. */
static const char *real_python(const char *python)
{
	static char path[4096];
	char *argv[] = {(char *)python, "-c", "import sys; print(sys.executable)", NULL};
	double ns;
	if (!python || bench_run(argv, NULL, path, sizeof(path), &ns))
		return python;
	path[strcspn(path, "\r\n")] = 0;
	return path[0] == '/' && access(path, X_OK) == 0 ? path : python;
}

static int number(const char *s, uint64_t *out, uint64_t min, uint64_t max)
{
	char *end;
	if (!s || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

static int usage_error(const char *what)
{
	fprintf(stderr, "big-bench: %s\nTry 'big-bench --help'.\n", what);
	return 2;
}

int main(int argc, char **argv)
{
	struct bench_config cfg = {
	    SYNTH_DEFAULT_SEED, 7,    false,           BENCH_PYTHON, BENCH_PYTHONPATH,
	    BENCH_PY_SCRIPT,    NULL, BENCH_CATALOGUE, "bio2 1.2"};
	bool json = false, repeats_set = false, rounds_set = false;
	unsigned rounds = 3;
	const char *only = NULL;
	uint64_t v;
	static char self[4096];

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *next = i + 1 < argc ? argv[i + 1] : NULL;
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			return 0;
		} else if (strcmp(a, "--job") == 0 && next) {
			return bench_child_job(next);
		} else if (strcmp(a, "--hold") == 0 && next) {
			return bench_child_hold(next, i + 2 < argc &&
							  strcmp(argv[i + 2], "--baseline") == 0);
		} else if (strcmp(a, "--quick") == 0) {
			cfg.quick = true;
		} else if (strcmp(a, "--json") == 0) {
			json = true;
		} else if (strcmp(a, "--repeats") == 0) {
			if (number(next, &v, 1, 64))
				return usage_error("--repeats needs a number 1..64");
			cfg.repeats = (unsigned)v;
			i++;
			repeats_set = true;
		} else if (strcmp(a, "--rounds") == 0) {
			if (number(next, &v, 1, BENCH_MAX_ROUNDS))
				return usage_error("--rounds needs a number 1..9");
			rounds = (unsigned)v;
			i++;
			rounds_set = true;
		} else if (strcmp(a, "--seed") == 0) {
			if (number(next, &v, 0, UINT64_MAX))
				return usage_error("--seed needs a number");
			cfg.seed = v;
			i++;
		} else if (strcmp(a, "--only") == 0 && next) {
			only = argv[++i];
		} else if (strcmp(a, "--python") == 0 && next) {
			cfg.python = argv[++i];
		} else {
			fprintf(stderr, "big-bench: unknown option or missing value: '%s'\n", a);
			return usage_error("see the usage");
		}
	}
	if (cfg.quick && !repeats_set)
		cfg.repeats = 3;
	if (cfg.quick && !rounds_set)
		rounds = 1;
	cfg.python = real_python(cfg.python);
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	cfg.self = n > 0 ? (self[n] = 0, self) : argv[0];

	struct bench_data d = {NULL, {NULL, 0, 0}, NULL};
	static struct bench_result runs[BENCH_MAX_RESULTS][BENCH_MAX_ROUNDS];
	struct bench_result res[BENCH_MAX_RESULTS];
	size_t nres = 0;
	memset(res, 0, sizeof(res));
	if (write_data(&d, &cfg)) {
		if (d.dir)
			bench_rmtree(d.dir);
		return 1;
	}

	char cpu[128];
	bench_cpu_model(cpu, sizeof(cpu));
	if (json) {
		printf("{\n  \"libbig\": \"%s\", \"cpu\": ", big_version(NULL, NULL, NULL));
		json_string(cpu);
		printf(", \"cpus\": %ld, \"build\": \"%s\", \"seed\": %" PRIu64
		       ", \"organisations\": %u, \"periods\": %u, \"repeats\": %u, \"rounds\": %u",
		       bench_cpu_count(), BENCH_BUILD, cfg.seed, SYNTH_DEFAULT_ORGANISATIONS,
		       SYNTH_DEFAULT_PERIODS, cfg.repeats, rounds);
		printf(", \"python\": ");
		json_string(cfg.python ? cfg.python : "");
	} else {
		printf("big-bench, libbig %s: seed %" PRIu64
		       ", %u municipalities x %u periods, medians of %u repeats, the median of "
		       "%u round%s.\n"
		       "Machine: %s, %ld CPUs; build: %s; Python: %s.\n\n",
		       big_version(NULL, NULL, NULL), cfg.seed, SYNTH_DEFAULT_ORGANISATIONS,
		       SYNTH_DEFAULT_PERIODS, cfg.repeats, rounds, rounds == 1 ? "" : "s", cpu,
		       bench_cpu_count(), BENCH_BUILD, cfg.python ? cfg.python : "none");
	}
	fflush(stdout);

	/* Round by round over the measures, so that each measure's rounds are
	 * spread over the whole run rather than taken back to back. */
	for (unsigned k = 0; k < rounds; k++) {
		nres = 0;
		for (size_t i = 0; i < sizeof(measures) / sizeof(measures[0]); i++)
			if (selected(only, measures[i].id)) {
				memset(&runs[nres][k], 0, sizeof(runs[nres][k]));
				measures[i].run(&cfg, &d, &runs[nres++][k]);
			}
	}
	for (size_t j = 0; j < nres; j++)
		res[j] = median_round(runs[j], rounds);

	if (json)
		print_json(res, nres);
	else
		print_table(res, nres);

	int rc = 0;
	for (size_t i = 0; i < nres; i++)
		if (res[i].status == -2)
			rc = 1;
	bench_rmtree(d.dir);
	free(d.dir);
	bench_files_free(&d.files);
	big_catalogue_free(d.cat);
	return rc;
}
