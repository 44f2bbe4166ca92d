/*
 * The fuzz targets of the workbook import (fuzz-workbook.c: CSV files,
 * fuzz-workbook-xlsx.c: an XLSX file): the small catalogue they import
 * against, and what every import must do: a failure leaves no assessment
 * and names every error; an assessment that comes out comes back the same
 * through its own template (the round trip of docs/workbooks.md).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_FUZZ_WORKBOOK_H
#define BIG_FUZZ_WORKBOOK_H

#include <big.h>
#include <stdlib.h>
#include <string.h>

static const char catalogue_json[] =
    "{\"format\": \"libbig.catalogue\", \"format_version\": 1, \"id\": \"model\", "
    "\"version\": \"1\", \"title\": \"Fuzz\","
    "\"maturity_model\": {\"levels\": [{\"level\": 0, \"label\": \"l0\"}, {\"level\": 1, "
    "\"label\": \"l1\", \"criteria\": [{\"id\": "
    "\"owner\"}]}, {\"level\": 2, \"label\": \"l2\", \"criteria\": [{\"id\": \"written\"}, "
    "{\"id\": "
    "\"approved\"}]}, {\"level\": 3, \"label\": \"l3\", \"criteria\": [{\"id\": \"tested\"}]}]},"
    "\"tags\": [{\"id\": \"bbn1\"}, {\"id\": \"bbn2\"}],"
    "\"nodes\": [{\"id\": \"H1\", \"kind\": \"chapter\", \"title\": \"Een\", \"tags\": [\"bbn1\"], "
    "\"children\": [{\"id\": \"H1.1\", \"kind\": \"control\", \"title\": \"a\"}, {\"id\": "
    "\"H1.2\", \"kind\": \"control\", \"title\": \"b\", \"mandatory\": true}]},"
    "{\"id\": \"H2\", \"kind\": \"chapter\", \"title\": \"Twee\", \"children\": [{\"id\": "
    "\"H2.1\", \"kind\": \"control\", \"title\": \"c\", \"tags\": [\"bbn2\"]}]}],"
    "\"profiles\": [{\"id\": \"bbn1\", \"tags\": [\"bbn1\"]}, {\"id\": \"bbn2\", \"tags\": "
    "[\"bbn2\"], \"extends\": [\"bbn1\"]}]}";

/* The assessment through its own template (the same period: everything)
 * comes back with the same JSON. */
static void round_trip(const big_catalogue *cat, const big_assessment *a)
{
	big_workbook_options o = BIG_WORKBOOK_OPTIONS_INIT;
	big_workbook *wb = NULL;
	big_assessment *b = NULL;
	char *before = NULL, *after = NULL;
	o.previous = a;
	if (big_workbook_template(&wb, cat, &o) || big_workbook_import(&b, wb, cat, NULL) ||
	    big_assessment_to_json(&before, NULL, a, 0) ||
	    big_assessment_to_json(&after, NULL, b, 0))
		abort();
	if (strcmp(before, after) != 0)
		abort();
	big_free(before);
	big_free(after);
	big_assessment_free(b);
	big_workbook_free(wb);
}

/* The catalogue, loaded once and kept for the process. */
static const big_catalogue *workbook_catalogue(void)
{
	static big_catalogue *cat;
	if (!cat &&
	    big_catalogue_load_buffer(&cat, catalogue_json, sizeof(catalogue_json) - 1, NULL))
		abort();
	return cat;
}

/* Imports @wb lenient and strict, checking every outcome. */
static void check_import(big_workbook *wb)
{
	const big_catalogue *cat = workbook_catalogue();
	for (int strict = 0; strict <= 1; strict++) {
		big_workbook_import_options io = BIG_WORKBOOK_IMPORT_OPTIONS_INIT;
		big_assessment *a = NULL;
		io.strict = strict;
		int rc = big_workbook_import(&a, wb, cat, &io);
		if ((rc == 0) != (a != NULL))
			abort(); /* a failure must leave *out NULL */
		if (rc == BIG_ESCHEMA && big_workbook_error_count(wb) == 0)
			abort(); /* and list its errors */
		for (size_t i = 0, n = big_workbook_error_count(wb); i < n; i++) {
			const big_cell_error *e = big_workbook_error(wb, i);
			if (!*e->message)
				abort();
			/* Every error names its sheet, but for the last of more than
			 * 1000: the summary of the errors not listed, of the book. */
			if (!*e->sheet && (i != n - 1 || n != 1001 || e->row || *e->column ||
					   strncmp(e->message, "the workbook: ", 14) != 0))
				abort();
		}
		if (a) {
			round_trip(cat, a);
			big_assessment_free(a);
		}
	}
}

#endif /* BIG_FUZZ_WORKBOOK_H */
