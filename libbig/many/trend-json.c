/*
 * libbig — writing trends as `libbig.trend` documents (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "compare-int.h"
#include "errors-int.h"
#include "json-write.h"
#include "trend-int.h"

/* "before", "after" and "delta" of one node (@i), or of the whole (@i < 0). */
static void put_change(struct big_jw *w, const big_trend *t, long i)
{
	big__jw_key(w, "before");
	big__aggregate_scores_json(w, i < 0 ? &t->before->overall : &t->before->scores[i]);
	big__jw_key(w, "after");
	big__aggregate_scores_json(w, i < 0 ? &t->after->overall : &t->after->scores[i]);
	big__delta_json(w, i < 0 ? &t->overall : &t->nodes[i]);
}

static void put_inputs(struct big_jw *w, const big_trend *t)
{
	const big_aggregate_report *a = t->after;

	big__jw_format(w, BIG_DOCUMENT_TREND);
	big__jw_catalogue(w, "catalogue", a->catalogue->id, a->catalogue->version,
			  a->catalogue->fingerprint);
	big__jw_member_string(w, "collaboration", a->id);
	big__jw_member_string(w, "profile", a->profile ? a->profile->id : NULL);
	big__jw_key(w, "options");
	big__jw_begin_object(w);
	big__jw_member_string(w, "method", big_aggregate_method_name(a->method));
	big__jw_member_string(w, "rollup", big_rollup_name(a->rollup));
	big__jw_key(w, "target");
	big__jw_int(w, a->target);
	if (a->lang[0])
		big__jw_member_string(w, "lang", a->lang);
	big__jw_end_object(w);
}

static void put_count(struct big_jw *w, const char *key, size_t n)
{
	big__jw_key(w, key);
	big__jw_int(w, (long long)n);
}

static void put_effects(struct big_jw *w, const big_trend_effects *e)
{
	big__jw_key(w, "effects");
	big__jw_begin_object(w);
	big__jw_member_number(w, "change", e->has_effects, e->change);
	big__jw_member_number(w, "stayers", e->has_effects, e->stayers);
	big__jw_member_number(w, "joiners", e->has_effects, e->joiners);
	big__jw_member_number(w, "leavers", e->has_effects, e->leavers);
	put_count(w, "stayed", e->stayed);
	put_count(w, "joined", e->joined);
	put_count(w, "left", e->left);
	big__jw_end_object(w);
}

/* "stayed", "joined" or "left". */
static const char *membership(const big_member_trend *m)
{
	return m->in_before && m->in_after ? "stayed" : m->in_after ? "joined" : "left";
}

static void put_members(struct big_jw *w, const big_trend *t)
{
	big__jw_key(w, "members");
	big__jw_begin_array(w);
	for (size_t i = 0; i < t->member_count; i++) {
		const big_member_trend *m = &t->members[i];
		big__jw_begin_object(w);
		big__jw_member_string(w, "id", m->id);
		big__jw_member_string(w, "membership", membership(m));
		big__jw_key(w, "missing_before");
		big__jw_bool(w, m->missing_before);
		big__jw_key(w, "missing_after");
		big__jw_bool(w, m->missing_after);
		big__jw_member_number(w, "before", m->has_before, m->before);
		big__jw_member_number(w, "after", m->has_after, m->after);
		big__jw_member_number(w, "change", m->has_before && m->has_after, m->change);
		put_count(w, "requirements_changed", m->requirements_changed);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void put_nodes(struct big_jw *w, const big_trend *t)
{
	const big_catalogue *cat = t->after->catalogue;

	big__jw_key(w, "nodes");
	big__jw_begin_array(w);
	for (size_t i = 0; i < cat->node_count; i++) {
		if (!t->before->scores[i].applicable && !t->after->scores[i].applicable)
			continue;
		big__jw_begin_object(w);
		big__node_json_head(w, &cat->nodes[i], big__lang_or_null(t->after->lang));
		put_change(w, t, (long)i);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void put_member_changes(struct big_jw *w, const big_requirement_trend *x)
{
	big__jw_key(w, "members");
	big__jw_begin_array(w);
	for (size_t j = 0; j < x->change_count; j++) {
		const big_member_change *m = &x->changes[j];
		big__jw_begin_object(w);
		big__jw_member_string(w, "id", m->member);
		big__jw_member_number(w, "before", m->scorable_before, m->before);
		big__jw_member_number(w, "after", m->scorable_after, m->after);
		big__jw_member_number(w, "change", m->scorable_before && m->scorable_after,
				      m->change);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void put_contributions(struct big_jw *w, const big_trend *t)
{
	big__jw_key(w, "contributions");
	big__jw_begin_array(w);
	for (size_t i = 0; i < t->contribution_count; i++) {
		const big_requirement_trend *x = &t->contributions[i];
		big__jw_begin_object(w);
		big__jw_member_string(w, "id", x->node->id);
		big__jw_member_number(w, "before", x->scorable_before, x->before);
		big__jw_member_number(w, "after", x->scorable_after, x->after);
		big__jw_key(w, "contribution");
		big__jw_number(w, x->contribution);
		big__jw_member_number(w, "stayers", x->has_effects, x->stayers);
		big__jw_member_number(w, "joiners", x->has_effects, x->joiners);
		big__jw_member_number(w, "leavers", x->has_effects, x->leavers);
		put_member_changes(w, x);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
	big__jw_key(w, "flat_delta");
	big__jw_number(w, t->flat_delta);
}

int big_trend_to_json(char **out, size_t *len, const big_trend *t, unsigned int flags)
{
	struct big_jw w;

	if (!out || !t)
		return big__error_set(BIG_EINVAL, "no output pointer or no trend");
	*out = NULL;
	if (big__jw_init(&w, flags))
		return BIG_ENOMEM;
	big__jw_begin_object(&w);
	put_inputs(&w, t);
	big__jw_key(&w, "overall");
	big__jw_begin_object(&w);
	put_change(&w, t, -1);
	big__jw_end_object(&w);
	put_effects(&w, &t->effects);
	put_members(&w, t);
	put_nodes(&w, t);
	put_contributions(&w, t);
	big__jw_end_object(&w);
	return big__jw_finish(&w, out, len);
}
