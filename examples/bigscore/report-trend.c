/*
 * bigscore report — the trend against the previous period (--previous):
 * the change of the implementation per theme (big_compare()) and the
 * requirements that contribute most to it.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

#define LARGEST_CHANGES 5

static void trend_table(struct rp *rp, const big_node **themes, size_t n)
{
	const char *heads[] = {rp_theme_word(rp), rp_t(rp, BS_M_BEFORE), rp_t(rp, BS_M_AFTER),
			       rp_t(rp, BS_M_CHANGE)};
	const big_report *before = big_comparison_before(rp->cmp); /* after: the compared */
	char label[160], buf[48], num[32];

	bs_html_table_begin(rp->out, NULL, NULL, heads, 4, 1);
	for (size_t i = 0; i <= n; i++) {
		const big_node *node = i < n ? themes[i] : NULL;
		const big_scores *b = rp_scores(before, node),
				 *a = rp_scores(big_comparison_after(rp->cmp), node);
		const big_delta *d =
		    node ? big_comparison_node(rp->cmp, node) : big_comparison_overall(rp->cmp);

		fputs(node ? "<tr>" : "<tr class=\"total\">", rp->out);
		bs_html_row_head(rp->out, rp_row_label(label, sizeof(label), rp, node));
		bs_html_cell(rp->out,
			     bs_l_percent(buf, sizeof(buf), rp->lang, b->has_implementation,
					  b->implementation),
			     true);
		bs_html_cell(rp->out,
			     bs_l_percent(buf, sizeof(buf), rp->lang, a->has_implementation,
					  a->implementation),
			     true);
		bs_l_points(num, sizeof(num), rp->lang, d && d->has_implementation,
			    d ? d->implementation : 0, 1);
		snprintf(buf, sizeof(buf), "%s %s", num, rp_t(rp, BS_M_POINTS));
		bs_html_cell(rp->out, d && d->has_implementation ? buf : BS_NO_SCORE, true);
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
}

static void changes_table(struct rp *rp)
{
	const char *heads[] = {rp_t(rp, BS_M_REQUIREMENT), rp_t(rp, BS_M_TITLE),
			       rp_t(rp, BS_M_BEFORE), rp_t(rp, BS_M_AFTER),
			       rp_t(rp, BS_M_CONTRIBUTION)};
	size_t i, n = big_comparison_contribution_count(rp->cmp);
	char buf[48], num[32];

	bs_html_element(rp->out, "h3", NULL, rp_t(rp, BS_M_LARGEST_CHANGES));
	if (n == 0) {
		bs_html_element(rp->out, "p", NULL, rp_t(rp, BS_M_NO_CHANGES));
		return;
	}
	bs_html_table_begin(rp->out, NULL, NULL, heads, 5, 4);
	for (i = 0; i < n && i < LARGEST_CHANGES; i++) {
		const big_contribution *c = big_comparison_contribution(rp->cmp, i);

		fputs("<tr>", rp->out);
		bs_html_row_head(rp->out, big_node_id(c->node));
		rp_title_cell(rp, c->node);
		bs_html_cell(rp->out, bs_t_status(rp->lang, c->before), false);
		bs_html_cell(rp->out, bs_t_status(rp->lang, c->after), false);
		bs_l_points(num, sizeof(num), rp->lang, true, c->contribution, 2);
		snprintf(buf, sizeof(buf), "%s %s", num, rp_t(rp, BS_M_POINTS));
		bs_html_cell(rp->out, buf, true);
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
}

void rp_write_trend(struct rp *rp)
{
	const big_node **themes = NULL;
	size_t n = rp_themes(rp, &themes);
	struct bs_delta_row *rows = calloc(n + 1, sizeof(*rows));
	char(*labels)[160] = calloc(n + 1, sizeof(*labels)), title[160];
	struct bs_chart c;

	snprintf(title, sizeof(title), "%s %s %s", rp_t(rp, BS_M_SEC_TREND), rp_t(rp, BS_M_SINCE),
		 rp->previous_period);
	rp_section(rp, "trend", title, rp_t(rp, BS_M_TREND_NOTE));
	if (rp_ok(rp, themes != NULL && rows != NULL && labels != NULL)) {
		for (size_t i = 0; i <= n; i++) {
			const big_node *node = i < n ? themes[i] : NULL;
			const big_delta *d = node ? big_comparison_node(rp->cmp, node)
						  : big_comparison_overall(rp->cmp);

			rows[i] = (struct bs_delta_row){
			    rp_row_label(labels[i], sizeof(labels[i]), rp, node),
			    d && d->has_implementation, d ? d->implementation : 0};
		}
		c = rp_figure(rp, rp_per_theme(title, sizeof(title), rp, BS_M_CHART_TREND),
			      rp_t(rp, BS_M_CHART_TREND_DESC));
		bs_svg_deltas(&c, rp_t(rp, BS_M_POINTS), rows, n + 1);
		rp_figure_end(rp);
		trend_table(rp, themes, n);
	}
	changes_table(rp);
	fputs("</section>\n", rp->out);
	free(labels);
	free(rows);
	free(themes);
}
