/*
 * libbig — writing aggregates (`libbig.aggregate`) and distributions
 * (`libbig.distribution`) as JSON and CSV (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include "aggregate-int.h"
#include "alloc.h"
#include "catalogue-int.h"
#include "csv.h"
#include "errors-int.h"
#include "json-write.h"
#include "strbuf.h"

/* id, kind, title, depth of a node; of the whole catalogue when @n is NULL. */
static void node_columns(struct big_csv *c, const big_catalogue *cat, const big_node *n)
{
	big__csv_text(c, n ? n->id : NULL);
	if (n)
		big__csv_text(c, n->kind);
	else
		big__csv_plain(c, "overall");
	big__csv_text(c, n ? n->title : cat->title);
	if (n)
		big__csv_integer(c, true, n->depth);
	else
		big__csv_text(c, NULL);
}

/* ---- JSON ---- */

static void optional_number(struct big_jw *w, const char *key, bool has, double value)
{
	big__jw_key(w, key);
	if (has)
		big__jw_number(w, value);
	else
		big__jw_null(w);
}

static void write_catalogue(struct big_jw *w, const char *format, const big_catalogue *cat)
{
	big__jw_format(w, format);
	big__jw_catalogue(w, "catalogue", cat->id, cat->version);
}

static void write_node_head(struct big_jw *w, const big_node *n)
{
	big__jw_key(w, "id");
	big__jw_string(w, n->id);
	big__jw_key(w, "kind");
	big__jw_string(w, n->kind);
	big__jw_key(w, "title");
	big__jw_string(w, n->title);
}

static void write_aggregate_scores(struct big_jw *w, const big_aggregate_scores *s)
{
	big__jw_begin_object(w);
	optional_number(w, "implementation", s->has_implementation, s->implementation);
	optional_number(w, "maturity_mean", s->has_maturity, s->maturity_mean);
	big__jw_key(w, "attained_level");
	if (s->has_maturity)
		big__jw_int(w, s->attained_level);
	else
		big__jw_null(w);
	optional_number(w, "coverage", s->has_coverage, s->coverage);
	optional_number(w, "comply_or_explain", s->has_coverage, s->comply_or_explain);
	big__jw_key(w, "n");
	big__jw_int(w, s->n);
	big__jw_key(w, "applicable");
	big__jw_int(w, s->applicable);
	big__jw_end_object(w);
}

static void write_collaboration(struct big_jw *w, const big_aggregate_report *ag)
{
	big__jw_key(w, "collaboration");
	if (!ag->id) {
		big__jw_null(w);
		return;
	}
	big__jw_begin_object(w);
	big__jw_key(w, "id");
	big__jw_string(w, ag->id);
	big__jw_member_string(w, "name", ag->name);
	big__jw_member_string(w, "kind", ag->kind);
	big__jw_key(w, "policy");
	big__jw_string(w, big_policy_name(ag->policy));
	big__jw_key(w, "delegated");
	big__jw_begin_array(w);
	for (size_t i = 0; i < ag->delegated_count; i++)
		big__jw_string(w, ag->catalogue->nodes[ag->delegated[i]].id);
	big__jw_end_array(w);
	big__jw_key(w, "assessed");
	big__jw_bool(w, ag->own_assessment);
	big__jw_end_object(w);
}

