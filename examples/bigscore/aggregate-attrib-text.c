/*
 * bigscore aggregate — the text of who holds an aggregate back: the ranking
 * "who to help first" and the aggregate's gap list with who is responsible
 * (docs/scoring.md, "Attribution and who to help first"), in English or
 * Dutch as the rest of the text.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "aggregate.h"
#include "text-labels.h"

/* The words of these two tables, English and Dutch, kept here beside the
 * only code that prints them. */
enum attrib_word {
	W_RANKING,
	W_GAPS,
	W_OF,
	W_LEVERS,
	W_RISE_NEXT,
	W_RISE_FULL,
	W_RESPONSIBLE,
	W_LEGEND_WEAKEST,
	W_LEGEND_MEAN,
	W_LEGEND_MEDIAN,
	W_NONE,
	W_TOP,
	W_COUNT
};

static const char *const words[2][W_COUNT] = {
    {
	[W_RANKING] = "Who to help first",
	[W_GAPS] = "Gaps of the aggregate",
	[W_OF] = "of",
	[W_LEVERS] = "Reqs",
	[W_RISE_NEXT] = "Rise next",
	[W_RISE_FULL] = "Rise full",
	[W_RESPONSIBLE] = "Responsible",
	[W_LEGEND_WEAKEST] =
	    "(Reqs: requirements the member alone holds at the minimum; rise of the\n"
	    " overall implementation if it reached the next-weakest member's level\n"
	    " there, or were fully implemented: equal under weakest)\n",
	[W_LEGEND_MEAN] = "(Reqs: requirements where the member is below the combined value; rise\n"
			  " of the overall implementation if it reached the combined value there,\n"
			  " or were fully implemented)\n",
	[W_LEGEND_MEDIAN] =
	    "(Reqs: requirements where the member falls short below the next member\n"
	    " value above the median; rise of the overall implementation if it reached\n"
	    " that value there, or were fully implemented)\n",
	[W_NONE] = "none",
	[W_TOP] = "top",
    },
    {
	[W_RANKING] = "Wie eerst helpen",
	[W_GAPS] = "Tekortkomingen van het geheel",
	[W_OF] = "van",
	[W_LEVERS] = "Eisen",
	[W_RISE_NEXT] = "Stijging volgende",
	[W_RISE_FULL] = "Stijging volledig",
	[W_RESPONSIBLE] = "Verantwoordelijk",
	[W_LEGEND_WEAKEST] =
	    "(Eisen: eisen waarop alleen dit lid het minimum bepaalt; stijging van de\n"
	    " implementatie van het geheel als het daar het niveau van het op een na\n"
	    " zwakste lid haalde, of volledig implementeerde: gelijk bij zwakste schakel)\n",
	[W_LEGEND_MEAN] =
	    "(Eisen: eisen waarop het lid onder de gecombineerde waarde zit; stijging\n"
	    " van de implementatie van het geheel als het daar die waarde haalde, of\n"
	    " volledig implementeerde)\n",
	[W_LEGEND_MEDIAN] =
	    "(Eisen: eisen waarop het lid tekortschiet onder de eerstvolgende waarde\n"
	    " van een lid boven de mediaan; stijging van de implementatie van het geheel\n"
	    " als het daar die waarde haalde, of volledig implementeerde)\n",
	[W_NONE] = "geen",
	[W_TOP] = "eerste",
    },
};

static const char *word(const struct bs_lang *tl, enum attrib_word w)
{
	return words[tl != NULL][w];
}

static size_t max_size(size_t a, size_t b)
{
	return a > b ? a : b;
}

/* "Who to help first (3)" or "Who to help first (top 5 of 340)". */
static void print_head(const struct bs_lang *tl, enum attrib_word what, size_t shown, size_t n)
{
	if (shown < n)
		bs_printf("%s (%s %zu %s %zu)\n", word(tl, what), word(tl, W_TOP), shown,
			  word(tl, W_OF), n);
	else
		bs_printf("%s (%zu)\n", word(tl, what), n);
}

/* A rise in percentage points, as the HTML report and bigscore compare
 * show changes: "+16.2 pp" (a rise is never below 0). */
static const char *rise(char *buf, size_t size, const struct bs_lang *tl, double v)
{
	char num[24];
	bs_tx_fixed(num, sizeof(num), tl, v > 0 ? v * 100 : 0, 1);
	snprintf(buf, size, "%s%s pp", strspn(num, "0.,") == strlen(num) ? "" : "+", num);
	return buf;
}

