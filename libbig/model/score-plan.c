/*
 * libbig — the catalogue tree as scoring walks it (struct big_plan in
 * catalogue-int.h), built once when a catalogue is loaded.
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "errors-int.h"

static struct big_plan_edge edge(const big_node *child, const size_t *slot)
{
	size_t ref = child->leaf_requirement ? 2 * child->requirement + 1 : 2 * slot[child->index];
	return (struct big_plan_edge){child->weight, ref};
}

int big__plan_build(big_catalogue *cat)
{
	struct big_plan *plan = &cat->plan;
	size_t inner = 0, edges = cat->root_count;
	for (size_t i = 0; i < cat->node_count; i++)
		if (!cat->nodes[i].leaf_requirement) {
			inner++;
			edges += cat->nodes[i].child_count;
		}
	/* The arena zeroes what it gives and frees it with the catalogue. */
	size_t *slot = big__arena_alloc(&cat->arena, (cat->node_count + 1) * sizeof(*slot));
	plan->inner = big__arena_alloc(&cat->arena, (inner + 1) * sizeof(*plan->inner));
	plan->edges = big__arena_alloc(&cat->arena, (edges + 1) * sizeof(*plan->edges));
	plan->requirements = big__arena_alloc(&cat->arena, (cat->requirement_count + 1) *
							       sizeof(*plan->requirements));
	if (!slot || !plan->inner || !plan->edges || !plan->requirements)
		return BIG_ENOMEM;
	for (size_t r = 0; r < cat->requirement_count; r++) {
		const big_node *n = cat->requirements[r];
		plan->requirements[r] = (struct big_plan_requirement){
		    n->weight, 4 * n->index + 2 * (size_t)n->mandatory + n->leaf_requirement};
	}
	for (size_t i = 0, k = 0; i < cat->node_count; i++)
		if (!cat->nodes[i].leaf_requirement)
			slot[i] = k++;
	for (size_t i = 0; i < cat->node_count; i++) {
		const big_node *n = &cat->nodes[i];
		if (n->leaf_requirement)
			continue;
		struct big_plan_inner *in = &plan->inner[plan->inner_count++];
		*in = (struct big_plan_inner){i, n->requirement, n->weight, plan->edge_count,
					      n->child_count};
		for (size_t c = 0; c < n->child_count; c++)
			plan->edges[plan->edge_count++] = edge(n->children[c], slot);
	}
	for (size_t c = 0; c < cat->root_count; c++)
		plan->edges[plan->edge_count++] = edge(cat->roots[c], slot);
	plan->root_count = cat->root_count;
	return 0;
}
