/*
 * libbig — the error for a text the JSON reader (json-tree.c) did not read:
 * what is wrong and where, as line:column.
 *
 * Which error a text gets has not changed since libbig checked texts before
 * handing them to cJSON: first the checks of the pre-scan, in the order of
 * the text (invalid UTF-8, a control character, a string that does not end,
 * nesting deeper than the limit), wherever a syntax error may be; then an
 * empty text; then text after the end, or the syntax error where cJSON
 * stopped, which the reader found. Only a text that is not read comes here.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "big.h"
#include "errors-int.h"
#include "json-error.h"
#include "plain.h"
#include "utf8.h"

static void position(const char *data, size_t offset, int *line, int *column)
{
	int l = 1;
	size_t start = 0;
	for (size_t i = 0; i < offset; i++) {
		if (data[i] == '\n') {
			l++;
			start = i + 1;
		}
	}
	*line = l;
	*column = (int)(offset - start) + 1;
}

static int fail_at(int code, const char *source, const char *data, size_t offset, const char *what)
{
	int line, column;
	position(data, offset, &line, &column);
	return big__error_set_at(code, source, line, column, "%s", what);
}

static int control_at(const char *source, const char *data, size_t i)
{
	return fail_at(BIG_ESYNTAX, source, data, i,
		       data[i] == 0 ? "NUL byte in the input"
				    : "control character must be escaped");
}

/* The end of the string whose opening quote is at @i: the position of its
 * closing quote, or @len when it has none; 0 after an error. */
static size_t string_end(const char *data, size_t len, size_t i, const char *source, int *rc)
{
	const unsigned char *s = (const unsigned char *)data;
	size_t j = i + 1;
	for (;;) {
		j += big__plain_run(data + j, len - j, true); /* eight bytes at a time */
		if (j >= len || s[j] == '"')
			return j < len ? j : len;
		if (s[j] == '\\') {
			j += 2; /* the escaped byte is the syntax's concern */
			if (j >= len)
				return len;
		} else if (s[j] >= 0x80) {
			size_t n = big__utf8_seq(s + j, len - j);
			if (n == 0) {
				*rc = fail_at(BIG_EUTF8, source, data, j, "invalid UTF-8");
				return 0;
			}
			j += n;
		} else {
			*rc = control_at(source, data, j);
			return 0;
		}
	}
}

/* The checks made on the raw bytes: a loop outside strings, and
 * string_end() inside them. */
static int prescan(const char *data, size_t len, unsigned max_depth, const char *source,
		   unsigned *open_at_end)
{
	const unsigned char *s = (const unsigned char *)data;
	unsigned depth = 0;
	int rc = 0;

	for (size_t i = 0; i < len;) {
		unsigned char c = s[i];
		if (c == '"') {
			size_t end = string_end(data, len, i, source, &rc);
			if (rc)
				return rc;
			if (end == len) /* cJSON pointed at the opening quote, far from the cut */
				return fail_at(BIG_ESYNTAX, source, data, len - 1,
					       "unexpected end of input inside a string");
			i = end + 1;
		} else if (c == '\n' || c == ' ') { /* a line break and the indentation */
			i += 1 + big__space_run(data + i + 1, len - i - 1);
		} else if (c >= 0x80) {
			size_t n = big__utf8_seq(s + i, len - i);
			if (n == 0)
				return fail_at(BIG_EUTF8, source, data, i, "invalid UTF-8");
			i += n;
		} else if (c < 0x20 && c != '\t' && c != '\r') {
			return control_at(source, data, i);
		} else {
			if (c == '{' || c == '[') {
				if (++depth > max_depth) {
					char what[64];
					snprintf(what, sizeof(what),
						 "nesting deeper than %u levels", max_depth);
					return fail_at(BIG_ELIMIT, source, data, i, what);
				}
			} else if ((c == '}' || c == ']') && depth > 0) {
				depth--;
			}
			i++;
		}
	}
	*open_at_end = depth;
	return 0;
}

