/*
 * libbig — looking up the built-in documents by name or alias.
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

/* The alias entry of @name: the entry whose alias or whose name it is. */
static const struct big_builtin_alias *alias_of(const char *name)
{
	for (size_t i = 0; name && i < big__builtin_table_alias_count; i++)
		if (strcmp(big__builtin_table_aliases[i].alias, name) == 0 ||
		    strcmp(big__builtin_table_aliases[i].name, name) == 0)
			return &big__builtin_table_aliases[i];
	return NULL;
}

const struct big_builtin_entry *big__builtin_catalogue_find(const char *name)
{
	const struct big_builtin_alias *a = alias_of(name);

	if (a && strcmp(a->alias, name) == 0)
		name = a->name;
	return big__builtin_find(big__builtin_table, big__builtin_table_count, name);
}

const char *big_builtin_alias(const char *name)
{
	const struct big_builtin_alias *a = alias_of(name);

	return a ? a->alias : NULL;
}

int big_builtin_json(const char **out, size_t *len, const char *name)
{
	if (!out || !len || !name)
		return big__error_set(BIG_EINVAL, "no output pointer, length or name");
	const struct big_builtin_entry *e = big__builtin_catalogue_find(name);
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
