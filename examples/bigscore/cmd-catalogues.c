/*
 * bigscore catalogues — lists the catalogues and mappings built into
 * libbig, and exports one as its JSON document.
 *
 * The export writes the document the library was built from
 * (big_builtin_json(): libbig/catalogues/<id>-<version>.json or the mapping),
 * byte for byte.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"

static void print_help(void)
{
	printf("Usage: bigscore catalogues\n"
	       "       bigscore catalogues export NAME [--output FILE]\n"
	       "\n"
	       "Lists the catalogues built into libbig: the name to give to --builtin\n"
	       "(<id>-<version>), the alias that also names it (the short name of\n"
	       "earlier releases: bio2 is bio2-1.2), the catalogue id and version, the\n"
	       "number of top-level nodes, of all nodes and of requirements (assessable\n"
	       "nodes), and the title; then the content fingerprint of each (what an\n"
	       "assessment may name as catalogue.fingerprint; docs/formats.md); then\n"
	       "the built-in mappings, the name to give to 'migrate --builtin-mapping'.\n"
	       "\n"
	       "'export NAME' writes the built-in catalogue (by name or alias) or\n"
	       "mapping NAME as its libbig JSON document, byte for byte the file libbig\n"
	       "was built from (libbig/catalogues/<id>-<version>.json), e.g. to start\n"
	       "a catalogue of your own with the licensed texts.\n"
	       "\n"
	       "Options:\n"
	       "  --output FILE  with export: write to FILE instead of standard output\n"
	       "  -h, --help     show this help\n"
	       "\n"
	       "%s",
	       bs_exit_help);
}

/* Room for a fingerprint: "sha256:", 64 hex digits and a NUL. */
#define FINGERPRINT_SIZE 72

static int list(void)
{
	size_t i, n = big_builtin_count();
	int status = BS_OK;
	char(*fingerprints)[FINGERPRINT_SIZE] = calloc(n + 1, FINGERPRINT_SIZE);

	if (fingerprints == NULL)
		return bs_error(BS_INTERNAL, "out of memory");

	bs_printf("%-12s %-6s %-6s %-8s %9s %6s %12s  %s\n", "Name", "Also", "Id", "Version",
		  "Top-level", "Nodes", "Requirements", "Title");
	for (i = 0; i < n; i++) {
		const char *name = big_builtin_name(i);
		big_catalogue *cat = NULL;
		const char *fingerprint;

		if (big_catalogue_builtin(&cat, name) < 0) {
			status = bs_library_error(name);
			continue;
		}
		if (big_catalogue_fingerprint(&fingerprint, cat) < 0) {
			status = bs_library_error(name);
			big_catalogue_free(cat);
			continue;
		}
		const char *alias = big_builtin_alias(name);

		bs_printf("%-12s ", name);
		bs_column(stdout, alias ? alias : "—", 6);
		bs_printf(" %-6s %-8s %9zu %6zu %12zu  %s\n", big_catalogue_id(cat),
			  big_catalogue_version(cat), big_catalogue_root_count(cat),
			  big_catalogue_node_count(cat), big_catalogue_requirement_count(cat),
			  big_catalogue_title(cat));
		snprintf(fingerprints[i], FINGERPRINT_SIZE, "%s", fingerprint);
		big_catalogue_free(cat);
	}
	bs_printf("\n%-12s %s\n", "Name", "Fingerprint");
	for (i = 0; i < n; i++)
		if (fingerprints[i][0])
			bs_printf("%-12s %s\n", big_builtin_name(i), fingerprints[i]);
	free(fingerprints);
	bs_printf("\n%-16s %-16s %-16s %7s\n", "Mapping", "From", "To", "Entries");
	for (i = 0; i < big_builtin_mapping_count(); i++) {
		const char *name = big_builtin_mapping_name(i);
		big_mapping *m = NULL;
		char from[64], to[64];

		if (big_mapping_builtin(&m, name) < 0) {
			status = bs_library_error(name);
			continue;
		}
		snprintf(from, sizeof(from), "%s %s", big_mapping_source_id(m),
			 big_mapping_source_version(m));
		snprintf(to, sizeof(to), "%s %s", big_mapping_target_id(m),
			 big_mapping_target_version(m));
		bs_printf("%-16s %-16s %-16s %7zu\n", name, from, to, big_mapping_entry_count(m));
		big_mapping_free(m);
	}
	return status;
}

static int export(const char *name, const char *output)
{
	const char *text;
	size_t len;

	if (big_builtin_json(&text, &len, name))
		return bs_usage_error("catalogues",
				      "no built-in catalogue or mapping '%s' "
				      "(see 'bigscore catalogues')",
				      name);
	return bs_write_output(output, text, len);
}

int cmd_catalogues(int argc, char **argv)
{
	const char *output = NULL;
	const struct bs_opt opts[] = {{"--output", BS_VALUE, &output}};
	struct bs_list operands = {0};
	int status = bs_parse("catalogues", argc, argv, opts, 1, &operands, print_help);

	if (status >= 0) {
		bs_list_free(&operands);
		return status;
	}
	if (operands.count == 0 && output == NULL)
		status = list();
	else if (operands.count == 0 || strcmp(operands.items[0], "export") != 0)
		status = bs_usage_error("catalogues",
					operands.count ? "unexpected argument '%s'"
						       : "--output needs export%s",
					operands.count ? operands.items[0] : "");
	else if (operands.count != 2)
		status = bs_usage_error("catalogues", "export needs one NAME");
	else
		status = export(operands.items[1], output);
	bs_list_free(&operands);
	return status;
}
