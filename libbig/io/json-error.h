/*
 * libbig — private: the error for a text that the JSON reader did not read,
 * with the place in the text (line:column).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_JSON_ERROR_H
#define BIG_JSON_ERROR_H

#include <stddef.h>

#include "json-tree.h"

/* Sets the error for @data (@len bytes), on which big__json_tree_read()
 * stopped at @stop, and returns its code: BIG_EUTF8 for invalid UTF-8,
 * BIG_ELIMIT for nesting deeper than @max_depth, BIG_ESYNTAX for a control
 * character, a string that does not end, an empty text, text after the end
 * and any other syntax error. @source names the text in the message. */
int big__json_syntax_error(const char *source, const char *data, size_t len, unsigned max_depth,
			   const struct big_json_stop *stop);

#endif /* BIG_JSON_ERROR_H */
