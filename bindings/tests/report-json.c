/*
 * report-json — prints what the C library writes of example documents: the
 * libbig.report of an assessment (JSON or CSV), the libbig.comparison of
 * two, the libbig.aggregate of several or of a collaboration, the
 * libbig.distribution of their reports, the libbig.migration of one along a
 * mapping, or an effective assessment. The binding tests compare what Python
 * and PHP write with these bytes; bindings/python/parity.py and
 * bindings/php/parity.php take the same arguments (except the legacy form).
 *
 * Usage: report-json [OPTION...] CATALOGUE FILE...
 *        report-json [OPTION...] CATALOGUE ASSESSMENT [ROLLUP [compact]]   (legacy)
 *
 *   CATALOGUE, a mapping  a file, or builtin:NAME (e.g. builtin:bio2)
 *
 * What is printed (FILE... are assessments unless said otherwise):
 *   (default)             the report of one assessment
 *   --csv, --gaps-csv     its CSV (scores, gaps); with --aggregate,
 *                         --distribution or --migrate their CSV (with
 *                         --aggregate, --gaps-csv: the aggregate's gaps)
 *   --ranking-csv         with --aggregate: the ranking of who to help first
 *   --compare=AFTER       the comparison of ASSESSMENT (before) and AFTER
 *   --aggregate           the aggregate of the assessments
 *   --trend=N             with --aggregate: the libbig.trend (its CSV with
 *                         --csv) from the aggregate of the first N
 *                         assessments to that of the others
 *   --collaboration=FILE  (repeatable) with --aggregate: aggregate the first
 *                         collaboration over the assessments, all of them
 *                         being the pool of nested ones
 *   --distribution        the distribution of the reports of the assessments
 *   --effective=FILE      the effective assessment of the member FILE... =
 *                         MEMBER [COLLABORATION-RESULT] in collaboration FILE
 *   --migrate=MAPPING     the migration of ASSESSMENT (of CATALOGUE) along
 *                         MAPPING to the catalogue of --to=CATALOGUE
 *   --assessment          with --migrate: the migrated assessment instead
 *   --report              with --effective: the report of the effective
 *                         assessment (its diagnostics: collaboration-silent)
 *   --fingerprint         the content fingerprint of CATALOGUE and a newline
 *   --ranks               with --distribution: the percentile ranks of the
 *                         first assessment's scores, a line "ID SCORE RANK"
 *                         (%.17g; "none" without the score, "error NAME")
 *                         per score, overall and for every top-level node
 *   --workbook            the workbook template of ASSESSMENT (its previous
 *                         assessment), every sheet as "== NAME" and its CSV
 *                         (--bom: the Excel form, else RFC 4180); with
 *                         --assessment the assessment read back from the
 *                         Excel-form CSV files
 *
 * Options:
 *   --compact, --bom, --safe   writer flags (also `compact` in the legacy form)
 *   --rollup=R, --target=N, --profile=ID
 *                         score options (aggregate: its options)
 *   --method=M, --weights=W,W, --weight-attribute=A, --expected=ID,ID,
 *   --expected-weights=W,W     aggregate options
 *   --k=N                 distribution, aggregate: the publication guard
 *   --flatten             aggregate of a collaboration: flattened nesting
 *   --keep-maturity       migrate: BIG_MIGRATE_KEEP_MATURITY
 *   --lang=L              the language of the titles (score, aggregate, migrate)
 *   --texts=FILE          a libbig.texts overlay loaded over CATALOGUE (score)
 *   --include-text        score: big_score_options.include_text
 *   --as-of=DATE          score: big_score_options.as_of
 *   --locale=NAME         setlocale(LC_ALL, NAME) first (the output must not change)
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "big.h"

enum mode {
	MODE_REPORT,
	MODE_COMPARE,
	MODE_AGGREGATE,
	MODE_DISTRIBUTION,
	MODE_EFFECTIVE,
	MODE_MIGRATE,
	MODE_WORKBOOK
};
enum output {
	OUT_JSON,
	OUT_CSV,
	OUT_GAPS_CSV,
	OUT_RANKING_CSV,
	OUT_ASSESSMENT,
	OUT_FINGERPRINT,
	OUT_REPORT,
	OUT_RANKS
};

#define MAX_LIST 64

struct args {
	enum mode mode;
	enum output output;
	unsigned int json_flags, csv_flags;
	big_score_options score;
	big_aggregate_options aggregate;
	big_distribution_options distribution;
	big_migrate_options migrate;
	const char *after, *effective, *mapping, *to, *texts;
	const char *collaborations[MAX_LIST];
	size_t collaboration_count;
	double weights[MAX_LIST], expected_weights[MAX_LIST];
	size_t weight_count, expected_weight_count;
	char *expected_ids; /* the ids of --expected, split in place */
	const char *expected[MAX_LIST];
	size_t expected_count;
	const char *locale;
	int trend; /* --trend=N: the first N files make the before aggregate */
	const char *catalogue;
	char **files;
	int file_count;
};

