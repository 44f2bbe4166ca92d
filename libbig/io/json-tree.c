/*
 * libbig — the JSON reader: every document libbig loads is read here, once,
 * into the tree cJSON would build, in a few large blocks.
 *
 * cJSON allocates every value and every string on its own: a catalogue of
 * 50 kB is about 2 500 allocations, and freeing them costs as much again
 * (glibc then also consolidates the freed blocks on the next large
 * allocation). The loaders only read the tree, so here the same tree
 * (struct cJSON, read with cJSON's accessors) is built in blocks from
 * big__malloc() that are released at once. cJSON's parser is not called:
 * nothing global is written while a text is read (but for the "C" locale of
 * the numbers, made once), and nothing is allocated outside libbig's
 * allocator.
 *
 * The grammar is the one Debian's cJSON 1.7.15 read, less what it let
 * through wrongly (see json-tree.h), and so is the place where a text that
 * is not JSON stops: json-error.c turns it into the message libbig has
 * always given. On the way the reader checks what the loaders require
 * besides (UTF-8, no control characters, the depth limit); a text that
 * fails those stops too, and the pre-scan of json-error.c names the place.
 *
 * Numbers are read in the "C" locale whatever the thread's locale is, with
 * the values strtod() gives there (cJSON read them in the locale, with its
 * decimal point for '.': the same values).
 *
 * Two narrower modes share the code for the suite json-tree, which checks
 * the reader against cJSON through them: big__json_tree_parse() reads plain
 * JSON only (no \u escapes, no byte order mark), and big__json_well_formed()
 * checks RFC 8259 as cJSON reads it, building nothing. They are compiled
 * only with BIG_JSON_TREE_TEST_MODES (tests/meson.build); the library reads
 * in the loaders' mode alone.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* strtod_l(), which glibc declares only for GNU */

#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"
#include "json-escape.h"
#include "json-tree.h"
#include "utf8.h"

#define MIN_BLOCK  ((size_t)4096)
#define MAX_BLOCK  ((size_t)1 << 20)
#define NUMBER_MAX 63 /* cJSON 1.7.15 read at most 63 characters of a number */

struct big_json_block {
	struct big_json_block *next;
	size_t used, size;
	alignas(max_align_t) unsigned char data[];
};

/* What is read (struct parser.mode, through MODE()). */
enum mode {
	READ,  /* big__json_tree_read(): what the loaders read */
	PLAIN, /* big__json_tree_parse(): plain JSON only (tests) */
	CHECK, /* big__json_well_formed(): RFC 8259; nothing is built (tests) */
};

/* The mode of a parser: always READ in the library, so that the compiler
 * drops what only the test modes do. */
#ifdef BIG_JSON_TREE_TEST_MODES
#define MODE(ps) ((ps)->mode)
#else
#define MODE(ps) ((void)(ps), READ)
#endif

struct parser {
	const unsigned char *p, *end;
	const unsigned char *text; /* where the text starts: offsets count from here */
	struct big_json_tree *tree;
	size_t block_size; /* of the next block */
	enum mode mode;
	int rc;                  /* BIG_JSON_TREE_DECLINED or BIG_ENOMEM after a failure */
	struct big_json_stop at; /* where the text stopped being JSON */
	cJSON *scratch;          /* CHECK: every value is written here */
};

/* The text stops being JSON @past bytes after @where: as cJSON reported it,
 * or (a string that does not end, invalid UTF-8, a control character, too
 * deep) where the pre-scan will find the reason. Returns false. */
static bool stop_at(struct parser *ps, const unsigned char *where, size_t past)
{
	if (!ps->rc) {
		size_t at = (size_t)(where - ps->text) + past, len = (size_t)(ps->end - ps->text);
		ps->rc = BIG_JSON_TREE_DECLINED;
		ps->at.at = at < len ? at : len; /* cJSON pointed past a "{" that ends the text */
	}
	return false;
}

static bool stop(struct parser *ps, const unsigned char *where)
{
	return stop_at(ps, where, 0);
}

