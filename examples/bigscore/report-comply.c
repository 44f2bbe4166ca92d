/*
 * bigscore report — comply or explain ('pas toe of leg uit'): the status of
 * the requirements per theme, the exceptions register with expired and
 * unexplained exceptions flagged, and the top gaps.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

/* The verdict on one exclusion or risk acceptance. */
enum verdict { V_VALID, V_EXPIRED, V_NO_EXPLANATION, V_NO_EXPIRY, V_MANDATORY };

struct exception_row {
	const big_node *node;
	const big_result *result;
	bool registered; /* in the report's exceptions register: properly explained */
	enum verdict verdict;
};

static bool blank(const char *s)
{
	return s[strspn(s, " \t\r\n")] == '\0';
}

static bool registered(const struct rp *rp, const big_node *node)
{
	size_t i, n = big_report_exception_count(rp->r);

	for (i = 0; i < n; i++)
		if (big_report_exception(rp->r, i)->node == node)
			return true;
	return false;
}

/* Whether @p node is an applicable exclusion or risk acceptance; fills @p x. */
static bool exception_row(const struct rp *rp, const big_node *node, struct exception_row *x)
{
	const big_profile *profile = big_report_profile(rp->r);
	const big_result *res;
	big_status status;
	const char *expires;

	if (!big_node_is_assessable(node) || (profile && !big_profile_selects(profile, node)))
		return false;
	res = big_assessment_result(rp->a, big_node_id(node));
	status = res ? big_result_status(res) : BIG_STATUS_NOT_ASSESSED;
	if (status != BIG_STATUS_NOT_APPLICABLE && status != BIG_STATUS_RISK_ACCEPTED)
		return false;
	expires = big_result_expires(res);
	*x = (struct exception_row){node, res, registered(rp, node), V_VALID};
	if (x->registered)
		x->verdict = *rp->today && strcmp(expires, rp->today) < 0 ? V_EXPIRED : V_VALID;
	else if (status == BIG_STATUS_RISK_ACCEPTED && big_node_is_mandatory(node))
		x->verdict = V_MANDATORY;
	else if (blank(big_result_explanation(res)))
		x->verdict = V_NO_EXPLANATION;
	else if (!*expires)
		x->verdict = V_NO_EXPIRY;
	else
		x->verdict = V_EXPIRED;
	return true;
}

size_t rp_exceptions_flagged(const struct rp *rp)
{
	size_t i, n = big_catalogue_node_count(rp->cat), count = 0;
	struct exception_row x;

	for (i = 0; i < n; i++)
		if (exception_row(rp, big_catalogue_node(rp->cat, i), &x) && x.verdict != V_VALID)
			count++;
	return count;
}

static const big_node *root_of(const big_node *node)
{
	while (big_node_parent(node) != NULL)
		node = big_node_parent(node);
	return node;
}

/* Counts per category (implemented … not assessed) of one theme, or of all (NULL). */
static void categories(const struct rp *rp, const big_node *theme, unsigned int *count)
{
	const big_scores *s = rp_scores(rp->r, theme);
	unsigned int explained = 0;

	for (size_t i = 0; i < big_report_exception_count(rp->r); i++)
		explained += !theme || root_of(big_report_exception(rp->r, i)->node) == theme;
	count[0] = s->counts[BIG_STATUS_IMPLEMENTED];
	count[1] = s->counts[BIG_STATUS_PARTIALLY_IMPLEMENTED];
	count[2] = s->counts[BIG_STATUS_NOT_IMPLEMENTED];
	count[3] = explained;
	count[4] =
	    s->counts[BIG_STATUS_NOT_APPLICABLE] + s->counts[BIG_STATUS_RISK_ACCEPTED] - explained;
	count[5] = s->counts[BIG_STATUS_NOT_ASSESSED];
}