static int fail(const char *what)
{
	const big_error *e = big_error_last();

	fprintf(stderr, "report-json: %s: %s (%s)\n", what, e->message, big_error_name(e->code));
	return 1;
}

static int usage(void)
{
	fprintf(stderr, "usage: report-json [OPTION...] CATALOGUE FILE...\n"
			"       report-json [OPTION...] CATALOGUE ASSESSMENT [ROLLUP [compact]]\n");
	return 2;
}

/* Parses an int; false when @p s is not one. */
static bool parse_int(const char *s, long min, long max, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	return errno == 0 && *end == '\0' && end != s && *out >= min && *out <= max;
}

/* Parses "W,W,…" into @p out; false when a number is bad or there are too many. */
static bool parse_numbers(const char *s, double *out, size_t *count)
{
	*count = 0;
	while (*s != '\0') {
		char *end;

		if (*count == MAX_LIST)
			return false;
		errno = 0;
		out[(*count)++] = strtod(s, &end);
		if (errno != 0 || end == s || (*end != ',' && *end != '\0'))
			return false;
		s = *end == ',' ? end + 1 : end;
	}
	return true;
}

/* Value of "--NAME=VALUE" when @p arg is that option, else NULL. */
static const char *value_of(const char *arg, const char *name)
{
	size_t n = strlen(name);

	return strncmp(arg, name, n) == 0 && arg[n] == '=' ? arg + n + 1 : NULL;
}

