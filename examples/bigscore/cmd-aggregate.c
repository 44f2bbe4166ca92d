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
	       "       bigscore aggregate [OPTION]... ASSESSMENTS...\n"
	       "       bigscore aggregate --distribution [--k N] [--organisation ID]\n"
	       "                          [OPTION]... ASSESSMENTS...\n"
	       "\n"
	       "ASSESSMENTS are libbig.assessment files or directories (their *.json\n"
	       "files, in sorted order; other documents in them are skipped).\n"
	       "\n"
	       "With --collaboration, aggregates that collaboration over its members\n"
	       "(docs/scoring.md, \"Aggregation\"): each member enters with its effective\n"
	       "assessment (the collaboration's own assessment, organisation id = its\n"
	       "id, supplies the delegated requirements under its policy); a member that\n"
	       "is a collaboration given with --collaborations is aggregated in turn; a\n"
	       "member without an assessment is missing and counts as not assessed.\n"
	       "Without it, aggregates the assessments given.\n"
	       "\n"
	       "With --distribution, scores every assessment and prints the distribution\n"
	       "of the scores per node (min, quartiles, median, max, mean), withholding\n"
	       "any statistic over fewer than k organisations (the publication guard).\n"
	       "\n"
	       "Options:\n"
	       "  --collaboration FILE      the libbig.collaboration to aggregate\n"
	       "  --collaborations PATH     collaborations for nested members: a file or a\n"
	       "                            directory (repeatable)\n"
	       "  --method METHOD           weakest (default), mean, weighted_mean or median\n"
	       "  --weight-attribute NAME   weighted_mean: weigh by this organisation\n"
	       "                            attribute (e.g. inhabitants) instead of the\n"
	       "                            member weights of the collaboration\n"
	       "  --distribution            the distribution instead of an aggregate\n"
	       "  --k N                     publication guard (default 5; 0 or 1: none)\n"
	       "  --organisation ID         also the scores and percentile rank of ID among\n"
	       "                            the others (text output)\n"
	       "  --organisation-kind KIND  only assessments of organisations of this kind\n"
	       "                            (e.g. gemeente)\n"
	       "%s%s"
	       "  --json                    print the libbig.aggregate (or\n"
	       "                            libbig.distribution) JSON document instead\n"
	       "  --compact                 with --json: one line without indentation\n"
	       "  --csv                     print the aggregate (or distribution) as CSV\n"
	       "  --progress                report progress on stderr even when it is not a\n"
	       "                            terminal\n"
	       "  -h, --help                show this help\n"
	       "\n"
	       "%s",
	       bs_load_help, bs_score_help, bs_exit_help);
}

/* The collaborations of --collaborations, loaded against @p cat. */
struct collabs {
	big_collaboration **items;
	size_t count;
};

static void collabs_free(struct collabs *cl)
{
	for (size_t i = 0; i < cl->count; i++)
		big_collaboration_free(cl->items[i]);
	free(cl->items);
}

static int load_collaboration(big_collaboration **out, struct bs_catalogues *cs,
			      const struct bs_doc *d, const big_load_options *lo)
{
	const big_catalogue *cat = NULL;
	big_load_options o = bs_doc_load_options(d, lo);
	int status = bs_doc_expect(d, BS_DOC_COLLABORATION);

	if (status == BS_OK)
		status =
		    bs_catalogues_find(&cat, cs, d->name, "$.catalogue", d->cat_id, d->cat_version);
	if (status == BS_OK && big_collaboration_load_buffer(out, cat, d->data, d->len, &o) < 0)
		status = bs_library_error(d->name);
	for (size_t i = 0; status == BS_OK && i < big_collaboration_diagnostic_count(*out); i++)
		bs_print_diagnostic(d->name, big_collaboration_diagnostic(*out, i));
	return status;
}

static int load_collaborations(struct collabs *cl, struct bs_catalogues *cs,
			       const struct bs_list *paths, const big_load_options *lo)
{
	struct bs_list files = {0}, from_dir = {0};
	int status = bs_expand(&files, &from_dir, paths);

	cl->items = calloc(files.count + 1, sizeof(*cl->items));
	if (cl->items == NULL && status == BS_OK)
		status = bs_error(BS_INTERNAL, "out of memory");
	for (size_t i = 0; status == BS_OK && i < files.count; i++) {
		struct bs_doc d;

		status = bs_doc_read(&d, files.items[i]);
		if (status == BS_OK && from_dir.items[i] && d.kind != BS_DOC_COLLABORATION)
			fprintf(stderr, "note: %s: skipped, not a collaboration\n", d.name);
		else if (status == BS_OK &&
			 (status = load_collaboration(&cl->items[cl->count], cs, &d, lo)) == BS_OK)
			cl->count++;
		bs_doc_free(&d);
	}
	bs_list_free(&files);
	bs_list_free(&from_dir);
	return status;
}

