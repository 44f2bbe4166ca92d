/*
 * bigsynth — writes the deterministic synthetic national data set (SPEC §8)
 * into a folder. See `bigsynth --help` and docs/performance.md.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "synth.h"

static void usage(FILE *f)
{
	fprintf(f,
		"Usage: bigsynth [--seed N] [--organisations N] [--periods N] --out DIR\n"
		"\n"
		"Writes a synthetic national return of fictional municipalities against the\n"
		"built-in BIO2 1.2 catalogue: one libbig.assessment per municipality and\n"
		"period, ~30 collaborations per 340 municipalities (libbig.collaboration,\n"
		"3-12 members each, kinds sociale_dienst, belastingsamenwerking and ict)\n"
		"and each collaboration's own assessment per period. The same options give\n"
		"the same bytes. All names are invented; the CBS-style codes GM9... and\n"
		"SV9... are not in use.\n"
		"\n"
		"Options:\n"
		"  --seed N            seed of the generator (default %u)\n"
		"  --organisations N   number of municipalities, 1..%u (default %u)\n"
		"  --periods N         number of periods from %u on, 1..%u (default %u)\n"
		"  --out DIR           folder to write into (created when missing)\n"
		"  -h, --help          this text\n"
		"\n"
		"Files written below DIR:\n"
		"  assessments/<period>/<id>.json   GM9... municipalities and SV9...\n"
		"                                   collaborations (organisation.id = file name)\n"
		"  collaborations/<id>.json         SV9... collaborations\n"
		"\n"
		"Prints one line: the number of files and bytes written.\n"
		"Exit status: 0 success, 1 a file could not be written, 2 bad usage.\n",
		SYNTH_DEFAULT_SEED, SYNTH_MAX_ORGANISATIONS, SYNTH_DEFAULT_ORGANISATIONS,
		SYNTH_FIRST_PERIOD, SYNTH_MAX_PERIODS, SYNTH_DEFAULT_PERIODS);
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("bigsynth: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'bigsynth --help'.\n", stderr);
	return 2;
}

/* --name VALUE or --name=VALUE; 1 when argv[*i] is that option. */
static int option(const char *name, int argc, char **argv, int *i, const char **value)
{
	size_t n = strlen(name);
	if (strncmp(argv[*i], name, n) != 0)
		return 0;
	if (argv[*i][n] == '=') {
		*value = argv[*i] + n + 1;
		return 1;
	}
	if (argv[*i][n] != 0)
		return 0;
	*value = *i + 1 < argc ? argv[++*i] : NULL;
	return 1;
}

static int number(const char *s, uint64_t *out)
{
	char *end;
	if (!s || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end)
		return -1;
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	struct synth_options opts = {SYNTH_DEFAULT_SEED, SYNTH_DEFAULT_ORGANISATIONS,
				     SYNTH_DEFAULT_PERIODS};
	const char *out = NULL, *v;
	uint64_t n;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return 0;
		} else if (option("--seed", argc, argv, &i, &v)) {
			if (number(v, &opts.seed))
				return usage_error("--seed needs a number, not '%s'", v ? v : "");
		} else if (option("--organisations", argc, argv, &i, &v)) {
			if (number(v, &n) || n < 1 || n > SYNTH_MAX_ORGANISATIONS)
				return usage_error("--organisations needs 1..%u, not '%s'",
						   SYNTH_MAX_ORGANISATIONS, v ? v : "");
			opts.organisations = (size_t)n;
		} else if (option("--periods", argc, argv, &i, &v)) {
			if (number(v, &n) || n < 1 || n > SYNTH_MAX_PERIODS)
				return usage_error("--periods needs 1..%u, not '%s'",
						   SYNTH_MAX_PERIODS, v ? v : "");
			opts.periods = (size_t)n;
		} else if (option("--out", argc, argv, &i, &v)) {
			if (!v || !*v)
				return usage_error("--out needs a folder");
			out = v;
		} else {
			return usage_error("unknown option '%s'", argv[i]);
		}
	}
	if (!out)
		return usage_error("--out DIR is required");

	big_catalogue *cat = NULL;
	synth *s = NULL;
	char err[256];
	size_t files = 0, bytes = 0;
	if (big_catalogue_builtin(&cat, "bio2-1.2")) {
		fprintf(stderr, "bigsynth: %s\n", big_error_last()->message);
		return 1;
	}
	if (synth_new(&s, cat, &opts, err, sizeof(err))) {
		fprintf(stderr, "bigsynth: %s\n", err);
		big_catalogue_free(cat);
		return 1;
	}
	int rc = synth_write_tree(s, out, stderr, &files, &bytes) ? 1 : 0;
	if (rc == 0)
		printf("%zu files, %zu bytes written to %s (seed %" PRIu64
		       ", %zu organisations, %zu collaborations, %zu periods)\n",
		       files, bytes, out, opts.seed, synth_organisation_count(s),
		       synth_collaboration_count(s), synth_period_count(s));
	synth_free(s);
	big_catalogue_free(cat);
	return rc;
}
