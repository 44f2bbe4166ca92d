/*
 * bigscore report — the summary at the top: a few sentences for the college
 * and the raad, each built from a figure of the report and left out when
 * that figure does not apply (docs/report.md, "The summary"):
 *   - the mandatory measures implemented, of those that count (every
 *     measure, for a catalogue without mandatory ones: BIO 1.04, BIG);
 *   - with --previous, the same measures implemented since then, those no
 *     longer implemented and those no longer assessed, and the change of
 *     the implementation;
 *   - the gaps whose requirement has no owner;
 *   - the exceptions that expire within a year of the assessment;
 *   - the gaps without an open improvement action, and the open actions
 *     that are overdue.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

/* Exceptions named in the sentence on expiries; the rest are counted. */
#define EXPIRING_NAMED 3

#define SENTENCE 2048
/* One input-derived argument, escaped and wrapped in <bdi>. */
#define BDI 256

/* @p html is a sentence in HTML: its template text has no markup
 * characters, its input-derived arguments went through bdi(). */
static void sentence(struct rp *rp, const char *html)
{
	fprintf(rp->out, "<p>%s</p>\n", html);
}

/* @p s escaped as bs_html_escape() does and wrapped in <bdi>…</bdi>, so that
 * input text (a period, an id) keeps its own direction: a U+202E in it does
 * not reverse the rest of the sentence. Cut at a whole character when
 * @p size (at least 16) is too small; the tags are always closed. */
static const char *bdi(char *buf, size_t size, const char *s)
{
	size_t len = 5, room = size - sizeof("</bdi>");

	memcpy(buf, "<bdi>", 5);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		size_t control = bs_control_length(s), n;
		const char *put;
		char one[5];

		if (control && c != '\t' && c != '\n' && c != '\r') {
			put = "\xEF\xBF\xBD";
			s += control - 1;
		} else if (c == '&' || c == '<' || c == '>' || c == '"') {
			put = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&quot;";
		} else {
			/* a whole UTF-8 sequence at a time */
			n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
			for (size_t i = 0; i < n; i++)
				one[i] = s[i] ? s[i] : '?';
			one[n] = '\0';
			s += strnlen(s, n) - 1;
			put = one;
		}
		n = strlen(put);
		if (len + n > room)
			break;
		memcpy(buf + len, put, n);
		len += n;
	}
	memcpy(buf + len, "</bdi>", sizeof("</bdi>"));
	return buf;
}

/* Whether @p node is a requirement the report scores (selected, applicable). */
static bool in_report(const struct rp *rp, const big_node *node)
{
	const big_scores *s;

	if (!big_node_is_assessable(node))
		return false;
	s = big_report_node_scores(rp->r, node);
	return s != NULL && s->applicable > 0;
}

/* Whether @p node is a properly explained exclusion (in the exceptions register). */
static bool excluded(const struct rp *rp, const big_node *node)
{
	for (size_t i = 0; i < big_report_exception_count(rp->r); i++) {
		const big_exception *x = big_report_exception(rp->r, i);

		if (x->node == node)
			return x->status == BIG_STATUS_NOT_APPLICABLE;
	}
	return false;
}

static big_status status_of(const struct rp *rp, const big_node *node)
{
	const big_result *res = big_assessment_result(rp->a, big_node_id(node));

	return res ? big_result_status(res) : BIG_STATUS_NOT_ASSESSED;
}

bool rp_has_mandatory(const struct rp *rp)
{
	size_t n = big_catalogue_node_count(rp->cat);

	for (size_t i = 0; i < n; i++) {
		const big_node *node = big_catalogue_node(rp->cat, i);

		if (big_node_is_mandatory(node) && in_report(rp, node))
			return true;
	}
	return false;
}

/* Whether the summary counts @p node: a mandatory one, or any when the
 * report has none (@p mandatory false). */
static bool counted(const big_node *node, bool mandatory)
{
	return !mandatory || big_node_is_mandatory(node);
}

