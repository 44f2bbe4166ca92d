/*
 * libbig — writing `libbig.report` documents (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-write.h"
#include "report-int.h"
#include "report-names.h"

static void optional_number(struct big_jw *w, const char *key, bool has, double value)
{
	big_jw_key(w, key);
	if (has)
		big_jw_number(w, value);
	else
		big_jw_null(w);
}

static void write_scores(struct big_jw *w, const big_scores *s)
{
	big_jw_begin_object(w);
	optional_number(w, "implementation", s->has_implementation, s->implementation);
	optional_number(w, "maturity_mean", s->has_maturity, s->maturity_mean);
	optional_number(w, "attained_level", s->has_maturity, s->attained_level);
	optional_number(w, "coverage", s->has_coverage, s->coverage);
	optional_number(w, "comply_or_explain", s->has_coverage, s->comply_or_explain);
	big_jw_key(w, "applicable");
	big_jw_int(w, s->applicable);
	big_jw_key(w, "counts");
	big_jw_begin_object(w);
	for (int i = 0; i < BIG_STATUS_COUNT; i++) {
		big_jw_key(w, big_status_name((big_status)i));
		big_jw_int(w, s->counts[i]);
	}
	big_jw_end_object(w);
	big_jw_end_object(w);
}

static void write_nodes(struct big_jw *w, const big_report *r)
{
	const big_catalogue *cat = r->catalogue;
	big_jw_key(w, "nodes");
	big_jw_begin_array(w);
	for (size_t i = 0; i < cat->node_count; i++) {
		if (r->scores[i].applicable == 0)
			continue;
		big_jw_begin_object(w);
		big_jw_member_string(w, "id", cat->nodes[i].id);
		big_jw_member_string(w, "kind", cat->nodes[i].kind);
		big_jw_member_string(w, "title", cat->nodes[i].title);
		big_jw_key(w, "scores");
		write_scores(w, &r->scores[i]);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_gaps(struct big_jw *w, const big_report *r)
{
	big_jw_key(w, "gaps");
	big_jw_begin_array(w);
	for (size_t i = 0; i < r->gap_count; i++) {
		const big_gap *g = &r->gaps[i];
		big_jw_begin_object(w);
		big_jw_member_string(w, "id", g->node->id);
		big_jw_key(w, "kinds");
		big_jw_begin_array(w);
		for (size_t k = 0; k < BIG_GAP_KIND_COUNT; k++)
			if (g->kinds & (1u << k))
				big_jw_string(w, big_gap_kind_name(k));
		big_jw_end_array(w);
		big_jw_key(w, "size");
		big_jw_number(w, g->size);
		big_jw_member_string(w, "status", big_status_name(g->status));
		optional_number(w, "maturity", g->maturity >= 0, g->maturity);
		big_jw_member_string(w, "tag", g->tag);
		big_jw_key(w, "mandatory");
		big_jw_bool(w, g->node->mandatory);
		big_jw_key(w, "weight");
		big_jw_number(w, g->node->weight);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_exceptions(struct big_jw *w, const big_report *r)
{
	big_jw_key(w, "exceptions");
	big_jw_begin_array(w);
	for (size_t i = 0; i < r->exception_count; i++) {
		const big_exception *x = &r->exceptions[i];
		big_jw_begin_object(w);
		big_jw_member_string(w, "id", x->node->id);
		big_jw_member_string(w, "status", big_status_name(x->status));
		big_jw_member_string(w, "explanation", x->explanation);
		big_jw_member_string(w, "owner", x->owner);
		big_jw_member_string(w, "expires", x->expires);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_attainments(struct big_jw *w, const big_report *r)
{
	big_jw_key(w, "profiles");
	big_jw_begin_array(w);
	for (size_t i = 0; i < big_report_attainment_count(r); i++) {
		const big_attainment *t = big_report_attainment(r, i);
		big_jw_begin_object(w);
		big_jw_member_string(w, "id", big_profile_id(t->profile));
		big_jw_member_string(w, "title", big_profile_title(t->profile));
		big_jw_key(w, "requirements");
		big_jw_int(w, t->requirements);
		big_jw_key(w, "complied");
		big_jw_int(w, t->complied);
		big_jw_key(w, "attained");
		big_jw_bool(w, t->attained);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_diagnostics(struct big_jw *w, const big_report *r)
{
	big_jw_key(w, "diagnostics");
	big_jw_begin_array(w);
	for (size_t i = 0; i < r->diags.count; i++) {
		const big_diagnostic *d = &r->diags.items[i];
		big_jw_begin_object(w);
		big_jw_member_string(w, "severity", big_severity_name(d->severity));
		big_jw_member_string(w, "code", d->code);
		big_jw_member_string(w, "message", d->message);
		big_jw_member_string(w, "path", d->path);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_header(struct big_jw *w, const big_report *r)
{
	big_jw_format(w, "libbig.report");
	big_jw_catalogue(w, "catalogue", r->catalogue->id, r->catalogue->version);
	big_jw_key(w, "organisation");
	big_jw_begin_object(w);
	big_jw_member_string(w, "id", r->organisation_id);
	big_jw_member_string(w, "name", r->organisation_name);
	big_jw_end_object(w);
	big_jw_member_string(w, "period", r->period);
	big_jw_member_string(w, "profile", r->profile ? big_profile_id(r->profile) : NULL);
	big_jw_key(w, "options");
	big_jw_begin_object(w);
	big_jw_member_string(w, "rollup", big_rollup_name(r->rollup));
	big_jw_key(w, "target");
	big_jw_int(w, r->target);
	big_jw_end_object(w);
}

int big_report_to_json(char **out, size_t *len, const big_report *r, unsigned int flags)
{
	struct big_jw w;
	if (!out || !r)
		return big_error_set(BIG_EINVAL, "no output pointer or no report");
	*out = NULL;
	if (big_jw_init(&w, flags))
		return BIG_ENOMEM;
	big_jw_begin_object(&w);
	write_header(&w, r);
	big_jw_key(&w, "overall");
	write_scores(&w, &r->overall);
	write_nodes(&w, r);
	write_gaps(&w, r);
	write_exceptions(&w, r);
	write_attainments(&w, r);
	write_diagnostics(&w, r);
	big_jw_end_object(&w);
	return big_jw_finish(&w, out, len);
}
