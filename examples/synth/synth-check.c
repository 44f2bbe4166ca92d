/*
 * synth-check DIR — loads every document bigsynth wrote below DIR with
 * libbig (strict mode) and checks that the data set is what bigsynth
 * promises: file names match the documents, every member of every
 * collaboration has an assessment in every period and an effective
 * assessment can be built for it, every status occurs, maturity is given as
 * levels and as criteria, exceptions are explained (mostly), and the national
 * mean implementation improves period by period. Used by the test
 * `bigsynth-deterministic` (suite examples). Exit status 0 or 1.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PERIODS 64

static int failures;

static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void fail(const char *fmt, ...)
{
	va_list ap;

	fputs("synth-check: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	failures++;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted entries of @dir that do not start with '.'; NULL on error. */
static char **list_dir(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;

	if (!d)
		return NULL;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **more = realloc(names, cap * sizeof(*names));
			if (!more)
				break;
			names = more;
		}
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	if (names)
		qsort(names, n, sizeof(*names), cmp_str);
	*count = n;
	return names ? names : calloc(1, sizeof(*names));
}

static void free_list(char **names, size_t n)
{
	for (size_t i = 0; names && i < n; i++)
		free(names[i]);
	free(names);
}

struct period {
	char *name;
	big_assessment **a; /* in file order */
	size_t count;
	double implementation; /* sum over municipalities (flat roll-up) */
	size_t municipalities;
};

static const big_assessment *find(const struct period *p, const char *id)
{
	for (size_t i = 0; i < p->count; i++)
		if (strcmp(big_assessment_organisation_id(p->a[i]), id) == 0)
			return p->a[i];
	return NULL;
}

static size_t status_seen[BIG_STATUS_COUNT], with_maturity, with_criteria, explained, unexplained,
    werking_shown, werking_not_shown;

static void tally(const big_assessment *a)
{
	const big_catalogue *cat = big_assessment_catalogue(a);
	for (size_t k = 0; k < big_catalogue_requirement_count(cat); k++) {
		const big_result *r =
		    big_assessment_result(a, big_node_id(big_catalogue_requirement(cat, k)));
		if (!r)
			continue;
		big_status st = big_result_status(r);
		status_seen[st]++;
		const big_demonstration *w = big_result_demonstration(r, BIG_DIMENSION_WERKING);
		if (w && big_demonstration_demonstrated(w))
			werking_shown++;
		else if (w)
			werking_not_shown++;
		if (big_result_has_criteria(r))
			with_criteria++;
		else if (big_result_maturity(r) >= 0)
			with_maturity++;
		if (st == BIG_STATUS_NOT_APPLICABLE || st == BIG_STATUS_RISK_ACCEPTED) {
			if (big_result_explanation(r) && *big_result_explanation(r))
				explained++;
			else
				unexplained++;
		}
	}
}

static int load_period(const big_catalogue *cat, const char *dir, struct period *p)
{
	char path[4096];
	size_t n;
	char **files;
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	big_score_options so = BIG_SCORE_OPTIONS_INIT;

	opts.flags = BIG_LOAD_STRICT;
	so.rollup = BIG_ROLLUP_FLAT;
	snprintf(path, sizeof(path), "%s/assessments/%s", dir, p->name);
	if (!(files = list_dir(path, &n)))
		return fail("%s: cannot list", path), -1;
	p->a = calloc(n ? n : 1, sizeof(*p->a));
	for (size_t i = 0; p->a && i < n; i++) {
		snprintf(path, sizeof(path), "%s/assessments/%s/%s", dir, p->name, files[i]);
		big_assessment *a = NULL;
		big_report *r = NULL;
		if (big_assessment_load_file(&a, cat, path, &opts)) {
			fail("%s: %s", path, big_error_last()->message);
			continue;
		}
		p->a[p->count++] = a;
		const char *id = big_assessment_organisation_id(a);
		if (strncmp(files[i], id, strlen(id)) || strcmp(files[i] + strlen(id), ".json"))
			fail("%s: organisation.id is %s", path, id);
		if (strcmp(big_assessment_period(a), p->name))
			fail("%s: period is %s", path, big_assessment_period(a));
		if (big_assessment_diagnostic_count(a))
			fail("%s: %s", path, big_assessment_diagnostic(a, 0)->message);
		tally(a);
		if (strncmp(id, "GM", 2) == 0) {
			if (big_score(&r, a, &so))
				fail("%s: %s", path, big_error_last()->message);
			else if (big_report_overall(r)->has_implementation) {
				p->implementation += big_report_overall(r)->implementation;
				p->municipalities++;
			}
			big_report_free(r);
		}
	}
	free_list(files, n);
	return 0;
}