/* "Of the 20 mandatory measures, 12 are implemented (60.0%)": the mandatory
 * requirements in the report but the properly explained exclusions (every
 * requirement when none is mandatory). */
static void mandatory_sentence(struct rp *rp)
{
	size_t i, n = big_catalogue_node_count(rp->cat), count = 0, done = 0;
	char y[32], x[32], share[32], buf[SENTENCE];
	bool mandatory = rp_has_mandatory(rp);

	for (i = 0; i < n; i++) {
		const big_node *node = big_catalogue_node(rp->cat, i);

		if (!counted(node, mandatory) || !in_report(rp, node) || excluded(rp, node))
			continue;
		count++;
		done += status_of(rp, node) == BIG_STATUS_IMPLEMENTED;
	}
	if (count == 0)
		return;
	snprintf(y, sizeof(y), "%zu", count);
	snprintf(x, sizeof(x), "%zu", done);
	bs_l_percent(share, sizeof(share), rp->lang, true, (double)done / (double)count);
	const char *args[] = {y, bs_t_count(rp->lang, count, BS_M_MEASURE, BS_M_MEASURES), x,
			      share};
	enum bs_msg msg = mandatory ? (done == 1 ? BS_M_SUM_MANDATORY_ONE : BS_M_SUM_MANDATORY)
				    : (done == 1 ? BS_M_SUM_ALL_ONE : BS_M_SUM_ALL);
	sentence(rp, bs_fill(buf, sizeof(buf), rp_t(rp, msg), args, 4));
}

/* With --previous: the mandatory measures (every measure, when none is)
 * implemented since the previous period, those no longer implemented and
 * those no longer assessed (implemented before, not_assessed now: not
 * known to be lost) — big_compare()'s contributions list every requirement
 * whose status changed — and the change of the overall implementation. */
static void change_sentence(struct rp *rp)
{
	size_t i, n = big_comparison_contribution_count(rp->cmp), up = 0, down = 0, gone = 0;
	const big_delta *d = big_comparison_overall(rp->cmp);
	char a[32], b[32], g[32], pts[32], period[BDI], buf[SENTENCE], tail[256];
	bool mandatory = rp_has_mandatory(rp);

	for (i = 0; i < n; i++) {
		const big_contribution *c = big_comparison_contribution(rp->cmp, i);
		bool was = c->before == BIG_STATUS_IMPLEMENTED,
		     is = c->after == BIG_STATUS_IMPLEMENTED;

		if (!counted(c->node, mandatory) || was == is)
			continue;
		up += is;
		if (was && c->after == BIG_STATUS_NOT_ASSESSED)
			gone++;
		else
			down += was;
	}
	snprintf(a, sizeof(a), "%zu", up);
	snprintf(b, sizeof(b), "%zu", down);
	const char *args[] = {bdi(period, sizeof(period), rp->previous_period), a,
			      bs_t_count(rp->lang, up, BS_M_MEASURE, BS_M_MEASURES), b};
	bs_fill(buf, sizeof(buf) - sizeof(tail) - 1,
		rp_t(rp, mandatory ? BS_M_SUM_CHANGE : BS_M_SUM_CHANGE_ALL), args, 4);
	if (gone > 0) {
		char more[64];
		const char *count[] = {g};

		snprintf(g, sizeof(g), "%zu", gone);
		strcat(buf,
		       bs_fill(more, sizeof(more), rp_t(rp, BS_M_SUM_CHANGE_UNASSESSED), count, 1));
	}
	tail[0] = '\0';
	if (d->has_implementation) {
		const char *impl[] = {
		    bs_l_points(pts, sizeof(pts), rp->lang, true, d->implementation, 1),
		    rp_t(rp, BS_M_POINTS)};
		bs_fill(tail, sizeof(tail), rp_t(rp, BS_M_SUM_CHANGE_IMPL), impl, 2);
	}
	strcat(buf, tail);
	strcat(buf, ".");
	sentence(rp, buf);
}

static bool lacks_owner(const big_gap *g)
{
	return g->owner == NULL || !*g->owner;
}

