/*
 * libbig — a cJSON tree parsed by libbig into a few large blocks.
 *
 * cJSON allocates every value and every string on its own: a catalogue of
 * 50 kB is about 2 500 allocations, and freeing them costs as much again
 * (glibc then also consolidates the freed blocks on the next large
 * allocation). The loaders only read the tree, so here the same tree is built
 * in a few blocks that are released at once.
 *
 * Only plain JSON is read: white space of spaces, tabs and line breaks,
 * strings of valid UTF-8 without control characters or \u escapes, numbers
 * as the JSON grammar writes them, at most max_depth levels deep. That is a
 * part of what cJSON accepts, and for it the tree is the one cJSON builds
 * (the same types, values, strings and links); it also passes every check
 * of the pre-scan in json-read.c. Anything else is declined, and goes to the
 * pre-scan and cJSON, whose errors name the place.
 *
 * The same functions also only check the grammar, escapes included, and
 * build nothing (big_json_well_formed()): after cJSON failed, that tells a
 * syntax error from cJSON running out of memory. The choice is made only
 * where building fails or meets an escape, so parsing pays nothing for it.
 *
 * SPDX-License-Identifier: MIT
 */
#include <limits.h>
#include <locale.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"
#include "json-tree.h"
#include "utf8.h"

#define MIN_BLOCK ((size_t)4096)
#define MAX_BLOCK ((size_t)1 << 20)

struct big_json_block {
	struct big_json_block *next;
	size_t used, size;
	alignas(max_align_t) unsigned char data[];
};

struct parser {
	const unsigned char *p, *end;
	struct big_json_tree *tree;
	size_t block_size; /* of the next block */
	int rc;            /* BIG_JSON_TREE_DECLINED or BIG_ENOMEM after a failure */
	cJSON *scratch;    /* checking only: every value is written here */
};

static bool decline(struct parser *ps)
{
	ps->rc = BIG_JSON_TREE_DECLINED;
	return false;
}

/* @size bytes, aligned for a cJSON, from the newest block or a new one. */
static void *take(struct parser *ps, size_t size)
{
	const size_t align = alignof(cJSON);
	size = (size + align - 1) & ~(align - 1);
	struct big_json_block *b = ps->tree->blocks;
	if (!b || b->size - b->used < size) {
		if (ps->scratch) /* checking: no blocks, nothing kept */
			return NULL;
		size_t want = size > ps->block_size ? size : ps->block_size;
		if (want > SIZE_MAX - sizeof(*b) || !(b = big_malloc(sizeof(*b) + want))) {
			ps->rc = big_error_nomem();
			return NULL;
		}
		b->used = 0;
		b->size = want;
		b->next = ps->tree->blocks;
		ps->tree->blocks = b;
		if (ps->block_size < MAX_BLOCK)
			ps->block_size *= 2;
	}
	void *at = b->data + b->used;
	b->used += size;
	return at;
}

/* A zeroed value, as cJSON_New_Item() makes it (the scratch value when
 * checking; NULL when out of memory). */
static cJSON *new_item(struct parser *ps)
{
	cJSON *item = take(ps, sizeof(*item));
	if (item)
		*item = (cJSON){0}; /* stores the compiler writes inline, not a call */
	else
		item = ps->scratch;
	return item;
}

static void skip_space(struct parser *ps)
{
	const unsigned char *p = ps->p, *end = ps->end;
	while (p < end) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
			p++;
		else
			break;
	}
	ps->p = p;
}

/* The length of the run of bytes at @s (@n bytes) that a string copies as
 * they are: up to a quote, a backslash, a control character or a byte of a
 * multi-byte UTF-8 sequence. Eight bytes at a time: in a little-endian word
 * the lowest flagged byte is a true one (a borrow only flags bytes above
 * one), so it is found without a loop over the bytes. */
static size_t plain_run(const unsigned char *s, size_t n)
{
	size_t i = 0;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
	for (; i + 8 <= n; i += 8) {
		uint64_t x, q, b;
		memcpy(&x, s + i, 8);
		q = x ^ (ones * '"');
		b = x ^ (ones * '\\');
		uint64_t m =
		    (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) | x) & high;
		if (m)
			return i + (size_t)__builtin_ctzll(m) / 8;
	}
#endif
	while (i < n && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\')
		i++;
	return i;
}

/* The value of the four hex digits at @p, or -1. */
static long hex4(const unsigned char *p, const unsigned char *end)
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

/* The length of the \u escape at @q, with cJSON's rules for surrogates (a
 * high one followed by an escaped low one); 0 when it breaks them. */
