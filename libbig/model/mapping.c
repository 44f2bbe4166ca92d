/*
 * libbig — mapping accessors, lookups, lifetime and the check against the
 * catalogues a mapping maps between.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "errors-int.h"
#include "mapping-int.h"

big_mapping *big__mapping_alloc(void)
{
	big_mapping *m = big__calloc(1, sizeof(*m));
	if (!m)
		return NULL;
	m->id = m->title = m->note = "";
	m->source_id = m->source_version = m->target_id = m->target_version = "";
	return m;
}

void big_mapping_free(big_mapping *m)
{
	if (!m)
		return;
	big__idmap_free(&m->by_source.ids);
	big__idmap_free(&m->by_target.ids);
	big__diag_clear(&m->diags);
	big__arena_free(&m->arena);
	big_free(m);
}

static const char *side(const big_mapping_entry *e, bool target)
{
	return target ? e->target : e->source;
}

/* Groups the entries by their source (or target) id: a counting sort that
 * keeps document order within a group. */
static int build_index(big_mapping *m, struct big_mapping_index *ix, bool target)
{
	size_t n = m->entry_count, groups = 0, g;
	if (big__idmap_init(&ix->ids, n))
		return BIG_ENOMEM;
	ix->groups = big__arena_alloc(&m->arena, n * sizeof(*ix->groups));
	ix->entries = big__arena_alloc(&m->arena, n * sizeof(*ix->entries));
	if (!ix->groups || !ix->entries)
		return BIG_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		if (!big__idmap_insert(&ix->ids, side(&m->entries[i], target), groups, &g))
			g = groups++;
		ix->groups[g].count++;
	}
	for (size_t first = 0, k = 0; k < groups; k++) {
		ix->groups[k].first = first;
		first += ix->groups[k].count;
		ix->groups[k].count = 0; /* counts again while filling */
	}
	for (size_t i = 0; i < n; i++) {
		big__idmap_find(&ix->ids, side(&m->entries[i], target), &g);
		struct big_mapping_group *grp = &ix->groups[g];
		ix->entries[grp->first + grp->count++] = &m->entries[i];
	}
	return 0;
}

int big__mapping_index_entries(big_mapping *m)
{
	int rc = build_index(m, &m->by_source, false);
	return rc ? rc : build_index(m, &m->by_target, true);
}

static const struct big_mapping_group *group(const struct big_mapping_index *ix, const char *id)
{
	size_t g;
	return id && big__idmap_find(&ix->ids, id, &g) ? &ix->groups[g] : NULL;
}

static const big_mapping_entry *group_entry(const struct big_mapping_index *ix, const char *id,
					    size_t i)
{
	const struct big_mapping_group *g = group(ix, id);
	return g && i < g->count ? ix->entries[g->first + i] : NULL;
}

const char *big_mapping_id(const big_mapping *m)
{
	return m->id;
}

const char *big_mapping_title(const big_mapping *m)
{
	return m->title;
}

const char *big_mapping_note(const big_mapping *m)
{
	return m->note;
}

const char *big_mapping_source_id(const big_mapping *m)
{
	return m->source_id;
}

const char *big_mapping_source_version(const big_mapping *m)
{
	return m->source_version;
}

const char *big_mapping_target_id(const big_mapping *m)
{
	return m->target_id;
}

const char *big_mapping_target_version(const big_mapping *m)
{
	return m->target_version;
}

size_t big_mapping_entry_count(const big_mapping *m)
{
	return m->entry_count;
}

const big_mapping_entry *big_mapping_entry_at(const big_mapping *m, size_t i)
{
	return i < m->entry_count ? &m->entries[i] : NULL;
}

size_t big_mapping_source_entry_count(const big_mapping *m, const char *source_id)
{
	const struct big_mapping_group *g = group(&m->by_source, source_id);
	return g ? g->count : 0;
}

const big_mapping_entry *big_mapping_source_entry(const big_mapping *m, const char *source_id,
						  size_t i)
{
	return group_entry(&m->by_source, source_id, i);
}

