/*
 * bigscore report — the improvement plan ("Verbeterplan"): the open
 * improvement actions (planned or in progress) per theme with their owner
 * and due date, overdue ones first, then by due date, then in catalogue
 * order; and the mandatory gaps without an open action, named.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

static const big_node *theme_of(const big_node *node)
{
	while (big_node_parent(node) != NULL)
		node = big_node_parent(node);
	return node;
}

bool rp_action_overdue(const struct rp *rp, const big_action *x)
{
	const char *due = big_action_due(x), *as_of = big_report_as_of(rp->r);

	return big_action_get_status(x) != BIG_ACTION_DONE && due != NULL && *as_of &&
	       strcmp(due, as_of) < 0;
}

static int compare_size(size_t a, size_t b)
{
	return a < b ? -1 : a > b;
}

/* Overdue first, then by due date (none last), then catalogue order, then
 * the order of the result's actions. */
static int by_urgency(const void *pa, const void *pb)
{
	const struct plan_item *a = pa, *b = pb;
	const char *da = big_action_due(a->action), *db = big_action_due(b->action);
	int c;

	if (a->overdue != b->overdue)
		return a->overdue ? -1 : 1;
	if ((da == NULL) != (db == NULL))
		return da == NULL ? 1 : -1;
	if (da != NULL && (c = strcmp(da, db)) != 0)
		return c;
	c = compare_size(big_node_index(a->node), big_node_index(b->node));
	return c ? c : compare_size(a->index, b->index);
}

size_t rp_open_actions(struct rp *rp, struct plan_item **out)
{
	size_t i, k, n = big_catalogue_node_count(rp->cat), count = 0, cap = 0;
	struct plan_item *items = NULL;

	for (i = 0; i < n; i++) {
		const big_node *node = big_catalogue_node(rp->cat, i);
		const big_scores *s;
		const big_result *res;

		if (!big_node_is_assessable(node))
			continue;
		s = big_report_node_scores(rp->r, node);
		res = big_assessment_result(rp->a, big_node_id(node));
		if (s == NULL || s->applicable == 0 || res == NULL)
			continue;
		for (k = 0; k < big_result_action_count(res); k++) {
			const big_action *x = big_result_action(res, k);

			if (big_action_get_status(x) == BIG_ACTION_DONE)
				continue;
			if (count == cap) {
				size_t grown = cap ? 2 * cap : 16;
				struct plan_item *more = realloc(items, grown * sizeof(*items));

				if (more == NULL) {
					rp_ok(rp, false);
					free(items);
					*out = NULL;
					return 0;
				}
				items = more;
				cap = grown;
			}
			items[count++] = (struct plan_item){node, theme_of(node), x, k,
							    rp_action_overdue(rp, x)};
		}
	}
	if (count > 0)
		qsort(items, count, sizeof(*items), by_urgency);
	*out = items;
	return count;
}

static void action_row(struct rp *rp, const struct plan_item *it)
{
	const char *owner = big_action_owner(it->action), *due = big_action_due(it->action);

	fputs(it->overdue ? "<tr class=\"flagged\">" : "<tr>", rp->out);
	bs_html_row_head(rp->out, big_node_id(it->node));
	rp_title_cell(rp, it->node);
	/* input text in its own direction: a right-to-left owner or a
	 * U+202E in a description does not reverse the row around it */
	fputs("<td dir=\"auto\">", rp->out);
	bs_html_escape(rp->out, big_action_description(it->action));
	fputs("</td><td dir=\"auto\">", rp->out);
	bs_html_escape(rp->out, owner && *owner ? owner : BS_NO_SCORE);
	fputs("</td>", rp->out);
	/* the date on one line (.due), "(te laat)" may wrap after it */
	fputs(it->overdue ? "<td class=\"date flag\"><span class=\"due\">"
			  : "<td class=\"date\"><span class=\"due\">",
	      rp->out);
	bs_html_escape(rp->out, due ? due : BS_NO_SCORE);
	fputs("</span>", rp->out);
	if (it->overdue) {
		fputs(" (", rp->out);
		bs_html_escape(rp->out, rp_t(rp, BS_M_OVERDUE));
		fputs(")", rp->out);
	}
	fputs("</td>", rp->out);
	bs_html_cell(rp->out,
		     rp_t(rp, big_action_get_status(it->action) == BIG_ACTION_IN_PROGRESS
				  ? BS_M_ACTION_IN_PROGRESS
				  : BS_M_ACTION_PLANNED),
		     false);
	fputs("</tr>\n", rp->out);
}

