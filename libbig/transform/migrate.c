/*
 * libbig — migrating an assessment along a mapping (docs/scoring.md,
 * "Migration").
 *
 * The new assessment is built through the public setters only, so that it
 * is checked exactly as one made by hand.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "mapping-int.h"
#include "migrate-int.h"

/* The highest maturity of a result whose status was capped. */
#define BIG_MIGRATE_CAPPED_MATURITY 2

/* A source of one requirement, while it is being weighed. */
struct candidate {
	const big_mapping_entry *entry;
	const big_result *result; /* NULL: not assessed */
	big_status status;        /* after capping */
	int maturity;             /* after capping; -1 when none */
	bool capped;
};

/* The maturity used for scoring: derived from criteria when recorded. */
static int effective_maturity(const big_assessment *a, const char *id, const big_result *r)
{
	if (!r)
		return -1;
	int derived = big_assessment_derived_maturity(a, id);
	return derived >= 0 ? derived : big_result_maturity(r);
}

static bool caps(const big_mapping_entry *e, const big_node *req)
{
	return e->relationship == BIG_RELATIONSHIP_SUBSET ||
	       e->relationship == BIG_RELATIONSHIP_INTERSECT || strcmp(e->target, req->id) != 0;
}

static void weigh(struct candidate *c, const big_assessment *source, const big_node *req,
		  const big_catalogue *target, unsigned int flags)
{
	c->result = big_assessment_result(source, c->entry->source);
	c->status = c->result ? big_result_status(c->result) : BIG_STATUS_NOT_ASSESSED;
	c->maturity = effective_maturity(source, c->entry->source, c->result);
	c->capped = false;
	if (caps(c->entry, req) && c->status == BIG_STATUS_IMPLEMENTED) {
		c->status = BIG_STATUS_PARTIALLY_IMPLEMENTED;
		c->capped = true;
		if (!(flags & BIG_MIGRATE_KEEP_MATURITY) &&
		    c->maturity > BIG_MIGRATE_CAPPED_MATURITY)
			c->maturity = BIG_MIGRATE_CAPPED_MATURITY;
	}
	if (c->maturity > target->max_level)
		c->maturity = target->max_level;
}

/* Whether @a is more restrictive than @b (ties: the earlier one stays). */
static bool more_restrictive(const big_catalogue *target, const struct candidate *a,
			     const struct candidate *b)
{
	double sa = target->status_values[a->status], sb = target->status_values[b->status];
	if (sa != sb)
		return sa < sb;
	return a->maturity < b->maturity;
}

/* Entries that apply to @req (its own, and those of every non-assessable
 * node above it), not_related ones left out, in mapping order. */
static size_t collect(const big_mapping *map, const big_node *req, struct candidate *out,
		      size_t cap)
{
	size_t n = 0;

	for (const big_node *x = req; x; x = x->parent) {
		if (x != req && x->assessable)
			continue;
		size_t count = big_mapping_target_entry_count(map, x->id);
		for (size_t i = 0; i < count; i++) {
			const big_mapping_entry *e = big_mapping_target_entry(map, x->id, i);
			if (e->relationship == BIG_RELATIONSHIP_NOT_RELATED)
				continue;
			if (out && n < cap)
				out[n].entry = e;
			n++;
		}
	}
	if (out) /* insertion sort into document order: few entries per requirement */
		for (size_t i = 1; i < n; i++)
			for (size_t j = i; j > 0 && out[j].entry < out[j - 1].entry; j--) {
				struct candidate t = out[j];
				out[j] = out[j - 1];
				out[j - 1] = t;
			}
	return n;
}

