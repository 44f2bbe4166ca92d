/*
 * bigscore migrate — carries an assessment over to another catalogue along
 * a mapping (BIO 1.04 → BIO2 1.2 …), with the provenance of every result.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"
#include "i18n.h"

struct migrate_args {
	struct bs_common c;
	const char *mapping, *builtin_mapping, *output;
	int report, csv, compact, keep_maturity, quiet;
	struct bs_csv csv_opts;
	unsigned int csv_flags;
	struct bs_list operands;
};

static void print_help(void)
{
	printf("Usage: bigscore migrate (--mapping FILE | --builtin-mapping NAME) [OPTION]...\n"
	       "                        ASSESSMENT.json\n"
	       "\n"
	       "Migrates an assessment to the target catalogue of a libbig.mapping\n"
	       "(docs/scoring.md, \"Migration\"): equal and superset entries copy a\n"
	       "result, subset and intersect cap it at partially_implemented, several\n"
	       "sources take the most restrictive. Prints the migrated libbig.assessment;\n"
	       "a summary (requirements migrated, needing review, unmapped) goes to\n"
	       "stderr. The catalogues are the built-in ones the mapping names, or those\n"
	       "given with --catalogue.\n"
	       "\n"
	       "Options:\n"
	       "  --mapping FILE          the libbig.mapping document to migrate along\n"
	       "  --builtin-mapping NAME  a built-in mapping instead (bio-to-bio2,\n"
	       "                          bio2-1.2-to-1.3; see 'bigscore catalogues')\n"
	       "  --catalogue FILE        a source or target catalogue (repeatable)\n"
	       "  --builtin NAME          a built-in catalogue (repeatable)\n"
	       "  --strict                unknown fields are errors\n"
	       "  --keep-maturity         keep the maturity of a capped result (default:\n"
	       "                          at most 2)\n"
	       "  --report                print the libbig.migration provenance report\n"
	       "                          instead of the assessment\n"
	       "  --csv                   print the provenance report as CSV instead\n"
	       "  --lang nl|en            language of the titles in --csv (default: the\n"
	       "                          target catalogue's own)\n"
	       "  --csv-safe              CSV safe for a spreadsheet (the default): a text\n"
	       "                          field that starts with = + - @, a tab or a\n"
	       "                          carriage return gets an apostrophe in front\n"
	       "  --no-csv-safe           CSV text exactly as libbig writes it by default\n"
	       "  --compact               JSON on one line without indentation\n"
	       "  --output FILE           write to FILE instead of standard output\n"
	       "  -q, --quiet             no summary on stderr\n"
	       "  -h, --help              show this help\n"
	       "\n"
	       "%s",
	       bs_exit_help);
}

static int load_mapping(big_mapping **out, const struct migrate_args *ma,
			const big_load_options *lo)
{
	struct bs_doc d;
	big_load_options o;
	int status, rc;

	if (ma->builtin_mapping) {
		rc = big_mapping_builtin(out, ma->builtin_mapping);
		if (rc == BIG_ENOTFOUND)
			return bs_usage_error("migrate", "no built-in mapping '%s'",
					      ma->builtin_mapping);
		return rc < 0 ? bs_library_error(NULL) : BS_OK;
	}
	status = bs_doc_read(&d, ma->mapping);
	if (status == BS_OK)
		status = bs_doc_expect(&d, BS_DOC_MAPPING);
	o = bs_doc_load_options(&d, lo);
	if (status == BS_OK && big_mapping_load_buffer(out, d.data, d.len, &o) < 0)
		status = bs_library_error(d.name);
	for (size_t i = 0; status == BS_OK && i < big_mapping_diagnostic_count(*out); i++)
		bs_print_diagnostic(d.name, big_mapping_diagnostic(*out, i));
	bs_doc_free(&d);
	return status;
}

/* The catalogue the mapping names as its source or target. */
static int mapping_catalogue(const big_catalogue **out, struct bs_catalogues *cs, const char *side,
			     const char *id, const char *version)
{
	int status = bs_catalogues_lookup(out, cs, id, version, 1);
	if (status != BS_OK)
		return status;
	if (*out == NULL)
		return bs_usage_error("migrate",
				      "the mapping's %s catalogue %s %s is not at hand; "
				      "give it with --catalogue FILE",
				      side, id, version);
	return BS_OK;
}

/* Prints @p n ids, wrapped, after a label. */
static void print_ids(const char *label, const big_migration *m, size_t n,
		      const char *(*get)(const big_migration *, size_t))
{
	size_t col = bs_fprintf(stderr, "%s (%zu):", label, n);

	for (size_t i = 0; i < n; i++) {
		const char *id = get(m, i);

		if (col + 1 + strlen(id) > 78)
			col = bs_fprintf(stderr, "\n ") - 1;
		col += bs_fprintf(stderr, " %s", id);
	}
	fputc('\n', stderr);
}

