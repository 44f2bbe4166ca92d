/*
 * libbig — private: the roll-up of implementation scores over the catalogue
 * tree (docs/scoring.md, "Node scores"), shared by scoring one assessment and
 * aggregating many, so that the rule lives in one place.
 *
 * An accumulator keeps only what its roll-up method needs: the flat sums, or
 * the value of the hierarchical mean or of the weakest minimum. Every
 * function takes the method; scoring passes it as a constant, so that the
 * compiler drops the other methods' work from its inner loop.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_ROLLUP_H
#define BIG_ROLLUP_H

#include <stdbool.h>
#include <stddef.h>

#include "big.h"

struct big_rollup_acc {
	double w, ws; /* flat: Σw and Σw·s over the scored requirements beneath */
	bool has;     /* hierarchical or weakest: whether there is a value */
	double value; /* hierarchical mean or weakest minimum */
};

/* A scored requirement: its own term of the flat sums or, as a leaf, its
 * hierarchical and weakest value. Inline (as big__rollup_result()): scoring
 * calls both for every requirement, and a call costs as much as the work. */
static inline void big__rollup_leaf(struct big_rollup_acc *acc, big_rollup method, double weight,
				    double s)
{
	if (method == BIG_ROLLUP_FLAT) {
		acc->w += weight;
		acc->ws += weight * s;
	} else {
		acc->has = true;
		acc->value = s;
	}
}

/* Adds the children of a node, in catalogue order: the flat sums always; the
 * hierarchical mean (weighted by the children's node weights) and the weakest
 * minimum over the children that have a value, unless the node is a @leaf.
 * Child @c's accumulator is at `base + c->index * stride`. */
void big__rollup_children(struct big_rollup_acc *acc, big_rollup method,
			  const big_node *const *children, size_t count, bool leaf,
			  const void *base, size_t stride);

/* Stores @from into @to field by field, as big__node_sums_store() does and
 * for the same reason: no trip through the stack. */
static inline void big__rollup_store(struct big_rollup_acc *restrict to,
				     const struct big_rollup_acc *restrict from)
{
	to->w = from->w;
	to->ws = from->ws;
	to->has = from->has;
	to->value = from->value;
}

/* big__rollup_children() one child at a time, for a caller that walks the
 * children anyway: big__rollup_child() for each child in catalogue order with
 * the same @sums (zeroed first), then big__rollup_end(). */
struct big_rollup_sums {
	double hw, hws; /* hierarchical: Σw and Σw·s over the children with a value */
};

static inline void big__rollup_child(struct big_rollup_acc *acc, big_rollup method,
				     struct big_rollup_sums *sums, const struct big_rollup_acc *c,
				     double weight, bool leaf)
{
	switch (method) {
	case BIG_ROLLUP_FLAT:
		acc->w += c->w;
		acc->ws += c->ws;
		return;
	case BIG_ROLLUP_HIERARCHICAL:
		if (!leaf && c->has) {
			sums->hw += weight;
			sums->hws += weight * c->value;
		}
		return;
	case BIG_ROLLUP_WEAKEST:
		if (!leaf && c->has && (!acc->has || c->value < acc->value)) {
			acc->value = c->value;
			acc->has = true;
		}
		return;
	}
}

static inline void big__rollup_end(struct big_rollup_acc *acc, big_rollup method,
				   const struct big_rollup_sums *sums, bool leaf)
{
	if (method == BIG_ROLLUP_HIERARCHICAL && !leaf && sums->hw > 0) {
		acc->has = true;
		acc->value = sums->hws / sums->hw;
	}
}

/* The implementation score by @method, and whether there is one. */
static inline void big__rollup_result(const struct big_rollup_acc *acc, big_rollup method,
				      bool *has, double *value)
{
	if (method == BIG_ROLLUP_FLAT) {
		*has = acc->w > 0;
		*value = acc->w > 0 ? acc->ws / acc->w : 0;
	} else {
		*has = acc->has;
		*value = acc->has ? acc->value : 0;
	}
}

#endif /* BIG_ROLLUP_H */
