/*
 * big-snapshot — fingerprints every output of libbig's public API over the
 * synthetic national data set, so that two builds can be shown to write the
 * same bytes: one line per output (a stable key, the byte length and the
 * 64-bit FNV-1a hash of the bytes), or per failed call (the key, "error", the
 * error code's name and the message), sorted by key. Not a test; see
 * README.md beside this file.
 *
 * Usage: big-snapshot DATA_DIR OUT_FILE
 *   DATA_DIR  the folder bigsynth wrote (assessments/<period>/<org>.json and
 *             collaborations/<id>.json)
 *   OUT_FILE  the snapshot to write; compare two with cmp(1) or diff(1)
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <dirent.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#ifndef SNAPSHOT_SOURCE_ROOT
#define SNAPSHOT_SOURCE_ROOT "."
#endif

#define KEY_MAX  512
#define REST_MAX 2048

/* ---- failures of the tool itself (not of libbig) ---- */

static void die(const char *what, const char *detail)
{
	fprintf(stderr, "big-snapshot: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
	exit(2);
}

static void *xrealloc(void *p, size_t size)
{
	void *q = realloc(p, size);

	if (!q)
		die("out of memory", NULL);
	return q;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xrealloc(NULL, n), s, n);
}

/* Formats a key into @buf (KEY_MAX bytes) and returns it. */
static const char *keyf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, KEY_MAX, fmt, ap);
	va_end(ap);
	if (n < 0 || n >= KEY_MAX)
		die("key too long", buf);
	return buf;
}

/* ---- the sink: lines collected, then sorted by key and written ---- */

/* Each line is one block "key\0rest\0"; sorting with strcmp() compares the keys. */
struct sink {
	char **lines;
	size_t count;
	size_t cap;
	size_t errors;
};

static void sink_add(struct sink *s, const char *key, const char *fmt, ...)
{
	char rest[REST_MAX];
	va_list ap;
	size_t klen = strlen(key);

	va_start(ap, fmt);
	vsnprintf(rest, sizeof(rest), fmt, ap);
	va_end(ap);
	size_t rlen = strlen(rest);
	char *line = xrealloc(NULL, klen + rlen + 2);
	memcpy(line, key, klen + 1);
	memcpy(line + klen + 1, rest, rlen + 1);
	if (s->count == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 1 << 16;
		s->lines = xrealloc(s->lines, s->cap * sizeof(*s->lines));
	}
	s->lines[s->count++] = line;
}

