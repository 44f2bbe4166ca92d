/*
 * bigscore report — the organisation against its peers: the assessments of
 * other organisations (--peers, directories or files), their distribution
 * per theme with the publication guard, and the organisation's position and
 * percentile ranks (implementation, coverage, comply or explain). Peers of another kind of
 * organisation (a collaboration's own assessment among municipalities) or another period are
 * skipped.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"
#include "cmd-report.h"
#include "html.h"

/* Scores the peers of the pool into rp->peer_reports, after the organisation's own. */
static int score_peers(struct rp *rp, const struct bs_pool *pool)
{
	rp->peer_reports = calloc(pool->count + 1, sizeof(*rp->peer_reports));
	if (rp->peer_reports == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	rp->peer_reports[rp->peer_count++] = rp->r; /* borrowed */
	for (size_t i = 0; i < pool->count; i++) {
		const big_assessment *b = pool->items[i];

		if (!strcmp(big_assessment_organisation_id(b),
			    big_assessment_organisation_id(rp->a)))
			continue; /* the organisation itself is in already */
		if (strcmp(big_assessment_period(b), big_assessment_period(rp->a)) != 0)
			rp->peers_skipped++;
		else if (big_score(&rp->peer_reports[rp->peer_count++], b, &rp->so) < 0)
			return bs_library_error(pool->files[i]);
	}
	return BS_OK;
}

int rp_peers_load(struct rp *rp)
{
	big_distribution_options opts = BIG_DISTRIBUTION_OPTIONS_INIT;
	const char *kind = big_assessment_organisation_kind(rp->a);
	struct bs_list files = {0}, from_dir = {0};
	struct bs_pool pool = {0};
	int status = bs_expand(&files, &from_dir, &rp->args->peers,
			       rp->args->skip_unreadable ? BS_EXPAND_SKIP_UNREADABLE : 0);

	if (status == BS_OK)
		status =
		    bs_pool_load(&pool, rp->cs, &files, &from_dir, &rp->lo, *kind ? kind : NULL,
				 big_assessment_period(rp->a), rp->args->progress);
	if (status == BS_OK)
		status = score_peers(rp, &pool);
	rp->peers_skipped += files.count - pool.count; /* other kinds, other documents */
	opts.k = rp->k;
	if (status == BS_OK &&
	    big_distribution_new(&rp->dist, (const big_report *const *)rp->peer_reports,
				 rp->peer_count, &opts) < 0)
		status = bs_library_error(NULL);
	bs_pool_free(&pool);
	bs_list_free(&files);
	bs_list_free(&from_dir);
	return status;
}

void rp_peers_free(struct rp *rp)
{
	big_distribution_free(rp->dist);
	for (size_t i = 1; i < rp->peer_count; i++) /* [0] is the organisation's */
		big_report_free(rp->peer_reports[i]);
	free(rp->peer_reports);
}

/* The cell of the organisation's percentile rank for score @p which of
 * @p node (NULL: overall): "62e percentiel", "62nd percentile", or "—". */
static void rank_cell(struct rp *rp, const big_node *node, big_distribution_score which)
{
	const big_scores *s = rp_scores(rp->own_r, node); /* the peers are own assessments too */
	int has =
	    which == BIG_DISTRIBUTION_IMPLEMENTATION ? s->has_implementation : s->has_coverage;
	double value = which == BIG_DISTRIBUTION_IMPLEMENTATION ? s->implementation
		       : which == BIG_DISTRIBUTION_COVERAGE     ? s->coverage
								: s->comply_or_explain;
	char buf[64], a[32];
	double rank;

	if (has &&
	    big_distribution_percentile_rank_score(&rank, rp->dist, node, which, value) == 0) {
		/* 0..100, whole */
		bs_l_ordinal(a, sizeof(a), rp->lang, (unsigned long)(rank + 0.5));
		snprintf(buf, sizeof(buf), "%s %s", a, rp_t(rp, BS_M_PERCENTILE));
	} else
		snprintf(buf, sizeof(buf), "%s", BS_NO_SCORE);
	bs_html_cell(rp->out, buf, true);
}

static void peers_table(struct rp *rp, const struct bs_box_row *rows, const big_node **themes,
			size_t n)
{
	const char *heads[] = {rp_theme_word(rp),
			       "n",
			       rp_t(rp, BS_M_RANGE),
			       rp_t(rp, BS_M_MIDDLE_HALF),
			       rp_t(rp, BS_M_MEDIAN),
			       rp_t(rp, BS_M_YOUR_ORGANISATION),
			       rp_t(rp, BS_M_PERCENTILE_RANK),
			       rp_t(rp, BS_M_RANK_COVERAGE),
			       rp_t(rp, BS_M_RANK_COMPLY)};
	char buf[64], a[32], b[32];

	bs_html_table_begin(rp->out, NULL, NULL, heads, 9, 1);
	for (size_t i = 0; i <= n; i++) {
		const big_statistics *s = rows[i].stats;

		fputs(i < n ? "<tr>" : "<tr class=\"total\">", rp->out);
		bs_html_row_head(rp->out, rows[i].label);
		snprintf(buf, sizeof(buf), "%u", s->n);
		bs_html_cell(rp->out, buf, true);
		if (s->available) {
			snprintf(buf, sizeof(buf), "%s \u2013 %s",
				 bs_l_percent(a, sizeof(a), rp->lang, true, s->min),
				 bs_l_percent(b, sizeof(b), rp->lang, true, s->max));
			bs_html_cell(rp->out, buf, true);
			snprintf(buf, sizeof(buf), "%s \u2013 %s",
				 bs_l_percent(a, sizeof(a), rp->lang, true, s->q1),
				 bs_l_percent(b, sizeof(b), rp->lang, true, s->q3));
			bs_html_cell(rp->out, buf, true);
			bs_html_cell(rp->out, bs_l_percent(a, sizeof(a), rp->lang, true, s->median),
				     true);
		} else {
			fputs("<td colspan=\"3\" class=\"num\">", rp->out);
			bs_html_escape(rp->out, s->n ? rp_t(rp, BS_M_SUPPRESSED) : BS_NO_SCORE);
			fputs("</td>", rp->out);
		}
		bs_html_cell(rp->out,
			     bs_l_percent(a, sizeof(a), rp->lang, rows[i].has_value, rows[i].value),
			     true);
		rank_cell(rp, i < n ? themes[i] : NULL, BIG_DISTRIBUTION_IMPLEMENTATION);
		rank_cell(rp, i < n ? themes[i] : NULL, BIG_DISTRIBUTION_COVERAGE);
		rank_cell(rp, i < n ? themes[i] : NULL, BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN);
		fputs("</tr>\n", rp->out);
	}
	bs_html_table_end(rp->out);
}

const char *rp_peers_compared(char *buf, size_t size, const struct rp *rp)
{
	size_t count = big_distribution_count(rp->dist);
	int len;

	len = snprintf(buf, size, "%zu %s, %s", count,
		       bs_t_count(rp->lang, count, BS_M_ORGANISATION_ONE, BS_M_ORGANISATIONS),
		       rp_t(rp, BS_M_INCLUDING_YOURS));
	if (rp->peers_skipped > 0 && len > 0 && (size_t)len < size)
		snprintf(buf + len, size - (size_t)len, "; %zu %s %s", rp->peers_skipped,
			 bs_t_count(rp->lang, rp->peers_skipped, BS_M_FILE, BS_M_FILES),
			 rp_t(rp, BS_M_PEERS_SKIPPED));
	return buf;
}

static void peers_summary(struct rp *rp)
{
	char buf[512], compared[448];

	snprintf(buf, sizeof(buf), "%s: %s", rp_t(rp, BS_M_COMPARED),
		 rp_peers_compared(compared, sizeof(compared), rp));
	bs_html_element(rp->out, "p", "note", buf);
	snprintf(buf, sizeof(buf), "%s (k = %u)", rp_t(rp, BS_M_GUARD_NOTE), rp->k);
	bs_html_element(rp->out, "p", "note", buf);
}

void rp_write_peers(struct rp *rp)
{
	const char *legend[4] = {rp_t(rp, BS_M_RANGE), rp_t(rp, BS_M_MIDDLE_HALF),
				 rp_t(rp, BS_M_MEDIAN), rp_t(rp, BS_M_YOUR_ORGANISATION)};
	const big_node **themes = NULL;
	size_t n = rp_themes(rp, &themes);
	struct bs_box_row *rows = calloc(n + 1, sizeof(*rows));
	char(*labels)[160] = calloc(n + 1, sizeof(*labels)), note[160];
	struct bs_chart c;

	rp_section(rp, "peers", rp_t(rp, BS_M_SEC_PEERS), rp_t(rp, BS_M_PEERS_NOTE));
	peers_summary(rp);
	if (rp_ok(rp, themes != NULL && rows != NULL && labels != NULL)) {
		snprintf(note, sizeof(note), "%s (k = %u)", rp_t(rp, BS_M_SUPPRESSED), rp->k);
		for (size_t i = 0; i <= n; i++) {
			const big_node *node = i < n ? themes[i] : NULL;
			const big_scores *s = rp_scores(rp->own_r, node);
			const big_distribution_scores *d =
			    node ? big_distribution_node(rp->dist, node)
				 : big_distribution_overall(rp->dist);

			rows[i] = (struct bs_box_row){
			    rp_row_label(labels[i], sizeof(labels[i]), rp, node),
			    &d->implementation, s->has_implementation, s->implementation,
			    d->implementation.n ? note : NULL};
		}
		c = rp_figure(rp, rp_t(rp, BS_M_CHART_PEERS), rp_t(rp, BS_M_CHART_PEERS_DESC));
		bs_svg_boxes(&c, legend, rows, n + 1);
		rp_figure_end(rp);
		peers_table(rp, rows, themes, n);
	}
	fputs("</section>\n", rp->out);
	free(labels);
	free(rows);
	free(themes);
}