/* What @r records of opzet, bestaan and werking, carried to requirement @id. */
static int copy_demonstration(big_assessment *a, const char *id, const big_result *r)
{
	int rc = 0;
	for (int k = 0; !rc && k < BIG_DIMENSION_COUNT; k++) {
		const big_demonstration *d = big_result_demonstration(r, (big_dimension)k);
		if (!d)
			continue;
		rc = big_assessment_set_demonstrated(a, id, (big_dimension)k,
						     big_demonstration_demonstrated(d));
		for (size_t i = 0; !rc && i < big_demonstration_evidence_count(d); i++) {
			const big_evidence_ref *e = big_demonstration_evidence(d, i);
			rc = big_assessment_add_demonstration_evidence(
			    a, id, (big_dimension)k, e->kind, e->what, e->where, e->date);
		}
	}
	return rc;
}

/* The improvement actions of @r, carried to requirement @id as its
 * explanation and owner are. */
static int copy_actions(big_assessment *a, const char *id, const big_result *r)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < big_result_action_count(r); i++) {
		const big_action *x = big_result_action(r, i);
		rc =
		    big_assessment_add_action(a, id, big_action_description(x), big_action_owner(x),
					      big_action_due(x), big_action_get_status(x));
	}
	return rc;
}

/* Whether the result of @id in @a already has an action described @what. */
static bool has_action(const big_assessment *a, const char *id, const char *what)
{
	const big_result *r = big_assessment_result(a, id);
	for (size_t i = 0; r && i < big_result_action_count(r); i++)
		if (strcmp(big_action_description(big_result_action(r, i)), what) == 0)
			return true;
	return false;
}

/* The open actions of the sources not chosen (docs/scoring.md, Migration:
 * a plan made against any of them is not lost), after the chosen one's,
 * in mapping order, each description once. */
static int copy_other_actions(big_assessment *a, const char *id, const struct candidate *cs,
			      size_t n, size_t best)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < n; i++) {
		const big_result *r = cs[i].result;
		for (size_t k = 0; !rc && i != best && r && k < big_result_action_count(r); k++) {
			const big_action *x = big_result_action(r, k);
			if (big_action_get_status(x) == BIG_ACTION_DONE ||
			    has_action(a, id, big_action_description(x)))
				continue;
			rc = big_assessment_add_action(a, id, big_action_description(x),
						       big_action_owner(x), big_action_due(x),
						       big_action_get_status(x));
		}
	}
	return rc;
}

static int copy_result(big_assessment *a, const big_assessment *source, const big_node *req,
		       const struct candidate *c)
{
	const big_result *r = c->result;
	const char *id = req->id;
	const big_catalogue *scat = big_assessment_catalogue(source);
	char note[512];
	int rc;

	if ((rc = big_assessment_set_status(a, id, c->status)) ||
	    (c->maturity >= 0 && (rc = big_assessment_set_maturity(a, id, c->maturity))))
		return rc;
	if ((*big_result_explanation(r) &&
	     (rc = big_assessment_set_explanation(a, id, big_result_explanation(r)))) ||
	    (*big_result_owner(r) && (rc = big_assessment_set_owner(a, id, big_result_owner(r)))) ||
	    (*big_result_expires(r) &&
	     (rc = big_assessment_set_expires(a, id, big_result_expires(r)))))
		return rc;
	for (size_t i = 0; i < big_result_evidence_count(r); i++)
		if ((rc = big_assessment_add_evidence(a, id, big_result_evidence(r, i))))
			return rc;
	if ((rc = copy_demonstration(a, id, r)) || (rc = copy_actions(a, id, r)))
		return rc;
	if (strcmp(c->entry->target, id) == 0)
		snprintf(note, sizeof(note), "migrated from %s %s %s (%s)", scat->id, scat->version,
			 c->entry->source, big_relationship_name(c->entry->relationship));
	else
		snprintf(note, sizeof(note), "migrated from %s %s %s (%s, via %s)", scat->id,
			 scat->version, c->entry->source,
			 big_relationship_name(c->entry->relationship), c->entry->target);
	return big_assessment_add_evidence(a, id, note);
}

