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
	big_jw_key(w, key);
	big_jw_string(w, value);
}

static void write_result(struct big_jw *w, const struct big_result *r)
{
	big_jw_begin_object(w);
	big_jw_member_string(w, "status", big_status_name(r->status));
	if (r->maturity >= 0) {
		big_jw_key(w, "maturity");
		big_jw_int(w, r->maturity);
	}
	if (r->criteria_given) {
		big_jw_key(w, "criteria_met");
		big_jw_begin_array(w);
		for (size_t i = 0; i < r->criteria_count; i++)
			big_jw_string(w, r->criteria[i]->id);
		big_jw_end_array(w);
	}
	optional_string(w, "explanation", r->explanation);
	optional_string(w, "owner", r->owner);
	optional_string(w, "expires", r->expires);
	if (r->evidence_count) {
		big_jw_key(w, "evidence");
		big_jw_begin_array(w);
		for (size_t i = 0; i < r->evidence_count; i++)
			big_jw_string(w, r->evidence[i]);
		big_jw_end_array(w);
	}
	if (r->source) { /* provenance of a delegated result */
		big_jw_key(w, "source");
		big_jw_begin_object(w);
		big_jw_member_string(w, "collaboration", r->source);
		big_jw_end_object(w);
	}
	big_jw_end_object(w);
}

static void write_organisation(struct big_jw *w, const big_assessment *a)
{
	big_jw_key(w, "organisation");
	big_jw_begin_object(w);
	big_jw_member_string(w, "id", a->organisation_id);
	optional_string(w, "name", a->organisation_name);
	optional_string(w, "kind", a->organisation_kind);
	if (a->attribute_count) {
		big_jw_key(w, "attributes");
		big_jw_begin_object(w);
		for (size_t i = 0; i < a->attribute_count; i++) {
			big_jw_key(w, a->attributes[i].name);
			big_jw_number(w, a->attributes[i].value);
		}
		big_jw_end_object(w);
	}
	big_jw_end_object(w);
}

int big_assessment_to_json(char **out, size_t *len, const big_assessment *a, unsigned int flags)
{
	const big_catalogue *cat;
	struct big_jw w;
	if (!out || !a)
		return big_error_set(BIG_EINVAL, "no output pointer or no assessment");
	*out = NULL;
	if (big_jw_init(&w, flags))
		return BIG_ENOMEM;
	cat = a->catalogue;
	big_jw_begin_object(&w);
	big_jw_format(&w, "libbig.assessment");
	big_jw_catalogue(&w, "catalogue", cat->id, cat->version);
	write_organisation(&w, a);
	big_jw_member_string(&w, "period", a->period);
	optional_string(&w, "assessed_on", a->assessed_on);
	optional_string(&w, "profile", a->profile);
	if (a->target >= 0) {
		big_jw_key(&w, "target");
		big_jw_int(&w, a->target);
	}
	big_jw_key(&w, "results");
	big_jw_begin_object(&w);
	for (size_t i = 0; i < cat->requirement_count; i++) {
		if (!a->results[i].recorded)
			continue;
		big_jw_key(&w, cat->requirements[i]->id);
		write_result(&w, &a->results[i]);
	}
	big_jw_end_object(&w);
	big_jw_end_object(&w);
	return big_jw_finish(&w, out, len);
}
