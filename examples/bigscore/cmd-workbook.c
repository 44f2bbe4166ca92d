/*
 * bigscore template, bigscore import — the self-evaluation workbook
 * (docs/workbooks.md): the template of a catalogue as XLSX or CSV files,
 * and a filled workbook back as a libbig.assessment.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bigscore.h"

/* A workbook file is read whole, up to this size (the CSV reader's limit
 * is 32 MiB; the XLSX reader has its own). */
#define WORKBOOK_MAX_BYTES (64u << 20)

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	if (n < k)
		return 0;
	for (size_t i = 0; i < k; i++)
		if ((s[n - k + i] | 0x20) != (suffix[i] | 0x20))
			return 0;
	return 1;
}

/* ---- template ------------------------------------------------------------ */

struct template_args {
	struct bs_common c;
	const char *organisation, *name, *period, *texts, *previous, *format, *output;
	struct bs_list operands;
};

static void template_help(void)
{
	printf("Usage: bigscore template (--catalogue FILE | --builtin NAME | --previous FILE)\n"
	       "                         --organisation ID --period PERIOD [OPTION]... -o FILE\n"
	       "\n"
	       "Writes the self-evaluation workbook of a catalogue (docs/workbooks.md): a\n"
	       "sheet with one row per requirement of the profile to fill in (status,\n"
	       "maturity, explanation, owner, expiry, evidence, opzet / bestaan / werking,\n"
	       "improvement action), sheets for more actions, evidence, criteria and the\n"
	       "organisation, and a sheet explaining every column. 'bigscore import'\n"
	       "reads it back once it is filled in.\n"
	       "\n"
	       "Options:\n"
	       "  --catalogue FILE      the catalogue (a libbig.catalogue document)\n"
	       "  --builtin NAME        a built-in catalogue instead (see 'bigscore catalogues')\n"
	       "  --profile ID          one row per requirement of this profile (default:\n"
	       "                        the previous assessment's, else every requirement)\n"
	       "  --organisation ID     the organisation, e.g. GM0363 (default: the previous\n"
	       "                        assessment's)\n"
	       "  --name NAME           its name\n"
	       "  --period PERIOD       the period, e.g. 2026 (default: the previous one's)\n"
	       "  --lang nl|en          sheet names, headings and words (default: nl)\n"
	       "  --texts FILE          titles from a libbig.texts overlay\n"
	       "  --previous FILE       pre-fill from this libbig.assessment: of another period\n"
	       "                        its answers and its actions not done, of the same\n"
	       "                        period everything it holds\n"
	       "  --format xlsx|csv|csv-comma\n"
	       "                        XLSX, CSV as Dutch Excel opens it (UTF-8 with a byte\n"
	       "                        order mark, ';'), or RFC 4180 CSV with ','; default:\n"
	       "                        xlsx for an output FILE ending in .xlsx, else csv\n"
	       "  -o, --output FILE     the workbook; in CSV FILE holds the first sheet and\n"
	       "                        BASE-SHEET.csv beside it each other sheet\n"
	       "  --strict              unknown fields of the documents are errors\n"
	       "  -h, --help            show this help\n"
	       "\n"
	       "%s",
	       bs_exit_help);
}

/* The CSV files: @output for the first sheet, BASE-SHEET.csv for the others.
 * The first is written last, so that the file the user named changes only
 * when every other one is written. */
static int write_csv(const big_workbook *wb, const char *output, big_workbook_csv form)
{
	size_t base = strlen(output) - (ends_with(output, ".csv") ? 4 : 0);
	size_t n = big_workbook_sheet_count(wb);
	int status = BS_OK;
	for (size_t k = 1; status == BS_OK && k <= n; k++) {
		size_t i = k % n; /* 1, 2 … n - 1, then 0 */
		const char *sheet = big_workbook_sheet_name(wb, i);
		char *path = malloc(base + strlen(sheet) + 6), *text = NULL;
		size_t len = 0;
		if (!path)
			return bs_error(BS_INTERNAL, "out of memory");
		if (i == 0)
			strcpy(path, output);
		else
			sprintf(path, "%.*s-%s.csv", (int)base, output, sheet);
		int rc = big_workbook_sheet_to_csv(&text, &len, wb, i, form);
		status = bs_print_document(rc, text, len, path);
		free(path);
	}
	return status;
}