/* Works out and records what becomes of one requirement of the target. */
static int migrate_one(big_migration *m, const big_assessment *source, const big_mapping *map,
		       const big_node *req, unsigned int flags)
{
	struct big_migrated *out = &m->reqs[req->requirement];
	size_t n = collect(map, req, NULL, 0);

	if (n == 0)
		return 0;
	struct candidate *cs = big__calloc(n, sizeof(*cs));
	big_migration_origin *prov = big__arena_alloc(&m->arena, n * sizeof(*prov));
	if (!cs || !prov) {
		big_free(cs);
		return big__error_nomem();
	}
	collect(map, req, cs, n);
	size_t best = 0;
	for (size_t i = 0; i < n; i++) {
		weigh(&cs[i], source, req, m->target, flags);
		if (i > 0 && more_restrictive(m->target, &cs[i], &cs[best]))
			best = i;
	}
	for (size_t i = 0; i < n; i++) {
		/* Copies: the migration may outlive the mapping. */
		prov[i].source = big__arena_strdup(&m->arena, cs[i].entry->source);
		prov[i].via = big__arena_strdup(&m->arena, cs[i].entry->target);
		prov[i].relationship = cs[i].entry->relationship;
		if (!prov[i].source || !prov[i].via) {
			big_free(cs);
			return big__error_nomem();
		}
		prov[i].capped = cs[i].capped;
		prov[i].chosen = i == best;
	}
	out->sources = prov;
	out->source_count = n;
	out->needs_review = n > 1 || cs[0].entry->relationship != BIG_RELATIONSHIP_EQUAL ||
			    strcmp(cs[0].entry->target, req->id) != 0;
	out->capped = cs[best].capped;
	out->has_result = cs[best].result != NULL;
	out->status = cs[best].status;
	out->maturity = cs[best].result ? cs[best].maturity : -1;
	m->migrated_count++;
	m->review_count += out->needs_review;
	int rc = cs[best].result ? copy_result(m->assessment, source, req, &cs[best]) : 0;
	if (!rc && cs[best].result)
		rc = copy_other_actions(m->assessment, req->id, cs, n, best);
	big_free(cs);
	return rc;
}

/* The organisation, period, date and target maturity of @source. */
static int copy_header(big_assessment *a, const big_assessment *source, const big_catalogue *target)
{
	int rc;
	const char *s;

	if (*(s = big_assessment_organisation_name(source)) &&
	    (rc = big_assessment_set_organisation_name(a, s)))
		return rc;
	if (*(s = big_assessment_organisation_kind(source)) &&
	    (rc = big_assessment_set_organisation_kind(a, s)))
		return rc;
	for (size_t i = 0; i < big_assessment_attribute_count(source); i++) {
		double v = 0;
		const char *name = big_assessment_attribute_name(source, i);
		big_assessment_attribute(&v, source, name);
		if ((rc = big_assessment_set_attribute(a, name, v)))
			return rc;
	}
	if (*(s = big_assessment_assessed_on(source)) &&
	    (rc = big_assessment_set_assessed_on(a, s)))
		return rc;
	int t = big_assessment_target(source);
	if (t > target->max_level)
		t = target->max_level;
	return big_assessment_set_target(a, t);
}

