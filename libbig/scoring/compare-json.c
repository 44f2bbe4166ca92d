/*
 * libbig — writing `libbig.comparison` documents (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "compare-int.h"
#include "errors-int.h"
#include "json-write.h"
#include "report-int.h"

/* The scores a comparison shows, of one side or of the change. */
static void put_fractions(struct big_jw *w, bool has_impl, double impl, bool has_mat, double mat,
			  bool has_cov, double cov, double coe)
{
	big__jw_member_number(w, "implementation", has_impl, impl);
	big__jw_member_number(w, "maturity_mean", has_mat, mat);
	big__jw_member_number(w, "coverage", has_cov, cov);
	big__jw_member_number(w, "comply_or_explain", has_cov, coe);
}

/* The shares of opzet, bestaan and werking, of one side or of the change. */
static void put_demonstration(struct big_jw *w, bool has, double opzet, double bestaan,
			      double werking)
{
	big__jw_member_number(w, "opzet", has, opzet);
	big__jw_member_number(w, "bestaan", has, bestaan);
	big__jw_member_number(w, "werking", has, werking);
}

static void put_scores(struct big_jw *w, const char *key, const big_scores *s)
{
	big__jw_key(w, key);
	big__jw_begin_object(w);
	put_fractions(w, s->has_implementation, s->implementation, s->has_maturity,
		      s->maturity_mean, s->has_coverage, s->coverage, s->comply_or_explain);
	put_demonstration(w, s->has_demonstration, s->opzet, s->bestaan, s->werking);
	big__jw_end_object(w);
}

void big__delta_json(struct big_jw *w, const big_delta *d)
{
	big__jw_key(w, "delta");
	big__jw_begin_object(w);
	put_fractions(w, d->has_implementation, d->implementation, d->has_maturity,
		      d->maturity_mean, d->has_coverage, d->coverage, d->comply_or_explain);
	put_demonstration(w, d->has_demonstration, d->opzet, d->bestaan, d->werking);
	big__jw_key(w, "applicable");
	big__jw_int(w, d->applicable);
	big__jw_end_object(w);
}

/* "before", "after" and "delta" of one node, or of the whole (@node NULL). */
static void put_change(struct big_jw *w, const big_comparison *c, const big_node *node)
{
	const big_scores *b = node ? &c->before->scores[node->index] : &c->before->overall;
	const big_scores *a = node ? &c->after->scores[node->index] : &c->after->overall;

	put_scores(w, "before", b);
	put_scores(w, "after", a);
	big__delta_json(w, node ? &c->nodes[node->index] : &c->overall);
}

static void put_side(struct big_jw *w, const char *key, const big_report *r)
{
	big__jw_key(w, key);
	big__jw_begin_object(w);
	big__jw_key(w, "organisation");
	big__jw_begin_object(w);
	big__jw_member_string(w, "id", r->organisation_id);
	big__jw_member_string(w, "name", r->organisation_name);
	big__jw_end_object(w);
	big__jw_member_string(w, "period", r->period);
	big__jw_end_object(w);
}

static void put_inputs(struct big_jw *w, const big_comparison *c)
{
	const big_report *r = c->before;

	big__jw_format(w, BIG_DOCUMENT_COMPARISON);
	big__jw_catalogue(w, "catalogue", r->catalogue->id, r->catalogue->version,
			  r->catalogue->fingerprint);
	put_side(w, "before", c->before);
	put_side(w, "after", c->after);
	big__jw_member_string(w, "profile", r->profile ? r->profile->id : NULL);
	big__jw_key(w, "options");
	big__jw_begin_object(w);
	big__jw_member_string(w, "rollup", big_rollup_name(r->rollup));
	big__jw_key(w, "target");
	big__jw_int(w, r->target);
	if (r->lang[0])
		big__jw_member_string(w, "lang", r->lang);
	big__jw_end_object(w);
}

static void put_nodes(struct big_jw *w, const big_comparison *c)
{
	const big_catalogue *cat = c->before->catalogue;

	big__jw_key(w, "nodes");
	big__jw_begin_array(w);
	for (size_t i = 0; i < cat->node_count; i++) {
		const big_node *n = &cat->nodes[i];
		if (!c->before->scores[i].applicable && !c->after->scores[i].applicable)
			continue;
		big__jw_begin_object(w);
		big__node_json_head(w, n, big__lang_or_null(c->before->lang));
		put_change(w, c, n);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void put_state(struct big_jw *w, const char *key, big_status status, bool scorable)
{
	big__jw_key(w, key);
	big__jw_begin_object(w);
	big__jw_member_string(w, "status", big_status_name(status));
	big__jw_key(w, "scorable");
	big__jw_bool(w, scorable);
	big__jw_end_object(w);
}

static void put_contributions(struct big_jw *w, const big_comparison *c)
{
	big__jw_key(w, "contributions");
	big__jw_begin_array(w);
	for (size_t i = 0; i < c->contribution_count; i++) {
		const big_contribution *x = &c->contributions[i];
		big__jw_begin_object(w);
		big__jw_member_string(w, "id", x->node->id);
		put_state(w, "before", x->before, x->scorable_before);
		put_state(w, "after", x->after, x->scorable_after);
		big__jw_key(w, "contribution");
		big__jw_number(w, x->contribution);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
	big__jw_key(w, "flat_delta");
	big__jw_number(w, c->flat_delta);
}

int big_comparison_to_json(char **out, size_t *len, const big_comparison *c, unsigned int flags)
{
	struct big_jw w;

	if (!out || !c)
		return big__error_set(BIG_EINVAL, "no output pointer or no comparison");
	*out = NULL;
	if (big__jw_init(&w, flags))
		return BIG_ENOMEM;
	big__jw_begin_object(&w);
	put_inputs(&w, c);
	big__jw_key(&w, "overall");
	big__jw_begin_object(&w);
	put_change(&w, c, NULL);
	big__jw_end_object(&w);
	put_nodes(&w, c);
	put_contributions(&w, c);
	big__jw_end_object(&w);
	return big__jw_finish(&w, out, len);
}
