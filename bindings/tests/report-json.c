/*
 * report-json — prints the libbig.report document of a catalogue file and an
 * assessment file, exactly as big_report_to_json() writes it. The binding
 * tests compare the to_json() of Python and PHP with these bytes.
 *
 * Usage: report-json CATALOGUE ASSESSMENT [ROLLUP [compact]]
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "big.h"

static int fail(const char *what)
{
	const big_error *e = big_error_last();

	fprintf(stderr, "report-json: %s: %s (%s)\n", what, e->message, big_error_name(e->code));
	return 1;
}

int main(int argc, char **argv)
{
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;
	big_report *r = NULL;
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	unsigned int flags = 0;
	char *json = NULL;
	size_t len = 0;
	int status = 1;

	if (argc < 3 || argc > 5) {
		fprintf(stderr, "usage: report-json CATALOGUE ASSESSMENT [ROLLUP [compact]]\n");
		return 2;
	}
	if (argc >= 4 && big_rollup_from_name(&opts.rollup, argv[3]) != 0)
		return fail("rollup");
	if (argc == 5) {
		if (strcmp(argv[4], "compact") != 0) {
			fprintf(stderr, "report-json: unknown flag '%s'\n", argv[4]);
			return 2;
		}
		flags = BIG_JSON_COMPACT;
	}

	if (big_catalogue_load_file(&cat, argv[1], NULL) != 0) {
		status = fail("catalogue");
		goto out;
	}
	if (big_assessment_load_file(&a, cat, argv[2], NULL) != 0) {
		status = fail("assessment");
		goto out;
	}
	if (big_score(&r, a, &opts) != 0) {
		status = fail("score");
		goto out;
	}
	if (big_report_to_json(&json, &len, r, flags) != 0) {
		status = fail("report");
		goto out;
	}
	if (fwrite(json, 1, len, stdout) != len || fflush(stdout) != 0) {
		fprintf(stderr, "report-json: cannot write the report\n");
		goto out;
	}
	status = 0;
out:
	big_free(json);
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
	return status;
}
