/*
 * bigscore — helpers shared by the subcommands: errors, options, output,
 * progress.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bigscore.h"
#include "collabs.h"
#include "i18n.h"

int bs_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;

	fputs("bigscore: ", stderr);
	va_start(ap, fmt);
	bs_vfprintf(stderr, fmt, ap);
	va_end(ap);
	bs_fprintf(stderr, "\nTry 'bigscore %s%s--help'.\n", command ? command : "",
		   command ? " " : "");
	return BS_USAGE;
}

int bs_error(int status, const char *fmt, ...)
{
	va_list ap;

	fputs("bigscore: ", stderr);
	va_start(ap, fmt);
	bs_vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return status;
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

int bs_errno_status(int err)
{
	return err == ENOMEM ? BS_INTERNAL : BS_IO;
}

int bs_library_error(const char *file)
{
	static const char suffix[] = "name one in the options (profile)";
	const big_error *e = big_error_last();
	size_t n = file ? strlen(file) : 0, len = strlen(e->message), n_suffix = sizeof(suffix) - 1;

	if (file == NULL || (strncmp(e->message, file, n) == 0 && e->message[n] == ':'))
		bs_fprintf(stderr, "bigscore: %s\n", e->message);
	else
		bs_fprintf(stderr, "bigscore: %s: %s\n", file, e->message);
	if (n_suffix <= len && strcmp(e->message + len - n_suffix, suffix) == 0)
		bs_fprintf(stderr, "bigscore: choose the profile to count with --profile ID\n");
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

int bs_list_add(struct bs_list *l, const char *s)
{
	if (l->count == l->size) {
		size_t size = l->size ? 2 * l->size : 8;
		const char **items = realloc(l->items, size * sizeof(*items));

		if (items == NULL)
			return bs_error(BS_INTERNAL, "out of memory");
		l->items = items;
		l->size = size;
	}
	l->items[l->count++] = s;
	return BS_OK;
}

void bs_list_free(struct bs_list *l)
{
	for (size_t i = 0; l->owns && i < l->count; i++)
		free((char *)l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = l->size = 0;
	l->owns = 0;
}

/* Matches argv[*i] against the options; returns -1 (matched), 0 (none) or an exit code. */
static int match_option(const char *command, int argc, char **argv, int *i,
			const struct bs_opt *opts, size_t n)
{
	const char *arg = argv[*i], *value = NULL;

	for (size_t k = 0; k < n; k++) {
		int m;

		if (opts[k].kind == BS_FLAG) {
			if (strcmp(arg, opts[k].name) != 0)
				continue;
			*(int *)opts[k].dest = 1;
			return -1;
		}
		m = bs_option(opts[k].name, argc, argv, i, &value);
		if (m == 0)
			continue;
		if (m < 0)
			return bs_usage_error(command, "option '%s' needs a value", arg);
		if (opts[k].kind == BS_VALUE) {
			*(const char **)opts[k].dest = value;
			return -1;
		}
		return bs_list_add(opts[k].dest, value) == BS_OK ? -1 : BS_INTERNAL;
	}
	return 0;
}

int bs_parse(const char *command, int argc, char **argv, const struct bs_opt *opts, size_t n,
	     struct bs_list *operands, void (*help)(void))
{
	int options = 1;

	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		int m;

		if (!options || arg[0] != '-' || arg[1] == '\0') {
			if (bs_list_add(operands, arg) != BS_OK)
				return BS_INTERNAL;
		} else if (strcmp(arg, "--") == 0) {
			options = 0;
		} else if (bs_is_help(arg)) {
			help();
			return BS_OK;
		} else if ((m = match_option(command, argc, argv, &i, opts, n)) != -1) {
			return m ? m : bs_usage_error(command, "unknown option '%s'", arg);
		}
	}
	return -1;
}

int bs_parse_int(const char *command, const char *option, const char *text, long min, long max,
		 long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(text, &end, 10);
	if (errno != 0 || end == text || *end != '\0' || v < min || v > max)
		return bs_usage_error(command, "%s must be an integer from %ld to %ld", option, min,
				      max);
	*out = v;
	return -1;
}

