/*
 * libbig — writing `libbig.report` documents (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "catalogue-int.h"
#include "errors-int.h"
#include "json-write.h"
#include "report-int.h"
#include "report-names.h"

/* "key": value, or null when there is no value; @key a literal. */
#define OPTIONAL_NUMBER(w, key, has, value) \
	optional_number((w), "" key, sizeof(key) - 1, (has), (value))

static void optional_number(struct big_jw *w, const char *key, size_t len, bool has, double value)
{
	big_jw_key_plain(w, key, len);
	if (has)
		big_jw_number(w, value);
	else
		big_jw_null(w);
}

static void write_scores(struct big_jw *w, const big_scores *s)
{
	big_jw_begin_object(w);
	OPTIONAL_NUMBER(w, "implementation", s->has_implementation, s->implementation);
	OPTIONAL_NUMBER(w, "maturity_mean", s->has_maturity, s->maturity_mean);
	OPTIONAL_NUMBER(w, "attained_level", s->has_maturity, s->attained_level);
	OPTIONAL_NUMBER(w, "coverage", s->has_coverage, s->coverage);
	OPTIONAL_NUMBER(w, "comply_or_explain", s->has_coverage, s->comply_or_explain);
	BIG_JW_KEY(w, "applicable");
	big_jw_int(w, s->applicable);
	BIG_JW_KEY(w, "counts");
	big_jw_begin_object(w);
	for (int i = 0; i < BIG_STATUS_COUNT; i++) {
		const char *name = big_status_name((big_status)i);
		big_jw_key_plain(w, name, strlen(name));
		big_jw_int(w, s->counts[i]);
	}
	big_jw_end_object(w);
	big_jw_end_object(w);
}

static void write_nodes(struct big_jw *w, const big_report *r)
{
	const big_catalogue *cat = r->catalogue;
	BIG_JW_KEY(w, "nodes");
	big_jw_begin_array(w);
	for (size_t i = 0; i < cat->node_count; i++) {
		if (r->scores[i].applicable == 0)
			continue;
		big_jw_begin_object(w);
		BIG_JW_MEMBER(w, "id", cat->nodes[i].id);
		BIG_JW_MEMBER(w, "kind", cat->nodes[i].kind);
		BIG_JW_MEMBER(w, "title", cat->nodes[i].title);
		BIG_JW_KEY(w, "scores");
		write_scores(w, &r->scores[i]);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_gaps(struct big_jw *w, const big_report *r)
{
	BIG_JW_KEY(w, "gaps");
	big_jw_begin_array(w);
	for (size_t i = 0; i < r->gap_count; i++) {
		const big_gap *g = &r->gaps[i];
		big_jw_begin_object(w);
		BIG_JW_MEMBER(w, "id", g->node->id);
		BIG_JW_KEY(w, "kinds");
		big_jw_begin_array(w);
		for (size_t k = 0; k < BIG_GAP_KIND_COUNT; k++)
			if (g->kinds & (1u << k))
				big_jw_string(w, big_gap_kind_name(k));
		big_jw_end_array(w);
		BIG_JW_KEY(w, "size");
		big_jw_number(w, g->size);
		BIG_JW_MEMBER(w, "status", big_status_name(g->status));
		OPTIONAL_NUMBER(w, "maturity", g->maturity >= 0, g->maturity);
		BIG_JW_MEMBER(w, "tag", g->tag);
		BIG_JW_KEY(w, "mandatory");
		big_jw_bool(w, g->node->mandatory);
		BIG_JW_KEY(w, "weight");
		big_jw_number(w, g->node->weight);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_exceptions(struct big_jw *w, const big_report *r)
{
	BIG_JW_KEY(w, "exceptions");
	big_jw_begin_array(w);
	for (size_t i = 0; i < r->exception_count; i++) {
		const big_exception *x = &r->exceptions[i];
		big_jw_begin_object(w);
		BIG_JW_MEMBER(w, "id", x->node->id);
		BIG_JW_MEMBER(w, "status", big_status_name(x->status));
		BIG_JW_MEMBER(w, "explanation", x->explanation);
		BIG_JW_MEMBER(w, "owner", x->owner);
		BIG_JW_MEMBER(w, "expires", x->expires);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_attainments(struct big_jw *w, const big_report *r)
{
	BIG_JW_KEY(w, "profiles");
	big_jw_begin_array(w);
	for (size_t i = 0; i < big_report_attainment_count(r); i++) {
		const big_attainment *t = big_report_attainment(r, i);
		big_jw_begin_object(w);
		BIG_JW_MEMBER(w, "id", big_profile_id(t->profile));
		BIG_JW_MEMBER(w, "title", big_profile_title(t->profile));
		BIG_JW_KEY(w, "requirements");
		big_jw_int(w, t->requirements);
		BIG_JW_KEY(w, "complied");
		big_jw_int(w, t->complied);
		BIG_JW_KEY(w, "attained");
		big_jw_bool(w, t->attained);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_diagnostics(struct big_jw *w, const big_report *r)
{
	BIG_JW_KEY(w, "diagnostics");
	big_jw_begin_array(w);
	for (size_t i = 0; i < r->diags.count; i++) {
		const big_diagnostic *d = &r->diags.items[i];
		big_jw_begin_object(w);
		BIG_JW_MEMBER(w, "severity", big_severity_name(d->severity));
		BIG_JW_MEMBER(w, "code", d->code);
		BIG_JW_MEMBER(w, "message", d->message);
		BIG_JW_MEMBER(w, "path", d->path);
		big_jw_end_object(w);
	}
	big_jw_end_array(w);
}

static void write_header(struct big_jw *w, const big_report *r)
{
	big_jw_format(w, "libbig.report");
	big_jw_catalogue(w, "catalogue", r->catalogue->id, r->catalogue->version);
	BIG_JW_KEY(w, "organisation");
	big_jw_begin_object(w);
	BIG_JW_MEMBER(w, "id", r->organisation_id);
	BIG_JW_MEMBER(w, "name", r->organisation_name);
	big_jw_end_object(w);
	BIG_JW_MEMBER(w, "period", r->period);
	BIG_JW_MEMBER(w, "profile", r->profile ? big_profile_id(r->profile) : NULL);
	BIG_JW_KEY(w, "options");
	big_jw_begin_object(w);
	BIG_JW_MEMBER(w, "rollup", big_rollup_name(r->rollup));
	BIG_JW_KEY(w, "target");
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
	/* About what a node and a gap take. */
	size_t node = flags & BIG_JSON_COMPACT ? 320 : 520,
	       gap = flags & BIG_JSON_COMPACT ? 150 : 250;
	big_jw_reserve(&w, node * r->catalogue->node_count + gap * r->gap_count);
	big_jw_begin_object(&w);
	write_header(&w, r);
	BIG_JW_KEY(&w, "overall");
	write_scores(&w, &r->overall);
	write_nodes(&w, r);
	write_gaps(&w, r);
	write_exceptions(&w, r);
	write_attainments(&w, r);
	write_diagnostics(&w, r);
	big_jw_end_object(&w);
	return big_jw_finish(&w, out, len);
}