/* The aggregate options from the arguments; returns -1 or an exit code. */
static int aggregate_options(big_aggregate_options *ao, const struct aggregate_args *aa,
			     const big_catalogue *cat)
{
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	int status =
	    bs_score_options(&so, "aggregate", aa->c.rollup, aa->c.target, aa->c.profile, cat);

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
	ao->weight_attribute = aa->weight_attribute;
	ao->rollup = so.rollup;
	ao->target = so.target;
	ao->profile = so.profile;
	return -1;
}

/* The name of organisation or collaboration @p id, or "". */
static const char *member_name(const char *id, const struct bs_pool *pool, const struct collabs *cl)
{
	const big_assessment *a = bs_pool_find(pool, id);

	if (a)
		return big_assessment_organisation_name(a);
	for (size_t i = 0; i < cl->count; i++)
		if (strcmp(big_collaboration_id(cl->items[i]), id) == 0)
			return big_collaboration_name(cl->items[i]);
	return "";
}

static void print_members(const big_aggregate_report *ag, const struct bs_pool *pool,
			  const struct collabs *cl)
{
	size_t n = big_aggregate_report_member_count(ag), wid = 6;
	int weighted = big_aggregate_report_method(ag) == BIG_AGGREGATE_WEIGHTED_MEAN;
	char buf[32];

	for (size_t i = 0; i < n; i++) {
		size_t w = bs_width(big_aggregate_report_member(ag, i));
		wid = w > wid ? w : wid;
	}
	bs_column(stdout, "Member", wid + 2);
	bs_column(stdout, "Name", 36);
	printf("%s  Implem.\n", weighted ? "     Weight" : "");
	for (size_t i = 0; i < n; i++) {
		const char *id = big_aggregate_report_member(ag, i);
		const big_aggregate_scores *s = big_aggregate_report_member_overall(ag, i);

		bs_column(stdout, id, wid + 2);
		bs_cut(stdout, member_name(id, pool, cl), 34, 1);
		fputs("  ", stdout);
		if (weighted)
			bs_right(
			    stdout,
			    bs_number(buf, sizeof(buf), big_aggregate_report_member_weight(ag, i)),
			    11);
		bs_right(stdout,
			 bs_percent(buf, sizeof(buf), s && s->has_implementation,
				    s ? s->implementation : 0),
			 9);
		if (s == NULL)
			fputs("  missing: counts as not assessed", stdout);
		else if (big_aggregate_report_member_nested(ag, i))
			fputs("  collaboration, aggregated in turn", stdout);
		putchar('\n');
	}
	putchar('\n');
}

static void print_scores(const big_aggregate_scores *s)
{
	char buf[32], lvl[16];

	printf("Implementation     %s\n",
	       bs_percent(buf, sizeof(buf), s->has_implementation, s->implementation));
	printf("Coverage           %s\n",
	       bs_percent(buf, sizeof(buf), s->has_coverage, s->coverage));
	printf("Comply or explain  %s\n",
	       bs_percent(buf, sizeof(buf), s->has_coverage, s->comply_or_explain));
	snprintf(lvl, sizeof(lvl), "%d", s->attained_level);
	printf("Maturity           mean %s, attained level %s\n\n",
	       s->has_maturity ? bs_fixed(buf, sizeof(buf), s->maturity_mean, 1) : BS_NO_SCORE,
	       s->has_maturity ? lvl : BS_NO_SCORE);
}

static void print_nodes(const big_aggregate_report *ag)
{
	const big_catalogue *cat = big_aggregate_report_catalogue(ag);
	size_t wid = bs_root_id_width(cat), wtitle = bs_root_title_width(cat);
	char buf[32];

	bs_column(stdout, "Id", wid + 2);
	bs_column(stdout, "Title", wtitle);
	printf("  Implem.     n  appl\n");
	for (size_t i = 0; i < big_catalogue_root_count(cat); i++) {
		const big_node *node = big_catalogue_root(cat, i);
		const big_aggregate_scores *s = big_aggregate_report_node(ag, node);

		if (s == NULL || s->applicable == 0)
			continue;
		bs_column(stdout, big_node_id(node), wid + 2);
		bs_column(stdout, big_node_title(node), wtitle);
		bs_right(stdout,
			 bs_percent(buf, sizeof(buf), s->has_implementation, s->implementation), 9);
		printf("  %4u  %4u\n", s->n, s->applicable);
	}
}

static void print_text(const big_aggregate_report *ag, const big_collaboration *c,
		       const struct bs_pool *pool, const struct collabs *cl)
{
	const big_catalogue *cat = big_aggregate_report_catalogue(ag);
	size_t n = big_aggregate_report_member_count(ag);

	if (c)
		printf("Collaboration      %s%s%s (%s%spolicy %s)\n", big_collaboration_id(c),
		       *big_collaboration_name(c) ? " " : "", big_collaboration_name(c),
		       big_collaboration_kind(c), *big_collaboration_kind(c) ? ", " : "",
		       big_policy_name(big_collaboration_policy(c)));
	printf("Catalogue          %s %s\n", big_catalogue_id(cat), big_catalogue_version(cat));
	printf("Method             %s\n",
	       big_aggregate_method_name(big_aggregate_report_method(ag)));
	printf("Members            %zu (%zu missing)\n\n", n,
	       big_aggregate_report_missing_count(ag));
	print_members(ag, pool, cl);
	print_scores(big_aggregate_report_overall(ag));
	print_nodes(ag);
}

