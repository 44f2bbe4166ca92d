/*
 * big-bench — clock, medians, child processes, machine facts, temp folders.
 *
 * SPDX-License-Identifier: MIT
 */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

double bench_median(double *v, size_t n)
{
	if (n == 0)
		return 0;
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int bench_run(char *const argv[], const char *pythonpath, char *out, size_t size, double *ns)
{
	int fd[2];
	if (pipe(fd))
		return -1;
	double t0 = bench_now();
	pid_t pid = fork();
	if (pid < 0) {
		close(fd[0]);
		close(fd[1]);
		return -1;
	}
	if (pid == 0) {
		dup2(fd[1], 1);
		close(fd[0]);
		close(fd[1]);
		if (pythonpath) {
			const char *old = getenv("PYTHONPATH");
			char *v = malloc(strlen(pythonpath) + (old ? strlen(old) : 0) + 2);
			if (v) {
				sprintf(v, "%s%s%s", pythonpath, old && *old ? ":" : "",
					old ? old : "");
				setenv("PYTHONPATH", v, 1);
			}
		}
		execv(argv[0], argv);
		fprintf(stderr, "big-bench: %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	close(fd[1]);
	size_t n = 0;
	char sink[4096];
	for (;;) {
		char *to = out && n + 1 < size ? out + n : sink;
		size_t room = out && n + 1 < size ? size - 1 - n : sizeof(sink);
		ssize_t k = read(fd[0], to, room);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		if (to != sink)
			n += (size_t)k;
	}
	close(fd[0]);
	if (out && size)
		out[n] = 0;
	int status = 0;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	*ns = bench_now() - t0;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

void bench_cpu_model(char *buf, size_t size)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[512];

	snprintf(buf, size, "unknown");
	while (f && fgets(line, sizeof(line), f)) {
		char *colon = strchr(line, ':');
		if (strncmp(line, "model name", 10) == 0 && colon) {
			colon += 1 + strspn(colon + 1, " \t");
			colon[strcspn(colon, "\n")] = 0;
			snprintf(buf, size, "%s", colon);
			break;
		}
	}
	if (f)
		fclose(f);
}

long bench_cpu_count(void)
{
	return sysconf(_SC_NPROCESSORS_ONLN);
}

char *bench_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *path = malloc(strlen(base && *base ? base : "/tmp") + 32);
	if (!path)
		return NULL;
	sprintf(path, "%s/big-bench-XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(path)) {
		free(path);
		return NULL;
	}
	return path;
}

void bench_rmtree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char *p = malloc(strlen(dir) + strlen(e->d_name) + 2);
		struct stat st;
		if (!p)
			break;
		sprintf(p, "%s/%s", dir, e->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			bench_rmtree(p);
		else
			unlink(p);
		free(p);
	}
	if (d)
		closedir(d);
	rmdir(dir);
}