static uint64_t fnv1a64(const char *data, size_t len)
{
	uint64_t h = UINT64_C(0xcbf29ce484222325);

	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)data[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

/* One output: its length and hash. */
static void sink_bytes(struct sink *s, const char *key, const char *data, size_t len)
{
	sink_add(s, key, "%zu %016" PRIx64, len, fnv1a64(data, len));
}

/* Copies @text into @buf (REST_MAX bytes) with control characters as spaces. */
static const char *one_line(char *buf, const char *text)
{
	size_t i = 0;

	for (; text[i] && i < REST_MAX - 1; i++)
		buf[i] = (unsigned char)text[i] < 0x20 ? ' ' : text[i];
	buf[i] = '\0';
	return buf;
}

/* A failed call: @rc's name and the thread's last error message. */
static void sink_error(struct sink *s, const char *key, int rc)
{
	char msg[REST_MAX];

	s->errors++;
	sink_add(s, key, "error %s %s", big_error_name(rc),
		 one_line(msg, big_error_last()->message));
}

/* A value that is not a byte output (a number, a diagnostic, an absence). */
static void sink_value(struct sink *s, const char *key, const char *fmt, ...)
{
	char text[REST_MAX], clean[REST_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	sink_add(s, key, "value %s", one_line(clean, text));
}

static void sink_diagnostic(struct sink *s, const char *key, const big_diagnostic *d)
{
	sink_value(s, key, "%s %s %s %s", big_severity_name(d->severity), d->code, d->path,
		   d->message);
}

static int compare_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the lines and writes "key rest\n" each; a key twice is a bug here. */
static void sink_write(struct sink *s, const char *path)
{
	FILE *f;

	qsort(s->lines, s->count, sizeof(*s->lines), compare_lines);
	for (size_t i = 1; i < s->count; i++)
		if (strcmp(s->lines[i - 1], s->lines[i]) == 0)
			die("duplicate key", s->lines[i]);
	f = fopen(path, "w");
	if (!f)
		die("cannot open", path);
	for (size_t i = 0; i < s->count; i++) {
		const char *key = s->lines[i];
		fprintf(f, "%s %s\n", key, key + strlen(key) + 1);
	}
	if (fclose(f) != 0)
		die("cannot write", path);
}

static void sink_free(struct sink *s)
{
	for (size_t i = 0; i < s->count; i++)
		free(s->lines[i]);
	free(s->lines);
}

/* ---- the writers, with one signature, and their flag variants ---- */

typedef int (*writer_fn)(char **out, size_t *len, const void *obj, unsigned int flags);

struct variant {
	unsigned int flags;
	const char *name;
};

static const struct variant json_variants[] = {
    {0, "json"},
    {BIG_JSON_COMPACT, "json-compact"},
};

static const struct variant csv_variants[] = {
    {0, "csv"},
    {BIG_CSV_BOM, "csv-bom"},
    {BIG_CSV_SAFE, "csv-safe"},
    {BIG_CSV_BOM | BIG_CSV_SAFE, "csv-bom-safe"},
};

static int report_json(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_report_to_json(out, len, obj, flags);
}

static int report_csv(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_report_to_csv(out, len, obj, flags);
}

static int gaps_csv(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_report_gaps_to_csv(out, len, obj, flags);
}

static int assessment_json(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_assessment_to_json(out, len, obj, flags);
}

static int comparison_json(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_comparison_to_json(out, len, obj, flags);
}

static int aggregate_json(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_aggregate_report_to_json(out, len, obj, flags);
}

static int aggregate_csv(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_aggregate_report_to_csv(out, len, obj, flags);
}

static int distribution_json(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_distribution_to_json(out, len, obj, flags);
}

static int distribution_csv(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_distribution_to_csv(out, len, obj, flags);
}

static int migration_json(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_migration_to_json(out, len, obj, flags);
}

static int migration_csv(char **out, size_t *len, const void *obj, unsigned int flags)
{
	return big_migration_to_csv(out, len, obj, flags);
}

/* Writes @obj with @write under each variant: keys "@base/@what.<variant>". */
static void emit(struct sink *s, const char *base, const char *what, writer_fn write,
		 const void *obj, const struct variant *variants, size_t count)
{
	char key[KEY_MAX];

	for (size_t i = 0; i < count; i++) {
		char *text = NULL;
		size_t len = 0;
		int rc = write(&text, &len, obj, variants[i].flags);

		keyf(key, "%s/%s.%s", base, what, variants[i].name);
		if (rc)
			sink_error(s, key, rc);
		else
			sink_bytes(s, key, text, len);
		big_free(text);
	}
}

static void emit_json(struct sink *s, const char *base, const char *what, writer_fn write,
		      const void *obj)
{
	emit(s, base, what, write, obj, json_variants,
	     sizeof(json_variants) / sizeof(json_variants[0]));
}

static void emit_csv(struct sink *s, const char *base, const char *what, writer_fn write,
		     const void *obj)
{
	emit(s, base, what, write, obj, csv_variants,
	     sizeof(csv_variants) / sizeof(csv_variants[0]));
}

/* A report: its JSON, its scores CSV and its gaps CSV. */
static void emit_report(struct sink *s, const char *base, const big_report *r)
{
	emit_json(s, base, "report", report_json, r);
	emit_csv(s, base, "scores", report_csv, r);
	emit_csv(s, base, "gaps", gaps_csv, r);
}

/* ---- the options varied, with names of our own for the keys ---- */

static const big_rollup rollups[] = {BIG_ROLLUP_HIERARCHICAL, BIG_ROLLUP_FLAT, BIG_ROLLUP_WEAKEST};
static const char *const rollup_names[] = {"hierarchical", "flat", "weakest"};
#define ROLLUP_COUNT (sizeof(rollups) / sizeof(rollups[0]))
_Static_assert(ROLLUP_COUNT == BIG_ROLLUP_COUNT &&
		   ROLLUP_COUNT == sizeof(rollup_names) / sizeof(rollup_names[0]),
	       "a new roll-up: add it (and its name) here, and accept the new snapshot");

static const int score_targets[] = {-1, 2, 4};
#define TARGET_COUNT (sizeof(score_targets) / sizeof(score_targets[0]))

static const big_aggregate_method methods[] = {BIG_AGGREGATE_WEAKEST, BIG_AGGREGATE_MEAN,
					       BIG_AGGREGATE_WEIGHTED_MEAN, BIG_AGGREGATE_MEDIAN};
static const char *const method_names[] = {"weakest", "mean", "weighted_mean", "median"};
#define METHOD_COUNT (sizeof(methods) / sizeof(methods[0]))
_Static_assert(METHOD_COUNT == BIG_AGGREGATE_METHOD_COUNT &&
		   METHOD_COUNT == sizeof(method_names) / sizeof(method_names[0]),
	       "a new aggregation method: add it (and its name) here, and accept the new snapshot");

/* The weighted mean once more, weighed by this organisation attribute. */
#define WEIGHT_ATTRIBUTE "inhabitants"

/* Profile settings: NULL (the assessment's own), "" (none), then the catalogue's. */
struct profiles {
	const char **ids;
	size_t count;
};

static struct profiles profiles_of(const big_catalogue *cat)
{
	struct profiles p;
	size_t n = big_catalogue_profile_count(cat);

	p.count = n + 2;
	p.ids = xrealloc(NULL, p.count * sizeof(*p.ids));
	p.ids[0] = NULL;
	p.ids[1] = "";
	for (size_t i = 0; i < n; i++)
		p.ids[i + 2] = big_profile_id(big_catalogue_profile(cat, i));
	return p;
}

static const char *profile_label(const char *id)
{
	return !id ? "@own" : !*id ? "@none" : id;
}

/* ---- the data set ---- */

struct org {
	char *id; /* the file name without ".json" */
	big_assessment *a;
};

struct period {
	char *name;
	struct org *orgs; /* loaded ones, sorted by id */
	size_t count;
};

struct dataset {
	big_catalogue *cat;
	struct period *periods;
	size_t period_count;
	big_collaboration **collabs; /* loaded ones, sorted by file name */
	size_t collab_count;
};

static bool has_suffix(const char *name, const char *suffix)
{
	size_t n = strlen(name), m = strlen(suffix);

	return n > m && strcmp(name + n - m, suffix) == 0;
}

static bool is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in @dir, sorted: subfolders when @dirs, else "*.json" files. */
static char **list_dir(const char *dir, bool dirs, size_t *count)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	char path[KEY_MAX];
	struct dirent *e;

	if (!d)
		die("cannot open folder", dir);
	*count = 0;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (dirs ? !is_dir(keyf(path, "%s/%s", dir, e->d_name))
			 : !has_suffix(e->d_name, ".json"))
			continue;
		names = xrealloc(names, (*count + 1) * sizeof(*names));
		names[(*count)++] = xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, *count, sizeof(*names), compare_strings);
	return names;
}

