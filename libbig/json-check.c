/*
 * libbig — a well-formedness check of JSON text that allocates nothing, run
 * only after cJSON failed (see json-check.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include "json-check.h"

#define NESTING_LIMIT 1000 /* CJSON_NESTING_LIMIT */
#define NUMBER_MAX    63   /* cJSON before 1.7.16 reads numbers into 64 bytes */

struct scan {
	const unsigned char *s;
	size_t len;
	size_t i;
};

static int peek(const struct scan *p)
{
	return p->i < p->len ? p->s[p->i] : -1;
}

static void skip_space(struct scan *p)
{
	int c;
	while ((c = peek(p)) == ' ' || c == '\t' || c == '\n' || c == '\r')
		p->i++;
}

static bool digits(struct scan *p)
{
	size_t start = p->i;
	while (peek(p) >= '0' && peek(p) <= '9')
		p->i++;
	return p->i > start;
}

static bool number(struct scan *p)
{
	size_t start = p->i;
	if (peek(p) == '-')
		p->i++;
	if (peek(p) == '0')
		p->i++;
	else if (!digits(p))
		return false;
	if (peek(p) == '.') {
		p->i++;
		if (!digits(p))
			return false;
	}
	if (peek(p) == 'e' || peek(p) == 'E') {
		p->i++;
		if (peek(p) == '+' || peek(p) == '-')
			p->i++;
		if (!digits(p))
			return false;
	}
	return p->i - start <= NUMBER_MAX;
}

/* Four hex digits after "\u"; -1 when there are none. */
static long hex4(struct scan *p)
{
	long v = 0;
	for (int k = 0; k < 4; k++) {
		int c = peek(p);
		if (c >= '0' && c <= '9')
			v = v * 16 + (c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + (c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v = v * 16 + (c - 'A' + 10);
		else
			return -1;
		p->i++;
	}
	return v;
}

static bool escape(struct scan *p)
{
	int c = peek(p);
	p->i++;
	if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' ||
	    c == 't')
		return true;
	if (c != 'u')
		return false;
	long code = hex4(p);
	if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF))
		return false;
	if (code < 0xD800 || code > 0xDBFF)
		return true;
	/* A high surrogate must be followed by a low one. */
	if (peek(p) != '\\')
		return false;
	p->i++;
	if (peek(p) != 'u')
		return false;
	p->i++;
	code = hex4(p);
	return code >= 0xDC00 && code <= 0xDFFF;
}

/* A string, the opening quote under the cursor. */
static bool string(struct scan *p)
{
	p->i++;
	for (int c; (c = peek(p)) != '"'; p->i++) {
		if (c < 0x20) /* also the end of the input (-1) */
			return false;
		if (c == '\\') {
			p->i++;
			if (!escape(p))
				return false;
			p->i--;
		}
	}
	p->i++;
	return true;
}

static bool literal(struct scan *p, const char *word)
{
	for (; *word; word++, p->i++)
		if (peek(p) != (unsigned char)*word)
			return false;
	return true;
}

/* A scalar value, or false. */
static bool scalar(struct scan *p)
{
	switch (peek(p)) {
	case '"':
		return string(p);
	case 't':
		return literal(p, "true");
	case 'f':
		return literal(p, "false");
	case 'n':
		return literal(p, "null");
	default:
		return number(p);
	}
}

bool big_json_well_formed(const char *data, size_t len)
{
	struct scan p = {(const unsigned char *)data, len, 0};
	unsigned char open[NESTING_LIMIT]; /* '{' or '[' per level */
	size_t depth = 0;
	enum { VALUE, KEY, AFTER } want = VALUE;

	if (len >= 3 && p.s[0] == 0xEF && p.s[1] == 0xBB && p.s[2] == 0xBF)
		p.i = 3; /* cJSON skips a byte order mark */
	for (;;) {
		skip_space(&p);
		int c = peek(&p);
		if (want == KEY) {
			if (c != '"' || !string(&p))
				return false;
			skip_space(&p);
			if (peek(&p) != ':')
				return false;
			p.i++;
			want = VALUE;
		} else if (want == VALUE && (c == '{' || c == '[')) {
			if (depth == NESTING_LIMIT)
				return false;
			open[depth++] = (unsigned char)c;
			p.i++;
			skip_space(&p);
			if (peek(&p) == (c == '{' ? '}' : ']')) {
				p.i++;
				depth--;
				want = AFTER;
			} else {
				want = c == '{' ? KEY : VALUE;
			}
		} else if (want == VALUE) {
			if (!scalar(&p))
				return false;
			want = AFTER;
		} else if (depth == 0) {
			return c == -1;
		} else if (c == ',') {
			p.i++;
			want = open[depth - 1] == '{' ? KEY : VALUE;
		} else if (c == (open[depth - 1] == '{' ? '}' : ']')) {
			p.i++;
			depth--;
		} else {
			return false;
		}
	}
}
