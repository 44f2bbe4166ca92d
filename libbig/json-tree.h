/*
 * libbig — private: a cJSON tree parsed by libbig into a few large blocks.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_JSON_TREE_H
#define BIG_JSON_TREE_H

#include <cjson/cJSON.h>
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

/* Releases every value of @tree at once. */
void big_json_tree_free(struct big_json_tree *tree);

#endif /* BIG_JSON_TREE_H */
