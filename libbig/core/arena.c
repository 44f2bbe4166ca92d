/*
 * libbig — region allocator.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"
#include "big.h"
#include "errors-int.h"

#define CHUNK_SIZE 16384

struct big_arena_chunk {
	struct big_arena_chunk *next;
	size_t used;
	size_t size;
	alignas(max_align_t) unsigned char data[];
};

/* @size bytes aligned for any type, not zeroed. */
static void *alloc_raw(struct big_arena *arena, size_t size)
{
	const size_t align = alignof(max_align_t);
	if (size > SIZE_MAX - align) {
		big__error_nomem();
		return NULL;
	}
	size = (size + align - 1) & ~(align - 1);
	struct big_arena_chunk *c = arena->head;
	if (!c || c->size - c->used < size) {
		size_t want = size > CHUNK_SIZE ? size : CHUNK_SIZE;
		c = big__malloc(sizeof(*c) + want);
		if (!c)
			return NULL;
		c->used = 0;
		c->size = want;
		c->next = arena->head;
		arena->head = c;
	}
	void *p = c->data + c->used;
	c->used += size;
	return p;
}

void *big__arena_alloc(struct big_arena *arena, size_t size)
{
	void *p = alloc_raw(arena, size);
	if (p)
		memset(p, 0, size);
	return p;
}

char *big__arena_strndup(struct big_arena *arena, const char *s, size_t n)
{
	if (n == SIZE_MAX) {
		big__error_nomem();
		return NULL;
	}
	char *p = alloc_raw(arena, n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

char *big__arena_strdup(struct big_arena *arena, const char *s)
{
	return big__arena_strndup(arena, s, strlen(s));
}

void big__arena_free(struct big_arena *arena)
{
	struct big_arena_chunk *c = arena->head;
	while (c) {
		struct big_arena_chunk *next = c->next;
		big_free(c);
		c = next;
	}
	arena->head = NULL;
}
