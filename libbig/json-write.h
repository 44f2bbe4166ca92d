/*
 * libbig — private: a streaming JSON writer with deterministic output.
 *
 * Numbers are written in the shortest of 15, 16 or 17 significant digits
 * that reads back to the same double, always with '.' as the decimal point:
 * the thread's locale is switched to "C" while a number is formatted.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_JSON_WRITE_H
#define BIG_JSON_WRITE_H

#include <locale.h>
#include <stdbool.h>

#include "strbuf.h"

#define BIG_JW_MAX_DEPTH 32

struct big_jw {
	struct big_strbuf buf;
	bool compact;
	bool after_key;
	int depth;
	bool first[BIG_JW_MAX_DEPTH]; /* no member written yet at this depth */
	locale_t c_locale;
};

/* @flags: BIG_JSON_COMPACT. 0 or BIG_ENOMEM. */
int big_jw_init(struct big_jw *w, unsigned int flags);
/* Room for about @bytes of text, so that a long document is not copied as
 * it grows (a failure shows at big_jw_finish()). */
void big_jw_reserve(struct big_jw *w, size_t bytes);
void big_jw_begin_object(struct big_jw *w);
void big_jw_end_object(struct big_jw *w);
void big_jw_begin_array(struct big_jw *w);
void big_jw_end_array(struct big_jw *w);
void big_jw_key(struct big_jw *w, const char *key);
/* big_jw_key() for a key of @len bytes that needs no escaping. */
void big_jw_key_plain(struct big_jw *w, const char *key, size_t len);
/* big_jw_key() for a string literal with nothing to escape. */
#define BIG_JW_KEY(w, literal) big_jw_key_plain((w), "" literal, sizeof(literal) - 1)
/* big_jw_member_string() for a literal key. */
#define BIG_JW_MEMBER(w, literal, value) (BIG_JW_KEY((w), literal), big_jw_string((w), (value)))
/* NULL is written as null. */
void big_jw_string(struct big_jw *w, const char *s);
void big_jw_number(struct big_jw *w, double d);
void big_jw_int(struct big_jw *w, long long i);
void big_jw_bool(struct big_jw *w, bool b);
void big_jw_null(struct big_jw *w);
/* "key": "value" (null when @value is NULL). */
void big_jw_member_string(struct big_jw *w, const char *key, const char *value);
/* "format": @format, "format_version": 1 — how every libbig document starts. */
void big_jw_format(struct big_jw *w, const char *format);
/* "@key": {"id": @id, "version": @version} — a reference to a catalogue. */
void big_jw_catalogue(struct big_jw *w, const char *key, const char *id, const char *version);
/* Ends the text with a newline and hands it over. 0 or BIG_ENOMEM. */
int big_jw_finish(struct big_jw *w, char **out, size_t *len);
/* Releases everything after a failure or instead of finishing. */
void big_jw_discard(struct big_jw *w);

/* Formats @d as the writer does into @buf (at least 32 bytes). */
void big_format_double(char *buf, size_t size, double d, locale_t c_locale);

#endif /* BIG_JSON_WRITE_H */
