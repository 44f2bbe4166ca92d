/*
 * bigscore aggregate --compare PERIOD — the trend of a collaboration from
 * another period to this one (include/big/trend.h): its text in English or
 * Dutch (after --lang), or the libbig.trend document (--json) or its CSV.
 *
 * The text: the implementation on both sides and its change, split into the
 * members who stayed and those who joined or left; every member's own
 * change; the change per top-level node; and the requirements that moved
 * the figure most, each with the members whose own value changed.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate.h"
#include "text-labels.h"

/* The requirements listed in the text (all in --json and --csv). */
#define TOP_REQUIREMENTS 10
/* The members named per requirement in the text. */
#define TOP_MEMBERS 4

/* The words of this output, in English and Dutch. */
enum tw {
	TW_TREND,
	TW_PERIODS,
	TW_CHANGE,
	TW_STAYED,
	TW_JOINED,
	TW_LEFT,
	TW_SPLIT,
	TW_NO_SPLIT,
	TW_SAME_MEMBERS,
	TW_MEMBERS,
	TW_REQ_CHANGED,
	TW_PER_ROOT,
	TW_MOVED,
	TW_NONE_MOVED,
	TW_OF,
	TW_CONTRIBUTION,
	TW_WHO,
	TW_FLAT_NOTE,
	TW_MISSING,
	TW_COUNT
};

static const char *const words[2][TW_COUNT] = {
    {
	[TW_TREND] = "Trend",
	[TW_PERIODS] = "Periods",
	[TW_CHANGE] = "Change",
	[TW_STAYED] = "stayed",
	[TW_JOINED] = "joined",
	[TW_LEFT] = "left",
	[TW_SPLIT] = "of which: members of both periods %s pp, joined %s pp, left %s pp",
	[TW_NO_SPLIT] = "no member is in both periods: the change cannot be split",
	[TW_SAME_MEMBERS] = "the same members in both periods",
	[TW_MEMBERS] = "Members",
	[TW_REQ_CHANGED] = "req. changed",
	[TW_PER_ROOT] = "implementation per top-level node",
	[TW_MOVED] = "Requirements that moved the figure",
	[TW_NONE_MOVED] = "none changed",
	[TW_OF] = "of",
	[TW_CONTRIBUTION] = "Contrib.",
	[TW_WHO] = "Members whose own value changed",
	[TW_FLAT_NOTE] = "(contribution to the flat overall implementation, pp; members: "
			 "change of their own value)",
	[TW_MISSING] = "no assessment",
    },
    {
	[TW_TREND] = "Ontwikkeling",
	[TW_PERIODS] = "Perioden",
	[TW_CHANGE] = "Verandering",
	[TW_STAYED] = "gebleven",
	[TW_JOINED] = "toegetreden",
	[TW_LEFT] = "vertrokken",
	[TW_SPLIT] = "waarvan: leden van beide perioden %s pp, toegetreden %s pp, "
		     "vertrokken %s pp",
	[TW_NO_SPLIT] = "geen lid is in beide perioden lid: de verandering is niet te splitsen",
	[TW_SAME_MEMBERS] = "dezelfde leden in beide perioden",
	[TW_MEMBERS] = "Leden",
	[TW_REQ_CHANGED] = "eisen gewijzigd",
	[TW_PER_ROOT] = "implementatie per hoofdonderdeel",
	[TW_MOVED] = "Eisen die het cijfer bewogen",
	[TW_NONE_MOVED] = "geen veranderd",
	[TW_OF] = "van",
	[TW_CONTRIBUTION] = "Bijdrage",
	[TW_WHO] = "Leden van wie de eigen waarde veranderde",
	[TW_FLAT_NOTE] = "(bijdrage aan de vlakke totale implementatie, pp; leden: "
			 "verandering van hun eigen waarde)",
	[TW_MISSING] = "geen beoordeling",
    },
};

