/*
 * bigscore aggregate — the text output of an aggregate: the collaboration
 * and whether its own assessment was found, every member's own overall
 * scores with the weakest link marked, the aggregated scores overall and
 * per top-level node, the first of the ranking "who to help first" and of
 * the gaps (aggregate-attrib-text.c), and each nested collaboration's
 * members; and the
 * warnings for a collaboration whose own assessment is missing.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate.h"
#include "text-labels.h"

/* The language of the text of @p v (text-labels.h). */
static const struct bs_lang *text_lang(const struct aggregate_view *v)
{
	return bs_tx_lang(big_aggregate_report_lang(v->ag));
}

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
static const char *without_own(const struct bs_lang *tl, const big_collaboration *c)
{
	switch (big_collaboration_policy(c)) {
	case BIG_POLICY_MEMBER:
		return bs_tx(tl, BS_TX_OWN_NOT_NEEDED);
	case BIG_POLICY_BEST:
		return bs_tx(tl, BS_TX_OWN_BEST);
	default:
		return bs_tx(tl, BS_TX_OWN_NOT_ASSESSED);
	}
}

/* The lines that describe collaboration @p c, aggregated as @p ag. */
static void print_collaboration(const struct aggregate_view *v, enum bs_tx label,
				const big_collaboration *c, const big_aggregate_report *ag)
{
	const struct bs_lang *tl = text_lang(v);
	const char *id = big_collaboration_id(c), *own = pool_file(v->pool, id);
	char list[512];

	bs_tx_label(stdout, tl, label);
	bs_printf("%s%s%s (%s%s%s %s)\n", id, *big_collaboration_name(c) ? " " : "",
		  big_collaboration_name(c), big_collaboration_kind(c),
		  *big_collaboration_kind(c) ? ", " : "", bs_tx(tl, BS_TX_POLICY),
		  bs_tx_policy(tl, big_collaboration_policy(c)));
	bs_tx_label(stdout, tl, BS_TX_DELEGATED);
	if (big_collaboration_delegated_count(c) == 0) {
		bs_printf("%s\n", bs_tx(tl, BS_TX_NOTHING));
		return;
	}
	bs_printf("%s\n", delegated_list(list, sizeof(list), c));
	bs_tx_label(stdout, tl, BS_TX_OWN_ASSESSMENT);
	if (big_aggregate_report_collaboration_assessed(ag))
		bs_printf("%s\n", own ? own : id);
	else
		bs_printf("%s %s): %s\n", bs_tx(tl, BS_TX_OWN_NONE), id, without_own(tl, c));
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
	for (size_t j = 0; j < n; j++) {
		const big_aggregate_scores *s = big_aggregate_report_member_overall(ag, j);

		if ((s && s->suppressed) || (member_value(ag, j, &x) && x < mine))
			return 0; /* a withheld member may be lower: no one is marked */
	}
	return 1;
}

/* Implementation, coverage, comply or explain and mean maturity of @p s, in columns. */
static void print_measures(const struct bs_lang *tl, const big_aggregate_scores *s)
{
	char buf[32];

	if (s && s->suppressed) { /* the publication guard withholds them (--k) */
		bs_right(stdout, bs_tx(tl, BS_TX_WITHHELD_ROW), 9 + 8 + 8 + 6);
		return;
	}
	bs_right(stdout,
		 bs_tx_percent(buf, sizeof(buf), tl, s && s->has_implementation,
			       s ? s->implementation : 0),
		 9);
	bs_right(stdout,
		 bs_tx_percent(buf, sizeof(buf), tl, s && s->has_coverage, s ? s->coverage : 0), 8);
	bs_right(
	    stdout,
	    bs_tx_percent(buf, sizeof(buf), tl, s && s->has_coverage, s ? s->comply_or_explain : 0),
	    8);
	bs_right(stdout,
		 s && s->has_maturity ? bs_tx_fixed(buf, sizeof(buf), tl, s->maturity_mean, 1)
				      : BS_NO_SCORE,
		 6);
}

/* The head of the columns of print_measures(). */
static void print_measures_head(const struct bs_lang *tl)
{
	bs_right(stdout, bs_tx(tl, BS_TX_IMPLEM), 9);
	bs_right(stdout, bs_tx(tl, BS_TX_COVER), 8);
	bs_right(stdout, bs_tx(tl, BS_TX_COMPLY_HEAD), 8);
	bs_right(stdout, bs_tx(tl, BS_TX_MAT_MEAN), 6);
}

