/*
 * libbig — a workbook's sheets and cells (book.h): looking them up, freeing
 * them.
 *
 * SPDX-License-Identifier: MIT
 */
#include "book.h"

#include <string.h>

const struct big_cell *big__sheet_cell(const struct big_sheet *sheet, size_t row, size_t col)
{
	static const struct big_cell empty = {"", BIG_CELL_EMPTY, false};

	if (!sheet || row >= sheet->rows || col >= sheet->cols || !sheet->cells)
		return &empty;
	return &sheet->cells[row * sheet->cols + col];
}

const struct big_sheet *big__book_sheet(const struct big_book *book, const char *name)
{
	for (size_t i = 0; book && name && i < book->count; i++)
		if (book->sheets[i].name && strcmp(book->sheets[i].name, name) == 0)
			return &book->sheets[i];
	return NULL;
}

void big__book_free(struct big_book *book)
{
	if (!book)
		return;
	big__arena_free(&book->arena);
	book->sheets = NULL;
	book->count = 0;
}
