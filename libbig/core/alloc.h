/*
 * libbig — private: every allocation of the library goes through these, so
 * that allocation failures can be injected in tests.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_ALLOC_H
#define BIG_ALLOC_H

#include <stddef.h>

void *big__malloc(size_t size);
void *big__calloc(size_t count, size_t size);
void *big__realloc(void *ptr, size_t size);
/* Grows an array to hold at least @need elements; 0 or BIG_ENOMEM. */
int big__grow(void **items, size_t *cap, size_t need, size_t elem_size);
/* A copy of @s, or NULL when out of memory (sets the last error). */
char *big__strdup(const char *s);

#endif /* BIG_ALLOC_H */