/* -1 when bigscore import can read back what template writes to @output
 * in @format (NULL: from the name), else a usage error naming the problem. */
static int output_readable(const char *output, const char *format)
{
	int xlsx = format ? strcmp(format, "xlsx") == 0 : ends_with(output, ".xlsx");
	big_workbook *probe = NULL;
	int status = -1;
	if (strcmp(output, "-") == 0)
		return bs_usage_error("template", "-o -: a workbook is written to files, not to "
						  "standard output");
	if (xlsx && !ends_with(output, ".xlsx"))
		return bs_usage_error("template",
				      "-o %s: an XLSX workbook's name must end in .xlsx, or "
				      "bigscore import reads it as CSV",
				      output);
	if (xlsx)
		return -1;
	if (!ends_with(output, ".csv"))
		return bs_usage_error("template",
				      "-o %s: a CSV workbook's first file must end in .csv (the "
				      "other sheets go beside it as BASE-SHEET.csv)",
				      output);
	/* The first file must read back as the requirements sheet: a name
	 * ending in -SHEET (x-bewijs.csv) would be read as that sheet. */
	if (big_workbook_new(&probe) < 0)
		return bs_library_error(NULL);
	if (big_workbook_add_csv(probe, output, "id\n", 3) == 0) {
		const char *sheet = big_workbook_sheet_name(probe, 0);
		if (strcmp(sheet, "Vereisten") != 0 && strcmp(sheet, "Requirements") != 0)
			status = bs_usage_error("template",
						"-o %s: bigscore import would read this file as "
						"sheet %s, not as the requirements: choose a name "
						"that does not end in -%s.csv",
						output, sheet, sheet);
	}
	big_workbook_free(probe);
	return status;
}

static int make_template(struct template_args *ta)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_workbook_options wo = BIG_WORKBOOK_OPTIONS_INIT;
	struct bs_catalogues cs;
	big_assessment *prev = NULL;
	big_texts *texts = NULL;
	big_workbook *wb = NULL;
	const big_catalogue *cat = NULL;
	int status = bs_common_open(&ta->c, &cs, &lo);

	if (status == BS_OK && ta->previous)
		status = bs_load_assessment(&prev, &cs, ta->previous, &lo, 1);
	if (status == BS_OK)
		cat = prev ? big_assessment_catalogue(prev) : cs.given[0];
	if (status == BS_OK && ta->texts)
		status = bs_load_texts(&texts, cat, ta->texts, &lo);
	wo.organisation_id = ta->organisation;
	wo.organisation_name = ta->name;
	wo.period = ta->period;
	wo.profile = ta->c.profile;
	wo.lang = ta->c.lang;
	wo.texts = texts;
	wo.previous = prev;
	if (status == BS_OK && big_workbook_template(&wb, cat, &wo) < 0)
		status = bs_library_error(NULL);
	if (status == BS_OK) {
		const char *f = ta->format                       ? ta->format
				: ends_with(ta->output, ".xlsx") ? "xlsx"
								 : "csv";
		if (strcmp(f, "xlsx") == 0) {
			if (big_workbook_write_xlsx(wb, ta->output) < 0)
				status = bs_library_error(ta->output);
		} else {
			status = write_csv(wb, ta->output,
					   strcmp(f, "csv") == 0 ? BIG_WORKBOOK_CSV_EXCEL
								 : BIG_WORKBOOK_CSV_COMMA);
		}
	}
	big_workbook_free(wb);
	big_texts_free(texts);
	big_assessment_free(prev);
	bs_catalogues_close(&cs);
	return status;
}