static void free_names(char **names, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
}

/* Load options whose messages name @source (relative to DATA_DIR), not the path. */
static big_load_options load_options(const char *source)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;

	lo.source = source;
	return lo;
}

/* Records a load: its error, or its diagnostics (which have no writer). */
static void record_load(struct sink *s, const char *source, int rc, size_t diagnostics,
			const big_diagnostic *(*get)(const void *, size_t), const void *obj)
{
	char key[KEY_MAX];

	if (rc) {
		sink_error(s, keyf(key, "load/%s", source), rc);
		return;
	}
	sink_value(s, keyf(key, "load/%s", source), "diagnostics %zu", diagnostics);
	for (size_t i = 0; i < diagnostics; i++)
		sink_diagnostic(s, keyf(key, "load/%s/diagnostic/%04zu", source, i), get(obj, i));
}

static const big_diagnostic *assessment_diagnostic(const void *a, size_t i)
{
	return big_assessment_diagnostic(a, i);
}

static const big_diagnostic *collaboration_diagnostic(const void *c, size_t i)
{
	return big_collaboration_diagnostic(c, i);
}

static void load_period(struct sink *s, struct dataset *d, const char *dir, struct period *p)
{
	char path[KEY_MAX], source[KEY_MAX], folder[KEY_MAX];
	size_t count;
	char **names = list_dir(keyf(folder, "%s/assessments/%s", dir, p->name), false, &count);

	p->orgs = xrealloc(NULL, (count ? count : 1) * sizeof(*p->orgs));
	p->count = 0;
	for (size_t i = 0; i < count; i++) {
		big_assessment *a = NULL;
		big_load_options lo =
		    load_options(keyf(source, "assessments/%s/%s", p->name, names[i]));
		int rc = big_assessment_load_file(&a, d->cat, keyf(path, "%s/%s", folder, names[i]),
						  &lo);

		record_load(s, source, rc, rc ? 0 : big_assessment_diagnostic_count(a),
			    assessment_diagnostic, a);
		if (rc)
			continue;
		names[i][strlen(names[i]) - strlen(".json")] = '\0';
		p->orgs[p->count].id = xstrdup(names[i]);
		p->orgs[p->count++].a = a;
	}
	free_names(names, count);
}

