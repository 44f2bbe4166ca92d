/*
 * libbig — private: the JSON reader. Text becomes a cJSON tree built by
 * libbig into a few large blocks; text that is not JSON gives the place where
 * reading stopped, for json-error.c to name.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_JSON_TREE_H
#define BIG_JSON_TREE_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

struct big_json_block;

/* The blocks that hold a tree's values and strings. */
struct big_json_tree {
	struct big_json_block *blocks;
};

/* The text was not read: it is not JSON (big__json_tree_read()), or not of
 * the plain kind that big__json_tree_parse() reads. */
#define BIG_JSON_TREE_DECLINED 1

/* Where big__json_tree_read() stopped in a text that is not JSON. */
struct big_json_stop {
	size_t at;     /* byte offset, where cJSON reported it, but at most the length */
	bool trailing; /* a whole value was read, and text other than white space follows at @at */
};

/* Reads the JSON text @data (@len bytes, a byte order mark allowed) into a
 * tree of the same types, values, strings and links as cJSON builds, with at
 * most @max_depth levels of arrays and objects. It reads what the loaders
 * read with Debian's cJSON 1.7.15 (numbers of any length), less
 * what cJSON let through wrongly: numbers with a leading zero ("03"), a
 * point without a digit after it ("1.") or a minus sign without a digit
 * after it ("-.5"), and \u escapes that give U+0000
 * ("\u0000", and "\u12G4", whose digit that is not hex cJSON read as 0). It
 * also checks what the pre-scan of json-error.c checks (UTF-8, control
 * characters, depth), so that every tree it builds passes the loaders'
 * checks.
 *
 * Returns 0 with *@root set (release it with big__json_tree_free(), never
 * cJSON_Delete()); BIG_JSON_TREE_DECLINED with *@stop set, the text being
 * no JSON that the loaders read (big__json_syntax_error() names the place);
 * or BIG_ENOMEM (the error set). */
int big__json_tree_read(struct big_json_tree *tree, const char *data, size_t len,
			unsigned max_depth, cJSON **root, struct big_json_stop *stop);

#ifdef BIG_JSON_TREE_TEST_MODES
/* Two more modes of the same reader, compiled only into the suite json-tree
 * (tests/meson.build), which checks the reader against cJSON through them;
 * the library has no use for them. */

/* The reader on the plain part of JSON: no byte order mark, no \u escapes,
 * no error (each is BIG_JSON_TREE_DECLINED). */
int big__json_tree_parse(struct big_json_tree *tree, const char *data, size_t len,
			 unsigned max_depth, cJSON **root);

/* Whether @data (@len bytes) is one well-formed JSON value between optional
 * white space, as cJSON reads it: RFC 8259 with a byte order mark allowed,
 * numbers of at most 63 bytes, \u escapes with complete surrogate pairs, at
 * most CJSON_NESTING_LIMIT levels. Strings must also be valid UTF-8 without
 * control characters. The same reader, building nothing. */
bool big__json_well_formed(const char *data, size_t len);
#endif

/* Releases every value of @tree at once. */
void big__json_tree_free(struct big_json_tree *tree);

#endif /* BIG_JSON_TREE_H */