bool bs_is_date(const char *s)
{
	static const char pattern[] = "dddd-dd-dd";
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (strlen(s) != sizeof(pattern) - 1)
		return false;
	for (size_t i = 0; pattern[i]; i++)
		if (pattern[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != pattern[i])
			return false;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] && (m != 2 || d < 29 || leap);
}

int bs_score_options(big_score_options *so, const char *command, const char *rollup,
		     const char *target, const char *profile, const char *lang,
		     const big_catalogue *cat)
{
	/* The languages of the HTML report's labels are those of the titles. */
	if (lang != NULL && bs_lang_find(lang) == NULL)
		return bs_usage_error(command, "unknown language '%s' (nl or en)", lang);
	so->lang = lang;
	if (rollup != NULL && big_rollup_from_name(&so->rollup, rollup) < 0)
		return bs_usage_error(
		    command, "unknown roll-up '%s' (hierarchical, flat or weakest)", rollup);
	if (target != NULL) {
		long t = 0;
		int rc =
		    bs_parse_int(command, "--target", target, 0, big_catalogue_max_level(cat), &t);

		if (rc >= 0)
			return rc;
		so->target = (int)t;
	}
	if (profile != NULL && !big_catalogue_find_profile(cat, profile))
		return bs_usage_error(command, "catalogue %s has no profile '%s'",
				      big_catalogue_id(cat), profile);
	so->profile = profile;
	return -1;
}

const char bs_load_help[] =
    "  --catalogue FILE   a libbig.catalogue document to load the documents with;\n"
    "                     repeat for several (each document takes the one it names)\n"
    "  --builtin NAME     a built-in catalogue instead (see 'bigscore catalogues');\n"
    "                     default: the built-in catalogue each document names\n"
    "  --strict           unknown fields and requirements are errors\n";

const char bs_score_help[] =
    "  --rollup METHOD    hierarchical (default), flat or weakest\n"
    "  --target N         target maturity (default: the assessment's, else the\n"
    "                     catalogue's)\n"
    "  --profile ID       count only the requirements profile ID of the catalogue\n"
    "                     selects (default: the assessment's)\n";

const char bs_lang_help[] =
    "  --lang nl|en       language of the node titles (default: the catalogue's\n"
    "                     own titles; a catalogue without titles in that\n"
    "                     language keeps its own)\n";

const char bs_texts_help[] =
    "  --texts FILE       a libbig.texts overlay for the assessment's catalogue:\n"
    "                     its titles replace the catalogue's in its language\n"
    "  --show-text        show each node's text (of --texts) in the outputs\n";

const char bs_member_help[] =
    "  --collaboration FILE\n"
    "                     a libbig.collaboration of which the organisation is a\n"
    "                     member: its effective assessment is scored, the\n"
    "                     delegated requirements under the collaboration's\n"
    "                     policy with the collaboration's own assessment,\n"
    "                     read as DIR/ITS-ID.json\n"
    "  --members DIR      where that assessment is (default: the directory of\n"
    "                     ASSESSMENT.json)\n"
    "  --collaborations PATH\n"
    "                     nested collaborations (a file or a directory;\n"
    "                     repeatable): when the organisation is a member of\n"
    "                     one of these, reached from --collaboration\n";

int bs_member_check(const struct bs_common *c, const char *command)
{
	if ((c->members || c->collaborations.count) && !c->collaboration)
		return bs_usage_error(command,
				      "--members and --collaborations need --collaboration");
	return -1;
}

int bs_texts_check(const struct bs_common *c, const char *command)
{
	if (c->show_text && c->texts == NULL)
		return bs_usage_error(command, "--show-text needs --texts FILE: the overlay "
					       "whose texts to show");
	return -1;
}

const char bs_csv_help[] =
    "  --csv-safe         CSV safe for a spreadsheet (the default): a text field\n"
    "                     that starts with = + - @, a tab or a carriage return\n"
    "                     gets an apostrophe in front, so that it is not taken\n"
    "                     for a formula\n"
    "  --no-csv-safe      CSV text exactly as libbig writes it by default\n";

