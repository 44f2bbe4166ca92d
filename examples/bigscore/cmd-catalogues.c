/*
 * bigscore catalogues — lists the catalogues built into libbig.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include "bigscore.h"

static void print_help(void)
{
	printf("Usage: bigscore catalogues\n"
	       "\n"
	       "Lists the catalogues built into libbig: the name to give to\n"
	       "'bigscore score --builtin', the catalogue id and version, the number of\n"
	       "top-level nodes, of all nodes and of requirements (assessable nodes),\n"
	       "and the title.\n"
	       "\n"
	       "Options:\n"
	       "  -h, --help  show this help\n"
	       "\n"
	       "%s",
	       bs_exit_help);
}

static size_t requirement_count(const big_catalogue *cat)
{
	size_t i, n = big_catalogue_node_count(cat), count = 0;

	for (i = 0; i < n; i++)
		count += big_node_is_assessable(big_catalogue_node(cat, i));
	return count;
}

int cmd_catalogues(int argc, char **argv)
{
	size_t i, n = big_builtin_count();
	int status = BS_OK;

	if (argc > 1 && bs_is_help(argv[1])) {
		print_help();
		return BS_OK;
	}
	if (argc > 1)
		return bs_usage_error("catalogues", "unexpected argument '%s'", argv[1]);
	printf("%-12s %-10s %-8s %9s %6s %12s  %s\n", "Name", "Id", "Version", "Top-level", "Nodes",
	       "Requirements", "Title");
	for (i = 0; i < n; i++) {
		const char *name = big_builtin_name(i);
		big_catalogue *cat = NULL;

		if (big_catalogue_builtin(&cat, name) < 0) {
			fprintf(stderr, "bigscore: built-in catalogue '%s': %s\n", name,
				big_error_last()->message);
			status = bs_exit_code(big_error_last()->code);
			continue;
		}
		printf("%-12s %-10s %-8s %9zu %6zu %12zu  %s\n", name, big_catalogue_id(cat),
		       big_catalogue_version(cat), big_catalogue_root_count(cat),
		       big_catalogue_node_count(cat), requirement_count(cat),
		       big_catalogue_title(cat));
		big_catalogue_free(cat);
	}
	return status;
}
