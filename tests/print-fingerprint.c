/*
 * libbig tests — prints the content fingerprint of catalogues, one line
 * each, "<fingerprint> <name>": every built-in catalogue (no arguments), or
 * the catalogue files named. For tests/check-fingerprint.py, which holds the
 * fingerprints to docs/catalogues.md and to its own reading of docs/formats.md.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include "big.h"

static int print(int rc, big_catalogue **cat, const char *name)
{
	const char *fp = NULL;
	if (rc == 0)
		rc = big_catalogue_fingerprint(&fp, *cat);
	if (rc < 0) {
		fprintf(stderr, "%s\n", big_error_last()->message);
		big_catalogue_free(*cat);
		return 1;
	}
	printf("%s %s\n", fp, name);
	big_catalogue_free(*cat);
	return 0;
}

int main(int argc, char **argv)
{
	big_catalogue *cat = NULL;
	int failed = 0;
	for (size_t i = 0; argc < 2 && i < big_builtin_count(); i++)
		failed |= print(big_catalogue_builtin(&cat, big_builtin_name(i)), &cat,
				big_builtin_name(i));
	for (int i = 1; i < argc; i++)
		failed |= print(big_catalogue_load_file(&cat, argv[i], NULL), &cat, argv[i]);
	return failed;
}
