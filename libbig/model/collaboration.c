/*
 * libbig — collaborations: getters and lifetime.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "catalogue-int.h"
#include "collaboration-int.h"
#include "errors-int.h"

big_collaboration *big__collaboration_alloc(const big_catalogue *cat)
{
	big_collaboration *c = big__calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	c->catalogue = big_catalogue_ref((big_catalogue *)cat);
	c->policy = BIG_POLICY_COLLABORATION;
	if (!(c->cover = big__calloc(cat->node_count ? cat->node_count : 1, sizeof(*c->cover)))) {
		big_collaboration_free(c);
		return NULL;
	}
	return c;
}

void big_collaboration_free(big_collaboration *c)
{
	if (!c)
		return;
	big__idmap_free(&c->member_ids);
	big_free(c->cover);
	big__diag_clear(&c->diags);
	big__arena_free(&c->arena);
	big_catalogue_free(c->catalogue);
	big_free(c);
}

const big_catalogue *big_collaboration_catalogue(const big_collaboration *c)
{
	return c->catalogue;
}

const char *big_collaboration_id(const big_collaboration *c)
{
	return c->id;
}

const char *big_collaboration_name(const big_collaboration *c)
{
	return c->name ? c->name : "";
}

const char *big_collaboration_kind(const big_collaboration *c)
{
	return c->kind ? c->kind : "";
}

big_policy big_collaboration_policy(const big_collaboration *c)
{
	return c->policy;
}

size_t big_collaboration_member_count(const big_collaboration *c)
{
	return c->member_count;
}

const char *big_collaboration_member_id(const big_collaboration *c, size_t i)
{
	return i < c->member_count ? c->members[i].id : NULL;
}

double big_collaboration_member_weight(const big_collaboration *c, size_t i)
{
	return i < c->member_count ? c->members[i].weight : 0.0;
}

bool big_collaboration_has_member(const big_collaboration *c, const char *organisation_id)
{
	size_t i;
	return organisation_id && big__idmap_find(&c->member_ids, organisation_id, &i);
}

size_t big_collaboration_delegated_count(const big_collaboration *c)
{
	return c->delegated_count;
}

const big_node *big_collaboration_delegated(const big_collaboration *c, size_t i)
{
	return i < c->delegated_count ? c->delegated[i] : NULL;
}

bool big_collaboration_delegates(const big_collaboration *c, const char *id)
{
	const big_node *node = id ? big_catalogue_find(c->catalogue, id) : NULL;
	return node && c->cover[node->index] != 0;
}

size_t big_collaboration_diagnostic_count(const big_collaboration *c)
{
	return c->diags.count;
}

const big_diagnostic *big_collaboration_diagnostic(const big_collaboration *c, size_t i)
{
	return big__diag_get(&c->diags, i);
}