static bool only_space(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr(" \t\r\n", s[i]))
			return false;
	return true;
}

/* Where a member name is expected ("{" or "," then something other than a
 * string), cJSON points one byte past the offending character. */
static size_t key_error(const char *data, size_t at)
{
	if (at == 0 || data[at - 1] == '"' || strchr(" \t\r\n", data[at - 1]))
		return at;
	size_t p = at - 1;
	while (p > 0 && strchr(" \t\r\n", data[p - 1]))
		p--;
	return p > 0 && (data[p - 1] == '{' || data[p - 1] == ',') ? at - 1 : at;
}

/* The value of the four hex digits at @s (@n bytes there), or -1. */
static long hex4(const char *s, size_t n)
{
	long v = 0;
	for (size_t k = 0; k < 4; k++) {
		char c = k < n ? s[k] : 0;
		int d = c >= '0' && c <= '9'   ? c - '0'
			: c >= 'a' && c <= 'f' ? c - 'a' + 10
			: c >= 'A' && c <= 'F' ? c - 'A' + 10
					       : -1;
		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* What is wrong with the escape at @at (a backslash) into @what, or false
 * when it is not the escape that is wrong. */
static bool escape_error(char *what, size_t size, const char *data, size_t len, size_t at)
{
	char e = at + 1 < len ? data[at + 1] : 0;
	if (e != 'u') {
		if (e > 0x20 && e < 0x7f && !strchr("\"\\/bfnrtu", e))
			return snprintf(what, size, "syntax error: '\\%c' is not a JSON escape", e),
			       true;
		return false;
	}
	long v = hex4(data + at + 2, len - at - 2);
	if (v < 0)
		snprintf(what, size, "syntax error: a \\u escape needs four hex digits");
	else if (v == 0)
		snprintf(what, size,
			 "syntax error: \\u0000 (a NUL character) is not allowed in a string");
	else if (v >= 0xdc00 && v <= 0xdfff)
		snprintf(what, size,
			 "syntax error: \\u%04lx, a low surrogate, without a high one "
			 "before it",
			 v);
	else if (v >= 0xd800 && v <= 0xdbff)
		snprintf(what, size,
			 "syntax error: \\u%04lx, a high surrogate, without a low one "
			 "after it",
			 v);
	else
		return false;
	return true;
}

/* Says what was found at @at, or that the input ended too soon. */
static int syntax_error(const char *source, const char *data, size_t len, size_t at,
			unsigned open_at_end)
{
	char what[96];
	unsigned char c = at < len ? (unsigned char)data[at] : 0;
	if (open_at_end > 0 && at + 1 >= len)
		snprintf(what, sizeof(what),
			 "syntax error: unexpected end of input, %u bracket%s left open",
			 open_at_end, open_at_end == 1 ? "" : "s");
	else if (c == '\\' && escape_error(what, sizeof(what), data, len, at))
		; /* said */
	else if (c > 0x20 && c < 0x7f)
		snprintf(what, sizeof(what), "syntax error: unexpected '%c'", c);
	else
		snprintf(what, sizeof(what), "syntax error");
	return fail_at(BIG_ESYNTAX, source, data, at, what);
}

int big__json_syntax_error(const char *source, const char *data, size_t len, unsigned max_depth,
			   const struct big_json_stop *stop)
{
	unsigned open_at_end = 0;
	int rc = prescan(data, len, max_depth, source, &open_at_end);
	if (rc)
		return rc;
	if (only_space(data, len))
		return fail_at(BIG_ESYNTAX, source, data, len, "empty document");
	if (stop->trailing)
		return fail_at(BIG_ESYNTAX, source, data, stop->at,
			       "text after the end of the document");
	/* cJSON reported the last byte for a place past the end */
	size_t at = stop->at < len ? stop->at : len - 1;
	return syntax_error(source, data, len, key_error(data, at), open_at_end);
}
