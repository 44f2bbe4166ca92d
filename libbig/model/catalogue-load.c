/*
 * libbig — loading `libbig.catalogue` documents (docs/formats.md).
 *
 * Members are read in a fixed order whatever their order in the document:
 * the maturity model before `default_target`, declared tags before the nodes
 * and profiles that use them, the nodes before the profiles that select them.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "builtin.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-read.h"
#include "text.h"

struct loader {
	struct big_json_doc doc;
	big_catalogue *cat;
	size_t capacity;     /* nodes allocated */
	double weight_total; /* of the nodes read so far */
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

static int copy_string(struct loader *l, const cJSON *item, const struct big_jpath *path,
		       enum big_text_kind kind, const char **out)
{
	return big__json_copy_string(&l->doc, &l->cat->arena, item, path, kind, out);
}

static int load_tags(struct loader *l, const cJSON *array, const struct big_jpath *path)
{
	big_catalogue *cat = l->cat;
	int rc = big__json_array(&l->doc, array, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(array), i = 0;
	cat->tags = big__arena_alloc(&cat->arena, n * sizeof(*cat->tags));
	if (!cat->tags || big__idmap_init(&cat->tag_ids, n))
		return BIG_ENOMEM;
	for (const cJSON *it = array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		struct big_jpath idp = {&ip, "id", 0}, lp = {&ip, "label", 0};
		struct big_json_field f[] = {{"id", NULL}, {"label", NULL}};
		big_tag *t = &cat->tags[i];
		t->label = "";
		if ((rc = big__json_collect(&l->doc, it, &ip, f, 2)))
			return rc;
		if (!f[0].item)
			return big__json_missing(&l->doc, &ip, "id");
		if ((rc = copy_string(l, f[0].item, &idp, BIG_TEXT_ID, &t->id)) ||
		    (f[1].item && (rc = copy_string(l, f[1].item, &lp, BIG_TEXT_LABEL, &t->label))))
			return rc;
		size_t first;
		if (big__idmap_insert(&cat->tag_ids, t->id, i, &first))
			return big__json_fail(&l->doc, BIG_EDUPLICATE, &idp,
					      "tag \"%s\" is already declared (tags[%zu])", t->id,
					      first);
		cat->tag_count++;
	}
	cat->tags_declared = true;
	cat->tags_interned = true; /* until big__check_tag() meets an undeclared tag */
	return 0;
}

static int load_node(struct loader *l, const cJSON *obj, const struct big_jpath *path,
		     const big_node *parent, unsigned depth, const big_node **out);

/* `status_values`: the score of a status, overriding the defaults. */
static int load_status_values(struct loader *l, const cJSON *obj, const struct big_jpath *path)
{
	int rc = big__json_object(&l->doc, obj, path);
	for (const cJSON *m = rc ? NULL : obj->child; m; m = m->next) {
		struct big_jpath mp = {path, m->string, 0};
		big_status st;
		double v;
		if (big_status_from_name(&st, m->string))
			return big__json_fail(&l->doc, BIG_ESCHEMA, &mp, "unknown status \"%s\"",
					      m->string);
		if ((rc = big__json_number(&l->doc, m, &mp, &v)))
			return rc;
		if (v < 0 || v > 1)
			return big__json_fail(&l->doc, BIG_ERANGE, &mp,
					      "a status value lies between 0 and 1");
		l->cat->status_values[st] = v;
	}
	return rc;
}

static int load_children(struct loader *l, const cJSON *array, const struct big_jpath *path,
			 const big_node *parent, unsigned depth, const big_node ***out,
			 size_t *count)
{
	int rc = big__json_array(&l->doc, array, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(array), i = 0;
	const big_node **items = big__arena_alloc(&l->cat->arena, n * sizeof(*items));
	if (!items)
		return BIG_ENOMEM;
	for (const cJSON *it = array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		if ((rc = load_node(l, it, &ip, parent, depth, &items[i])))
			return rc;
	}
	*out = items;
	*count = n;
	return 0;
}

enum {
	N_ID,
	N_KIND,
	N_TITLE,
	N_TITLES,
	N_TEXT,
	N_WEIGHT,
	N_ASSESSABLE,
	N_MANDATORY,
	N_TAGS,
	N_REFS,
	N_CHILDREN,
	N_FIELDS
};

static int node_id(struct loader *l, big_node *node, const cJSON *item,
		   const struct big_jpath *path)
{
	int rc = copy_string(l, item, path, BIG_TEXT_ID, &node->id);
	if (rc)
		return rc;
	size_t first;
	if (big__idmap_insert(&l->cat->ids, node->id, node->index, &first))
		return big__json_fail(&l->doc, BIG_EDUPLICATE, path,
				      "id \"%s\" is already used by node %zu (in document order, "
				      "counting from 0)",
				      node->id, first);
	return 0;
}

static int node_fields(struct loader *l, big_node *node, const struct big_json_field *f,
		       const struct big_jpath *path)
{
	const struct big_json_doc *doc = &l->doc;
	struct big_jpath p[N_FIELDS];
	int rc;
	for (int i = 0; i < N_FIELDS; i++)
		p[i] = (struct big_jpath){path, f[i].name, 0};
	for (int i = N_ID; i <= N_TITLE; i++)
		if (!f[i].item)
			return big__json_missing(doc, path, f[i].name);
	if ((rc = node_id(l, node, f[N_ID].item, &p[N_ID])) ||
	    (rc = copy_string(l, f[N_KIND].item, &p[N_KIND], BIG_TEXT_LABEL, &node->kind)) ||
	    (rc = copy_string(l, f[N_TITLE].item, &p[N_TITLE], BIG_TEXT_LABEL, &node->title)) ||
	    (f[N_TITLES].item &&
	     (rc = big__load_titles(l->cat, &l->doc, f[N_TITLES].item, &p[N_TITLES], &node->titles,
				    &node->title_count))) ||
	    (f[N_TEXT].item &&
	     (rc = copy_string(l, f[N_TEXT].item, &p[N_TEXT], BIG_TEXT_FREE, &node->text))))
		return rc;
	if (f[N_WEIGHT].item) {
		if ((rc = big__json_number(doc, f[N_WEIGHT].item, &p[N_WEIGHT], &node->weight)))
			return rc;
		if (!(node->weight > 0))
			return big__json_fail(doc, BIG_ERANGE, &p[N_WEIGHT],
					      "weight must be greater than 0");
	}
	/* In document order, so that the weight that tips it is named. */
	l->weight_total += node->weight;
	if (!(l->weight_total <= BIG_WEIGHT_SUM_MAX))
		return big__json_fail(doc, BIG_ERANGE, f[N_WEIGHT].item ? &p[N_WEIGHT] : path,
				      "the weights of the nodes up to here add up to more than "
				      "%s: sums of them would not be finite",
				      BIG_WEIGHT_SUM_MAX_TXT);
	if ((f[N_ASSESSABLE].item && (rc = big__json_bool(doc, f[N_ASSESSABLE].item,
							  &p[N_ASSESSABLE], &node->assessable))) ||
	    (f[N_MANDATORY].item &&
	     (rc = big__json_bool(doc, f[N_MANDATORY].item, &p[N_MANDATORY], &node->mandatory))) ||
	    (f[N_TAGS].item && (rc = big__load_tag_list(l->cat, doc, f[N_TAGS].item, &p[N_TAGS],
							&node->tags, &node->tag_count))) ||
	    (f[N_REFS].item &&
	     (rc = big__json_string_list(doc, &l->cat->arena, f[N_REFS].item, &p[N_REFS],
					 &node->refs, &node->ref_count))))
		return rc;
	return 0;
}

static int load_node(struct loader *l, const cJSON *obj, const struct big_jpath *path,
		     const big_node *parent, unsigned depth, const big_node **out)
{
	big_catalogue *cat = l->cat;
	struct big_json_field f[N_FIELDS] = {
	    {"id", NULL},   {"kind", NULL},   {"title", NULL},      {"titles", NULL},
	    {"text", NULL}, {"weight", NULL}, {"assessable", NULL}, {"mandatory", NULL},
	    {"tags", NULL}, {"refs", NULL},   {"children", NULL},
	};
	struct big_jpath children_path = {path, "children", 0};
	int rc = big__json_collect(&l->doc, obj, path, f, N_FIELDS);
	if (rc)
		return rc;
	if (cat->node_count >= l->capacity)
		return big__json_fail(&l->doc, BIG_ERROR, path, "internal error: node count");
	/* The node takes its place in pre-order before its children. */
	big_node *node = &cat->nodes[cat->node_count]; /* zeroed by the arena */
	node->catalogue = cat;
	node->text = "";
	node->weight = 1.0;
	node->parent = parent;
	node->index = cat->node_count;
	node->requirement = BIG_NO_REQUIREMENT;
	node->depth = depth;
	cat->node_count++;
	if ((rc = node_fields(l, node, f, path)))
		return rc;
	if (f[N_CHILDREN].item &&
	    (rc = load_children(l, f[N_CHILDREN].item, &children_path, node, depth + 1,
				(const big_node ***)&node->children, &node->child_count)))
		return rc;
	if (!f[N_ASSESSABLE].item)
		node->assessable = node->child_count == 0;
	node->leaf_requirement = node->assessable && node->child_count == 0;
	node->end = cat->node_count;
	*out = node;
	return 0;
}

/* Roots and the list of requirements, once the tree is complete. */
static int index_tree(struct loader *l, const cJSON *nodes, const struct big_jpath *path)
{
	big_catalogue *cat = l->cat;
	int rc = load_children(l, nodes, path, NULL, 0, &cat->roots, &cat->root_count);
	if (rc)
		return rc;
	if (cat->root_count == 0)
		return big__json_fail(&l->doc, BIG_ESCHEMA, path,
				      "a catalogue needs at least one node");
	for (size_t i = 0; i < cat->node_count; i++)
		if (cat->nodes[i].assessable)
			cat->requirement_count++;
	cat->requirements =
	    big__arena_alloc(&cat->arena, cat->requirement_count * sizeof(*cat->requirements));
	if (!cat->requirements)
		return BIG_ENOMEM;
	size_t r = 0;
	for (size_t i = 0; i < cat->node_count; i++) {
		if (!cat->nodes[i].assessable)
			continue;
		cat->nodes[i].requirement = r;
		cat->requirements[r++] = &cat->nodes[i];
	}
	return big__plan_build(cat);
}

enum {
	T_FORMAT,
	T_FORMAT_VERSION,
	T_ID,
	T_VERSION,
	T_TITLE,
	T_LANGUAGE,
	T_PUBLISHER,
	T_BASED_ON,
	T_MATURITY_MODEL,
	T_DEFAULT_TARGET,
	T_TAGS,
	T_NODES,
	T_PROFILES,
	T_STATUS_VALUES,
	T_FIELDS
};

static int load(struct loader *l)
{
	big_catalogue *cat = l->cat;
	struct big_json_field f[T_FIELDS] = {
	    {"format", NULL},         {"format_version", NULL}, {"id", NULL},
	    {"version", NULL},        {"title", NULL},          {"language", NULL},
	    {"publisher", NULL},      {"based_on", NULL},       {"maturity_model", NULL},
	    {"default_target", NULL}, {"tags", NULL},           {"nodes", NULL},
	    {"profiles", NULL},       {"status_values", NULL},
	};
	const char **meta[] = {&cat->id,       &cat->version,   &cat->title,
			       &cat->language, &cat->publisher, &cat->based_on};
	struct big_jpath top = {NULL, NULL, 0}, p[T_FIELDS];
	int rc = big__json_collect(&l->doc, l->doc.root, &top, f, T_FIELDS);
	if (rc)
		return rc;
	for (int i = 0; i < T_FIELDS; i++)
		p[i] = (struct big_jpath){&top, f[i].name, 0};
	for (int i = T_ID; i <= T_BASED_ON; i++) {
		if (!f[i].item && i <= T_VERSION)
			return big__json_missing(&l->doc, &top, f[i].name);
		if (f[i].item && (rc = copy_string(l, f[i].item, &p[i],
						   i <= T_VERSION ? BIG_TEXT_ID : BIG_TEXT_LABEL,
						   meta[i - T_ID])))
			return rc;
	}
	if (!f[T_NODES].item)
		return big__json_missing(&l->doc, &top, "nodes");
	if ((f[T_MATURITY_MODEL].item &&
	     (rc = big__load_maturity(cat, &l->doc, f[T_MATURITY_MODEL].item,
				      &p[T_MATURITY_MODEL]))) ||
	    (f[T_DEFAULT_TARGET].item &&
	     (rc = big__json_int(&l->doc, f[T_DEFAULT_TARGET].item, &p[T_DEFAULT_TARGET], 0,
				 cat->max_level, &cat->default_target))) ||
	    (f[T_TAGS].item && (rc = load_tags(l, f[T_TAGS].item, &p[T_TAGS]))) ||
	    (f[T_STATUS_VALUES].item &&
	     (rc = load_status_values(l, f[T_STATUS_VALUES].item, &p[T_STATUS_VALUES]))))
		return rc;

	/* The default target 3 is capped by a smaller maturity model. */
	if (!f[T_DEFAULT_TARGET].item && cat->default_target > cat->max_level)
		cat->default_target = cat->max_level;
	l->capacity = count_nodes(f[T_NODES].item);
	cat->nodes = big__arena_alloc(&cat->arena, l->capacity * sizeof(*cat->nodes));
	if (!cat->nodes || big__idmap_init(&cat->ids, l->capacity))
		return BIG_ENOMEM;
	if ((rc = index_tree(l, f[T_NODES].item, &p[T_NODES])))
		return rc;
	return f[T_PROFILES].item
		   ? big__load_profiles(cat, &l->doc, f[T_PROFILES].item, &p[T_PROFILES])
		   : 0;
}

/* A catalogue that is not built in but has the id and version of one (the
 * built-in named "<id>-<version>") must have its content: a copy of the
 * built-in document, retitled or with texts, has; anything else gets the
 * warning `builtin-name` at $.id, or BIG_EMISMATCH in strict mode
 * (docs/catalogues.md, "Fingerprints"). @text (@len bytes) is the document:
 * the built-in's own bytes are its content without loading it again. */
static int check_builtin_name(struct loader *l, const char *text, size_t len)
{
	const big_catalogue *cat = l->cat;
	size_t n = strlen(cat->id) + strlen(cat->version) + 2;
	char name[64];
	if (n > sizeof(name))
		return 0; /* longer than any built-in name */
	memcpy(name, cat->id, strlen(cat->id));
	name[strlen(cat->id)] = '-';
	memcpy(name + strlen(cat->id) + 1, cat->version, strlen(cat->version) + 1);
	const struct big_builtin_entry *e =
	    big__builtin_find(big__builtin_table, big__builtin_table_count, name);
	if (!e || (text && len == e->len && memcmp(text, e->data, len) == 0))
		return 0;
	big_catalogue *builtin;
	int rc = big_catalogue_builtin(&builtin, name);
	if (!rc && (rc = big__catalogue_fingerprint_ensure(builtin)) == 0)
		rc = big__catalogue_fingerprint_ensure(cat);
	if (rc) {
		big_catalogue_free(builtin);
		return rc;
	}
	char theirs[BIG_FINGERPRINT_SIZE];
	memcpy(theirs, builtin->fingerprint, sizeof(theirs));
	big_catalogue_free(builtin);
	if (strcmp(theirs, cat->fingerprint) == 0)
		return 0;
	struct big_jpath top = {NULL, NULL, 0}, ip = {&top, "id", 0};
	if (l->doc.strict)
		return big__json_fail(&l->doc, BIG_EMISMATCH, &ip,
				      "catalogue %s %s is not the built-in %s: its content "
				      "differs (fingerprint %s, the built-in's %s); give it "
				      "an id of its own",
				      cat->id, cat->version, name, cat->fingerprint, theirs);
	return big__diag_add(&l->cat->diags, BIG_SEVERITY_WARNING, "builtin-name", "$.id",
			     "catalogue %s %s is not the built-in %s: its content differs "
			     "(fingerprint %s, the built-in's %s); documents that name %s %s "
			     "may be scored against either",
			     cat->id, cat->version, name, cat->fingerprint, theirs, cat->id,
			     cat->version);
}

static int load_input(big_catalogue **out, const struct big_json_input *in,
		      const big_load_options *opts, bool builtin)
{
	struct loader l = {0};
	int rc;

	if (!out)
		return big__error_set(BIG_EINVAL, "no output pointer");
	*out = NULL;
	if (!(l.cat = big__catalogue_alloc()))
		return BIG_ENOMEM;
	rc = big__json_open(&l.doc, in, opts, BIG_DOCUMENT_CATALOGUE, &l.cat->diags);
	if (!rc) {
		rc = load(&l);
		/* A file's text holds no NUL once it is read as JSON. */
		if (!rc && !builtin)
			rc = check_builtin_name(&l, in->path ? l.doc.text : in->data,
						in->path ? strlen(l.doc.text) : in->len);
		big__json_close(&l.doc);
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
	return load_input(out, BIG_JSON_BUFFER(data, len), opts, false);
}

int big_catalogue_load_file(big_catalogue **out, const char *path, const big_load_options *opts)
{
	return load_input(out, BIG_JSON_FILE(path), opts, false);
}

int big_catalogue_builtin(big_catalogue **out, const char *name)
{
	if (!out || !name)
		return big__error_set(BIG_EINVAL, "no output pointer or no name");
	*out = NULL;
	const struct big_builtin_entry *e = big__builtin_catalogue_find(name);
	if (e) {
		big_load_options opts = BIG_LOAD_OPTIONS_INIT;
		struct big_json_input in = {(const char *)e->data, e->len, NULL, e->name};
		opts.flags = BIG_LOAD_STRICT;
		return load_input(out, &in, &opts, true);
	}
	return big__error_set(BIG_ENOTFOUND, "no built-in catalogue named \"%s\"", name);
}

size_t big_builtin_count(void)
{
	return big__builtin_table_count;
}

const char *big_builtin_name(size_t i)
{
	return i < big__builtin_table_count ? big__builtin_table[i].name : NULL;
}
