/*
 * big-bench — the benchmark of SPEC §8 (not a test; see docs/performance.md).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BENCH_H
#define BENCH_H

#include <big.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- clock, statistics, processes (bench-sys.c) ---- */

/* Monotonic time in nanoseconds. */
double bench_now(void);
/* Median of @n values (sorts them). */
double bench_median(double *v, size_t n);
/* Runs @argv (with PYTHONPATH=@pythonpath prepended when not NULL), stdout
 * into @out (size @size, NUL-terminated; may be NULL). Wall time in *ns.
 * 0 when it exited with 0. */
int bench_run(char *const argv[], const char *pythonpath, char *out, size_t size, double *ns);
/* "AMD EPYC 7B13" from /proc/cpuinfo, or "unknown". */
void bench_cpu_model(char *buf, size_t size);
long bench_cpu_count(void);
/* A fresh folder below $TMPDIR (or /tmp); removes it with everything in it. */
char *bench_tmpdir(void);
void bench_rmtree(const char *dir);

/* ---- the jobs (bench-job.c) ---- */

/* The municipalities' assessments bigsynth wrote below @dir:
 * assessments/<period>/GM*.json, in sorted order. */
struct bench_files {
	char **paths;
	size_t count;
	size_t bytes; /* total size */
};
int bench_files_list(struct bench_files *out, const char *dir);
void bench_files_free(struct bench_files *f);

/* Loads, scores and serialises one assessment (then frees everything);
 * adds the report's length to *bytes. 0 or a BIG_E… code. */
int bench_job_file(const big_catalogue *cat, const char *path, size_t *bytes);
int bench_job_buffer(const big_catalogue *cat, const char *data, size_t len, size_t *bytes);
/* Reads and parses @path with bare cJSON; 0 or -1. */
int bench_parse_file(const char *path);

/* The child modes of big-bench (also usable by hand):
 *   --job DIR              load + score + serialise every file; prints
 *                          "<files> <report bytes> <seconds of the loop>"
 *   --hold DIR [--baseline] load every file and keep it loaded, then score
 *                          and serialise each; --baseline stops before loading;
 *                          prints "<files> <report bytes> <peak KiB>" */
int bench_child_job(const char *dir);
/* Peak resident set of this process image in KiB (VmHWM), or -1. */
long bench_peak_kb(void);
int bench_child_hold(const char *dir, bool baseline);

/* ---- the measures of SPEC §8 (bench-measure.c) ---- */

struct bench_config {
	uint64_t seed;
	unsigned repeats;
	bool quick;
	const char *python;         /* interpreter; NULL: no Python measure */
	const char *python_path;    /* PYTHONPATH of the built binding; NULL: not built */
	const char *python_script;  /* tests/bench/bench.py */
	const char *self;           /* this program, for the child processes */
	const char *catalogue_path; /* the bio2 catalogue as a file */
	const char *catalogue_name; /* "bio2 1.2" */
};

enum bench_unit { BENCH_NS, BENCH_BYTES };

/* One line of the output: a median, what it is compared with, the target. */
struct bench_result {
	const char *id; /* machine-readable name */
	char what[96];  /* what was measured */
	enum bench_unit unit;
	double value;     /* median (ns or bytes) */
	char against[64]; /* what it is compared with; "" when nothing */
	double base;      /* median of the comparison */
	char detail[96];  /* extra figures, e.g. per size */
	double ratio;     /* the figure compared with the target */
	char target[16];  /* "<= 1.5", "<= 50 ns", ">= 1.8" */
	double limit;     /* ratio <= limit passes (ratio >= limit for a target ">= …") */
	int status;       /* 1 PASS, 0 MISS, -1 SKIP, -2 ERROR */
	char note[96];    /* why skipped or failed */
};

#define BENCH_MAX_RESULTS 10
#define BENCH_MAX_ROUNDS  9

struct bench_data {
	char *dir;                /* the data set written by synth */
	struct bench_files files; /* its municipalities' assessments */
	big_catalogue *cat;
};

/* The figure of @r compared with its target, e.g. "<= 1.5" (ratio <= limit
 * passes) or ">= 1.8" (ratio >= limit passes). */
void bench_set_ratio(struct bench_result *r, double ratio, double limit, const char *target);
/* @r failed (status -2) or was skipped (-1), for the reason @note. */
void bench_set_error(struct bench_result *r, int status, const char *note);

/* The documents of the last period of a data set of @n organisations,
 * generated in memory (malloc). */
struct bench_texts {
	char **text;
	size_t *len;
	size_t n;
};
int bench_texts_make(struct bench_texts *t, const struct bench_config *cfg,
		     const big_catalogue *cat, size_t n);
void bench_texts_free(struct bench_texts *t);

void bench_fingerprint(const struct bench_config *cfg, const struct bench_data *d,
		       struct bench_result *r);
void bench_catalogue_load(const struct bench_config *cfg, const struct bench_data *d,
			  struct bench_result *r);
void bench_head_read(const struct bench_config *cfg, const struct bench_data *d,
		     struct bench_result *r);
void bench_full_job(const struct bench_config *cfg, const struct bench_data *d,
		    struct bench_result *r);
void bench_scoring(const struct bench_config *cfg, const struct bench_data *d,
		   struct bench_result *r);
void bench_scaling(const struct bench_config *cfg, const struct bench_data *d,
		   struct bench_result *r);
void bench_python(const struct bench_config *cfg, const struct bench_data *d,
		  struct bench_result *r);
void bench_memory(const struct bench_config *cfg, const struct bench_data *d,
		  struct bench_result *r);

/* ---- the measures of loading (bench-load.c) ---- */

void bench_escaped_load(const struct bench_config *cfg, const struct bench_data *d,
			struct bench_result *r);
void bench_two_threads(const struct bench_config *cfg, const struct bench_data *d,
		       struct bench_result *r);

#endif /* BENCH_H */