/* Parses one option; false for an unknown or bad one. */
static bool parse_option(struct args *a, char *opt)
{
	const char *v;
	long n;

	if (strcmp(opt, "--csv") == 0) {
		a->output = OUT_CSV;
	} else if (strcmp(opt, "--gaps-csv") == 0) {
		a->output = OUT_GAPS_CSV;
	} else if (strcmp(opt, "--ranking-csv") == 0) {
		a->output = OUT_RANKING_CSV;
	} else if (strcmp(opt, "--assessment") == 0) {
		a->output = OUT_ASSESSMENT;
	} else if (strcmp(opt, "--ranks") == 0) {
		a->output = OUT_RANKS;
	} else if (strcmp(opt, "--fingerprint") == 0) {
		a->output = OUT_FINGERPRINT;
	} else if (strcmp(opt, "--report") == 0) {
		a->output = OUT_REPORT;
	} else if (strcmp(opt, "--bom") == 0) {
		a->csv_flags |= BIG_CSV_BOM;
	} else if (strcmp(opt, "--safe") == 0) {
		a->csv_flags |= BIG_CSV_SAFE;
	} else if (strcmp(opt, "--compact") == 0) {
		a->json_flags |= BIG_JSON_COMPACT;
	} else if (strcmp(opt, "--aggregate") == 0) {
		a->mode = MODE_AGGREGATE;
	} else if ((v = value_of(opt, "--trend")) != NULL) {
		a->trend = atoi(v);
		if (a->trend < 1)
			return false;
	} else if (strcmp(opt, "--distribution") == 0) {
		a->mode = MODE_DISTRIBUTION;
	} else if (strcmp(opt, "--workbook") == 0) {
		a->mode = MODE_WORKBOOK;
	} else if (strcmp(opt, "--include-text") == 0) {
		a->score.include_text = true;
	} else if ((v = value_of(opt, "--as-of")) != NULL) {
		a->score.as_of = v;
	} else if ((v = value_of(opt, "--texts")) != NULL) {
		a->texts = v;
	} else if (strcmp(opt, "--keep-maturity") == 0) {
		a->migrate.flags |= BIG_MIGRATE_KEEP_MATURITY;
	} else if ((v = value_of(opt, "--compare")) != NULL) {
		a->mode = MODE_COMPARE;
		a->after = v;
	} else if ((v = value_of(opt, "--effective")) != NULL) {
		a->mode = MODE_EFFECTIVE;
		a->effective = v;
	} else if ((v = value_of(opt, "--migrate")) != NULL) {
		a->mode = MODE_MIGRATE;
		a->mapping = v;
	} else if ((v = value_of(opt, "--to")) != NULL) {
		a->to = v;
	} else if ((v = value_of(opt, "--collaboration")) != NULL) {
		if (a->collaboration_count == MAX_LIST)
			return false;
		a->collaborations[a->collaboration_count++] = v;
	} else if ((v = value_of(opt, "--lang")) != NULL) {
		a->score.lang = a->aggregate.lang = a->migrate.lang = v;
	} else if ((v = value_of(opt, "--profile")) != NULL) {
		a->score.profile = a->aggregate.profile = v;
	} else if ((v = value_of(opt, "--target")) != NULL) {
		if (!parse_int(v, INT_MIN, INT_MAX, &n))
			return false;
		a->score.target = a->aggregate.target = (int)n;
	} else if ((v = value_of(opt, "--rollup")) != NULL) {
		if (big_rollup_from_name(&a->score.rollup, v) != 0)
			return false;
		a->aggregate.rollup = a->score.rollup;
	} else if ((v = value_of(opt, "--method")) != NULL) {
		if (big_aggregate_method_from_name(&a->aggregate.method, v) != 0)
			return false;
	} else if ((v = value_of(opt, "--weights")) != NULL) {
		if (!parse_numbers(v, a->weights, &a->weight_count))
			return false;
		a->aggregate.weights = a->weights;
	} else if ((v = value_of(opt, "--expected-weights")) != NULL) {
		if (!parse_numbers(v, a->expected_weights, &a->expected_weight_count))
			return false;
		a->aggregate.expected_weights = a->expected_weights;
	} else if ((v = value_of(opt, "--weight-attribute")) != NULL) {
		a->aggregate.weight_attribute = v;
	} else if ((v = value_of(opt, "--expected")) != NULL) {
		a->expected_ids = opt + strlen("--expected=");
		for (char *id = strtok(a->expected_ids, ","); id != NULL; id = strtok(NULL, ",")) {
			if (a->expected_count == MAX_LIST)
				return false;
			a->expected[a->expected_count++] = id;
		}
		a->aggregate.expected_members = a->expected;
		a->aggregate.expected_member_count = a->expected_count;
	} else if ((v = value_of(opt, "--k")) != NULL) {
		if (!parse_int(v, 0, UINT_MAX, &n))
			return false;
		a->distribution.k = a->aggregate.k = (unsigned int)n;
	} else if (strcmp(opt, "--flatten") == 0) {
		a->aggregate.flatten = true;
	} else if ((v = value_of(opt, "--locale")) != NULL) {
		a->locale = v; /* set once the options are read: numbers are read in C */
	} else {
		fprintf(stderr, "report-json: unknown or bad option '%s'\n", opt);
		return false;
	}
	return true;
}

