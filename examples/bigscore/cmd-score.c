/*
 * bigscore score — scores one assessment and prints a summary, the JSON
 * report or the report as CSV.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"

struct score_args {
	const char *catalogue; /* --catalogue FILE, or NULL */
	const char *builtin;   /* --builtin NAME */
	const char *rollup;    /* --rollup METHOD, or NULL */
	const char *target;    /* --target N, or NULL */
	const char *profile;   /* --profile ID, or NULL */
	int strict, json, compact, csv, gaps_csv;
	const char *assessment;
};

static void print_help(void)
{
	printf("Usage: bigscore score [OPTION]... ASSESSMENT.json\n"
	       "\n"
	       "Scores a libbig.assessment document against its catalogue and prints a\n"
	       "summary: scores overall and per top-level node, the largest gaps, the\n"
	       "number of exceptions and diagnostics (diagnostics go to stderr).\n"
	       "\n"
	       "Options:\n"
	       "  --catalogue FILE   score against the libbig.catalogue document FILE\n"
	       "  --builtin NAME     score against a built-in catalogue (default: bio2;\n"
	       "                     see 'bigscore catalogues')\n"
	       "  --rollup METHOD    hierarchical (default), flat or weakest\n"
	       "  --target N         target maturity (default: the assessment's, else\n"
	       "                     the catalogue's)\n"
	       "  --profile ID       count only the requirements profile ID of the\n"
	       "                     catalogue selects (default: the assessment's)\n"
	       "  --strict           unknown fields and requirements are errors\n"
	       "  --json             print the libbig.report JSON document instead\n"
	       "  --compact          with --json: one line without indentation\n"
	       "  --csv              print the scores as CSV instead (RFC 4180: a row for\n"
	       "                     the whole assessment, then one per node)\n"
	       "  --gaps-csv         print the gaps as CSV instead, in priority order\n"
	       "                     (--json, --csv and --gaps-csv exclude each other)\n"
	       "  -h, --help         show this help\n"
	       "\n"
	       "%s",
	       bs_exit_help);
}

/* Matches an option with a value; see bs_option(). */
static int valued_option(struct score_args *sa, int argc, char **argv, int *i)
{
	const struct {
		const char *name;
		const char **value;
	} options[] = {
	    {"--catalogue", &sa->catalogue}, {"--builtin", &sa->builtin}, {"--rollup", &sa->rollup},
	    {"--target", &sa->target},       {"--profile", &sa->profile},
	};
	size_t k;
	int m;

	for (k = 0; k < sizeof(options) / sizeof(options[0]); k++)
		if ((m = bs_option(options[k].name, argc, argv, i, options[k].value)) != 0)
			return m;
	return 0;
}

/* Parses the arguments; returns -1 to go on, else an exit code. */
static int parse_args(struct score_args *sa, int argc, char **argv)
{
	int i, m, options = 1;

	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (!options || arg[0] != '-' || arg[1] == '\0') {
			if (sa->assessment != NULL)
				return bs_usage_error("score", "more than one assessment given");
			sa->assessment = arg;
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			options = 0;
		} else if (bs_is_help(arg)) {
			print_help();
			return BS_OK;
		} else if (strcmp(arg, "--strict") == 0) {
			sa->strict = 1;
		} else if (strcmp(arg, "--json") == 0) {
			sa->json = 1;
		} else if (strcmp(arg, "--compact") == 0) {
			sa->compact = 1;
		} else if (strcmp(arg, "--csv") == 0) {
			sa->csv = 1;
		} else if (strcmp(arg, "--gaps-csv") == 0) {
			sa->gaps_csv = 1;
		} else if ((m = valued_option(sa, argc, argv, &i)) != 0) {
			if (m < 0)
				return bs_usage_error("score", "option '%s' needs a value", arg);
		} else {
			return bs_usage_error("score", "unknown option '%s'", arg);
		}
	}
	if (sa->assessment == NULL)
		return bs_usage_error("score", "no assessment given");
	if (sa->catalogue != NULL && sa->builtin != NULL)
		return bs_usage_error("score", "--catalogue and --builtin exclude each other");
	if (sa->json + sa->csv + sa->gaps_csv > 1)
		return bs_usage_error("score", "--json, --csv and --gaps-csv exclude each other");
	if (sa->compact && !sa->json)
		return bs_usage_error("score", "--compact needs --json");
	if (sa->builtin == NULL)
		sa->builtin = "bio2";
	return -1;
}

/* Fills the score options from the arguments; returns -1 or an exit code. */
static int score_options(big_score_options *so, const struct score_args *sa,
			 const big_catalogue *cat)
{
	if (sa->rollup != NULL && big_rollup_from_name(&so->rollup, sa->rollup) < 0)
		return bs_usage_error(
		    "score", "unknown roll-up '%s' (hierarchical, flat or weakest)", sa->rollup);
	if (sa->target != NULL) {
		char *end;
		long t;

		errno = 0;
		t = strtol(sa->target, &end, 10);
		if (errno != 0 || end == sa->target || *end != '\0' || t < 0 ||
		    t > big_catalogue_max_level(cat))
			return bs_usage_error("score", "--target must be an integer from 0 to %d",
					      big_catalogue_max_level(cat));
		so->target = (int)t;
	}
	if (sa->profile != NULL && !big_catalogue_find_profile(cat, sa->profile))
		return bs_usage_error("score", "catalogue %s has no profile '%s'",
				      big_catalogue_id(cat), sa->profile);
	so->profile = sa->profile;
	return -1;
}

/* Prints the report as the JSON or CSV document the options ask for. */
static int print_document(const big_report *r, const struct score_args *sa)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (sa->csv)
		rc = big_report_to_csv(&text, &len, r, 0);
	else if (sa->gaps_csv)
		rc = big_report_gaps_to_csv(&text, &len, r, 0);
	else
		rc = big_report_to_json(&text, &len, r, sa->compact ? BIG_JSON_COMPACT : 0);
	if (rc < 0)
		return bs_library_error(NULL);
	fwrite(text, 1, len, stdout);
	big_free(text);
	return BS_OK;
}

int cmd_score(int argc, char **argv)
{
	struct score_args sa = {0};
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	big_catalogue *cat = NULL;
	big_assessment *a = NULL;
	big_report *r = NULL;
	size_t i, n;
	int status = parse_args(&sa, argc, argv);

	if (status >= 0)
		return status;
	if (sa.strict)
		lo.flags |= BIG_LOAD_STRICT;
	status = bs_load_catalogue(&cat, sa.catalogue, sa.builtin, &lo);
	if (status != BS_OK)
		goto out;
	status = score_options(&so, &sa, cat);
	if (status >= 0)
		goto out;
	if (big_assessment_load_file(&a, cat, sa.assessment, &lo) < 0) {
		status = bs_library_error(sa.assessment);
		goto out;
	}
	if (big_score(&r, a, &so) < 0) {
		status = bs_library_error(sa.assessment);
		goto out;
	}
	n = big_report_diagnostic_count(r);
	for (i = 0; i < n; i++)
		bs_print_diagnostic(NULL, big_report_diagnostic(r, i));
	if (sa.json || sa.csv || sa.gaps_csv) {
		status = print_document(r, &sa);
	} else {
		bs_print_report(stdout, a, r, big_catalogue_diagnostic_count(cat));
		status = BS_OK;
	}
out:
	big_report_free(r);
	big_assessment_free(a);
	big_catalogue_free(cat);
	return status;
}
