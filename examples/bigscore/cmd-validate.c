/*
 * bigscore validate — checks documents of any kind: catalogues,
 * assessments, mappings and collaborations.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"

struct validate_args {
	struct bs_common c;
	int quiet, skip_unreadable;
	struct bs_list operands;
};

static void print_help(void)
{
	printf("Usage: bigscore validate [OPTION]... FILE...\n"
	       "\n"
	       "Checks each FILE ('-': standard input, a directory: the *.json files in\n"
	       "it), whatever its kind: the \"format\" member says which, one of\n"
	       "libbig.catalogue, libbig.assessment, libbig.mapping,\n"
	       "libbig.collaboration and libbig.texts. Prints \"FILE: OK (…)\" for a valid "
	       "document, and\n"
	       "the error, with its line:column or JSON path, for one that is not;\n"
	       "diagnostics are printed as warnings.\n"
	       "\n"
	       "An assessment, a collaboration or a text overlay is checked against the\n"
	       "catalogue it names (--catalogue, --builtin, else the built-in one); an\n"
	       "assessment is\n"
	       "also scored, which finds maturity/criteria disagreements. A mapping is\n"
	       "checked against its source and target catalogues when both are at hand\n"
	       "(given, or built in).\n"
	       "\n"
	       "Options:\n"
	       "%s"
	       "  -q, --quiet        print nothing for valid documents\n"
	       "%s"
	       "  -h, --help         show this help\n"
	       "\n"
	       "%s",
	       bs_load_help, bs_skip_help, bs_exit_help);
}

/* Prints the diagnostics of @p obj, a big_KIND, and sets @p n to their number. */
#define PRINT_DIAGNOSTICS(n, file, obj, kind)                                        \
	do {                                                                         \
		(n) = big_##kind##_diagnostic_count(obj);                            \
		for (size_t k_ = 0; k_ < (n); k_++)                                  \
			bs_print_diagnostic(file, big_##kind##_diagnostic(obj, k_)); \
	} while (0)

static int validate_catalogue(const struct bs_doc *d, const big_load_options *lo, char *what,
			      size_t size, size_t *count)
{
	big_catalogue *cat = NULL;
	size_t warnings;

	if (big_catalogue_load_buffer(&cat, d->data, d->len, lo) < 0)
		return bs_library_error(d->name);
	PRINT_DIAGNOSTICS(warnings, d->name, cat, catalogue);
	/* Its fingerprint: what an assessment names to be scored against this
	 * content only (docs/formats.md). */
	const char *fingerprint;
	if (big_catalogue_fingerprint(&fingerprint, cat) < 0) {
		big_catalogue_free(cat);
		return bs_library_error(d->name);
	}
	snprintf(what, size, "catalogue %s %s, %zu requirements, fingerprint %s",
		 big_catalogue_id(cat), big_catalogue_version(cat),
		 big_catalogue_requirement_count(cat), fingerprint);
	*count = warnings;
	big_catalogue_free(cat);
	return BS_OK;
}

static int validate_assessment(const struct bs_doc *d, struct bs_catalogues *cs,
			       const big_load_options *lo, char *what, size_t size, size_t *count)
{
	const big_catalogue *cat = NULL;
	big_assessment *a = NULL;
	big_report *r = NULL;
	size_t warnings;
	int status =
	    bs_catalogues_find(&cat, cs, d->name, "$.catalogue", d->cat_id, d->cat_version);

	if (status != BS_OK)
		return status;
	if (big_assessment_load_buffer(&a, cat, d->data, d->len, lo) < 0)
		return bs_library_error(d->name);
	/* Scoring adds what only scoring finds (maturity-mismatch …). */
	if (big_score(&r, a, NULL) < 0) {
		status = bs_library_error(d->name);
	} else {
		PRINT_DIAGNOSTICS(warnings, d->name, r, report);
		snprintf(what, size, "assessment of %s for %s against %s %s",
			 big_assessment_organisation_id(a), big_assessment_period(a),
			 big_catalogue_id(cat), big_catalogue_version(cat));
		*count = warnings;
	}
	big_report_free(r);
	big_assessment_free(a);
	return status;
}

static int validate_collaboration(const struct bs_doc *d, struct bs_catalogues *cs,
				  const big_load_options *lo, char *what, size_t size,
				  size_t *count)
{
	const big_catalogue *cat = NULL;
	big_collaboration *c = NULL;
	size_t warnings;
	int status =
	    bs_catalogues_find(&cat, cs, d->name, "$.catalogue", d->cat_id, d->cat_version);

	if (status != BS_OK)
		return status;
	if (big_collaboration_load_buffer(&c, cat, d->data, d->len, lo) < 0)
		return bs_library_error(d->name);
	PRINT_DIAGNOSTICS(warnings, d->name, c, collaboration);
	snprintf(what, size, "collaboration %s, %zu members, %zu delegated, against %s %s",
		 big_collaboration_id(c), big_collaboration_member_count(c),
		 big_collaboration_delegated_count(c), big_catalogue_id(cat),
		 big_catalogue_version(cat));
	*count = warnings;
	big_collaboration_free(c);
	return BS_OK;
}

static int validate_mapping(const struct bs_doc *d, struct bs_catalogues *cs,
			    const big_load_options *lo, char *what, size_t size, size_t *count)
{
	big_mapping *m = NULL;
	const big_catalogue *src = NULL, *tgt = NULL;
	size_t warnings;
	int status = BS_OK;

	if (big_mapping_load_buffer(&m, d->data, d->len, lo) < 0)
		return bs_library_error(d->name);
	PRINT_DIAGNOSTICS(warnings, d->name, m, mapping);
	status = bs_catalogues_lookup(&src, cs, big_mapping_source_id(m),
				      big_mapping_source_version(m), 1);
	if (status == BS_OK)
		status = bs_catalogues_lookup(&tgt, cs, big_mapping_target_id(m),
					      big_mapping_target_version(m), 1);
	if (status == BS_OK && src && tgt && big_mapping_check(m, src, tgt) < 0) {
		status = bs_library_error(d->name);
	} else if (status == BS_OK) {
		snprintf(what, size, "mapping %s from %s %s to %s %s, %zu entries%s",
			 big_mapping_id(m), big_mapping_source_id(m), big_mapping_source_version(m),
			 big_mapping_target_id(m), big_mapping_target_version(m),
			 big_mapping_entry_count(m),
			 src && tgt ? "" : "; not checked against the catalogues (not at hand)");
		*count = warnings;
	}
	big_mapping_free(m);
	return status;
}

static int validate_texts(const struct bs_doc *d, struct bs_catalogues *cs,
			  const big_load_options *lo, char *what, size_t size, size_t *count)
{
	const big_catalogue *cat = NULL;
	big_texts *t = NULL;
	size_t warnings;
	int status =
	    bs_catalogues_find(&cat, cs, d->name, "$.catalogue", d->cat_id, d->cat_version);

	if (status != BS_OK)
		return status;
	if (big_texts_load_buffer(&t, cat, d->data, d->len, lo) < 0)
		return bs_library_error(d->name);
	PRINT_DIAGNOSTICS(warnings, d->name, t, texts);
	snprintf(what, size, "texts in %s for %zu nodes of %s %s", big_texts_language(t),
		 big_texts_count(t), big_catalogue_id(cat), big_catalogue_version(cat));
	*count = warnings;
	big_texts_free(t);
	return BS_OK;
}

static int validate_file(const char *path, struct bs_catalogues *cs, const big_load_options *lo,
			 int quiet)
{
	struct bs_doc d;
	big_load_options o;
	char what[512] = "";
	size_t warnings = 0;
	int status = bs_doc_read(&d, path);

	if (status != BS_OK)
		return status;
	o = bs_doc_load_options(&d, lo);
	switch (d.kind) {
	case BS_DOC_CATALOGUE:
		status = validate_catalogue(&d, &o, what, sizeof(what), &warnings);
		break;
	case BS_DOC_ASSESSMENT:
		status = validate_assessment(&d, cs, &o, what, sizeof(what), &warnings);
		break;
	case BS_DOC_COLLABORATION:
		status = validate_collaboration(&d, cs, &o, what, sizeof(what), &warnings);
		break;
	case BS_DOC_MAPPING:
		status = validate_mapping(&d, cs, &o, what, sizeof(what), &warnings);
		break;
	case BS_DOC_TEXTS:
		status = validate_texts(&d, cs, &o, what, sizeof(what), &warnings);
		break;
	case BS_DOC_WRITTEN:
		status = bs_error(BS_INPUT,
				  "%s: $.format: %s is written by libbig, not read; "
				  "only catalogues, assessments, mappings, collaborations "
				  "and texts can be validated",
				  d.name, d.format);
		break;
	default:
		status = bs_doc_expect(&d, BS_DOC_CATALOGUE);
		break;
	}
	if (status == BS_OK && !quiet && warnings)
		bs_printf("%s: OK (%s; %zu warning%s)\n", d.name, what, warnings,
			  warnings == 1 ? "" : "s");
	else if (status == BS_OK && !quiet)
		bs_printf("%s: OK (%s)\n", d.name, what);
	bs_doc_free(&d);
	return status;
}

int cmd_validate(int argc, char **argv)
{
	struct validate_args va = {0};
	const struct bs_opt opts[] = {
	    BS_LOAD_OPTS(&va.c),
	    {"--quiet", BS_FLAG, &va.quiet},
	    {"-q", BS_FLAG, &va.quiet},
	    {"--skip-unreadable", BS_FLAG, &va.skip_unreadable},
	};
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	struct bs_catalogues cs = {0};
	struct bs_list files = {0};
	int status = bs_parse("validate", argc, argv, opts, sizeof(opts) / sizeof(opts[0]),
			      &va.operands, print_help);

	if (status < 0 && va.operands.count == 0)
		status = bs_usage_error("validate", "no file given");
	if (status < 0)
		status = bs_common_open(&va.c, &cs, &lo);
	/* Entries of a directory that cannot be read are reported; the others
	 * are validated all the same. */
	if (status == BS_OK)
		status = bs_expand(&files, NULL, &va.operands,
				   va.skip_unreadable ? BS_EXPAND_SKIP_UNREADABLE : 0);
	for (size_t i = 0, ok = status == BS_OK || status == BS_IO; ok && i < files.count; i++) {
		int s = validate_file(files.items[i], &cs, &lo, va.quiet);

		status = s > status ? s : status;
		ok = s != BS_INTERNAL; /* out of memory: stop */
	}
	bs_catalogues_close(&cs);
	bs_list_free(&files);
	bs_common_free(&va.c);
	bs_list_free(&va.operands);
	return status;
}
