/*
 * bigscore aggregate — aggregates a collaboration over its members (nested
 * collaborations included), or any set of assessments; with --distribution
 * (distribution.c) the distribution of the scores of many organisations.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate.h"

static void print_help(void)
{
	printf("Usage: bigscore aggregate --collaboration C.json [--collaborations PATH]...\n"
	       "                          [OPTION]... ASSESSMENTS...\n"
	       "       bigscore aggregate [--k N] [OPTION]... ASSESSMENTS...\n"
	       "       bigscore aggregate --collaboration C.json --period P --compare Q\n"
	       "                          [OPTION]... ASSESSMENTS...\n"
	       "       bigscore aggregate --distribution [--k N] [--organisation ID]\n"
	       "                          [OPTION]... ASSESSMENTS...\n"
	       "\n"
	       "ASSESSMENTS are libbig.assessment files or directories (their *.json\n"
	       "files and those of their subdirectories, in sorted order; other documents\n"
	       "in them are skipped). They must all be of one period, unless --period\n"
	       "chooses one.\n"
	       "\n"
	       "With --collaboration, aggregates that collaboration over its members\n"
	       "(docs/scoring.md, \"Aggregation\"): each member enters with its effective\n"
	       "assessment (the collaboration's own assessment, organisation id = its\n"
	       "id, supplies the delegated requirements under its policy); a member that\n"
	       "is a collaboration given with --collaborations is aggregated in turn; a\n"
	       "member without an assessment is missing and counts as not assessed.\n"
	       "The text shows each member's own overall scores (the lowest\n"
	       "implementation marked as the weakest link), the aggregate, the first\n"
	       "five of the ranking \"who to help first\" and the first ten gaps of\n"
	       "the aggregate with the members responsible (docs/scoring.md,\n"
	       "\"Attribution and who to help first\"), and the members of each\n"
	       "nested collaboration. Without --collaboration, aggregates the\n"
	       "assessments given.\n"
	       "\n"
	       "With --compare Q, shows the trend from period Q to period P (--period):\n"
	       "the change of the aggregate, how much of it the members of both periods\n"
	       "made and how much those who joined or left, every member's own change,\n"
	       "and the requirements that moved the figure with the members who moved\n"
	       "them (docs/scoring.md, \"The trend of a collaboration\"); --json and\n"
	       "--csv write the libbig.trend document or its CSV.\n"
	       "\n"
	       "With --distribution, scores every assessment and prints the distribution\n"
	       "of the scores per node (min, quartiles, median, max, mean), withholding\n"
	       "any statistic over fewer than k organisations (the publication guard).\n"
	       "\n"
	       "Options:\n"
	       "  --collaboration FILE      the libbig.collaboration to aggregate\n"
	       "  --collaborations PATH     collaborations for nested members: a file or a\n"
	       "                            directory (repeatable)\n"
	       "  --period P                only the assessments of period P take part (the\n"
	       "                            others are left out)\n"
	       "  --compare Q               with --period P: the trend from period Q to P\n"
	       "  --compare-collaboration FILE\n"
	       "                            with --compare Q: the collaboration as it was in\n"
	       "                            Q (its members then; the same id)\n"
	       "  --method METHOD           weakest (default), mean, weighted_mean or median\n"
	       "  --weight-attribute NAME   weighted_mean: weigh by this organisation\n"
	       "                            attribute (e.g. inhabitants) instead of the\n"
	       "                            member weights of the collaboration\n"
	       "  --flatten                 with --collaboration: the organisations of nested\n"
	       "                            collaborations are members themselves, each\n"
	       "                            once (not one member per nested collaboration)\n"
	       "  --distribution            the distribution instead of an aggregate\n"
	       "  --k N                     publication guard: a figure over fewer than N\n"
	       "                            organisations is withheld (default 5 with\n"
	       "                            --distribution, else 0; 0 or 1: none)\n"
	       "  --organisation ID         also the scores and percentile rank of ID among\n"
	       "                            the others (text output)\n"
	       "  --organisation-kind KIND  only assessments of organisations of this kind\n"
	       "                            (e.g. gemeente)\n"
	       "%s%s%s"
	       "  --json                    print the libbig.aggregate (or\n"
	       "                            libbig.distribution, or with --compare\n"
	       "                            libbig.trend) JSON document instead\n"
	       "  --compact                 with --json: one line without indentation\n"
	       "  --csv                     print the aggregate (or distribution) as CSV\n"
	       "  --ranking                 only the ranking \"who to help first\", every\n"
	       "                            member (with --csv: its CSV)\n"
	       "  --gaps                    only the gap list of the aggregate, every gap\n"
	       "                            (with --csv: its CSV)\n"
	       "  --csv-safe                CSV safe for a spreadsheet (the default): a text\n"
	       "                            field that starts with = + - @, a tab or a\n"
	       "                            carriage return gets an apostrophe in front\n"
	       "  --no-csv-safe             CSV text exactly as libbig writes it by default\n"
	       "  --progress                report progress on stderr even when it is not a\n"
	       "                            terminal\n"
	       "  --skip-unreadable         leave out, with a warning, an entry of a directory\n"
	       "                            that cannot be read (a dangling link, a FIFO, no\n"
	       "                            permission); without it such an entry is an\n"
	       "                            error (exit 3)\n"
	       "  -h, --help                show this help\n"
	       "\n"
	       "%s",
	       bs_load_help, bs_score_help, bs_lang_help, bs_exit_help);
}

/* The aggregate options from the arguments; returns -1 or an exit code. */
static int aggregate_options(big_aggregate_options *ao, const struct aggregate_args *aa,
			     const big_catalogue *cat)
{
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	int status = bs_score_options(&so, "aggregate", aa->c.rollup, aa->c.target, aa->c.profile,
				      aa->c.lang, cat);

	if (status >= 0)
		return status;
	if (aa->method && big_aggregate_method_from_name(&ao->method, aa->method) < 0)
		return bs_usage_error(
		    "aggregate", "unknown method '%s' (weakest, mean, weighted_mean or median)",
		    aa->method);
	if (ao->method == BIG_AGGREGATE_WEIGHTED_MEAN && !aa->collaboration &&
	    !aa->weight_attribute)
		return bs_usage_error("aggregate", "weighted_mean needs --weight-attribute NAME "
						   "(or --collaboration for member weights)");
	if (aa->weight_attribute && ao->method != BIG_AGGREGATE_WEIGHTED_MEAN)
		return bs_usage_error("aggregate",
				      "--weight-attribute needs --method weighted_mean");
	if (aa->k) {
		long k = 0;

		status = bs_parse_int("aggregate", "--k", aa->k, 0, 1000000, &k);
		if (status >= 0)
			return status;
		ao->k = (unsigned)k;
	}
	ao->flatten = aa->flatten;
	ao->weight_attribute = aa->weight_attribute;
	ao->rollup = so.rollup;
	ao->target = so.target;
	ao->profile = so.profile;
	ao->lang = so.lang;
	return -1;
}

