/*
 * libbig — a filled workbook back into an assessment (big_workbook_import()):
 * every sheet and cell checked against the catalogue, every error collected
 * with its sheet, row, column and value; nothing made when there is one
 * (docs/workbooks.md, "Import").
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* strtod_l(), which glibc declares only for GNU */
#include <errno.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "diag.h"
#include "errors-int.h"
#include "text.h"
#include "workbook-int.h"

#define NO_COLUMN ((size_t)-1)
#define NO_ROW    ((size_t)-1) /* an error of a whole sheet */
/* At most this many errors are listed, then one that says how many more
 * there were: a hostile file of two million bad cells costs no gigabyte. */
#define MAX_ERRORS  1000
#define MAX_COLUMNS 32 /* more than any sheet's columns */

struct sheet_map {
	const struct big_sheet *sheet; /* NULL: not in the workbook */
	size_t col[MAX_COLUMNS];       /* the sheet's column of each column, or NO_COLUMN */
	bool usable;                   /* found, with every required column */
};

/* The criteria a requirement meets, gathered from the Criteria sheet. */
struct criteria {
	const char **ids;
	size_t count, cap;
	bool given;
};

struct import {
	big_workbook *wb;
	const big_catalogue *cat;
	big_assessment *a;
	bool strict;
	bool nomem;
	size_t unlisted; /* errors beyond MAX_ERRORS */
	struct sheet_map map[WB_SHEET_COUNT];
	bool *seen;            /* requirements with a row on the requirements sheet */
	struct criteria *crit; /* per requirement */
	locale_t c_locale;
	struct big_arena words; /* trimmed copies of cells (trimmed()) */
};

/* Records an error at row @row (0: the headings; NO_ROW: none) and column
 * @col (NO_COLUMN: none) of sheet @which, quoting @value. A spreadsheet
 * counts its rows from 1. */
static void BIG_PRINTF(6, 7) fail(struct import *im, enum wb_sheet which, size_t row, size_t col,
				  const char *value, const char *fmt, ...)
{
	big_workbook *wb = im->wb;
	const struct big_sheet *s = which < WB_SHEET_COUNT ? im->map[which].sheet : NULL;
	const char *sheet = which == WB_SHEET_COUNT ? ""
			    : s                     ? s->name
						    : big__wb_sheets[which].name[WB_NL];
	const char *heading = "";
	char what[512], quoted[256], place[384], message[1200];
	va_list ap;
	if (wb->error_count >= MAX_ERRORS && which != WB_SHEET_COUNT) {
		im->unlisted++;
		return;
	}
	if (col != NO_COLUMN && s)
		heading = big__sheet_cell(s, 0, col)->text;
	else if (col != NO_COLUMN)
		heading = big__wb_sheets[which].columns[col].heading[WB_NL];
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	if (row != NO_ROW && col != NO_COLUMN)
		snprintf(place, sizeof(place), "%s, row %zu, column \"%s\"", sheet, row + 1,
			 heading);
	else if (row != NO_ROW)
		snprintf(place, sizeof(place), "%s, row %zu", sheet, row + 1);
	else if (col != NO_COLUMN)
		snprintf(place, sizeof(place), "%s, column \"%s\"", sheet, heading);
	else
		snprintf(place, sizeof(place), "%s", *sheet ? sheet : "the workbook");
	if (value && *value) {
		char shown[200];
		size_t n = strlen(value);
		if (n >= sizeof(shown) - 4) { /* at most 195 bytes, cut at a character */
			n = sizeof(shown) - 4;
			while (n && ((unsigned char)value[n] & 0xc0) == 0x80)
				n--;
		}
		memcpy(shown, value, n);
		strcpy(shown + n, n < strlen(value) ? "…" : "");
		big__text_escape(quoted, sizeof(quoted), shown, true);
		snprintf(message, sizeof(message), "%s: \"%s\": %s", place, quoted, what);
	} else {
		snprintf(message, sizeof(message), "%s: %s", place, what);
	}
	/* The sheet's name and the heading come from the file too. */
	char escaped[1400];
	big__text_escape(escaped, sizeof(escaped), message, false);
	if (big__grow((void **)&wb->errors, &wb->error_cap, wb->error_count + 1,
		      sizeof(*wb->errors))) {
		im->nomem = true;
		return;
	}
	big_cell_error *e = &wb->errors[wb->error_count];
	e->sheet = big__arena_strdup(&wb->error_arena, sheet);
	e->row = row == NO_ROW ? 0 : row + 1;
	e->column = big__arena_strdup(&wb->error_arena, heading);
	e->value = big__arena_strdup(&wb->error_arena, value ? value : "");
	e->message = big__arena_strdup(&wb->error_arena, escaped);
	if (!e->sheet || !e->column || !e->value || !e->message)
		im->nomem = true;
	else
		wb->error_count++;
}

