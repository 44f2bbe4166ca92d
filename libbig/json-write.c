/*
 * libbig — streaming JSON writer.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "big.h"
#include "errors-int.h"
#include "json-write.h"
#include "number.h"
#include "plain.h"

int big_jw_init(struct big_jw *w, unsigned int flags)
{
	memset(w, 0, sizeof(*w));
	w->compact = (flags & BIG_JSON_COMPACT) != 0;
	w->first[0] = true;
	w->c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (w->c_locale == (locale_t)0)
		return big_error_nomem();
	return 0;
}

void big_jw_reserve(struct big_jw *w, size_t bytes)
{
	big_strbuf_room(&w->buf, bytes);
}

/* A newline and two spaces per level, BIG_JW_MAX_DEPTH levels deep. */
static const char indent[] = "\n                                        "
			     "                        ";
_Static_assert(sizeof(indent) - 1 >= 1 + 2 * (BIG_JW_MAX_DEPTH - 1) && sizeof(indent) >= 64,
	       "indentation too short");

/* The most separator() writes: a comma, a newline and the indentation. */
#define SEPARATOR_MAX (2 + 2 * BIG_JW_MAX_DEPTH)

/* Writes the separator and indentation due before a value or a key into @p
 * (room for SEPARATOR_MAX bytes); returns how many. */
static size_t separator(struct big_jw *w, char *p)
{
	size_t k = 0;
	if (w->after_key) {
		w->after_key = false;
		return 0;
	}
	if (w->depth == 0)
		return 0;
	if (!w->first[w->depth])
		p[k++] = ',';
	w->first[w->depth] = false;
	if (!w->compact) {
		/* A fixed length copies without a call; what is past the
		 * indentation lies in the room reserved and is overwritten. */
		memcpy(p + k, indent, 64);
		k += 1 + 2 * (size_t)w->depth;
	}
	return k;
}

/* memcpy() of the few bytes a writer copies at a time, without a call. */
static inline void copy(char *to, const char *from, size_t n)
{
	if (n >= 8 && n <= 16) {
		uint64_t a, b;
		memcpy(&a, from, 8);
		memcpy(&b, from + n - 8, 8);
		memcpy(to, &a, 8);
		memcpy(to + n - 8, &b, 8);
	} else if (n >= 4 && n < 8) {
		uint32_t a, b;
		memcpy(&a, from, 4);
		memcpy(&b, from + n - 4, 4);
		memcpy(to, &a, 4);
		memcpy(to + n - 4, &b, 4);
	} else if (n > 0 && n < 4) {
		to[0] = from[0];
		to[n / 2] = from[n / 2];
		to[n - 1] = from[n - 1];
	} else if (n > 16) {
		memcpy(to, from, n);
	}
}

/* The separator, then @n bytes of @s. */
static void put(struct big_jw *w, const char *s, size_t n)
{
	char *p = big_strbuf_room(&w->buf, SEPARATOR_MAX + n);
	if (!p)
		return;
	size_t k = separator(w, p);
	copy(p + k, s, n);
	big_strbuf_advance(&w->buf, k + n);
}

static void open(struct big_jw *w, char c)
{
	put(w, &c, 1);
	if (w->depth + 1 >= BIG_JW_MAX_DEPTH) {
		w->buf.failed = true; /* a programming error: our documents are shallow */
		return;
	}
	w->depth++;
	w->first[w->depth] = true;
}

static void close(struct big_jw *w, char c)
{
	bool empty = w->first[w->depth];
	w->depth--;
	size_t k = empty || w->compact ? 0 : 1 + 2 * (size_t)w->depth;
	char *p = big_strbuf_room(&w->buf, SEPARATOR_MAX + 1);
	if (!p)
		return;
	memcpy(p, indent, 64); /* as in separator() */
	p[k] = c;
	big_strbuf_advance(&w->buf, k + 1);
}

void big_jw_begin_object(struct big_jw *w)
{
	open(w, '{');
}

void big_jw_end_object(struct big_jw *w)
{
	close(w, '}');
}

void big_jw_begin_array(struct big_jw *w)
{
	open(w, '[');
}

void big_jw_end_array(struct big_jw *w)
{
	close(w, ']');
}

/* The rest of a string from its first byte to escape, and the closing quote. */
static void escaped(struct big_jw *w, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const char *run = s;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		big_strbuf_append(&w->buf, run, (size_t)(s - run));
		run = s + 1;
		switch (c) {
		case '"':
			big_strbuf_append(&w->buf, "\\\"", 2);
			break;
		case '\\':
			big_strbuf_append(&w->buf, "\\\\", 2);
			break;
		case '\n':
			big_strbuf_append(&w->buf, "\\n", 2);
			break;
		case '\r':
			big_strbuf_append(&w->buf, "\\r", 2);
			break;
		case '\t':
			big_strbuf_append(&w->buf, "\\t", 2);
			break;
		default: {
			char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
			big_strbuf_append(&w->buf, esc, 6);
		}
		}
	}
	big_strbuf_append(&w->buf, run, (size_t)(s - run));
	big_strbuf_putc(&w->buf, '"');
}

