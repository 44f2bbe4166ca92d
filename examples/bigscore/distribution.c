/*
 * bigscore aggregate --distribution — the distribution of the scores of
 * many organisations per node, with the publication guard, and the
 * position of one organisation among them. The text follows --lang as the
 * other text output does (text-labels.h): Dutch labels and decimal commas
 * with --lang nl, else English.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate.h"
#include "text-labels.h"

/* One organisation to place among the others (--organisation), or none;
 * and the language of the text. */
struct position {
	const char *id;
	const big_report *report; /* NULL: none asked for */
	const struct bs_lang *tl; /* text-labels.h: NULL for English */
};

static void print_stats_row(const char *label, size_t wlabel, const big_statistics *st,
			    const struct position *pos, int has, double value, const char *rank)
{
	const double v[] = {st->min, st->q1, st->median, st->q3, st->max, st->mean};
	const char *none = st->suppressed ? bs_tx(pos->tl, BS_TX_WITHHELD_ROW) : BS_NO_SCORE;
	char buf[32];

	bs_column(stdout, label, wlabel);
	bs_printf("%5u", st->n);
	if (st->available)
		for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++)
			bs_right(stdout, bs_tx_percent(buf, sizeof(buf), pos->tl, 1, v[i]), 8);
	else if (pos->report)
		bs_printf("  %-46s", none);
	else
		bs_printf("  %s", none);
	if (pos->report) {
		bs_right(stdout, bs_tx_percent(buf, sizeof(buf), pos->tl, has, value), 9);
		if (*rank)
			bs_right(stdout, rank, 7);
	}
	putchar('\n');
}

static void print_stats_head(const char *label, size_t wlabel, const struct position *pos)
{
	bs_column(stdout, label, wlabel);
	bs_printf("%5s%8s%8s%8s%8s%8s%8s", "n", "Min", "Q1", bs_tx(pos->tl, BS_TX_MEDIAN), "Q3",
		  "Max", bs_tx(pos->tl, BS_TX_MEAN_HEAD));
	if (pos->report) {
		bs_right(stdout, pos->id, 9);
		bs_right(stdout, bs_tx(pos->tl, BS_TX_PERCENTILE_RANK), 7);
	}
	putchar('\n');
}

/* The percentile rank of the position's score @p which of @p node as text. */
static const char *rank_text(char *buf, size_t size, const big_distribution *d,
			     const struct position *pos, const big_node *node, const big_scores *s,
			     big_distribution_score which)
{
	int has = s && (which == BIG_DISTRIBUTION_IMPLEMENTATION ? s->has_implementation
								 : s->has_coverage);
	double value = !s                                         ? 0
		       : which == BIG_DISTRIBUTION_IMPLEMENTATION ? s->implementation
		       : which == BIG_DISTRIBUTION_COVERAGE       ? s->coverage
								  : s->comply_or_explain;
	double rank;

	if (pos->report == NULL || !has)
		return BS_NO_SCORE;
	if (big_distribution_percentile_rank_score(&rank, d, node, which, value) < 0)
		return bs_tx(pos->tl, BS_TX_WITHHELD);
	return bs_tx_fixed(buf, size, pos->tl, rank, 1);
}

static void print_overall(const big_distribution *d, const struct position *pos)
{
	const big_distribution_scores *ds = big_distribution_overall(d);
	const big_scores *s = pos->report ? big_report_overall(pos->report) : NULL;
	char buf[32];

	print_stats_head(bs_tx(pos->tl, BS_TX_OVERALL), 19, pos);
	print_stats_row(
	    bs_tx(pos->tl, BS_TX_IMPLEMENTATION), 19, &ds->implementation, pos,
	    s && s->has_implementation, s ? s->implementation : 0,
	    rank_text(buf, sizeof(buf), d, pos, NULL, s, BIG_DISTRIBUTION_IMPLEMENTATION));
	print_stats_row(bs_tx(pos->tl, BS_TX_COVERAGE), 19, &ds->coverage, pos,
			s && s->has_coverage, s ? s->coverage : 0,
			rank_text(buf, sizeof(buf), d, pos, NULL, s, BIG_DISTRIBUTION_COVERAGE));
	print_stats_row(
	    bs_tx(pos->tl, BS_TX_COMPLY), 19, &ds->comply_or_explain, pos, s && s->has_coverage,
	    s ? s->comply_or_explain : 0,
	    rank_text(buf, sizeof(buf), d, pos, NULL, s, BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN));
	putchar('\n');
}

static void print_nodes(const big_distribution *d, const struct position *pos)
{
	const big_catalogue *cat = big_distribution_catalogue(d);
	const char *lang = big_distribution_lang(d);
	size_t wid = bs_root_id_width(cat), wtitle = bs_root_title_width(cat, lang);
	char label[256], buf[32];

	bs_printf("%s\n", bs_tx(pos->tl, BS_TX_PER_ROOT));
	print_stats_head(bs_tx(pos->tl, BS_TX_ID), wid + 2 + wtitle, pos);
	for (size_t i = 0; i < big_catalogue_root_count(cat); i++) {
		const big_node *node = big_catalogue_root(cat, i);
		const big_distribution_scores *ds = big_distribution_node(d, node);
		const big_scores *s =
		    pos->report ? big_report_node_scores(pos->report, node) : NULL;

		if (ds == NULL || ds->coverage.n == 0)
			continue;
		/* The id padded, then the title: one label column. */
		{
			size_t idw = bs_width(big_node_id(node));

			snprintf(label, sizeof(label), "%s%*s%s", big_node_id(node),
				 idw < wid + 2 ? (int)(wid + 2 - idw) : 0, "",
				 big_node_title_lang(node, lang));
		}
		print_stats_row(
		    label, wid + 2 + wtitle, &ds->implementation, pos, s && s->has_implementation,
		    s ? s->implementation : 0,
		    rank_text(buf, sizeof(buf), d, pos, node, s, BIG_DISTRIBUTION_IMPLEMENTATION));
	}
}

