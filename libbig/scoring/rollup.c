/*
 * libbig — roll-up of implementation scores over the catalogue tree.
 *
 * SPDX-License-Identifier: MIT
 */
#include "rollup.h"
#include "catalogue-int.h"

void big__rollup_children(struct big_rollup_acc *acc, big_rollup method,
			  const big_node *const *children, size_t count, bool leaf,
			  const void *base, size_t stride)
{
	struct big_rollup_sums sums = {0, 0};
	for (size_t i = 0; i < count; i++) {
		const struct big_rollup_acc *c =
		    (const struct big_rollup_acc *)((const char *)base +
						    children[i]->index * stride);
		big__rollup_child(acc, method, &sums, c, children[i]->weight, leaf);
	}
	big__rollup_end(acc, method, &sums, leaf);
}
