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
#include "text-labels.h"

#define TOP_GAPS 10

static size_t max_size(size_t a, size_t b)
{
	return a > b ? a : b;
}

static void print_header(FILE *out, const big_assessment *a, const big_report *r,
			 const char *fingerprint, const struct bs_lang *tl)
{
	const big_catalogue *cat = big_report_catalogue(r);
	const char *name = big_assessment_organisation_name(a);
	const char *kind = big_assessment_organisation_kind(a);
	size_t i, n = big_assessment_attribute_count(a);
	char buf[64];

	bs_tx_label(out, tl, BS_TX_ORGANISATION);
	bs_fprintf(out, "%s (%s%s%s", *name ? name : big_assessment_organisation_id(a),
		   big_assessment_organisation_id(a), *kind ? ", " : "", kind);
	for (i = 0; i < n; i++) {
		const char *attr = big_assessment_attribute_name(a, i);
		double v = 0;

		big_assessment_attribute(&v, a, attr);
		bs_fprintf(out, "%s%s %s", i ? ", " : "; ", attr,
			   bs_tx_number(buf, sizeof(buf), tl, v));
	}
	fputs(")\n", out);
	bs_tx_label(out, tl, BS_TX_PERIOD);
	bs_fprintf(out, "%s", big_assessment_period(a));
	if (*big_assessment_assessed_on(a))
		bs_fprintf(out, " (%s %s)", bs_tx(tl, BS_TX_ASSESSED_ON),
			   big_assessment_assessed_on(a));
	fputc('\n', out);
	bs_tx_label(out, tl, BS_TX_CATALOGUE);
	bs_fprintf(out, "%s %s%s%s\n", big_catalogue_id(cat), big_catalogue_version(cat),
		   *big_catalogue_title(cat) ? " — " : "", big_catalogue_title(cat));
	bs_tx_label(out, tl, BS_TX_FINGERPRINT);
	bs_fprintf(out, "%s\n", fingerprint);
	bs_tx_label(out, tl, BS_TX_ROLLUP);
	bs_fprintf(out, "%s\n", bs_tx_rollup(tl, big_report_rollup(r)));
	if (big_report_profile(r)) {
		bs_tx_label(out, tl, BS_TX_PROFILE);
		bs_fprintf(out, "%s (%s)\n", big_profile_id(big_report_profile(r)),
			   big_profile_title_lang(big_report_profile(r), big_report_lang(r)));
	}
	bs_tx_label(out, tl, BS_TX_TARGET);
	bs_fprintf(out, "%d\n\n", big_report_target(r));
}

