/*
 * libbig — streaming JSON writer.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "big.h"
#include "errors-int.h"
#include "json-write.h"

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

static void newline(struct big_jw *w)
{
	if (w->compact)
		return;
	big_strbuf_putc(&w->buf, '\n');
	for (int i = 0; i < w->depth; i++)
		big_strbuf_append(&w->buf, "  ", 2);
}

/* Separator and indentation before a value or a key. */
static void before_value(struct big_jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth == 0)
		return;
	if (!w->first[w->depth])
		big_strbuf_putc(&w->buf, ',');
	w->first[w->depth] = false;
	newline(w);
}

static void open(struct big_jw *w, char c)
{
	before_value(w);
	big_strbuf_putc(&w->buf, c);
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
	if (!empty)
		newline(w);
	big_strbuf_putc(&w->buf, c);
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

static void quoted(struct big_jw *w, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const char *run = s;
	big_strbuf_putc(&w->buf, '"');
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

void big_jw_key(struct big_jw *w, const char *key)
{
	before_value(w);
	quoted(w, key);
	big_strbuf_append(&w->buf, w->compact ? ":" : ": ", w->compact ? 1 : 2);
	w->after_key = true;
}

void big_jw_string(struct big_jw *w, const char *s)
{
	if (!s) {
		big_jw_null(w);
		return;
	}
	before_value(w);
	quoted(w, s);
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
	char buf[40];
	before_value(w);
	big_format_double(buf, sizeof(buf), d, w->c_locale);
	big_strbuf_puts(&w->buf, buf);
}

void big_jw_int(struct big_jw *w, long long i)
{
	char buf[24];
	before_value(w);
	snprintf(buf, sizeof(buf), "%lld", i);
	big_strbuf_puts(&w->buf, buf);
}

void big_jw_bool(struct big_jw *w, bool b)
{
	before_value(w);
	big_strbuf_puts(&w->buf, b ? "true" : "false");
}

void big_jw_null(struct big_jw *w)
{
	before_value(w);
	big_strbuf_puts(&w->buf, "null");
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
