/*
 * libbig — looking up the built-in documents by name.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "big.h"
#include "builtin.h"
#include "errors-int.h"

const struct big_builtin_entry *big__builtin_find(const struct big_builtin_entry *table,
						  size_t count, const char *name)
{
	for (size_t i = 0; name && i < count; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}

int big_builtin_json(const char **out, size_t *len, const char *name)
{
	if (!out || !len || !name)
		return big__error_set(BIG_EINVAL, "no output pointer, length or name");
	const struct big_builtin_entry *e =
	    big__builtin_find(big__builtin_table, big__builtin_table_count, name);
	if (!e)
		e = big__builtin_find(big__builtin_mapping_table, big__builtin_mapping_table_count,
				      name);
	if (!e)
		return big__error_set(BIG_ENOTFOUND, "no built-in catalogue or mapping \"%s\"",
				      name);
	*out = (const char *)e->data;
	*len = e->len;
	return 0;
}
