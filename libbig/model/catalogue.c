/*
 * libbig — catalogue accessors and lifetime.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "text.h"

big_catalogue *big__catalogue_alloc(void)
{
	big_catalogue *cat = big__calloc(1, sizeof(*cat));
	if (!cat)
		return NULL;
	atomic_init(&cat->refs, 1);
	cat->id = cat->version = cat->title = "";
	cat->language = cat->publisher = cat->based_on = "";
	cat->default_target = BIG_DEFAULT_TARGET;
	cat->status_values[BIG_STATUS_IMPLEMENTED] = 1.0;
	cat->status_values[BIG_STATUS_PARTIALLY_IMPLEMENTED] = 0.5;
	if (big__maturity_set_default(cat)) {
		big_catalogue_free(cat);
		return NULL;
	}
	return cat;
}

big_catalogue *big_catalogue_ref(big_catalogue *cat)
{
	if (cat)
		atomic_fetch_add_explicit(&cat->refs, 1, memory_order_relaxed);
	return cat;
}

void big_catalogue_free(big_catalogue *cat)
{
	if (!cat || atomic_fetch_sub_explicit(&cat->refs, 1, memory_order_acq_rel) != 1)
		return;
	big__idmap_free(&cat->ids);
	big__idmap_free(&cat->criterion_ids);
	big__idmap_free(&cat->tag_ids);
	big__idmap_free(&cat->profile_ids);
	big__diag_clear(&cat->diags);
	big__arena_free(&cat->arena);
	big_free(cat);
}

const char *big_catalogue_id(const big_catalogue *cat)
{
	return cat->id;
}

const char *big_catalogue_version(const big_catalogue *cat)
{
	return cat->version;
}

const char *big_catalogue_title(const big_catalogue *cat)
{
	return cat->title;
}

const char *big_catalogue_language(const big_catalogue *cat)
{
	return cat->language;
}

const char *big_catalogue_publisher(const big_catalogue *cat)
{
	return cat->publisher;
}

const char *big_catalogue_based_on(const big_catalogue *cat)
{
	return cat->based_on;
}

int big_catalogue_max_level(const big_catalogue *cat)
{
	return cat->max_level;
}

int big_catalogue_default_target(const big_catalogue *cat)
{
	return cat->default_target;
}

size_t big_catalogue_node_count(const big_catalogue *cat)
{
	return cat->node_count;
}

const big_node *big_catalogue_node(const big_catalogue *cat, size_t i)
{
	return i < cat->node_count ? &cat->nodes[i] : NULL;
}

size_t big_catalogue_root_count(const big_catalogue *cat)
{
	return cat->root_count;
}

const big_node *big_catalogue_root(const big_catalogue *cat, size_t i)
{
	return i < cat->root_count ? cat->roots[i] : NULL;
}

const big_node *big_catalogue_find(const big_catalogue *cat, const char *id)
{
	size_t i;
	if (!id || !big__idmap_find(&cat->ids, id, &i))
		return NULL;
	return &cat->nodes[i];
}

size_t big_catalogue_diagnostic_count(const big_catalogue *cat)
{
	return cat->diags.count;
}

const big_diagnostic *big_catalogue_diagnostic(const big_catalogue *cat, size_t i)
{
	return big__diag_get(&cat->diags, i);
}

const char *big_node_id(const big_node *node)
{
	return node->id;
}

const char *big_node_kind(const big_node *node)
{
	return node->kind;
}

const char *big_node_title(const big_node *node)
{
	return node->title;
}

const char *big__node_title(const big_node *node, const char *lang)
{
	return big__title_in(node->title, node->titles, node->title_count, lang);
}

int big__lang_option(char out[BIG_LANG_SIZE], const char *lang)
{
	out[0] = '\0';
	if (!lang || !*lang)
		return 0;
	if (!big__lang_valid(lang))
		return big__error_set(BIG_EINVAL,
				      "lang \"%.40s\" is not a language tag such as \"nl\" or "
				      "\"en\"",
				      lang);
	strcpy(out, lang);
	return 0;
}

const char *big_node_title_lang(const big_node *node, const char *lang)
{
	return big__node_title(node, lang && *lang ? lang : NULL);
}

size_t big_node_title_count(const big_node *node)
{
	return node->title_count;
}

const char *big_node_title_language(const big_node *node, size_t i)
{
	return i < node->title_count ? node->titles[i].lang : NULL;
}

const char *big_node_text(const big_node *node)
{
	return node->text;
}

double big_node_weight(const big_node *node)
{
	return node->weight;
}

bool big_node_is_assessable(const big_node *node)
{
	return node->assessable;
}

bool big_node_is_mandatory(const big_node *node)
{
	return node->mandatory;
}

size_t big_node_index(const big_node *node)
{
	return node->index;
}

unsigned int big_node_depth(const big_node *node)
{
	return node->depth;
}

const big_catalogue *big_node_catalogue(const big_node *node)
{
	return node->catalogue;
}

const big_node *big_node_parent(const big_node *node)
{
	return node->parent;
}

size_t big_node_child_count(const big_node *node)
{
	return node->child_count;
}

const big_node *big_node_child(const big_node *node, size_t i)
{
	return i < node->child_count ? node->children[i] : NULL;
}

size_t big_node_tag_count(const big_node *node)
{
	return node->tag_count;
}

const char *big_node_tag(const big_node *node, size_t i)
{
	return i < node->tag_count ? node->tags[i] : NULL;
}

size_t big_node_ref_count(const big_node *node)
{
	return node->ref_count;
}

const char *big_node_ref(const big_node *node, size_t i)
{
	return i < node->ref_count ? node->refs[i] : NULL;
}

size_t big_catalogue_requirement_count(const big_catalogue *cat)
{
	return cat->requirement_count;
}

const big_node *big_catalogue_requirement(const big_catalogue *cat, size_t i)
{
	return i < cat->requirement_count ? cat->requirements[i] : NULL;
}

size_t big_catalogue_tag_count(const big_catalogue *cat)
{
	return cat->tag_count;
}

const big_tag *big_catalogue_tag(const big_catalogue *cat, size_t i)
{
	return i < cat->tag_count ? &cat->tags[i] : NULL;
}

const big_tag *big_catalogue_find_tag(const big_catalogue *cat, const char *id)
{
	size_t i;
	if (!id || !big__idmap_find(&cat->tag_ids, id, &i))
		return NULL;
	return &cat->tags[i];
}

bool big_node_carries_tag(const big_node *node, const char *tag)
{
	for (; node && tag; node = node->parent)
		for (size_t i = 0; i < node->tag_count; i++)
			if (strcmp(node->tags[i], tag) == 0)
				return true;
	return false;
}

bool big__node_has_tag(const big_node *node, const char *tag)
{
	if (!node || !node->catalogue->tags_interned)
		return big_node_carries_tag(node, tag);
	for (; node; node = node->parent)
		for (size_t i = 0; i < node->tag_count; i++)
			if (node->tags[i] == tag)
				return true;
	return false;
}

double big_catalogue_status_value(const big_catalogue *cat, big_status status)
{
	return (unsigned)status < BIG_STATUS_COUNT ? cat->status_values[status] : 0.0;
}

bool big__catalogue_same_nodes(const big_catalogue *a, const big_catalogue *b)
{
	if (a == b)
		return true;
	if (a->node_count != b->node_count || a->requirement_count != b->requirement_count)
		return false;
	for (size_t i = 0; i < a->node_count; i++)
		if (strcmp(a->nodes[i].id, b->nodes[i].id) != 0 ||
		    a->nodes[i].assessable != b->nodes[i].assessable)
			return false;
	return true;
}
