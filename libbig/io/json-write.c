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

int big__jw_init(struct big_jw *w, unsigned int flags)
{
	memset(w, 0, sizeof(*w));
	w->compact = (flags & BIG_JSON_COMPACT) != 0;
	w->first[0] = true;
	w->c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (w->c_locale == (locale_t)0)
		return big__error_nomem();
	return 0;
}

void big__jw_reserve(struct big_jw *w, size_t bytes)
{
	big__strbuf_room(&w->buf, bytes);
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
	} else if (n > 16 && n <= 32) { /* titles */
		char a[16], b[16];
		memcpy(a, from, 16);
		memcpy(b, from + n - 16, 16);
		memcpy(to, a, 16);
		memcpy(to + n - 16, b, 16);
	} else if (n > 32) {
		memcpy(to, from, n);
	}
}

/* The separator, then @n bytes of @s. */
static void put(struct big_jw *w, const char *s, size_t n)
{
	char *p = big__strbuf_room(&w->buf, SEPARATOR_MAX + n);
	if (!p)
		return;
	size_t k = separator(w, p);
	copy(p + k, s, n);
	big__strbuf_advance(&w->buf, k + n);
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
	char *p = big__strbuf_room(&w->buf, SEPARATOR_MAX + 1);
	if (!p)
		return;
	memcpy(p, indent, 64); /* as in separator() */
	p[k] = c;
	big__strbuf_advance(&w->buf, k + 1);
}

void big__jw_begin_object(struct big_jw *w)
{
	open(w, '{');
}

void big__jw_end_object(struct big_jw *w)
{
	close(w, '}');
}

void big__jw_begin_array(struct big_jw *w)
{
	open(w, '[');
}

void big__jw_end_array(struct big_jw *w)
{
	close(w, ']');
}

/* What put_escaped() writes for the @n bytes at @s. */
static size_t escaped_size(const char *s, size_t n)
{
	size_t size = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			size++;
		else if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t')
			size += 2;
		else
			size += 6;
	}
	return size;
}

/* The @n bytes at @s with what JSON requires escaped; returns the end. */
static char *put_escaped(char *p, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\') {
			*p++ = (char)c;
			continue;
		}
		*p++ = '\\';
		switch (c) {
		case '"':
		case '\\':
			*p++ = (char)c;
			break;
		case '\n':
			*p++ = 'n';
			break;
		case '\r':
			*p++ = 'r';
			break;
		case '\t':
			*p++ = 't';
			break;
		default:
			memcpy(p, "u00", 3);
			p[3] = hex[c >> 4];
			p[4] = hex[c & 15];
			p += 5;
		}
	}
	return p;
}

void big__jw_text_init(struct big_jw_text *t, const char *s)
{
	t->s = s;
	t->len = s ? strlen(s) : 0;
	if (!s)
		t->size = 4;
	else if (t->len > (BIG_JW_SIZE_MAX - 2) / 6) /* escaped, it could pass the limit */
		t->size = BIG_JW_SIZE_MAX;
	else if (big__plain_all(s, t->len))
		t->size = t->len + 2;
	else
		t->size = escaped_size(s, t->len) + 2;
}

char *big__jw_put_text(char *p, const struct big_jw_text *t)
{
	if (!t->s)
		return big__jw_put_null(p);
	*p++ = '"';
	if (t->size == t->len + 2) { /* nothing to escape: most strings */
		copy(p, t->s, t->len);
		p += t->len;
	} else {
		p = put_escaped(p, t->s, t->len);
	}
	*p++ = '"';
	return p;
}

char *big__jw_value_begin(struct big_jw *w, size_t n)
{
	if (n >= BIG_JW_SIZE_MAX) {
		big__strbuf_fail(&w->buf);
		return NULL;
	}
	char *p = big__strbuf_room(&w->buf, SEPARATOR_MAX + n);
	return p ? p + separator(w, p) : NULL;
}

void big__jw_value_end(struct big_jw *w, const char *end)
{
	big__strbuf_advance(&w->buf, (size_t)(end - (w->buf.data + w->buf.len)));
}

/* The separator, then @s quoted and escaped, then @after (@after_len bytes). */
static void quoted(struct big_jw *w, const char *s, const char *after, size_t after_len)
{
	struct big_jw_text t;
	big__jw_text_init(&t, s);
	char *p = big__jw_value_begin(w, t.size + after_len);
	if (!p)
		return;
	p = big__jw_put_text(p, &t);
	copy(p, after, after_len);
	big__jw_value_end(w, p + after_len);
}

void big__jw_key_plain(struct big_jw *w, const char *key, size_t len)
{
	char *p = big__strbuf_room(&w->buf, SEPARATOR_MAX + len + 4);
	if (!p)
		return;
	size_t k = separator(w, p);
	p[k++] = '"';
	copy(p + k, key, len);
	k += len;
	memcpy(p + k, "\": ", 3);
	big__strbuf_advance(&w->buf, k + (w->compact ? 2 : 3));
	w->after_key = true;
}

