/*
 * bigscore score — scores one assessment and prints a summary, the JSON
 * report or the report as CSV.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"

struct score_args {
	struct bs_common c;
	int json, compact, csv, gaps_csv;
	struct bs_csv csv_opts;
	unsigned int csv_flags;
	struct bs_list operands;
};

static void print_help(void)
{
	printf("Usage: bigscore score [OPTION]... ASSESSMENT.json\n"
	       "\n"
	       "Scores a libbig.assessment document against its catalogue and prints a\n"
	       "summary: scores overall and per top-level node, the largest gaps, the\n"
	       "number of exceptions and diagnostics (diagnostics go to stderr).\n"
	       "ASSESSMENT.json may be '-' for standard input.\n"
	       "\n"
	       "Options:\n"
	       "%s%s%s%s%s"
	       "  --json             print the libbig.report JSON document instead\n"
	       "  --compact          with --json: one line without indentation\n"
	       "  --csv              print the scores as CSV instead (RFC 4180: a row for\n"
	       "                     the whole assessment, then one per node)\n"
	       "  --gaps-csv         print the gaps as CSV instead, in priority order\n"
	       "                     (--json, --csv and --gaps-csv exclude each other)\n"
	       "%s"
	       "  -h, --help         show this help\n"
	       "\n"
	       "%s",
	       bs_load_help, bs_score_help, bs_lang_help, bs_texts_help, bs_member_help,
	       bs_csv_help, bs_exit_help);
}

/* Parses the arguments; returns -1 to go on, else an exit code. */
static int parse_args(struct score_args *sa, int argc, char **argv)
{
	const struct bs_opt opts[] = {
	    BS_LOAD_OPTS(&sa->c),           BS_SCORE_OPTS(&sa->c),
	    BS_TEXTS_OPTS(&sa->c),          BS_MEMBER_OPTS(&sa->c),
	    {"--json", BS_FLAG, &sa->json}, {"--compact", BS_FLAG, &sa->compact},
	    {"--csv", BS_FLAG, &sa->csv},   {"--gaps-csv", BS_FLAG, &sa->gaps_csv},
	    BS_CSV_OPTS(&sa->csv_opts),
	};
	int status = bs_parse("score", argc, argv, opts, sizeof(opts) / sizeof(opts[0]),
			      &sa->operands, print_help);

	if (status >= 0)
		return status;
	if (sa->operands.count == 0)
		return bs_usage_error("score", "no assessment given");
	if (sa->operands.count > 1)
		return bs_usage_error("score", "more than one assessment given");
	if (sa->json + sa->csv + sa->gaps_csv > 1)
		return bs_usage_error("score", "--json, --csv and --gaps-csv exclude each other");
	if (sa->compact && !sa->json)
		return bs_usage_error("score", "--compact needs --json");
	if ((status = bs_texts_check(&sa->c, "score")) >= 0)
		return status;
	if ((status = bs_member_check(&sa->c, "score")) >= 0)
		return status;
	return bs_csv_flags(&sa->csv_flags, &sa->csv_opts, "score");
}

/* Prints the report as the JSON or CSV document the options ask for. */
static int print_document(const big_report *r, const struct score_args *sa)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (sa->csv)
		rc = big_report_to_csv(&text, &len, r, sa->csv_flags);
	else if (sa->gaps_csv)
		rc = big_report_gaps_to_csv(&text, &len, r, sa->csv_flags);
	else
		rc = big_report_to_json(&text, &len, r, sa->compact ? BIG_JSON_COMPACT : 0);
	return bs_print_document(rc, text, len, NULL);
}

static int score(struct score_args *sa)
{
	struct bs_scored s;
	/* the warnings of an effective assessment name the file, as gap and report do */
	int status = bs_score_file(&s, &sa->c, "score", sa->operands.items[0],
				   sa->c.collaboration ? sa->operands.items[0] : NULL);

	if (status == BS_OK && (sa->json || sa->csv || sa->gaps_csv))
		status = print_document(s.r, sa);
	else if (status == BS_OK)
		status =
		    bs_print_report(stdout, s.a, s.r,
				    big_catalogue_diagnostic_count(big_assessment_catalogue(s.a)));
	bs_scored_free(&s);
	return status;
}

int cmd_score(int argc, char **argv)
{
	struct score_args sa = {0};
	int status = parse_args(&sa, argc, argv);

	if (status < 0)
		status = score(&sa);
	bs_common_free(&sa.c);
	bs_list_free(&sa.operands);
	return status;
}