struct trend_text {
	const big_trend *t;
	const struct aggregate_view *v;
	const char *from;         /* the before period */
	const struct bs_lang *tl; /* text-labels.h: NULL for English */
	const struct bs_lang *nl; /* i18n.h: the language of the numbers */
};

static const char *tw(const struct trend_text *x, enum tw w)
{
	return words[x->tl != NULL][w];
}

static const char *pct(char *buf, size_t size, const struct trend_text *x, bool has, double v)
{
	return bs_tx_percent(buf, size, x->tl, has, v);
}

static const char *pp(char *buf, size_t size, const struct trend_text *x, bool has, double v)
{
	return bs_l_points(buf, size, x->nl, has, v, 1);
}

static void label(const char *s)
{
	bs_column(stdout, s, 19);
}

static void print_head(const struct trend_text *x)
{
	const big_aggregate_report *a = big_trend_after(x->t);
	const big_aggregate_scores *sb = big_aggregate_report_overall(big_trend_before(x->t));
	const big_aggregate_scores *sa = big_aggregate_report_overall(a);
	const big_delta *d = big_trend_overall(x->t);
	char b1[32], b2[32], b3[32];

	if (big_aggregate_report_id(a)) {
		bs_tx_label(stdout, x->tl, BS_TX_COLLABORATION);
		bs_printf("%s\n", big_aggregate_report_id(a));
	}
	label(tw(x, TW_PERIODS));
	bs_printf("%s \u2192 %s\n", x->from, x->v->period ? x->v->period : BS_NO_SCORE);
	bs_tx_label(stdout, x->tl, BS_TX_METHOD);
	bs_printf("%s\n", bs_tx_method(x->tl, big_aggregate_report_method(a)));
	bs_tx_label(stdout, x->tl, BS_TX_IMPLEMENTATION);
	bs_printf("%s \u2192 %s  (%s pp)\n",
		  pct(b1, sizeof(b1), x, sb->has_implementation, sb->implementation),
		  pct(b2, sizeof(b2), x, sa->has_implementation, sa->implementation),
		  pp(b3, sizeof(b3), x, d->has_implementation, d->implementation));
}

static void print_split(const struct trend_text *x)
{
	const big_trend_effects *e = big_trend_effects_overall(x->t);
	char b1[32], b2[32], b3[32];

	label("");
	bs_printf("%zu %s, %zu %s, %zu %s\n", e->stayed, tw(x, TW_STAYED), e->joined,
		  tw(x, TW_JOINED), e->left, tw(x, TW_LEFT));
	label("");
	if (!e->has_effects)
		bs_printf("%s\n\n", tw(x, TW_NO_SPLIT));
	else if (e->joined == 0 && e->left == 0)
		bs_printf("%s\n\n", tw(x, TW_SAME_MEMBERS));
	else {
		bs_printf(tw(x, TW_SPLIT), pp(b1, sizeof(b1), x, true, e->stayers),
			  pp(b2, sizeof(b2), x, true, e->joiners),
			  pp(b3, sizeof(b3), x, true, e->leavers));
		bs_printf("\n\n");
	}
}