static int list_unmapped(big_migration *m, const big_catalogue *scat, const big_mapping *map)
{
	size_t nt = 0, ns = 0;

	for (size_t i = 0; i < m->target->requirement_count; i++)
		nt += m->reqs[i].source_count == 0;
	for (size_t i = 0; i < scat->requirement_count; i++) {
		const char *id = scat->requirements[i]->id;
		size_t count = big_mapping_source_entry_count(map, id), used = 0;
		for (size_t j = 0; j < count; j++)
			used += big_mapping_source_entry(map, id, j)->relationship !=
				BIG_RELATIONSHIP_NOT_RELATED;
		ns += used == 0;
	}
	m->unmapped_targets = big__arena_alloc(&m->arena, (nt ? nt : 1) * sizeof(char *));
	m->unmapped_sources = big__arena_alloc(&m->arena, (ns ? ns : 1) * sizeof(char *));
	m->unmapped_listed = big__arena_alloc(&m->arena, (ns ? ns : 1) * sizeof(bool));
	if (!m->unmapped_targets || !m->unmapped_sources || !m->unmapped_listed)
		return big__error_nomem();
	for (size_t i = 0; i < m->target->requirement_count; i++)
		if (m->reqs[i].source_count == 0)
			m->unmapped_targets[m->unmapped_target_count++] =
			    m->target->requirements[i]->id;
	for (size_t i = 0; i < scat->requirement_count; i++) {
		const char *id = scat->requirements[i]->id;
		size_t count = big_mapping_source_entry_count(map, id), used = 0;
		for (size_t j = 0; j < count; j++)
			used += big_mapping_source_entry(map, id, j)->relationship !=
				BIG_RELATIONSHIP_NOT_RELATED;
		if (used)
			continue;
		bool listed = false;
		for (size_t j = 0; !listed && j < map->unmapped_count; j++)
			listed = strcmp(map->unmapped[j], id) == 0;
		const char *copy = big__arena_strdup(&m->arena, id);
		if (!copy)
			return big__error_nomem();
		m->unmapped_listed[m->unmapped_source_count] = listed;
		m->unmapped_sources[m->unmapped_source_count++] = copy;
	}
	return 0;
}

/* Every entry's source must be a requirement: only requirements have results. */
static int check_sources(const big_mapping *map, const big_catalogue *scat)
{
	for (size_t i = 0; i < map->entry_count; i++) {
		const big_node *n = big_catalogue_find(scat, map->entries[i].source);
		if (!n || !n->assessable)
			return big__error_set(BIG_EINVAL,
					      "mapping %s: entries[%zu].source \"%s\" is not a "
					      "requirement of %s %s",
					      map->id, i, map->entries[i].source, scat->id,
					      scat->version);
	}
	return 0;
}

static const char *keep(big_migration *m, const char *s, int *rc)
{
	const char *copy = big__arena_strdup(&m->arena, s ? s : "");
	if (!copy)
		*rc = big__error_nomem();
	return copy;
}

