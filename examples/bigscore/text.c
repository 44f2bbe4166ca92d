/*
 * bigscore — the text summary of a report.
 *
 * Numbers are formatted by format.c, the same in every locale. A score that
 * does not exist is shown as "—", never as 0.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"

#define TOP_GAPS 10

static size_t max_size(size_t a, size_t b)
{
	return a > b ? a : b;
}

static void print_header(FILE *out, const big_assessment *a, const big_report *r)
{
	const big_catalogue *cat = big_report_catalogue(r);
	const char *name = big_assessment_organisation_name(a);
	const char *kind = big_assessment_organisation_kind(a);
	size_t i, n = big_assessment_attribute_count(a);
	char buf[64];

	bs_fprintf(out, "Organisation       %s (%s%s%s",
		   *name ? name : big_assessment_organisation_id(a),
		   big_assessment_organisation_id(a), *kind ? ", " : "", kind);
	for (i = 0; i < n; i++) {
		const char *attr = big_assessment_attribute_name(a, i);
		double v = 0;

		big_assessment_attribute(&v, a, attr);
		bs_fprintf(out, "%s%s %s", i ? ", " : "; ", attr, bs_number(buf, sizeof(buf), v));
	}
	bs_fprintf(out, ")\nPeriod             %s", big_assessment_period(a));
	if (*big_assessment_assessed_on(a))
		bs_fprintf(out, " (assessed on %s)", big_assessment_assessed_on(a));
	bs_fprintf(out, "\nCatalogue          %s %s%s%s\n", big_catalogue_id(cat),
		   big_catalogue_version(cat), *big_catalogue_title(cat) ? " — " : "",
		   big_catalogue_title(cat));
	bs_fprintf(out, "Roll-up            %s\n", big_rollup_name(big_report_rollup(r)));
	if (big_report_profile(r))
		bs_fprintf(out, "Profile            %s (%s)\n",
			   big_profile_id(big_report_profile(r)),
			   big_profile_title(big_report_profile(r)));
	bs_fprintf(out, "Target maturity    %d\n\n", big_report_target(r));
}

static void print_overall(FILE *out, const big_scores *s)
{
	unsigned int assessed = s->applicable - s->counts[BIG_STATUS_NOT_ASSESSED];
	char buf[32];

	bs_fprintf(out, "Implementation     %s\n",
		   bs_percent(buf, sizeof(buf), s->has_implementation, s->implementation));
	bs_fprintf(out, "Coverage           %s (%u of %u requirements assessed)\n",
		   bs_percent(buf, sizeof(buf), s->has_coverage, s->coverage), assessed,
		   s->applicable);
	bs_fprintf(out, "Comply or explain  %s\n",
		   bs_percent(buf, sizeof(buf), s->has_coverage, s->comply_or_explain));
	if (s->has_demonstration) { /* an assessment that records them */
		char b2[32], b3[32];
		bs_fprintf(out, "Demonstrated       opzet %s, bestaan %s, werking %s\n",
			   bs_percent(buf, sizeof(buf), true, s->opzet),
			   bs_percent(b2, sizeof(b2), true, s->bestaan),
			   bs_percent(b3, sizeof(b3), true, s->werking));
	}
	if (s->has_maturity)
		bs_fprintf(out, "Maturity           mean %s, attained level %d\n\n",
			   bs_fixed(buf, sizeof(buf), s->maturity_mean, 1), s->attained_level);
	else
		bs_fprintf(out, "Maturity           mean %s, attained level %s\n\n", BS_NO_SCORE,
			   BS_NO_SCORE);
}

size_t bs_root_id_width(const big_catalogue *cat)
{
	size_t w = 2;

	for (size_t i = 0; i < big_catalogue_root_count(cat); i++)
		w = max_size(w, bs_width(big_node_id(big_catalogue_root(cat, i))));
	return w;
}

size_t bs_root_title_width(const big_catalogue *cat, const char *lang)
{
	size_t w = 5;

	for (size_t i = 0; i < big_catalogue_root_count(cat); i++)
		w = max_size(w, bs_width(big_node_title_lang(big_catalogue_root(cat, i), lang)));
	return w > BS_MAX_TITLE ? BS_MAX_TITLE : w;
}

static void print_nodes(FILE *out, const big_report *r)
{
	static const char *const heads[] = {
	    [BIG_STATUS_IMPLEMENTED] = "impl",    [BIG_STATUS_PARTIALLY_IMPLEMENTED] = "part",
	    [BIG_STATUS_NOT_IMPLEMENTED] = "not", [BIG_STATUS_NOT_APPLICABLE] = "n/a",
	    [BIG_STATUS_RISK_ACCEPTED] = "acc",   [BIG_STATUS_NOT_ASSESSED] = "n/ass"};
	_Static_assert(sizeof(heads) / sizeof(heads[0]) == BIG_STATUS_COUNT, "a head per status");
	const big_catalogue *cat = big_report_catalogue(r);
	size_t i, k, n = big_catalogue_root_count(cat);
	size_t wid = bs_root_id_width(cat), wtitle = bs_root_title_width(cat, big_report_lang(r));
	char buf[32];

	bs_column(out, "Id", wid + 2);
	bs_column(out, "Title", wtitle);
	bs_fprintf(out, "  Implem.  appl");
	for (k = 0; k < BIG_STATUS_COUNT; k++)
		bs_fprintf(out, " %5s", heads[k]);
	fputc('\n', out);
	for (i = 0; i < n; i++) {
		const big_node *node = big_catalogue_root(cat, i);
		const big_scores *s = big_report_node_scores(r, node);

		if (s == NULL || s->applicable == 0)
			continue;
		bs_column(out, big_node_id(node), wid + 2);
		bs_column(out, big_node_title_lang(node, big_report_lang(r)), wtitle);
		bs_percent(buf, sizeof(buf), s->has_implementation, s->implementation);
		bs_fprintf(out, "  %*s%s  %4u", (int)(7 - bs_width(buf)), "", buf, s->applicable);
		for (k = 0; k < BIG_STATUS_COUNT; k++)
			bs_fprintf(out, " %5u", s->counts[k]);
		fputc('\n', out);
	}
	bs_fprintf(out, "(impl implemented, part partially implemented, not not implemented,\n"
			" n/a not applicable, acc risk accepted, n/ass not assessed)\n\n");
}

