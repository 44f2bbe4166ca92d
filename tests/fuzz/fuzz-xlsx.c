/*
 * Fuzz target: the XLSX reader (io/xlsx-read.c), a private part of the
 * library linked from its objects. A read either fails with an error of
 * the input's (syntax, a limit; out of memory only when the allocator
 * says so) and an empty book, or gives sheets whose every cell is valid
 * UTF-8 of a known kind, within the reader's limits.
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "book.h"
#include "fuzz.h"
#include "utf8.h"
#include "xlsx-limits.h"
#include "xlsx.h"

static void check_sheet(const struct big_sheet *s)
{
	if (!s->name || !big__utf8_valid(s->name) || s->columns)
		abort();
	if (s->rows > BIG_XLSX_MAX_ROWS || s->cols > BIG_XLSX_MAX_COLS ||
	    (s->rows && s->cols > BIG_XLSX_MAX_CELLS / s->rows) || (s->rows && !s->cells))
		abort();
	for (size_t i = 0; i < s->rows * s->cols; i++) {
		const struct big_cell *c = &s->cells[i];
		if (!c->text || !big__utf8_valid(c->text) || c->kind > BIG_CELL_ERROR)
			abort();
		/* EMPTY is "" and nothing else; a value is never "" unless it
		 * is a formula's */
		if ((c->kind == BIG_CELL_EMPTY) != (*c->text == '\0'))
			abort();
		if (c->kind == BIG_CELL_BOOL && strcmp(c->text, "TRUE") && strcmp(c->text, "FALSE"))
			abort();
	}
	/* the last row and column hold something: the grid ends at its values */
	if (s->rows) {
		bool row = false, col = false;
		for (size_t c = 0; c < s->cols; c++)
			row |= s->cells[(s->rows - 1) * s->cols + c].kind != BIG_CELL_EMPTY ||
			       s->cells[(s->rows - 1) * s->cols + c].formula;
		for (size_t r = 0; r < s->rows; r++)
			col |= s->cells[r * s->cols + s->cols - 1].kind != BIG_CELL_EMPTY ||
			       s->cells[r * s->cols + s->cols - 1].formula;
		if (!row || !col)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct big_book book = {0};
	int rc = big__xlsx_read(&book, data, size, "fuzz.xlsx");

	if (rc) {
		const big_error *e = big_error_last();
		if (book.count || book.sheets || e->code != rc || !*e->message ||
		    (rc != BIG_ESYNTAX && rc != BIG_ELIMIT))
			abort();
		return 0;
	}
	if (!book.count)
		abort(); /* a workbook without a visible sheet is an error */
	for (size_t i = 0; i < book.count; i++) {
		check_sheet(&book.sheets[i]);
		if (big__book_sheet(&book, book.sheets[i].name) == NULL)
			abort();
	}
	big__book_free(&book);
	return 0;
}
