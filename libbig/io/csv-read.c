/*
 * libbig — reading one CSV file into a sheet of a book (csv-read.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include "csv-read.h"

#include <string.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"
#include "strbuf.h"
#include "utf8.h"

/* What the reader keeps while it reads: every field in file order, and where
 * each row ends. */
struct reader {
	const unsigned char *p, *end;
	const char *source;
	char sep;
	size_t row; /* 1 = the first row, as a spreadsheet counts */
	struct big_strbuf field;
	struct big_cell *cells;
	size_t cell_count, cell_cap;
	size_t *row_end; /* cell count at the end of each row */
	size_t row_count, row_cap;
	size_t cols;
	struct big_arena *arena;
};

/* The separator: ';' when the heading row holds more semicolons than commas
 * (outside quotes), else ','. */
static char detect_separator(const unsigned char *p, const unsigned char *end)
{
	size_t commas = 0, semis = 0;
	bool quoted = false;
	for (; p < end; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && (*p == '\n' || *p == '\r'))
			break;
		else if (!quoted && *p == ',')
			commas++;
		else if (!quoted && *p == ';')
			semis++;
	}
	return semis > commas ? ';' : ',';
}

/* The index of the first cell of the row being read. */
static size_t row_start(const struct reader *r)
{
	return r->row_count ? r->row_end[r->row_count - 1] : 0;
}

/* The field read so far becomes a cell, once its text is checked. */
static int end_field(struct reader *r)
{
	const unsigned char *s = (const unsigned char *)r->field.data;
	size_t n = r->field.len, at = 0;
	if (r->field.failed)
		return big__error_nomem();
	while (at < n) {
		size_t k = s[at] ? big__utf8_seq(s + at, n - at) : 0;
		if (!k)
			return big__error_set_path(
			    BIG_EUTF8, r->source, NULL,
			    "row %zu, column %zu: byte 0x%02X (byte %zu of the field) is not UTF-8 "
			    "(save the CSV as UTF-8; Windows-1252 and other encodings are not "
			    "read)",
			    r->row, r->cell_count - row_start(r) + 1, s[at], at + 1);
		at += k;
	}
	if (big__grow((void **)&r->cells, &r->cell_cap, r->cell_count + 1, sizeof(*r->cells)))
		return BIG_ENOMEM;
	struct big_cell *c = &r->cells[r->cell_count];
	c->text = n ? big__arena_strndup(r->arena, (const char *)s, n) : "";
	if (!c->text)
		return BIG_ENOMEM;
	c->kind = n ? BIG_CELL_TEXT : BIG_CELL_EMPTY;
	c->formula = false;
	r->cell_count++;
	r->field.len = 0;
	if (r->field.data)
		r->field.data[0] = '\0';
	if (r->cell_count - row_start(r) > BIG_CSV_READ_MAX_COLUMNS)
		return big__error_set_path(BIG_ELIMIT, r->source, NULL,
					   "row %zu has more than %u columns", r->row,
					   BIG_CSV_READ_MAX_COLUMNS);
	return 0;
}

static int end_row(struct reader *r)
{
	if (big__grow((void **)&r->row_end, &r->row_cap, r->row_count + 1, sizeof(*r->row_end)))
		return BIG_ENOMEM;
	size_t in_row = r->cell_count - row_start(r);
	if (in_row > r->cols)
		r->cols = in_row;
	r->row_end[r->row_count++] = r->cell_count;
	if (r->cols * r->row_count > BIG_CSV_READ_MAX_CELLS)
		return big__error_set_path(BIG_ELIMIT, r->source, NULL,
					   "row %zu: more than %u cells (rows × columns)", r->row,
					   BIG_CSV_READ_MAX_CELLS);
	r->row++;
	return 0;
}

/* One field starting at r->p; leaves r->p on the separator, the line end
 * or the end. */
