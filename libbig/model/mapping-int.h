/*
 * libbig — private: the mapping model.
 *
 * Entries live in one array in document order. Each side (sources, targets)
 * has an index: a hash map from an id to a group, and the group's entries
 * side by side in one array of pointers, so that the entries of one id are
 * found in constant time. All strings and arrays live in the mapping's arena.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_MAPPING_INT_H
#define BIG_MAPPING_INT_H

#include "arena.h"
#include "big.h"
#include "diag.h"
#include "idmap.h"

/* The entries of one id: entries[first .. first + count) of the index. */
struct big_mapping_group {
	size_t first;
	size_t count;
};

struct big_mapping_index {
	struct big_idmap ids;              /* id -> group */
	struct big_mapping_group *groups;  /* in order of first appearance */
	const big_mapping_entry **entries; /* grouped; document order within a group */
};

struct big_mapping {
	struct big_arena arena;
	const char *id;
	const char *title;
	const char *note;
	const char *source_id;
	const char *source_version;
	const char *target_id;
	const char *target_version;
	const char *source_fingerprint; /* NULL when the mapping names none */
	const char *target_fingerprint;
	big_mapping_entry *entries;
	size_t entry_count;
	const char **unmapped;
	size_t unmapped_count;
	struct big_mapping_index by_source;
	struct big_mapping_index by_target;
	struct big_diag_list diags;
};

/* A new, empty mapping; NULL when out of memory. */
big_mapping *big__mapping_alloc(void);

/* Builds both indexes once the entries are loaded. 0 or BIG_ENOMEM. */
int big__mapping_index_entries(big_mapping *m);

#endif /* BIG_MAPPING_INT_H */