static bool lacks_action(const big_gap *g)
{
	return g->without_action;
}

/* "N of the G gaps have no …" (@p one when N is 1), or @p all when no gap
 * @p lacks it, @p only when the only gap lacks it, @p none_has when all of
 * several do; nothing when there are no gaps. */
static void gaps_lacking(struct rp *rp, bool (*lacks)(const big_gap *), enum bs_msg all,
			 enum bs_msg one, enum bs_msg many, enum bs_msg only, enum bs_msg none_has)
{
	enum bs_msg msg;

	size_t i, gaps = big_report_gap_count(rp->r), none = 0;
	char n[32], g[32], buf[SENTENCE];

	for (i = 0; i < gaps; i++)
		none += lacks(big_report_gap(rp->r, i));
	if (gaps == 0)
		return;
	if (none == 0) {
		sentence(rp, rp_t(rp, all));
		return;
	}
	snprintf(n, sizeof(n), "%zu", none);
	snprintf(g, sizeof(g), "%zu", gaps);
	const char *args[] = {n, g, bs_t_count(rp->lang, gaps, BS_M_GAP_ONE, BS_M_GAP_MANY)};
	msg = none < gaps ? (none == 1 ? one : many) : gaps == 1 ? only : none_has;
	sentence(rp, bs_fill(buf, sizeof(buf), rp_t(rp, msg), args, 3));
}

/* The gaps whose requirement has no owner (big_gap.owner); "no gaps" when
 * there are none. */
static void owner_sentence(struct rp *rp)
{
	if (big_report_gap_count(rp->r) == 0)
		sentence(rp, rp_t(rp, BS_M_SUM_NO_GAPS));
	gaps_lacking(rp, lacks_owner, BS_M_SUM_ALL_OWNED, BS_M_SUM_NO_OWNER_ONE, BS_M_SUM_NO_OWNER,
		     BS_M_SUM_NO_OWNER_ONLY, BS_M_SUM_NO_OWNER_ALL);
}

struct expiring {
	const big_node *node;
	const char *expires;
};

/* By date, then in catalogue order. */
static int by_date(const void *pa, const void *pb)
{
	const struct expiring *a = pa, *b = pb;
	int c = strcmp(a->expires, b->expires);

	if (c != 0)
		return c;
	return big_node_index(a->node) < big_node_index(b->node)   ? -1
	       : big_node_index(a->node) > big_node_index(b->node) ? 1
								   : 0;
}

/* "5.01.02 (2026-03-31), 6.02 (2026-06-30) en 2 meer" */
static const char *expiring_list(char *buf, size_t size, const struct rp *rp,
				 const struct expiring *x, size_t count)
{
	size_t named = count < EXPIRING_NAMED ? count : EXPIRING_NAMED, len = 0;
	char id[BDI], date[BDI];

	buf[0] = '\0';
	for (size_t i = 0; i < named && len < size; i++) {
		const char *sep = i == 0 ? "" : i + 1 == count ? " " : ", ";

		len += (size_t)snprintf(buf + len, size - len, "%s%s%s%s (%s)", sep,
					i > 0 && i + 1 == count ? rp_t(rp, BS_M_AND) : "",
					i > 0 && i + 1 == count ? " " : "",
					bdi(id, sizeof(id), big_node_id(x[i].node)),
					bdi(date, sizeof(date), x[i].expires));
	}
	if (count > named && len < size)
		snprintf(buf + len, size - len, " %s %zu %s", rp_t(rp, BS_M_AND), count - named,
			 rp_t(rp, BS_M_MORE));
	return buf;
}

/* The exclusions and risk acceptances in the report whose expiry date falls
 * within a year of the assessment: from assessed_on to the same day a year
 * later, both included. Without assessed_on, or when none expires then,
 * the sentence is left out. */