static void print_member(const struct aggregate_view *v, const big_aggregate_report *ag, size_t i,
			 size_t wid, int weighted)
{
	const char *id = big_aggregate_report_member(ag, i);
	const big_aggregate_scores *s = big_aggregate_report_member_overall(ag, i);
	const struct bs_lang *tl = text_lang(v);
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
	print_measures(tl, s);
	if (s == NULL)
		notes[k++] = bs_tx(tl, BS_TX_MEMBER_MISSING);
	if (big_aggregate_report_member_nested(ag, i))
		notes[k++] = bs_tx(tl, BS_TX_MEMBER_NESTED);
	if (is_weakest(ag, i))
		notes[k++] = bs_tx(tl, BS_TX_WEAKEST_LINK);
	for (size_t j = 0; j < k; j++)
		bs_printf("%s%s", j ? ", " : "  ", notes[j]);
	putchar('\n');
}

static void print_members(const struct aggregate_view *v, const big_aggregate_report *ag)
{
	const struct bs_lang *tl = text_lang(v);
	size_t n = big_aggregate_report_member_count(ag), wid = 6;
	int weighted = big_aggregate_report_method(ag) == BIG_AGGREGATE_WEIGHTED_MEAN;

	bs_tx_label(stdout, tl, BS_TX_MEMBERS);
	bs_printf("%zu (%zu %s)\n\n", n, big_aggregate_report_missing_count(ag),
		  bs_tx(tl, BS_TX_MISSING));
	for (size_t i = 0; i < n; i++) {
		size_t w = bs_width(big_aggregate_report_member(ag, i));
		wid = w > wid ? w : wid;
	}
	bs_column(stdout, bs_tx(tl, BS_TX_MEMBER), wid + 2);
	bs_column(stdout, bs_tx(tl, BS_TX_NAME), 36);
	if (weighted)
		bs_right(stdout, bs_tx(tl, BS_TX_WEIGHT), 11);
	print_measures_head(tl);
	putchar('\n');
	for (size_t i = 0; i < n; i++)
		print_member(v, ag, i, wid, weighted);
	putchar('\n');
}

static void print_scores(const struct bs_lang *tl, const big_aggregate_scores *s)
{
	char buf[32], lvl[16];

	if (s->suppressed) { /* the publication guard withholds them (--k) */
		bs_tx_label(stdout, tl, BS_TX_IMPLEMENTATION);
		bs_printf("%s (n = %u)\n\n", bs_tx(tl, BS_TX_WITHHELD_ROW), s->n);
		return;
	}
	bs_tx_label(stdout, tl, BS_TX_IMPLEMENTATION);
	bs_printf("%s\n",
		  bs_tx_percent(buf, sizeof(buf), tl, s->has_implementation, s->implementation));
	bs_tx_label(stdout, tl, BS_TX_COVERAGE);
	bs_printf("%s\n", bs_tx_percent(buf, sizeof(buf), tl, s->has_coverage, s->coverage));
	bs_tx_label(stdout, tl, BS_TX_COMPLY);
	bs_printf("%s\n",
		  bs_tx_percent(buf, sizeof(buf), tl, s->has_coverage, s->comply_or_explain));
	if (s->has_demonstration) { /* the members record them */
		char b2[32], b3[32];

		bs_tx_label(stdout, tl, BS_TX_DEMONSTRATED);
		bs_printf(
		    "%s %s, %s %s, %s %s\n", bs_tx(tl, BS_TX_OPZET),
		    bs_tx_percent(buf, sizeof(buf), tl, true, s->opzet), bs_tx(tl, BS_TX_BESTAAN),
		    bs_tx_percent(b2, sizeof(b2), tl, true, s->bestaan), bs_tx(tl, BS_TX_WERKING),
		    bs_tx_percent(b3, sizeof(b3), tl, true, s->werking));
	}
	snprintf(lvl, sizeof(lvl), "%d", s->attained_level);
	bs_tx_label(stdout, tl, BS_TX_MATURITY);
	bs_printf("%s %s, %s %s\n\n", bs_tx(tl, BS_TX_MEAN),
		  s->has_maturity ? bs_tx_fixed(buf, sizeof(buf), tl, s->maturity_mean, 1)
				  : BS_NO_SCORE,
		  bs_tx(tl, BS_TX_ATTAINED_LEVEL), s->has_maturity ? lvl : BS_NO_SCORE);
}