static int print_output(const big_aggregate_report *ag, const struct aggregate_args *aa,
			const big_collaboration *c, const struct bs_pool *pool,
			const struct collabs *cl)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (!aa->json && !aa->csv) {
		print_text(ag, c, pool, cl);
		return BS_OK;
	}
	if (aa->json)
		rc = big_aggregate_report_to_json(&text, &len, ag,
						  aa->compact ? BIG_JSON_COMPACT : 0);
	else
		rc = big_aggregate_report_to_csv(&text, &len, ag, 0);
	return bs_print_document(rc, text, len, NULL);
}

static int aggregate(struct aggregate_args *aa)
{
	big_load_options lo = BIG_LOAD_OPTIONS_INIT;
	big_aggregate_options ao = BIG_AGGREGATE_OPTIONS_INIT;
	struct bs_catalogues cs;
	struct bs_list files = {0}, from_dir = {0};
	struct bs_pool pool = {0};
	struct collabs cl = {0};
	big_collaboration *c = NULL;
	big_aggregate_report *ag = NULL;
	int status = bs_common_open(&aa->c, &cs, &lo);

	if (status == BS_OK && aa->collaboration) {
		struct bs_doc d;

		status = bs_doc_read(&d, aa->collaboration);
		if (status == BS_OK)
			status = load_collaboration(&c, &cs, &d, &lo);
		bs_doc_free(&d);
	}
	if (status == BS_OK)
		status = load_collaborations(&cl, &cs, &aa->collaborations, &lo);
	if (status == BS_OK)
		status = bs_expand(&files, &from_dir, &aa->operands);
	if (status == BS_OK)
		status = bs_pool_load(&pool, &cs, &files, &from_dir, &lo, aa->organisation_kind,
				      aa->progress);
	if (status == BS_OK && pool.count == 0 && c == NULL)
		status = bs_error(BS_INPUT, "no assessments to aggregate");
	if (status == BS_OK) {
		status = aggregate_options(&ao, aa,
					   c ? big_collaboration_catalogue(c)
					     : big_assessment_catalogue(pool.items[0]));
		status = status < 0 ? BS_OK : status;
	}
	if (status == BS_OK && c &&
	    big_aggregate_collaboration(&ag, c, (const big_collaboration *const *)cl.items,
					cl.count, (const big_assessment *const *)pool.items,
					pool.count, &ao) < 0)
		status = bs_library_error(aa->collaboration);
	else if (status == BS_OK && !c &&
		 big_aggregate(&ag, (const big_assessment *const *)pool.items, pool.count, &ao) < 0)
		status = bs_library_error(NULL);
	if (status == BS_OK)
		status = print_output(ag, aa, c, &pool, &cl);
	big_aggregate_report_free(ag);
	big_collaboration_free(c);
	collabs_free(&cl);
	bs_pool_free(&pool);
	bs_list_free(&files);
	bs_list_free(&from_dir);
	bs_catalogues_close(&cs);
	return status;
}

/* Checks the combination of options; returns -1 or an exit code. */
static int check_args(const struct aggregate_args *aa)
{
	if (aa->json && aa->csv)
		return bs_usage_error("aggregate", "--json and --csv exclude each other");
	if (aa->compact && !aa->json)
		return bs_usage_error("aggregate", "--compact needs --json");
	if (aa->distribution && (aa->collaboration || aa->collaborations.count))
		return bs_usage_error("aggregate",
				      "--distribution does not go with --collaboration(s)");
	if (aa->distribution && (aa->method || aa->weight_attribute))
		return bs_usage_error("aggregate", "--distribution does not go with --method "
						   "or --weight-attribute");
	if (!aa->distribution && (aa->k || aa->organisation))
		return bs_usage_error("aggregate", "--k and --organisation need --distribution");
	if (aa->collaborations.count && !aa->collaboration)
		return bs_usage_error("aggregate", "--collaborations needs --collaboration");
	if (aa->operands.count == 0 && !aa->collaboration)
		return bs_usage_error("aggregate", "no assessments given");
	return -1;
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
	    {"--weight-attribute", BS_VALUE, &aa.weight_attribute},
	    {"--distribution", BS_FLAG, &aa.distribution},
	    {"--k", BS_VALUE, &aa.k},
	    {"--organisation", BS_VALUE, &aa.organisation},
	    {"--organisation-kind", BS_VALUE, &aa.organisation_kind},
	    {"--json", BS_FLAG, &aa.json},
	    {"--compact", BS_FLAG, &aa.compact},
	    {"--csv", BS_FLAG, &aa.csv},
	    {"--progress", BS_FLAG, &aa.progress},
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
