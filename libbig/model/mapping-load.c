/*
 * libbig — loading `libbig.mapping` documents (docs/formats.md) and the
 * built-in mappings.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "builtin.h"
#include "errors-int.h"
#include "json-read.h"
#include "mapping-int.h"

struct loader {
	struct big_json_doc doc;
	big_mapping *m;
	struct big_arena scratch; /* pair keys; freed when the load ends */
	struct big_idmap pairs;   /* "(source, target)" -> entry index */
};

static int copy_string(struct loader *l, const cJSON *item, const struct big_jpath *path,
		       enum big_text_kind kind, const char **out)
{
	return big__json_copy_string(&l->doc, &l->m->arena, item, path, kind, out);
}

/* `source` or `target`: {"id": …, "version": …}, and the catalogue's
 * "fingerprint" when the mapping names one (checked by big_mapping_check()). */
static int load_catalogue_ref(struct loader *l, const cJSON *obj, const struct big_jpath *path,
			      const char **id, const char **version, const char **fingerprint)
{
	struct big_json_field f[] = {{"id", NULL}, {"version", NULL}, {"fingerprint", NULL}};
	const char **out[] = {id, version, fingerprint};
	int rc = big__json_collect(&l->doc, obj, path, f, 3);
	for (size_t i = 0; !rc && i < 3; i++) {
		struct big_jpath p = {path, f[i].name, 0};
		if (f[i].item)
			rc = copy_string(l, f[i].item, &p, BIG_TEXT_ID, out[i]);
		else if (i < 2)
			rc = big__json_missing(&l->doc, path, f[i].name);
	}
	return rc;
}

/* The same (source, target) pair twice is an error. The key is the source's
 * length, then both ids, so that no two pairs share a key. */
static int check_pair(struct loader *l, size_t i, const struct big_jpath *path)
{
	const big_mapping_entry *e = &l->m->entries[i];
	size_t n = strlen(e->source), size = n + strlen(e->target) + 24, first;
	char *key = big__arena_alloc(&l->scratch, size);
	if (!key)
		return BIG_ENOMEM;
	snprintf(key, size, "%zu:%s%s", n, e->source, e->target);
	if (big__idmap_insert(&l->pairs, key, i, &first))
		return big__json_fail(&l->doc, BIG_EDUPLICATE, path,
				      "source \"%s\" and target \"%s\" are already mapped by "
				      "entries[%zu]",
				      e->source, e->target, first);
	return 0;
}

enum { E_SOURCE, E_TARGET, E_RELATIONSHIP, E_FIELDS };

static int load_entry(struct loader *l, big_mapping_entry *e, const cJSON *obj,
		      const struct big_jpath *path)
{
	struct big_json_field f[E_FIELDS] = {
	    {"source", NULL}, {"target", NULL}, {"relationship", NULL}};
	struct big_jpath p[E_FIELDS];
	const char *name;
	int rc = big__json_collect(&l->doc, obj, path, f, E_FIELDS);
	if (rc)
		return rc;
	for (size_t i = 0; i < E_FIELDS; i++) {
		if (!f[i].item)
			return big__json_missing(&l->doc, path, f[i].name);
		p[i] = (struct big_jpath){path, f[i].name, 0};
	}
	if ((rc = copy_string(l, f[E_SOURCE].item, &p[E_SOURCE], BIG_TEXT_ID, &e->source)) ||
	    (rc = copy_string(l, f[E_TARGET].item, &p[E_TARGET], BIG_TEXT_ID, &e->target)) ||
	    (rc = big__json_string(&l->doc, f[E_RELATIONSHIP].item, &p[E_RELATIONSHIP], &name)))
		return rc;
	if (big_relationship_from_name(&e->relationship, name))
		return big__json_fail(
		    &l->doc, BIG_ESCHEMA, &p[E_RELATIONSHIP],
		    "unknown relationship \"%s\" (expected equal, subset, superset, "
		    "intersect or not_related)",
		    name);
	return 0;
}