static void print_members(const struct trend_text *x)
{
	size_t n = big_trend_member_count(x->t), wid = 6;
	char b1[32], b2[32], b3[32];

	for (size_t i = 0; i < n; i++) {
		size_t w = bs_width(big_trend_member(x->t, i)->id);
		wid = w > wid ? w : wid;
	}
	bs_column(stdout, tw(x, TW_MEMBERS), wid + 2);
	bs_right(stdout, x->from, 8);
	bs_right(stdout, x->v->period ? x->v->period : "", 8);
	bs_right(stdout, "pp", 8);
	bs_printf("  %s\n", tw(x, TW_REQ_CHANGED));
	for (size_t i = 0; i < n; i++) {
		const big_member_trend *m = big_trend_member(x->t, i);
		bs_column(stdout, m->id, wid + 2);
		bs_right(stdout, pct(b1, sizeof(b1), x, m->has_before, m->before), 8);
		bs_right(stdout, pct(b2, sizeof(b2), x, m->has_after, m->after), 8);
		bs_right(stdout, pp(b3, sizeof(b3), x, m->has_before && m->has_after, m->change),
			 8);
		if (m->in_before && m->in_after)
			bs_printf("  %zu", m->requirements_changed);
		else
			bs_printf("  (%s)", tw(x, m->in_after ? TW_JOINED : TW_LEFT));
		if (m->missing_before || m->missing_after)
			bs_printf("  [%s: %s%s%s]", tw(x, TW_MISSING),
				  m->missing_before ? x->from : "",
				  m->missing_before && m->missing_after ? ", " : "",
				  m->missing_after && x->v->period ? x->v->period : "");
		putchar('\n');
	}
	putchar('\n');
}

static void print_roots(const struct trend_text *x)
{
	const big_aggregate_report *b = big_trend_before(x->t), *a = big_trend_after(x->t);
	const big_catalogue *cat = big_aggregate_report_catalogue(a);
	const char *lang = big_aggregate_report_lang(a);
	size_t wid = bs_root_id_width(cat), wtitle = bs_root_title_width(cat, lang);
	char b1[32], b2[32], b3[32];

	bs_printf("%s:\n", tw(x, TW_PER_ROOT));
	bs_column(stdout, bs_tx(x->tl, BS_TX_ID), wid + 2);
	bs_column(stdout, bs_tx(x->tl, BS_TX_TITLE), wtitle);
	bs_right(stdout, x->from, 8);
	bs_right(stdout, x->v->period ? x->v->period : "", 8);
	bs_right(stdout, "pp", 8);
	putchar('\n');
	for (size_t i = 0; i < big_catalogue_root_count(cat); i++) {
		const big_node *node = big_catalogue_root(cat, i);
		const big_aggregate_scores *sb = big_aggregate_report_node(b, node);
		const big_aggregate_scores *sa = big_aggregate_report_node(a, node);
		const big_delta *d = big_trend_node(x->t, node);
		if (!sa->applicable && !sb->applicable)
			continue;
		bs_column(stdout, big_node_id(node), wid + 2);
		bs_column(stdout, big_node_title_lang(node, lang), wtitle);
		bs_right(stdout, pct(b1, sizeof(b1), x, sb->has_implementation, sb->implementation),
			 8);
		bs_right(stdout, pct(b2, sizeof(b2), x, sa->has_implementation, sa->implementation),
			 8);
		bs_right(stdout, pp(b3, sizeof(b3), x, d->has_implementation, d->implementation),
			 8);
		putchar('\n');
	}
	putchar('\n');
}

/* "GM9901 +50.0, GM9902 +50.0 and 3 more". */
static void print_who(const struct trend_text *x, const big_requirement_trend *r)
{
	char buf[32];

	for (size_t j = 0; j < r->change_count && j < TOP_MEMBERS; j++) {
		const big_member_change *c = big_trend_contribution_change(r, j);
		bs_printf("%s%s %s", j ? ", " : "", c->member,
			  c->scorable_before && c->scorable_after
			      ? pp(buf, sizeof(buf), x, true, c->change)
			      : BS_NO_SCORE);
	}
	if (r->change_count > TOP_MEMBERS)
		bs_printf(" (+%zu)", r->change_count - TOP_MEMBERS);
	if (r->has_effects && (r->joiners != 0 || r->leavers != 0)) {
		char b2[32];
		bs_printf("%s[%s %s, %s %s]", r->change_count ? " " : "", tw(x, TW_JOINED),
			  pp(buf, sizeof(buf), x, true, r->joiners), tw(x, TW_LEFT),
			  pp(b2, sizeof(b2), x, true, r->leavers));
	}
}