/* The counts of the chart as a table: a row per category, a column per theme. */
static void comply_table(struct rp *rp, const char *const *names, const struct bs_stack_row *rows,
			 const big_node **themes, size_t n)
{
	const char **heads = calloc(n + 2, sizeof(*heads));
	char buf[32];

	if (!rp_ok(rp, heads != NULL))
		return;
	heads[0] = rp_t(rp, BS_M_STATUS);
	for (size_t i = 0; i <= n; i++) /* many themes: their ids only */
		heads[i + 1] = i < n && n > 6 ? big_node_id(themes[i]) : rows[i].label;
	bs_html_table_begin(rp->out, NULL, NULL, heads, n + 2, 1);
	for (size_t k = 0; k <= BS_STACK_MAX; k++) {
		fputs(k < BS_STACK_MAX ? "<tr>" : "<tr class=\"total\">", rp->out);
		bs_html_row_head(rp->out, k < BS_STACK_MAX ? names[k] : rp_t(rp, BS_M_COMPLY));
		for (size_t i = 0; i <= n; i++) {
			snprintf(buf, sizeof(buf), "%u", k < BS_STACK_MAX ? rows[i].count[k] : 0);
			bs_html_cell(rp->out, k < BS_STACK_MAX ? buf : rows[i].right, true);
		}
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
	free(heads);
}

static void register_table(struct rp *rp)
{
	static const enum bs_msg verdicts[] = {BS_M_VALID, BS_M_EXPIRED, BS_M_NO_EXPLANATION,
					       BS_M_NO_EXPIRY, BS_M_MANDATORY_RISK};
	const char *heads[] = {rp_t(rp, BS_M_REQUIREMENT), rp_t(rp, BS_M_TITLE),
			       rp_t(rp, BS_M_STATUS),      rp_t(rp, BS_M_EXPLANATION),
			       rp_t(rp, BS_M_OWNER),       rp_t(rp, BS_M_EXPIRES),
			       rp_t(rp, BS_M_ASSESSMENT)};
	size_t i, n = big_catalogue_node_count(rp->cat), rows = 0;
	struct exception_row x;

	bs_html_element(rp->out, "h3", NULL, rp_t(rp, BS_M_REGISTER));
	bs_html_element(rp->out, "p", "note", rp_t(rp, BS_M_REGISTER_NOTE));
	for (i = 0; i < n; i++) {
		if (!exception_row(rp, big_catalogue_node(rp->cat, i), &x))
			continue;
		if (rows++ == 0)
			bs_html_table_begin(rp->out, "register", NULL, heads, 7, 7);
		fputs(x.verdict == V_VALID ? "<tr>" : "<tr class=\"flagged\">", rp->out);
		bs_html_row_head(rp->out, big_node_id(x.node));
		rp_title_cell(rp, x.node);
		bs_html_cell(rp->out, bs_t_status(rp->lang, big_result_status(x.result)), false);
		bs_html_cell(rp->out, big_result_explanation(x.result), false);
		bs_html_cell(rp->out, big_result_owner(x.result), false);
		bs_html_cell_class(rp->out,
				   *big_result_expires(x.result) ? big_result_expires(x.result)
								 : BS_NO_SCORE,
				   "date");
		fprintf(rp->out, "<td class=\"%s\">", x.verdict == V_VALID ? "ok" : "flag");
		bs_html_escape(rp->out, rp_t(rp, verdicts[x.verdict]));
		fputs("</td></tr>\n", rp->out);
	}
	if (rows > 0)
		bs_html_table_end(rp->out);
	else
		bs_html_element(rp->out, "p", NULL, rp_t(rp, BS_M_NONE));
}

void rp_write_comply(struct rp *rp)
{
	const char *names[BS_STACK_MAX] = {
	    rp_t(rp, BS_M_CAT_IMPLEMENTED),     rp_t(rp, BS_M_CAT_PARTIAL),
	    rp_t(rp, BS_M_CAT_NOT_IMPLEMENTED), rp_t(rp, BS_M_CAT_EXPLAINED),
	    rp_t(rp, BS_M_CAT_UNEXPLAINED),     rp_t(rp, BS_M_CAT_NOT_ASSESSED)};
	const big_node **themes = NULL;
	size_t i, n = rp_themes(rp, &themes);
	struct bs_stack_row *rows = calloc(n + 1, sizeof(*rows));
	char(*labels)[160] = calloc(n + 1, sizeof(*labels)), (*rates)[32] = calloc(n + 1, 32);
	struct bs_chart c;

	rp_section(rp, "comply", rp_t(rp, BS_M_SEC_COMPLY), rp_t(rp, BS_M_COMPLY_NOTE));
	if (rp_ok(rp, themes != NULL && rows != NULL && labels != NULL && rates != NULL)) {
		for (i = 0; i <= n; i++) {
			const big_scores *s = rp_scores(rp->r, i < n ? themes[i] : NULL);

			rows[i].label = rp_row_label(labels[i], sizeof(labels[i]), rp,
						     i < n ? themes[i] : NULL);
			categories(rp, i < n ? themes[i] : NULL, rows[i].count);
			rows[i].right = bs_l_percent(rates[i], sizeof(rates[i]), rp->lang,
						     s->has_coverage, s->comply_or_explain);
		}
		c = rp_figure(rp, rp_t(rp, BS_M_CHART_COMPLY), rp_t(rp, BS_M_CHART_COMPLY_DESC));
		bs_svg_stacks(&c, names, BS_STACK_MAX, rows, n + 1);
		rp_figure_end(rp);
		comply_table(rp, names, rows, themes, n);
	}
	register_table(rp);
	fputs("</section>\n", rp->out);
	free(rates);
	free(labels);
	free(rows);
	free(themes);
}

static void kinds_text(char *buf, size_t size, const struct rp *rp, unsigned int kinds)
{
	size_t len = 0;

	buf[0] = '\0';
	for (unsigned int k = 0; k < BIG_GAP_KIND_COUNT; k++)
		if (kinds & (1u << k))
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? ", " : "",
						bs_t_gap_kind(rp->lang, k));
}

