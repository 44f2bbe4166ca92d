/*
 * libbig — roll-up of implementation scores over the catalogue tree.
 *
 * SPDX-License-Identifier: MIT
 */
#include "rollup.h"
#include "catalogue-int.h"

void big_rollup_leaf(struct big_rollup_acc *acc, double weight, double s)
{
	acc->w += weight;
	acc->ws += weight * s;
	acc->hier_has = acc->weak_has = true;
	acc->hier = acc->weak = s;
}

void big_rollup_children(struct big_rollup_acc *acc, const big_node *const *children, size_t count,
			 bool leaf, const void *base, size_t stride)
{
	struct big_rollup_sums sums = {0, 0};
	for (size_t i = 0; i < count; i++) {
		const struct big_rollup_acc *c =
		    (const struct big_rollup_acc *)((const char *)base +
						    children[i]->index * stride);
		big_rollup_child(acc, &sums, c, children[i]->weight, leaf);
	}
	big_rollup_end(acc, &sums, leaf);
}

void big_rollup_result(const struct big_rollup_acc *acc, big_rollup method, bool *has,
		       double *value)
{
	switch (method) {
	case BIG_ROLLUP_HIERARCHICAL:
		*has = acc->hier_has;
		*value = acc->hier_has ? acc->hier : 0;
		return;
	case BIG_ROLLUP_FLAT:
		*has = acc->w > 0;
		*value = acc->w > 0 ? acc->ws / acc->w : 0;
		return;
	case BIG_ROLLUP_WEAKEST:
		*has = acc->weak_has;
		*value = acc->weak_has ? acc->weak : 0;
		return;
	}
	*has = false;
	*value = 0;
}