static int read_field(struct reader *r)
{
	if (r->p < r->end && *r->p == '"') {
		size_t start_row = r->row;
		r->p++;
		for (;;) {
			const unsigned char *q = memchr(r->p, '"', (size_t)(r->end - r->p));
			if (!q)
				return big__error_set_path(BIG_ESYNTAX, r->source, NULL,
							   "row %zu: a quoted field is not closed",
							   start_row);
			big__strbuf_append(&r->field, (const char *)r->p, (size_t)(q - r->p));
			r->p = q + 1;
			if (r->p < r->end && *r->p == '"') { /* "" is one quote */
				big__strbuf_putc(&r->field, '"');
				r->p++;
				continue;
			}
			break;
		}
	}
	/* Unquoted text, or what follows a closing quote (kept as it is). */
	const unsigned char *q = r->p;
	while (q < r->end && *q != (unsigned char)r->sep && *q != '\n' && *q != '\r')
		q++;
	big__strbuf_append(&r->field, (const char *)r->p, (size_t)(q - r->p));
	r->p = q;
	return end_field(r);
}

static int read_all(struct reader *r)
{
	int rc;
	while (r->p < r->end) {
		if ((rc = read_field(r)))
			return rc;
		if (r->p >= r->end)
			return end_row(r);
		if (*r->p == (unsigned char)r->sep) {
			r->p++;
			if (r->p >= r->end) /* a separator at the very end: an empty field */
				return (rc = end_field(r)) ? rc : end_row(r);
			continue;
		}
		/* A line end: CRLF, LF or CR. */
		if (*r->p == '\r' && r->p + 1 < r->end && r->p[1] == '\n')
			r->p++;
		r->p++;
		if ((rc = end_row(r)))
			return rc;
	}
	return 0;
}

static int add_sheet(struct big_book *book, struct reader *r, const char *name)
{
	struct big_sheet *sheets =
	    big__arena_alloc(&book->arena, (book->count + 1) * sizeof(*sheets));
	struct big_cell *cells = NULL;
	char *copy = big__arena_strdup(&book->arena, name);
	if (r->row_count && r->cols)
		cells = big__arena_alloc(&book->arena, r->row_count * r->cols * sizeof(*cells));
	if (!sheets || !copy || (r->row_count && r->cols && !cells))
		return big__error_nomem();
	for (size_t i = 0, k = 0; i < r->row_count; i++) {
		size_t n = r->row_end[i] - k;
		for (size_t j = 0; j < r->cols; j++) {
			static const struct big_cell empty = {"", BIG_CELL_EMPTY, false};
			cells[i * r->cols + j] = j < n ? r->cells[k + j] : empty;
		}
		k = r->row_end[i];
	}
	if (book->count)
		memcpy(sheets, book->sheets, book->count * sizeof(*sheets));
	memset(&sheets[book->count], 0, sizeof(*sheets));
	sheets[book->count].name = copy;
	sheets[book->count].rows = r->row_count;
	sheets[book->count].cols = r->cols;
	sheets[book->count].cells = cells;
	book->sheets = sheets;
	book->count++;
	return 0;
}

int big__csv_read(struct big_book *book, const char *name, const void *data, size_t len,
		  const char *source)
{
	struct reader r;
	int rc;
	if (!book || !name || (!data && len))
		return big__error_set(BIG_EINVAL, "no book, sheet name or data");
	if (len > BIG_CSV_READ_MAX_BYTES)
		return big__error_set_path(BIG_ELIMIT, source, NULL,
					   "%zu bytes: a CSV workbook file is at most %u bytes",
					   len, BIG_CSV_READ_MAX_BYTES);
	memset(&r, 0, sizeof(r));
	r.p = data;
	r.end = r.p + len;
	r.source = source;
	r.row = 1;
	r.arena = &book->arena;
	if (len >= 3 && memcmp(r.p, "\xef\xbb\xbf", 3) == 0)
		r.p += 3;
	r.sep = detect_separator(r.p, r.end);
	rc = read_all(&r);
	if (!rc)
		rc = add_sheet(book, &r, name);
	big__strbuf_free(&r.field);
	big_free(r.cells);
	big_free(r.row_end);
	return rc;
}