static int load_catalogue(big_catalogue **cat, const char *arg)
{
	static const char builtin[] = "builtin:";

	if (strncmp(arg, builtin, sizeof(builtin) - 1) == 0)
		return big_catalogue_builtin(cat, arg + sizeof(builtin) - 1);
	return big_catalogue_load_file(cat, arg, NULL);
}

static int load_mapping(big_mapping **m, const char *arg)
{
	static const char builtin[] = "builtin:";

	if (strncmp(arg, builtin, sizeof(builtin) - 1) == 0)
		return big_mapping_builtin(m, arg + sizeof(builtin) - 1);
	return big_mapping_load_file(m, arg, NULL);
}

/* What the program has loaded and made; run() fills it, main() frees it. */
struct state {
	big_catalogue *cat, *to;
	big_assessment *as[MAX_LIST];
	big_report *reports[MAX_LIST];
	big_collaboration *collaborations[MAX_LIST];
	big_assessment *after, *effective;
	big_report *report;
	big_comparison *cmp;
	big_aggregate_report *ag, *before; /* before: of a trend */
	big_trend *trend;
	big_distribution *dist;
	big_mapping *mapping;
	big_migration *migration;
	big_texts *texts;
	big_score_options score; /* the options with the overlay */
	big_workbook *workbook, *read_back;
	big_assessment *imported;
};

/* Loads the assessments FILE...; returns their number, or -1. */
static int load_assessments(struct state *s, const struct args *a)
{
	if (a->file_count > MAX_LIST)
		return -1;
	for (int i = 0; i < a->file_count; i++) {
		if (big_assessment_load_file(&s->as[i], s->cat, a->files[i], NULL) != 0)
			return fail(a->files[i]), -1;
	}
	return a->file_count;
}

/* Writes @p obj with the JSON writer, or with the CSV writer when CSV is asked for. */
#define WRITE(obj, json_writer, csv_writer)                                         \
	(((a->output == OUT_CSV ? csv_writer(text, len, obj, a->csv_flags)          \
				: json_writer(text, len, obj, a->json_flags)) != 0) \
	     ? fail("write")                                                        \
	     : 0)

/* Writes @p obj with a writer of JSON (no CSV is written of it). */
#define WRITE_JSON(obj, writer) (writer(text, len, obj, a->json_flags) != 0 ? fail("write") : 0)

/* Aggregates the @p n assessments from @p first, or the first collaboration
 * over them, into *@p out. */
static int aggregate_some(struct state *s, const struct args *a, int first, int n,
			  big_aggregate_report **out)
{
	const big_assessment *const *as = (const big_assessment *const *)s->as + first;

	if (a->collaboration_count == 0)
		return big_aggregate(out, as, (size_t)n, &a->aggregate) != 0 ? fail("aggregate")
									     : 0;
	return big_aggregate_collaboration(
		   out, s->collaborations[0], (const big_collaboration *const *)s->collaborations,
		   a->collaboration_count, as, (size_t)n, &a->aggregate) != 0
		   ? fail("aggregate a collaboration")
		   : 0;
}

/* Aggregates the assessments, or the first collaboration over them; with
 * --trend=N the first N and the others, and the trend between the two. */
static int aggregate(struct state *s, const struct args *a, int n)
{
	for (size_t i = 0; i < a->collaboration_count; i++) {
		if (big_collaboration_load_file(&s->collaborations[i], s->cat, a->collaborations[i],
						NULL) != 0)
			return fail(a->collaborations[i]);
	}
	if (a->trend == 0)
		return aggregate_some(s, a, 0, n, &s->ag);
	if (a->trend >= n)
		return usage();
	if (aggregate_some(s, a, 0, a->trend, &s->before) ||
	    aggregate_some(s, a, a->trend, n - a->trend, &s->ag))
		return 1;
	return big_trend_new(&s->trend, s->before, s->ag) != 0 ? fail("trend") : 0;
}