/* The separator, then @s quoted and escaped, then @after (@after_len bytes). */
static void quoted(struct big_jw *w, const char *s, const char *after, size_t after_len)
{
	size_t n = strlen(s), plain = big_plain_run(s, n, false);
	char *p = big_strbuf_room(&w->buf, SEPARATOR_MAX + plain + 2 + after_len);
	if (!p)
		return;
	size_t k = separator(w, p);
	p[k++] = '"';
	copy(p + k, s, plain);
	k += plain;
	if (plain == n) { /* the common case: nothing to escape */
		p[k++] = '"';
		copy(p + k, after, after_len);
		big_strbuf_advance(&w->buf, k + after_len);
		return;
	}
	big_strbuf_advance(&w->buf, k);
	escaped(w, s + plain);
	big_strbuf_append(&w->buf, after, after_len);
}

void big_jw_key_plain(struct big_jw *w, const char *key, size_t len)
{
	char *p = big_strbuf_room(&w->buf, SEPARATOR_MAX + len + 4);
	if (!p)
		return;
	size_t k = separator(w, p);
	p[k++] = '"';
	copy(p + k, key, len);
	k += len;
	memcpy(p + k, "\": ", 3);
	big_strbuf_advance(&w->buf, k + (w->compact ? 2 : 3));
	w->after_key = true;
}

void big_jw_key(struct big_jw *w, const char *key)
{
	quoted(w, key, ": ", w->compact ? 1 : 2);
	w->after_key = true;
}

void big_jw_string(struct big_jw *w, const char *s)
{
	if (!s) {
		big_jw_null(w);
		return;
	}
	quoted(w, s, "", 0);
}

void big_format_double(char *buf, size_t size, double d, locale_t c_locale)
{
	if (!isfinite(d)) {
		snprintf(buf, size, "null"); /* JSON has no NaN; never produced by scoring */
		return;
	}
	if (d == 0) {
		snprintf(buf, size, "0"); /* also for -0 */
		return;
	}
	if (size >= BIG_NUMBER_SIZE && big_number_format(buf, d))
		return; /* the same text, without printf (number.c) */
	locale_t old = uselocale(c_locale);
	for (int precision = 15; precision <= 17; precision++) {
		snprintf(buf, size, "%.*g", precision, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	uselocale(old);
}

void big_jw_number(struct big_jw *w, double d)
{
	char *p = big_strbuf_room(&w->buf, SEPARATOR_MAX + 40);
	if (!p)
		return;
	size_t k = separator(w, p), n = big_number_format(p + k, d);
	if (!n) {
		big_format_double(p + k, 40, d, w->c_locale);
		n = strlen(p + k);
	}
	big_strbuf_advance(&w->buf, k + n);
}

void big_jw_int(struct big_jw *w, long long i)
{
	char *p = big_strbuf_room(&w->buf, SEPARATOR_MAX + 24);
	if (!p)
		return;
	size_t k = separator(w, p);
	big_strbuf_advance(&w->buf, k + big_number_format_int(p + k, i));
}

void big_jw_bool(struct big_jw *w, bool b)
{
	put(w, b ? "true" : "false", b ? 4 : 5);
}

void big_jw_null(struct big_jw *w)
{
	put(w, "null", 4);
}

void big_jw_member_string(struct big_jw *w, const char *key, const char *value)
{
	big_jw_key(w, key);
	big_jw_string(w, value);
}

void big_jw_format(struct big_jw *w, const char *format)
{
	big_jw_member_string(w, "format", format);
	big_jw_key(w, "format_version");
	big_jw_int(w, 1);
}

void big_jw_catalogue(struct big_jw *w, const char *key, const char *id, const char *version)
{
	big_jw_key(w, key);
	big_jw_begin_object(w);
	big_jw_member_string(w, "id", id);
	big_jw_member_string(w, "version", version);
	big_jw_end_object(w);
}

int big_jw_finish(struct big_jw *w, char **out, size_t *len)
{
	big_strbuf_putc(&w->buf, '\n');
	freelocale(w->c_locale);
	w->c_locale = (locale_t)0;
	return big_strbuf_finish(&w->buf, out, len);
}

void big_jw_discard(struct big_jw *w)
{
	if (w->c_locale != (locale_t)0)
		freelocale(w->c_locale);
	big_strbuf_free(&w->buf);
	memset(w, 0, sizeof(*w));
}