/* A setter's failure: out of memory ends the import, anything else is an
 * error at the cell, in the setter's words. */
static void setter(struct import *im, int rc, enum wb_sheet which, size_t row, size_t col,
		   const char *value)
{
	if (!rc)
		return;
	if (rc == BIG_ENOMEM)
		im->nomem = true;
	else
		fail(im, which, row, col, value, "%s", big_error_last()->message);
}

static const struct big_cell *cell(const struct import *im, enum wb_sheet which, size_t row,
				   size_t col)
{
	return big__sheet_cell(im->map[which].sheet, row, im->map[which].col[col]);
}

/* The length of @*text trimmed of spaces, @*text moved past the leading
 * ones. */
static size_t trim_span(const char **text)
{
	const char *t = *text;
	size_t n;
	while (*t == ' ' || *t == '\t')
		t++;
	n = strlen(t);
	while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r' || t[n - 1] == '\n'))
		n--;
	*text = t;
	return n;
}

/* Whether @text is an error value a spreadsheet shows (Dutch or English),
 * which a CSV file saved by it holds as text: "=Gemeente" typed in a cell
 * comes back as "#NAME?". */
static bool spreadsheet_error(const char *text)
{
	static const char *const literals[] = {
	    "#NAME?",  "#NAAM?", "#WAARDE!", "#VALUE!", "#N/B",  "#N/A",   "#DEEL/0!",
	    "#DIV/0!", "#VERW!", "#REF!",    "#GETAL!", "#NUM!", "#LEEG!", "#NULL!",
	};
	size_t n = trim_span(&text);
	if (*text != '#')
		return false;
	for (size_t i = 0; i < sizeof(literals) / sizeof(literals[0]); i++)
		if (strlen(literals[i]) == n && strncmp(text, literals[i], n) == 0)
			return true;
	return false;
}

/* The text of a cell the import reads: NULL (with an error) for a formula,
 * whose cached value libbig cannot know to be current, and for a
 * spreadsheet's error value. */
static const char *text(struct import *im, enum wb_sheet which, size_t row, size_t col)
{
	const struct big_cell *c = cell(im, which, row, col);
	if (c->formula) {
		fail(im, which, row, im->map[which].col[col], c->text,
		     "a formula: type the value itself (libbig reads no formulas, and the value "
		     "the file keeps for one may be stale)");
		return NULL;
	}
	if (c->kind == BIG_CELL_ERROR) {
		fail(im, which, row, im->map[which].col[col], c->text, "an error value");
		return NULL;
	}
	if (im->wb->from_csv && spreadsheet_error(c->text)) {
		fail(im, which, row, im->map[which].col[col], c->text,
		     "a spreadsheet's error value, not the value typed (a text that starts "
		     "with '=' read as a formula?): open the CSV file with the columns as text, "
		     "or use the XLSX form");
		return NULL;
	}
	return c->text;
}

/* Finds the sheets and their columns; errors for what is missing. */
static void find_sheets(struct import *im)
{
	const struct big_book *book = &im->wb->book;
	for (size_t i = 0; i < book->count; i++) {
		enum wb_sheet s = big__wb_sheet_of(book->sheets[i].name);
		if (s == WB_SHEET_COUNT)
			continue; /* a sheet of the user's own */
		if (im->map[s].sheet) {
			fail(im, s, NO_ROW, NO_COLUMN, NULL,
			     "the workbook has this sheet twice (%s and %s)",
			     im->map[s].sheet->name, book->sheets[i].name);
			continue;
		}
		im->map[s].sheet = &book->sheets[i];
	}
	for (int s = 0; s < WB_SHEET_COUNT; s++) {
		const struct wb_sheet_def *def = &big__wb_sheets[s];
		struct sheet_map *m = &im->map[s];
		if (s == WB_HELP)
			continue;
		if (!m->sheet) {
			if (def->required)
				fail(im, (enum wb_sheet)s, NO_ROW, NO_COLUMN, NULL,
				     "missing sheet (%s or %s)", def->name[WB_NL],
				     def->name[WB_EN]);
			continue;
		}
		m->usable = true;
		for (size_t c = 0; c < def->column_count; c++)
			m->col[c] = NO_COLUMN;
		for (size_t k = 0; k < m->sheet->cols; k++) {
			const char *h = big__sheet_cell(m->sheet, 0, k)->text;
			for (size_t c = 0; c < def->column_count; c++) {
				if (!big__wb_same_word(h, def->columns[c].heading[WB_NL]) &&
				    !big__wb_same_word(h, def->columns[c].heading[WB_EN]))
					continue;
				if (m->col[c] != NO_COLUMN)
					fail(im, (enum wb_sheet)s, 0, k, h,
					     "a second column \"%s\"",
					     def->columns[c].heading[WB_NL]);
				else
					m->col[c] = k;
				break;
			}
		}
		for (size_t c = 0; c < def->column_count; c++)
			if (m->col[c] == NO_COLUMN && def->columns[c].required) {
				fail(im, (enum wb_sheet)s, m->sheet->rows ? 0 : NO_ROW, NO_COLUMN,
				     NULL, "missing column \"%s\" (or \"%s\")",
				     def->columns[c].heading[WB_NL],
				     def->columns[c].heading[WB_EN]);
				m->usable = false;
			}
	}
}