/* The distribution of the reports of the assessments. */
static int distribution(struct state *s, const struct args *a, int n)
{
	for (int i = 0; i < n; i++) {
		if (big_score(&s->reports[i], s->as[i], &a->score) != 0)
			return fail("score");
	}
	return big_distribution_new(&s->dist, (const big_report *const *)s->reports, (size_t)n,
				    &a->distribution) != 0
		   ? fail("distribution")
		   : 0;
}

/* The percentile ranks of --ranks, numbers in the "C" locale whatever --locale set. */
static int ranks(struct state *s, char **text, size_t *len)
{
	const big_catalogue *cat = big_distribution_catalogue(s->dist);
	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0), was;
	FILE *f = c ? open_memstream(text, len) : NULL;

	if (f == NULL) {
		if (c)
			freelocale(c);
		return fail("ranks");
	}
	was = uselocale(c);
	for (size_t i = 0; i <= big_catalogue_root_count(cat); i++) {
		const big_node *node = i ? big_catalogue_root(cat, i - 1) : NULL;
		const big_scores *sc = node ? big_report_node_scores(s->reports[0], node)
					    : big_report_overall(s->reports[0]);
		for (int k = 0; k < BIG_DISTRIBUTION_SCORE_COUNT; k++) {
			big_distribution_score which = (big_distribution_score)k;
			bool has = which == BIG_DISTRIBUTION_IMPLEMENTATION ? sc->has_implementation
									    : sc->has_coverage;
			double v = which == BIG_DISTRIBUTION_IMPLEMENTATION ? sc->implementation
				   : which == BIG_DISTRIBUTION_COVERAGE     ? sc->coverage
									    : sc->comply_or_explain;
			double rank = 0;
			int rc = has ? big_distribution_percentile_rank_score(&rank, s->dist, node,
									      which, v)
				     : 0;
			fprintf(f, "%s %s ", node ? big_node_id(node) : "overall",
				big_distribution_score_name(which));
			if (!has)
				fputs("none\n", f);
			else if (rc != 0)
				fprintf(f, "error %s\n", big_error_name(rc));
			else
				fprintf(f, "%.17g\n", rank);
		}
	}
	uselocale(was);
	freelocale(c);
	return fclose(f) != 0 ? fail("ranks") : 0;
}

/* The migration of the first assessment. */
static int migrate(struct state *s, const struct args *a)
{
	if (a->to == NULL)
		return usage();
	if (load_catalogue(&s->to, a->to) != 0)
		return fail("--to");
	if (load_mapping(&s->mapping, a->mapping) != 0)
		return fail("mapping");
	return big_migrate(&s->migration, s->as[0], s->mapping, s->to, &a->migrate) != 0
		   ? fail("migrate")
		   : 0;
}

/* Appends @p n bytes of @p add to *@p text (malloc'ed: big_free() is free()
 * here). */
static int append(char **text, size_t *len, const char *add, size_t n)
{
	char *grown = realloc(*text, *len + n + 1);
	if (grown == NULL)
		return 1;
	memcpy(grown + *len, add, n);
	*len += n;
	grown[*len] = '\0';
	*text = grown;
	return 0;
}

/* The workbook template of the first assessment: its sheets as CSV, or the
 * assessment read back from them. */
