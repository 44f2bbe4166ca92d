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

struct big_strbuf {
	char *data;
	size_t len;
	size_t cap;
	bool failed;
};

void big_strbuf_append(struct big_strbuf *b, const char *s, size_t n);
void big_strbuf_puts(struct big_strbuf *b, const char *s);
void big_strbuf_putc(struct big_strbuf *b, char c);
/* Hands the NUL-terminated text to the caller: 0, or BIG_ENOMEM when any
 * append failed (the buffer is then freed). */
int big_strbuf_finish(struct big_strbuf *b, char **out, size_t *len);
void big_strbuf_free(struct big_strbuf *b);

#endif /* BIG_STRBUF_H */