/* Whether every cell of @row of @which is blank. */
static bool blank_row(const struct import *im, enum wb_sheet which, size_t row)
{
	const struct big_sheet *s = im->map[which].sheet;
	for (size_t k = 0; k < s->cols; k++)
		if (!big__wb_blank(big__sheet_cell(s, row, k)->text))
			return false;
	return true;
}

/* @text trimmed of spaces into @buf; NULL when it does not fit. */
static const char *trim(char *buf, size_t size, const char *text)
{
	size_t n = trim_span(&text);
	if (n >= size)
		return NULL;
	memcpy(buf, text, n);
	buf[n] = '\0';
	return buf;
}

/* @text trimmed of spaces, copied (however long it is); NULL when out of
 * memory (im->nomem then set). */
static const char *trimmed(struct import *im, const char *text)
{
	size_t n = trim_span(&text);
	const char *copy = big__arena_strndup(&im->words, text, n);
	if (!copy)
		im->nomem = true;
	return copy;
}

/* A whole number in @lo..@hi from text or an XLSX number ("3", "3.0"). */
static int whole_number(int *out, const char *text, int lo, int hi)
{
	char buf[32];
	const char *t = trim(buf, sizeof(buf), text);
	long v = 0;
	if (!t || !(*t >= '0' && *t <= '9'))
		return -1;
	for (; *t >= '0' && *t <= '9'; t++)
		if ((v = v * 10 + (*t - '0')) > hi)
			return -1;
	if (*t == '.') /* a spreadsheet's number: only zeros after the point */
		for (t++; *t == '0'; t++)
			;
	if (*t || v < lo)
		return -1;
	*out = (int)v;
	return 0;
}

/* A number from text or an XLSX number, with a decimal point or (when the
 * text has no point) a decimal comma, as Dutch Excel writes it. */
static int decimal(struct import *im, double *out, const char *text)
{
	char buf[64], *end;
	const char *t = trim(buf, sizeof(buf), text);
	if (!t || !*t)
		return -1;
	if (!strchr(buf, '.'))
		for (char *p = buf; *p; p++)
			if (*p == ',') {
				*p = '.';
				break;
			}
	if (strpbrk(buf, "xXnNiI")) /* no hex, nan, inf */
		return -1;
	errno = 0;
	*out = strtod_l(buf, &end, im->c_locale);
	/* ERANGE of a subnormal (5e-324, which libbig writes) is no error:
	 * the value is the nearest double. ERANGE of 0 or of HUGE_VAL is. */
	if (errno == ERANGE && *out != 0 && fabs(*out) < DBL_MIN)
		errno = 0;
	return *end || errno || !isfinite(*out) ? -1 : 0;
}

/* The key of an id that is a decimal number ("05.10" "5.1"): leading zeros
 * and zeros at the end of the fraction dropped, as a spreadsheet drops
 * them; false when @id is not such a number or too long. */
static bool number_key(char out[64], const char *id)
{
	const char *dot = NULL, *p = id, *end;
	size_t n;
	for (; *p; p++)
		if (*p == '.' && !dot && p > id)
			dot = p;
		else if (*p < '0' || *p > '9')
			return false;
	if (p == id || p[-1] == '.')
		return false;
	while (*id == '0' && id + 1 < (dot ? dot : p))
		id++;
	end = p;
	if (dot) {
		while (end > dot + 1 && end[-1] == '0')
			end--;
		if (end == dot + 1 && *dot == '.' && end[-1] == '0')
			end = dot; /* "5.0" is 5 */
	}
	if ((n = (size_t)(end - id)) >= 64)
		return false;
	memcpy(out, id, n);
	out[n] = '\0';
	return true;
}

/* A requirement whose id is the same number as @id ("5.10" for "5.1"),
 * or NULL. */
