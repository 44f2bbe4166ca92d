/*
 * libbig — private: what libbig reads in the text of a document beyond its
 * bytes: which characters are white space (a blank explanation), which are
 * control characters (an id or a title should have none), and how text from
 * a document is quoted in a message (control characters escaped).
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

/* The first control character of @s (C0 U+0001–U+001F, DEL U+007F, C1
 * U+0080–U+009F): its code point, with its byte offset in *@at; 0 when @s
 * has none. */
unsigned big__text_control(const char *s, size_t *at);

/* Copies @s into @out (@size bytes, NUL-terminated) with every control
 * character escaped: \n, \r and \t as such, the others as \u001b; and
 * every character that reorders the text or breaks its line (U+061C,
 * U+200E, U+200F, U+2028–U+202E, U+2066–U+2069) as \u202e; with
 * @quote also " and \ (as \" and \\, for a quoted JSON member name). A copy
 * that does not fit ends before the character or escape that does not fit.
 * Returns the length written. Every message that quotes text from a
 * document passes through here (errors.c, diag.c, the JSON paths). */
size_t big__text_escape(char *out, size_t size, const char *s, bool quote);

/* Whether @s is a language tag as libbig takes it (docs/formats.md,
 * "Titles in other languages"): a primary subtag of 2 or 3 ASCII letters,
 * then any number of "-" and 1 to 8 letters or digits; at most 35 bytes.
 * "nl", "en", "en-GB", "nl-BE", "fry". NULL is not. */
bool big__lang_valid(const char *s);

/* How well the language tag @have serves a reader who asks for @want: 2 for
 * the same tag, 1 when @want's primary subtag is all of @have ("nl" for
 * "nl-BE"), 0 otherwise. Tags compare without regard to ASCII case, as
 * BCP 47 says. */
int big__lang_match(const char *have, const char *want);

#endif /* BIG_TEXT_H */
