/*
 * libbig — building the sheets of a workbook row by row (workbook-sheet.h),
 * and the column widths a writer shows them with.
 *
 * SPDX-License-Identifier: MIT
 */
#include "workbook-sheet.h"

#include <string.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"

int big__wb_sheet_begin(struct wb_build *b, enum wb_sheet which)
{
	const struct wb_sheet_def *def = &big__wb_sheets[which];
	if (b->failed)
		return BIG_ENOMEM;
	b->which = which;
	b->cols = def->column_count;
	b->rows = 0;
	b->cell_count = 0;
	b->columns = big__arena_alloc(&b->book->arena, b->cols * sizeof(*b->columns));
	if (!b->columns)
		return b->failed = true, BIG_ENOMEM;
	memset(b->columns, 0, b->cols * sizeof(*b->columns));
	big__wb_row(b);
	for (size_t c = 0; c < b->cols; c++) {
		b->columns[c].heading = def->columns[c].heading[b->lang];
		b->columns[c].format = def->columns[c].format;
		b->columns[c].to_fill = def->columns[c].to_fill;
		big__wb_cell(b, c, b->columns[c].heading);
	}
	return b->failed ? BIG_ENOMEM : 0;
}

void big__wb_row(struct wb_build *b)
{
	if (b->failed)
		return;
	if (big__grow((void **)&b->cells, &b->cell_cap, (b->rows + 1) * b->cols,
		      sizeof(*b->cells))) {
		b->failed = true;
		return;
	}
	for (size_t c = 0; c < b->cols; c++)
		b->cells[b->rows * b->cols + c] = (struct big_cell){"", BIG_CELL_EMPTY, false};
	b->rows++;
}

void big__wb_cell(struct wb_build *b, size_t col, const char *text)
{
	char *copy;
	if (b->failed || !text || !*text || col >= b->cols || !b->rows)
		return;
	if (!(copy = big__arena_strdup(&b->book->arena, text))) {
		b->failed = true;
		return;
	}
	b->cells[(b->rows - 1) * b->cols + col] = (struct big_cell){copy, BIG_CELL_TEXT, false};
}

void big__wb_choices(struct wb_build *b, size_t col, const char *const *choices, size_t count)
{
	if (b->failed || col >= b->cols)
		return;
	b->columns[col].choices = choices;
	b->columns[col].choice_count = count;
}

/* The width a spreadsheet shows @s in: its longest line in characters (a
 * UTF-8 lead byte each). */
static size_t display_width(const char *s)
{
	size_t best = 0, n = 0;
	for (; *s; s++) {
		if (*s == '\n') {
			n = 0;
			continue;
		}
		if (((unsigned char)*s & 0xc0) != 0x80 && ++n > best)
			best = n;
	}
	return best;
}

/* Columns are as wide as their widest cell and drop-down choice, at least
 * 8 and at most 60 characters (longer text wraps), plus 2 for the margin:
 * libxlsxwriter has no autofit. */
static void widths(struct wb_build *b, struct big_sheet *s)
{
	for (size_t c = 0; c < s->cols; c++) {
		size_t w = 8;
		for (size_t r = 0; r < s->rows; r++) {
			size_t n = display_width(s->cells[r * s->cols + c].text);
			if (n > w)
				w = n;
		}
		for (size_t i = 0; i < s->columns[c].choice_count; i++) {
			size_t n = display_width(s->columns[c].choices[i]);
			if (n > w)
				w = n;
		}
		if (w > 60)
			w = 60;
		b->columns[c].width = (double)(w + 2);
	}
}

int big__wb_sheet_end(struct wb_build *b)
{
	struct big_book *book = b->book;
	struct big_sheet *sheets, *s;
	if (b->failed)
		return BIG_ENOMEM;
	sheets = big__arena_alloc(&book->arena, (book->count + 1) * sizeof(*sheets));
	struct big_cell *cells = big__arena_alloc(&book->arena, b->rows * b->cols * sizeof(*cells));
	if (!sheets || !cells)
		return b->failed = true, BIG_ENOMEM;
	if (book->count)
		memcpy(sheets, book->sheets, book->count * sizeof(*sheets));
	memcpy(cells, b->cells, b->rows * b->cols * sizeof(*cells));
	s = &sheets[book->count];
	memset(s, 0, sizeof(*s));
	s->name = big__wb_sheets[b->which].name[b->lang];
	s->rows = b->rows;
	s->cols = b->cols;
	s->cells = cells;
	s->columns = b->columns;
	s->frozen_header = true;
	widths(b, s);
	book->sheets = sheets;
	book->count++;
	return 0;
}

void big__wb_build_free(struct wb_build *b)
{
	big_free(b->cells);
	b->cells = NULL;
	b->cell_cap = 0;
}
