/*
 * libbig — allocation wrappers and the pluggable allocator.
 *
 * Every block libbig allocates comes from here, so that a program can put
 * libbig's memory elsewhere and the tests can make any allocation fail.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"

/* The one process-wide setting besides the per-thread error: written only by
 * big_set_alloc_funcs(), before any other libbig call (documented). */
static struct {
	big_malloc_fn malloc_fn;
	big_realloc_fn realloc_fn;
	big_free_fn free_fn;
} funcs = {malloc, realloc, free};

int big_set_alloc_funcs(big_malloc_fn malloc_fn, big_realloc_fn realloc_fn, big_free_fn free_fn)
{
	if (!malloc_fn && !realloc_fn && !free_fn) {
		malloc_fn = malloc;
		realloc_fn = realloc;
		free_fn = free;
	} else if (!malloc_fn || !realloc_fn || !free_fn) {
		return big__error_set(BIG_EINVAL, "give all three allocation functions, or none");
	}
	funcs.malloc_fn = malloc_fn;
	funcs.realloc_fn = realloc_fn;
	funcs.free_fn = free_fn;
	return 0;
}

void big_get_alloc_funcs(big_malloc_fn *malloc_fn, big_realloc_fn *realloc_fn, big_free_fn *free_fn)
{
	if (malloc_fn)
		*malloc_fn = funcs.malloc_fn;
	if (realloc_fn)
		*realloc_fn = funcs.realloc_fn;
	if (free_fn)
		*free_fn = funcs.free_fn;
}

void *big__malloc(size_t size)
{
	void *p = funcs.malloc_fn(size ? size : 1);
	if (!p)
		big__error_nomem();
	return p;
}

void *big__calloc(size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size) {
		big__error_nomem();
		return NULL;
	}
	size_t n = count * size;
	void *p = big__malloc(n);
	if (p)
		memset(p, 0, n);
	return p;
}

void *big__realloc(void *ptr, size_t size)
{
	void *p = funcs.realloc_fn(ptr, size ? size : 1);
	if (!p)
		big__error_nomem();
	return p;
}

int big__grow(void **items, size_t *cap, size_t need, size_t elem_size)
{
	if (need <= *cap)
		return 0;
	size_t ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return big__error_nomem();
		ncap *= 2;
	}
	if (ncap > SIZE_MAX / elem_size)
		return big__error_nomem();
	void *p = big__realloc(*items, ncap * elem_size);
	if (!p)
		return BIG_ENOMEM;
	*items = p;
	*cap = ncap;
	return 0;
}

char *big__strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = big__malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

void big_free(void *ptr)
{
	if (ptr)
		funcs.free_fn(ptr);
}
