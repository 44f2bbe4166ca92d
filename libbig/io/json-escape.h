/*
 * libbig — private: the escapes of JSON strings as cJSON reads them: \u
 * escapes (with their surrogate pairs) to code points, code points to UTF-8,
 * and a string's text with its escapes replaced. For the reader
 * (json-tree.c), which checks every escape before it copies a string.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_JSON_ESCAPE_H
#define BIG_JSON_ESCAPE_H

#include <stddef.h>
#include <string.h>

/* The value of the four hex digits at @p, or -1. */
static inline long big__json_hex4(const unsigned char *p, const unsigned char *end)
{
	long v = 0;
	if (end - p < 4)
		return -1;
	for (int k = 0; k < 4; k++, p++) {
		if (*p >= '0' && *p <= '9')
			v = v * 16 + (*p - '0');
		else if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'f')
			v = v * 16 + ((*p | 0x20) - 'a' + 10);
		else
			return -1;
	}
	return v;
}

/* The code point of the \u escape at @q, with cJSON's rules for surrogates
 * (a high one followed by an escaped low one), its length in *@n; -1 when
 * it breaks them or a digit is not hex (cJSON read that as U+0000). */
static inline long big__json_unicode_escape(const unsigned char *q, const unsigned char *end,
					    size_t *n)
{
	long code = big__json_hex4(q + 2, end);
	if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF))
		return -1;
	*n = 6;
	if (code < 0xD800 || code > 0xDBFF)
		return code;
	if (end - q < 12 || q[6] != '\\' || q[7] != 'u')
		return -1;
	long low = big__json_hex4(q + 8, end);
	if (low < 0xDC00 || low > 0xDFFF)
		return -1;
	*n = 12;
	return 0x10000 + (((code & 0x3FF) << 10) | (low & 0x3FF));
}

static inline size_t big__json_utf8_length(long code)
{
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/* Writes @code in UTF-8 at @o; returns the bytes written. */
static inline size_t big__json_put_utf8(char *o, long code)
{
	static const unsigned char first[] = {0, 0, 0xC0, 0xE0, 0xF0};
	size_t n = big__json_utf8_length(code);
	for (size_t k = n - 1; k > 0; k--, code >>= 6)
		o[k] = (char)(0x80 | (code & 0x3F));
	o[0] = (char)(first[n] | code);
	return n;
}

/* Copies the string text from @r up to its closing quote @q into @o,
 * escapes replaced: the reader checked each (escape() of json-tree.c). */
static inline void big__json_unescape(char *o, const unsigned char *r, const unsigned char *q)
{
	while (r < q) {
		const unsigned char *b = memchr(r, '\\', (size_t)(q - r));
		if (!b)
			b = q;
		memcpy(o, r, (size_t)(b - r));
		o += b - r;
		if (b == q)
			return;
		r = b + 2;
		switch (b[1]) {
		case 'b':
			*o++ = '\b';
			break;
		case 'f':
			*o++ = '\f';
			break;
		case 'n':
			*o++ = '\n';
			break;
		case 'r':
			*o++ = '\r';
			break;
		case 't':
			*o++ = '\t';
			break;
		case 'u': {
			size_t n = 0;
			o += big__json_put_utf8(o, big__json_unicode_escape(b, q, &n));
			r = b + n;
			break;
		}
		default: /* '"', '\\', '/' */
			*o++ = (char)b[1];
		}
	}
}

#endif /* BIG_JSON_ESCAPE_H */