static size_t unicode_escape(const unsigned char *q, const unsigned char *end)
{
	long code = hex4(q + 2, end);
	if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF))
		return 0;
	if (code < 0xD800 || code > 0xDBFF)
		return 6;
	if (end - q < 12 || q[6] != '\\' || q[7] != 'u')
		return 0;
	code = hex4(q + 8, end);
	return code >= 0xDC00 && code <= 0xDFFF ? 12 : 0;
}

/* The length of the escape whose backslash is at @q; 0 when it is not one,
 * and for \u when building: cJSON's unescaping of those is not repeated here. */
static size_t escape(const struct parser *ps, const unsigned char *q)
{
	if (ps->end - q < 2) /* a backslash at the end */
		return 0;
	switch (q[1]) {
	case '"':
	case '\\':
	case '/':
	case 'b':
	case 'f':
	case 'n':
	case 'r':
	case 't':
		return 2;
	case 'u':
		return ps->scratch ? unicode_escape(q, ps->end) : 0;
	default:
		return 0;
	}
}

/* What parse_string() returns when take() gave nothing: NULL when out of
 * memory; when checking, the string (up to its closing quote at @q) is not
 * copied, and a pointer that is not NULL stands for it. */
static char *unbuilt_string(struct parser *ps, const unsigned char *q)
{
	if (!ps->scratch)
		return NULL;
	ps->p = q + 1;
	return (char *)ps->scratch;
}

/* The string whose opening quote is at ps->p, unescaped into the tree. When
 * checking it is not copied (what it returns is then not the string). */
static char *parse_string(struct parser *ps)
{
	const unsigned char *start = ps->p + 1, *q = start;
	size_t escapes = 0;
	for (;;) {
		q += plain_run(q, (size_t)(ps->end - q));
		if (q >= ps->end || *q < 0x20) /* no end, or a control character */
			return decline(ps), NULL;
		if (*q == '"')
			break;
		if (*q >= 0x80) {
			size_t n = big_utf8_seq(q, (size_t)(ps->end - q));
			if (n == 0)
				return decline(ps), NULL;
			q += n;
			continue;
		}
		size_t e = escape(ps, q);
		if (e == 0)
			return decline(ps), NULL;
		escapes++; /* of two bytes when building */
		q += e;
	}
	size_t n = (size_t)(q - start) - escapes;
	char *s = take(ps, n + 1), *o = s;
	if (!s)
		return unbuilt_string(ps, q);
	if (!escapes)
		memcpy(s, start, n);
	for (const unsigned char *r = start; escapes && r < q; r += 2) {
		const unsigned char *b = memchr(r, '\\', (size_t)(q - r));
		if (!b) {
			memcpy(o, r, (size_t)(q - r));
			break;
		}
		memcpy(o, r, (size_t)(b - r));
		o += b - r;
		r = b;
		switch (r[1]) {
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
		case '"':
		case '\\':
		case '/':
			*o++ = (char)r[1];
			break;
		default: /* escape() let no other through */
			return decline(ps), NULL;
		}
	}
	s[n] = '\0';
	ps->p = q + 1;
	return s;
}

static const unsigned char *digits(const unsigned char *p, const unsigned char *end)
{
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	return p;
}

/* A number by the JSON grammar, with the value cJSON gives it: strtod() of
 * its text with the locale's decimal point, or exactly the same computed
 * directly for a whole number of up to 15 digits. */
static bool parse_number(struct parser *ps, cJSON *item)
{
	const unsigned char *start = ps->p, *end = ps->end, *p = start;
	bool negative = *p == '-', whole = true;
	p += negative;
	const unsigned char *first = p;
	if (p < end && *p == '0')
		p++;
	else if (p < end && *p >= '1' && *p <= '9')
		p = digits(p, end);
	else
		return decline(ps);
	size_t int_digits = (size_t)(p - first);
	if (p < end && *p == '.') {
		whole = false;
		const unsigned char *f = p + 1;
		if ((p = digits(f, end)) == f)
			return decline(ps);
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		whole = false;
		const unsigned char *x = p + 1;
		x += x < end && (*x == '+' || *x == '-');
		if ((p = digits(x, end)) == x)
			return decline(ps);
	}
	size_t n = (size_t)(p - start);
	if (n > 63) /* cJSON reads at most 63 characters of a number */
		return decline(ps);
	double v;
	if (whole && int_digits <= 15) {
		uint64_t m = 0;
		for (const unsigned char *d = first; d < p; d++)
			m = m * 10 + (uint64_t)(*d - '0');
		v = negative ? -(double)m : (double)m;
	} else {
		char text[64], *after = NULL;
		const char point = localeconv()->decimal_point[0];
		for (size_t i = 0; i < n; i++)
			text[i] = start[i] == '.' ? point : (char)start[i];
		text[n] = '\0';
		v = strtod(text, &after);
		if (after != text + n && !ps->scratch) /* a decimal point of several bytes */
			return decline(ps);
	}
	item->type = cJSON_Number;
	item->valuedouble = v;
	item->valueint = v >= INT_MAX ? INT_MAX : v <= (double)INT_MIN ? INT_MIN : (int)v;
	ps->p = p;
	return true;
}

