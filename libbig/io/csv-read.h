/*
 * libbig — private: reading one CSV file into one sheet of a book (book.h):
 * RFC 4180 quoting, ',' or ';' (whichever the heading row holds more of),
 * an optional UTF-8 byte order mark, CRLF, LF or CR line ends. The text
 * must be UTF-8: any other byte sequence (a file saved as Windows-1252) is
 * an error naming its row and byte (docs/workbooks.md, "CSV").
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_CSV_READ_H
#define BIG_CSV_READ_H

#include <stddef.h>

#include "book.h"

/* The bounds of one CSV file (BIG_ELIMIT beyond them). */
#define BIG_CSV_READ_MAX_BYTES   (32u << 20)
#define BIG_CSV_READ_MAX_COLUMNS 256u
#define BIG_CSV_READ_MAX_CELLS   2000000u

/* Appends the CSV text @data (@len bytes) to @book as a sheet named @name;
 * @source names the file in error messages. 0, or an error naming the
 * place (BIG_EUTF8, BIG_ESYNTAX, BIG_ELIMIT, BIG_ENOMEM); on error the book
 * is as it was, but for memory in its arena. */
int big__csv_read(struct big_book *book, const char *name, const void *data, size_t len,
		  const char *source);

#endif /* BIG_CSV_READ_H */
