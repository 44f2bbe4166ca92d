/*
 * libbig — allocation wrappers.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"

void *big_malloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		big_error_nomem();
	return p;
}

void *big_calloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		big_error_nomem();
	return p;
}

void *big_realloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);
	if (!p)
		big_error_nomem();
	return p;
}

int big_grow(void **items, size_t *cap, size_t need, size_t elem_size)
{
	if (need <= *cap)
		return 0;
	size_t ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return big_error_nomem();
		ncap *= 2;
	}
	if (ncap > SIZE_MAX / elem_size)
		return big_error_nomem();
	void *p = big_realloc(*items, ncap * elem_size);
	if (!p)
		return BIG_ENOMEM;
	*items = p;
	*cap = ncap;
	return 0;
}

char *big_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = big_malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

void big_free(void *ptr)
{
	free(ptr);
}