static const char *same_number(const struct import *im, const char *id)
{
	char want[64], key[64];
	if (!number_key(want, id))
		return NULL;
	for (size_t i = 0; i < im->cat->requirement_count; i++) {
		const char *r = im->cat->requirements[i]->id;
		if (strcmp(r, id) != 0 && number_key(key, r) && strcmp(key, want) == 0)
			return r;
	}
	return NULL;
}

/* The node of the id in @row (column 0 of the sheet's columns), or NULL
 * when there is none or (lenient) it is not in the catalogue. */
static const big_node *row_node(struct import *im, enum wb_sheet which, size_t row)
{
	const char *raw = text(im, which, row, 0), *id, *like;
	char hint[400] = "";
	const big_node *node;
	size_t col = im->map[which].col[0];
	if (!raw || !(id = trimmed(im, raw)))
		return NULL;
	if (!*id) {
		fail(im, which, row, col, raw, "no requirement id");
		return NULL;
	}
	node = big_catalogue_find(im->cat, id);
	if ((!node || !node->assessable) && (like = same_number(im, id)))
		snprintf(hint, sizeof(hint),
			 "; requirement %s is the same number: did a spreadsheet read %s as a "
			 "number? Open the CSV file with the id column as text, or use the XLSX "
			 "form",
			 like, like);
	if (!node) {
		char where[128];
		if (im->strict) {
			fail(im, which, row, col, id,
			     "catalogue %s %s has no requirement of this id%s", im->cat->id,
			     im->cat->version, hint);
			return NULL;
		}
		snprintf(where, sizeof(where), "%s, row %zu", im->map[which].sheet->name, row + 1);
		if (big__diag_add(&im->a->diags, BIG_SEVERITY_WARNING, "unknown-requirement", where,
				  "catalogue %s %s has no requirement \"%s\": its row is skipped%s",
				  im->cat->id, im->cat->version, id, hint))
			im->nomem = true;
		return NULL;
	}
	if (!node->assessable) {
		fail(im, which, row, col, id, "not a requirement (it is not assessable)%s", hint);
		return NULL;
	}
	return node;
}

/* A date cell: NULL when empty or wrong (then with an error). */
static const char *date_cell(struct import *im, enum wb_sheet which, size_t row, size_t col,
			     char out[11])
{
	const struct big_cell *c = cell(im, which, row, col);
	const char *t = text(im, which, row, col);
	if (!t || big__wb_blank(t))
		return NULL;
	if (big__wb_parse_date(out, t, c->kind == BIG_CELL_NUMBER, im->wb->book.date1904)) {
		fail(im, which, row, im->map[which].col[col], t,
		     "not a date (YYYY-MM-DD, d-m-yyyy or a spreadsheet date)");
		return NULL;
	}
	return out;
}

/* Text cell as it is (not trimmed: it is the user's text), NULL when blank. */
static const char *free_text(struct import *im, enum wb_sheet which, size_t row, size_t col)
{
	const char *t = text(im, which, row, col);
	return t && !big__wb_blank(t) ? t : NULL;
}

/* The action in columns @first.. (description, owner, due date, status) of
 * @row of sheet @which, for requirement @id; nothing when all four are
 * empty. */
static void action(struct import *im, enum wb_sheet which, size_t row, size_t first, const char *id)
{
	const size_t *col = im->map[which].col;
	/* Blank as the model sees it (no-break spaces too): no description. */
	const char *description = free_text(im, which, row, first);
	const char *owner = free_text(im, which, row, first + 1);
	const char *status_text = free_text(im, which, row, first + 3);
	const char *due = NULL;
	char date[11];
	big_action_status status = BIG_ACTION_PLANNED;
	bool ok = true;
	if (description && big__text_blank(description))
		description = NULL;
	if (col[first + 2] != NO_COLUMN && !big__wb_blank(cell(im, which, row, first + 2)->text))
		ok = (due = date_cell(im, which, row, first + 2, date)) != NULL;
	if (!description && !owner && !due && !status_text && ok)
		return;
	if (!description) {
		ok = false;
		fail(im, which, row, col[first], NULL,
		     "no description of the improvement action (its owner, due date or status "
		     "is filled in)");
	}
	if (!status_text) {
		ok = false;
		fail(im, which, row, col[first + 3], NULL,
		     "no status of the improvement action (gepland, in uitvoering, gereed; "
		     "planned, in progress, done)");
	} else if (big__wb_parse_action_status(&status, status_text)) {
		ok = false;
		fail(im, which, row, col[first + 3], status_text,
		     "not an action status (gepland, in uitvoering, gereed; planned, in "
		     "progress, done)");
	}
	if (ok)
		setter(im, big_assessment_add_action(im->a, id, description, owner, due, status),
		       which, row, col[first], description);
}