/* The requirements with a non-zero contribution, the first ones of the list
 * (those with none are there for a member's own change: --json and --csv). */
static size_t moved(const big_trend *t)
{
	size_t n = 0;

	for (size_t i = 0; i < big_trend_contribution_count(t); i++)
		n += big_trend_contribution(t, i)->contribution != 0;
	return n;
}

/* Warns of every member without an assessment on either side: it counts as a
 * member whose requirements are all not assessed (docs/cli.md). */
static void warn_missing(const struct trend_text *x)
{
	for (size_t i = 0; i < big_trend_member_count(x->t); i++) {
		const big_member_trend *m = big_trend_member(x->t, i);
		if (m->missing_before)
			bs_fprintf(stderr,
				   "warning: %s: no assessment of %s: counted as not "
				   "assessed in the trend\n",
				   m->id, x->from);
		if (m->missing_after)
			bs_fprintf(stderr,
				   "warning: %s: no assessment of %s: counted as not "
				   "assessed in the trend\n",
				   m->id, x->v->period ? x->v->period : BS_NO_SCORE);
	}
}

static void print_requirements(const struct trend_text *x)
{
	size_t n = moved(x->t), shown = n < TOP_REQUIREMENTS ? n : TOP_REQUIREMENTS;
	char b1[32], b2[32], b3[32];
	size_t wid = 6;

	bs_printf("%s", tw(x, TW_MOVED));
	if (n == 0) {
		bs_printf(": %s\n", tw(x, TW_NONE_MOVED));
		return;
	}
	bs_printf(" (%zu %s %zu):\n", shown, tw(x, TW_OF), n);
	for (size_t i = 0; i < shown; i++) {
		size_t w = bs_width(big_node_id(big_trend_contribution(x->t, i)->node));
		wid = w > wid ? w : wid;
	}
	bs_column(stdout, bs_tx(x->tl, BS_TX_ID), wid + 2);
	bs_right(stdout, x->from, 8);
	bs_right(stdout, x->v->period ? x->v->period : "", 8);
	bs_right(stdout, tw(x, TW_CONTRIBUTION), 10);
	bs_printf("  %s\n", tw(x, TW_WHO));
	for (size_t i = 0; i < shown; i++) {
		const big_requirement_trend *r = big_trend_contribution(x->t, i);
		bs_column(stdout, big_node_id(r->node), wid + 2);
		bs_right(stdout, pct(b1, sizeof(b1), x, r->scorable_before, r->before), 8);
		bs_right(stdout, pct(b2, sizeof(b2), x, r->scorable_after, r->after), 8);
		bs_right(stdout, bs_l_points(b3, sizeof(b3), x->nl, true, r->contribution, 2), 10);
		fputs("  ", stdout);
		print_who(x, r);
		putchar('\n');
	}
	bs_printf("%s\n", tw(x, TW_FLAT_NOTE));
}

int bs_aggregate_trend(const struct aggregate_view *v, const big_aggregate_report *before,
		       const char *from, const struct aggregate_args *aa)
{
	big_trend *t = NULL;
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (big_trend_new(&t, before, v->ag) < 0)
		return bs_library_error(NULL);
	if (aa->json || aa->csv) {
		rc = aa->json
			 ? big_trend_to_json(&text, &len, t, aa->compact ? BIG_JSON_COMPACT : 0)
			 : big_trend_to_csv(&text, &len, t, aa->csv_flags);
		big_trend_free(t);
		return bs_print_document(rc, text, len, NULL);
	}
	const struct bs_lang *tl = bs_tx_lang(big_aggregate_report_lang(v->ag));
	const struct trend_text x = {t, v, from, tl, tl ? tl : bs_lang_find("en")};
	warn_missing(&x);
	print_head(&x);
	print_split(&x);
	print_members(&x);
	print_roots(&x);
	print_requirements(&x);
	big_trend_free(t);
	return BS_OK;
}
