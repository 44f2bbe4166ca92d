/*
 * bigscore aggregate — the text output of an aggregate: the collaboration
 * and whether its own assessment was found, every member's own overall
 * scores with the weakest link marked, the aggregated scores overall and
 * per top-level node, and each nested collaboration's members; and the
 * warnings for a collaboration whose own assessment is missing.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate.h"

/* Width of the label column ("Comply or explain  "). */
#define LABEL 19

/* The name of organisation or collaboration @p id, or "". */
static const char *member_name(const struct aggregate_view *v, const char *id)
{
	const big_assessment *a = bs_pool_find(v->pool, id);
	const big_collaboration *c = bs_collabs_find(v->cl, id, NULL);

	if (a)
		return big_assessment_organisation_name(a);
	return c ? big_collaboration_name(c) : "";
}

/* The file of the assessment of @p id in the pool, or NULL. */
static const char *pool_file(const struct bs_pool *pool, const char *id)
{
	for (size_t i = 0; i < pool->count; i++)
		if (strcmp(big_assessment_organisation_id(pool->items[i]), id) == 0)
			return pool->files[i];
	return NULL;
}

/* "6, 5.14": the delegated node ids of @p c, into @p buf. */
static const char *delegated_list(char *buf, size_t size, const big_collaboration *c)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < big_collaboration_delegated_count(c) && len < size; i++) {
		int n = snprintf(buf + len, size - len, "%s%s", i ? ", " : "",
				 big_node_id(big_collaboration_delegated(c, i)));
		len += n > 0 ? (size_t)n : 0;
	}
	return buf;
}

/* What the delegated requirements become without the collaboration's own assessment. */
static const char *without_own(const big_collaboration *c)
{
	switch (big_collaboration_policy(c)) {
	case BIG_POLICY_MEMBER:
		return "not needed: the members' own results count (policy member)";
	case BIG_POLICY_BEST:
		return "the members' own results count for the delegated requirements (policy "
		       "best)";
	default:
		return "the delegated requirements count as not assessed";
	}
}

/* The lines that describe collaboration @p c, aggregated as @p ag. */
static void print_collaboration(const struct aggregate_view *v, const char *label,
				const big_collaboration *c, const big_aggregate_report *ag)
{
	const char *id = big_collaboration_id(c), *own = pool_file(v->pool, id);
	char list[512];

	bs_column(stdout, label, LABEL);
	bs_printf("%s%s%s (%s%spolicy %s)\n", id, *big_collaboration_name(c) ? " " : "",
		  big_collaboration_name(c), big_collaboration_kind(c),
		  *big_collaboration_kind(c) ? ", " : "",
		  big_policy_name(big_collaboration_policy(c)));
	if (big_collaboration_delegated_count(c) == 0) {
		bs_printf("Delegated          nothing\n");
		return;
	}
	bs_printf("Delegated          %s\n", delegated_list(list, sizeof(list), c));
	if (big_aggregate_report_collaboration_assessed(ag))
		bs_printf("Own assessment     %s\n", own ? own : id);
	else
		bs_printf("Own assessment     none (no assessment of %s): %s\n", id,
			  without_own(c));
}

/* Sets *x to the overall implementation of member @p i (a missing member: 0);
 * returns 0 when the member has no such score. */
static int member_value(const big_aggregate_report *ag, size_t i, double *x)
{
	const big_aggregate_scores *s = big_aggregate_report_member_overall(ag, i);

	*x = s ? s->implementation : 0;
	return s == NULL || s->has_implementation;
}

/* Whether member @p i is the weakest link: no member has a lower overall implementation. */
static int is_weakest(const big_aggregate_report *ag, size_t i)
{
	size_t n = big_aggregate_report_member_count(ag);
	double mine, x;

	if (n < 2 || !member_value(ag, i, &mine))
		return 0;
	for (size_t j = 0; j < n; j++)
		if (member_value(ag, j, &x) && x < mine)
			return 0;
	return 1;
}