static void actions_row(struct import *im, size_t row)
{
	const big_node *node;
	if (blank_row(im, WB_ACTIONS, row) || !(node = row_node(im, WB_ACTIONS, row)))
		return;
	action(im, WB_ACTIONS, row, A_DESCRIPTION, node->id);
	/* a row with an id alone: nothing to add, and nothing wrong */
}

static void main_row(struct import *im, size_t row)
{
	const enum wb_sheet S = WB_MAIN;
	const big_node *node;
	const char *id, *t;
	char date[11];
	bool any = false;
	if (blank_row(im, S, row) || !(node = row_node(im, S, row)))
		return;
	id = node->id;
	if (im->seen[node->requirement]) {
		fail(im, S, row, im->map[S].col[M_ID], id, "a second row for this requirement");
		return;
	}
	im->seen[node->requirement] = true;
	for (size_t c = M_STATUS; c < M_COUNT; c++)
		any = any ||
		      (im->map[S].col[c] != NO_COLUMN && !big__wb_blank(cell(im, S, row, c)->text));
	if (!any)
		return; /* nothing filled in: not recorded */
	if ((t = text(im, S, row, M_STATUS))) {
		big_status st = BIG_STATUS_NOT_ASSESSED;
		if (!big__wb_blank(t) && big__wb_parse_status(&st, t))
			fail(im, S, row, im->map[S].col[M_STATUS], t,
			     "not a status (geïmplementeerd, gedeeltelijk geïmplementeerd, niet "
			     "geïmplementeerd, niet van toepassing, risico geaccepteerd, niet "
			     "beoordeeld, or the English words)");
		else
			setter(im, big_assessment_set_status(im->a, id, st), S, row, NO_COLUMN, t);
	}
	if ((t = free_text(im, S, row, M_MATURITY))) {
		int m;
		if (whole_number(&m, t, 0, im->cat->max_level))
			fail(im, S, row, im->map[S].col[M_MATURITY], t,
			     "not a maturity level: a whole number from 0 to %d",
			     im->cat->max_level);
		else
			setter(im, big_assessment_set_maturity(im->a, id, m), S, row, NO_COLUMN, t);
	}
	if ((t = free_text(im, S, row, M_EXPLANATION)))
		setter(im, big_assessment_set_explanation(im->a, id, t), S, row,
		       im->map[S].col[M_EXPLANATION], t);
	if ((t = free_text(im, S, row, M_OWNER)))
		setter(im, big_assessment_set_owner(im->a, id, t), S, row, im->map[S].col[M_OWNER],
		       t);
	if ((t = date_cell(im, S, row, M_EXPIRES, date)))
		setter(im, big_assessment_set_expires(im->a, id, t), S, row, NO_COLUMN, t);
	if ((t = free_text(im, S, row, M_EVIDENCE)))
		setter(im, big_assessment_add_evidence(im->a, id, t), S, row,
		       im->map[S].col[M_EVIDENCE], t);
	for (int k = 0; k < BIG_DIMENSION_COUNT; k++) {
		size_t c = M_OPZET + (size_t)k;
		int yes;
		if (!(t = free_text(im, S, row, c)))
			continue;
		if ((yes = big__wb_parse_bool(t)) < 0)
			fail(im, S, row, im->map[S].col[c], t, "not ja/nee (yes/no)");
		else
			setter(
			    im,
			    big_assessment_set_demonstrated(im->a, id, (big_dimension)k, yes == 1),
			    S, row, im->map[S].col[c], t);
	}
	action(im, S, row, M_ACTION, id);
}

static void evidence_row(struct import *im, size_t row)
{
	const enum wb_sheet S = WB_EVIDENCE;
	const big_node *node;
	const char *t;
	if (blank_row(im, S, row) || !(node = row_node(im, S, row)) ||
	    !(t = text(im, S, row, E_EVIDENCE)))
		return;
	if (big__wb_blank(t))
		fail(im, S, row, im->map[S].col[E_EVIDENCE], NULL, "no evidence");
	else
		setter(im, big_assessment_add_evidence(im->a, node->id, t), S, row,
		       im->map[S].col[E_EVIDENCE], t);
}

