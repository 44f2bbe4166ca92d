/*
 * libbig — self-evaluation workbooks: an assessment as a spreadsheet a CISO
 * fills in (XLSX, or CSV with one file per sheet), and the filled workbook
 * back as an assessment (docs/workbooks.md).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_WORKBOOK_H
#define BIG_WORKBOOK_H

#include <stdbool.h>

#include "assessment.h"
#include "common.h"
#include "texts.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief Opaque handle to a workbook: named sheets of text cells, made by
 * big_workbook_template() or read with big_workbook_add_csv() and
 * big_workbook_add_xlsx(), and turned into an assessment by
 * big_workbook_import().
 */
typedef struct big_workbook big_workbook;

/** @brief Version of big_workbook_options this header describes. */
#define BIG_WORKBOOK_OPTIONS_VERSION 1

/** @brief What a template is made for (big_workbook_template()). */
typedef struct big_workbook_options {
	unsigned int version;          /**< BIG_WORKBOOK_OPTIONS_VERSION */
	const char *organisation_id;   /**< e.g. "GM0363"; NULL: the previous assessment's */
	const char *organisation_name; /**< NULL: the previous assessment's, or none */
	const char *period;            /**< e.g. "2026"; NULL: the previous assessment's */
	const char *profile;    /**< id of a profile of the catalogue: its requirements get a row;
				   NULL: the previous assessment's profile, or every requirement */
	const char *lang;       /**< "nl" (NULL: the default) or "en": sheet names, headings,
				   words and the help sheet */
	const big_texts *texts; /**< titles from this text overlay, or NULL */
	const big_assessment *previous; /**< pre-fills its answers, or NULL. Of another
					   period: its answers and the actions not done;
					   of the same period: everything it holds */
} big_workbook_options;

/** @brief big_workbook_options with its defaults. */
#define BIG_WORKBOOK_OPTIONS_INIT                                                      \
	{                                                                              \
		BIG_WORKBOOK_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL \
	}

/** @brief Version of big_workbook_import_options this header describes. */
#define BIG_WORKBOOK_IMPORT_OPTIONS_VERSION 1

/** @brief How big_workbook_import() reads a workbook. */
typedef struct big_workbook_import_options {
	unsigned int version; /**< BIG_WORKBOOK_IMPORT_OPTIONS_VERSION */
	bool strict;          /**< a requirement id the catalogue does not have is an error, not a
				 diagnostic of the assessment */
} big_workbook_import_options;

/** @brief big_workbook_import_options with its defaults (lenient). */
#define BIG_WORKBOOK_IMPORT_OPTIONS_INIT                   \
	{                                                  \
		BIG_WORKBOOK_IMPORT_OPTIONS_VERSION, false \
	}

/** @brief The two CSV forms of a workbook sheet. The values are part of the ABI. */
typedef enum big_workbook_csv {
	BIG_WORKBOOK_CSV_EXCEL = 0, /**< UTF-8 with a byte order mark, fields separated by
				       ';': what Dutch Excel opens directly */
	BIG_WORKBOOK_CSV_COMMA = 1  /**< plain RFC 4180: UTF-8, ',' */
} big_workbook_csv;

/**
 * @brief One error found in a workbook: where it is and what is wrong.
 * Borrowed from its workbook; valid until big_workbook_free(), whatever is
 * imported meanwhile: a later big_workbook_import() replaces the list that
 * big_workbook_error() reads, but keeps the earlier errors in memory (a
 * workbook imported many times grows by its errors each time).
 */
typedef struct big_cell_error {
	const char *sheet;   /**< the sheet's name as the workbook has it ("" for the book) */
	size_t row;          /**< spreadsheet row (1 = the headings), 0 for the whole sheet */
	const char *column;  /**< the column's heading, "" when the error is not in a column */
	const char *value;   /**< the cell's text, "" when none */
	const char *message; /**< the whole error in English: place, value (control characters
				escaped) and what is wrong */
} big_cell_error;

/**
 * @brief Makes the self-evaluation template of a catalogue.
 *
 * Sheets (Dutch / English names): "Vereisten" / "Requirements" with one row
 * per requirement of the profile (and per requirement the previous
 * assessment records), "Acties" / "Actions", "Bewijs" / "Evidence",
 * "Aantoning" / "Demonstration", "Criteria", "Organisatie" / "Organisation",
 * "Kenmerken" / "Attributes", "Herkomst" / "Provenance" (always; rows only
 * for the delegated results of a previous assessment of the same period)
 * and "Uitleg" / "Help"
 * (docs/workbooks.md describes every column).
 *
 * @param out receives the new workbook, owned by the caller (big_workbook_free())
 * @param cat the catalogue
 * @param opts the organisation, period, language …; organisation_id and
 *        period are required when there is no previous assessment
 * @return 0, BIG_EINVAL (bad options, a language other than nl or en, a
 *         previous assessment of another catalogue), BIG_ENOTFOUND (no such
 *         profile) or BIG_ENOMEM
 */
BIG_EXPORT int big_workbook_template(big_workbook **out, const big_catalogue *cat,
				     const big_workbook_options *opts);