int cmd_template(int argc, char **argv)
{
	struct template_args ta = {0};
	const struct bs_opt opts[] = {
	    BS_LOAD_OPTS(&ta.c),
	    {"--profile", BS_VALUE, &ta.c.profile},
	    {"--lang", BS_VALUE, &ta.c.lang},
	    {"--organisation", BS_VALUE, &ta.organisation},
	    {"--name", BS_VALUE, &ta.name},
	    {"--period", BS_VALUE, &ta.period},
	    {"--texts", BS_VALUE, &ta.texts},
	    {"--previous", BS_VALUE, &ta.previous},
	    {"--format", BS_VALUE, &ta.format},
	    {"--output", BS_VALUE, &ta.output},
	    {"-o", BS_VALUE, &ta.output},
	};
	int status = bs_parse("template", argc, argv, opts, sizeof(opts) / sizeof(opts[0]),
			      &ta.operands, template_help);
	size_t given = ta.c.catalogues.count + ta.c.builtins.count;

	if (status < 0 && ta.operands.count)
		status =
		    bs_usage_error("template", "unexpected operand '%s'", ta.operands.items[0]);
	if (status < 0 && !ta.output)
		status = bs_usage_error("template", "no output file (-o FILE)");
	if (status < 0 && (given > 1 || (given == 0 && !ta.previous)))
		status = bs_usage_error("template", "give one catalogue (--catalogue FILE or "
						    "--builtin NAME), or --previous FILE");
	if (status < 0 && !ta.previous && (!ta.organisation || !ta.period))
		status = bs_usage_error("template", "--organisation and --period are needed "
						    "without --previous");
	if (status < 0 && ta.c.lang && strcmp(ta.c.lang, "nl") != 0 && strcmp(ta.c.lang, "en") != 0)
		status = bs_usage_error("template", "unknown language '%s' (nl or en)", ta.c.lang);
	if (status < 0 && ta.format && strcmp(ta.format, "xlsx") != 0 &&
	    strcmp(ta.format, "csv") != 0 && strcmp(ta.format, "csv-comma") != 0)
		status = bs_usage_error("template", "unknown format '%s' (xlsx, csv or csv-comma)",
					ta.format);
	if (status < 0 && !big_has_feature("xlsx") &&
	    (ta.format ? strcmp(ta.format, "xlsx") == 0 : ends_with(ta.output, ".xlsx")))
		status = bs_usage_error("template", "this libbig was built without XLSX workbooks "
						    "(meson option xlsx): use --format csv");
	if (status < 0)
		status = output_readable(ta.output, ta.format);
	if (status < 0)
		status = make_template(&ta);
	bs_common_free(&ta.c);
	bs_list_free(&ta.operands);
	return status;
}

/* ---- import -------------------------------------------------------------- */

struct import_args {
	struct bs_common c;
	const char *output;
	int compact;
	struct bs_list operands;
};

static void import_help(void)
{
	printf("Usage: bigscore import [OPTION]... WORKBOOK.xlsx\n"
	       "       bigscore import [OPTION]... BASE.csv BASE-SHEET.csv...\n"
	       "\n"
	       "Reads a filled self-evaluation workbook (made by 'bigscore template') and\n"
	       "writes it as a libbig.assessment. A CSV workbook is one file per sheet:\n"
	       "give them all (BASE*.csv). Every error is listed on stderr with its\n"
	       "sheet, row, column and value; on any error nothing is written.\n"
	       "\n"
	       "Options:\n"
	       "  --catalogue FILE    the catalogue (default: the built-in one the workbook\n"
	       "                      names on its Organisatie sheet)\n"
	       "  --builtin NAME      a built-in catalogue\n"
	       "  --strict            a requirement id the catalogue does not have is an\n"
	       "                      error (default: a warning, and its row is skipped)\n"
	       "  --compact           JSON on one line without indentation\n"
	       "  -o, --output FILE   write to FILE instead of standard output\n"
	       "  -h, --help          show this help\n"
	       "\n"
	       "%s",
	       bs_exit_help);
}