/* @size bytes, aligned for a cJSON, from the newest block or a new one. */
static void *take(struct parser *ps, size_t size)
{
	const size_t align = alignof(cJSON);
	size = (size + align - 1) & ~(align - 1);
	struct big_json_block *b = ps->tree->blocks;
	if (!b || b->size - b->used < size) {
		if (MODE(ps) == CHECK) /* no blocks, nothing kept */
			return NULL;
		size_t want = size > ps->block_size ? size : ps->block_size;
		if (want > SIZE_MAX - sizeof(*b) || !(b = big__malloc(sizeof(*b) + want))) {
			ps->rc = big__error_nomem();
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

/* White space as the loaders allow it (cJSON skipped every byte up to 32,
 * but the others are control characters, which the pre-scan refuses). */
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

/* The length of the escape whose backslash is at @q, with the bytes it
 * stands for in *@bytes; 0 when it is not one the mode reads. */
static size_t escape(const struct parser *ps, const unsigned char *q, size_t *bytes)
{
	*bytes = 1;
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
	case 'u': {
		size_t n = 0;
		long code = MODE(ps) == PLAIN ? -1 : big__json_unicode_escape(q, ps->end, &n);
		/* U+0000 would cut the string short without a trace */
		if (code < 0 || (code == 0 && MODE(ps) == READ))
			return 0;
		*bytes = big__json_utf8_length(code);
		return n;
	}
	default:
		return 0;
	}
}

/* What parse_string() returns when take() gave nothing: NULL when out of
 * memory; when checking, the string (up to its closing quote at @q) is not
 * copied, and a pointer that is not NULL stands for it. */
static char *unbuilt_string(struct parser *ps, const unsigned char *q)
{
	if (MODE(ps) != CHECK)
		return NULL;
	ps->p = q + 1;
	return (char *)ps->scratch;
}

/* The string whose opening quote is at ps->p, unescaped into the tree. When
 * checking it is not copied (what it returns is then not the string). */
static char *parse_string(struct parser *ps)
{
	const unsigned char *start = ps->p + 1, *q = start;
	size_t escapes = 0, saved = 0; /* bytes the escapes take beyond what they stand for */
	for (;;) {
		q += plain_run(q, (size_t)(ps->end - q));
		if (q >= ps->end || *q < 0x20) /* no end, or a control character */
			return stop(ps, q), NULL;
		if (*q == '"')
			break;
		if (*q >= 0x80) {
			size_t n = big__utf8_seq(q, (size_t)(ps->end - q));
			if (n == 0)
				return stop(ps, q), NULL;
			q += n;
			continue;
		}
		size_t bytes, e = escape(ps, q, &bytes);
		if (e == 0) /* cJSON stops at the backslash */
			return stop(ps, q), NULL;
		escapes++;
		saved += e - bytes;
		q += e;
	}
	size_t n = (size_t)(q - start) - saved;
	char *s = take(ps, n + 1);
	if (!s)
		return unbuilt_string(ps, q);
	if (escapes)
		big__json_unescape(s, start, q);
	else
		memcpy(s, start, n);
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

/* Whether a point and a digit are at @p, before @end. */
static bool point_digit(const unsigned char *p, const unsigned char *end)
{
	return end - p >= 2 && p[0] == '.' && p[1] >= '0' && p[1] <= '9';
}

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

/* The "C" locale, made once and never changed nor released (glibc gives
 * its own, allocating nothing). */
static void make_c_locale(void)
{
	c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

/* strtod() in the "C" locale of the @n characters at @s, whatever the
 * thread's locale (cJSON read them in the locale, putting its decimal
 * point for '.': nl_NL's comma gives the same values): 0,
 * BIG_JSON_TREE_DECLINED when it does not read them all, or BIG_ENOMEM. */
static int number_value(const unsigned char *s, size_t n, double *v)
{
	char small[NUMBER_MAX + 1], *text = small, *after = NULL;
	pthread_once(&c_locale_once, make_c_locale);
	if (c_locale == (locale_t)0)
		return big__error_nomem();
	if (n > NUMBER_MAX && !(text = big__malloc(n + 1)))
		return big__error_nomem();
	memcpy(text, s, n); /* the text need not end after the number */
	text[n] = '\0';
	*v = strtod_l(text, &after, c_locale);
	int rc = after == text + n ? 0 : BIG_JSON_TREE_DECLINED;
	if (text != small)
		big_free(text);
	return rc;
}

/* The longest number at ps->p by the JSON grammar, with the value cJSON
 * gives it: strtod() of its text, or exactly the same computed directly for
 * a whole number of up to 15 digits. What follows it ("3" of "03", "." of
 * "1.") is the next token's problem. Debian's cJSON reads numbers of any
 * length; RFC 8259 as cJSON reads it (PLAIN, CHECK) the first 63 bytes. */
static bool parse_number(struct parser *ps, cJSON *item)
{
	const unsigned char *start = ps->p, *p = start, *end = ps->end;
	if (MODE(ps) != READ && end - start > NUMBER_MAX)
		end = start + NUMBER_MAX;
	bool negative = *p == '-', whole = true;
	p += negative;
	const unsigned char *first = p;
	if (p < end && *p == '0')
		p++;
	else if (p < end && *p >= '1' && *p <= '9')
		p = digits(p, end);
	else /* "-.5", which cJSON read, is no JSON number either */
		return stop(ps, start);
	size_t int_digits = (size_t)(p - first);
	if (point_digit(p, end)) {
		whole = false;
		p = digits(p + 1, end);
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		const unsigned char *x = p + 1;
		x += x < end && (*x == '+' || *x == '-');
		if (x < end && *x >= '0' && *x <= '9') {
			whole = false;
			p = digits(x, end);
		}
	}
	double v = 0;
	if (whole && int_digits <= 15) {
		uint64_t m = 0;
		for (const unsigned char *d = first; d < p; d++)
			m = m * 10 + (uint64_t)(*d - '0');
		v = negative ? -(double)m : (double)m;
	} else {
		int rc = number_value(start, (size_t)(p - start), &v);
		if (rc == BIG_ENOMEM)
			return ps->rc = rc, false;
		if (rc)
			return stop(ps, start);
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
		return stop(ps, ps->p);
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
			if (ps->p >= ps->end || *ps->p != '"') /* cJSON points one byte past it */
				return stop_at(ps, ps->p, 1);
			if (!(child->string = parse_string(ps)))
				return false;
			skip_space(ps);
			if (ps->p >= ps->end || *ps->p != ':')
				return stop(ps, ps->p);
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
			return stop(ps, ps->p);
		}
	}
}

static bool literal(struct parser *ps, const char *word, size_t n)
{
	if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
		return stop(ps, ps->p);
	ps->p += n;
	return true;
}

static bool parse_value(struct parser *ps, cJSON *item, unsigned depth_left)
{
	if (ps->p >= ps->end)
		return stop(ps, ps->p);
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
		return literal(ps, "true", 4);
	case 'f':
		item->type = cJSON_False;
		return literal(ps, "false", 5);
	case 'n':
		item->type = cJSON_NULL;
		return literal(ps, "null", 4);
	default:
		if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9'))
			return parse_number(ps, item);
		return stop(ps, ps->p);
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
	if (ps->p != ps->end) { /* text after the document */
		ps->at.trailing = true;
		return stop(ps, ps->p), NULL;
	}
	return item;
}

static const char byte_order_mark[] = "\xEF\xBB\xBF";

/* Builds the tree of @data in @mode. */
static int build(struct big_json_tree *tree, const char *data, size_t len, unsigned max_depth,
		 enum mode mode, cJSON **root, struct big_json_stop *at)
{
	/* A tree takes two to four times the bytes of its text. */
	size_t first = len < MAX_BLOCK / 4 ? len * 4 + MIN_BLOCK : MAX_BLOCK;
	const unsigned char *text = (const unsigned char *)data;
	struct parser ps = {text, text + len, text, tree, first, mode, 0, {0, false}, NULL};
	/* cJSON skipped a byte order mark when something followed it */
	if (mode == READ && len > 3 && memcmp(data, byte_order_mark, 3) == 0)
		ps.p += 3;
	tree->blocks = NULL;
	*root = parse_document(&ps, max_depth);
	if (*root)
		return 0;
	big__json_tree_free(tree);
	if (at)
		*at = ps.at;
	return ps.rc;
}

int big__json_tree_read(struct big_json_tree *tree, const char *data, size_t len,
			unsigned max_depth, cJSON **root, struct big_json_stop *stop)
{
	return build(tree, data, len, max_depth, READ, root, stop);
}

#ifdef BIG_JSON_TREE_TEST_MODES
int big__json_tree_parse(struct big_json_tree *tree, const char *data, size_t len,
			 unsigned max_depth, cJSON **root)
{
	return build(tree, data, len, max_depth, PLAIN, root, NULL);
}

bool big__json_well_formed(const char *data, size_t len)
{
	cJSON scratch = {0};
	struct big_json_tree none = {NULL};
	if (len >= 3 && memcmp(data, byte_order_mark, 3) == 0) { /* cJSON skips a byte order mark */
		data += 3;
		len -= 3;
	}
	const unsigned char *text = (const unsigned char *)data;
	struct parser ps = {text, text + len, text, &none, 0, CHECK, 0, {0, false}, &scratch};
	return parse_document(&ps, CJSON_NESTING_LIMIT) != NULL;
}
#endif /* BIG_JSON_TREE_TEST_MODES */

void big__json_tree_free(struct big_json_tree *tree)
{
	struct big_json_block *b = tree->blocks;
	while (b) {
		struct big_json_block *next = b->next;
		big_free(b);
		b = next;
	}
	tree->blocks = NULL;
}
