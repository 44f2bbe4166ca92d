/*
 * libbig — writing `libbig.migration` documents: the provenance report of a
 * migration (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-write.h"
#include "migrate-int.h"

static void put_count(struct big_jw *w, const char *key, size_t n)
{
	big__jw_key(w, key);
	big__jw_int(w, (long long)n);
}

static void put_summary(struct big_jw *w, const big_migration *m)
{
	size_t capped = 0;

	for (size_t i = 0; i < m->target->requirement_count; i++)
		capped += m->reqs[i].capped;
	big__jw_key(w, "summary");
	big__jw_begin_object(w);
	put_count(w, "requirements", m->target->requirement_count);
	put_count(w, "migrated", m->migrated_count);
	put_count(w, "needs_review", m->review_count);
	put_count(w, "capped", capped);
	put_count(w, "unmapped_targets", m->unmapped_target_count);
	put_count(w, "unmapped_sources", m->unmapped_source_count);
	big__jw_end_object(w);
}

static void put_sources(struct big_jw *w, const struct big_migrated *r)
{
	big__jw_key(w, "sources");
	big__jw_begin_array(w);
	for (size_t i = 0; i < r->source_count; i++) {
		const big_migration_origin *p = &r->sources[i];
		big__jw_begin_object(w);
		big__jw_member_string(w, "id", p->source);
		big__jw_member_string(w, "relationship", big_relationship_name(p->relationship));
		big__jw_member_string(w, "via", p->via);
		big__jw_key(w, "capped");
		big__jw_bool(w, p->capped);
		big__jw_key(w, "chosen");
		big__jw_bool(w, p->chosen);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void put_requirements(struct big_jw *w, const big_migration *m)
{
	big__jw_key(w, "requirements");
	big__jw_begin_array(w);
	for (size_t i = 0; i < m->target->requirement_count; i++) {
		const struct big_migrated *r = &m->reqs[i];
		if (!r->source_count)
			continue;
		big__jw_begin_object(w);
		big__jw_member_string(w, "id", m->target->requirements[i]->id);
		big__jw_member_string(w, "status",
				      r->has_result ? big_status_name(r->status) : NULL);
		big__jw_key(w, "maturity");
		if (r->maturity >= 0)
			big__jw_int(w, r->maturity);
		else
			big__jw_null(w);
		big__jw_key(w, "capped");
		big__jw_bool(w, r->capped);
		big__jw_key(w, "needs_review");
		big__jw_bool(w, r->needs_review);
		put_sources(w, r);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void put_unmapped(struct big_jw *w, const big_migration *m)
{
	big__jw_key(w, "unmapped_targets");
	big__jw_begin_array(w);
	for (size_t i = 0; i < m->unmapped_target_count; i++)
		big__jw_string(w, m->unmapped_targets[i]);
	big__jw_end_array(w);
	big__jw_key(w, "unmapped_sources");
	big__jw_begin_array(w);
	for (size_t i = 0; i < m->unmapped_source_count; i++) {
		big__jw_begin_object(w);
		big__jw_member_string(w, "id", m->unmapped_sources[i]);
		big__jw_key(w, "listed_in_mapping");
		big__jw_bool(w, m->unmapped_listed[i]);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

int big_migration_to_json(char **out, size_t *len, const big_migration *m, unsigned int flags)
{
	struct big_jw w;

	if (!out || !m)
		return big__error_set(BIG_EINVAL, "no output pointer or no migration");
	*out = NULL;
	if (big__jw_init(&w, flags))
		return BIG_ENOMEM;
	big__jw_begin_object(&w);
	big__jw_format(&w, BIG_DOCUMENT_MIGRATION);
	big__jw_member_string(&w, "mapping", m->mapping_id);
	big__jw_catalogue(&w, "source", m->source_id, m->source_version, m->source_fingerprint);
	big__jw_catalogue(&w, "target", m->target->id, m->target->version, m->target->fingerprint);
	big__jw_key(&w, "organisation");
	big__jw_begin_object(&w);
	big__jw_member_string(&w, "id", m->organisation_id);
	big__jw_member_string(&w, "name", m->organisation_name);
	big__jw_end_object(&w);
	big__jw_member_string(&w, "period", m->period);
	put_summary(&w, m);
	put_requirements(&w, m);
	put_unmapped(&w, m);
	big__jw_end_object(&w);
	return big__jw_finish(&w, out, len);
}
