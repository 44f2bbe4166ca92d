/*
 * libbig — loading `libbig.catalogue` documents (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "builtin.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-read.h"

struct loader {
	struct big_json_doc doc;
	big_catalogue *cat;
	size_t capacity; /* nodes allocated */
};

/* An upper bound of the number of nodes, to allocate them at once. */
static size_t count_nodes(const cJSON *array)
{
	size_t n = 0;
	if (!cJSON_IsArray(array))
		return 0;
	for (const cJSON *it = array->child; it; it = it->next) {
		if (!cJSON_IsObject(it))
			continue;
		n += 1 + count_nodes(cJSON_GetObjectItemCaseSensitive(it, "children"));
	}
	return n;
}

static char *copy(struct loader *l, const char *s)
{
	return big_arena_strdup(&l->cat->arena, s);
}

static int copy_string(struct loader *l, const cJSON *item, const struct big_jpath *path,
		       const char **out)
{
	const char *s;
	int rc = big_json_string(&l->doc, item, path, &s);
	if (rc)
		return rc;
	*out = copy(l, s);
	return *out ? 0 : BIG_ENOMEM;
}

static int string_list(struct loader *l, const cJSON *array, const struct big_jpath *path,
		       const char ***out, size_t *count)
{
	int rc = big_json_array(&l->doc, array, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(array);
	const char **items = big_arena_alloc(&l->cat->arena, n * sizeof(*items));
	if (!items)
		return BIG_ENOMEM;
	size_t i = 0;
	for (const cJSON *it = array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		if ((rc = big_json_nonempty_string(&l->doc, it, &ip, &items[i])))
			return rc;
		if (!(items[i] = copy(l, items[i])))
			return BIG_ENOMEM;
	}
	*out = items;
	*count = n;
	return 0;
}

static int load_node(struct loader *l, const cJSON *obj, const struct big_jpath *path,
		     const big_node *parent, unsigned depth, const big_node **out);

static int load_children(struct loader *l, const cJSON *array, const struct big_jpath *path,
			 const big_node *parent, unsigned depth, const big_node ***out,
			 size_t *count)
{
	int rc = big_json_array(&l->doc, array, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(array);
	const big_node **items = big_arena_alloc(&l->cat->arena, n * sizeof(*items));
	if (!items)
		return BIG_ENOMEM;
	size_t i = 0;
	for (const cJSON *it = array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		if ((rc = load_node(l, it, &ip, parent, depth, &items[i])))
			return rc;
	}
	*out = items;
	*count = n;
	return 0;
}

enum node_field {
	F_ID = 1u << 0,
	F_KIND = 1u << 1,
	F_TITLE = 1u << 2,
	F_TEXT = 1u << 3,
	F_WEIGHT = 1u << 4,
	F_ASSESSABLE = 1u << 5,
	F_MANDATORY = 1u << 6,
	F_TAGS = 1u << 7,
	F_REFS = 1u << 8,
	F_CHILDREN = 1u << 9,
};

static const struct {
	const char *name;
	unsigned bit;
} node_fields[] = {
    {"id", F_ID},
    {"kind", F_KIND},
    {"title", F_TITLE},
    {"text", F_TEXT},
    {"weight", F_WEIGHT},
    {"assessable", F_ASSESSABLE},
    {"mandatory", F_MANDATORY},
    {"tags", F_TAGS},
    {"refs", F_REFS},
    {"children", F_CHILDREN},
};

static unsigned node_field(const char *name)
{
	for (size_t i = 0; i < sizeof(node_fields) / sizeof(node_fields[0]); i++)
		if (strcmp(node_fields[i].name, name) == 0)
			return node_fields[i].bit;
	return 0;
}

static int node_member(struct loader *l, big_node *node, const cJSON *m, const struct big_jpath *mp,
		       unsigned bit)
{
	const struct big_json_doc *doc = &l->doc;
	int rc;
	switch (bit) {
	case F_ID:
		if ((rc = big_json_nonempty_string(doc, m, mp, &node->id)))
			return rc;
		if (!(node->id = copy(l, node->id)))
			return BIG_ENOMEM;
		size_t first;
		if (big_idmap_insert(&l->cat->ids, node->id, node->index, &first))
			return big_json_fail(doc, BIG_EDUPLICATE, mp,
					     "id \"%s\" is already used by node %zu (in document "
					     "order, counting from 0)",
					     node->id, first);
		return 0;
	case F_KIND:
		return copy_string(l, m, mp, &node->kind);
	case F_TITLE:
		return copy_string(l, m, mp, &node->title);
	case F_TEXT:
		return copy_string(l, m, mp, &node->text);
	case F_WEIGHT:
		if ((rc = big_json_number(doc, m, mp, &node->weight)))
			return rc;
		if (!(node->weight > 0))
			return big_json_fail(doc, BIG_ERANGE, mp, "weight must be greater than 0");
		return 0;
	case F_ASSESSABLE:
		return big_json_bool(doc, m, mp, &node->assessable);
	case F_MANDATORY:
		return big_json_bool(doc, m, mp, &node->mandatory);
	case F_TAGS:
		return string_list(l, m, mp, &node->tags, &node->tag_count);
	case F_REFS:
		return string_list(l, m, mp, &node->refs, &node->ref_count);
	}
	return 0;
}

static int load_node(struct loader *l, const cJSON *obj, const struct big_jpath *path,
		     const big_node *parent, unsigned depth, const big_node **out)
{
	big_catalogue *cat = l->cat;
	int rc = big_json_object(&l->doc, obj, path);
	if (rc)
		return rc;
	if (cat->node_count >= l->capacity)
		return big_json_fail(&l->doc, BIG_ERROR, path, "internal error: node count");
	big_node *node = &cat->nodes[cat->node_count];
	*node = (big_node){.catalogue = cat,
			   .text = "",
			   .weight = 1.0,
			   .parent = parent,
			   .index = cat->node_count,
			   .requirement = BIG_NO_REQUIREMENT,
			   .depth = depth};
	cat->node_count++;

	unsigned seen = 0;
	const cJSON *children = NULL;
	struct big_jpath children_path = {path, "children", 0};
	for (const cJSON *m = obj->child; m; m = m->next) {
		struct big_jpath mp = {path, m->string, 0};
		unsigned bit = node_field(m->string);
		if (!bit) {
			if ((rc = big_json_unknown(&l->doc, &mp, m)))
				return rc;
			continue;
		}
		if ((rc = big_json_once(&l->doc, &mp, &seen, bit)))
			return rc;
		if (bit == F_CHILDREN)
			children = m; /* after this node's own fields: pre-order */
		else if ((rc = node_member(l, node, m, &mp, bit)))
			return rc;
	}
	if (!(seen & F_ID))
		return big_json_missing(&l->doc, path, "id");
	if (!(seen & F_KIND))
		return big_json_missing(&l->doc, path, "kind");
	if (!(seen & F_TITLE))
		return big_json_missing(&l->doc, path, "title");
	if (children &&
	    (rc = load_children(l, children, &children_path, node, depth + 1,
				(const big_node ***)&node->children, &node->child_count)))
		return rc;
	if (!(seen & F_ASSESSABLE))
		node->assessable = node->child_count == 0;
	node->end = cat->node_count;
	*out = node;
	return 0;
}

enum top_field {
	T_FORMAT = 1u << 0,
	T_VERSION_OF_FORMAT = 1u << 1,
	T_ID = 1u << 2,
	T_VERSION = 1u << 3,
	T_TITLE = 1u << 4,
	T_LANGUAGE = 1u << 5,
	T_PUBLISHER = 1u << 6,
	T_BASED_ON = 1u << 7,
	T_DEFAULT_TARGET = 1u << 8,
	T_NODES = 1u << 9,
};

static const struct {
	const char *name;
	unsigned bit;
} top_fields[] = {
    {"format", T_FORMAT},
    {"format_version", T_VERSION_OF_FORMAT},
    {"id", T_ID},
    {"version", T_VERSION},
    {"title", T_TITLE},
    {"language", T_LANGUAGE},
    {"publisher", T_PUBLISHER},
    {"based_on", T_BASED_ON},
    {"default_target", T_DEFAULT_TARGET},
    {"nodes", T_NODES},
};

static unsigned top_field(const char *name)
{
	for (size_t i = 0; i < sizeof(top_fields) / sizeof(top_fields[0]); i++)
		if (strcmp(top_fields[i].name, name) == 0)
			return top_fields[i].bit;
	return 0;
}

static int top_member(struct loader *l, const cJSON *m, const struct big_jpath *mp, unsigned bit)
{
	big_catalogue *cat = l->cat;
	int rc;
	switch (bit) {
	case T_ID:
		if ((rc = big_json_nonempty_string(&l->doc, m, mp, &cat->id)))
			return rc;
		return (cat->id = copy(l, cat->id)) ? 0 : BIG_ENOMEM;
	case T_VERSION:
		if ((rc = big_json_nonempty_string(&l->doc, m, mp, &cat->version)))
			return rc;
		return (cat->version = copy(l, cat->version)) ? 0 : BIG_ENOMEM;
	case T_TITLE:
		return copy_string(l, m, mp, &cat->title);
	case T_LANGUAGE:
		return copy_string(l, m, mp, &cat->language);
	case T_PUBLISHER:
		return copy_string(l, m, mp, &cat->publisher);
	case T_BASED_ON:
		return copy_string(l, m, mp, &cat->based_on);
	case T_DEFAULT_TARGET:
		return big_json_int(&l->doc, m, mp, 0, cat->max_level, &cat->default_target);
	}
	return 0; /* format and format_version: checked by big_json_open() */
}

/* Roots and the list of requirements, once the tree is complete. */
static int index_tree(struct loader *l, const cJSON *nodes, const struct big_jpath *path)
{
	big_catalogue *cat = l->cat;
	int rc = load_children(l, nodes, path, NULL, 0, &cat->roots, &cat->root_count);
	if (rc)
		return rc;
	if (cat->root_count == 0)
		return big_json_fail(&l->doc, BIG_ESCHEMA, path,
				     "a catalogue needs at least one node");
	for (size_t i = 0; i < cat->node_count; i++)
		if (cat->nodes[i].assessable)
			cat->requirement_count++;
	cat->requirements =
	    big_arena_alloc(&cat->arena, cat->requirement_count * sizeof(*cat->requirements));
	if (!cat->requirements)
		return BIG_ENOMEM;
	size_t r = 0;
	for (size_t i = 0; i < cat->node_count; i++) {
		if (!cat->nodes[i].assessable)
			continue;
		cat->nodes[i].requirement = r;
		cat->requirements[r++] = &cat->nodes[i];
	}
	return 0;
}

static int load(struct loader *l)
{
	big_catalogue *cat = l->cat;
	const cJSON *root = l->doc.root;
	struct big_jpath top = {NULL, NULL, 0};
	const cJSON *nodes = NULL;
	unsigned seen = 0;
	int rc;

	l->capacity = count_nodes(cJSON_GetObjectItemCaseSensitive(root, "nodes"));
	cat->nodes = big_arena_alloc(&cat->arena, l->capacity * sizeof(*cat->nodes));
	if (!cat->nodes || big_idmap_init(&cat->ids, l->capacity))
		return BIG_ENOMEM;

	for (const cJSON *m = root->child; m; m = m->next) {
		struct big_jpath mp = {&top, m->string, 0};
		unsigned bit = top_field(m->string);
		if (!bit) {
			if ((rc = big_json_unknown(&l->doc, &mp, m)))
				return rc;
			continue;
		}
		if ((rc = big_json_once(&l->doc, &mp, &seen, bit)))
			return rc;
		if (bit == T_NODES)
			nodes = m;
		else if ((rc = top_member(l, m, &mp, bit)))
			return rc;
	}
	if (!(seen & T_ID))
		return big_json_missing(&l->doc, &top, "id");
	if (!(seen & T_VERSION))
		return big_json_missing(&l->doc, &top, "version");
	if (!nodes)
		return big_json_missing(&l->doc, &top, "nodes");
	return index_tree(l, nodes, &(struct big_jpath){&top, "nodes", 0});
}

static int load_input(big_catalogue **out, const struct big_json_input *in,
		      const big_load_options *opts)
{
	struct loader l = {0};
	int rc;

	if (!out)
		return big_error_set(BIG_EINVAL, "no output pointer");
	*out = NULL;
	if (!(l.cat = big_catalogue_alloc()))
		return BIG_ENOMEM;
	rc = big_json_open(&l.doc, in, opts, "libbig.catalogue", &l.cat->diags);
	if (!rc) {
		rc = load(&l);
		big_json_close(&l.doc);
	}
	if (rc) {
		big_catalogue_free(l.cat);
		return rc;
	}
	*out = l.cat;
	return 0;
}

int big_catalogue_load_buffer(big_catalogue **out, const char *data, size_t len,
			      const big_load_options *opts)
{
	return load_input(out, BIG_JSON_BUFFER(data, len), opts);
}

int big_catalogue_load_file(big_catalogue **out, const char *path, const big_load_options *opts)
{
	return load_input(out, BIG_JSON_FILE(path), opts);
}

int big_catalogue_builtin(big_catalogue **out, const char *name)
{
	if (!out || !name)
		return big_error_set(BIG_EINVAL, "no output pointer or no name");
	*out = NULL;
	for (size_t i = 0; i < big_builtin_table_count; i++) {
		const struct big_builtin_entry *e = &big_builtin_table[i];
		if (strcmp(e->name, name) != 0)
			continue;
		big_load_options opts = BIG_LOAD_OPTIONS_INIT;
		opts.flags = BIG_LOAD_STRICT;
		struct big_json_input in = {(const char *)e->data, e->len, NULL, e->name};
		return load_input(out, &in, &opts);
	}
	return big_error_set(BIG_ENOTFOUND, "no built-in catalogue named \"%s\"", name);
}

size_t big_builtin_count(void)
{
	return big_builtin_table_count;
}

const char *big_builtin_name(size_t i)
{
	return i < big_builtin_table_count ? big_builtin_table[i].name : NULL;
}
