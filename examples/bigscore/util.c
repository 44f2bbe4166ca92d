/*
 * bigscore — helpers shared by the subcommands: errors, options, loading.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "bigscore.h"

int bs_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;

	fputs("bigscore: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'bigscore %s%s--help'.\n", command ? command : "",
		command ? " " : "");
	return BS_USAGE;
}

int bs_exit_code(int err)
{
	switch (err) {
	case BIG_OK:
		return BS_OK;
	case BIG_EIO:
		return BS_IO;
	case BIG_ENOMEM:
	case BIG_ERROR:
	case BIG_EINVAL:
		return BS_INTERNAL;
	default:
		return BS_INPUT;
	}
}

int bs_library_error(const char *file)
{
	const big_error *e = big_error_last();
	size_t n = file ? strlen(file) : 0;

	if (file == NULL || (strncmp(e->message, file, n) == 0 && e->message[n] == ':'))
		fprintf(stderr, "bigscore: %s\n", e->message);
	else
		fprintf(stderr, "bigscore: %s: %s\n", file, e->message);
	return bs_exit_code(e->code);
}

int bs_is_help(const char *arg)
{
	return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

int bs_option(const char *name, int argc, char **argv, int *i, const char **value)
{
	const char *arg = argv[*i];
	size_t n = strlen(name);

	if (strncmp(arg, name, n) != 0)
		return 0;
	if (arg[n] == '=') {
		*value = arg + n + 1;
		return 1;
	}
	if (arg[n] != '\0')
		return 0;
	if (*i + 1 >= argc)
		return -1;
	*value = argv[++*i];
	return 1;
}

void bs_print_diagnostic(const char *file, const big_diagnostic *d)
{
	const char *severity = big_severity_name(d->severity);

	fprintf(stderr, "%s: ", severity ? severity : "warning");
	if (file != NULL)
		fprintf(stderr, "%s: ", file);
	fprintf(stderr, "%s: %s\n", d->path && *d->path ? d->path : "$", d->message);
}

int bs_load_catalogue(big_catalogue **out, const char *file, const char *builtin,
		      const big_load_options *opts)
{
	size_t i, n;
	int rc;

	if (file == NULL) {
		rc = big_catalogue_builtin(out, builtin);
		if (rc == BIG_ENOTFOUND)
			return bs_usage_error(NULL,
					      "no built-in catalogue '%s' "
					      "(see 'bigscore catalogues')",
					      builtin);
		return rc < 0 ? bs_library_error(NULL) : BS_OK;
	}
	rc = big_catalogue_load_file(out, file, opts);
	if (rc < 0)
		return bs_library_error(file);
	n = big_catalogue_diagnostic_count(*out);
	for (i = 0; i < n; i++)
		bs_print_diagnostic(file, big_catalogue_diagnostic(*out, i));
	return BS_OK;
}