static void print_text(const big_distribution *d, const big_assessment *first_a,
		       const big_report *first, const struct position *pos,
		       const big_assessment *org)
{
	const big_catalogue *cat = big_distribution_catalogue(d);
	const big_profile *profile = big_report_profile(first);

	const struct bs_lang *tl = pos->tl;

	bs_tx_label(stdout, tl, BS_TX_DISTRIBUTION);
	bs_printf("%zu %s, %s, %s %s%s%s%s%s, %s %s\n", big_distribution_count(d),
		  bs_tx(tl, BS_TX_ORGANISATIONS), big_assessment_period(first_a),
		  big_catalogue_id(cat), big_catalogue_version(cat), profile ? ", " : "",
		  profile ? bs_tx(tl, BS_TX_PROFILE_WORD) : "", profile ? " " : "",
		  profile ? big_profile_id(profile) : "", bs_tx(tl, BS_TX_ROLLUP_WORD),
		  bs_tx_rollup(tl, big_report_rollup(first)));
	bs_tx_label(stdout, tl, BS_TX_GUARD);
	bs_printf("k = %u: %s\n", big_distribution_k(d), bs_tx(tl, BS_TX_GUARD_NOTE));
	if (org) {
		bs_tx_label(stdout, tl, BS_TX_ORGANISATION);
		bs_printf("%s %s (%s)\n", pos->id, big_assessment_organisation_name(org),
			  bs_tx(tl, BS_TX_RANK_NOTE));
	}
	putchar('\n');
	print_overall(d, pos);
	print_nodes(d, pos);
}

static int print_output(const big_distribution *d, const struct aggregate_args *aa,
			const struct bs_pool *pool, const big_report *first,
			const struct position *pos, const big_assessment *org)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (!aa->json && !aa->csv) {
		print_text(d, pool->items[0], first, pos, org);
		return BS_OK;
	}
	if (aa->json)
		rc = big_distribution_to_json(&text, &len, d, aa->compact ? BIG_JSON_COMPACT : 0);
	else
		rc = big_distribution_to_csv(&text, &len, d, aa->csv_flags);
	return bs_print_document(rc, text, len, NULL);
}

/* Scores every assessment of the pool into @p reports, with progress. */
static int score_all(big_report **reports, const struct bs_pool *pool, const big_score_options *so,
		     int progress)
{
	struct bs_progress pr;

	bs_progress_start(&pr, "scored", pool->count, progress);
	for (size_t i = 0; i < pool->count; i++) {
		if (big_score(&reports[i], pool->items[i], so) < 0)
			return bs_library_error(pool->files[i]);
		bs_progress_step(&pr, i + 1);
	}
	return BS_OK;
}

static int distribute(const struct aggregate_args *aa, const struct bs_pool *pool,
		      big_report **reports)
{
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	big_distribution_options dopt = BIG_DISTRIBUTION_OPTIONS_INIT;
	big_distribution *d = NULL;
	struct position pos = {aa->organisation, NULL, NULL};
	const big_assessment *org = NULL;
	long k = 5;
	int status = -1;

	if (pool->count == 0)
		return bs_error(BS_INPUT, "no assessments to describe");
	if (aa->k)
		status = bs_parse_int("aggregate", "--k", aa->k, 0, 1000000, &k);
	if (status < 0)
		status =
		    bs_score_options(&so, "aggregate", aa->c.rollup, aa->c.target, aa->c.profile,
				     aa->c.lang, big_assessment_catalogue(pool->items[0]));
	if (status >= 0)
		return status;
	if (aa->organisation && (org = bs_pool_find(pool, aa->organisation)) == NULL)
		return bs_usage_error("aggregate", "organisation '%s' is not among the assessments",
				      aa->organisation);
	if (aa->organisation && (aa->json || aa->csv))
		return bs_usage_error("aggregate", "--organisation goes with the text output only");
	status = score_all(reports, pool, &so, aa->progress);
	for (size_t i = 0; org && i < pool->count; i++)
		if (pool->items[i] == org)
			pos.report = reports[i];
	dopt.k = (unsigned)k;
	if (status == BS_OK &&
	    big_distribution_new(&d, (const big_report *const *)reports, pool->count, &dopt) < 0)
		status = bs_library_error(NULL);
	if (status == BS_OK)
		pos.tl = bs_tx_lang(big_distribution_lang(d));
	if (status == BS_OK)
		status = print_output(d, aa, pool, reports[0], &pos, org);
	big_distribution_free(d);
	return status;
}

int bs_distribution(struct aggregate_args *aa)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	struct bs_catalogues cs;
	struct bs_list files = {0};
	struct bs_pool pool = {0};
	big_report **reports = NULL;
	int status = bs_common_open(&aa->c, &cs, &lo);

	if (status == BS_OK)
		status = bs_aggregate_pool(&pool, &files, &cs, aa, &lo);
	if (status == BS_OK && (reports = calloc(pool.count + 1, sizeof(*reports))) == NULL)
		status = bs_error(BS_INTERNAL, "out of memory");
	if (status == BS_OK)
		status = distribute(aa, &pool, reports);
	for (size_t i = 0; reports && i < pool.count; i++)
		big_report_free(reports[i]);
	free(reports);
	bs_pool_free(&pool);
	bs_list_free(&files);
	bs_catalogues_close(&cs);
	return status;
}
