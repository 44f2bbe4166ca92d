/*
 * libbig — writing `libbig.assessment` documents.
 *
 * Optional fields are written only when set, results in catalogue order, so
 * that load → save → load → save gives the same bytes.
 *
 * SPDX-License-Identifier: MIT
 */
#include "assessment-int.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-write.h"

static void optional_string(struct big_jw *w, const char *key, const char *value)
{
	if (!value)
		return;
	big__jw_key(w, key);
	big__jw_string(w, value);
}

/* `demonstration`: the dimensions recorded, in the order of big_dimension. */
static void write_demonstration(struct big_jw *w, const struct big_result *r)
{
	big__jw_key(w, "demonstration");
	big__jw_begin_object(w);
	for (int k = 0; k < BIG_DIMENSION_COUNT; k++) {
		const struct big_demonstration *d = &r->demo[k];
		if (!(r->demo_given & (1u << k)))
			continue;
		big__jw_key(w, big_dimension_name((big_dimension)k));
		big__jw_begin_object(w);
		big__jw_key(w, "demonstrated");
		big__jw_bool(w, d->demonstrated);
		if (d->evidence_count) {
			big__jw_key(w, "evidence");
			big__jw_begin_array(w);
			for (size_t i = 0; i < d->evidence_count; i++) {
				const big_evidence_ref *e = &d->evidence[i];
				big__jw_begin_object(w);
				big__jw_member_string(w, "kind", big_evidence_kind_name(e->kind));
				big__jw_member_string(w, "what", e->what);
				optional_string(w, "where", e->where);
				optional_string(w, "date", e->date);
				big__jw_end_object(w);
			}
			big__jw_end_array(w);
		}
		big__jw_end_object(w);
	}
	big__jw_end_object(w);
}

/* `actions`: the improvement actions, in the order given. */
static void write_actions(struct big_jw *w, const struct big_result *r)
{
	big__jw_key(w, "actions");
	big__jw_begin_array(w);
	for (size_t i = 0; i < r->action_count; i++) {
		const struct big_action *x = r->actions[i];
		big__jw_begin_object(w);
		big__jw_member_string(w, "description", x->description);
		optional_string(w, "owner", x->owner);
		optional_string(w, "due", x->due);
		big__jw_member_string(w, "status", big_action_status_name(x->status));
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void write_result(struct big_jw *w, const struct big_result *r)
{
	big__jw_begin_object(w);
	big__jw_member_string(w, "status", big_status_name(r->status));
	if (r->maturity >= 0) {
		big__jw_key(w, "maturity");
		big__jw_int(w, r->maturity);
	}
	if (r->criteria_given) {
		big__jw_key(w, "criteria_met");
		big__jw_begin_array(w);
		for (size_t i = 0; i < r->criteria_count; i++)
			big__jw_string(w, r->criteria[i]->id);
		big__jw_end_array(w);
	}
	optional_string(w, "explanation", r->explanation);
	optional_string(w, "owner", r->owner);
	optional_string(w, "expires", r->expires);
	if (r->evidence_count) {
		big__jw_key(w, "evidence");
		big__jw_begin_array(w);
		for (size_t i = 0; i < r->evidence_count; i++)
			big__jw_string(w, r->evidence[i]);
		big__jw_end_array(w);
	}
	if (r->demo_given)
		write_demonstration(w, r);
	if (r->action_count)
		write_actions(w, r);
	if (r->source) { /* provenance of a delegated result */
		big__jw_key(w, "source");
		big__jw_begin_object(w);
		big__jw_member_string(w, "collaboration", r->source);
		big__jw_end_object(w);
	}
	big__jw_end_object(w);
}

static void write_organisation(struct big_jw *w, const big_assessment *a)
{
	big__jw_key(w, "organisation");
	big__jw_begin_object(w);
	big__jw_member_string(w, "id", a->organisation_id);
	optional_string(w, "name", a->organisation_name);
	optional_string(w, "kind", a->organisation_kind);
	if (a->attribute_count) {
		big__jw_key(w, "attributes");
		big__jw_begin_object(w);
		for (size_t i = 0; i < a->attribute_count; i++) {
			big__jw_key(w, a->attributes[i].name);
			big__jw_number(w, a->attributes[i].value);
		}
		big__jw_end_object(w);
	}
	big__jw_end_object(w);
}

int big_assessment_to_json(char **out, size_t *len, const big_assessment *a, unsigned int flags)
{
	const big_catalogue *cat;
	struct big_jw w;
	if (!out || !a)
		return big__error_set(BIG_EINVAL, "no output pointer or no assessment");
	*out = NULL;
	if (big__jw_init(&w, flags))
		return BIG_ENOMEM;
	cat = a->catalogue;
	big__jw_begin_object(&w);
	big__jw_format(&w, BIG_DOCUMENT_ASSESSMENT);
	big__jw_catalogue(&w, "catalogue", cat->id, cat->version,
			  a->names_fingerprint ? cat->fingerprint : NULL);
	write_organisation(&w, a);
	big__jw_member_string(&w, "period", a->period);
	optional_string(&w, "assessed_on", a->assessed_on);
	optional_string(&w, "profile", a->profile);
	if (a->target >= 0) {
		big__jw_key(&w, "target");
		big__jw_int(&w, a->target);
	}
	big__jw_key(&w, "results");
	big__jw_begin_object(&w);
	for (size_t i = 0; i < cat->requirement_count; i++) {
		if (!a->results[i].recorded)
			continue;
		big__jw_key(&w, cat->requirements[i]->id);
		write_result(&w, &a->results[i]);
	}
	big__jw_end_object(&w);
	big__jw_end_object(&w);
	return big__jw_finish(&w, out, len);
}
