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

char *big__strbuf_make_room(struct big_strbuf *b, size_t n)
{
	if (b->failed)
		return NULL;
	/* Reports run to a hundred kilobytes: start at 4 KiB, not 8 bytes. */
	size_t need = b->len + n + 1;
	if (big__grow((void **)&b->data, &b->cap, need < 4096 ? 4096 : need, 1)) {
		b->failed = true;
		b->cap = 0; /* every later call takes the slow path, and fails */
		return NULL;
	}
	return b->data + b->len;
}

void big__strbuf_append_grow(struct big_strbuf *b, const char *s, size_t n)
{
	char *p = big__strbuf_make_room(b, n);
	if (!p)
		return;
	memcpy(p, s, n);
	big__strbuf_advance(b, n);
}

int big__strbuf_finish(struct big_strbuf *b, char **out, size_t *len)
{
	*out = NULL;
	if (!b->failed && !b->data)
		big__strbuf_append(b, "", 0);
	if (b->failed) {
		big__strbuf_free(b);
		return big__error_nomem();
	}
	*out = b->data;
	if (len)
		*len = b->len;
	*b = (struct big_strbuf){0};
	return 0;
}

void big__strbuf_free(struct big_strbuf *b)
{
	big_free(b->data);
	*b = (struct big_strbuf){0};
}