static void demonstration_row(struct import *im, size_t row)
{
	const enum wb_sheet S = WB_DEMO;
	const big_node *node;
	const char *dim_text, *kind_text, *what, *where, *date = NULL;
	char buf[11];
	big_dimension dim = BIG_DIMENSION_OPZET;
	big_evidence_kind kind = BIG_EVIDENCE_OTHER;
	bool ok = true;
	if (blank_row(im, S, row) || !(node = row_node(im, S, row)))
		return;
	dim_text = text(im, S, row, D_DIMENSION);
	kind_text = text(im, S, row, D_KIND);
	what = free_text(im, S, row, D_WHAT);
	where = free_text(im, S, row, D_WHERE);
	if (im->map[S].col[D_DATE] != NO_COLUMN && !big__wb_blank(cell(im, S, row, D_DATE)->text)) {
		date = date_cell(im, S, row, D_DATE, buf);
		ok = date != NULL;
	}
	if (!dim_text || big__wb_parse_dimension(&dim, dim_text)) {
		ok = false;
		if (dim_text)
			fail(im, S, row, im->map[S].col[D_DIMENSION], dim_text,
			     "not opzet, bestaan or werking");
	}
	if (!kind_text || big__wb_parse_evidence_kind(&kind, kind_text)) {
		ok = false;
		if (kind_text)
			fail(im, S, row, im->map[S].col[D_KIND], kind_text,
			     "not a kind of evidence (document, zelfevaluatie, audit, pentest, red "
			     "team, anders, or the English words)");
	}
	if (!what) {
		ok = false;
		fail(im, S, row, im->map[S].col[D_WHAT], NULL, "no description of the evidence");
	}
	if (ok)
		setter(im,
		       big_assessment_add_demonstration_evidence(im->a, node->id, dim, kind, what,
								 where, date),
		       S, row, im->map[S].col[D_WHAT], what);
}

static void criteria_row(struct import *im, size_t row)
{
	const enum wb_sheet S = WB_CRITERIA;
	const big_node *node;
	const char *raw, *id;
	struct criteria *c;
	if (blank_row(im, S, row) || !(node = row_node(im, S, row)))
		return;
	c = &im->crit[node->requirement];
	c->given = true;
	if (!(raw = text(im, S, row, C_CRITERION)) || big__wb_blank(raw))
		return; /* recorded, none met */
	if (!(id = trimmed(im, raw)))
		return;
	const big_criterion *cr = id ? big_catalogue_find_criterion(im->cat, id) : NULL;
	if (!cr) {
		fail(im, S, row, im->map[S].col[C_CRITERION], raw,
		     "not a criterion of the catalogue's maturity model");
		return;
	}
	for (size_t i = 0; i < c->count; i++)
		if (c->ids[i] == cr->id) {
			fail(im, S, row, im->map[S].col[C_CRITERION], raw,
			     "this criterion is met twice by requirement %s", node->id);
			return;
		}
	if (big__grow((void **)&c->ids, &c->cap, c->count + 1, sizeof(*c->ids))) {
		im->nomem = true;
		return;
	}
	c->ids[c->count++] = cr->id;
}

static void source_row(struct import *im, size_t row)
{
	const big_node *node;
	const char *t;
	if (blank_row(im, WB_SOURCE, row) || !(node = row_node(im, WB_SOURCE, row)))
		return;
	if (!(t = free_text(im, WB_SOURCE, row, S_COLLABORATION))) {
		fail(im, WB_SOURCE, row, im->map[WB_SOURCE].col[S_COLLABORATION], NULL,
		     "no collaboration");
		return;
	}
	struct big_result *r = &im->a->results[node->requirement];
	if (big__set_string(&r->source, t))
		im->nomem = true;
	r->recorded = true;
	big__assessment_refresh(im->a, node->requirement);
}

static void attribute_row(struct import *im, size_t row)
{
	const enum wb_sheet S = WB_ATTRIBUTES;
	const char *name, *value;
	double v, earlier;
	if (blank_row(im, S, row))
		return;
	name = free_text(im, S, row, P_KEY);
	value = text(im, S, row, P_VALUE);
	if (!name) {
		fail(im, S, row, im->map[S].col[P_KEY], NULL, "no attribute name");
		return;
	}
	if (!value)
		return;
	if (cell(im, S, row, P_VALUE)->kind != BIG_CELL_NUMBER && big__wb_thousands(value))
		fail(im, S, row, im->map[S].col[P_VALUE], value,
		     "ambiguous: a thousands separator or a decimal one? Write the number "
		     "without thousands separators (931298), or with a number of decimals other "
		     "than three (931.2980)");
	else if (decimal(im, &v, value))
		fail(im, S, row, im->map[S].col[P_VALUE], value, "not a number");
	else if (big_assessment_attribute(&earlier, im->a, name) == 0)
		fail(im, S, row, im->map[S].col[P_KEY], name, "a second row for this attribute");
	else
		setter(im, big_assessment_set_attribute(im->a, name, v), S, row,
		       im->map[S].col[P_KEY], name);
}

