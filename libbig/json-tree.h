/*
 * libbig — private: a cJSON tree parsed by libbig into a few large blocks, and
 * the same grammar checked without building anything.
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

/* big_json_tree_parse() could not build the tree: the text is not plain JSON
 * of the kind it reads, and goes to cJSON (and its error reporting). */
#define BIG_JSON_TREE_DECLINED 1

/* Parses the JSON text @data (@len bytes) into a tree that is the same as
 * cJSON_ParseWithLengthOpts() would build, with at most @max_depth levels of
 * arrays and objects and nothing but white space after it, in valid UTF-8
 * without control characters in strings (what the pre-scan of json-read.c
 * checks besides). Returns 0 with
 * *@root set (release it with big_json_tree_free(), never cJSON_Delete()),
 * BIG_JSON_TREE_DECLINED, or BIG_ENOMEM (the error set). */
int big_json_tree_parse(struct big_json_tree *tree, const char *data, size_t len,
			unsigned max_depth, cJSON **root);

/* Whether @data (@len bytes) is one well-formed JSON value between optional
 * white space, as cJSON reads it: RFC 8259 with a byte order mark allowed,
 * numbers of at most 63 bytes, \u escapes with complete surrogate pairs, at
 * most CJSON_NESTING_LIMIT levels. Strings must also be valid UTF-8 (the
 * pre-scan of json-read.c checks that first). Allocates nothing: cJSON reports
 * a failed allocation like a syntax error, and when it fails on text that
 * passes this check, it ran out of memory. */
bool big_json_well_formed(const char *data, size_t len);

/* Releases every value of @tree at once. */
void big_json_tree_free(struct big_json_tree *tree);

#endif /* BIG_JSON_TREE_H */
