/*
 * libbig — private: UTF-8 validation.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_UTF8_H
#define BIG_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Length (1-4) of the well-formed UTF-8 sequence at @s (at most @n bytes),
 * or 0 when it is not well-formed (overlong forms, surrogates and values
 * above U+10FFFF are not). */
size_t big__utf8_seq(const unsigned char *s, size_t n);
/* Whether the NUL-terminated @s is well-formed UTF-8. */
bool big__utf8_valid(const char *s);

#endif /* BIG_UTF8_H */
