/*
 * libbig — private: telling a syntax error from cJSON running out of memory.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_JSON_CHECK_H
#define BIG_JSON_CHECK_H

#include <stdbool.h>
#include <stddef.h>

/* Whether @data is one well-formed JSON value between optional whitespace
 * (RFC 8259, and within what every cJSON accepts: numbers of at most 63 bytes,
 * complete surrogate pairs, nesting of at most 1000 levels). Allocates
 * nothing. cJSON reports a failed allocation like a syntax error: when it
 * fails on text that passes this check, it ran out of memory. */
bool big_json_well_formed(const char *data, size_t len);

#endif /* BIG_JSON_CHECK_H */
