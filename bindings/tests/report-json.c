/*
 * report-json — prints the libbig.report document of a catalogue file and an
 * assessment file, exactly as big_report_to_json() writes it; or the CSV of
 * the report, or the libbig.comparison document of two assessments. The
 * binding tests compare what Python and PHP write with these bytes.
 *
 * Usage: report-json [OPTION...] CATALOGUE ASSESSMENT [ROLLUP [compact]]
 *
 *   CATALOGUE         a catalogue file, or builtin:NAME (e.g. builtin:bio2)
 *   --csv             print big_report_to_csv() instead
 *   --gaps-csv        print big_report_gaps_to_csv() instead
 *   --bom, --safe     the CSV flags BIG_CSV_BOM, BIG_CSV_SAFE
 *   --profile=ID      score option profile
 *   --target=N        score option target
 *   --compare=AFTER   print big_comparison_to_json() of ASSESSMENT (before)
 *                     and the assessment file AFTER
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "big.h"

enum output { OUT_JSON, OUT_CSV, OUT_GAPS_CSV, OUT_COMPARE };

static int fail(const char *what)
{
	const big_error *e = big_error_last();

	fprintf(stderr, "report-json: %s: %s (%s)\n", what, e->message, big_error_name(e->code));
	return 1;
}

static int usage(void)
{
	fprintf(stderr, "usage: report-json [--csv|--gaps-csv|--compare=AFTER] [--bom] [--safe] "
			"[--profile=ID] [--target=N] CATALOGUE ASSESSMENT [ROLLUP [compact]]\n");
	return 2;
}

static int load_catalogue(big_catalogue **cat, const char *arg)
{
	static const char builtin[] = "builtin:";

	if (strncmp(arg, builtin, sizeof(builtin) - 1) == 0)
		return big_catalogue_builtin(cat, arg + sizeof(builtin) - 1);
	return big_catalogue_load_file(cat, arg, NULL);
}

int main(int argc, char **argv)
{
	big_catalogue *cat = NULL;
	big_assessment *a = NULL, *after = NULL;
	big_report *r = NULL;
	big_comparison *cmp = NULL;
	big_score_options opts = BIG_SCORE_OPTIONS_INIT;
	enum output output = OUT_JSON;
	const char *after_path = NULL;
	unsigned int flags = 0, csv_flags = 0;
	char *text = NULL;
	size_t len = 0;
	int status = 1;
	int i = 1;
	int rc;

	for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		const char *opt = argv[i];

		if (strcmp(opt, "--csv") == 0) {
			output = OUT_CSV;
		} else if (strcmp(opt, "--gaps-csv") == 0) {
			output = OUT_GAPS_CSV;
		} else if (strcmp(opt, "--bom") == 0) {
			csv_flags |= BIG_CSV_BOM;
		} else if (strcmp(opt, "--safe") == 0) {
			csv_flags |= BIG_CSV_SAFE;
		} else if (strncmp(opt, "--profile=", 10) == 0) {
			opts.profile = opt + 10;
		} else if (strncmp(opt, "--target=", 9) == 0) {
			char *end;
			long target;

			errno = 0;
			target = strtol(opt + 9, &end, 10);
			if (errno != 0 || *end != '\0' || end == opt + 9 || target < INT_MIN ||
			    target > INT_MAX)
				return usage();
			opts.target = (int)target;
		} else if (strncmp(opt, "--compare=", 10) == 0) {
			output = OUT_COMPARE;
			after_path = opt + 10;
		} else {
			fprintf(stderr, "report-json: unknown option '%s'\n", opt);
			return usage();
		}
	}
	if (argc - i < 2 || argc - i > 4)
		return usage();
	if (argc - i >= 3 && big_rollup_from_name(&opts.rollup, argv[i + 2]) != 0)
		return fail("rollup");
	if (argc - i == 4) {
		if (strcmp(argv[i + 3], "compact") != 0) {
			fprintf(stderr, "report-json: unknown flag '%s'\n", argv[i + 3]);
			return 2;
		}
		flags = BIG_JSON_COMPACT;
	}

	if (load_catalogue(&cat, argv[i]) != 0) {
		status = fail("catalogue");
		goto out;
	}
	if (big_assessment_load_file(&a, cat, argv[i + 1], NULL) != 0) {
		status = fail("assessment");
		goto out;
	}
	if (output == OUT_COMPARE) {
		if (big_assessment_load_file(&after, cat, after_path, NULL) != 0) {
			status = fail("after");
			goto out;
		}
		if (big_compare(&cmp, a, after, &opts) != 0) {
			status = fail("compare");
			goto out;
		}
		rc = big_comparison_to_json(&text, &len, cmp, flags);
	} else {
		if (big_score(&r, a, &opts) != 0) {
			status = fail("score");
			goto out;
		}
		if (output == OUT_CSV)
			rc = big_report_to_csv(&text, &len, r, csv_flags);
		else if (output == OUT_GAPS_CSV)
			rc = big_report_gaps_to_csv(&text, &len, r, csv_flags);
		else
			rc = big_report_to_json(&text, &len, r, flags);
	}
	if (rc != 0) {
		status = fail("write");
		goto out;
	}
	if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
		fprintf(stderr, "report-json: cannot write the output\n");
		goto out;
	}
	status = 0;
out:
	big_free(text);
	big_comparison_free(cmp);
	big_report_free(r);
	big_assessment_free(after);
	big_assessment_free(a);
	big_catalogue_free(cat);
	return status;
}
