/*
 * bigscore — command-line scorer for BIG, BIO and BIO2 self-assessments.
 *
 * This file dispatches to the subcommands (one file each: cmd-*.c) in the
 * table below. Exit codes: see bigscore.h.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "bigscore.h"

struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

static const struct command commands[] = {
    {"validate", cmd_validate, "check documents of any kind and list their diagnostics"},
    {"score", cmd_score, "score an assessment and print a summary or the JSON report"},
    {"gap", cmd_gap, "list the gaps of an assessment in priority order"},
    {"compare", cmd_compare, "compare two assessments: deltas and contributions"},
    {"aggregate", cmd_aggregate, "aggregate a collaboration, or a distribution over many"},
    {"migrate", cmd_migrate, "migrate an assessment to another catalogue along a mapping"},
    {"report", cmd_report, "write the HTML report for the college and the raad"},
    {"template", cmd_template, "write the self-evaluation workbook to fill in (XLSX, CSV)"},
    {"import", cmd_import, "read a filled workbook back as an assessment"},
    {"catalogues", cmd_catalogues, "list the built-in catalogues, or export one as JSON"},
};

#define COMMAND_COUNT (sizeof(commands) / sizeof(commands[0]))

const char bs_exit_help[] = "Exit status:\n"
			    "  0  success\n"
			    "  1  bad input document (syntax, schema, wrong catalogue ...),\n"
			    "     or, for validate, a document that is not valid\n"
			    "  2  usage error (unknown command or option, bad value)\n"
			    "  3  I/O error (a file cannot be read, output cannot be written)\n"
			    "  4  internal error (out of memory, library failure)\n"
			    "With several files the highest status of any applies.\n";

static void print_help(void)
{
	size_t i;

	printf("Usage: bigscore COMMAND [OPTION]... [FILE]...\n"
	       "       bigscore --help | --version\n"
	       "\n"
	       "Scores information-security self-assessments against the Dutch government\n"
	       "baselines (BIG, BIO, BIO2) with libbig.\n"
	       "\n"
	       "Commands:\n");
	for (i = 0; i < COMMAND_COUNT; i++)
		printf("  %-12s %s\n", commands[i].name, commands[i].summary);
	printf("\n"
	       "Options:\n"
	       "  -h, --help     show this help (or 'bigscore COMMAND --help')\n"
	       "  -V, --version  show the version of bigscore and libbig\n"
	       "\n"
	       "%s",
	       bs_exit_help);
}

static const struct command *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < COMMAND_COUNT; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

static int dispatch(int argc, char **argv)
{
	const struct command *cmd;

	if (argc < 2)
		return bs_usage_error(NULL, "no command given");
	if (bs_is_help(argv[1])) {
		print_help();
		return BS_OK;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("bigscore %s (libbig %s)\n", BIG_VERSION_STRING,
		       big_version(NULL, NULL, NULL));
		return BS_OK;
	}
	if (strcmp(argv[1], "help") == 0) {
		if (argc < 3) {
			print_help();
			return BS_OK;
		}
		cmd = find_command(argv[2]);
		if (cmd == NULL)
			return bs_usage_error(NULL, "unknown command '%s'", argv[2]);
		static char help_option[] = "--help";
		char *help_argv[] = {argv[2], help_option, NULL};
		return cmd->run(2, help_argv);
	}
	if (argv[1][0] == '-')
		return bs_usage_error(NULL, "unknown option '%s'", argv[1]);
	cmd = find_command(argv[1]);
	if (cmd == NULL)
		return bs_usage_error(NULL, "unknown command '%s'", argv[1]);
	return cmd->run(argc - 1, argv + 1);
}

int main(int argc, char **argv)
{
	int status;

	/* Output and diagnostics (stderr) interleave in order, also in a pipe. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	/* A file beyond the file size limit (ulimit -f) is then a write error
	 * that is reported, with an output file left as it was, instead of a
	 * signal that ends the program. */
	signal(SIGXFSZ, SIG_IGN);
	status = dispatch(argc, argv);

	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "bigscore: cannot write the output: %s\n", strerror(errno));
		return BS_IO;
	}
	return status;
}