static void load_collaborations(struct sink *s, struct dataset *d, const char *dir)
{
	char path[KEY_MAX], source[KEY_MAX], folder[KEY_MAX];
	size_t count;
	char **names = list_dir(keyf(folder, "%s/collaborations", dir), false, &count);

	d->collabs = xrealloc(NULL, (count ? count : 1) * sizeof(*d->collabs));
	d->collab_count = 0;
	for (size_t i = 0; i < count; i++) {
		big_collaboration *c = NULL;
		big_load_options lo = load_options(keyf(source, "collaborations/%s", names[i]));
		int rc = big_collaboration_load_file(&c, d->cat,
						     keyf(path, "%s/%s", folder, names[i]), &lo);

		record_load(s, source, rc, rc ? 0 : big_collaboration_diagnostic_count(c),
			    collaboration_diagnostic, c);
		if (!rc)
			d->collabs[d->collab_count++] = c;
	}
	free_names(names, count);
}

static void load_dataset(struct sink *s, struct dataset *d, const char *dir)
{
	char folder[KEY_MAX];
	char **names;
	int rc = big_catalogue_builtin(&d->cat, "bio2-1.2");

	if (rc)
		die("cannot load the built-in catalogue bio2", big_error_last()->message);
	names = list_dir(keyf(folder, "%s/assessments", dir), true, &d->period_count);
	d->periods = xrealloc(NULL, (d->period_count ? d->period_count : 1) * sizeof(*d->periods));
	for (size_t i = 0; i < d->period_count; i++) {
		d->periods[i].name = names[i];
		load_period(s, d, dir, &d->periods[i]);
	}
	free(names); /* the strings now belong to the periods */
	load_collaborations(s, d, dir);
}

static void free_dataset(struct dataset *d)
{
	for (size_t i = 0; i < d->period_count; i++) {
		struct period *p = &d->periods[i];
		for (size_t j = 0; j < p->count; j++) {
			big_assessment_free(p->orgs[j].a);
			free(p->orgs[j].id);
		}
		free(p->orgs);
		free(p->name);
	}
	free(d->periods);
	for (size_t i = 0; i < d->collab_count; i++)
		big_collaboration_free(d->collabs[i]);
	free(d->collabs);
	big_catalogue_free(d->cat);
}

static int compare_org_id(const void *key, const void *org)
{
	return strcmp(key, ((const struct org *)org)->id);
}

/* The assessment of organisation @id in @p, or NULL. */
static const big_assessment *find_org(const struct period *p, const char *id)
{
	const struct org *o = bsearch(id, p->orgs, p->count, sizeof(*p->orgs), compare_org_id);

	return o ? o->a : NULL;
}

/* The period's assessments as the pool the aggregate functions take. */
static const big_assessment **period_pool(const struct period *p)
{
	const big_assessment **pool = xrealloc(NULL, (p->count ? p->count : 1) * sizeof(*pool));

	for (size_t i = 0; i < p->count; i++)
		pool[i] = p->orgs[i].a;
	return pool;
}

/* ---- 1. scoring: every assessment under every option ---- */

static void score_one(struct sink *s, const char *base, const big_assessment *a,
		      const big_score_options *opts)
{
	big_report *r = NULL;
	int rc = big_score(&r, a, opts);

	if (rc)
		sink_error(s, base, rc);
	else
		emit_report(s, base, r);
	big_report_free(r);
}

/* @o's assessment JSON, then its reports under every roll-up × profile
 * setting × target. */