/* Implementation, coverage, comply or explain and mean maturity of @p s, in columns. */
static void print_measures(const big_aggregate_scores *s)
{
	char buf[32];

	bs_right(
	    stdout,
	    bs_percent(buf, sizeof(buf), s && s->has_implementation, s ? s->implementation : 0), 9);
	bs_right(stdout, bs_percent(buf, sizeof(buf), s && s->has_coverage, s ? s->coverage : 0),
		 8);
	bs_right(stdout,
		 bs_percent(buf, sizeof(buf), s && s->has_coverage, s ? s->comply_or_explain : 0),
		 8);
	bs_right(stdout,
		 s && s->has_maturity ? bs_fixed(buf, sizeof(buf), s->maturity_mean, 1)
				      : BS_NO_SCORE,
		 6);
}

static void print_member(const struct aggregate_view *v, const big_aggregate_report *ag, size_t i,
			 size_t wid, int weighted)
{
	const char *id = big_aggregate_report_member(ag, i);
	const big_aggregate_scores *s = big_aggregate_report_member_overall(ag, i);
	const char *notes[3];
	size_t k = 0;
	char buf[32];

	bs_column(stdout, id, wid + 2);
	bs_cut(stdout, member_name(v, id), 34, 1);
	fputs("  ", stdout);
	if (weighted)
		bs_right(stdout,
			 bs_number(buf, sizeof(buf), big_aggregate_report_member_weight(ag, i)),
			 11);
	print_measures(s);
	if (s == NULL)
		notes[k++] = "missing: counts as not assessed";
	if (big_aggregate_report_member_nested(ag, i))
		notes[k++] = "nested collaboration (below)";
	if (is_weakest(ag, i))
		notes[k++] = "weakest link";
	for (size_t j = 0; j < k; j++)
		bs_printf("%s%s", j ? ", " : "  ", notes[j]);
	putchar('\n');
}

static void print_members(const struct aggregate_view *v, const big_aggregate_report *ag)
{
	size_t n = big_aggregate_report_member_count(ag), wid = 6;
	int weighted = big_aggregate_report_method(ag) == BIG_AGGREGATE_WEIGHTED_MEAN;

	bs_printf("Members            %zu (%zu missing)\n\n", n,
		  big_aggregate_report_missing_count(ag));
	for (size_t i = 0; i < n; i++) {
		size_t w = bs_width(big_aggregate_report_member(ag, i));
		wid = w > wid ? w : wid;
	}
	bs_column(stdout, "Member", wid + 2);
	bs_column(stdout, "Name", 36);
	bs_printf("%s  Implem.  Cover.  Comply  Mat.\n", weighted ? "     Weight" : "");
	for (size_t i = 0; i < n; i++)
		print_member(v, ag, i, wid, weighted);
	putchar('\n');
}

static void print_scores(const big_aggregate_scores *s)
{
	char buf[32], lvl[16];

	bs_printf("Implementation     %s\n",
		  bs_percent(buf, sizeof(buf), s->has_implementation, s->implementation));
	bs_printf("Coverage           %s\n",
		  bs_percent(buf, sizeof(buf), s->has_coverage, s->coverage));
	bs_printf("Comply or explain  %s\n",
		  bs_percent(buf, sizeof(buf), s->has_coverage, s->comply_or_explain));
	snprintf(lvl, sizeof(lvl), "%d", s->attained_level);
	bs_printf("Maturity           mean %s, attained level %s\n\n",
		  s->has_maturity ? bs_fixed(buf, sizeof(buf), s->maturity_mean, 1) : BS_NO_SCORE,
		  s->has_maturity ? lvl : BS_NO_SCORE);
}

static void print_nodes(const big_aggregate_report *ag)
{
	const big_catalogue *cat = big_aggregate_report_catalogue(ag);
	const char *lang = big_aggregate_report_lang(ag);
	size_t wid = bs_root_id_width(cat), wtitle = bs_root_title_width(cat, lang);

	bs_column(stdout, "Id", wid + 2);
	bs_column(stdout, "Title", wtitle);
	bs_printf("  Implem.  Cover.  Comply  Mat.  Lvl     n  appl\n");
	for (size_t i = 0; i < big_catalogue_root_count(cat); i++) {
		const big_node *node = big_catalogue_root(cat, i);
		const big_aggregate_scores *s = big_aggregate_report_node(ag, node);

		if (s == NULL || s->applicable == 0)
			continue;
		bs_column(stdout, big_node_id(node), wid + 2);
		bs_column(stdout, big_node_title_lang(node, lang), wtitle);
		print_measures(s);
		if (s->has_maturity)
			bs_printf("  %3d", s->attained_level);
		else
			bs_printf("  %3s", BS_NO_SCORE);
		bs_printf("  %4u  %4u\n", s->n, s->applicable);
	}
	bs_printf("(Implem. implementation, Cover. coverage, Comply comply or explain,\n"
		  " Mat. mean maturity, Lvl attained level, n organisations with a score,\n"
		  " appl applicable requirements)\n");
}

