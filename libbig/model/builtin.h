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
	const char *name;          /* <id>-<version>, e.g. "bio2-1.2" */
	const unsigned char *data; /* the JSON document, not NUL-terminated */
	size_t len;                /* its length in bytes */
};

/* A short name that stands for one built-in catalogue. */
struct big_builtin_alias {
	const char *alias; /* e.g. "bio2" */
	const char *name;  /* the entry it stands for, e.g. "bio2-1.2" */
};

extern const struct big_builtin_entry big__builtin_table[];
extern const size_t big__builtin_table_count;
extern const struct big_builtin_alias big__builtin_table_aliases[];
extern const size_t big__builtin_table_alias_count;

/* The built-in mappings (libbig.mapping documents), generated the same way. */
extern const struct big_builtin_entry big__builtin_mapping_table[];
extern const size_t big__builtin_mapping_table_count;

/* The entry named @name in @table, or NULL. */
const struct big_builtin_entry *big__builtin_find(const struct big_builtin_entry *table,
						  size_t count, const char *name);

/* The built-in catalogue named @name or by its alias @name, or NULL. */
const struct big_builtin_entry *big__builtin_catalogue_find(const char *name);

#endif /* BIG_BUILTIN_H */
