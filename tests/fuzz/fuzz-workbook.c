/*
 * Fuzz target: the CSV workbook import. The input is one or more CSV files:
 * the first is the requirements sheet, each line "=== NAME\n" starts the
 * file NAME (e.g. "=== w-Organisatie.csv"). They are read into a workbook
 * and imported against a small catalogue, lenient and strict. A failure
 * must name its errors; an assessment that comes out must come back the
 * same through its own template (the round trip of docs/workbooks.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

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

/* Reads the files of @data into @wb; how many were refused. */
static void read_files(big_workbook *wb, const char *data, size_t size)
{
	static const char marker[] = "\n=== ";
	const char *p = data, *end = data + size, *name = "w.csv";
	size_t name_len = 5;
	while (p <= end) {
		const char *next = NULL;
		for (const char *q = p; q + sizeof(marker) - 1 <= end; q++)
			if (memcmp(q, marker, sizeof(marker) - 1) == 0) {
				next = q;
				break;
			}
		const char *stop = next ? next + 1 : end; /* the file ends with its newline */
		char file[64];
		size_t n = name_len < sizeof(file) - 1 ? name_len : sizeof(file) - 1;
		memcpy(file, name, n);
		file[n] = '\0';
		if (strlen(file) == n) { /* no NUL in the name */
			int rc = big_workbook_add_csv(wb, file, p, (size_t)(stop - p));
			if (rc && !*big_error_last()->message)
				abort();
		}
		if (!next)
			break;
		name = next + sizeof(marker) - 1;
		const char *nl = memchr(name, '\n', (size_t)(end - name));
		name_len = (size_t)((nl ? nl : end) - name);
		p = nl ? nl + 1 : end + 1;
	}
}

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static big_catalogue *cat; /* loaded once, kept for the process */
	big_workbook *wb = NULL;
	if (!cat &&
	    big_catalogue_load_buffer(&cat, catalogue_json, sizeof(catalogue_json) - 1, NULL))
		abort();
	if (big_workbook_new(&wb))
		abort();
	read_files(wb, (const char *)data, size);
	for (int strict = 0; strict <= 1; strict++) {
		big_workbook_import_options io = BIG_WORKBOOK_IMPORT_OPTIONS_INIT;
		big_assessment *a = NULL;
		io.strict = strict;
		int rc = big_workbook_import(&a, wb, cat, &io);
		if ((rc == 0) != (a != NULL))
			abort(); /* a failure must leave *out NULL */
		if (rc == BIG_ESCHEMA && big_workbook_error_count(wb) == 0)
			abort(); /* and list its errors */
		for (size_t i = 0; i < big_workbook_error_count(wb); i++) {
			const big_cell_error *e = big_workbook_error(wb, i);
			if (!*e->message || !*e->sheet)
				abort();
		}
		if (a) {
			round_trip(cat, a);
			big_assessment_free(a);
		}
	}
	big_workbook_free(wb);
	return 0;
}