static void expiring_sentence(struct rp *rp)
{
	const char *on = big_assessment_assessed_on(rp->a);
	size_t i, n = big_catalogue_node_count(rp->cat), count = 0;
	struct expiring *x;
	char end[16], total[32], day[BDI], list[4 * BDI * EXPIRING_NAMED], buf[SENTENCE];

	if (strlen(on) != 10)
		return;
	/* The same day a year later; 29 February gives "…-02-29" of a year
	 * without it, which compares as the end of February. */
	snprintf(end, sizeof(end), "%04d%s", atoi(on) + 1, on + 4);
	x = calloc(n ? n : 1, sizeof(*x));
	if (!rp_ok(rp, x != NULL))
		return;
	for (i = 0; i < n; i++) {
		const big_node *node = big_catalogue_node(rp->cat, i);
		const big_result *res;
		big_status status;

		if (!in_report(rp, node))
			continue;
		res = big_assessment_result(rp->a, big_node_id(node));
		status = res ? big_result_status(res) : BIG_STATUS_NOT_ASSESSED;
		if (status != BIG_STATUS_NOT_APPLICABLE && status != BIG_STATUS_RISK_ACCEPTED)
			continue;
		if (*big_result_expires(res) && strcmp(big_result_expires(res), on) >= 0 &&
		    strcmp(big_result_expires(res), end) <= 0)
			x[count++] = (struct expiring){node, big_result_expires(res)};
	}
	if (count > 0) {
		qsort(x, count, sizeof(*x), by_date);
		snprintf(total, sizeof(total), "%zu", count);
		const char *args[] = {total, bdi(day, sizeof(day), on),
				      expiring_list(list, sizeof(list), rp, x, count)};
		sentence(rp,
			 bs_fill(buf, sizeof(buf),
				 rp_t(rp, count == 1 ? BS_M_SUM_EXPIRING_ONE : BS_M_SUM_EXPIRING),
				 args, 3));
	}
	free(x);
}

/* The open actions due before the report's date (--date, else assessed_on:
 * big_report_as_of()); left out without open actions or without such a date. */
static void overdue_sentence(struct rp *rp)
{
	struct plan_item *items = NULL;
	size_t i, open = rp_open_actions(rp, &items), late = 0;
	char n[32], m[32], day[BDI], buf[SENTENCE];

	for (i = 0; i < open; i++)
		late += items[i].overdue;
	free(items);
	if (open == 0 || !*big_report_as_of(rp->r))
		return;
	snprintf(n, sizeof(n), "%zu", late);
	snprintf(m, sizeof(m), "%zu", open);
	const char *args[] = {n, m, bs_t_count(rp->lang, open, BS_M_OPEN_ACTION, BS_M_OPEN_ACTIONS),
			      bdi(day, sizeof(day), big_report_as_of(rp->r))};
	sentence(rp, bs_fill(buf, sizeof(buf),
			     rp_t(rp, open == 1   ? (late ? BS_M_SUM_OVERDUE_ONLY
							  : BS_M_SUM_OVERDUE_NONE_ONLY)
				      : late == 0 ? BS_M_SUM_OVERDUE_NONE
				      : late == 1 ? BS_M_SUM_OVERDUE_ONE
						  : BS_M_SUM_OVERDUE),
			     args, 4));
}

void rp_write_summary(struct rp *rp)
{
	rp_section(rp, "summary", rp_t(rp, BS_M_SEC_SUMMARY), NULL);
	fputs("<div class=\"summary\">\n", rp->out);
	mandatory_sentence(rp);
	if (rp->cmp != NULL)
		change_sentence(rp);
	owner_sentence(rp);
	expiring_sentence(rp);
	/* no open action: none, or all done (big_gap.without_action) */
	gaps_lacking(rp, lacks_action, BS_M_SUM_ALL_ACTION, BS_M_SUM_NO_ACTION_ONE,
		     BS_M_SUM_NO_ACTION, BS_M_SUM_NO_ACTION_ONLY, BS_M_SUM_NO_ACTION_ALL);
	overdue_sentence(rp);
	fputs("</div>\n</section>\n", rp->out);
}
