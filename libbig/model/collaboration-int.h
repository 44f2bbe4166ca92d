/*
 * libbig — private: the collaboration model.
 *
 * Strings and arrays live in the collaboration's arena. @cover has one entry
 * per catalogue node: 1 + the position in @delegated of the delegated node
 * whose subtree holds it, or 0, so that big_collaboration_delegates() needs
 * one lookup.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_COLLABORATION_INT_H
#define BIG_COLLABORATION_INT_H

#include "arena.h"
#include "big.h"
#include "diag.h"
#include "idmap.h"

struct big_member {
	const char *id;
	double weight;
};

struct big_collaboration {
	struct big_arena arena;
	big_catalogue *catalogue; /* a reference */
	const char *id;
	const char *name;
	const char *kind;
	big_policy policy;
	struct big_member *members;
	size_t member_count;
	struct big_idmap member_ids; /* organisation id -> member index */
	const big_node **delegated;
	size_t delegated_count;
	size_t *cover; /* per catalogue node */
	struct big_diag_list diags;
};

/* A new, empty collaboration holding a reference to @cat; NULL when out of memory. */
big_collaboration *big__collaboration_alloc(const big_catalogue *cat);

#endif /* BIG_COLLABORATION_INT_H */