static void check_collaboration(const big_catalogue *cat, const char *path, struct period *periods,
				size_t np, size_t *kinds, size_t *memberships, size_t orgs)
{
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	big_collaboration *c = NULL;

	opts.flags = BIG_LOAD_STRICT;
	if (big_collaboration_load_file(&c, cat, path, &opts)) {
		fail("%s: %s", path, big_error_last()->message);
		return;
	}
	if (big_collaboration_diagnostic_count(c))
		fail("%s: %s", path, big_collaboration_diagnostic(c, 0)->message);
	size_t members = big_collaboration_member_count(c);
	if (members < 3 || members > 12)
		fail("%s: %zu members, not 3..12", path, members);
	if (big_collaboration_delegated_count(c) == 0)
		fail("%s: delegates nothing", path);
	const char *kind = big_collaboration_kind(c);
	kinds[0] += strcmp(kind, "sociale_dienst") == 0;
	kinds[1] += strcmp(kind, "belastingsamenwerking") == 0;
	kinds[2] += strcmp(kind, "ict") == 0;
	for (size_t p = 0; p < np; p++) {
		const big_assessment *own = find(&periods[p], big_collaboration_id(c));
		if (!own) {
			fail("%s: no own assessment in %s", path, periods[p].name);
			continue;
		}
		for (size_t m = 0; m < members; m++) {
			const char *id = big_collaboration_member_id(c, m);
			const big_assessment *a = find(&periods[p], id);
			big_assessment *eff = NULL;
			size_t k = strtoul(id + 3, NULL, 10);
			if (p == 0 && k >= 1 && k <= orgs)
				memberships[k - 1]++;
			if (!a) {
				fail("%s: member %s has no assessment", path, id);
				continue;
			}
			if (big_effective_assessment(&eff, c, a, own))
				fail("%s: %s", path, big_error_last()->message);
			big_assessment_free(eff);
		}
	}
	big_collaboration_free(c);
}

int main(int argc, char **argv)
{
	big_catalogue *cat = NULL;
	struct period periods[MAX_PERIODS];
	char path[4096];
	size_t np = 0, nc = 0, kinds[3] = {0, 0, 0};

	if (argc != 2) {
		fputs("Usage: synth-check DIR\n", stderr);
		return 2;
	}
	if (big_catalogue_builtin(&cat, "bio2-1.2")) {
		fprintf(stderr, "synth-check: %s\n", big_error_last()->message);
		return 1;
	}
	snprintf(path, sizeof(path), "%s/assessments", argv[1]);
	char **names = list_dir(path, &np);
	if (!names || np == 0 || np > MAX_PERIODS) {
		fprintf(stderr, "synth-check: %s: no periods\n", path);
		return 1;
	}
	for (size_t p = 0; p < np; p++) {
		periods[p] = (struct period){names[p], NULL, 0, 0.0, 0};
		load_period(cat, argv[1], &periods[p]);
	}
	size_t orgs = periods[0].municipalities;
	size_t *memberships = calloc(orgs ? orgs : 1, sizeof(*memberships));
	snprintf(path, sizeof(path), "%s/collaborations", argv[1]);
	char **collabs = list_dir(path, &nc);
	for (size_t j = 0; collabs && j < nc; j++) {
		snprintf(path, sizeof(path), "%s/collaborations/%s", argv[1], collabs[j]);
		check_collaboration(cat, path, periods, np, kinds, memberships, orgs);
	}
	size_t several = 0;
	for (size_t i = 0; memberships && i < orgs; i++)
		several += memberships[i] > 1;

	/* What the data set promises (bigsynth --help, docs/performance.md). */
	for (int st = 0; st < BIG_STATUS_COUNT; st++)
		if (!status_seen[st])
			fail("no result has status %s", big_status_name((big_status)st));
	if (!with_maturity || !with_criteria)
		fail("maturity levels or criteria_met missing");
	if (!werking_shown || !werking_not_shown)
		fail("werking demonstrated and not demonstrated expected");
	if (!unexplained || explained < 4 * unexplained)
		fail("exceptions are not mostly explained");
	if (nc && (!kinds[0] || !kinds[1] || !kinds[2] || !several))
		fail("collaborations of every kind, with shared members, expected");
	for (size_t p = 1; p < np; p++) {
		double before =
		    periods[p - 1].implementation / (double)periods[p - 1].municipalities;
		double after = periods[p].implementation / (double)periods[p].municipalities;
		if (!(after > before))
			fail("mean implementation does not improve from %s to %s",
			     periods[p - 1].name, periods[p].name);
	}
	printf("synth-check: %zu periods, %zu documents per period, %zu collaborations, "
	       "%zu municipalities in several; %d problems\n",
	       np, periods[0].count, nc, several, failures);

	for (size_t p = 0; p < np; p++) {
		for (size_t i = 0; i < periods[p].count; i++)
			big_assessment_free(periods[p].a[i]);
		free(periods[p].a);
	}
	free(memberships);
	free_list(collabs, nc);
	free_list(names, np);
	big_catalogue_free(cat);
	return failures ? 1 : 0;
}
