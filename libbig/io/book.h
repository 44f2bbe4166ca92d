/*
 * libbig — private: a workbook as libbig reads and writes it: named sheets
 * of cells, each holding its text as the reader found it. The readers of
 * outside bytes fill one (io/csv-read.c: one sheet; io/xlsx-read.c: every
 * sheet of an XLSX file); the workbook layer maps a book to and from an
 * assessment (workbook/); the writers render one (CSV: one sheet per file;
 * io/xlsx-write.c: the whole book, with the column widths, drop-down lists
 * and frozen header the book describes).
 *
 * Everything a book holds lives in its arena and is freed at once by
 * big__book_free().
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_BOOK_H
#define BIG_BOOK_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

/* What a cell held in the file. A CSV field is BIG_CELL_TEXT, or
 * BIG_CELL_EMPTY when it is empty. */
enum big_cell_kind {
	BIG_CELL_EMPTY = 0, /* no value (text is "") */
	BIG_CELL_TEXT,      /* a string */
	BIG_CELL_NUMBER,    /* an XLSX number; text is the number as stored
			       ("45931", "3", "2.5"), a date is its serial */
	BIG_CELL_BOOL,      /* an XLSX boolean; text is "TRUE" or "FALSE" */
	BIG_CELL_ERROR,     /* an XLSX error value; text is it ("#N/A") */
};

struct big_cell {
	const char *text;   /* valid UTF-8, NUL-terminated, never NULL */
	unsigned char kind; /* enum big_cell_kind */
	bool formula;       /* the cell held a formula; text is its cached value */
};

/* How a writer formats a column's cells. */
enum big_column_format {
	BIG_COLUMN_TEXT = 0, /* text, also when it looks like a number */
	BIG_COLUMN_INTEGER,  /* whole numbers (maturity) */
	BIG_COLUMN_DATE,     /* dates, written as YYYY-MM-DD */
};

/* What a writer needs to know of a column; readers leave columns NULL. */
struct big_column {
	const char *heading;        /* also in row 0 of the cells */
	double width;               /* in characters, computed by libbig */
	const char *const *choices; /* a drop-down list, or NULL */
	size_t choice_count;
	unsigned char format; /* enum big_column_format */
	bool to_fill;         /* a column the user fills in (unlocked, shaded) */
};

struct big_sheet {
	const char *name;
	size_t rows, cols;
	struct big_cell *cells;     /* rows × cols, row-major; row 0 is the
				       spreadsheet's row 1 (the headings) */
	struct big_column *columns; /* cols entries for writers; NULL from readers */
	bool frozen_header;         /* writers: freeze row 1 */
};

struct big_book {
	struct big_arena arena;
	struct big_sheet *sheets;
	size_t count;
	/* An XLSX workbook of the 1904 date system (workbookPr date1904): its
	 * serial days count from 1904-01-01 (serial 0), 1462 days after the
	 * 1900 system's. For the XLSX reader to set; the workbook import reads
	 * serial dates by it. */
	bool date1904;
};

/* The cell at @row, @col; an empty cell outside the sheet. */
const struct big_cell *big__sheet_cell(const struct big_sheet *sheet, size_t row, size_t col);
/* The sheet named @name (compared exactly), or NULL. */
const struct big_sheet *big__book_sheet(const struct big_book *book, const char *name);
/* Frees everything the book holds and leaves it empty. */
void big__book_free(struct big_book *book);

#endif /* BIG_BOOK_H */