int bs_aggregate_pool(struct bs_pool *pool, struct bs_list *files, struct bs_catalogues *cs,
		      const struct aggregate_args *aa, const big_load_options *lo)
{
	struct bs_list from_dir = {0};
	int status = bs_expand(files, &from_dir, &aa->operands,
			       aa->skip_unreadable ? BS_EXPAND_SKIP_UNREADABLE : 0);

	if (status == BS_OK)
		status = bs_pool_load(pool, cs, files, &from_dir, lo, aa->organisation_kind,
				      aa->period, aa->progress);
	if (status == BS_OK && pool->count == 0 && pool->other_periods > 0)
		status =
		    bs_error(BS_INPUT,
			     "no assessment of period %s: the %zu assessments read are of other "
			     "periods",
			     aa->period, pool->other_periods);
	bs_list_free(&from_dir);
	return status;
}

static int print_output(const struct aggregate_view *v, const struct aggregate_args *aa)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	bs_aggregate_warn(v);
	if (!aa->json && !aa->csv) {
		if (aa->ranking)
			bs_aggregate_ranking_text(v, 0);
		if (aa->ranking && aa->gaps)
			putchar('\n');
		if (aa->gaps)
			bs_aggregate_gaps_text(v, 0);
		if (!aa->ranking && !aa->gaps)
			bs_aggregate_text(v);
		return BS_OK;
	}
	if (aa->csv && aa->ranking)
		rc = big_aggregate_report_ranking_to_csv(&text, &len, v->ag, aa->csv_flags);
	else if (aa->csv && aa->gaps)
		rc = big_aggregate_report_gaps_to_csv(&text, &len, v->ag, aa->csv_flags);
	else if (aa->json)
		rc = big_aggregate_report_to_json(&text, &len, v->ag,
						  aa->compact ? BIG_JSON_COMPACT : 0);
	else
		rc = big_aggregate_report_to_csv(&text, &len, v->ag, aa->csv_flags);
	return bs_print_document(rc, text, len, NULL);
}

