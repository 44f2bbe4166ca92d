/*
 * libbig — loading `libbig.collaboration` documents (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "catalogue-int.h"
#include "collaboration-int.h"
#include "errors-int.h"
#include "json-read.h"

struct loader {
	struct big_json_doc doc;
	big_collaboration *c;
};

static int copy_string(struct loader *l, const cJSON *item, const struct big_jpath *path,
		       enum big_text_kind kind, const char **out)
{
	return big__json_copy_string(&l->doc, &l->c->arena, item, path, kind, out);
}

/* `catalogue`: {"id": …, "version": …}, those of the given catalogue, and
 * its "fingerprint" when one is named. */
static int check_catalogue(struct loader *l, const cJSON *obj, const struct big_jpath *path)
{
	const big_catalogue *cat = l->c->catalogue;
	struct big_json_field f[] = {{"id", NULL}, {"version", NULL}, {"fingerprint", NULL}};
	struct big_jpath fp = {path, "fingerprint", 0};
	const char *v[2];
	int rc = big__json_collect(&l->doc, obj, path, f, 3);
	for (size_t i = 0; !rc && i < 2; i++) {
		struct big_jpath p = {path, f[i].name, 0};
		rc = f[i].item ? big__json_string(&l->doc, f[i].item, &p, &v[i])
			       : big__json_missing(&l->doc, path, f[i].name);
	}
	if (rc)
		return rc;
	if (strcmp(v[0], cat->id) != 0 || strcmp(v[1], cat->version) != 0)
		return big__json_fail(&l->doc, BIG_EMISMATCH, path,
				      "collaboration is for catalogue %s %s, but catalogue %s %s "
				      "was given",
				      v[0], v[1], cat->id, cat->version);
	return big__catalogue_check_fingerprint(&l->doc, cat, f[2].item, &fp, "collaboration");
}

/* One member: an organisation id, or {"id": …, "weight": …}. */
static int load_member(struct loader *l, struct big_member *m, const cJSON *item,
		       const struct big_jpath *path)
{
	struct big_json_field f[] = {{"id", NULL}, {"weight", NULL}};
	struct big_jpath ip = {path, "id", 0}, wp = {path, "weight", 0};
	int rc;
	m->weight = 1.0;
	if (cJSON_IsString(item))
		return copy_string(l, item, path, BIG_TEXT_ID, &m->id);
	if ((rc = big__json_collect(&l->doc, item, path, f, 2)))
		return rc;
	if (!f[0].item)
		return big__json_missing(&l->doc, path, "id");
	if ((rc = copy_string(l, f[0].item, &ip, BIG_TEXT_ID, &m->id)))
		return rc;
	if (f[1].item) {
		if ((rc = big__json_number(&l->doc, f[1].item, &wp, &m->weight)))
			return rc;
		if (!(m->weight > 0))
			return big__json_fail(&l->doc, BIG_ERANGE, &wp,
					      "weight must be greater than 0");
	}
	return 0;
}

