/*
 * libbig — private: the table of built-in catalogues.
 *
 * The table is generated at build time by catalogues/embed.py from the JSON
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

extern const struct big_builtin_entry big_builtin_table[];
extern const size_t big_builtin_table_count;

#endif /* BIG_BUILTIN_H */