void bs_aggregate_ranking_text(const struct aggregate_view *v, size_t top)
{
	const big_aggregate_report *ag = v->ag;
	const struct bs_lang *tl = bs_tx_lang(big_aggregate_report_lang(ag));
	size_t n = big_aggregate_report_ranking_count(ag), shown = top && top < n ? top : n;
	size_t wid = bs_width(bs_tx(tl, BS_TX_MEMBER));
	size_t wnext = bs_width(word(tl, W_RISE_NEXT)), wfull = bs_width(word(tl, W_RISE_FULL));
	char buf[40];

	print_head(tl, W_RANKING, shown, n);
	for (size_t i = 0; i < shown; i++)
		wid = max_size(wid, bs_width(big_aggregate_report_ranking(ag, i)->member));
	bs_right(stdout, bs_tx(tl, BS_TX_RANK), 4);
	fputs("  ", stdout);
	bs_column(stdout, bs_tx(tl, BS_TX_MEMBER), wid + 2);
	bs_right(stdout, word(tl, W_LEVERS), 5);
	fputs("  ", stdout);
	bs_right(stdout, word(tl, W_RISE_NEXT), wnext);
	fputs("  ", stdout);
	bs_right(stdout, word(tl, W_RISE_FULL), wfull);
	putchar('\n');
	for (size_t i = 0; i < shown; i++) {
		const big_aggregate_rank *r = big_aggregate_report_ranking(ag, i);

		snprintf(buf, sizeof(buf), "%zu", i + 1);
		bs_right(stdout, buf, 4);
		fputs("  ", stdout);
		bs_column(stdout, r->member, wid + 2);
		snprintf(buf, sizeof(buf), "%u", r->requirements);
		bs_right(stdout, buf, 5);
		fputs("  ", stdout);
		bs_right(stdout, rise(buf, sizeof(buf), tl, r->rise_next), wnext);
		fputs("  ", stdout);
		bs_right(stdout, rise(buf, sizeof(buf), tl, r->rise_full), wfull);
		putchar('\n');
	}
	big_aggregate_method method = big_aggregate_report_method(ag);
	fputs(word(tl, method == BIG_AGGREGATE_WEAKEST  ? W_LEGEND_WEAKEST
		       : method == BIG_AGGREGATE_MEDIAN ? W_LEGEND_MEDIAN
							: W_LEGEND_MEAN),
	      stdout);
}

/* The ids responsible for @p g, separated by a space, into @p buf; those
 * that do not fit whole as "… (+N)", never an id cut short. */
static const char *responsible(char *buf, size_t size, const big_aggregate_gap *g)
{
	size_t len = 0, room = size > 32 ? size - 32 : 0, i;

	buf[0] = '\0';
	for (i = 0; i < g->responsible_count; i++) {
		const char *id = big_aggregate_gap_responsible(g, i);
		if (len + strlen(id) + 1 >= room)
			break;
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? " " : "", id);
	}
	if (i < g->responsible_count)
		snprintf(buf + len, size - len, "%s\xe2\x80\xa6 (+%zu)", i ? " " : "",
			 g->responsible_count - i);
	return buf;
}

void bs_aggregate_gaps_text(const struct aggregate_view *v, size_t top)
{
	const big_aggregate_report *ag = v->ag;
	const char *lang = big_aggregate_report_lang(ag);
	const struct bs_lang *tl = bs_tx_lang(lang);
	size_t n = big_aggregate_report_gap_count(ag), shown = top && top < n ? top : n;
	size_t wid = bs_width(bs_tx(tl, BS_TX_ID)), wkinds = bs_width(bs_tx(tl, BS_TX_KINDS));
	size_t wresp = bs_width(word(tl, W_RESPONSIBLE));
	char kinds[128], buf[32], resp[256];

	if (n == 0) {
		bs_printf("%s: %s\n", word(tl, W_GAPS), word(tl, W_NONE));
		return;
	}
	print_head(tl, W_GAPS, shown, n);
	for (size_t i = 0; i < shown; i++) {
		const big_aggregate_gap *g = big_aggregate_report_gap(ag, i);

		bs_tx_gap_kinds(kinds, sizeof(kinds), tl, g->kinds);
		wid = max_size(wid, bs_width(big_node_id(g->node)));
		wkinds = max_size(wkinds, bs_width(kinds));
		wresp = max_size(wresp, bs_width(responsible(resp, sizeof(resp), g)));
	}
	bs_right(stdout, bs_tx(tl, BS_TX_RANK), 4);
	fputs("  ", stdout);
	bs_column(stdout, bs_tx(tl, BS_TX_ID), wid + 2);
	bs_column(stdout, bs_tx(tl, BS_TX_KINDS), wkinds + 2);
	bs_right(stdout, bs_tx(tl, BS_TX_SIZE), 6);
	bs_right(stdout, bs_tx(tl, BS_TX_IMPLEM), 9);
	fputs("  ", stdout);
	bs_column(stdout, word(tl, W_RESPONSIBLE), wresp + 2);
	bs_printf("%s\n", bs_tx(tl, BS_TX_TITLE));
	for (size_t i = 0; i < shown; i++) {
		const big_aggregate_gap *g = big_aggregate_report_gap(ag, i);

		snprintf(buf, sizeof(buf), "%zu", i + 1);
		bs_right(stdout, buf, 4);
		fputs("  ", stdout);
		bs_column(stdout, big_node_id(g->node), wid + 2);
		bs_tx_gap_kinds(kinds, sizeof(kinds), tl, g->kinds);
		bs_column(stdout, kinds, wkinds + 2);
		bs_right(stdout, bs_tx_fixed(buf, sizeof(buf), tl, g->size, 2), 6);
		bs_right(
		    stdout,
		    bs_tx_percent(buf, sizeof(buf), tl, g->has_implementation, g->implementation),
		    9);
		fputs("  ", stdout);
		bs_column(stdout, responsible(resp, sizeof(resp), g), wresp + 2);
		bs_cut(stdout, big_node_title_lang(g->node, lang), BS_MAX_TITLE, 0);
		putchar('\n');
	}
}
