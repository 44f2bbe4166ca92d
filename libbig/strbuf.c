/*
 * libbig — growable text buffer.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"
#include "strbuf.h"

void big_strbuf_append(struct big_strbuf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (big_grow((void **)&b->data, &b->cap, b->len + n + 1, 1)) {
		b->failed = true;
		return;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void big_strbuf_puts(struct big_strbuf *b, const char *s)
{
	big_strbuf_append(b, s, strlen(s));
}

void big_strbuf_putc(struct big_strbuf *b, char c)
{
	big_strbuf_append(b, &c, 1);
}

int big_strbuf_finish(struct big_strbuf *b, char **out, size_t *len)
{
	*out = NULL;
	if (!b->failed && !b->data)
		big_strbuf_append(b, "", 0);
	if (b->failed) {
		big_strbuf_free(b);
		return big_error_nomem();
	}
	*out = b->data;
	if (len)
		*len = b->len;
	*b = (struct big_strbuf){0};
	return 0;
}

void big_strbuf_free(struct big_strbuf *b)
{
	big_free(b->data);
	*b = (struct big_strbuf){0};
}