/*
 * Appends the nested aggregates beneath @p ag to @p out (each once, depth
 * first, in member order; room for @p size, the collaborations of the pool,
 * each of which is aggregated at most once); @p n counts them.
 */
static void collect_nested(const big_aggregate_report *ag, const big_aggregate_report **out,
			   size_t *n, size_t size)
{
	for (size_t i = 0; i < big_aggregate_report_member_count(ag); i++) {
		const big_aggregate_report *sub = big_aggregate_report_member_nested(ag, i);
		size_t j = 0;

		while (sub && j < *n && out[j] != sub)
			j++;
		if (sub && j == *n && *n < size) {
			out[(*n)++] = sub;
			collect_nested(sub, out, n, size);
		}
	}
}

/* Calls @p fn for every nested aggregate of @p v with its collaboration document. */
static void each_nested(const struct aggregate_view *v,
			void (*fn)(const struct aggregate_view *v, const big_aggregate_report *sub,
				   const big_collaboration *c, const char *file))
{
	const big_aggregate_report **nested = calloc(v->cl->count + 1, sizeof(*nested));
	size_t n = 0;

	if (nested == NULL) /* only the nested sections are left out */
		return;
	collect_nested(v->ag, nested, &n, v->cl->count);
	for (size_t i = 0; i < n; i++) {
		const char *file = NULL;
		const big_collaboration *c =
		    bs_collabs_find(v->cl, big_aggregate_report_id(nested[i]), &file);

		if (c)
			fn(v, nested[i], c, file);
	}
	free(nested);
}

static void print_nested(const struct aggregate_view *v, const big_aggregate_report *sub,
			 const big_collaboration *c, const char *file)
{
	(void)file;
	putchar('\n');
	print_collaboration(v, "Nested", c, sub);
	print_members(v, sub);
}

void bs_aggregate_text(const struct aggregate_view *v)
{
	const big_catalogue *cat = big_aggregate_report_catalogue(v->ag);

	if (v->c)
		print_collaboration(v, "Collaboration", v->c, v->ag);
	bs_printf("Catalogue          %s %s\n", big_catalogue_id(cat), big_catalogue_version(cat));
	bs_printf("Period             %s\n", v->period ? v->period : BS_NO_SCORE);
	bs_printf("Method             %s\n",
		  big_aggregate_method_name(big_aggregate_report_method(v->ag)));
	print_members(v, v->ag);
	print_scores(big_aggregate_report_overall(v->ag));
	print_nodes(v->ag);
	each_nested(v, print_nested);
}

/* The warning for collaboration @p c (of @p file) when its own assessment is missing. */
static void warn_one(const struct aggregate_view *v, const big_aggregate_report *ag,
		     const big_collaboration *c, const char *file)
{
	char list[512];

	if (big_aggregate_report_collaboration_assessed(ag) ||
	    big_collaboration_delegated_count(c) == 0 ||
	    big_collaboration_policy(c) == BIG_POLICY_MEMBER)
		return;
	delegated_list(list, sizeof(list), c);
	bs_fprintf(
	    stderr,
	    "warning: %s: no assessment of collaboration %s itself among the assessments%s%s: "
	    "%s (%s) %s (policy %s)\n",
	    file, big_collaboration_id(c), v->period ? " of " : "", v->period ? v->period : "",
	    big_collaboration_policy(c) == BIG_POLICY_BEST ? "for its delegated requirements"
							   : "its delegated requirements",
	    list,
	    big_collaboration_policy(c) == BIG_POLICY_BEST
		? "only its members' own results count"
		: "count as not assessed for its members",
	    big_policy_name(big_collaboration_policy(c)));
}

void bs_aggregate_warn(const struct aggregate_view *v)
{
	if (v->c)
		warn_one(v, v->ag, v->c, v->file);
	each_nested(v, warn_one);
}
