/*
 * libbig — private: the roll-up of implementation scores over the catalogue
 * tree (docs/scoring.md, "Node scores"), shared by scoring one assessment and
 * aggregating many, so that the rule lives in one place.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_ROLLUP_H
#define BIG_ROLLUP_H

#include <stdbool.h>
#include <stddef.h>

#include "big.h"

struct big_rollup_acc {
	double w, ws;            /* flat: Σw and Σw·s over the scored requirements beneath */
	bool hier_has, weak_has; /* whether the roll-ups have a value */
	double hier, weak;       /* hierarchical mean and weakest minimum */
};

/* A scored requirement: its own term of the flat sums and, as a leaf, its
 * hierarchical and weakest value. Inline (as big_rollup_result()): scoring
 * calls both for every requirement, and a call costs as much as the work. */
static inline void big_rollup_leaf(struct big_rollup_acc *acc, double weight, double s)
{
	acc->w += weight;
	acc->ws += weight * s;
	acc->hier_has = acc->weak_has = true;
	acc->hier = acc->weak = s;
}

/* Adds the children of a node, in catalogue order: the flat sums always; the
 * hierarchical mean (weighted by the children's node weights) and the weakest
 * minimum over the children that have a value, unless the node is a @leaf.
 * Child @c's accumulator is at `base + c->index * stride`. */
void big_rollup_children(struct big_rollup_acc *acc, const big_node *const *children, size_t count,
			 bool leaf, const void *base, size_t stride);

/* big_rollup_children() one child at a time, for a caller that walks the
 * children anyway: big_rollup_child() for each child in catalogue order with
 * the same @sums (zeroed first), then big_rollup_end(). */
struct big_rollup_sums {
	double hw, hws; /* hierarchical: Σw and Σw·s over the children with a value */
};

static inline void big_rollup_child(struct big_rollup_acc *acc, struct big_rollup_sums *sums,
				    const struct big_rollup_acc *c, double weight, bool leaf)
{
	acc->w += c->w;
	acc->ws += c->ws;
	if (leaf)
		return;
	if (c->hier_has) {
		sums->hw += weight;
		sums->hws += weight * c->hier;
	}
	if (c->weak_has && (!acc->weak_has || c->weak < acc->weak)) {
		acc->weak = c->weak;
		acc->weak_has = true;
	}
}

static inline void big_rollup_end(struct big_rollup_acc *acc, const struct big_rollup_sums *sums,
				  bool leaf)
{
	if (!leaf && sums->hw > 0) {
		acc->hier_has = true;
		acc->hier = sums->hws / sums->hw;
	}
}

/* The implementation score by @method, and whether there is one. */
static inline void big_rollup_result(const struct big_rollup_acc *acc, big_rollup method, bool *has,
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

#endif /* BIG_ROLLUP_H */
