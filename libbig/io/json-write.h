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
#include <stdint.h>
#include <string.h>

#include "big.h"
#include "number.h"
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
int big__jw_init(struct big_jw *w, unsigned int flags);
/* Room for about @bytes of text, so that a long document is not copied as
 * it grows (a failure shows at big__jw_finish()). */
void big__jw_reserve(struct big_jw *w, size_t bytes);
void big__jw_begin_object(struct big_jw *w);
void big__jw_end_object(struct big_jw *w);
void big__jw_begin_array(struct big_jw *w);
void big__jw_end_array(struct big_jw *w);
void big__jw_key(struct big_jw *w, const char *key);
/* big__jw_key() for a key of @len bytes that needs no escaping. */
void big__jw_key_plain(struct big_jw *w, const char *key, size_t len);
/* big__jw_key() for a string literal with nothing to escape. */
#define BIG_JW_KEY(w, literal) big__jw_key_plain((w), "" literal, sizeof(literal) - 1)
/* big__jw_member_string() for a literal key. */
#define BIG_JW_MEMBER(w, literal, value) (BIG_JW_KEY((w), literal), big__jw_string((w), (value)))
/* NULL is written as null. */
void big__jw_string(struct big_jw *w, const char *s);
void big__jw_number(struct big_jw *w, double d);
void big__jw_int(struct big_jw *w, long long i);
void big__jw_bool(struct big_jw *w, bool b);
void big__jw_null(struct big_jw *w);
/* "key": "value" (null when @value is NULL). */
void big__jw_member_string(struct big_jw *w, const char *key, const char *value);
/* "key": @value, or null when there is none (@has false). */
void big__jw_member_number(struct big_jw *w, const char *key, bool has, double value);
/* "format": the name of @kind (core/names.c), "format_version": 1 — how
 * every libbig document starts. */
void big__jw_format(struct big_jw *w, big_document_kind kind);
/* "@key": {"id": @id, "version": @version, "fingerprint": @fingerprint} — a
 * reference to a catalogue; without "fingerprint" when it is NULL. */
void big__jw_catalogue(struct big_jw *w, const char *key, const char *id, const char *version,
		       const char *fingerprint);
/* Ends the text with a newline and hands it over. 0 or BIG_ENOMEM. */
int big__jw_finish(struct big_jw *w, char **out, size_t *len);
/* Releases everything after a failure or instead of finishing. */
void big__jw_discard(struct big_jw *w);

/* Formats @d as the writer does into @buf (at least 32 bytes). */
void big__format_double(char *buf, size_t size, double d, locale_t c_locale);

/*
 * Writing in place, for objects of a fixed shape written many times (the
 * scores of every node of a report): the text between their values (comma,
 * newline, indentation, key) is made once as pieces, and an object is then
 * written into room reserved once, a copy per piece and values formatted
 * straight into the text. The result is what the calls above would write.
 */

/* The most a piece holds; a piece is always copied whole. */
#define BIG_JW_PIECE_SIZE 64
/* The most big__jw_put_number() writes. */
#define BIG_JW_NUMBER_MAX 40
/* The most big__jw_put_int() writes. */
#define BIG_JW_INT_MAX 24

struct big_jw_piece {
	char text[BIG_JW_PIECE_SIZE];
	size_t len;
};

/* The text before the member @key (NULL: an array element) of a container
 * whose contents are at depth @depth, after @before: '{' or '[' when it
 * opens the container, ',' when it follows another value. A piece too long
 * (a programming error) makes the writer fail. */
void big__jw_piece_lead(struct big_jw_piece *out, struct big_jw *w, int depth, char before,
			const char *key);
/* The text that closes with @close a container whose contents are at depth
 * @depth and that has at least one value. */
void big__jw_piece_close(struct big_jw_piece *out, const struct big_jw *w, int depth, char close);

/* Room for a value of at most @n bytes (pieces counted as
 * BIG_JW_PIECE_SIZE), after the separator due before it, which is written;
 * NULL after a failure. The value ends with big__jw_value_end(). */
char *big__jw_value_begin(struct big_jw *w, size_t n);
/* Takes in what was written up to @end. */
void big__jw_value_end(struct big_jw *w, const char *end);

static inline char *big__jw_put_piece(char *p, const struct big_jw_piece *piece)
{
	memcpy(p, piece->text, BIG_JW_PIECE_SIZE);
	return p + piece->len;
}

/* big__jw_put_number() of a number outside number.c's fast path. */
char *big__jw_put_number_printf(const struct big_jw *w, char *p, double d);

/* The value @d; returns the end. */
static inline char *big__jw_put_number(const struct big_jw *w, char *p, double d)
{
	if (d == 0) { /* many scores; also -0 */
		*p = '0';
		return p + 1;
	}
	size_t n = big__number_format(p, d);
	return n ? p + n : big__jw_put_number_printf(w, p, d);
}

/* The value @i; returns the end. */
static inline char *big__jw_put_int(char *p, long long i)
{
	return p + big__number_format_int(p, i);
}

/* "null"; returns the end. */
static inline char *big__jw_put_null(char *p)
{
	memcpy(p, "null", 4);
	return p + 4;
}

/* "true" or "false"; returns the end. */
static inline char *big__jw_put_bool(char *p, bool b)
{
	memcpy(p, b ? "true" : "false", 5);
	return p + (b ? 4 : 5);
}

/* The size of a string too long to write: measured sizes stay below it, so
 * that the sum of a few cannot overflow; big__jw_value_begin() refuses room
 * of this size or more (BIG_ENOMEM). */
#define BIG_JW_SIZE_MAX (SIZE_MAX / 16)

/* A string measured for big__jw_put_text(): @size bytes are written. */
struct big_jw_text {
	const char *s; /* NULL: null */
	size_t len;
	size_t size; /* len + 2 when nothing is escaped */
};
/* Measures @s (NULL: null). */
void big__jw_text_init(struct big_jw_text *t, const char *s);
/* The string quoted and escaped, or null; returns the end. */
char *big__jw_put_text(char *p, const struct big_jw_text *t);

#endif /* BIG_JSON_WRITE_H */
