/*
 * libbig — private: writing CSV (RFC 4180, CRLF; docs/formats.md, section
 * CSV), shared by the report, aggregate, distribution and migration writers.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_CSV_H
#define BIG_CSV_H

#include <locale.h>
#include <stdbool.h>

#include "strbuf.h"

/* A private flag beside the public BIG_CSV_BOM and BIG_CSV_SAFE: fields
 * separated by ';', as Dutch Excel reads and writes CSV (the workbooks,
 * workbook/). The public writers never set it. */
#define BIG__CSV_SEMICOLON (1u << 8)

struct big_csv {
	struct big_strbuf buf;
	unsigned int flags; /* BIG_CSV_BOM, BIG_CSV_SAFE, BIG__CSV_SEMICOLON */
	bool first;         /* no field written yet in this row */
	locale_t c_locale;
};

/* Starts a document (with a byte order mark under BIG_CSV_BOM). */
int big__csv_init(struct big_csv *c, unsigned int flags);
/* Hands the text over (big__strbuf_finish()) and frees the rest. */
int big__csv_finish(struct big_csv *c, char **out, size_t *len);
/* The comma (';' under BIG__CSV_SEMICOLON) before a field, unless it is
 * the first of its row. */
void big__csv_separator(struct big_csv *c);
/* CRLF. */
void big__csv_end_row(struct big_csv *c);
/* Text from the documents: quoted when needed, an apostrophe before a
 * formula-like field with BIG_CSV_SAFE. NULL is an empty field. */
void big__csv_text(struct big_csv *c, const char *s);
/* A field that never needs quoting: names, numbers, booleans. */
void big__csv_plain(struct big_csv *c, const char *s);
/* big__format_double(); an empty field unless @has. */
void big__csv_number(struct big_csv *c, bool has, double d);
/* An empty field unless @has. */
void big__csv_integer(struct big_csv *c, bool has, long long i);

#endif /* BIG_CSV_H */
