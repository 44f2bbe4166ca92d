/*
 * bigscore compare — compares two assessments of the same catalogue: the
 * change per node and what each requirement contributed to it.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"

struct compare_args {
	struct bs_common c;
	int json, compact;
	const char *limit;
	struct bs_list operands;
};

static void print_help(void)
{
	printf("Usage: bigscore compare [OPTION]... OLD.json NEW.json\n"
	       "\n"
	       "Compares two assessments of the same catalogue (two years of one\n"
	       "organisation, or an organisation and a peer), both scored with the same\n"
	       "roll-up, profile and target: the scores of each and their change, overall\n"
	       "and per top-level node, then the requirements that contributed most to\n"
	       "the change of the flat implementation score (docs/scoring.md,\n"
	       "\"Comparison\"). Changes of fractions are in percentage points (pp).\n"
	       "\n"
	       "Options:\n"
	       "%s%s%s"
	       "  --limit N          show the N largest contributions (default 10; 0: all)\n"
	       "  --json             print the libbig.comparison JSON document instead\n"
	       "  --compact          with --json: one line without indentation\n"
	       "  -h, --help         show this help\n"
	       "\n"
	       "%s",
	       bs_load_help, bs_score_help, bs_lang_help, bs_exit_help);
}

static void print_side(const char *label, const big_assessment *a, const char *file)
{
	const char *name = big_assessment_organisation_name(a);

	bs_printf("%-19s%s%s%s%s, %s (%s)\n", label, big_assessment_organisation_id(a),
		  *name ? " (" : "", name, *name ? ")" : "", big_assessment_period(a), file);
}

/* One row: label, before, after and change of a fraction. */
static void print_row(const char *label, int has_b, double b, int has_a, double a, int has_d,
		      double d)
{
	char x[32], y[32], z[32];

	bs_column(stdout, label, 19);
	bs_right(stdout, bs_percent(x, sizeof(x), has_b, b), 7);
	bs_right(stdout, bs_percent(y, sizeof(y), has_a, a), 9);
	bs_right(stdout, bs_signed(z, sizeof(z), has_d, d, 100), 9);
	bs_printf("%s\n", has_d ? " pp" : "");
}

static void print_overall(const big_comparison *c)
{
	const big_scores *b = big_report_overall(big_comparison_before(c));
	const big_scores *a = big_report_overall(big_comparison_after(c));
	const big_delta *d = big_comparison_overall(c);
	char x[32], y[32], z[32];

	bs_printf("%-19s%7s%9s%9s\n", "", "Before", "After", "Change");
	print_row("Implementation", b->has_implementation, b->implementation, a->has_implementation,
		  a->implementation, d->has_implementation, d->implementation);
	print_row("Coverage", b->has_coverage, b->coverage, a->has_coverage, a->coverage,
		  d->has_coverage, d->coverage);
	print_row("Comply or explain", b->has_coverage, b->comply_or_explain, a->has_coverage,
		  a->comply_or_explain, d->has_coverage, d->comply_or_explain);
	if (b->has_demonstration || a->has_demonstration) { /* either records them */
		print_row("Opzet", b->has_demonstration, b->opzet, a->has_demonstration, a->opzet,
			  d->has_demonstration, d->opzet);
		print_row("Bestaan", b->has_demonstration, b->bestaan, a->has_demonstration,
			  a->bestaan, d->has_demonstration, d->bestaan);
		print_row("Werking", b->has_demonstration, b->werking, a->has_demonstration,
			  a->werking, d->has_demonstration, d->werking);
	}
	bs_column(stdout, "Maturity (mean)", 19);
	bs_right(stdout,
		 b->has_maturity ? bs_fixed(x, sizeof(x), b->maturity_mean, 1) : BS_NO_SCORE, 7);
	bs_right(stdout,
		 a->has_maturity ? bs_fixed(y, sizeof(y), a->maturity_mean, 1) : BS_NO_SCORE, 9);
	bs_right(stdout, bs_signed(z, sizeof(z), d->has_maturity, d->maturity_mean, 1), 9);
	bs_printf("\n%-19s%7u%9u%9d\n\n", "Applicable", b->applicable, a->applicable,
		  d->applicable);
}

static void print_nodes(const big_comparison *c)
{
	const big_report *before = big_comparison_before(c), *after = big_comparison_after(c);
	const big_catalogue *cat = big_report_catalogue(before);
	const char *lang = big_report_lang(big_comparison_before(c));
	size_t wid = bs_root_id_width(cat), wtitle = bs_root_title_width(cat, lang);
	char x[32], y[32], z[32];

	bs_column(stdout, "Id", wid + 2);
	bs_column(stdout, "Title", wtitle);
	bs_printf("%9s%9s%9s\n", "Before", "After", "Change");
	for (size_t i = 0; i < big_catalogue_root_count(cat); i++) {
		const big_node *node = big_catalogue_root(cat, i);
		const big_scores *b = big_report_node_scores(before, node);
		const big_scores *a = big_report_node_scores(after, node);
		const big_delta *d = big_comparison_node(c, node);

		if (b->applicable == 0 && a->applicable == 0)
			continue;
		bs_column(stdout, big_node_id(node), wid + 2);
		bs_column(stdout, big_node_title_lang(node, lang), wtitle);
		bs_right(stdout, bs_percent(x, sizeof(x), b->has_implementation, b->implementation),
			 9);
		bs_right(stdout, bs_percent(y, sizeof(y), a->has_implementation, a->implementation),
			 9);
		bs_right(stdout,
			 bs_signed(z, sizeof(z), d->has_implementation, d->implementation, 100), 9);
		bs_printf("%s\n", d->has_implementation ? " pp" : "");
	}
	bs_printf("(implementation, roll-up %s)\n\n", big_rollup_name(big_report_rollup(before)));
}

