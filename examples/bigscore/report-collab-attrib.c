/*
 * bigscore report — who holds the collaboration back, in its part of the
 * report: the ranking "who to help first" and the collaboration's gap list
 * with the members responsible, of the weakest-link aggregate
 * (docs/scoring.md, "Attribution and who to help first"). In Dutch and
 * English; the words are kept here, beside the only code that writes them.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

enum attrib_msg {
	A_RANKING,
	A_RANKING_NOTE,
	A_MEMBER,
	A_REQUIREMENTS,
	A_RISE_NEXT,
	A_RISE_FULL,
	A_GAPS,
	A_GAPS_NOTE,
	A_REQUIREMENT,
	A_TITLE,
	A_KINDS,
	A_IMPLEMENTATION,
	A_RESPONSIBLE,
	A_SIZE,
	A_NO_GAPS,
	A_RANK,
	A_OF,
	A_COUNT
};

static const char *const en[A_COUNT] = {
    [A_RANKING] = "Who to help first",
    [A_RANKING_NOTE] =
	"Per member: on how many requirements it alone holds the weakest link at its minimum, "
	"and by how many percentage points the collaboration's implementation would rise if it "
	"reached the next-weakest member's level there (under the weakest link the same as full "
	"implementation there).",
    [A_MEMBER] = "Member",
    [A_REQUIREMENTS] = "Requirements",
    [A_RISE_NEXT] = "Rise (pp)",
    [A_RISE_FULL] = "At full implementation (pp)",
    [A_GAPS] = "Gaps of the collaboration",
    [A_GAPS_NOTE] = "Where the weakest link falls short, in the order of the gap list, with who "
		    "holds it there: the members at the lowest value, or the collaboration itself "
		    "for what it has taken over.",
    [A_REQUIREMENT] = "Requirement",
    [A_TITLE] = "Title",
    [A_KINDS] = "Shortfall",
    [A_IMPLEMENTATION] = "Implementation",
    [A_RESPONSIBLE] = "Responsible",
    [A_SIZE] = "Size",
    [A_NO_GAPS] = "No gaps.",
    [A_RANK] = "No.",
    [A_OF] = "of",
};

static const char *const nl[A_COUNT] = {
    [A_RANKING] = "Wie eerst helpen",
    [A_RANKING_NOTE] =
	"Per lid: op hoeveel eisen alleen dit lid de zwakste schakel op haar minimum houdt, en "
	"met hoeveel procentpunt de implementatie van het samenwerkingsverband zou stijgen als "
	"het daar het niveau van het op een na zwakste lid haalde (bij de zwakste schakel "
	"gelijk aan volledige implementatie daar).",
    [A_MEMBER] = "Lid",
    [A_REQUIREMENTS] = "Eisen",
    [A_RISE_NEXT] = "Stijging (%-punt)",
    [A_RISE_FULL] = "Bij volledige implementatie (%-punt)",
    [A_GAPS] = "Tekortkomingen van het samenwerkingsverband",
    [A_GAPS_NOTE] =
	"Waar de zwakste schakel tekortschiet, in de volgorde van de lijst met tekortkomingen, "
	"met wie haar daar tegenhoudt: de leden met de laagste waarde, of het "
	"samenwerkingsverband zelf voor wat het heeft overgenomen.",
    [A_REQUIREMENT] = "Eis",
    [A_TITLE] = "Titel",
    [A_KINDS] = "Tekort",
    [A_IMPLEMENTATION] = "Implementatie",
    [A_RESPONSIBLE] = "Verantwoordelijk",
    [A_SIZE] = "Omvang",
    [A_NO_GAPS] = "Geen tekortkomingen.",
    [A_RANK] = "Nr.",
    [A_OF] = "van",
};

static const char *at(const struct rp *rp, enum attrib_msg m)
{
	return strcmp(bs_lang_code(rp->lang), "nl") == 0 ? nl[m] : en[m];
}

static void heading(struct rp *rp, const char *id, enum attrib_msg title, enum attrib_msg note)
{
	fprintf(rp->out, "<h3 id=\"%s\">", id);
	bs_html_escape(rp->out, at(rp, title));
	fputs("</h3>\n", rp->out);
	bs_html_element(rp->out, "p", "note", at(rp, note));
}

static void write_ranking(struct rp *rp, const big_aggregate_report *ag)
{
	const char *heads[] = {at(rp, A_RANK), at(rp, A_MEMBER), at(rp, A_REQUIREMENTS),
			       at(rp, A_RISE_NEXT), at(rp, A_RISE_FULL)};
	char buf[64];

	heading(rp, "collaboration-ranking", A_RANKING, A_RANKING_NOTE);
	bs_html_table_begin(rp->out, "ranking", NULL, heads, 5, 2);
	for (size_t i = 0; i < big_aggregate_report_ranking_count(ag); i++) {
		const big_aggregate_rank *r = big_aggregate_report_ranking(ag, i);

		fputs("<tr>", rp->out);
		snprintf(buf, sizeof(buf), "%zu", i + 1);
		bs_html_cell(rp->out, buf, false);
		bs_html_row_head(rp->out, rp_collab_member_name(rp, r->member));
		snprintf(buf, sizeof(buf), "%u", r->requirements);
		bs_html_cell(rp->out, buf, true);
		bs_html_cell(rp->out,
			     bs_l_points(buf, sizeof(buf), rp->lang, true, r->rise_next, 1), true);
		bs_html_cell(rp->out,
			     bs_l_points(buf, sizeof(buf), rp->lang, true, r->rise_full, 1), true);
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
}

/* The kinds of shortfall of @p g in words, separated by commas. */
static const char *kinds_text(char *buf, size_t size, const struct rp *rp,
			      const big_aggregate_gap *g)
{
	size_t len = 0;

	buf[0] = '\0';
	for (unsigned int k = 0; k < BIG_GAP_KIND_COUNT && len < size; k++)
		if (g->kinds & (1u << k)) {
			int n = snprintf(buf + len, size - len, "%s%s", len ? ", " : "",
					 bs_t_gap_kind(rp->lang, k));
			len += n > 0 ? (size_t)n : 0;
		}
	return buf;
}