void bs_gap_kinds(char *buf, size_t size, unsigned int kinds)
{
	size_t len = 0;

	buf[0] = '\0';
	for (unsigned int k = 0; k < BIG_GAP_KIND_COUNT; k++)
		if (kinds & (1u << k))
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? "," : "",
						big_gap_kind_name(1u << k));
}

void bs_print_gaps(FILE *out, const big_report *r, const size_t *index, size_t n)
{
	size_t wrank = 4, wid = 2, wkinds = 5, wtag = 3;
	char kinds[64], buf[32];

	for (size_t i = 0; i < n; i++) {
		const big_gap *g = big_report_gap(r, index[i]);

		bs_gap_kinds(kinds, sizeof(kinds), g->kinds);
		snprintf(buf, sizeof(buf), "%zu", index[i] + 1);
		wrank = max_size(wrank, strlen(buf));
		wid = max_size(wid, bs_width(big_node_id(g->node)));
		wkinds = max_size(wkinds, strlen(kinds));
		wtag = max_size(wtag, g->tag ? bs_width(g->tag) : 0);
	}
	bs_right(out, "Rank", wrank);
	fputs("  ", out);
	bs_column(out, "Id", wid + 2);
	bs_column(out, "Kinds", wkinds + 2);
	fputs("Size  Status                 Mat.  ", out);
	bs_column(out, "Tag", wtag + 2);
	fputs("Mandatory  Title\n", out);
	for (size_t i = 0; i < n; i++) {
		const big_gap *g = big_report_gap(r, index[i]);
		const char *status = big_status_name(g->status);

		snprintf(buf, sizeof(buf), "%zu", index[i] + 1);
		bs_right(out, buf, wrank);
		fputs("  ", out);
		bs_gap_kinds(kinds, sizeof(kinds), g->kinds);
		bs_column(out, big_node_id(g->node), wid + 2);
		bs_column(out, kinds, wkinds + 2);
		bs_column(out, bs_fixed(buf, sizeof(buf), g->size, 2), 6);
		bs_column(out, status ? status : "?", 23);
		if (g->maturity >= 0)
			snprintf(buf, sizeof(buf), "%d", g->maturity);
		bs_column(out, g->maturity >= 0 ? buf : BS_NO_SCORE, 6);
		bs_column(out, g->tag ? g->tag : BS_NO_SCORE, wtag + 2);
		bs_column(out, big_node_is_mandatory(g->node) ? "yes" : "no", 11);
		bs_cut(out, big_node_title_lang(g->node, big_report_lang(r)), BS_MAX_TITLE, 0);
		fputc('\n', out);
	}
}

static void print_gaps(FILE *out, const big_report *r)
{
	size_t index[TOP_GAPS];
	size_t n = big_report_gap_count(r), shown = n < TOP_GAPS ? n : TOP_GAPS;

	if (n == 0) {
		bs_fprintf(out, "Gaps               none\n\n");
		return;
	}
	if (shown < n)
		bs_fprintf(out, "Top %zu gaps (of %zu)\n", shown, n);
	else
		bs_fprintf(out, "Gaps (%zu)\n", n);
	for (size_t i = 0; i < shown; i++)
		index[i] = i;
	bs_print_gaps(out, r, index, shown);
	fputc('\n', out);
}

/* The exceptions register: what a council and an auditor ask for. */
static void print_exceptions(FILE *out, const big_report *r)
{
	size_t n = big_report_exception_count(r);

	bs_fprintf(out, "Exceptions         %zu\n", n);
	if (n == 0)
		return;
	bs_fprintf(out, "Id       Status          Expires     Owner            Explanation\n");
	for (size_t i = 0; i < n; i++) {
		const big_exception *x = big_report_exception(r, i);

		bs_column(out, big_node_id(x->node), 9);
		bs_column(out, big_status_name(x->status), 16);
		bs_column(out, x->expires, 12);
		bs_cut(out, x->owner ? x->owner : "—", 16, 1);
		fputc(' ', out);
		bs_cut(out, x->explanation, BS_MAX_TITLE, 0);
		fputc('\n', out);
	}
	fputc('\n', out);
}

void bs_print_report(FILE *out, const big_assessment *a, const big_report *r, size_t extra_diags)
{
	print_header(out, a, r);
	print_overall(out, big_report_overall(r));
	print_nodes(out, r);
	print_gaps(out, r);
	print_exceptions(out, r);
	bs_fprintf(out, "Diagnostics        %zu\n", big_report_diagnostic_count(r) + extra_diags);
}