size_t big_mapping_target_entry_count(const big_mapping *m, const char *target_id)
{
	const struct big_mapping_group *g = group(&m->by_target, target_id);
	return g ? g->count : 0;
}

const big_mapping_entry *big_mapping_target_entry(const big_mapping *m, const char *target_id,
						  size_t i)
{
	return group_entry(&m->by_target, target_id, i);
}

size_t big_mapping_unmapped_count(const big_mapping *m)
{
	return m->unmapped_count;
}

const char *big_mapping_unmapped(const big_mapping *m, size_t i)
{
	return i < m->unmapped_count ? m->unmapped[i] : NULL;
}

size_t big_mapping_diagnostic_count(const big_mapping *m)
{
	return m->diags.count;
}

const big_diagnostic *big_mapping_diagnostic(const big_mapping *m, size_t i)
{
	return big__diag_get(&m->diags, i);
}

/* The catalogue given for one side must be the one the mapping names: its
 * id and version, and its content when the mapping names a fingerprint. */
static int check_catalogue(const big_mapping *m, bool is_target, const char *id,
			   const char *version, const char *fingerprint, const big_catalogue *cat)
{
	const char *which = is_target ? "target" : "source";
	if (strcmp(id, big_catalogue_id(cat)) == 0 &&
	    strcmp(version, big_catalogue_version(cat)) == 0) {
		const char *theirs;
		if (!fingerprint)
			return 0;
		int rc = big_catalogue_fingerprint(&theirs, cat);
		if (rc)
			return rc;
		if (strcmp(fingerprint, theirs) == 0)
			return 0;
		return big__error_set_path(
		    BIG_EMISMATCH, NULL,
		    is_target ? "$.target.fingerprint" : "$.source.fingerprint",
		    "%s.fingerprint: mapping %s maps %s catalogue %s %s with fingerprint %s, but "
		    "the catalogue given as its %s has fingerprint %s",
		    which, m->id, is_target ? "to" : "from", id, version, fingerprint, which,
		    theirs);
	}
	return big__error_set_path(
	    BIG_EMISMATCH, NULL, is_target ? "$.target" : "$.source",
	    "%s: mapping %s maps %s catalogue %s %s, but catalogue %s %s was "
	    "given as its %s",
	    which, m->id, is_target ? "to" : "from", id, version, big_catalogue_id(cat),
	    big_catalogue_version(cat), which);
}

/* @id, found at list[i]member of the document, must be a node of @cat. */
static int check_node(const big_catalogue *cat, const char *id, const char *list, size_t i,
		      const char *member)
{
	char where[64], path[72];
	if (big_catalogue_find(cat, id))
		return 0;
	snprintf(where, sizeof(where), "%s[%zu]%s", list, i, member);
	snprintf(path, sizeof(path), "$.%s", where);
	return big__error_set_path(BIG_ENOTFOUND, NULL, path,
				   "%s: catalogue %s %s has no node \"%s\"", where,
				   big_catalogue_id(cat), big_catalogue_version(cat), id);
}

int big_mapping_check(const big_mapping *m, const big_catalogue *source,
		      const big_catalogue *target)
{
	int rc;
	if (!m || !source || !target)
		return big__error_set(BIG_EINVAL, "no mapping or no catalogue");
	if ((rc = check_catalogue(m, false, m->source_id, m->source_version, m->source_fingerprint,
				  source)) ||
	    (rc = check_catalogue(m, true, m->target_id, m->target_version, m->target_fingerprint,
				  target)))
		return rc;
	for (size_t i = 0; i < m->entry_count; i++)
		if ((rc = check_node(source, m->entries[i].source, "entries", i, ".source")) ||
		    (rc = check_node(target, m->entries[i].target, "entries", i, ".target")))
			return rc;
	for (size_t i = 0; i < m->unmapped_count; i++)
		if ((rc = check_node(source, m->unmapped[i], "unmapped", i, "")))
			return rc;
	return 0;
}
