/*
 * libbig — private: a read-mostly hash map from string ids to indices
 * (open addressing, linear probing). The keys are borrowed.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_IDMAP_H
#define BIG_IDMAP_H

#include <stddef.h>

struct big_idmap_slot {
	const char *key;
	size_t value;
};

struct big_idmap {
	struct big_idmap_slot *slots;
	size_t mask; /* capacity - 1, capacity a power of two */
	size_t count;
};

/* Prepares a map for up to @expected keys. 0 or BIG_ENOMEM. */
int big__idmap_init(struct big_idmap *map, size_t expected);
/* Inserts @key; 0, or 1 (and *existing) when the key is already there. */
int big__idmap_insert(struct big_idmap *map, const char *key, size_t value, size_t *existing);
/* 1 and *value when found, else 0. */
int big__idmap_find(const struct big_idmap *map, const char *key, size_t *value);
void big__idmap_free(struct big_idmap *map);

#endif /* BIG_IDMAP_H */