/* One table per theme with open actions, in the order of the themes. */
static void action_tables(struct rp *rp, const struct plan_item *items, size_t count)
{
	const char *heads[] = {rp_t(rp, BS_M_REQUIREMENT), rp_t(rp, BS_M_TITLE),
			       rp_t(rp, BS_M_ACTION),      rp_t(rp, BS_M_OWNER),
			       rp_t(rp, BS_M_DUE),         rp_t(rp, BS_M_STATUS)};
	const big_node **themes = NULL;
	size_t t, i, n = rp_themes(rp, &themes);
	char label[160];

	for (t = 0; themes != NULL && t < n; t++) {
		size_t rows = 0;

		for (i = 0; i < count; i++) {
			if (items[i].theme != themes[t])
				continue;
			if (rows++ == 0) {
				fputs("<div class=\"plan-theme\">\n", rp->out);
				bs_html_element(rp->out, "h3", NULL,
						rp_node_label(label, sizeof(label), rp, themes[t]));
				bs_html_table_begin(rp->out, "plan", NULL, heads, 6, 6);
			}
			action_row(rp, &items[i]);
		}
		if (rows > 0) {
			bs_html_table_end(rp->out);
			fputs("</div>\n", rp->out);
		}
	}
	free(themes);
}

/* "Zonder verbeteractie (verplichte eisen): 5.01.02 Titel; 5.02.01 Titel."
 * in catalogue order; left out for a catalogue without mandatory
 * requirements (the summary counts its gaps without an action). */
static void without_action(struct rp *rp)
{
	size_t i, k, gaps = big_report_gap_count(rp->r), n = big_catalogue_node_count(rp->cat);
	size_t count = 0;
	bool *listed;

	if (!rp_has_mandatory(rp))
		return;
	listed = calloc(n ? n : 1, sizeof(*listed));
	if (!rp_ok(rp, listed != NULL))
		return;
	for (i = 0; i < gaps; i++) {
		const big_gap *g = big_report_gap(rp->r, i);

		if (g->without_action && big_node_is_mandatory(g->node)) {
			listed[big_node_index(g->node)] = true;
			count++;
		}
	}
	fputs("<p class=\"without\"><strong>", rp->out);
	bs_html_escape(rp->out, rp_t(rp, BS_M_WITHOUT_ACTION));
	fputs("</strong> ", rp->out);
	if (count == 0)
		bs_html_escape(rp->out, rp_t(rp, BS_M_NONE));
	for (i = 0, k = 0; i < n; i++) {
		if (!listed[i])
			continue;
		const big_node *node = big_catalogue_node(rp->cat, i);

		fputs(k++ ? "; " : "", rp->out);
		bs_html_escape(rp->out, big_node_id(node));
		fputc(' ', rp->out);
		rp_title_html(rp, node);
	}
	fputs(".</p>\n", rp->out);
	free(listed);
}

void rp_write_plan(struct rp *rp)
{
	struct plan_item *items = NULL;
	size_t count = rp_open_actions(rp, &items);

	rp_section(rp, "plan", rp_t(rp, BS_M_SEC_PLAN),
		   rp_t(rp, rp_has_mandatory(rp) ? BS_M_PLAN_NOTE : BS_M_PLAN_NOTE_ALL));
	if (count == 0)
		bs_html_element(rp->out, "p", NULL, rp_t(rp, BS_M_NO_OPEN_ACTIONS));
	else
		action_tables(rp, items, count);
	without_action(rp);
	fputs("</section>\n", rp->out);
	free(items);
}