static void score_assessment(struct sink *s, const struct period *p, const struct org *o,
			     const struct profiles *profiles)
{
	char base[KEY_MAX];

	emit_json(s, keyf(base, "assessment/%s/%s", p->name, o->id), "assessment", assessment_json,
		  o->a);
	for (size_t r = 0; r < ROLLUP_COUNT; r++)
		for (size_t i = 0; i < profiles->count; i++)
			for (size_t t = 0; t < TARGET_COUNT; t++) {
				big_score_options so = BIG_SCORE_OPTIONS_INIT;
				so.rollup = rollups[r];
				so.profile = profiles->ids[i];
				so.target = score_targets[t];
				keyf(base, "report/%s/%s/%s/%s/t%d", p->name, o->id,
				     rollup_names[r], profile_label(so.profile), so.target);
				score_one(s, base, o->a, &so);
			}
}

static void snapshot_scores(struct sink *s, const struct dataset *d)
{
	struct profiles profiles = profiles_of(d->cat);

	for (size_t i = 0; i < d->period_count; i++)
		for (size_t j = 0; j < d->periods[i].count; j++)
			score_assessment(s, &d->periods[i], &d->periods[i].orgs[j], &profiles);
	free(profiles.ids);
}

/* ---- 2. comparisons of consecutive periods ---- */

/* Targets for comparisons: the assessments' own (they may disagree, which is
 * an error worth recording) and a fixed one. */
static const int compare_targets[] = {-1, 3};
#define COMPARE_TARGET_COUNT (sizeof(compare_targets) / sizeof(compare_targets[0]))

static void compare_pair(struct sink *s, const char *base, const big_assessment *before,
			 const big_assessment *after)
{
	char key[KEY_MAX];

	for (size_t r = 0; r < ROLLUP_COUNT; r++)
		for (size_t t = 0; t < COMPARE_TARGET_COUNT; t++) {
			big_score_options so = BIG_SCORE_OPTIONS_INIT;
			big_comparison *c = NULL;
			so.rollup = rollups[r];
			so.target = compare_targets[t];
			keyf(key, "%s/%s/t%d", base, rollup_names[r], so.target);
			int rc = big_compare(&c, before, after, &so);
			if (rc)
				sink_error(s, key, rc);
			else
				emit_json(s, key, "comparison", comparison_json, c);
			big_comparison_free(c);
		}
}

static void snapshot_comparisons(struct sink *s, const struct dataset *d)
{
	char base[KEY_MAX];

	for (size_t i = 0; i + 1 < d->period_count; i++) {
		const struct period *p = &d->periods[i], *q = &d->periods[i + 1];
		for (size_t j = 0; j < p->count; j++) {
			const big_assessment *after = find_org(q, p->orgs[j].id);
			keyf(base, "compare/%s/%s-%s", p->orgs[j].id, p->name, q->name);
			if (after)
				compare_pair(s, base, p->orgs[j].a, after);
			else
				sink_value(s, base, "absent in %s", q->name);
		}
	}
}

/* ---- 3. aggregates, effective assessments, distributions ---- */

static void emit_aggregate_result(struct sink *s, const char *key, int rc,
				  const big_aggregate_report *ag)
{
	if (rc) {
		sink_error(s, key, rc);
		return;
	}
	emit_json(s, key, "aggregate", aggregate_json, ag);
	emit_csv(s, key, "aggregate", aggregate_csv, ag);
}

/* One collaboration in one period under every method and roll-up. */
static void aggregate_collaboration(struct sink *s, const struct dataset *d, const struct period *p,
				    const big_collaboration *c, const big_assessment **pool)
{
	char key[KEY_MAX];

	for (size_t m = 0; m <= METHOD_COUNT; m++)
		for (size_t r = 0; r < ROLLUP_COUNT; r++) {
			big_aggregate_options ao = BIG_AGGREGATE_OPTIONS_INIT;
			big_aggregate_report *ag = NULL;
			/* m == METHOD_COUNT: the weighted mean by attribute */
			ao.method = m < METHOD_COUNT ? methods[m] : BIG_AGGREGATE_WEIGHTED_MEAN;
			ao.weight_attribute = m < METHOD_COUNT ? NULL : WEIGHT_ATTRIBUTE;
			ao.rollup = rollups[r];
			keyf(key, "aggregate/%s/%s/%s%s/%s", p->name, big_collaboration_id(c),
			     m < METHOD_COUNT ? method_names[m] : "weighted_mean@",
			     m < METHOD_COUNT ? "" : WEIGHT_ATTRIBUTE, rollup_names[r]);
			int rc = big_aggregate_collaboration(
			    &ag, c, (const big_collaboration *const *)d->collabs, d->collab_count,
			    pool, p->count, &ao);
			emit_aggregate_result(s, key, rc, ag);
			big_aggregate_report_free(ag);
		}
}