static void gap_row(struct rp *rp, size_t rank, const big_gap *g, bool tags)
{
	const big_tag *tag = g->tag ? big_catalogue_find_tag(rp->cat, g->tag) : NULL;
	const char *text = big_report_node_text(rp->r, g->node);
	char buf[128];
	int len;

	snprintf(buf, sizeof(buf), "%zu", rank);
	fputs("<tr>", rp->out);
	bs_html_cell(rp->out, buf, false);
	bs_html_row_head(rp->out, big_node_id(g->node));
	if (text != NULL) {
		/* With --texts, the requirement's text under its title. */
		fputs("<td>", rp->out);
		rp_title_html(rp, g->node);
		/* dir="auto" isolates the text: its bidi controls stay inside */
		fputs("<p class=\"text\" dir=\"auto\">", rp->out);
		bs_html_escape_lines(rp->out, text);
		fputs("</p></td>", rp->out);
	} else {
		rp_title_cell(rp, g->node);
	}
	kinds_text(buf, sizeof(buf), rp, g->kinds);
	bs_html_cell(rp->out, buf, false);
	/* the status, with the maturity level when there is one */
	len = snprintf(buf, sizeof(buf), "%s", bs_t_status(rp->lang, g->status));
	if (g->maturity >= 0 && len > 0 && (size_t)len < sizeof(buf))
		snprintf(buf + len, sizeof(buf) - (size_t)len, " \u00b7 %s %d",
			 rp_t(rp, BS_M_LEVEL), g->maturity);
	bs_html_cell(rp->out, buf, false);
	if (tags)
		bs_html_cell(rp->out,
			     tag && *tag->label ? tag->label
			     : g->tag           ? g->tag
						: "",
			     false);
	bs_html_cell(rp->out, rp_t(rp, big_node_is_mandatory(g->node) ? BS_M_YES : BS_M_NO), false);
	bs_html_cell(rp->out, bs_l_fixed(buf, sizeof(buf), rp->lang, g->size, 2), true);
	fputs("</tr>\n", rp->out);
}

/* The order of the gap list in words: by category only when the report's
 * profile gives a priority of tags (BIO2 1.2's categories; BIO2 1.3, BIO
 * and the BIG have none), naming the first. */
static const char *gaps_note(struct rp *rp, char *buf, size_t size)
{
	const big_profile *p = big_report_profile(rp->r);
	const big_tag *first =
	    p && big_profile_priority_count(p)
		? big_catalogue_find_tag(big_report_catalogue(rp->r), big_profile_priority(p, 0))
		: NULL;

	if (first == NULL)
		return rp_t(rp, BS_M_GAPS_NOTE_PLAIN);
	snprintf(buf, size, "%s%s%s", rp_t(rp, BS_M_GAPS_NOTE),
		 *first->label ? first->label : first->id, rp_t(rp, BS_M_GAPS_NOTE_FIRST));
	return buf;
}

void rp_write_gaps(struct rp *rp)
{
	const char *heads[] = {rp_t(rp, BS_M_RANK),      rp_t(rp, BS_M_REQUIREMENT),
			       rp_t(rp, BS_M_TITLE),     rp_t(rp, BS_M_KINDS),
			       rp_t(rp, BS_M_STATUS),    rp_t(rp, BS_M_TAG),
			       rp_t(rp, BS_M_MANDATORY), rp_t(rp, BS_M_SIZE)};
	size_t i, n = big_report_gap_count(rp->r), shown = n < rp->top ? n : rp->top;
	bool tags = false;
	char caption[128], note[512];

	rp_section(rp, "gaps", rp_t(rp, BS_M_SEC_GAPS), gaps_note(rp, note, sizeof(note)));
	for (i = 0; i < shown; i++)
		tags |= big_report_gap(rp->r, i)->tag != NULL;
	if (shown == 0) {
		bs_html_element(rp->out, "p", NULL, rp_t(rp, n ? BS_M_NONE : BS_M_NO_GAPS));
	} else {
		if (!tags) /* no category column */
			memmove(&heads[5], &heads[6], 2 * sizeof(*heads));
		snprintf(caption, sizeof(caption), "%zu %s %zu", shown, rp_t(rp, BS_M_OF), n);
		bs_html_table_begin(rp->out, "gaps", caption, heads, tags ? 8 : 7, tags ? 7 : 6);
		for (i = 0; i < shown; i++)
			gap_row(rp, i + 1, big_report_gap(rp->r, i), tags);
		bs_html_table_end(rp->out);
	}
	fputs("</section>\n", rp->out);
}