static void print_nodes(const big_aggregate_report *ag)
{
	const big_catalogue *cat = big_aggregate_report_catalogue(ag);
	const char *lang = big_aggregate_report_lang(ag);
	const struct bs_lang *tl = bs_tx_lang(lang);
	size_t wid = bs_root_id_width(cat), wtitle = bs_root_title_width(cat, lang);

	bs_column(stdout, bs_tx(tl, BS_TX_ID), wid + 2);
	bs_column(stdout, bs_tx(tl, BS_TX_TITLE), wtitle);
	print_measures_head(tl);
	fputs("  ", stdout);
	bs_right(stdout, bs_tx(tl, BS_TX_LVL), 3);
	bs_printf("     n  ");
	bs_right(stdout, bs_tx(tl, BS_TX_APPL), 4);
	putchar('\n');
	for (size_t i = 0; i < big_catalogue_root_count(cat); i++) {
		const big_node *node = big_catalogue_root(cat, i);
		const big_aggregate_scores *s = big_aggregate_report_node(ag, node);

		if (s == NULL || s->applicable == 0)
			continue;
		bs_column(stdout, big_node_id(node), wid + 2);
		bs_column(stdout, big_node_title_lang(node, lang), wtitle);
		print_measures(tl, s);
		if (s->has_maturity)
			bs_printf("  %3d", s->attained_level);
		else if (s->suppressed)
			bs_printf("  %3s", "");
		else
			bs_printf("  %3s", BS_NO_SCORE);
		bs_printf("  %4u  %4u\n", s->n, s->applicable);
	}
	fputs(bs_tx(tl, BS_TX_AGGREGATE_LEGEND), stdout); /* our own text, with its line breaks */
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
	print_collaboration(v, BS_TX_NESTED, c, sub);
	print_members(v, sub);
}

void bs_aggregate_text(const struct aggregate_view *v)
{
	const big_catalogue *cat = big_aggregate_report_catalogue(v->ag);
	const struct bs_lang *tl = text_lang(v);

	if (v->c)
		print_collaboration(v, BS_TX_COLLABORATION, v->c, v->ag);
	bs_tx_label(stdout, tl, BS_TX_CATALOGUE);
	bs_printf("%s %s\n", big_catalogue_id(cat), big_catalogue_version(cat));
	bs_tx_label(stdout, tl, BS_TX_PERIOD);
	bs_printf("%s\n", v->period ? v->period : BS_NO_SCORE);
	bs_tx_label(stdout, tl, BS_TX_METHOD);
	bs_printf("%s%s%s\n", bs_tx_method(tl, big_aggregate_report_method(v->ag)),
		  big_aggregate_report_flattened(v->ag) ? "; " : "",
		  big_aggregate_report_flattened(v->ag) ? bs_tx(tl, BS_TX_FLATTENED) : "");
	if (big_aggregate_report_k(v->ag) > 0) {
		bs_tx_label(stdout, tl, BS_TX_GUARD);
		bs_printf("k = %u: %s\n", big_aggregate_report_k(v->ag),
			  bs_tx(tl, BS_TX_GUARD_NOTE));
	}
	print_members(v, v->ag);
	print_scores(tl, big_aggregate_report_overall(v->ag));
	print_nodes(v->ag);
	putchar('\n');
	if (big_aggregate_report_k(v->ag) > 1) { /* the attribution names members: withheld */
		bs_printf("%s\n", bs_tx(tl, BS_TX_ATTRIB_WITHHELD));
	} else {
		bs_aggregate_ranking_text(v, 5);
		putchar('\n');
		bs_aggregate_gaps_text(v, 10);
	}
	each_nested(v, print_nested);
}

/* The warning for collaboration @p c (of @p file) when its own assessment is missing. */
static void warn_own(const struct aggregate_view *v, bool assessed, const big_collaboration *c,
		     const char *file)
{
	char list[512];

	if (assessed || big_collaboration_delegated_count(c) == 0 ||
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

static void warn_one(const struct aggregate_view *v, const big_aggregate_report *ag,
		     const big_collaboration *c, const char *file)
{
	warn_own(v, big_aggregate_report_collaboration_assessed(ag), c, file);
}

/*
 * Under --flatten the aggregate keeps no nested aggregates: the nested
 * collaborations beneath @p c, each once, in the order each_nested() takes
 * (@p seen has room for the collaborations of the pool).
 */
static void warn_flat(const struct aggregate_view *v, const big_collaboration *c,
		      const big_collaboration **seen, size_t *n)
{
	for (size_t i = 0; i < big_collaboration_member_count(c); i++) {
		const char *file = NULL;
		const big_collaboration *sub =
		    bs_collabs_find(v->cl, big_collaboration_member_id(c, i), &file);
		size_t j = 0;

		while (sub && j < *n && seen[j] != sub)
			j++;
		if (sub == NULL || j < *n || *n >= v->cl->count)
			continue;
		seen[(*n)++] = sub;
		warn_own(v, bs_pool_find(v->pool, big_collaboration_id(sub)) != NULL, sub, file);
		warn_flat(v, sub, seen, n);
	}
}

void bs_aggregate_warn(const struct aggregate_view *v)
{
	const big_collaboration **seen;
	size_t n = 0;

	if (v->c)
		warn_one(v, v->ag, v->c, v->file);
	if (v->c == NULL || !big_aggregate_report_flattened(v->ag)) {
		each_nested(v, warn_one);
		return;
	}
	if ((seen = calloc(v->cl->count + 1, sizeof(*seen))) != NULL) /* else no warnings */
		warn_flat(v, v->c, seen, &n);
	free(seen);
}
