/*
 * libbig — looking up the built-in documents by name.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "builtin.h"

const struct big_builtin_entry *big_builtin_find(const struct big_builtin_entry *table,
						 size_t count, const char *name)
{
	for (size_t i = 0; name && i < count; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}
