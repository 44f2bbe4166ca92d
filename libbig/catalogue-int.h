/*
 * libbig — private: the catalogue model.
 *
 * Nodes live in one array in pre-order, so a subtree is a contiguous range
 * [index, end) and a reverse walk visits children before parents. All strings
 * and arrays live in the catalogue's arena.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_CATALOGUE_INT_H
#define BIG_CATALOGUE_INT_H

#include <stdatomic.h>
#include <stdbool.h>

#include "arena.h"
#include "big.h"
#include "diag.h"
#include "idmap.h"

#define BIG_DEFAULT_MAX_LEVEL 5
#define BIG_DEFAULT_TARGET    3
#define BIG_NO_REQUIREMENT    ((size_t)-1)

struct big_node {
	const big_catalogue *catalogue;
	const char *id;
	const char *kind;
	const char *title;
	const char *text;
	double weight;
	const big_node *parent;
	const big_node **children;
	size_t child_count;
	const char **tags;
	size_t tag_count;
	const char **refs;
	size_t ref_count;
	size_t index;       /* pre-order position */
	size_t end;         /* one past the last node of the subtree */
	size_t requirement; /* position among the assessable nodes, or BIG_NO_REQUIREMENT */
	unsigned int depth;
	bool assessable;
	bool mandatory;
};

struct big_catalogue {
	atomic_size_t refs;
	struct big_arena arena;
	const char *id;
	const char *version;
	const char *title;
	const char *language;
	const char *publisher;
	const char *based_on;
	int max_level;
	int default_target;
	big_node *nodes;
	size_t node_count;
	const big_node **roots;
	size_t root_count;
	const big_node **requirements; /* assessable nodes in pre-order */
	size_t requirement_count;
	struct big_idmap ids;
	struct big_diag_list diags;
};

/* A new, empty catalogue with one reference; NULL when out of memory. */
big_catalogue *big_catalogue_alloc(void);

#endif /* BIG_CATALOGUE_INT_H */