/* Loads the collaboration of --collaboration, if any, and those of --collaborations. */
static int load_collaborations(big_collaboration **c, struct bs_collabs *cl,
			       struct bs_catalogues *cs, const struct aggregate_args *aa,
			       const big_load_options *lo)
{
	int status = BS_OK;

	if (aa->collaboration) {
		struct bs_doc d;

		status = bs_doc_read(&d, aa->collaboration);
		if (status == BS_OK)
			status = bs_collaboration_load_doc(c, cs, &d, lo);
		bs_doc_free(&d);
	}
	if (status == BS_OK)
		status = bs_collabs_load(cl, cs, &aa->collaborations, lo,
					 aa->skip_unreadable ? BS_EXPAND_SKIP_UNREADABLE : 0);
	return status;
}

/* --compare: the aggregate of period aa->compare, made as @p v's, and the
 * trend from it to @p v's. Returns an exit code. */
static int compare_periods(const struct aggregate_view *v, struct bs_catalogues *cs,
			   const big_load_options *lo, big_aggregate_options ao,
			   const struct aggregate_args *aa)
{
	struct aggregate_args earlier = *aa;
	struct bs_list files = {0};
	struct bs_pool pool = {0};
	big_aggregate_report *before = NULL;
	big_collaboration *then = NULL; /* --compare-collaboration */
	struct bs_doc d;
	int status = BS_OK;

	earlier.period = ao.period = aa->compare;
	if (aa->compare_collab && (status = bs_doc_read(&d, aa->compare_collab)) == BS_OK) {
		status = bs_collaboration_load_doc(&then, cs, &d, lo);
		bs_doc_free(&d);
	}
	if (status == BS_OK)
		status = bs_aggregate_pool(&pool, &files, cs, &earlier, lo);
	if (status == BS_OK && v->c &&
	    big_aggregate_collaboration(
		&before, then ? then : v->c, (const big_collaboration *const *)v->cl->items,
		v->cl->count, (const big_assessment *const *)pool.items, pool.count, &ao) < 0)
		status = bs_library_error(then ? aa->compare_collab : aa->collaboration);
	else if (status == BS_OK && !v->c &&
		 big_aggregate(&before, (const big_assessment *const *)pool.items, pool.count,
			       &ao) < 0)
		status = bs_library_error(NULL);
	if (status == BS_OK)
		status = bs_aggregate_trend(v, before, aa->compare, aa);
	big_aggregate_report_free(before);
	big_collaboration_free(then);
	bs_pool_free(&pool);
	bs_list_free(&files);
	return status;
}

static int aggregate(struct aggregate_args *aa)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_aggregate_options ao = BIG_AGGREGATE_OPTIONS_INIT;
	struct bs_catalogues cs;
	struct bs_list files = {0};
	struct bs_pool pool = {0};
	struct bs_collabs cl = {0};
	big_collaboration *c = NULL;
	big_aggregate_report *ag = NULL;
	int status = bs_common_open(&aa->c, &cs, &lo);

	if (status == BS_OK)
		status = load_collaborations(&c, &cl, &cs, aa, &lo);
	if (status == BS_OK)
		status = bs_aggregate_pool(&pool, &files, &cs, aa, &lo);
	if (status == BS_OK && pool.count == 0 && c == NULL)
		status = bs_error(BS_INPUT, "no assessments to aggregate");
	if (status == BS_OK) {
		status = aggregate_options(&ao, aa,
					   c ? big_collaboration_catalogue(c)
					     : big_assessment_catalogue(pool.items[0]));
		status = status < 0 ? BS_OK : status;
	}
	ao.period = aa->period;
	if (status == BS_OK && c &&
	    big_aggregate_collaboration(&ag, c, (const big_collaboration *const *)cl.items,
					cl.count, (const big_assessment *const *)pool.items,
					pool.count, &ao) < 0)
		status = bs_library_error(aa->collaboration);
	else if (status == BS_OK && !c &&
		 big_aggregate(&ag, (const big_assessment *const *)pool.items, pool.count, &ao) < 0)
		status = bs_library_error(NULL);
	if (status == BS_OK) {
		const struct aggregate_view v = {
		    ag,
		    c,
		    aa->collaboration,
		    &pool,
		    &cl,
		    aa->period ? aa->period : pool.count ? big_assessment_period(pool.items[0]) : NULL};

		status = aa->compare ? compare_periods(&v, &cs, &lo, ao, aa) : print_output(&v, aa);
	}
	big_aggregate_report_free(ag);
	big_collaboration_free(c);
	bs_collabs_free(&cl);
	bs_pool_free(&pool);
	bs_list_free(&files);
	bs_catalogues_close(&cs);
	return status;
}