/* The values of the Organisatie sheet, by field. */
struct org {
	const char *value[O_COUNT];
	size_t row[O_COUNT];
	bool bad[O_COUNT]; /* a value the import refused (an error said so) */
};

static void read_organisation(struct import *im, struct org *o)
{
	const enum wb_sheet S = WB_ORG;
	const struct big_sheet *s = im->map[S].sheet;
	memset(o, 0, sizeof(*o));
	for (size_t row = 1; im->map[S].usable && row < s->rows; row++) {
		const char *key, *value;
		int f;
		if (blank_row(im, S, row) || !(key = text(im, S, row, P_KEY)))
			continue;
		value = text(im, S, row, P_VALUE);
		for (f = 0; f < O_COUNT; f++)
			if (big__wb_same_word(key, big__wb_org_fields[f][WB_NL]) ||
			    big__wb_same_word(key, big__wb_org_fields[f][WB_EN]))
				break;
		if (f == O_COUNT)
			fail(im, S, row, im->map[S].col[P_KEY], key, "not a field of this sheet");
		else if (o->row[f])
			fail(im, S, row, im->map[S].col[P_KEY], key, "a second row for this field");
		else {
			o->row[f] = row;
			o->bad[f] = !value;
			o->value[f] = !value || big__wb_blank(value) ? NULL : value;
		}
	}
}

/* The field's value, trimmed; NULL when blank (or out of memory). */
static const char *org_word(struct import *im, const struct org *o, enum wb_org_field f)
{
	return o->value[f] ? trimmed(im, o->value[f]) : NULL;
}

/* The assessment, from the Organisatie sheet (a stand-in id and period when
 * it lacks them, so that the other sheets are checked too). */
static int make_assessment(struct import *im)
{
	const enum wb_sheet S = WB_ORG;
	struct org o;
	const char *v;
	int rc;
	read_organisation(im, &o);
	const char *org_id = org_word(im, &o, O_ID);
	const char *per = org_word(im, &o, O_PERIOD);
	if (im->map[S].usable) {
		static const enum wb_org_field required[] = {O_ID, O_PERIOD};
		for (size_t i = 0; i < 2; i++) {
			enum wb_org_field f = required[i];
			if (!o.value[f] && !o.bad[f])
				fail(im, S, o.row[f] ? o.row[f] : NO_ROW,
				     o.row[f] ? im->map[S].col[P_VALUE] : NO_COLUMN, NULL,
				     "no %s (field \"%s\")", big__wb_org_fields[f][WB_EN],
				     big__wb_org_fields[f][WB_NL]);
		}
		const char *c = org_word(im, &o, O_CATALOGUE);
		const char *ver = org_word(im, &o, O_VERSION);
		if (!c || !ver || strcmp(c, im->cat->id) != 0 || strcmp(ver, im->cat->version) != 0)
			fail(im, S, o.row[O_CATALOGUE] ? o.row[O_CATALOGUE] : NO_ROW, NO_COLUMN, c,
			     "the workbook is for catalogue %s %s, not for %s %s", c ? c : "(none)",
			     ver ? ver : "(none)", im->cat->id, im->cat->version);
	}
	if (im->nomem)
		return big__error_nomem();
	/* Cells are UTF-8 and the values not blank: only memory can fail. */
	if ((rc = big_assessment_new(&im->a, im->cat, org_id && *org_id ? org_id : "?",
				     per && *per ? per : "?")))
		return rc;
	if ((v = o.value[O_NAME]))
		setter(im, big_assessment_set_organisation_name(im->a, v), S, o.row[O_NAME],
		       im->map[S].col[P_VALUE], v);
	if ((v = o.value[O_KIND]))
		setter(im, big_assessment_set_organisation_kind(im->a, v), S, o.row[O_KIND],
		       im->map[S].col[P_VALUE], v);
	if (o.value[O_ASSESSED_ON]) {
		const struct big_cell *c = big__sheet_cell(im->map[S].sheet, o.row[O_ASSESSED_ON],
							   im->map[S].col[P_VALUE]);
		char date[11];
		if (big__wb_parse_date(date, c->text, c->kind == BIG_CELL_NUMBER,
				       im->wb->book.date1904))
			fail(im, S, o.row[O_ASSESSED_ON], im->map[S].col[P_VALUE], c->text,
			     "not a date (YYYY-MM-DD, d-m-yyyy or a spreadsheet date)");
		else
			setter(im, big_assessment_set_assessed_on(im->a, date), S,
			       o.row[O_ASSESSED_ON], im->map[S].col[P_VALUE], c->text);
	}
	if ((v = org_word(im, &o, O_PROFILE)))
		setter(im, big_assessment_set_profile(im->a, v), S, o.row[O_PROFILE],
		       im->map[S].col[P_VALUE], v);
	if ((v = o.value[O_TARGET])) {
		int target;
		if (whole_number(&target, v, 0, im->cat->max_level))
			fail(im, S, o.row[O_TARGET], im->map[S].col[P_VALUE], v,
			     "not a target level: a whole number from 0 to %d", im->cat->max_level);
		else
			setter(im, big_assessment_set_target(im->a, target), S, o.row[O_TARGET],
			       im->map[S].col[P_VALUE], v);
	}
	if ((v = org_word(im, &o, O_FINGERPRINT))) {
		const char *mine;
		if ((rc = big_catalogue_fingerprint(&mine, im->cat)))
			return rc;
		if (strcmp(v, mine) != 0)
			fail(im, S, o.row[O_FINGERPRINT], im->map[S].col[P_VALUE], v,
			     "the workbook was made for other contents of catalogue %s %s (%s)",
			     im->cat->id, im->cat->version, mine);
		else
			im->a->names_fingerprint = true;
	}
	return 0;
}

