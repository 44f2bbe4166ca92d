/*
 * libbig — string id → index hash map.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <string.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"
#include "idmap.h"

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ull;
	}
	return h ^ (h >> 29);
}

int big__idmap_init(struct big_idmap *map, size_t expected)
{
	size_t cap = 16;
	while (cap < expected * 2) {
		if (cap > SIZE_MAX / 4)
			return big__error_nomem();
		cap *= 2;
	}
	map->slots = big__calloc(cap, sizeof(*map->slots));
	if (!map->slots)
		return BIG_ENOMEM;
	map->mask = cap - 1;
	map->count = 0;
	return 0;
}

int big__idmap_insert(struct big_idmap *map, const char *key, size_t value, size_t *existing)
{
	size_t i = (size_t)hash(key) & map->mask;
	while (map->slots[i].key) {
		if (strcmp(map->slots[i].key, key) == 0) {
			*existing = map->slots[i].value;
			return 1;
		}
		i = (i + 1) & map->mask;
	}
	map->slots[i].key = key;
	map->slots[i].value = value;
	map->count++;
	return 0;
}

int big__idmap_find(const struct big_idmap *map, const char *key, size_t *value)
{
	if (!map->slots)
		return 0;
	size_t i = (size_t)hash(key) & map->mask;
	while (map->slots[i].key) {
		if (strcmp(map->slots[i].key, key) == 0) {
			*value = map->slots[i].value;
			return 1;
		}
		i = (i + 1) & map->mask;
	}
	return 0;
}

void big__idmap_free(struct big_idmap *map)
{
	big_free(map->slots);
	memset(map, 0, sizeof(*map));
}