/* Reads @path whole into *@data (malloc'ed). Returns an exit code. */
static int read_file(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 1 << 16, n = 0;
	char *buf;
	*data = NULL;
	if (!f)
		return bs_error(bs_errno_status(errno), "%s: %s", path, strerror(errno));
	buf = malloc(cap);
	while (buf) {
		size_t k = fread(buf + n, 1, cap - n, f);
		n += k;
		if (k == 0)
			break;
		if (n == cap) {
			char *bigger = n >= WORKBOOK_MAX_BYTES ? NULL : realloc(buf, cap *= 2);
			if (!bigger) {
				free(buf);
				fclose(f);
				return n >= WORKBOOK_MAX_BYTES
					   ? bs_error(BS_INPUT, "%s: more than %u bytes", path,
						      WORKBOOK_MAX_BYTES)
					   : bs_error(BS_INTERNAL, "out of memory");
			}
			buf = bigger;
		}
	}
	if (!buf || ferror(f)) {
		int err = errno;
		free(buf);
		fclose(f);
		return buf ? bs_error(BS_IO, "%s: %s", path, strerror(err))
			   : bs_error(BS_INTERNAL, "out of memory");
	}
	fclose(f);
	*data = buf;
	*len = n;
	return BS_OK;
}

/* Reads every file into @wb, recording in @file_of the file of each sheet
 * (an XLSX file: of all of them). A file that cannot be read does not stop
 * the others: each error is printed, and the first one's status returned. */
static int read_workbook(big_workbook *wb, const struct bs_list *files, const char **file_of)
{
	int status = BS_OK;
	for (size_t i = 0; i < files->count; i++) {
		const char *path = files->items[i];
		char *data = NULL;
		size_t len = 0;
		int xlsx = ends_with(path, ".xlsx"), one;
		if (xlsx && files->count > 1)
			return bs_usage_error("import",
					      "an XLSX workbook is one file: give it alone");
		if (xlsx && !big_has_feature("xlsx"))
			return bs_usage_error("import",
					      "this libbig was built without XLSX workbooks "
					      "(meson option xlsx): save the workbook as CSV");
		size_t before = big_workbook_sheet_count(wb);
		one = read_file(path, &data, &len);
		if (one == BS_OK && (xlsx ? big_workbook_add_xlsx(wb, data, len, path)
					  : big_workbook_add_csv(wb, path, data, len)) < 0)
			one = bs_library_error(path);
		free(data);
		for (size_t k = before; k < big_workbook_sheet_count(wb) && k < files->count; k++)
			file_of[k] = path; /* an XLSX file, alone: its sheets are in it */
		if (status == BS_OK)
			status = one;
	}
	return status;
}

/* The file that holds sheet @sheet (a sheet's name: up to ", " in a
 * diagnostic's path), or @fallback. */
static const char *sheet_file(const big_workbook *wb, const struct bs_list *files,
			      const char **file_of, const char *sheet, const char *fallback)
{
	size_t n = strcspn(sheet, ",");
	for (size_t i = 0; i < big_workbook_sheet_count(wb); i++) {
		const char *name = big_workbook_sheet_name(wb, i);
		if (strlen(name) == n && strncasecmp(name, sheet, n) == 0)
			return i < files->count && file_of[i] ? file_of[i] : fallback;
	}
	return fallback;
}

/* The file of the Organisatie sheet, which names the catalogue. */
static const char *organisation_file(const big_workbook *wb, const struct bs_list *files,
				     const char **file_of, const char *fallback)
{
	const char *f = sheet_file(wb, files, file_of, "Organisatie", NULL);
	return f ? f : sheet_file(wb, files, file_of, "Organisation", fallback);
}