/* Runs @row_fn over every row under the headings of sheet @which. */
static void each_row(struct import *im, enum wb_sheet which,
		     void (*row_fn)(struct import *im, size_t row))
{
	const struct big_sheet *s = im->map[which].sheet;
	for (size_t row = 1; im->map[which].usable && !im->nomem && row < s->rows; row++)
		row_fn(im, row);
}

static int finish(struct import *im, big_assessment **out)
{
	for (size_t i = 0; !im->nomem && i < im->cat->requirement_count; i++) {
		struct criteria *c = &im->crit[i];
		static const char *const none[1] = {NULL}; /* recorded, none met: not NULL */
		if (c->given)
			setter(im,
			       big_assessment_set_criteria_met(im->a, im->cat->requirements[i]->id,
							       c->ids ? c->ids : none, c->count),
			       WB_CRITERIA, NO_ROW, NO_COLUMN, im->cat->requirements[i]->id);
	}
	if (im->unlisted) /* the summary goes beyond the cap */
		fail(im, WB_SHEET_COUNT, NO_ROW, NO_COLUMN, NULL,
		     "%zu more errors, not listed (the first %d are)", im->unlisted, MAX_ERRORS);
	if (im->nomem)
		return big__error_nomem();
	if (im->wb->error_count) {
		const big_cell_error *e = &im->wb->errors[0];
		size_t n = im->unlisted ? MAX_ERRORS + im->unlisted : im->wb->error_count;
		return big__error_set(BIG_ESCHEMA, "%zu error%s in the workbook; the first: %s", n,
				      n == 1 ? "" : "s", e->message);
	}
	*out = im->a;
	im->a = NULL;
	return 0;
}

int big__wb_import(big_assessment **out, big_workbook *wb, const big_catalogue *cat,
		   const big_workbook_import_options *opts)
{
	struct import im;
	int rc;
	memset(&im, 0, sizeof(im));
	im.wb = wb;
	im.cat = cat;
	im.strict = opts->strict;
	im.seen = big__calloc(cat->requirement_count + 1, sizeof(*im.seen));
	im.crit = big__calloc(cat->requirement_count + 1, sizeof(*im.crit));
	im.c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (!im.seen || !im.crit || im.c_locale == (locale_t)0) {
		rc = big__error_nomem();
		goto out;
	}
	if (!wb->book.count)
		fail(&im, WB_MAIN, NO_ROW, NO_COLUMN, NULL,
		     "the workbook is empty: it has no sheets");
	else
		find_sheets(&im);
	if ((rc = make_assessment(&im)))
		goto out;
	each_row(&im, WB_ATTRIBUTES, attribute_row);
	each_row(&im, WB_MAIN, main_row);
	each_row(&im, WB_ACTIONS, actions_row);
	each_row(&im, WB_EVIDENCE, evidence_row);
	each_row(&im, WB_DEMO, demonstration_row);
	each_row(&im, WB_CRITERIA, criteria_row);
	each_row(&im, WB_SOURCE, source_row);
	rc = finish(&im, out);
out:
	for (size_t i = 0; im.crit && i < cat->requirement_count; i++)
		big_free(im.crit[i].ids);
	big_free(im.crit);
	big_free(im.seen);
	big__arena_free(&im.words);
	if (im.c_locale != (locale_t)0)
		freelocale(im.c_locale);
	big_assessment_free(im.a);
	return rc;
}
