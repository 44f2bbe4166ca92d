/*
 * libbig — diagnostics lists.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdio.h>

#include "alloc.h"
#include "diag.h"
#include "text.h"

static int push(struct big_diag_list *list, big_severity severity, const char *code,
		const char *path, const char *message)
{
	if (big__grow((void **)&list->items, &list->cap, list->count + 1, sizeof(*list->items)))
		return BIG_ENOMEM;
	char *p = big__strdup(path ? path : "");
	char *m = big__strdup(message);
	if (!p || !m) {
		big_free(p);
		big_free(m);
		return BIG_ENOMEM;
	}
	list->items[list->count++] = (big_diagnostic){severity, code, m, p};
	return 0;
}

int big__diag_add(struct big_diag_list *list, big_severity severity, const char *code,
		  const char *path, const char *fmt, ...)
{
	char raw[512], message[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	/* Control characters of text quoted from a document escaped. */
	big__text_escape(message, sizeof(message), raw, false);
	return push(list, severity, code, path, message);
}

int big__diag_copy(struct big_diag_list *list, const struct big_diag_list *from)
{
	for (size_t i = 0; i < from->count; i++) {
		const big_diagnostic *d = &from->items[i];
		if (push(list, d->severity, d->code, d->path, d->message))
			return BIG_ENOMEM;
	}
	return 0;
}

const big_diagnostic *big__diag_get(const struct big_diag_list *list, size_t i)
{
	return i < list->count ? &list->items[i] : NULL;
}

void big__diag_clear(struct big_diag_list *list)
{
	for (size_t i = 0; i < list->count; i++) {
		big_free((char *)list->items[i].message);
		big_free((char *)list->items[i].path);
	}
	big_free(list->items);
	*list = (struct big_diag_list){0};
}