static int load_entries(struct loader *l, const cJSON *array, const struct big_jpath *path)
{
	big_mapping *m = l->m;
	int rc = big__json_array(&l->doc, array, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(array), i = 0;
	if (!(m->entries = big__arena_alloc(&m->arena, n * sizeof(*m->entries))) ||
	    big__idmap_init(&l->pairs, n))
		return BIG_ENOMEM;
	for (const cJSON *it = array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		if ((rc = load_entry(l, &m->entries[i], it, &ip)) || (rc = check_pair(l, i, &ip)))
			return rc;
	}
	m->entry_count = n;
	return big__mapping_index_entries(m);
}

/* Source ids known to have no counterpart: each once, and none that an entry
 * maps. Needs the entries' index. */
static int load_unmapped(struct loader *l, const cJSON *array, const struct big_jpath *path)
{
	big_mapping *m = l->m;
	struct big_idmap seen = {0};
	int rc = big__json_string_list(&l->doc, &m->arena, array, path, &m->unmapped,
				       &m->unmapped_count);
	if (rc || (rc = big__idmap_init(&seen, m->unmapped_count)))
		return rc;
	for (size_t i = 0, first; !rc && i < m->unmapped_count; i++) {
		struct big_jpath ip = {path, NULL, i};
		const char *id = m->unmapped[i];
		const big_mapping_entry *e = big_mapping_source_entry(m, id, 0);
		if (big__idmap_insert(&seen, id, i, &first))
			rc = big__json_fail(&l->doc, BIG_EDUPLICATE, &ip,
					    "\"%s\" is already listed as unmapped at unmapped[%zu]",
					    id, first);
		else if (e)
			rc =
			    big__json_fail(&l->doc, BIG_ESCHEMA, &ip,
					   "\"%s\" is listed as unmapped, but entries[%zu] maps it",
					   id, (size_t)(e - m->entries));
	}
	big__idmap_free(&seen);
	return rc;
}

enum {
	T_FORMAT,
	T_FORMAT_VERSION,
	T_ID,
	T_TITLE,
	T_NOTE,
	T_SOURCE,
	T_TARGET,
	T_ENTRIES,
	T_UNMAPPED,
	T_FIELDS
};

static int load(struct loader *l)
{
	big_mapping *m = l->m;
	struct big_json_field f[T_FIELDS] = {
	    {"format", NULL}, {"format_version", NULL}, {"id", NULL},
	    {"title", NULL},  {"note", NULL},           {"source", NULL},
	    {"target", NULL}, {"entries", NULL},        {"unmapped", NULL}};
	struct big_jpath top = {NULL, NULL, 0}, p[T_FIELDS];
	int rc = big__json_collect(&l->doc, l->doc.root, &top, f, T_FIELDS);
	if (rc)
		return rc;
	for (size_t i = 0; i < T_FIELDS; i++) {
		p[i] = (struct big_jpath){&top, f[i].name, 0};
		bool required = i == T_ID || i == T_SOURCE || i == T_TARGET || i == T_ENTRIES;
		if (required && !f[i].item)
			return big__json_missing(&l->doc, &top, f[i].name);
	}
	if ((rc = copy_string(l, f[T_ID].item, &p[T_ID], BIG_TEXT_ID, &m->id)) ||
	    (f[T_TITLE].item &&
	     (rc = copy_string(l, f[T_TITLE].item, &p[T_TITLE], BIG_TEXT_LABEL, &m->title))) ||
	    (f[T_NOTE].item &&
	     (rc = copy_string(l, f[T_NOTE].item, &p[T_NOTE], BIG_TEXT_FREE, &m->note))) ||
	    (rc = load_catalogue_ref(l, f[T_SOURCE].item, &p[T_SOURCE], &m->source_id,
				     &m->source_version, &m->source_fingerprint)) ||
	    (rc = load_catalogue_ref(l, f[T_TARGET].item, &p[T_TARGET], &m->target_id,
				     &m->target_version, &m->target_fingerprint)) ||
	    (rc = load_entries(l, f[T_ENTRIES].item, &p[T_ENTRIES])))
		return rc;
	return f[T_UNMAPPED].item ? load_unmapped(l, f[T_UNMAPPED].item, &p[T_UNMAPPED]) : 0;
}

static int load_input(big_mapping **out, const struct big_json_input *in,
		      const big_load_options *opts)
{
	struct loader l = {0};
	int rc;

	if (!out)
		return big__error_set(BIG_EINVAL, "no output pointer");
	*out = NULL;
	if (!(l.m = big__mapping_alloc()))
		return BIG_ENOMEM;
	rc = big__json_open(&l.doc, in, opts, BIG_DOCUMENT_MAPPING, &l.m->diags);
	if (!rc) {
		rc = load(&l);
		big__json_close(&l.doc);
	}
	big__idmap_free(&l.pairs);
	big__arena_free(&l.scratch);
	if (rc) {
		big_mapping_free(l.m);
		return rc;
	}
	*out = l.m;
	return 0;
}

int big_mapping_load_buffer(big_mapping **out, const char *data, size_t len,
			    const big_load_options *opts)
{
	return load_input(out, BIG_JSON_BUFFER(data, len), opts);
}

int big_mapping_load_file(big_mapping **out, const char *path, const big_load_options *opts)
{
	return load_input(out, BIG_JSON_FILE(path), opts);
}

int big_mapping_builtin(big_mapping **out, const char *name)
{
	if (!out || !name)
		return big__error_set(BIG_EINVAL, "no output pointer or no name");
	*out = NULL;
	const struct big_builtin_entry *e =
	    big__builtin_find(big__builtin_mapping_table, big__builtin_mapping_table_count, name);
	if (!e)
		return big__error_set(BIG_ENOTFOUND, "no built-in mapping named \"%s\"", name);
	big_load_options opts = BIG_LOAD_OPTIONS_INIT;
	opts.flags = BIG_LOAD_STRICT; /* a built-in document is ours: no slack */
	return load_input(
	    out, &(struct big_json_input){(const char *)e->data, e->len, NULL, e->name}, &opts);
}

size_t big_builtin_mapping_count(void)
{
	return big__builtin_mapping_table_count;
}

const char *big_builtin_mapping_name(size_t i)
{
	return i < big__builtin_mapping_table_count ? big__builtin_mapping_table[i].name : NULL;
}
