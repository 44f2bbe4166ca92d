/*
 * bigscore — a stream that writes into memory and knows when it could not:
 * the HTML report is printed with stdio into one, then written out whole
 * (bs_write_output()). open_memstream() does not serve: when glibc cannot
 * grow its buffer it may drop bytes or the whole text and still report
 * success, and a report with a part missing would be written with exit 0.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "bigscore.h"

static ssize_t memout_write(void *cookie, const char *data, size_t size)
{
	struct bs_memout *m = cookie;

	if (size > m->cap - m->len) {
		size_t cap = m->cap ? m->cap : 4096;
		while (cap - m->len < size) {
			if (cap > (size_t)-1 / 2) {
				m->failed = true;
				return -1;
			}
			cap *= 2;
		}
		char *text = realloc(m->text, cap);
		if (text == NULL) {
			m->failed = true;
			return -1;
		}
		m->text = text;
		m->cap = cap;
	}
	memcpy(m->text + m->len, data, size);
	m->len += size;
	return (ssize_t)size;
}

FILE *bs_memout_open(struct bs_memout *m)
{
	cookie_io_functions_t io = {.write = memout_write};

	memset(m, 0, sizeof(*m));
	return fopencookie(m, "w", io);
}

int bs_memout_close(struct bs_memout *m, FILE *f)
{
	int failed = ferror(f); /* before fclose(), which frees f */

	failed |= fclose(f) != 0;
	if (failed || m->failed) {
		free(m->text);
		m->text = NULL;
		m->len = 0;
		return bs_error(BS_INTERNAL, "out of memory");
	}
	return BS_OK;
}