static void print_summary(const big_migration *m, const big_assessment *src, const big_mapping *map)
{
	const big_catalogue *to = big_assessment_catalogue(big_migration_assessment(m));
	const big_catalogue *from = big_assessment_catalogue(src);

	bs_fprintf(stderr,
		   "migrated %s %s from %s %s to %s %s along %s:\n"
		   "  %zu of %zu requirements migrated, %zu need review\n",
		   big_assessment_organisation_id(src), big_assessment_period(src),
		   big_catalogue_id(from), big_catalogue_version(from), big_catalogue_id(to),
		   big_catalogue_version(to), big_mapping_id(map), big_migration_migrated_count(m),
		   big_catalogue_requirement_count(to), big_migration_review_count(m));
	print_ids("unmapped targets", m, big_migration_unmapped_target_count(m),
		  big_migration_unmapped_target);
	print_ids("unmapped sources", m, big_migration_unmapped_source_count(m),
		  big_migration_unmapped_source);
}

static int write_result(const big_migration *m, const struct migrate_args *ma)
{
	unsigned flags = ma->compact ? BIG_JSON_COMPACT : 0;
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (ma->csv)
		rc = big_migration_to_csv(&text, &len, m, ma->csv_flags);
	else if (ma->report)
		rc = big_migration_to_json(&text, &len, m, flags);
	else
		rc = big_assessment_to_json(&text, &len, big_migration_assessment(m), flags);
	return bs_print_document(rc, text, len, ma->output);
}

static int migrate(struct migrate_args *ma)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_migrate_options mo = BIG_MIGRATE_OPTIONS_INIT;
	struct bs_catalogues cs;
	big_mapping *map = NULL;
	big_assessment *a = NULL;
	big_migration *m = NULL;
	const big_catalogue *from = NULL, *to = NULL;
	const char *file = ma->operands.items[0];
	int status = bs_common_open(&ma->c, &cs, &lo);

	if (status == BS_OK)
		status = load_mapping(&map, ma, &lo);
	if (status == BS_OK)
		status = mapping_catalogue(&from, &cs, "source", big_mapping_source_id(map),
					   big_mapping_source_version(map));
	if (status == BS_OK)
		status = mapping_catalogue(&to, &cs, "target", big_mapping_target_id(map),
					   big_mapping_target_version(map));
	if (status == BS_OK && big_mapping_check(map, from, to) < 0)
		status = bs_library_error(ma->mapping);
	if (status == BS_OK)
		status = bs_load_assessment(&a, &cs, file, &lo, 1);
	if (ma->keep_maturity)
		mo.flags |= BIG_MIGRATE_KEEP_MATURITY;
	mo.lang = ma->c.lang;
	if (status == BS_OK && big_migrate(&m, a, map, to, &mo) < 0)
		status = bs_library_error(file);
	if (status == BS_OK)
		status = write_result(m, ma);
	if (status == BS_OK && !ma->quiet)
		print_summary(m, a, map);
	big_migration_free(m);
	big_assessment_free(a);
	big_mapping_free(map);
	bs_catalogues_close(&cs);
	return status;
}

int cmd_migrate(int argc, char **argv)
{
	struct migrate_args ma = {0};
	const struct bs_opt opts[] = {
	    BS_LOAD_OPTS(&ma.c),
	    {"--mapping", BS_VALUE, &ma.mapping},
	    {"--builtin-mapping", BS_VALUE, &ma.builtin_mapping},
	    {"--output", BS_VALUE, &ma.output},
	    {"--report", BS_FLAG, &ma.report},
	    {"--csv", BS_FLAG, &ma.csv},
	    {"--lang", BS_VALUE, &ma.c.lang},
	    BS_CSV_OPTS(&ma.csv_opts),
	    {"--compact", BS_FLAG, &ma.compact},
	    {"--keep-maturity", BS_FLAG, &ma.keep_maturity},
	    {"--quiet", BS_FLAG, &ma.quiet},
	    {"-q", BS_FLAG, &ma.quiet},
	};
	int status = bs_parse("migrate", argc, argv, opts, sizeof(opts) / sizeof(opts[0]),
			      &ma.operands, print_help);

	if (status < 0 && ma.operands.count != 1)
		status =
		    bs_usage_error("migrate", ma.operands.count ? "more than one assessment given"
								: "no assessment given");
	if (status < 0 && !ma.mapping == !ma.builtin_mapping)
		status = bs_usage_error("migrate",
					"give one of --mapping FILE and --builtin-mapping NAME");
	if (status < 0 && ma.report && ma.csv)
		status = bs_usage_error("migrate", "--report and --csv exclude each other");
	if (status < 0 && ma.compact && ma.csv)
		status = bs_usage_error("migrate", "--compact does not go with --csv");
	if (status < 0 && ma.c.lang && !bs_lang_find(ma.c.lang))
		status = bs_usage_error("migrate", "unknown language '%s' (nl or en)", ma.c.lang);
	if (status < 0)
		status = bs_csv_flags(&ma.csv_flags, &ma.csv_opts, "migrate");
	if (status < 0)
		status = migrate(&ma);
	bs_common_free(&ma.c);
	bs_list_free(&ma.operands);
	return status;
}
