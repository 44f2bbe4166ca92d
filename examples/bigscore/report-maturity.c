/*
 * bigscore report — how the requirements of each theme are spread over the
 * maturity levels: the attained level (the weakest link) alone says little
 * when one requirement at level 0 keeps a theme at 0.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

/* The maturity a requirement is scored with: derived from the criteria it
 * meets when they were recorded, else the maturity given; -1 when none. */
static int requirement_level(const struct rp *rp, const big_node *req)
{
	const char *id = big_node_id(req);
	const big_result *res = big_assessment_result(rp->a, id);
	int derived = big_assessment_derived_maturity(rp->a, id);

	if (derived >= 0)
		return derived;
	return res ? big_result_maturity(res) : -1;
}

/* The row of @p req: the index of its theme in @p themes, n for none. */
static size_t theme_row(const big_node *req, const big_node **themes, size_t n)
{
	const big_node *top = req;
	size_t i;

	while (big_node_parent(top) != NULL)
		top = big_node_parent(top);
	for (i = 0; i < n && themes[i] != top; i++)
		;
	return i;
}

/* counts[row * cols + level], level cols - 1 = no level; row n is the total. */
static void count_levels(const struct rp *rp, const big_node **themes, size_t n, int max,
			 unsigned int *counts)
{
	const size_t cols = (size_t)max + 2;

	for (size_t i = 0; i < big_catalogue_requirement_count(rp->cat); i++) {
		const big_node *req = big_catalogue_requirement(rp->cat, i);
		const big_scores *s = big_report_node_scores(rp->r, req);
		size_t row = theme_row(req, themes, n);
		int level;

		/* the scorable requirements: applicable and not properly excluded */
		if (s == NULL || s->applicable == 0 || !s->has_implementation || row == n)
			continue;
		level = requirement_level(rp, req);
		if (level < 0 || level > max)
			level = max + 1;
		counts[row * cols + (size_t)level]++;
		counts[n * cols + (size_t)level]++;
	}
}

void rp_write_maturity_spread(struct rp *rp, const big_node **themes, size_t n)
{
	const int max = big_catalogue_max_level(rp->cat);
	const size_t cols = (size_t)max + 2;
	unsigned int *counts = calloc((n + 1) * cols, sizeof(*counts));
	const char **heads = calloc(cols + 1, sizeof(*heads));
	char(*levels)[16] = calloc(cols, sizeof(*levels)), label[160], buf[16];

	if (!rp_ok(rp, counts != NULL && heads != NULL && levels != NULL))
		goto out;
	count_levels(rp, themes, n, max, counts);
	heads[0] = rp_theme_word(rp);
	for (int l = 0; l <= max; l++) {
		snprintf(levels[l], sizeof(levels[l]), "%d", l);
		heads[l + 1] = levels[l];
	}
	heads[cols] = rp_t(rp, BS_M_NO_LEVEL);
	bs_html_table_begin(rp->out, NULL, rp_t(rp, BS_M_MATURITY_SPREAD), heads, cols + 1, 1);
	for (size_t i = 0; i <= n; i++) {
		fputs(i < n ? "<tr>" : "<tr class=\"total\">", rp->out);
		bs_html_row_head(rp->out,
				 rp_row_label(label, sizeof(label), rp, i < n ? themes[i] : NULL));
		for (size_t l = 0; l < cols; l++) {
			snprintf(buf, sizeof(buf), "%u", counts[i * cols + l]);
			bs_html_cell(rp->out, counts[i * cols + l] ? buf : "\u00b7", true);
		}
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
	bs_html_element(rp->out, "p", "note", rp_t(rp, BS_M_MATURITY_SPREAD_NOTE));
out:
	free(levels);
	free(heads);
	free(counts);
}