static int import(struct import_args *ia)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_workbook_import_options io = BIG_WORKBOOK_IMPORT_OPTIONS_INIT;
	struct bs_catalogues cs;
	big_workbook *wb = NULL;
	big_assessment *a = NULL;
	const big_catalogue *cat = NULL;
	const char *first = ia->operands.items[0];
	/* An XLSX file is one operand; a CSV file one sheet. */
	const char **file_of = calloc(ia->operands.count, sizeof(*file_of));
	int status =
	    file_of ? bs_common_open(&ia->c, &cs, &lo) : bs_error(BS_INTERNAL, "out of memory");

	if (!file_of)
		return status;
	if (status == BS_OK && big_workbook_new(&wb) < 0)
		status = bs_library_error(NULL);
	if (status == BS_OK)
		status = read_workbook(wb, &ia->operands, file_of);
	if (status == BS_OK && cs.given_count)
		cat = cs.given[0];
	if (status == BS_OK && !cat) {
		const char *id = big_workbook_catalogue_id(wb);
		const char *version = big_workbook_catalogue_version(wb);
		if (!id || !version)
			status =
			    bs_error(BS_INPUT,
				     "%s: the workbook names no catalogue (sheet Organisatie); "
				     "give it with --catalogue FILE or --builtin NAME",
				     organisation_file(wb, &ia->operands, file_of, first));
		else if ((status = bs_catalogues_lookup(&cat, &cs, id, version, 1)) == BS_OK &&
			 !cat)
			status = bs_error(BS_INPUT,
					  "%s: the workbook is for catalogue %s %s, which is not "
					  "built in; give it with --catalogue FILE",
					  organisation_file(wb, &ia->operands, file_of, first), id,
					  version);
	}
	io.strict = ia->c.strict;
	if (status == BS_OK && big_workbook_import(&a, wb, cat, &io) < 0) {
		size_t n = big_workbook_error_count(wb);
		/* The library's total ("N errors in the workbook; …"): beyond the
		 * first 1000 the list ends with a summary, not with every error. */
		unsigned long long total = n ? strtoull(big_error_last()->message, NULL, 10) : 0;
		if (total < n)
			total = n;
		for (size_t i = 0; i < n; i++) {
			const big_cell_error *e = big_workbook_error(wb, i);
			bs_fprintf(stderr, "%s: %s\n",
				   sheet_file(wb, &ia->operands, file_of, e->sheet, first),
				   e->message);
		}
		status = n ? bs_error(BS_INPUT, "%llu error%s in the workbook: nothing written",
				      total, total == 1 ? "" : "s")
			   : bs_library_error(first);
	}
	for (size_t i = 0; status == BS_OK && i < big_assessment_diagnostic_count(a); i++)
		bs_print_diagnostic(sheet_file(wb, &ia->operands, file_of,
					       big_assessment_diagnostic(a, i)->path, first),
				    big_assessment_diagnostic(a, i));
	if (status == BS_OK) {
		char *text = NULL;
		size_t len = 0;
		int rc = big_assessment_to_json(&text, &len, a, ia->compact ? BIG_JSON_COMPACT : 0);
		status = bs_print_document(rc, text, len, ia->output);
	}
	big_assessment_free(a);
	big_workbook_free(wb);
	bs_catalogues_close(&cs);
	free(file_of);
	return status;
}

int cmd_import(int argc, char **argv)
{
	struct import_args ia = {0};
	const struct bs_opt opts[] = {
	    BS_LOAD_OPTS(&ia.c),
	    {"--compact", BS_FLAG, &ia.compact},
	    {"--output", BS_VALUE, &ia.output},
	    {"-o", BS_VALUE, &ia.output},
	};
	int status = bs_parse("import", argc, argv, opts, sizeof(opts) / sizeof(opts[0]),
			      &ia.operands, import_help);

	if (status < 0 && ia.operands.count == 0)
		status = bs_usage_error("import", "no workbook given");
	if (status < 0 && ia.c.catalogues.count + ia.c.builtins.count > 1)
		status = bs_usage_error("import", "give at most one catalogue");
	if (status < 0)
		status = import(&ia);
	bs_common_free(&ia.c);
	bs_list_free(&ia.operands);
	return status;
}
