/*
 * libbig — private: building the sheets of a workbook row by row
 * (workbook-sheet.c), with their headings, drop-down lists and widths.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_WORKBOOK_SHEET_H
#define BIG_WORKBOOK_SHEET_H

#include "workbook-int.h"

struct wb_build {
	struct big_book *book; /* the sheets are appended to it */
	enum wb_lang lang;
	enum wb_sheet which; /* the sheet being built */
	struct big_column *columns;
	struct big_cell *cells; /* rows × cols, until the sheet ends */
	size_t cell_count, cell_cap;
	size_t rows, cols;
	bool failed; /* out of memory: everything after is skipped */
};

/* Starts sheet @which with its heading row. 0 or BIG_ENOMEM. */
int big__wb_sheet_begin(struct wb_build *b, enum wb_sheet which);
/* Starts a row, every cell empty. */
void big__wb_row(struct wb_build *b);
/* Sets cell @col of the current row to a copy of @text (NULL or "": empty). */
void big__wb_cell(struct wb_build *b, size_t col, const char *text);
/* Gives column @col a drop-down list (@choices must outlive the book). */
void big__wb_choices(struct wb_build *b, size_t col, const char *const *choices, size_t count);
/* Adds the sheet to the book, with its column widths. 0 or BIG_ENOMEM. */
int big__wb_sheet_end(struct wb_build *b);
/* Frees what the building holds beside the book. */
void big__wb_build_free(struct wb_build *b);

#endif /* BIG_WORKBOOK_SHEET_H */
