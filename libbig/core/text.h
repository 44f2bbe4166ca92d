/*
 * libbig — private: what libbig reads in the text of a document beyond its
 * bytes: which characters are white space (a blank explanation).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_TEXT_H
#define BIG_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Whether @s (NULL, or NUL-terminated UTF-8) shows nothing: it is empty or
 * holds only white space and characters without a glyph (docs/scoring.md,
 * "Terms", defines the set: Unicode's White_Space, the control characters,
 * and the zero-width characters U+180E, U+200B–U+200D, U+2060, U+FEFF). */
bool big__text_blank(const char *s);

#endif /* BIG_TEXT_H */
