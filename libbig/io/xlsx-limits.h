/*
 * libbig — private: the limits of the XLSX reader (io/xlsx-read.c), which
 * its tests and docs/xlsx.md name. A self-evaluation workbook of a full
 * catalogue is well under 1 MB with a few thousand rows.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_XLSX_LIMITS_H
#define BIG_XLSX_LIMITS_H

/* The file as read (compressed). */
#define BIG_XLSX_MAX_FILE (16 * 1024 * 1024)
/* Every entry that is read, inflated, together. */
#define BIG_XLSX_MAX_INFLATED (64 * 1024 * 1024)
/* An entry that inflates beyond BIG_XLSX_RATIO_FROM bytes may expand at most
 * BIG_XLSX_MAX_RATIO times its compressed size (XML of a sheet: 10 to 30). */
#define BIG_XLSX_RATIO_FROM (1024 * 1024)
#define BIG_XLSX_MAX_RATIO  200
/* Entries of the zip archive: minizip finds an entry by scanning the
 * central directory, so every part looked up costs one scan. */
#define BIG_XLSX_MAX_ENTRIES 10000
/* Sheets of the workbook, shared strings. */
#define BIG_XLSX_MAX_SHEETS  256
#define BIG_XLSX_MAX_STRINGS (1024 * 1024)
/* A sheet: rows and columns up to its last value, and rows × columns;
 * BIG_XLSX_MAX_CELLS is also the budget of the whole book: the sheets'
 * rows × columns together (each grid is dense, 16 bytes a cell: 64 MiB). */
#define BIG_XLSX_MAX_ROWS  100000
#define BIG_XLSX_MAX_COLS  1024
#define BIG_XLSX_MAX_CELLS (4 * 1024 * 1024)
/* XLSX's own grid: a reference beyond XFD1048576 is not a reference. */
#define BIG_XLSX_ROW_MAX 1048576
#define BIG_XLSX_COL_MAX 16384

#endif /* BIG_XLSX_LIMITS_H */