static int workbook(struct state *s, const struct args *a, char **text, size_t *len)
{
	big_workbook_options wo = BIG_WORKBOOK_OPTIONS_INIT;
	big_workbook_csv form =
	    a->csv_flags & BIG_CSV_BOM ? BIG_WORKBOOK_CSV_EXCEL : BIG_WORKBOOK_CSV_COMMA;
	if (a->texts && big_texts_load_file(&s->texts, s->cat, a->texts, NULL) != 0)
		return fail(a->texts);
	wo.previous = s->as[0];
	wo.lang = a->score.lang;
	wo.texts = s->texts;
	if (big_workbook_template(&s->workbook, s->cat, &wo) != 0)
		return fail("template");
	if (a->output == OUT_ASSESSMENT) {
		form = BIG_WORKBOOK_CSV_EXCEL;
		if (big_workbook_new(&s->read_back) != 0)
			return fail("workbook");
	}
	*text = NULL;
	*len = 0;
	for (size_t i = 0; i < big_workbook_sheet_count(s->workbook); i++) {
		const char *name = big_workbook_sheet_name(s->workbook, i);
		char *csv = NULL, file[128];
		size_t n = 0;
		if (big_workbook_sheet_to_csv(&csv, &n, s->workbook, i, form) != 0)
			return fail("sheet");
		snprintf(file, sizeof(file), "w-%s.csv", name);
		int rc = s->read_back ? big_workbook_add_csv(s->read_back, file, csv, n)
				      : append(text, len, "== ", 3) ||
					    append(text, len, name, strlen(name)) ||
					    append(text, len, "\n", 1) || append(text, len, csv, n);
		big_free(csv);
		if (rc != 0)
			return fail(file);
	}
	if (!s->read_back)
		return 0;
	if (big_workbook_import(&s->imported, s->read_back, s->cat, NULL) != 0)
		return fail("import");
	return WRITE_JSON(s->imported, big_assessment_to_json);
}

/* Makes what @p a asks for and writes it into *text; 0 or not (message printed). */
static int run(struct state *s, const struct args *a, char **text, size_t *len)
{
	int n, rc;

	if (load_catalogue(&s->cat, a->catalogue) != 0)
		return fail("catalogue");
	n = load_assessments(s, a);
	if (n < 1)
		return n < 0 ? 1 : usage();
	switch (a->mode) {
	case MODE_COMPARE:
		if (big_assessment_load_file(&s->after, s->cat, a->after, NULL) != 0)
			return fail("after");
		if (big_compare(&s->cmp, s->as[0], s->after, &a->score) != 0)
			return fail("compare");
		return WRITE_JSON(s->cmp, big_comparison_to_json);
	case MODE_AGGREGATE:
		rc = aggregate(s, a, n);
		if (rc == 0 && s->trend)
			return WRITE(s->trend, big_trend_to_json, big_trend_to_csv);
		if (rc == 0 && (a->output == OUT_GAPS_CSV || a->output == OUT_RANKING_CSV))
			return ((a->output == OUT_GAPS_CSV ? big_aggregate_report_gaps_to_csv
							   : big_aggregate_report_ranking_to_csv)(
				    text, len, s->ag, a->csv_flags) != 0)
				   ? fail("write")
				   : 0;
		return rc ? rc
			  : WRITE(s->ag, big_aggregate_report_to_json, big_aggregate_report_to_csv);
	case MODE_DISTRIBUTION:
		rc = distribution(s, a, n);
		if (rc == 0 && a->output == OUT_RANKS)
			return ranks(s, text, len);
		return rc ? rc : WRITE(s->dist, big_distribution_to_json, big_distribution_to_csv);
	case MODE_EFFECTIVE:
		if (big_collaboration_load_file(&s->collaborations[0], s->cat, a->effective, NULL))
			return fail(a->effective);
		if (big_effective_assessment(&s->effective, s->collaborations[0], s->as[0],
					     n > 1 ? s->as[1] : NULL) != 0)
			return fail("effective assessment");
		if (a->output != OUT_REPORT)
			return WRITE_JSON(s->effective, big_assessment_to_json);
		if (big_score(&s->report, s->effective, &a->score) != 0)
			return fail("score");
		return WRITE_JSON(s->report, big_report_to_json);
	case MODE_WORKBOOK:
		return workbook(s, a, text, len);
	case MODE_MIGRATE:
		rc = migrate(s, a);
		if (rc == 0 && a->output == OUT_ASSESSMENT)
			return WRITE_JSON(big_migration_assessment(s->migration),
					  big_assessment_to_json);
		return rc ? rc : WRITE(s->migration, big_migration_to_json, big_migration_to_csv);
	default:
		if (a->output == OUT_FINGERPRINT) {
			/* big_free() is free() here: no allocator is installed. */
			const char *fp;
			if (big_catalogue_fingerprint(&fp, s->cat) != 0)
				return fail("fingerprint");
			*len = strlen(fp) + 1;
			if ((*text = malloc(*len + 1)) == NULL)
				return fail("fingerprint");
			snprintf(*text, *len + 1, "%s\n", fp);
			return 0;
		}
		s->score = a->score;
		if (a->texts && big_texts_load_file(&s->texts, s->cat, a->texts, NULL) != 0)
			return fail(a->texts);
		s->score.texts = s->texts;
		if (big_score(&s->report, s->as[0], &s->score) != 0)
			return fail("score");
		if (a->output == OUT_GAPS_CSV)
			return big_report_gaps_to_csv(text, len, s->report, a->csv_flags)
				   ? fail("write")
				   : 0;
		return WRITE(s->report, big_report_to_json, big_report_to_csv);
	}
}