/* The effective assessment of each member of @c in @p. */
static void effective_members(struct sink *s, const struct period *p, const big_collaboration *c)
{
	const big_assessment *own = find_org(p, big_collaboration_id(c));
	char key[KEY_MAX];

	for (size_t i = 0; i < big_collaboration_member_count(c); i++) {
		const char *id = big_collaboration_member_id(c, i);
		const big_assessment *member = find_org(p, id);
		big_assessment *eff = NULL;
		keyf(key, "effective/%s/%s/%s", p->name, big_collaboration_id(c), id);
		if (!member) {
			sink_value(s, key, "absent");
			continue;
		}
		int rc = big_effective_assessment(&eff, c, member, own);
		if (rc)
			sink_error(s, key, rc);
		else
			emit_json(s, key, "assessment", assessment_json, eff);
		big_assessment_free(eff);
	}
}

/* The municipalities of @p ("gemeente"; the others have no inhabitants). */
static size_t municipalities(const struct period *p, const big_assessment **out)
{
	size_t n = 0;

	for (size_t i = 0; i < p->count; i++)
		if (strcmp(big_assessment_organisation_kind(p->orgs[i].a), "gemeente") == 0)
			out[n++] = p->orgs[i].a;
	return n;
}

/* big_aggregate() over all municipalities of @p: every method and roll-up. */
static void aggregate_national(struct sink *s, const struct period *p)
{
	const big_assessment **pool = xrealloc(NULL, (p->count ? p->count : 1) * sizeof(*pool));
	size_t n = municipalities(p, pool);
	char key[KEY_MAX];

	for (size_t m = 0; m < METHOD_COUNT; m++)
		for (size_t r = 0; r < ROLLUP_COUNT; r++) {
			big_aggregate_options ao = BIG_AGGREGATE_OPTIONS_INIT;
			big_aggregate_report *ag = NULL;
			ao.method = methods[m];
			ao.weight_attribute =
			    methods[m] == BIG_AGGREGATE_WEIGHTED_MEAN ? WEIGHT_ATTRIBUTE : NULL;
			ao.rollup = rollups[r];
			keyf(key, "aggregate/%s/@municipalities/%s/%s", p->name, method_names[m],
			     rollup_names[r]);
			int rc = big_aggregate(&ag, pool, n, &ao);
			emit_aggregate_result(s, key, rc, ag);
			big_aggregate_report_free(ag);
		}
	free(pool);
}

static void snapshot_aggregates(struct sink *s, const struct dataset *d)
{
	for (size_t i = 0; i < d->period_count; i++) {
		const struct period *p = &d->periods[i];
		const big_assessment **pool = period_pool(p);
		for (size_t j = 0; j < d->collab_count; j++) {
			aggregate_collaboration(s, d, p, d->collabs[j], pool);
			effective_members(s, p, d->collabs[j]);
		}
		aggregate_national(s, p);
		free(pool);
	}
}

/* Publication guards: the default (5), and one above the number of
 * organisations, which suppresses every statistic. */
static const unsigned int guards[] = {5, 1000};
#define GUARD_COUNT (sizeof(guards) / sizeof(guards[0]))

/* The percentile rank of @r's implementation score for @node (NULL: overall). */
static void percentile_rank(struct sink *s, const char *base, const big_distribution *dist,
			    const big_report *r, const big_node *node)
{
	const big_scores *sc = node ? big_report_node_scores(r, node) : big_report_overall(r);
	char key[KEY_MAX];
	double rank = 0;

	keyf(key, "%s/%s", base, node ? big_node_id(node) : "@overall");
	if (!sc || !sc->has_implementation) {
		sink_value(s, key, "no score");
		return;
	}
	int rc = big_distribution_percentile_rank(&rank, dist, node, sc->implementation);
	if (rc)
		sink_error(s, key, rc);
	else
		sink_value(s, key, "%.17g", rank);
}

