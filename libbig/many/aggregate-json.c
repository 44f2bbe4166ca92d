/*
 * libbig — writing aggregates as `libbig.aggregate` documents
 * (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include "aggregate-attrib.h"
#include "aggregate-int.h"
#include "alloc.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-write.h"

void big__aggregate_scores_json(struct big_jw *w, const big_aggregate_scores *s)
{
	big__jw_begin_object(w);
	big__jw_member_number(w, "implementation", s->has_implementation, s->implementation);
	big__jw_member_number(w, "maturity_mean", s->has_maturity, s->maturity_mean);
	big__jw_key(w, "attained_level");
	if (s->has_maturity)
		big__jw_int(w, s->attained_level);
	else
		big__jw_null(w);
	big__jw_member_number(w, "coverage", s->has_coverage, s->coverage);
	big__jw_member_number(w, "comply_or_explain", s->has_coverage, s->comply_or_explain);
	big__jw_member_number(w, "opzet", s->has_demonstration, s->opzet);
	big__jw_member_number(w, "bestaan", s->has_demonstration, s->bestaan);
	big__jw_member_number(w, "werking", s->has_demonstration, s->werking);
	big__jw_key(w, "n");
	big__jw_int(w, s->n);
	big__jw_key(w, "applicable");
	big__jw_int(w, s->applicable);
	if (s->suppressed) { /* only under a guard (k > 1): other outputs stay as they were */
		big__jw_key(w, "suppressed");
		big__jw_bool(w, true);
	}
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
		big__jw_member_number(w, "weight", weighted, ag->weights[i]);
		big__jw_key(w, "overall");
		if (i < ag->missing_first)
			big__aggregate_scores_json(w, &ag->member_scores[i]);
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
	big__aggregate_scores_json(w, &ag->overall);
	big__jw_key(w, "nodes");
	big__jw_begin_array(w);
	for (size_t i = 0; i < cat->node_count; i++) {
		if (ag->scores[i].applicable == 0)
			continue;
		big__jw_begin_object(w);
		big__node_json_head(w, &cat->nodes[i], big__lang_or_null(ag->lang));
		big__jw_key(w, "scores");
		big__aggregate_scores_json(w, &ag->scores[i]);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
	big__aggregate_attrib_json(w, ag);
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
	big__jw_format(&w, BIG_DOCUMENT_AGGREGATE);
	big__jw_catalogue(&w, "catalogue", ag->catalogue->id, ag->catalogue->version,
			  ag->catalogue->fingerprint);
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
	if (ag->lang[0])
		big__jw_member_string(&w, "lang", ag->lang);
	if (ag->flattened) {
		big__jw_key(&w, "flatten");
		big__jw_bool(&w, true);
	}
	if (ag->k) {
		big__jw_key(&w, "k");
		big__jw_int(&w, ag->k);
	}
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
