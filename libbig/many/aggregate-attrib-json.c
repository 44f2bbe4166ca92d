/*
 * libbig — the attribution, ranking and gaps of an aggregate as members of
 * its `libbig.aggregate` document (docs/formats.md), written by
 * aggregate-json.c for the aggregate and each nested one.
 *
 * SPDX-License-Identifier: MIT
 */
#include "aggregate-attrib.h"
#include "catalogue-int.h"
#include "json-write.h"

static void write_ids(struct big_jw *w, const char *key, const char *const *ids, size_t n)
{
	big__jw_key(w, key);
	big__jw_begin_array(w);
	for (size_t i = 0; i < n; i++)
		big__jw_string(w, ids[i]);
	big__jw_end_array(w);
}

static void write_attribution(struct big_jw *w, const struct big_agg_attrib *at)
{
	big__jw_key(w, "attribution");
	big__jw_begin_array(w);
	for (size_t i = 0; i < at->attribution_count; i++) {
		const big_aggregate_attribution *a = &at->attribution[i];
		big__jw_begin_object(w);
		big__jw_member_string(w, "id", a->node->id);
		big__jw_member_number(w, "value", a->has_value, a->value);
		big__jw_member_number(w, "minimum", a->has_value, a->minimum);
		big__jw_member_number(w, "next", a->has_next, a->next);
		big__jw_key(w, "delegated");
		big__jw_bool(w, a->delegated);
		write_ids(w, "holders", a->holders, a->holder_count);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void write_ranking(struct big_jw *w, const big_aggregate_report *ag)
{
	big__jw_key(w, "ranking");
	big__jw_begin_array(w);
	for (size_t i = 0; i < ag->member_count; i++) {
		const big_aggregate_rank *r = &ag->attrib->ranking[i];
		big__jw_begin_object(w);
		big__jw_member_string(w, "member", r->member);
		big__jw_key(w, "requirements");
		big__jw_int(w, r->requirements);
		big__jw_member_number(w, "rise_next", true, r->rise_next);
		big__jw_member_number(w, "rise_full", true, r->rise_full);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void write_gaps(struct big_jw *w, const big_aggregate_report *ag)
{
	const struct big_agg_attrib *at = ag->attrib;
	big__jw_key(w, "gaps");
	big__jw_begin_array(w);
	for (size_t i = 0; i < at->gap_count; i++) {
		const big_aggregate_gap *g = &at->gaps[i];
		big__jw_begin_object(w);
		big__node_json_head(w, g->node, big__lang_or_null(ag->lang));
		big__jw_key(w, "kinds");
		big__jw_begin_array(w);
		for (unsigned k = 0; k < BIG_GAP_KIND_COUNT; k++)
			if (g->kinds & (1u << k))
				big__jw_string(w, big_gap_kind_name(1u << k));
		big__jw_end_array(w);
		big__jw_member_number(w, "size", true, g->size);
		big__jw_member_number(w, "implementation", g->has_implementation,
				      g->implementation);
		big__jw_member_number(w, "maturity", g->has_maturity, g->maturity);
		big__jw_member_string(w, "tag", g->tag);
		big__jw_key(w, "delegated");
		big__jw_bool(w, g->delegated);
		write_ids(w, "responsible", g->responsible, g->responsible_count);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

void big__aggregate_attrib_json(struct big_jw *w, const big_aggregate_report *ag)
{
	if (!ag->attrib) { /* withheld by the publication guard (k > 1): it names members */
		static const char *const keys[] = {"attribution", "ranking", "gaps"};
		for (size_t i = 0; i < 3; i++) {
			big__jw_key(w, keys[i]);
			big__jw_begin_array(w);
			big__jw_end_array(w);
		}
		return;
	}
	write_attribution(w, ag->attrib);
	write_ranking(w, ag);
	write_gaps(w, ag);
}
