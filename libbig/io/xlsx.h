/*
 * libbig — private: XLSX workbooks in and out, an optional feature of the
 * build (meson option `xlsx`). Built without it, both functions fail with
 * an error that names the missing feature, and CSV still works.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_XLSX_H
#define BIG_XLSX_H

#include <stddef.h>

#include "book.h"

/* Writes @book as an XLSX file at @path: every sheet, with its columns'
 * widths, formats and drop-down lists and its frozen header. Atomic: a
 * temporary file beside @path, renamed over it when complete; on failure
 * nothing is left behind. 0 or an error (big__error_set()). */
int big__xlsx_write(const struct big_book *book, const char *path);

/* Reads the sheets of the XLSX file @data (@len bytes) into @book, which
 * must be empty; @source names the file in error messages. Bounded by size
 * limits (a zip bomb is BIG_ELIMIT). 0 or an error naming the place. */
int big__xlsx_read(struct big_book *book, const void *data, size_t len, const char *source);

#endif /* BIG_XLSX_H */