/* The distribution of @reports under guard @k, its writers and the ranks of
 * the first organisation (@first_id's report @first). */
static void distribution_one(struct sink *s, const char *base, big_report *const *reports, size_t n,
			     unsigned int k, const char *first_id)
{
	big_distribution_options dopt = BIG_DISTRIBUTION_OPTIONS_INIT;
	big_distribution *dist = NULL;
	char key[KEY_MAX];

	dopt.k = k;
	keyf(key, "%s/k%u", base, k);
	int rc = big_distribution_new(&dist, (const big_report *const *)reports, n, &dopt);
	if (rc) {
		sink_error(s, key, rc);
		return;
	}
	emit_json(s, key, "distribution", distribution_json, dist);
	emit_csv(s, key, "distribution", distribution_csv, dist);
	keyf(key, "%s/k%u/rank/%s", base, k, first_id);
	const big_catalogue *cat = big_distribution_catalogue(dist);
	percentile_rank(s, key, dist, reports[0], NULL);
	for (size_t i = 0; i < big_catalogue_node_count(cat); i++)
		percentile_rank(s, key, dist, reports[0], big_catalogue_node(cat, i));
	big_distribution_free(dist);
}

/* All assessments of @p scored under roll-up @r (their own profile and
 * target), their distributions under each guard. */
static void distribution_period(struct sink *s, const struct period *p, size_t r)
{
	big_report **reports = xrealloc(NULL, (p->count ? p->count : 1) * sizeof(*reports));
	const char *first_id = NULL;
	char base[KEY_MAX], key[KEY_MAX];
	size_t n = 0;

	keyf(base, "distribution/%s/%s", p->name, rollup_names[r]);
	for (size_t i = 0; i < p->count; i++) {
		big_score_options so = BIG_SCORE_OPTIONS_INIT;
		big_report *rep = NULL;
		so.rollup = rollups[r];
		int rc = big_score(&rep, p->orgs[i].a, &so);
		if (rc) {
			sink_error(s, keyf(key, "%s/score/%s", base, p->orgs[i].id), rc);
			continue;
		}
		if (!first_id)
			first_id = p->orgs[i].id;
		reports[n++] = rep;
	}
	for (size_t k = 0; n && k < GUARD_COUNT; k++)
		distribution_one(s, base, reports, n, guards[k], first_id);
	for (size_t i = 0; i < n; i++)
		big_report_free(reports[i]);
	free(reports);
}

static void snapshot_distributions(struct sink *s, const struct dataset *d)
{
	for (size_t i = 0; i < d->period_count; i++)
		for (size_t r = 0; r < ROLLUP_COUNT; r++)
			distribution_period(s, &d->periods[i], r);
}

/* ---- 4. migration BIO 1.04 -> BIO2 1.2 ---- */

/* The BIO assessments of the source tree (the data set has none). */
static const char *const bio_documents[] = {
    "examples/data/bio-assessment.json",
    "bindings/tests/data/bio-assessment.json",
};
#define BIO_DOCUMENT_COUNT (sizeof(bio_documents) / sizeof(bio_documents[0]))

static const unsigned int migrate_flags[] = {0, BIG_MIGRATE_KEEP_MATURITY};
static const char *const migrate_flag_names[] = {"default", "keep-maturity"};
#define MIGRATE_FLAG_COUNT (sizeof(migrate_flags) / sizeof(migrate_flags[0]))

/* Migrates @a under every flag: the provenance (JSON, CSV), the migrated
 * assessment and its report under the default options. */
static void migrate_one(struct sink *s, const char *base, const big_assessment *a,
			const big_mapping *map, const big_catalogue *target)
{
	char key[KEY_MAX];

	for (size_t f = 0; f < MIGRATE_FLAG_COUNT; f++) {
		big_migrate_options mo = BIG_MIGRATE_OPTIONS_INIT;
		big_migration *m = NULL;
		mo.flags = migrate_flags[f];
		keyf(key, "%s/%s", base, migrate_flag_names[f]);
		int rc = big_migrate(&m, a, map, target, &mo);
		if (rc) {
			sink_error(s, key, rc);
			continue;
		}
		emit_json(s, key, "migration", migration_json, m);
		emit_csv(s, key, "migration", migration_csv, m);
		emit_json(s, key, "assessment", assessment_json, big_migration_assessment(m));
		score_one(s, keyf(key, "%s/%s/score", base, migrate_flag_names[f]),
			  big_migration_assessment(m), NULL);
		big_migration_free(m);
	}
}