static void state_free(struct state *s)
{
	big_assessment_free(s->imported);
	big_workbook_free(s->read_back);
	big_workbook_free(s->workbook);
	big_migration_free(s->migration);
	big_mapping_free(s->mapping);
	big_distribution_free(s->dist);
	big_trend_free(s->trend);
	big_aggregate_report_free(s->before);
	big_aggregate_report_free(s->ag);
	big_comparison_free(s->cmp);
	big_report_free(s->report);
	big_texts_free(s->texts);
	big_assessment_free(s->effective);
	big_assessment_free(s->after);
	for (int i = 0; i < MAX_LIST; i++) {
		big_report_free(s->reports[i]);
		big_assessment_free(s->as[i]);
		big_collaboration_free(s->collaborations[i]);
	}
	big_catalogue_free(s->to);
	big_catalogue_free(s->cat);
}

int main(int argc, char **argv)
{
	struct args a = {.aggregate = BIG_AGGREGATE_OPTIONS_INIT,
			 .distribution = BIG_DISTRIBUTION_OPTIONS_INIT,
			 .migrate = BIG_MIGRATE_OPTIONS_INIT};
	big_score_options defaults = BIG_SCORE_OPTIONS_INIT;
	struct state s;
	char *text = NULL;
	size_t len = 0;
	int status, i = 1;

	a.score = defaults;
	for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		if (!parse_option(&a, argv[i]))
			return usage();
	}
	if (argc - i < 2)
		return usage();
	if (a.locale != NULL && setlocale(LC_ALL, a.locale) == NULL) {
		fprintf(stderr, "report-json: no locale %s\n", a.locale);
		return 77;
	}
	a.catalogue = argv[i];
	a.files = argv + i + 1;
	a.file_count = argc - i - 1;
	/* The legacy form: CATALOGUE ASSESSMENT [ROLLUP [compact]] of a report or comparison. */
	if ((a.mode == MODE_REPORT || a.mode == MODE_COMPARE) && a.file_count > 1) {
		if (big_rollup_from_name(&a.score.rollup, a.files[1]) != 0)
			return fail("rollup");
		if (a.file_count > 3 || (a.file_count == 3 && strcmp(a.files[2], "compact") != 0))
			return usage();
		if (a.file_count == 3)
			a.json_flags |= BIG_JSON_COMPACT;
		a.file_count = 1;
	}
	memset(&s, 0, sizeof(s));
	status = run(&s, &a, &text, &len);
	if (status == 0 && (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0)) {
		fprintf(stderr, "report-json: cannot write the output\n");
		status = 1;
	}
	big_free(text);
	state_free(&s);
	return status;
}