static void print_overall(FILE *out, const big_scores *s, const struct bs_lang *tl)
{
	unsigned int assessed = s->applicable - s->counts[BIG_STATUS_NOT_ASSESSED];
	char buf[32];

	bs_tx_label(out, tl, BS_TX_IMPLEMENTATION);
	bs_fprintf(out, "%s\n",
		   bs_tx_percent(buf, sizeof(buf), tl, s->has_implementation, s->implementation));
	bs_tx_label(out, tl, BS_TX_COVERAGE);
	bs_fprintf(out, "%s (%u %s %u %s)\n",
		   bs_tx_percent(buf, sizeof(buf), tl, s->has_coverage, s->coverage), assessed,
		   bs_tx(tl, BS_TX_OF), s->applicable, bs_tx(tl, BS_TX_REQUIREMENTS_ASSESSED));
	bs_tx_label(out, tl, BS_TX_COMPLY);
	bs_fprintf(out, "%s\n",
		   bs_tx_percent(buf, sizeof(buf), tl, s->has_coverage, s->comply_or_explain));
	if (s->has_demonstration) { /* an assessment that records them */
		char b2[32], b3[32];

		bs_tx_label(out, tl, BS_TX_DEMONSTRATED);
		bs_fprintf(
		    out, "%s %s, %s %s, %s %s\n", bs_tx(tl, BS_TX_OPZET),
		    bs_tx_percent(buf, sizeof(buf), tl, true, s->opzet), bs_tx(tl, BS_TX_BESTAAN),
		    bs_tx_percent(b2, sizeof(b2), tl, true, s->bestaan), bs_tx(tl, BS_TX_WERKING),
		    bs_tx_percent(b3, sizeof(b3), tl, true, s->werking));
	}
	bs_tx_label(out, tl, BS_TX_MATURITY);
	if (s->has_maturity)
		bs_fprintf(out, "%s %s, %s %d\n\n", bs_tx(tl, BS_TX_MEAN),
			   bs_tx_fixed(buf, sizeof(buf), tl, s->maturity_mean, 1),
			   bs_tx(tl, BS_TX_ATTAINED_LEVEL), s->attained_level);
	else
		bs_fprintf(out, "%s %s, %s %s\n\n", bs_tx(tl, BS_TX_MEAN), BS_NO_SCORE,
			   bs_tx(tl, BS_TX_ATTAINED_LEVEL), BS_NO_SCORE);
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

static void print_nodes(FILE *out, const big_report *r, const struct bs_lang *tl)
{
	_Static_assert(BS_TX_HEAD_NOT_ASSESSED - BS_TX_HEAD_IMPLEMENTED + 1 == BIG_STATUS_COUNT,
		       "a head per status");
	const big_catalogue *cat = big_report_catalogue(r);
	size_t i, k, n = big_catalogue_root_count(cat);
	size_t wid = bs_root_id_width(cat), wtitle = bs_root_title_width(cat, big_report_lang(r));
	size_t wcount = 5; /* a count per status, or its head if wider ("n.v.t.") */
	char buf[32];

	for (k = 0; k < BIG_STATUS_COUNT; k++)
		wcount =
		    max_size(wcount, bs_width(bs_tx(tl, (enum bs_tx)(BS_TX_HEAD_IMPLEMENTED + k))));
	bs_column(out, bs_tx(tl, BS_TX_ID), wid + 2);
	bs_column(out, bs_tx(tl, BS_TX_TITLE), wtitle);
	fputs("  ", out);
	bs_right(out, bs_tx(tl, BS_TX_IMPLEM), 7);
	fputs("  ", out);
	bs_right(out, bs_tx(tl, BS_TX_APPL), 4);
	for (k = 0; k < BIG_STATUS_COUNT; k++) {
		fputc(' ', out);
		bs_right(out, bs_tx(tl, (enum bs_tx)(BS_TX_HEAD_IMPLEMENTED + k)), wcount);
	}
	fputc('\n', out);
	for (i = 0; i < n; i++) {
		const big_node *node = big_catalogue_root(cat, i);
		const big_scores *s = big_report_node_scores(r, node);

		if (s == NULL || s->applicable == 0)
			continue;
		bs_column(out, big_node_id(node), wid + 2);
		bs_column(out, big_report_node_title(r, node), wtitle);
		fputs("  ", out);
		bs_right(
		    out,
		    bs_tx_percent(buf, sizeof(buf), tl, s->has_implementation, s->implementation),
		    7);
		bs_fprintf(out, "  %4u", s->applicable);
		for (k = 0; k < BIG_STATUS_COUNT; k++)
			bs_fprintf(out, " %*u", (int)wcount, s->counts[k]);
		fputc('\n', out);
	}
	fputs(bs_tx(tl, BS_TX_STATUS_LEGEND), out); /* our own text, with its line breaks */
	fputc('\n', out);
}

/* --show-text: a requirement's text under its gap, each line indented by
 * @p indent spaces (bs_fprintf() escapes what a document holds). */
static void print_text(FILE *out, const char *text, size_t indent)
{
	while (text != NULL) {
		const char *nl = strchr(text, '\n');
		int len = (int)(nl ? (size_t)(nl - text) : strlen(text));

		bs_fprintf(out, "%*s%.*s\n", (int)indent, "", len, text);
		text = nl ? nl + 1 : NULL;
	}
}

/* The open action of gap @p gap to do next: the earliest due, else the first. */
static const big_action *next_action(const big_report *r, size_t gap)
{
	const big_action *next = big_report_gap_action(r, gap, 0);

	for (size_t i = 1; i < big_report_gap(r, gap)->open_actions; i++) {
		const big_action *x = big_report_gap_action(r, gap, i);
		const char *due = big_action_due(x), *best = big_action_due(next);

		if (due && (!best || strcmp(due, best) < 0))
			next = x;
	}
	return next;
}

/* Under a gap with an owner or an open action: "Owner: CISO · next action:
 * Back-ups testen (IT-beheer), due 2025-09-30, overdue". Nothing for a gap
 * with neither, so that an assessment without them prints as it did. */
static void print_plan(FILE *out, const struct bs_lang *tl, const big_report *r, size_t gap,
		       size_t indent)
{
	const big_gap *g = big_report_gap(r, gap);
	const big_action *x = next_action(r, gap);

	if (!g->owner && !x)
		return;
	bs_fprintf(out, "%*s", (int)indent, "");
	if (g->owner) {
		bs_fprintf(out, "%s: ", bs_tx(tl, BS_TX_OWNER));
		bs_cut(out, g->owner, BS_MAX_TITLE, 0);
		fputs(" · ", out);
	}
	if (!x) {
		bs_fprintf(out, "%s\n", bs_tx(tl, BS_TX_NO_ACTION));
		return;
	}
	bs_fprintf(out, "%s: ", bs_tx(tl, BS_TX_NEXT_ACTION));
	bs_cut(out, big_action_description(x), BS_MAX_TITLE, 0);
	if (big_action_owner(x)) {
		fputs(" (", out);
		bs_cut(out, big_action_owner(x), BS_MAX_TITLE, 0);
		fputc(')', out);
	}
	if (big_action_due(x))
		bs_fprintf(out, ", %s %s", bs_tx(tl, BS_TX_DUE), big_action_due(x));
	if (g->overdue)
		bs_fprintf(out, ", %s", bs_tx(tl, BS_TX_OVERDUE));
	fputc('\n', out);
}

void bs_print_gaps(FILE *out, const big_report *r, const size_t *index, size_t n)
{
	const struct bs_lang *tl = bs_tx_lang(big_report_lang(r));
	size_t wrank = bs_width(bs_tx(tl, BS_TX_RANK)), wid = 2, wkinds = 5, wtag = 3;
	size_t wstatus = 21, wmat = bs_width(bs_tx(tl, BS_TX_MAT));
	size_t wmand = bs_width(bs_tx(tl, BS_TX_MANDATORY));
	size_t wsize = max_size(4, bs_width(bs_tx(tl, BS_TX_SIZE)));
	char kinds[128], buf[32];

	wkinds = max_size(wkinds, bs_width(bs_tx(tl, BS_TX_KINDS)));
	wtag = max_size(wtag, bs_width(bs_tx(tl, BS_TX_TAG)));
	for (size_t i = 0; i < n; i++) {
		const big_gap *g = big_report_gap(r, index[i]);

		bs_tx_gap_kinds(kinds, sizeof(kinds), tl, g->kinds);
		snprintf(buf, sizeof(buf), "%zu", index[i] + 1);
		wrank = max_size(wrank, strlen(buf));
		wid = max_size(wid, bs_width(big_node_id(g->node)));
		wkinds = max_size(wkinds, bs_width(kinds));
		wtag = max_size(wtag, g->tag ? bs_width(g->tag) : 0);
		wstatus = max_size(wstatus, bs_width(bs_tx_status(tl, g->status)));
	}
	bs_right(out, bs_tx(tl, BS_TX_RANK), wrank);
	fputs("  ", out);
	bs_column(out, bs_tx(tl, BS_TX_ID), wid + 2);
	bs_column(out, bs_tx(tl, BS_TX_KINDS), wkinds + 2);
	bs_column(out, bs_tx(tl, BS_TX_SIZE), wsize + 2);
	bs_column(out, bs_tx(tl, BS_TX_STATUS), wstatus + 2);
	bs_column(out, bs_tx(tl, BS_TX_MAT), wmat + 2);
	bs_column(out, bs_tx(tl, BS_TX_TAG), wtag + 2);
	bs_column(out, bs_tx(tl, BS_TX_MANDATORY), wmand + 2);
	bs_fprintf(out, "%s\n", bs_tx(tl, BS_TX_TITLE));
	for (size_t i = 0; i < n; i++) {
		const big_gap *g = big_report_gap(r, index[i]);

		snprintf(buf, sizeof(buf), "%zu", index[i] + 1);
		bs_right(out, buf, wrank);
		fputs("  ", out);
		bs_tx_gap_kinds(kinds, sizeof(kinds), tl, g->kinds);
		bs_column(out, big_node_id(g->node), wid + 2);
		bs_column(out, kinds, wkinds + 2);
		bs_column(out, bs_tx_fixed(buf, sizeof(buf), tl, g->size, 2), wsize + 2);
		bs_column(out, bs_tx_status(tl, g->status), wstatus + 2);
		if (g->maturity >= 0)
			snprintf(buf, sizeof(buf), "%d", g->maturity);
		bs_column(out, g->maturity >= 0 ? buf : BS_NO_SCORE, wmat + 2);
		bs_column(out, g->tag ? g->tag : BS_NO_SCORE, wtag + 2);
		bs_column(out, bs_tx(tl, big_node_is_mandatory(g->node) ? BS_TX_YES : BS_TX_NO),
			  wmand + 2);
		bs_cut(out, big_report_node_title(r, g->node), BS_MAX_TITLE, 0);
		fputc('\n', out);
		print_plan(out, tl, r, index[i], wrank + 2);
		if (big_report_include_text(r))
			print_text(out, big_report_node_text(r, g->node), wrank + 2);
	}
}

static void print_gaps(FILE *out, const big_report *r, const struct bs_lang *tl)
{
	size_t index[TOP_GAPS];
	size_t n = big_report_gap_count(r), shown = n < TOP_GAPS ? n : TOP_GAPS;

	if (n == 0) {
		bs_tx_label(out, tl, BS_TX_GAPS);
		bs_fprintf(out, "%s\n\n", bs_tx(tl, BS_TX_NONE));
		return;
	}
	if (shown < n)
		bs_fprintf(out, "%s %zu %s %zu)\n", bs_tx(tl, BS_TX_TOP), shown,
			   bs_tx(tl, BS_TX_GAPS_OF), n);
	else
		bs_fprintf(out, "%s (%zu)\n", bs_tx(tl, BS_TX_GAPS), n);
	for (size_t i = 0; i < shown; i++)
		index[i] = i;
	bs_print_gaps(out, r, index, shown);
	fputc('\n', out);
}

/* The exceptions register: what a council and an auditor ask for. */
static void print_exceptions(FILE *out, const big_report *r, const struct bs_lang *tl)
{
	size_t n = big_report_exception_count(r), wstatus = 14;

	bs_tx_label(out, tl, BS_TX_EXCEPTIONS);
	bs_fprintf(out, "%zu\n", n);
	if (n == 0)
		return;
	for (size_t i = 0; i < n; i++)
		wstatus = max_size(wstatus,
				   bs_width(bs_tx_status(tl, big_report_exception(r, i)->status)));
	bs_column(out, bs_tx(tl, BS_TX_ID), 9);
	bs_column(out, bs_tx(tl, BS_TX_STATUS), wstatus + 2);
	bs_column(out, bs_tx(tl, BS_TX_EXPIRES), 12);
	bs_column(out, bs_tx(tl, BS_TX_OWNER), 17);
	bs_fprintf(out, "%s\n", bs_tx(tl, BS_TX_EXPLANATION));
	for (size_t i = 0; i < n; i++) {
		const big_exception *x = big_report_exception(r, i);

		bs_column(out, big_node_id(x->node), 9);
		bs_column(out, bs_tx_status(tl, x->status), wstatus + 2);
		bs_column(out, x->expires, 12);
		bs_cut(out, x->owner ? x->owner : "—", 16, 1);
		fputc(' ', out);
		bs_cut(out, x->explanation, BS_MAX_TITLE, 0);
		fputc('\n', out);
	}
	fputc('\n', out);
}

int bs_print_report(FILE *out, const big_assessment *a, const big_report *r, size_t extra_diags)
{
	const struct bs_lang *tl = bs_tx_lang(big_report_lang(r));
	const char *fingerprint;

	/* Computed by big_score() already, which the report names: this does
	 * not fail, but is checked as every call that can. */
	if (big_catalogue_fingerprint(&fingerprint, big_report_catalogue(r)) < 0)
		return bs_library_error(NULL);
	print_header(out, a, r, fingerprint, tl);
	print_overall(out, big_report_overall(r), tl);
	print_nodes(out, r, tl);
	print_gaps(out, r, tl);
	print_exceptions(out, r, tl);
	bs_tx_label(out, tl, BS_TX_DIAGNOSTICS);
	bs_fprintf(out, "%zu\n", big_report_diagnostic_count(r) + extra_diags);
	return BS_OK;
}