static void migrate_file(struct sink *s, const char *source, const big_catalogue *bio,
			 const big_mapping *map, const big_catalogue *target)
{
	char path[KEY_MAX], key[KEY_MAX];
	big_load_options lo = load_options(source);
	big_assessment *a = NULL;
	int rc = big_assessment_load_file(&a, bio,
					  keyf(path, "%s/%s", SNAPSHOT_SOURCE_ROOT, source), &lo);

	record_load(s, source, rc, rc ? 0 : big_assessment_diagnostic_count(a),
		    assessment_diagnostic, a);
	if (!rc)
		migrate_one(s, keyf(key, "migrate/%s", source), a, map, target);
	big_assessment_free(a);
}

static void snapshot_migrations(struct sink *s, const struct dataset *d)
{
	big_catalogue *bio = NULL;
	big_mapping *map = NULL;
	int rc;

	if ((rc = big_catalogue_builtin(&bio, "bio")) != 0) {
		sink_error(s, "migrate/@catalogue-bio", rc);
		return;
	}
	if ((rc = big_mapping_builtin(&map, "bio-to-bio2")) != 0) {
		sink_error(s, "migrate/@mapping-bio-to-bio2", rc);
		big_catalogue_free(bio);
		return;
	}
	for (size_t i = 0; i < BIO_DOCUMENT_COUNT; i++)
		migrate_file(s, bio_documents[i], bio, map, d->cat);
	/* A BIO2 assessment is not of the mapping's source: an error to record. */
	if (d->period_count && d->periods[0].count)
		migrate_one(s, "migrate/@bio2-assessment", d->periods[0].orgs[0].a, map, d->cat);
	big_mapping_free(map);
	big_catalogue_free(bio);
}

/* ---- the built-in documents ---- */

static void builtin_one(struct sink *s, const char *name)
{
	char key[KEY_MAX];
	const char *text = NULL;
	size_t len = 0;
	int rc = big_builtin_json(&text, &len, name);

	keyf(key, "builtin/%s", name);
	if (rc)
		sink_error(s, key, rc);
	else
		sink_bytes(s, key, text, len);
}

static void snapshot_builtins(struct sink *s)
{
	for (size_t i = 0; i < big_builtin_count(); i++)
		builtin_one(s, big_builtin_name(i));
	for (size_t i = 0; i < big_builtin_mapping_count(); i++)
		builtin_one(s, big_builtin_mapping_name(i));
}

/* ---- main ---- */

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Lines per first key segment, on stderr, for the record. */
static void print_summary(const struct sink *s, double seconds)
{
	size_t i = 0;

	while (i < s->count) {
		const char *first = s->lines[i];
		size_t seg = strcspn(first, "/"), n = 0;
		for (; i < s->count && strncmp(s->lines[i], first, seg) == 0 &&
		       (s->lines[i][seg] == '/' || s->lines[i][seg] == '\0');
		     i++)
			n++;
		fprintf(stderr, "big-snapshot: %-12.*s %8zu lines\n", (int)seg, first, n);
	}
	fprintf(stderr, "big-snapshot: %zu lines, %zu errors, %.1f s\n", s->count, s->errors,
		seconds);
}

int main(int argc, char **argv)
{
	struct sink sink = {0};
	struct dataset data = {0};
	double start = now();

	if (argc != 3) {
		fprintf(stderr, "usage: big-snapshot DATA_DIR OUT_FILE\n");
		return 2;
	}
	load_dataset(&sink, &data, argv[1]);
	snapshot_builtins(&sink);
	snapshot_scores(&sink, &data);
	snapshot_comparisons(&sink, &data);
	snapshot_aggregates(&sink, &data);
	snapshot_distributions(&sink, &data);
	snapshot_migrations(&sink, &data);
	free_dataset(&data);
	sink_write(&sink, argv[2]);
	print_summary(&sink, now() - start);
	sink_free(&sink);
	return 0;
}
