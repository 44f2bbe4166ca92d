/*
 * libbig — private: the tables of built-in catalogues and mappings.
 *
 * The tables are generated at build time by catalogues/embed.py from the JSON
 * files in catalogues/ (see catalogues/meson.build).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_BUILTIN_H
#define BIG_BUILTIN_H

#include <stddef.h>

struct big_builtin_entry {
	const char *name;          /* e.g. "bio2" */
	const unsigned char *data; /* the JSON document, not NUL-terminated */
	size_t len;                /* its length in bytes */
};

extern const struct big_builtin_entry big__builtin_table[];
extern const size_t big__builtin_table_count;

/* The built-in mappings (libbig.mapping documents), generated the same way. */
extern const struct big_builtin_entry big__builtin_mapping_table[];
extern const size_t big__builtin_mapping_table_count;

/* The entry named @name in @table, or NULL. */
const struct big_builtin_entry *big__builtin_find(const struct big_builtin_entry *table,
						  size_t count, const char *name);

#endif /* BIG_BUILTIN_H */
