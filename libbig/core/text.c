/*
 * libbig — white space, control characters and escapes in document text,
 * and the language tags of titles (see text.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "text.h"
#include "utf8.h"

/* The code point of the well-formed sequence of @n bytes at @s. */
static unsigned decode(const unsigned char *s, size_t n)
{
	switch (n) {
	case 1:
		return s[0];
	case 2:
		return (s[0] & 0x1Fu) << 6 | (s[1] & 0x3Fu);
	case 3:
		return (s[0] & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
	default:
		return (s[0] & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 |
		       (s[3] & 0x3Fu);
	}
}

/* The character at @s: its code point and length in bytes. A byte that
 * starts no well-formed sequence (not from a document, which is checked)
 * stands for itself, and is no control character. */
static unsigned next(const unsigned char *s, size_t *len)
{
	size_t n = big__utf8_seq(s, strnlen((const char *)s, 4));
	if (n == 0) {
		*len = 1;
		return 0xFFFD;
	}
	*len = n;
	return decode(s, n);
}

static bool control(unsigned c)
{
	return (c >= 0x01 && c <= 0x1F) || (c >= 0x7F && c <= 0x9F);
}

/* The characters that move the text around them or break its line where a
 * message is shown: the bidirectional marks, embeddings, overrides and
 * isolates, and the line and paragraph separators. */
static bool moving(unsigned c)
{
	return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) ||
	       (c >= 0x2066 && c <= 0x2069);
}

/* Unicode's White_Space (PropList.txt), less the control characters, and
 * the characters of zero width: none of them shows anything. */
static bool invisible(unsigned c)
{
	return c == 0x20 || c == 0xA0 || c == 0x1680 || c == 0x180E ||
	       (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
	       c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

bool big__text_blank(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;
	for (; p && *p; p += n) {
		unsigned c = next(p, &n);
		if (!control(c) && !invisible(c))
			return false;
	}
	return true;
}

/* Byte by byte, without decoding (every id and title of a catalogue is
 * checked on loading): in UTF-8 a C0 control or DEL is its own byte, and a
 * C1 control is 0xC2 followed by 0x80-0x9F, which no other character
 * begins with. */
unsigned big__text_control(const char *s, size_t *at)
{
	const unsigned char *p = (const unsigned char *)s;
	for (; *p; p++) {
		unsigned c = *p < 0x20 || *p == 0x7F                      ? *p
			     : *p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F ? p[1]
									  : 0;
		if (c) {
			*at = (size_t)(p - (const unsigned char *)s);
			return c;
		}
	}
	return 0;
}

size_t big__text_escape(char *out, size_t size, const char *s, bool quote)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t len = 0, n;
	if (size == 0)
		return 0;
	for (; p && *p; p += n) {
		unsigned c = next(p, &n);
		char esc[7];
		const char *piece = (const char *)p;
		size_t k = n;
		if (c == '\n' || c == '\r' || c == '\t' || (quote && (c == '"' || c == '\\'))) {
			esc[0] = '\\';
			esc[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : c == '\t' ? 't' : (char)c;
			piece = esc;
			k = 2;
		} else if (control(c) || moving(c)) {
			esc[0] = '\\';
			esc[1] = 'u';
			esc[2] = hex[c >> 12 & 0xF];
			esc[3] = hex[c >> 8 & 0xF];
			esc[4] = hex[c >> 4 & 0xF];
			esc[5] = hex[c & 0xF];
			piece = esc;
			k = 6;
		}
		if (k >= size - len)
			break;
		memcpy(out + len, piece, k);
		len += k;
	}
	out[len] = '\0';
	return len;
}

static bool ascii_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool ascii_alnum(char c)
{
	return ascii_alpha(c) || (c >= '0' && c <= '9');
}

static char ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

bool big__lang_valid(const char *s)
{
	if (!s)
		return false;
	size_t i = 0;
	while (ascii_alpha(s[i]))
		i++;
	if (i < 2 || i > 3)
		return false;
	while (s[i] == '-') {
		size_t start = ++i;
		while (ascii_alnum(s[i]))
			i++;
		if (i == start || i - start > 8)
			return false;
	}
	return s[i] == '\0' && i <= 35;
}

int big__lang_match(const char *have, const char *want)
{
	size_t i = 0;
	for (; have[i] && want[i]; i++)
		if (ascii_lower(have[i]) != ascii_lower(want[i]))
			return 0;
	if (!have[i] && !want[i])
		return 2;
	return !have[i] && want[i] == '-' ? 1 : 0;
}