void big__jw_key(struct big_jw *w, const char *key)
{
	quoted(w, key, ": ", w->compact ? 1 : 2);
	w->after_key = true;
}

void big__jw_string(struct big_jw *w, const char *s)
{
	if (!s) {
		big__jw_null(w);
		return;
	}
	quoted(w, s, "", 0);
}

void big__format_double(char *buf, size_t size, double d, locale_t c_locale)
{
	if (!isfinite(d)) {
		snprintf(buf, size, "null"); /* JSON has no NaN; never produced by scoring */
		return;
	}
	if (d == 0) {
		memcpy(buf, "0", 2); /* also for -0 */
		return;
	}
	if (size >= BIG_NUMBER_SIZE && big__number_format(buf, d))
		return; /* the same text, without printf (number.c) */
	locale_t old = uselocale(c_locale);
	for (int precision = 15; precision <= 17; precision++) {
		snprintf(buf, size, "%.*g", precision, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	uselocale(old);
}

char *big__jw_put_number_printf(const struct big_jw *w, char *p, double d)
{
	big__format_double(p, BIG_JW_NUMBER_MAX, d, w->c_locale);
	return p + strlen(p);
}

void big__jw_number(struct big_jw *w, double d)
{
	char *p = big__jw_value_begin(w, BIG_JW_NUMBER_MAX);
	if (p)
		big__jw_value_end(w, big__jw_put_number(w, p, d));
}

void big__jw_int(struct big_jw *w, long long i)
{
	char *p = big__jw_value_begin(w, BIG_JW_INT_MAX);
	if (p)
		big__jw_value_end(w, big__jw_put_int(p, i));
}

void big__jw_bool(struct big_jw *w, bool b)
{
	put(w, b ? "true" : "false", b ? 4 : 5);
}

void big__jw_null(struct big_jw *w)
{
	put(w, "null", 4);
}

void big__jw_piece_lead(struct big_jw_piece *out, struct big_jw *w, int depth, char before,
			const char *key)
{
	size_t key_len = key ? strlen(key) : 0;
	size_t indent_len = w->compact ? 0 : 1 + 2 * (size_t)depth;
	memset(out, 0, sizeof(*out));
	if (depth < 1 || 1 + indent_len + key_len + 4 > BIG_JW_PIECE_SIZE) {
		big__strbuf_fail(&w->buf); /* a programming error: our keys are short */
		return;
	}
	out->text[out->len++] = before;
	memcpy(out->text + out->len, indent, indent_len);
	out->len += indent_len;
	if (key) {
		out->text[out->len++] = '"';
		memcpy(out->text + out->len, key, key_len);
		out->len += key_len;
		memcpy(out->text + out->len, "\": ", 3);
		out->len += w->compact ? 2 : 3;
	}
}

void big__jw_piece_close(struct big_jw_piece *out, const struct big_jw *w, int depth, char close)
{
	memset(out, 0, sizeof(*out));
	if (!w->compact && depth >= 1) {
		out->len = 1 + 2 * (size_t)(depth - 1);
		memcpy(out->text, indent, out->len);
	}
	out->text[out->len++] = close;
}

void big__jw_member_string(struct big_jw *w, const char *key, const char *value)
{
	big__jw_key(w, key);
	big__jw_string(w, value);
}

void big__jw_member_number(struct big_jw *w, const char *key, bool has, double value)
{
	big__jw_key(w, key);
	if (has)
		big__jw_number(w, value);
	else
		big__jw_null(w);
}

void big__jw_format(struct big_jw *w, big_document_kind kind)
{
	big__jw_member_string(w, "format", big_document_kind_name(kind));
	big__jw_key(w, "format_version");
	big__jw_int(w, 1);
}

void big__jw_catalogue(struct big_jw *w, const char *key, const char *id, const char *version,
		       const char *fingerprint)
{
	big__jw_key(w, key);
	big__jw_begin_object(w);
	big__jw_member_string(w, "id", id);
	big__jw_member_string(w, "version", version);
	if (fingerprint)
		big__jw_member_string(w, "fingerprint", fingerprint);
	big__jw_end_object(w);
}

int big__jw_finish(struct big_jw *w, char **out, size_t *len)
{
	big__strbuf_putc(&w->buf, '\n');
	freelocale(w->c_locale);
	w->c_locale = (locale_t)0;
	return big__strbuf_finish(&w->buf, out, len);
}

void big__jw_discard(struct big_jw *w)
{
	if (w->c_locale != (locale_t)0)
		freelocale(w->c_locale);
	big__strbuf_free(&w->buf);
	memset(w, 0, sizeof(*w));
}