static void gap_row(struct rp *rp, size_t rank, const big_aggregate_gap *g)
{
	char buf[128];

	fputs("<tr>", rp->out);
	snprintf(buf, sizeof(buf), "%zu", rank);
	bs_html_cell(rp->out, buf, false);
	bs_html_row_head(rp->out, big_node_id(g->node));
	rp_title_cell(rp, g->node);
	bs_html_cell(rp->out, kinds_text(buf, sizeof(buf), rp, g), false);
	fputs("<td>", rp->out);
	for (size_t i = 0; i < g->responsible_count; i++) {
		if (i > 0)
			fputs(", ", rp->out);
		bs_html_escape(rp->out,
			       rp_collab_member_name(rp, big_aggregate_gap_responsible(g, i)));
	}
	fputs("</td>", rp->out);
	bs_html_cell(
	    rp->out,
	    bs_l_percent(buf, sizeof(buf), rp->lang, g->has_implementation, g->implementation),
	    true);
	bs_html_cell(rp->out, bs_l_fixed(buf, sizeof(buf), rp->lang, g->size, 2), true);
	fputs("</tr>\n", rp->out);
}

static void write_gaps(struct rp *rp, const big_aggregate_report *ag)
{
	const char *heads[] = {at(rp, A_RANK),  at(rp, A_REQUIREMENT), at(rp, A_TITLE),
			       at(rp, A_KINDS), at(rp, A_RESPONSIBLE), at(rp, A_IMPLEMENTATION),
			       at(rp, A_SIZE)};
	size_t n = big_aggregate_report_gap_count(ag), shown = n < rp->top ? n : rp->top;
	char caption[128];

	heading(rp, "collaboration-gaps", A_GAPS, A_GAPS_NOTE);
	if (shown == 0) {
		bs_html_element(rp->out, "p", NULL,
				n ? bs_t(rp->lang, BS_M_NONE) : at(rp, A_NO_GAPS));
		return;
	}
	snprintf(caption, sizeof(caption), "%zu %s %zu", shown, at(rp, A_OF), n);
	bs_html_table_begin(rp->out, "gaps collaboration-gaps", caption, heads, 7, 5);
	for (size_t i = 0; i < shown; i++)
		gap_row(rp, i + 1, big_aggregate_report_gap(ag, i));
	bs_html_table_end(rp->out);
}

void rp_write_collab_attrib(struct rp *rp)
{
	if (rp->weakest == NULL)
		return;
	write_ranking(rp, rp->weakest);
	write_gaps(rp, rp->weakest);
}