/**
 * @brief Makes an empty workbook, to be filled with big_workbook_add_csv()
 * or big_workbook_add_xlsx().
 * @param out receives the new workbook, owned by the caller
 * @return 0 or BIG_ENOMEM
 */
BIG_EXPORT int big_workbook_new(big_workbook **out);

/** @brief Frees a workbook. NULL is a no-op. */
BIG_EXPORT void big_workbook_free(big_workbook *wb);

/** @brief Number of sheets. */
BIG_EXPORT size_t big_workbook_sheet_count(const big_workbook *wb);
/** @brief Name of sheet @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_workbook_sheet_name(const big_workbook *wb, size_t i);

/**
 * @brief Writes sheet @p i as CSV (one CSV file holds one sheet: a workbook
 * is the file `BASE.csv` for its first sheet and `BASE-SHEET.csv` for each
 * other, docs/workbooks.md).
 *
 * @param out receives NUL-terminated text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param form BIG_WORKBOOK_CSV_EXCEL or BIG_WORKBOOK_CSV_COMMA
 * @return 0, BIG_EINVAL (no such sheet, bad form) or BIG_ENOMEM
 */
BIG_EXPORT int big_workbook_sheet_to_csv(char **out, size_t *len, const big_workbook *wb, size_t i,
					 big_workbook_csv form);

/**
 * @brief Writes the workbook as an XLSX file (atomically: a temporary file
 * renamed over @p path), with drop-down lists, column widths and a frozen
 * header.
 * @return 0, BIG_EIO, BIG_ENOMEM, or BIG_EUNSUPPORTED when libbig was built
 *         without XLSX workbooks (meson option `xlsx`)
 */
BIG_EXPORT int big_workbook_write_xlsx(const big_workbook *wb, const char *path);

/**
 * @brief Adds one CSV file as a sheet.
 *
 * The sheet is named from @p file_name: `BASE-SHEET.csv` whose SHEET is a
 * sheet name of a workbook (Dutch or English, any case) gives that sheet,
 * any other name the requirements sheet (Vereisten, or Requirements when its
 * headings are English). The text is UTF-8 (a byte order
 * mark is skipped; Windows-1252 is refused with the row and byte), fields
 * separated by ',' or ';' (whichever the heading row holds more of).
 *
 * @param file_name the file's name (a folder before it is ignored)
 * @return 0, BIG_EDUPLICATE (a second file for the same sheet), BIG_EINVAL
 *         (the workbook holds an XLSX file), BIG_EUTF8, BIG_ESYNTAX,
 *         BIG_ELIMIT or BIG_ENOMEM, with the place in big_error_last()
 */
BIG_EXPORT int big_workbook_add_csv(big_workbook *wb, const char *file_name, const char *data,
				    size_t len);

/**
 * @brief Reads the sheets of an XLSX file into an empty workbook.
 * @param source names the file in error messages, or NULL
 * @return 0, BIG_EINVAL (the workbook is not empty), BIG_ELIMIT, BIG_ESYNTAX,
 *         BIG_ENOMEM, or BIG_EUNSUPPORTED when libbig was built without XLSX workbooks
 */
BIG_EXPORT int big_workbook_add_xlsx(big_workbook *wb, const char *data, size_t len,
				     const char *source);

/**
 * @brief The catalogue id the workbook names (its Organisatie / Organisation
 * sheet, field "catalogus" / "catalogue"): the cell's text trimmed of
 * spaces at its ends (as the import compares it), so that a program can
 * find the catalogue to import it with. Borrowed, valid until the next file
 * is added or the workbook freed; NULL when the workbook names none.
 */
BIG_EXPORT const char *big_workbook_catalogue_id(const big_workbook *wb);
/** @brief The catalogue version the workbook names (field "versie" /
 * "version"), as big_workbook_catalogue_id(). */
BIG_EXPORT const char *big_workbook_catalogue_version(const big_workbook *wb);

/**
 * @brief Turns a filled workbook into an assessment of @p cat.
 *
 * Every cell is checked and every error collected (big_workbook_error_count());
 * when there is any, nothing is made. Sheet names, headings and words may be
 * Dutch or English, whatever language the template was made in.
 *
 * @param out receives the new assessment, owned by the caller; NULL on failure
 * @param wb the workbook; its error list is replaced
 * @param cat the catalogue the workbook was made for
 * @param opts NULL for the defaults (lenient)
 * @return 0, BIG_ESCHEMA when the workbook has errors (big_error_last() says
 *         how many and quotes the first), BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_workbook_import(big_assessment **out, big_workbook *wb, const big_catalogue *cat,
				   const big_workbook_import_options *opts);

/** @brief Number of errors the last big_workbook_import() found. */
BIG_EXPORT size_t big_workbook_error_count(const big_workbook *wb);
/** @brief Error @p i of the last import (borrowed), or NULL when out of range. */
BIG_EXPORT const big_cell_error *big_workbook_error(const big_workbook *wb, size_t i);

#ifdef __cplusplus
}
#endif

#endif /* BIG_WORKBOOK_H */