int bs_csv_flags(unsigned int *flags, const struct bs_csv *c, const char *command)
{
	if (c->safe && c->raw)
		return bs_usage_error(command, "--csv-safe and --no-csv-safe exclude each other");
	*flags = c->raw ? 0 : BIG_CSV_SAFE;
	return -1;
}

int bs_common_open(struct bs_common *c, struct bs_catalogues *cs, big_load_options *lo)
{
	if (c->strict)
		lo->flags |= BIG_LOAD_STRICT;
	return bs_catalogues_open(cs, &c->catalogues, &c->builtins, lo);
}

void bs_common_free(struct bs_common *c)
{
	bs_list_free(&c->catalogues);
	bs_list_free(&c->builtins);
	bs_list_free(&c->collaborations);
}

int bs_score_file(struct bs_scored *s, struct bs_common *c, const char *command, const char *file,
		  const char *diag_file)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	int status;

	memset(s, 0, sizeof(*s));
	s->cs = calloc(1, sizeof(*s->cs));
	if (s->cs == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	status = bs_common_open(c, s->cs, &lo);
	if (status == BS_OK)
		status = bs_load_assessment(&s->a, s->cs, file, &lo, 0);
	if (status == BS_OK && c->collaboration != NULL)
		status = bs_effective_load(&s->a, s->cs, file, c, &lo);
	if (status == BS_OK) {
		status = bs_score_options(&so, command, c->rollup, c->target, c->profile, c->lang,
					  big_assessment_catalogue(s->a));
		status = status < 0 ? BS_OK : status;
	}
	if (status == BS_OK && c->texts != NULL) {
		status = bs_load_texts(&s->texts, big_assessment_catalogue(s->a), c->texts, &lo);
		so.texts = s->texts;
	}
	so.include_text = c->show_text != 0;
	so.as_of = c->as_of;
	s->so = so;
	if (status == BS_OK && big_score(&s->r, s->a, &so) < 0)
		status = bs_library_error(file);
	for (size_t i = 0; status == BS_OK && i < big_report_diagnostic_count(s->r); i++)
		bs_print_diagnostic(diag_file, big_report_diagnostic(s->r, i));
	return status;
}

void bs_scored_free(struct bs_scored *s)
{
	big_report_free(s->r);
	big_texts_free(s->texts);
	big_assessment_free(s->a);
	if (s->cs)
		bs_catalogues_close(s->cs);
	free(s->cs);
	memset(s, 0, sizeof(*s));
}

void bs_print_diagnostic(const char *file, const big_diagnostic *d)
{
	const char *severity = big_severity_name(d->severity);

	bs_fprintf(stderr, "%s: ", severity ? severity : "warning");
	if (file != NULL)
		bs_fprintf(stderr, "%s: ", file);
	bs_fprintf(stderr, "%s: %s\n", d->path && *d->path ? d->path : "$", d->message);
}

int bs_print_document(int rc, char *text, size_t len, const char *output)
{
	int status;

	if (rc < 0)
		return bs_library_error(NULL);
	status = bs_write_output(output, text, len);
	big_free(text);
	return status;
}

void bs_progress_start(struct bs_progress *p, const char *verb, size_t total, int forced)
{
	p->verb = verb;
	p->total = total;
	p->terminal = isatty(STDERR_FILENO);
	p->on = forced || (p->terminal && total > 1);
}

void bs_progress_step(struct bs_progress *p, size_t done)
{
	size_t step = p->total / 10 ? p->total / 10 : 1;

	if (!p->on)
		return;
	if (p->terminal) {
		bs_fprintf(stderr, "\r%s %zu/%zu files%s", p->verb, done, p->total,
			   done == p->total ? "\n" : "");
	} else if (done % step == 0 || done == p->total) {
		bs_fprintf(stderr, "%s %zu/%zu files\n", p->verb, done, p->total);
	}
	fflush(stderr);
}
