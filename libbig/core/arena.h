/*
 * libbig — private: a region allocator. A catalogue keeps all its strings
 * and arrays in one arena and frees them at once.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_ARENA_H
#define BIG_ARENA_H

#include <stddef.h>

struct big_arena_chunk;

struct big_arena {
	struct big_arena_chunk *head;
};

/* @size bytes aligned for any type, zeroed; NULL when out of memory. */
void *big__arena_alloc(struct big_arena *arena, size_t size);
/* A copy of @n bytes of @s plus a NUL; NULL when out of memory. */
char *big__arena_strndup(struct big_arena *arena, const char *s, size_t n);
char *big__arena_strdup(struct big_arena *arena, const char *s);
void big__arena_free(struct big_arena *arena);

#endif /* BIG_ARENA_H */