static int load_members(struct loader *l, const cJSON *array, const struct big_jpath *path)
{
	big_collaboration *c = l->c;
	int rc = big__json_array(&l->doc, array, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(array), i = 0, first;
	if ((n && !(c->members = big__arena_alloc(&c->arena, n * sizeof(*c->members)))) ||
	    (rc = big__idmap_init(&c->member_ids, n)))
		return rc ? rc : BIG_ENOMEM;
	for (const cJSON *it = array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		struct big_member *m = &c->members[i];
		if ((rc = load_member(l, m, it, &ip)))
			return rc;
		if (big__idmap_insert(&c->member_ids, m->id, i, &first))
			return big__json_fail(
			    &l->doc, BIG_EDUPLICATE, &ip,
			    "organisation \"%s\" is already a member at members[%zu]", m->id,
			    first);
		c->member_count = i + 1;
	}
	return 0;
}

/* Marks the subtree of delegated[i]; a node already covered, or a subtree
 * that covers an earlier delegated node, is a diagnostic. */
static int delegate(struct loader *l, size_t i, const struct big_jpath *path)
{
	big_collaboration *c = l->c;
	const big_node *node = c->delegated[i];
	size_t covered = c->cover[node->index];
	char where[512];
	if (covered) {
		const big_node *by = c->delegated[covered - 1];
		big__jpath_render(path, where, sizeof(where));
		return big__diag_add(&c->diags, BIG_SEVERITY_WARNING, "redundant-delegation", where,
				     by == node
					 ? "node \"%s\" is already delegated at delegated[%zu]"
					 : "node \"%s\" lies inside delegated[%zu]",
				     node->id, covered - 1);
	}
	for (size_t k = node->index; k < node->end; k++) {
		if (c->cover[k]) {
			big__jpath_render(path, where, sizeof(where));
			int rc = big__diag_add(
			    &c->diags, BIG_SEVERITY_WARNING, "redundant-delegation", where,
			    "node \"%s\" contains delegated[%zu] (\"%s\")", node->id,
			    c->cover[k] - 1, c->delegated[c->cover[k] - 1]->id);
			if (rc)
				return rc;
			k = c->delegated[c->cover[k] - 1]->end - 1;
		}
	}
	for (size_t k = node->index; k < node->end; k++)
		c->cover[k] = i + 1;
	return 0;
}

static int load_delegated(struct loader *l, const cJSON *array, const struct big_jpath *path)
{
	big_collaboration *c = l->c;
	const big_catalogue *cat = c->catalogue;
	int rc = big__json_array(&l->doc, array, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(array), i = 0;
	if (n && !(c->delegated = big__arena_alloc(&c->arena, n * sizeof(*c->delegated))))
		return BIG_ENOMEM;
	for (const cJSON *it = array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		const char *id;
		if ((rc = big__json_nonempty_string(&l->doc, it, &ip, &id)))
			return rc;
		const big_node *node = big_catalogue_find(cat, id);
		if (!node)
			return big__json_fail(&l->doc, BIG_ENOTFOUND, &ip,
					      "catalogue %s %s has no node \"%s\"", cat->id,
					      cat->version, id);
		c->delegated[i] = node;
		c->delegated_count = i + 1;
		if ((rc = delegate(l, i, &ip)))
			return rc;
	}
	return 0;
}

enum {
	T_FORMAT,
	T_FORMAT_VERSION,
	T_ID,
	T_NAME,
	T_KIND,
	T_CATALOGUE,
	T_MEMBERS,
	T_DELEGATED,
	T_POLICY,
	T_FIELDS
};

static int load(struct loader *l)
{
	big_collaboration *c = l->c;
	struct big_json_field f[T_FIELDS] = {
	    {"format", NULL},  {"format_version", NULL}, {"id", NULL},
	    {"name", NULL},    {"kind", NULL},           {"catalogue", NULL},
	    {"members", NULL}, {"delegated", NULL},      {"policy", NULL}};
	struct big_jpath top = {NULL, NULL, 0}, p[T_FIELDS];
	const char *policy;
	int rc = big__json_collect(&l->doc, l->doc.root, &top, f, T_FIELDS);
	if (rc)
		return rc;
	for (size_t i = 0; i < T_FIELDS; i++) {
		p[i] = (struct big_jpath){&top, f[i].name, 0};
		bool required = i == T_ID || i == T_CATALOGUE || i == T_MEMBERS;
		if (required && !f[i].item)
			return big__json_missing(&l->doc, &top, f[i].name);
	}
	if ((rc = copy_string(l, f[T_ID].item, &p[T_ID], BIG_TEXT_ID, &c->id)) ||
	    (f[T_NAME].item &&
	     (rc = copy_string(l, f[T_NAME].item, &p[T_NAME], BIG_TEXT_LABEL, &c->name))) ||
	    (f[T_KIND].item &&
	     (rc = copy_string(l, f[T_KIND].item, &p[T_KIND], BIG_TEXT_LABEL, &c->kind))) ||
	    (rc = check_catalogue(l, f[T_CATALOGUE].item, &p[T_CATALOGUE])))
		return rc;
	if (f[T_POLICY].item) {
		if ((rc = big__json_string(&l->doc, f[T_POLICY].item, &p[T_POLICY], &policy)))
			return rc;
		if (big_policy_from_name(&c->policy, policy))
			return big__json_fail(&l->doc, BIG_ESCHEMA, &p[T_POLICY],
					      "unknown policy \"%s\" (expected collaboration, "
					      "member, worst or best)",
					      policy);
	}
	if ((rc = load_members(l, f[T_MEMBERS].item, &p[T_MEMBERS])))
		return rc;
	return f[T_DELEGATED].item ? load_delegated(l, f[T_DELEGATED].item, &p[T_DELEGATED]) : 0;
}

static int load_input(big_collaboration **out, const big_catalogue *cat,
		      const struct big_json_input *in, const big_load_options *opts)
{
	struct loader l = {0};
	int rc;

	if (!out || !cat)
		return big__error_set(BIG_EINVAL, "no output pointer or no catalogue");
	*out = NULL;
	if (!(l.c = big__collaboration_alloc(cat)))
		return BIG_ENOMEM;
	rc = big__json_open(&l.doc, in, opts, BIG_DOCUMENT_COLLABORATION, &l.c->diags);
	if (!rc) {
		rc = load(&l);
		big__json_close(&l.doc);
	}
	if (rc) {
		big_collaboration_free(l.c);
		return rc;
	}
	*out = l.c;
	return 0;
}

int big_collaboration_load_buffer(big_collaboration **out, const big_catalogue *cat,
				  const char *data, size_t len, const big_load_options *opts)
{
	return load_input(out, cat, BIG_JSON_BUFFER(data, len), opts);
}

int big_collaboration_load_file(big_collaboration **out, const big_catalogue *cat, const char *path,
				const big_load_options *opts)
{
	return load_input(out, cat, BIG_JSON_FILE(path), opts);
}
