/*
 * big-bench — the job being measured: load + score + serialise one
 * assessment, its bare cJSON counterpart, and the child modes.
 *
 * SPDX-License-Identifier: MIT
 */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bench.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the sorted entries of @dir accepted by @want to @f. */
static int add_sorted(struct bench_files *f, size_t *cap, const char *dir,
		      int (*want)(const char *name), int with_path)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t first = f->count;

	if (!d)
		return -1;
	while ((e = readdir(d))) {
		if (!want(e->d_name))
			continue;
		if (f->count == *cap) {
			*cap = *cap ? *cap * 2 : 256;
			char **p = realloc(f->paths, *cap * sizeof(*p));
			if (!p)
				break;
			f->paths = p;
		}
		char *p = malloc(strlen(dir) + strlen(e->d_name) + 2);
		if (!p)
			break;
		if (with_path)
			sprintf(p, "%s/%s", dir, e->d_name);
		else
			strcpy(p, e->d_name);
		f->paths[f->count++] = p;
	}
	closedir(d);
	qsort(f->paths + first, f->count - first, sizeof(*f->paths), cmp_str);
	return 0;
}

static int is_period(const char *name)
{
	return name[0] != '.';
}

static int is_municipality(const char *name)
{
	size_t n = strlen(name);
	return strncmp(name, "GM", 2) == 0 && n > 5 && strcmp(name + n - 5, ".json") == 0;
}

int bench_files_list(struct bench_files *out, const char *dir)
{
	struct bench_files periods = {NULL, 0, 0};
	size_t pcap = 0, cap = 0;
	char *adir = malloc(strlen(dir) + 16);
	int rc = -1;

	*out = (struct bench_files){NULL, 0, 0};
	if (!adir)
		return -1;
	sprintf(adir, "%s/assessments", dir);
	if (add_sorted(&periods, &pcap, adir, is_period, 1))
		goto done;
	for (size_t p = 0; p < periods.count; p++)
		if (add_sorted(out, &cap, periods.paths[p], is_municipality, 1))
			goto done;
	for (size_t i = 0; i < out->count; i++) {
		struct stat st;
		if (stat(out->paths[i], &st))
			goto done;
		out->bytes += (size_t)st.st_size;
	}
	rc = out->count ? 0 : -1;
done:
	bench_files_free(&periods);
	free(adir);
	return rc;
}

void bench_files_free(struct bench_files *f)
{
	for (size_t i = 0; i < f->count; i++)
		free(f->paths[i]);
	free(f->paths);
	*f = (struct bench_files){NULL, 0, 0};
}

static int score_and_write(big_assessment *a, size_t *bytes)
{
	big_report *r = NULL;
	char *text = NULL;
	size_t len = 0;
	int rc = big_score(&r, a, NULL);
	if (rc == 0)
		rc = big_report_to_json(&text, &len, r, 0);
	*bytes += len;
	big_free(text);
	big_report_free(r);
	return rc;
}

int bench_job_file(const big_catalogue *cat, const char *path, size_t *bytes)
{
	big_assessment *a = NULL;
	int rc = big_assessment_load_file(&a, cat, path, NULL);
	if (rc == 0)
		rc = score_and_write(a, bytes);
	big_assessment_free(a);
	return rc;
}

int bench_job_buffer(const big_catalogue *cat, const char *data, size_t len, size_t *bytes)
{
	big_assessment *a = NULL;
	int rc = big_assessment_load_buffer(&a, cat, data, len, NULL);
	if (rc == 0)
		rc = score_and_write(a, bytes);
	big_assessment_free(a);
	return rc;
}

int bench_parse_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	char *text = NULL;
	int rc = -1;

	if (!f)
		return -1;
	if (fstat(fileno(f), &st) == 0 && (text = malloc((size_t)st.st_size + 1)) &&
	    fread(text, 1, (size_t)st.st_size, f) == (size_t)st.st_size) {
		cJSON *root = cJSON_ParseWithLength(text, (size_t)st.st_size);
		rc = root ? 0 : -1;
		cJSON_Delete(root);
	}
	free(text);
	fclose(f);
	return rc;
}

long bench_peak_kb(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kb = -1;
	while (f && fgets(line, sizeof(line), f))
		if (strncmp(line, "VmHWM:", 6) == 0)
			kb = strtol(line + 6, NULL, 10);
	if (f)
		fclose(f);
	return kb;
}

int bench_child_job(const char *dir)
{
	struct bench_files files;
	big_catalogue *cat = NULL;
	size_t bytes = 0;

	if (bench_files_list(&files, dir) || big_catalogue_builtin(&cat, "bio2-1.2"))
		return 1;
	double t = bench_now();
	for (size_t i = 0; i < files.count; i++)
		if (bench_job_file(cat, files.paths[i], &bytes)) {
			fprintf(stderr, "big-bench: %s\n", big_error_last()->message);
			return 1;
		}
	printf("%zu %zu %.6f\n", files.count, bytes, (bench_now() - t) / 1e9);
	big_catalogue_free(cat);
	bench_files_free(&files);
	return 0;
}

int bench_child_hold(const char *dir, bool baseline)
{
	struct bench_files files;
	big_catalogue *cat = NULL;
	size_t bytes = 0;

	if (bench_files_list(&files, dir) || big_catalogue_builtin(&cat, "bio2-1.2"))
		return 1;
	big_assessment **held = calloc(files.count, sizeof(*held));
	if (!held)
		return 1;
	for (size_t i = 0; !baseline && i < files.count; i++)
		if (big_assessment_load_file(&held[i], cat, files.paths[i], NULL)) {
			fprintf(stderr, "big-bench: %s\n", big_error_last()->message);
			return 1;
		}
	for (size_t i = 0; !baseline && i < files.count; i++)
		if (score_and_write(held[i], &bytes))
			return 1;
	/* The peak of this process image: ru_maxrss would also count what the
	 * parent had before exec. */
	printf("%zu %zu %ld\n", baseline ? 0 : files.count, bytes, bench_peak_kb());
	for (size_t i = 0; i < files.count; i++)
		big_assessment_free(held[i]);
	free(held);
	big_catalogue_free(cat);
	bench_files_free(&files);
	return 0;
}
