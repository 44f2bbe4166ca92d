/*
 * libbig — private: a growable text buffer with a sticky failure flag, so
 * that writers append freely and check once at the end.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_STRBUF_H
#define BIG_STRBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct big_strbuf {
	char *data;
	size_t len;
	size_t cap; /* 0 after a failure, so that only the slow path runs */
	bool failed;
};

/* The slow path of big__strbuf_append(): grows the buffer first. */
void big__strbuf_append_grow(struct big_strbuf *b, const char *s, size_t n);

/* Writers append a few bytes at a time: the common case is inline. */
static inline void big__strbuf_append(struct big_strbuf *b, const char *s, size_t n)
{
	if (b->len + n < b->cap) { /* room for the bytes and the NUL */
		memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = '\0';
	} else {
		big__strbuf_append_grow(b, s, n);
	}
}

/* Marks the buffer failed: nothing more is written, finishing gives
 * BIG_ENOMEM. */
static inline void big__strbuf_fail(struct big_strbuf *b)
{
	b->failed = true;
	b->cap = 0;
}

/* Room for @n bytes and a NUL at the end of the text, or NULL after a
 * failure; big__strbuf_advance() then takes in what was written there. */
char *big__strbuf_make_room(struct big_strbuf *b, size_t n);

static inline char *big__strbuf_room(struct big_strbuf *b, size_t n)
{
	return b->len + n < b->cap ? b->data + b->len : big__strbuf_make_room(b, n);
}

static inline void big__strbuf_advance(struct big_strbuf *b, size_t n)
{
	b->len += n;
	b->data[b->len] = '\0';
}

static inline void big__strbuf_puts(struct big_strbuf *b, const char *s)
{
	big__strbuf_append(b, s, strlen(s));
}

static inline void big__strbuf_putc(struct big_strbuf *b, char c)
{
	big__strbuf_append(b, &c, 1);
}
/* Hands the NUL-terminated text to the caller: 0, or BIG_ENOMEM when any
 * append failed (the buffer is then freed). */
int big__strbuf_finish(struct big_strbuf *b, char **out, size_t *len);
void big__strbuf_free(struct big_strbuf *b);

#endif /* BIG_STRBUF_H */