static bool parse_value(struct parser *ps, cJSON *item, unsigned depth_left);

/* An array or an object, whose opening bracket is at ps->p; the members are
 * linked as cJSON links them (the first one's prev is the last one). */
static bool parse_container(struct parser *ps, cJSON *item, unsigned depth_left, bool object)
{
	if (depth_left == 0) /* too deep: the pre-scan names the place */
		return decline(ps);
	const unsigned char close = object ? '}' : ']';
	item->type = object ? cJSON_Object : cJSON_Array;
	ps->p++;
	skip_space(ps);
	if (ps->p < ps->end && *ps->p == close) {
		ps->p++;
		return true;
	}
	cJSON *last = NULL;
	for (;;) {
		cJSON *child = new_item(ps);
		if (!child)
			return false;
		if (object) {
			if (ps->p >= ps->end || *ps->p != '"')
				return decline(ps);
			if (!(child->string = parse_string(ps)))
				return false;
			skip_space(ps);
			if (ps->p >= ps->end || *ps->p != ':')
				return decline(ps);
			ps->p++;
			skip_space(ps);
		}
		if (!parse_value(ps, child, depth_left - 1))
			return false;
		if (last) {
			last->next = child;
			child->prev = last;
		} else {
			item->child = child;
		}
		last = child;
		skip_space(ps);
		if (ps->p < ps->end && *ps->p == ',') {
			ps->p++;
			skip_space(ps);
		} else if (ps->p < ps->end && *ps->p == close) {
			ps->p++;
			item->child->prev = last;
			return true;
		} else {
			return decline(ps);
		}
	}
}

static bool literal(struct parser *ps, const char *word, size_t n)
{
	if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
		return false;
	ps->p += n;
	return true;
}

static bool parse_value(struct parser *ps, cJSON *item, unsigned depth_left)
{
	if (ps->p >= ps->end)
		return decline(ps);
	switch (*ps->p) {
	case '{':
	case '[':
		return parse_container(ps, item, depth_left, *ps->p == '{');
	case '"':
		item->type = cJSON_String;
		return (item->valuestring = parse_string(ps)) != NULL;
	case 't':
		item->type = cJSON_True;
		item->valueint = 1;
		return literal(ps, "true", 4) || decline(ps);
	case 'f':
		item->type = cJSON_False;
		return literal(ps, "false", 5) || decline(ps);
	case 'n':
		item->type = cJSON_NULL;
		return literal(ps, "null", 4) || decline(ps);
	default:
		if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9'))
			return parse_number(ps, item);
		return decline(ps);
	}
}

/* One value between optional white space: its root, or NULL (ps->rc set). */
static inline cJSON *parse_document(struct parser *ps, unsigned max_depth)
{
	cJSON *item = new_item(ps);
	if (!item)
		return NULL;
	skip_space(ps);
	if (!parse_value(ps, item, max_depth))
		return NULL;
	skip_space(ps);
	if (ps->p != ps->end) /* text after the document */
		return decline(ps), NULL;
	return item;
}

int big_json_tree_parse(struct big_json_tree *tree, const char *data, size_t len,
			unsigned max_depth, cJSON **root)
{
	/* A tree takes two to four times the bytes of its text. */
	size_t first = len < MAX_BLOCK / 4 ? len * 4 + MIN_BLOCK : MAX_BLOCK;
	struct parser ps = {
	    (const unsigned char *)data, (const unsigned char *)data + len, tree, first, 0, NULL};
	tree->blocks = NULL;
	*root = parse_document(&ps, max_depth);
	if (*root)
		return 0;
	big_json_tree_free(tree);
	return ps.rc;
}

bool big_json_well_formed(const char *data, size_t len)
{
	cJSON scratch = {0};
	struct big_json_tree none = {NULL};
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) { /* cJSON skips a byte order mark */
		data += 3;
		len -= 3;
	}
	struct parser ps = {
	    (const unsigned char *)data, (const unsigned char *)data + len, &none, 0, 0, &scratch};
	return parse_document(&ps, CJSON_NESTING_LIMIT) != NULL;
}

void big_json_tree_free(struct big_json_tree *tree)
{
	struct big_json_block *b = tree->blocks;
	while (b) {
		struct big_json_block *next = b->next;
		big_free(b);
		b = next;
	}
	tree->blocks = NULL;
}