int big_migrate(big_migration **out, const big_assessment *source, const big_mapping *mapping,
		const big_catalogue *target, const big_migrate_options *opts)
{
	big_migrate_options defaults = BIG_MIGRATE_OPTIONS_INIT;
	big_migration *m;
	int rc;

	if (out)
		*out = NULL;
	if (!out || !source || !mapping || !target)
		return big__error_set(BIG_EINVAL,
				      "no output pointer, assessment, mapping or target");
	if (!opts)
		opts = &defaults;
	if (opts->version < 1 || opts->version > BIG_MIGRATE_OPTIONS_VERSION)
		return big__error_set(BIG_EINVAL,
				      "big_migrate_options version %u, expected 1 to %d",
				      opts->version, BIG_MIGRATE_OPTIONS_VERSION);
	char lang[BIG_LANG_SIZE];
	if (big__lang_option(lang, opts->version >= 2 ? opts->lang : NULL))
		return BIG_EINVAL;
	if (opts->flags & ~(unsigned int)BIG_MIGRATE_KEEP_MATURITY)
		return big__error_set(BIG_EINVAL, "unknown big_migrate_options flags 0x%x",
				      opts->flags);
	const big_catalogue *scat = big_assessment_catalogue(source);
	if ((rc = big_mapping_check(mapping, scat, target)) ||
	    (rc = check_sources(mapping, scat)) ||
	    (rc = big__catalogue_fingerprint_ensure(scat)) || /* the migration names both */
	    (rc = big__catalogue_fingerprint_ensure(target)))
		return rc;

	m = big__calloc(1, sizeof(*m));
	if (!m)
		return big__error_nomem();
	m->target = big_catalogue_ref((big_catalogue *)target);
	memcpy(m->lang, lang, sizeof(m->lang));
	rc = 0;
	m->mapping_id = keep(m, mapping->id, &rc);
	m->source_id = keep(m, scat->id, &rc);
	m->source_version = keep(m, scat->version, &rc);
	memcpy(m->source_fingerprint, scat->fingerprint, sizeof(m->source_fingerprint));
	m->organisation_id = keep(m, big_assessment_organisation_id(source), &rc);
	m->organisation_name = keep(m, big_assessment_organisation_name(source), &rc);
	m->period = keep(m, big_assessment_period(source), &rc);
	if (!rc) {
		m->reqs =
		    big__arena_alloc(&m->arena, (target->requirement_count + 1) * sizeof(*m->reqs));
		if (!m->reqs)
			rc = big__error_nomem();
	}
	if (!rc)
		rc = big_assessment_new(&m->assessment, target, m->organisation_id, m->period);
	if (!rc)
		rc = copy_header(m->assessment, source, target);
	for (size_t i = 0; !rc && i < target->requirement_count; i++)
		rc = migrate_one(m, source, mapping, target->requirements[i], opts->flags);
	if (!rc)
		rc = list_unmapped(m, scat, mapping);
	if (rc) {
		big_migration_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

void big_migration_free(big_migration *m)
{
	if (!m)
		return;
	big_assessment_free(m->assessment);
	big_catalogue_free(m->target);
	big__arena_free(&m->arena);
	big_free(m);
}

const big_assessment *big_migration_assessment(const big_migration *m)
{
	return m ? m->assessment : NULL;
}

int big_migration_take_assessment(big_assessment **out, big_migration *m)
{
	if (!out || !m)
		return big__error_set(BIG_EINVAL, "no output pointer or no migration");
	*out = NULL;
	if (!m->assessment)
		return big__error_set(BIG_ENOTFOUND, "the migrated assessment was already taken");
	*out = m->assessment;
	m->assessment = NULL;
	return 0;
}

size_t big_migration_migrated_count(const big_migration *m)
{
	return m ? m->migrated_count : 0;
}

size_t big_migration_review_count(const big_migration *m)
{
	return m ? m->review_count : 0;
}

static const struct big_migrated *find(const big_migration *m, const char *target_id)
{
	if (!m || !target_id)
		return NULL;
	const big_node *n = big_catalogue_find(m->target, target_id);
	return n && n->assessable ? &m->reqs[n->requirement] : NULL;
}

size_t big_migration_provenance_count(const big_migration *m, const char *target_id)
{
	const struct big_migrated *r = find(m, target_id);
	return r ? r->source_count : 0;
}

const big_migration_origin *big_migration_provenance(const big_migration *m, const char *target_id,
						     size_t i)
{
	const struct big_migrated *r = find(m, target_id);
	return r && i < r->source_count ? &r->sources[i] : NULL;
}

bool big_migration_needs_review(const big_migration *m, const char *target_id)
{
	const struct big_migrated *r = find(m, target_id);
	return r && r->needs_review;
}

bool big_migration_capped(const big_migration *m, const char *target_id)
{
	const struct big_migrated *r = find(m, target_id);
	return r && r->capped;
}

size_t big_migration_unmapped_target_count(const big_migration *m)
{
	return m ? m->unmapped_target_count : 0;
}

const char *big_migration_unmapped_target(const big_migration *m, size_t i)
{
	return m && i < m->unmapped_target_count ? m->unmapped_targets[i] : NULL;
}

size_t big_migration_unmapped_source_count(const big_migration *m)
{
	return m ? m->unmapped_source_count : 0;
}

const char *big_migration_unmapped_source(const big_migration *m, size_t i)
{
	return m && i < m->unmapped_source_count ? m->unmapped_sources[i] : NULL;
}