static void write_members(struct big_jw *w, const big_aggregate_report *ag)
{
	bool weighted = ag->method == BIG_AGGREGATE_WEIGHTED_MEAN;
	big__jw_key(w, "members");
	big__jw_begin_array(w);
	for (size_t i = 0; i < ag->member_count; i++) {
		big__jw_begin_object(w);
		big__jw_key(w, "id");
		big__jw_string(w, ag->members[i]);
		big__jw_key(w, "assessed");
		big__jw_bool(w, i < ag->missing_first);
		big__jw_key(w, "collaboration");
		big__jw_bool(w, ag->nested[i] != NULL);
		optional_number(w, "weight", weighted, ag->weights[i]);
		big__jw_key(w, "overall");
		if (i < ag->missing_first)
			write_aggregate_scores(w, &ag->member_scores[i]);
		else
			big__jw_null(w);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
	big__jw_key(w, "missing");
	big__jw_begin_array(w);
	for (size_t i = ag->missing_first; i < ag->member_count; i++)
		big__jw_string(w, ag->members[i]);
	big__jw_end_array(w);
}

/* What the document says of one aggregate, the outermost or a nested one. */
static void write_body(struct big_jw *w, const big_aggregate_report *ag)
{
	const big_catalogue *cat = ag->catalogue;
	write_members(w, ag);
	big__jw_key(w, "overall");
	write_aggregate_scores(w, &ag->overall);
	big__jw_key(w, "nodes");
	big__jw_begin_array(w);
	for (size_t i = 0; i < cat->node_count; i++) {
		if (ag->scores[i].applicable == 0)
			continue;
		big__jw_begin_object(w);
		write_node_head(w, &cat->nodes[i]);
		big__jw_key(w, "scores");
		write_aggregate_scores(w, &ag->scores[i]);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

/* The nested aggregates beneath @ag, each once, depth first in member order
 * (a shared one is written where it is first reached). */
static int collect_nested(const big_aggregate_report *ag, const big_aggregate_report ***list,
			  size_t *count, size_t *cap)
{
	for (size_t i = 0; i < ag->missing_first; i++) {
		const big_aggregate_report *n = ag->nested[i];
		bool seen = !n;
		for (size_t k = 0; !seen && k < *count; k++)
			seen = (*list)[k] == n;
		if (seen)
			continue;
		int rc = big__grow((void **)list, cap, *count + 1, sizeof(**list));
		if (rc)
			return rc;
		(*list)[(*count)++] = n;
		if ((rc = collect_nested(n, list, count, cap)))
			return rc;
	}
	return 0;
}

int big_aggregate_report_to_json(char **out, size_t *len, const big_aggregate_report *ag,
				 unsigned int flags)
{
	const big_aggregate_report **nested = NULL;
	size_t count = 0, cap = 0;
	struct big_jw w;
	if (!out || !ag)
		return big__error_set(BIG_EINVAL, "no output pointer or no aggregate");
	*out = NULL;
	if (collect_nested(ag, &nested, &count, &cap) || big__jw_init(&w, flags)) {
		big_free(nested);
		return BIG_ENOMEM;
	}
	big__jw_begin_object(&w);
	write_catalogue(&w, "libbig.aggregate", ag->catalogue);
	write_collaboration(&w, ag);
	big__jw_key(&w, "profile");
	big__jw_string(&w, ag->profile ? ag->profile->id : NULL);
	big__jw_key(&w, "options");
	big__jw_begin_object(&w);
	big__jw_key(&w, "method");
	big__jw_string(&w, big_aggregate_method_name(ag->method));
	big__jw_key(&w, "weight_attribute");
	big__jw_string(&w, ag->weight_attribute);
	big__jw_key(&w, "rollup");
	big__jw_string(&w, big_rollup_name(ag->rollup));
	big__jw_key(&w, "target");
	big__jw_int(&w, ag->target);
	big__jw_end_object(&w);
	write_body(&w, ag);
	big__jw_key(&w, "nested");
	big__jw_begin_array(&w);
	for (size_t i = 0; i < count; i++) {
		big__jw_begin_object(&w);
		write_collaboration(&w, nested[i]);
		write_body(&w, nested[i]);
		big__jw_end_object(&w);
	}
	big__jw_end_array(&w);
	big__jw_end_object(&w);
	big_free(nested);
	return big__jw_finish(&w, out, len);
}

int big_aggregate_report_to_csv(char **out, size_t *len, const big_aggregate_report *ag,
				unsigned int flags)
{
	struct big_csv c;
	if (!out || !ag)
		return big__error_set(BIG_EINVAL, "no output pointer or no aggregate");
	*out = NULL;
	if (big__csv_init(&c, flags))
		return BIG_ENOMEM;
	const big_catalogue *cat = ag->catalogue;
	big__strbuf_puts(&c.buf, "id,kind,title,depth,implementation,maturity_mean,attained_level,"
				 "coverage,comply_or_explain,n,applicable");
	big__csv_end_row(&c);
	for (size_t i = 0; i <= cat->node_count; i++) {
		const big_node *n = i ? &cat->nodes[i - 1] : NULL;
		const big_aggregate_scores *s = n ? &ag->scores[i - 1] : &ag->overall;
		if (n && s->applicable == 0)
			continue;
		node_columns(&c, cat, n);
		big__csv_number(&c, s->has_implementation, s->implementation);
		big__csv_number(&c, s->has_maturity, s->maturity_mean);
		big__csv_integer(&c, s->has_maturity, s->attained_level);
		big__csv_number(&c, s->has_coverage, s->coverage);
		big__csv_number(&c, s->has_coverage, s->comply_or_explain);
		big__csv_integer(&c, true, s->n);
		big__csv_integer(&c, true, s->applicable);
		big__csv_end_row(&c);
	}
	return big__csv_finish(&c, out, len);
}

static const char *const score_names[] = {
    [BIG_DIST_IMPLEMENTATION] = "implementation",
    [BIG_DIST_COVERAGE] = "coverage",
    [BIG_DIST_COMPLY_OR_EXPLAIN] = "comply_or_explain",
};
_Static_assert(sizeof(score_names) / sizeof(score_names[0]) == BIG_DIST_SCORE_COUNT,
	       "a name per distribution score");

static void write_statistics(struct big_jw *w, const big_statistics *s)
{
	big__jw_begin_object(w);
	big__jw_key(w, "n");
	big__jw_int(w, s->n);
	big__jw_key(w, "suppressed");
	big__jw_bool(w, s->suppressed);
	optional_number(w, "min", s->available, s->min);
	optional_number(w, "q1", s->available, s->q1);
	optional_number(w, "median", s->available, s->median);
	optional_number(w, "q3", s->available, s->q3);
	optional_number(w, "max", s->available, s->max);
	optional_number(w, "mean", s->available, s->mean);
	big__jw_end_object(w);
}

static void write_distribution_scores(struct big_jw *w, const big_distribution_scores *ds)
{
	for (int i = 0; i < BIG_DIST_SCORE_COUNT; i++) {
		big__jw_key(w, score_names[i]);
		write_statistics(w, big__dist_statistics(ds, (enum big_dist_score)i));
	}
}

int big_distribution_to_json(char **out, size_t *len, const big_distribution *d, unsigned int flags)
{
	struct big_jw w;
	if (!out || !d)
		return big__error_set(BIG_EINVAL, "no output pointer or no distribution");
	*out = NULL;
	if (big__jw_init(&w, flags))
		return BIG_ENOMEM;
	const big_catalogue *cat = d->catalogue;
	big__jw_begin_object(&w);
	write_catalogue(&w, "libbig.distribution", cat);
	big__jw_key(&w, "profile");
	big__jw_string(&w, d->profile ? d->profile->id : NULL);
	big__jw_key(&w, "options");
	big__jw_begin_object(&w);
	big__jw_key(&w, "rollup");
	big__jw_string(&w, big_rollup_name(d->rollup));
	big__jw_key(&w, "k");
	big__jw_int(&w, d->k);
	big__jw_key(&w, "quantiles");
	big__jw_string(&w, "R-7");
	big__jw_end_object(&w);
	big__jw_key(&w, "organisations");
	big__jw_int(&w, (long long)d->count);
	big__jw_key(&w, "overall");
	big__jw_begin_object(&w);
	write_distribution_scores(&w, &d->overall);
	big__jw_end_object(&w);
	big__jw_key(&w, "nodes");
	big__jw_begin_array(&w);
	for (size_t i = 0; i < cat->node_count; i++) {
		if (d->applicable[i] == 0)
			continue;
		big__jw_begin_object(&w);
		write_node_head(&w, &cat->nodes[i]);
		write_distribution_scores(&w, &d->scores[i]);
		big__jw_end_object(&w);
	}
	big__jw_end_array(&w);
	big__jw_end_object(&w);
	return big__jw_finish(&w, out, len);
}

int big_distribution_to_csv(char **out, size_t *len, const big_distribution *d, unsigned int flags)
{
	struct big_csv c;
	if (!out || !d)
		return big__error_set(BIG_EINVAL, "no output pointer or no distribution");
	*out = NULL;
	if (big__csv_init(&c, flags))
		return BIG_ENOMEM;
	const big_catalogue *cat = d->catalogue;
	big__strbuf_puts(&c.buf,
			 "id,kind,title,depth,score,n,suppressed,min,q1,median,q3,max,mean");
	big__csv_end_row(&c);
	for (size_t i = 0; i <= cat->node_count; i++) {
		const big_node *n = i ? &cat->nodes[i - 1] : NULL;
		if (n && d->applicable[i - 1] == 0)
			continue;
		const big_distribution_scores *ds = n ? &d->scores[i - 1] : &d->overall;
		for (int k = 0; k < BIG_DIST_SCORE_COUNT; k++) {
			const big_statistics *s = big__dist_statistics(ds, (enum big_dist_score)k);
			node_columns(&c, cat, n);
			big__csv_plain(&c, score_names[k]);
			big__csv_integer(&c, true, s->n);
			big__csv_plain(&c, s->suppressed ? "true" : "false");
			big__csv_number(&c, s->available, s->min);
			big__csv_number(&c, s->available, s->q1);
			big__csv_number(&c, s->available, s->median);
			big__csv_number(&c, s->available, s->q3);
			big__csv_number(&c, s->available, s->max);
			big__csv_number(&c, s->available, s->mean);
			big__csv_end_row(&c);
		}
	}
	return big__csv_finish(&c, out, len);
}
