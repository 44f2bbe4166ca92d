/*
 * libbig — private: the workbook layer. A workbook is a book (io/book.h)
 * and the errors of its last import; this header names its sheets and
 * columns in both languages (workbook-words.c), and what the template
 * (workbook-template.c) and the import (workbook-import.c) share.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_WORKBOOK_INT_H
#define BIG_WORKBOOK_INT_H

#include <stdbool.h>

#include "arena.h"
#include "big.h"
#include "book.h"

struct big_workbook {
	struct big_book book;
	bool from_xlsx;               /* the book is an XLSX file: no CSV file can be added */
	bool from_csv;                /* CSV files were read: their cells are untyped text */
	struct big_arena error_arena; /* the strings of every import's errors */
	big_cell_error *errors;       /* the errors of the last import */
	size_t error_count, error_cap;
	/* The error lists of earlier imports: kept until big_workbook_free(),
	 * so that an error a caller (a binding's view) holds stays valid. */
	struct wb_retired *retired;
	/* The catalogue id and version the Organisatie sheet names, trimmed
	 * (in the book's arena), refreshed when a file is added; NULL: none. */
	const char *catalogue_id, *catalogue_version;
};

/* One error list an import replaced; the node lives in the error arena. */
struct wb_retired {
	big_cell_error *errors;
	struct wb_retired *next;
};

/* The languages of a workbook: the values index the tables. */
enum wb_lang { WB_NL = 0, WB_EN = 1, WB_LANG_COUNT };

/* The sheets, in the order a template holds them. */
enum wb_sheet {
	WB_MAIN = 0,
	WB_ACTIONS,
	WB_EVIDENCE,
	WB_DEMO,
	WB_CRITERIA,
	WB_ORG,
	WB_ATTRIBUTES,
	WB_SOURCE,
	WB_HELP,
	WB_SHEET_COUNT
};

/* The columns of each sheet, numbered from 0 in the order a template
 * writes them. */
enum wb_main_col {
	M_ID = 0,
	M_TITLE,
	M_TAGS,
	M_MANDATORY,
	M_STATUS,
	M_MATURITY,
	M_EXPLANATION,
	M_OWNER,
	M_EXPIRES,
	M_EVIDENCE,
	M_OPZET,
	M_BESTAAN,
	M_WERKING,
	M_ACTION,
	M_ACTION_OWNER,
	M_ACTION_DUE,
	M_ACTION_STATUS,
	M_COUNT
};
enum wb_action_col { A_ID = 0, A_DESCRIPTION, A_OWNER, A_DUE, A_STATUS, A_COUNT };
enum wb_evidence_col { E_ID = 0, E_EVIDENCE, E_COUNT };
enum wb_demo_col { D_ID = 0, D_DIMENSION, D_KIND, D_WHAT, D_WHERE, D_DATE, D_COUNT };
enum wb_criteria_col { C_ID = 0, C_CRITERION, C_COUNT };
enum wb_pair_col { P_KEY = 0, P_VALUE, P_COUNT }; /* Organisatie, Kenmerken */
enum wb_source_col { S_ID = 0, S_COLLABORATION, S_COUNT };
enum wb_help_col { H_SHEET = 0, H_COLUMN, H_TEXT, H_COUNT };

/* The fields of the Organisatie sheet, one row each. */
enum wb_org_field {
	O_ID = 0,
	O_NAME,
	O_KIND,
	O_PERIOD,
	O_ASSESSED_ON,
	O_PROFILE,
	O_TARGET,
	O_CATALOGUE,
	O_VERSION,
	O_FINGERPRINT,
	O_COUNT
};

/* What a column is: its headings, how it is written, and its help text. */
struct wb_column {
	const char *heading[WB_LANG_COUNT];
	unsigned char format; /* enum big_column_format */
	bool to_fill;
	bool required; /* the import needs it */
	const char *help[WB_LANG_COUNT];
};

struct wb_sheet_def {
	const char *name[WB_LANG_COUNT];
	const struct wb_column *columns;
	size_t column_count;
	bool required;                   /* the import needs the sheet */
	const char *help[WB_LANG_COUNT]; /* what the sheet is for */
};

extern const struct wb_sheet_def big__wb_sheets[WB_SHEET_COUNT];
/* The Organisatie sheet's field names. */
extern const char *const big__wb_org_fields[O_COUNT][WB_LANG_COUNT];
/* "ja"/"nee", "yes"/"no" */
extern const char *const big__wb_yes[WB_LANG_COUNT];
extern const char *const big__wb_no[WB_LANG_COUNT];
/* The drop-down of yes and no. */
extern const char *const big__wb_yes_no[WB_LANG_COUNT][2];

/* The word of a status, an action status (big_action_status), a dimension
 * and an evidence kind in a language. */
const char *big__wb_status_word(big_status s, enum wb_lang lang);
const char *big__wb_evidence_kind_word(big_evidence_kind k, enum wb_lang lang);
/* The drop-down lists: every word of the language. */
extern const char *const big__wb_status_words[WB_LANG_COUNT][BIG_STATUS_COUNT];
extern const char *const big__wb_action_words[WB_LANG_COUNT][BIG_ACTION_STATUS_COUNT];

/* Parsers of what a user typed: each trims and ignores case (and the
 * diaeresis of ï), and takes Dutch, English and the JSON names. 0 or -1. */
int big__wb_parse_status(big_status *out, const char *text);
int big__wb_parse_evidence_kind(big_evidence_kind *out, const char *text);
int big__wb_parse_dimension(big_dimension *out, const char *text);
int big__wb_parse_action_status(big_action_status *out, const char *text);
/* 1 for yes, 0 for no, -1 for anything else. */
int big__wb_parse_bool(const char *text);
/* A date cell: ISO YYYY-MM-DD, d-m-yyyy, dd-mm-yyyy, or (@number) an Excel
 * serial day, of the 1904 date system when @date1904 (struct big_book).
 * Writes YYYY-MM-DD into @out (11 bytes). 0 or -1. */
int big__wb_parse_date(char out[11], const char *text, bool number, bool date1904);
/* Whether two names are the same word: trimmed, ASCII case and ï/i ignored
 * (precomposed or i + U+0308), '_', U+00A0 and U+202F as a space, runs of
 * spaces as one. */
bool big__wb_same_word(const char *a, const char *b);
/* Whether the number @text reads one way with a thousands separator and
 * another with a decimal one: 1 to 3 digits (not a lone 0), '.' or ',',
 * exactly 3 digits ("931.298", "1,500"). */
bool big__wb_thousands(const char *text);
/* Whether @text is blank after trimming spaces. */
bool big__wb_blank(const char *text);
/* The sheet @name names in either language, or WB_SHEET_COUNT. */
enum wb_sheet big__wb_sheet_of(const char *name);

/* Builds the template of @cat into the empty @book (workbook-template.c);
 * @opts checked there. 0 or an error. */
int big__wb_template(struct big_book *book, const big_catalogue *cat,
		     const big_workbook_options *opts);

/* Retires the errors of the last import (workbook.c): the list is empty
 * after it, the old entries stay valid until big_workbook_free(). 0 or
 * BIG_ENOMEM. */
int big__wb_retire_errors(big_workbook *wb);

/* Maps @wb's book to a new assessment of @cat (workbook-import.c), filling
 * @wb's error list. */
int big__wb_import(big_assessment **out, big_workbook *wb, const big_catalogue *cat,
		   const big_workbook_import_options *opts);

#endif /* BIG_WORKBOOK_INT_H */