/* Checks the combination of options; returns -1 or an exit code. */
static int check_args(struct aggregate_args *aa)
{
	if (aa->json && aa->csv)
		return bs_usage_error("aggregate", "--json and --csv exclude each other");
	if (aa->compact && !aa->json)
		return bs_usage_error("aggregate", "--compact needs --json");
	if ((aa->ranking || aa->gaps) && aa->json)
		return bs_usage_error("aggregate",
				      "--ranking and --gaps are in the --json "
				      "document already (ranking, gaps): use --json alone");
	if (aa->ranking && aa->gaps && aa->csv)
		return bs_usage_error("aggregate", "--csv prints one table: --ranking or --gaps");
	if ((aa->ranking || aa->gaps) && aa->distribution)
		return bs_usage_error("aggregate", "--ranking and --gaps do not go with "
						   "--distribution");
	if (aa->distribution && (aa->collaboration || aa->collaborations.count))
		return bs_usage_error("aggregate",
				      "--distribution does not go with --collaboration(s)");
	if (aa->distribution && (aa->method || aa->weight_attribute))
		return bs_usage_error("aggregate", "--distribution does not go with --method "
						   "or --weight-attribute");
	if (!aa->distribution && aa->organisation)
		return bs_usage_error("aggregate", "--organisation needs --distribution");
	if (aa->flatten && (!aa->collaboration || aa->distribution))
		return bs_usage_error("aggregate", "--flatten needs --collaboration");
	if (aa->period && !*aa->period)
		return bs_usage_error("aggregate", "--period needs a period, e.g. --period 2025");
	if (aa->compare_collab && (!aa->compare || !aa->collaboration))
		return bs_usage_error("aggregate", "--compare-collaboration needs --compare and "
						   "--collaboration");
	if (aa->compare && !*aa->compare)
		return bs_usage_error("aggregate", "--compare needs a period, e.g. --compare 2024");
	if (aa->compare && (!aa->period || aa->distribution))
		return bs_usage_error("aggregate", "--compare needs --period (the later period) "
						   "and does not go with --distribution");
	if (aa->compare && strcmp(aa->compare, aa->period) == 0)
		return bs_usage_error("aggregate", "--compare %s: the same period as --period",
				      aa->compare);
	if (aa->collaborations.count && !aa->collaboration)
		return bs_usage_error("aggregate", "--collaborations needs --collaboration");
	if (aa->operands.count == 0 && !aa->collaboration)
		return bs_usage_error("aggregate", "no assessments given");
	return bs_csv_flags(&aa->csv_flags, &aa->csv_opts, "aggregate");
}

int cmd_aggregate(int argc, char **argv)
{
	struct aggregate_args aa = {0};
	const struct bs_opt opts[] = {
	    BS_LOAD_OPTS(&aa.c),
	    BS_SCORE_OPTS(&aa.c),
	    {"--collaboration", BS_VALUE, &aa.collaboration},
	    {"--collaborations", BS_LIST, &aa.collaborations},
	    {"--method", BS_VALUE, &aa.method},
	    {"--period", BS_VALUE, &aa.period},
	    {"--compare", BS_VALUE, &aa.compare},
	    {"--compare-collaboration", BS_VALUE, &aa.compare_collab},
	    {"--weight-attribute", BS_VALUE, &aa.weight_attribute},
	    {"--distribution", BS_FLAG, &aa.distribution},
	    {"--k", BS_VALUE, &aa.k},
	    {"--flatten", BS_FLAG, &aa.flatten},
	    {"--organisation", BS_VALUE, &aa.organisation},
	    {"--organisation-kind", BS_VALUE, &aa.organisation_kind},
	    {"--json", BS_FLAG, &aa.json},
	    {"--compact", BS_FLAG, &aa.compact},
	    {"--csv", BS_FLAG, &aa.csv},
	    {"--ranking", BS_FLAG, &aa.ranking},
	    {"--gaps", BS_FLAG, &aa.gaps},
	    BS_CSV_OPTS(&aa.csv_opts),
	    {"--progress", BS_FLAG, &aa.progress},
	    {"--skip-unreadable", BS_FLAG, &aa.skip_unreadable},
	};
	int status = bs_parse("aggregate", argc, argv, opts, sizeof(opts) / sizeof(opts[0]),
			      &aa.operands, print_help);

	if (status < 0)
		status = check_args(&aa);
	if (status < 0)
		status = aa.distribution ? bs_distribution(&aa) : aggregate(&aa);
	bs_common_free(&aa.c);
	bs_list_free(&aa.collaborations);
	bs_list_free(&aa.operands);
	return status;
}
