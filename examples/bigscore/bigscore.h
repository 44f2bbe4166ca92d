/*
 * bigscore — shared declarations of the command-line scorer.
 *
 * Exit codes (also listed by `bigscore --help`):
 *   0  success
 *   1  bad input document (syntax, schema, wrong catalogue …)
 *   2  usage error (unknown command or option, bad option value)
 *   3  I/O error (a file cannot be read, stdout cannot be written)
 *   4  internal error (out of memory, library failure)
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_H
#define BIGSCORE_H

#include <stdio.h>

#include <big.h>

enum { BS_OK = 0, BS_INPUT = 1, BS_USAGE = 2, BS_IO = 3, BS_INTERNAL = 4 };

/* Text of the exit-code section of every --help. */
extern const char bs_exit_help[];

/* Subcommands: argv[0] is the name of the subcommand. */
int cmd_score(int argc, char **argv);
int cmd_catalogues(int argc, char **argv);

/* Prints "bigscore: MESSAGE" and a hint to stderr; returns BS_USAGE. */
int bs_usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/*
 * Prints the library's last error as "bigscore: FILE: message" (FILE only
 * when the message does not already start with it) and returns the exit
 * code for it.
 */
int bs_library_error(const char *file);

/* Exit code for a negative big_error_code. */
int bs_exit_code(int err);

/* Whether argv[i] is -h or --help. */
int bs_is_help(const char *arg);

/*
 * Matches option @p name ("--target") at argv[*i], as "--target N" or
 * "--target=N". Returns 1 and sets *value (advancing *i past a separate
 * value), 0 when argv[*i] is another argument, -1 when the value is missing.
 */
int bs_option(const char *name, int argc, char **argv, int *i, const char **value);

/*
 * Loads the catalogue from @p file when it is not NULL, else the built-in
 * catalogue @p builtin. Prints its diagnostics as warnings. Returns an exit
 * code (BS_OK on success).
 */
int bs_load_catalogue(big_catalogue **out, const char *file, const char *builtin,
		      const big_load_options *opts);

/* Prints one diagnostic to stderr as "severity: [FILE: ]path: message". */
void bs_print_diagnostic(const char *file, const big_diagnostic *d);

/* Shown instead of a score that does not exist (never 0). */
#define BS_NO_SCORE "—"

/* Writes v (>= 0) with @p decimals decimals, rounded half up, into buf. */
const char *bs_fixed(char *buf, size_t size, double v, int decimals);
/* A fraction in [0,1] as a percentage with one decimal, or BS_NO_SCORE. */
const char *bs_percent(char *buf, size_t size, int has, double v);
/* Any finite number: an integer as such, else with two decimals. */
const char *bs_number(char *buf, size_t size, double v);
/* Width of UTF-8 text in code points. */
size_t bs_width(const char *s);
/* Writes s cut to @p w (>= 2) code points with "…", padded when @p pad. */
void bs_cut(FILE *out, const char *s, size_t w, int pad);
/* Writes s in a column of @p w code points: cut with "…" or padded. */
void bs_column(FILE *out, const char *s, size_t w);

/* Text output of the score command. */
void bs_print_report(FILE *out, const big_assessment *a, const big_report *r, size_t extra_diags);

#endif /* BIGSCORE_H */