static void print_contributions(const big_comparison *c, size_t limit)
{
	size_t n = big_comparison_contribution_count(c), shown = limit && limit < n ? limit : n;
	size_t wid = 2;
	char buf[32];

	bs_printf("Flat implementation %s pp, attributed to requirements",
		  bs_signed(buf, sizeof(buf), 1, big_comparison_flat_delta(c), 100));
	if (n == 0) {
		bs_printf(": none changed\n");
		return;
	}
	bs_printf(shown < n ? " (top %zu of %zu):\n" : " (%zu):\n", shown, n);
	for (size_t i = 0; i < shown; i++) {
		size_t w = bs_width(big_node_id(big_comparison_contribution(c, i)->node));
		wid = w > wid ? w : wid;
	}
	bs_column(stdout, "Id", wid + 2);
	bs_printf("%-23s%-23s%13s  Title\n", "Before", "After", "Contribution");
	for (size_t i = 0; i < shown; i++) {
		const big_contribution *k = big_comparison_contribution(c, i);

		bs_column(stdout, big_node_id(k->node), wid + 2);
		bs_printf("%-23s%-23s", big_status_name(k->before), big_status_name(k->after));
		bs_right(stdout, bs_signed(buf, sizeof(buf), 1, k->contribution, 100), 10);
		bs_printf(" pp  ");
		bs_cut(stdout,
		       big_node_title_lang(k->node, big_report_lang(big_comparison_before(c))),
		       BS_MAX_TITLE, 0);
		putchar('\n');
	}
}

static void print_text(const big_comparison *c, big_assessment *const *as, const char *const *files,
		       size_t limit)
{
	const big_report *before = big_comparison_before(c);
	const big_catalogue *cat = big_report_catalogue(before);

	print_side("Before", as[0], files[0]);
	print_side("After", as[1], files[1]);
	bs_printf("%-19s%s %s\n", "Catalogue", big_catalogue_id(cat), big_catalogue_version(cat));
	bs_printf("%-19s%s\n", "Roll-up", big_rollup_name(big_report_rollup(before)));
	if (big_report_profile(before))
		bs_printf("%-19s%s\n", "Profile", big_profile_id(big_report_profile(before)));
	bs_printf("%-19s%d\n\n", "Target maturity", big_report_target(before));
	print_overall(c);
	print_nodes(c);
	print_contributions(c, limit);
}

static int compare(struct compare_args *ca, long limit)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	struct bs_catalogues cs;
	big_assessment *as[2] = {NULL, NULL};
	big_comparison *c = NULL;
	const char *const *files = ca->operands.items;
	int status = bs_common_open(&ca->c, &cs, &lo);

	for (size_t i = 0; status == BS_OK && i < 2; i++)
		status = bs_load_assessment(&as[i], &cs, files[i], &lo, 1);
	if (status == BS_OK) {
		status = bs_score_options(&so, "compare", ca->c.rollup, ca->c.target, ca->c.profile,
					  ca->c.lang, big_assessment_catalogue(as[0]));
		status = status < 0 ? BS_OK : status;
	}
	if (status == BS_OK && big_compare(&c, as[0], as[1], &so) < 0)
		status = bs_library_error(NULL);
	if (status == BS_OK && ca->json) {
		char *text = NULL;
		size_t len = 0;
		int rc = big_comparison_to_json(&text, &len, c, ca->compact ? BIG_JSON_COMPACT : 0);

		status = bs_print_document(rc, text, len, NULL);
	} else if (status == BS_OK) {
		print_text(c, as, files, (size_t)limit);
	}
	big_comparison_free(c);
	big_assessment_free(as[0]);
	big_assessment_free(as[1]);
	bs_catalogues_close(&cs);
	return status;
}

int cmd_compare(int argc, char **argv)
{
	struct compare_args ca = {0};
	const struct bs_opt opts[] = {
	    BS_LOAD_OPTS(&ca.c),
	    BS_SCORE_OPTS(&ca.c),
	    {"--json", BS_FLAG, &ca.json},
	    {"--compact", BS_FLAG, &ca.compact},
	    {"--limit", BS_VALUE, &ca.limit},
	};
	long limit = 10;
	int status = bs_parse("compare", argc, argv, opts, sizeof(opts) / sizeof(opts[0]),
			      &ca.operands, print_help);

	if (status < 0 && ca.operands.count != 2)
		status = bs_usage_error("compare", "two assessments are needed, OLD and NEW");
	if (status < 0 && ca.compact && !ca.json)
		status = bs_usage_error("compare", "--compact needs --json");
	if (status < 0 && ca.limit)
		status = bs_parse_int("compare", "--limit", ca.limit, 0, 1000000, &limit);
	if (status < 0)
		status = compare(&ca, limit);
	bs_common_free(&ca.c);
	bs_list_free(&ca.operands);
	return status;
}
