/*
 * libbig — the workbook object (include/big/workbook.h): making one,
 * reading CSV and XLSX files into it, writing its sheets, and the errors of
 * its last import.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "csv-read.h"
#include "csv.h"
#include "errors-int.h"
#include "workbook-int.h"
#include "xlsx.h"

int big_workbook_new(big_workbook **out)
{
	if (!out)
		return big__error_set(BIG_EINVAL, "no output pointer");
	*out = big__calloc(1, sizeof(**out));
	return *out ? 0 : BIG_ENOMEM;
}

int big__wb_retire_errors(big_workbook *wb)
{
	struct wb_retired *r;
	if (!wb->errors)
		return 0;
	if (!(r = big__arena_alloc(&wb->error_arena, sizeof(*r))))
		return big__error_nomem();
	r->errors = wb->errors;
	r->next = wb->retired;
	wb->retired = r;
	wb->errors = NULL;
	wb->error_count = wb->error_cap = 0;
	return 0;
}

void big_workbook_free(big_workbook *wb)
{
	if (!wb)
		return;
	for (struct wb_retired *r = wb->retired; r; r = r->next)
		big_free(r->errors);
	big_free(wb->errors);
	big__arena_free(&wb->error_arena);
	big__book_free(&wb->book);
	big_free(wb);
}

static int named_catalogue(big_workbook *wb);

int big_workbook_template(big_workbook **out, const big_catalogue *cat,
			  const big_workbook_options *opts)
{
	big_workbook *wb;
	int rc;
	if (!out || !cat || !opts)
		return big__error_set(BIG_EINVAL, "no output pointer, catalogue or options");
	*out = NULL;
	if ((rc = big_workbook_new(&wb)))
		return rc;
	if ((rc = big__wb_template(&wb->book, cat, opts)) || (rc = named_catalogue(wb))) {
		big_workbook_free(wb);
		return rc;
	}
	*out = wb;
	return 0;
}

size_t big_workbook_sheet_count(const big_workbook *wb)
{
	return wb ? wb->book.count : 0;
}

const char *big_workbook_sheet_name(const big_workbook *wb, size_t i)
{
	return wb && i < wb->book.count ? wb->book.sheets[i].name : NULL;
}

int big_workbook_sheet_to_csv(char **out, size_t *len, const big_workbook *wb, size_t i,
			      big_workbook_csv form)
{
	struct big_csv c;
	const struct big_sheet *s;
	if (!out || !wb)
		return big__error_set(BIG_EINVAL, "no output pointer or no workbook");
	*out = NULL;
	if (i >= wb->book.count)
		return big__error_set(BIG_EINVAL, "no sheet %zu: the workbook has %zu", i,
				      wb->book.count);
	if (form != BIG_WORKBOOK_CSV_EXCEL && form != BIG_WORKBOOK_CSV_COMMA)
		return big__error_set(BIG_EINVAL, "unknown CSV form %d", (int)form);
	s = &wb->book.sheets[i];
	/* No formula guard (BIG_CSV_SAFE): its apostrophe would come back as
	 * text, and the round trip must be exact (docs/workbooks.md). */
	if (big__csv_init(&c,
			  form == BIG_WORKBOOK_CSV_EXCEL ? BIG_CSV_BOM | BIG__CSV_SEMICOLON : 0))
		return BIG_ENOMEM;
	for (size_t r = 0; r < s->rows; r++) {
		for (size_t k = 0; k < s->cols; k++)
			big__csv_text(&c, big__sheet_cell(s, r, k)->text);
		big__csv_end_row(&c);
	}
	return big__csv_finish(&c, out, len);
}

int big_workbook_write_xlsx(const big_workbook *wb, const char *path)
{
	if (!wb || !path)
		return big__error_set(BIG_EINVAL, "no workbook or no path");
	return big__xlsx_write(&wb->book, path);
}

/* The sheet a CSV file holds, from its name: BASE-SHEET.csv whose SHEET
 * names a sheet gives it, any other name the requirements sheet. */
static const char *csv_sheet_name(const char *file_name, char *buf, size_t size)
{
	const char *base = strrchr(file_name, '/');
	const char *dash, *dot;
	size_t n;
	base = base ? base + 1 : file_name;
	dash = strrchr(base, '-');
	dot = strrchr(base, '.');
	if (dash && (!dot || dot > dash)) {
		n = (size_t)((dot ? dot : dash + strlen(dash)) - (dash + 1));
		if (n < size) {
			memcpy(buf, dash + 1, n);
			buf[n] = '\0';
			enum wb_sheet s = big__wb_sheet_of(buf);
			if (s != WB_SHEET_COUNT && s != WB_MAIN)
				return buf;
		}
	}
	return big__wb_sheets[WB_MAIN].name[WB_NL];
}

/* A requirements sheet from a file whose name does not say its sheet is
 * called Requirements when its headings are English, so that errors name
 * it as the user knows it. */
static void english_requirements(struct big_sheet *s)
{
	const struct wb_sheet_def *def = &big__wb_sheets[WB_MAIN];
	for (size_t k = 0; k < s->cols; k++) {
		const char *h = big__sheet_cell(s, 0, k)->text;
		for (size_t c = 0; c < def->column_count; c++)
			if (big__wb_same_word(h, def->columns[c].heading[WB_EN]) &&
			    !big__wb_same_word(h, def->columns[c].heading[WB_NL])) {
				s->name = def->name[WB_EN];
				return;
			}
	}
}

int big_workbook_add_csv(big_workbook *wb, const char *file_name, const char *data, size_t len)
{
	char buf[64];
	const char *name;
	if (!wb || !file_name || (!data && len))
		return big__error_set(BIG_EINVAL, "no workbook, file name or data");
	if (wb->from_xlsx)
		return big__error_set(BIG_EINVAL,
				      "%s: the workbook is an XLSX file; a CSV file "
				      "cannot be added to it",
				      file_name);
	name = csv_sheet_name(file_name, buf, sizeof(buf));
	for (size_t i = 0; i < wb->book.count; i++)
		if (big__wb_sheet_of(wb->book.sheets[i].name) == big__wb_sheet_of(name))
			return big__error_set(BIG_EDUPLICATE, "%s: a second file for sheet %s",
					      file_name, name);
	int rc = big__csv_read(&wb->book, name, data, len, file_name);
	if (!rc)
		wb->from_csv = true;
	if (!rc && name != buf)
		english_requirements(&wb->book.sheets[wb->book.count - 1]);
	return rc ? rc : named_catalogue(wb);
}

int big_workbook_add_xlsx(big_workbook *wb, const char *data, size_t len, const char *source)
{
	int rc;
	if (!wb || (!data && len))
		return big__error_set(BIG_EINVAL, "no workbook or no data");
	if (wb->book.count)
		return big__error_set(BIG_EINVAL, "an XLSX file is a whole workbook: add it to an "
						  "empty one");
	if ((rc = big__xlsx_read(&wb->book, data, len, source))) {
		big__book_free(&wb->book);
		return rc;
	}
	wb->from_xlsx = true;
	return named_catalogue(wb);
}

/* The column of sheet @s whose heading is column @c of @which, or -1. */
static long column_of(const struct big_sheet *s, enum wb_sheet which, size_t c)
{
	const struct wb_column *col = &big__wb_sheets[which].columns[c];
	for (size_t k = 0; k < s->cols; k++) {
		const char *h = big__sheet_cell(s, 0, k)->text;
		if (big__wb_same_word(h, col->heading[WB_NL]) ||
		    big__wb_same_word(h, col->heading[WB_EN]))
			return (long)k;
	}
	return -1;
}

/* The value of field @f of the Organisatie sheet, or NULL. */
static const char *org_value(const big_workbook *wb, enum wb_org_field f)
{
	for (size_t i = 0; wb && i < wb->book.count; i++) {
		const struct big_sheet *s = &wb->book.sheets[i];
		long key, value;
		if (big__wb_sheet_of(s->name) != WB_ORG ||
		    (key = column_of(s, WB_ORG, P_KEY)) < 0 ||
		    (value = column_of(s, WB_ORG, P_VALUE)) < 0)
			continue;
		for (size_t r = 1; r < s->rows; r++) {
			const char *k = big__sheet_cell(s, r, (size_t)key)->text;
			const char *v = big__sheet_cell(s, r, (size_t)value)->text;
			if ((big__wb_same_word(k, big__wb_org_fields[f][WB_NL]) ||
			     big__wb_same_word(k, big__wb_org_fields[f][WB_EN])) &&
			    *v)
				return v;
		}
	}
	return NULL;
}

/* Field @f of the Organisatie sheet trimmed into the book's arena: NULL
 * when absent or blank; 0 or BIG_ENOMEM. */
static int org_word(const char **out, big_workbook *wb, enum wb_org_field f)
{
	const char *v = org_value(wb, f);
	size_t n;
	*out = NULL;
	if (!v)
		return 0;
	while (*v == ' ' || *v == '\t')
		v++;
	n = strlen(v);
	while (n && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\r' || v[n - 1] == '\n'))
		n--;
	if (!n)
		return 0;
	return (*out = big__arena_strndup(&wb->book.arena, v, n)) ? 0 : big__error_nomem();
}

/* After a file is added: the catalogue the workbook names. */
static int named_catalogue(big_workbook *wb)
{
	int rc = org_word(&wb->catalogue_id, wb, O_CATALOGUE);
	return rc ? rc : org_word(&wb->catalogue_version, wb, O_VERSION);
}

const char *big_workbook_catalogue_id(const big_workbook *wb)
{
	return wb ? wb->catalogue_id : NULL;
}

const char *big_workbook_catalogue_version(const big_workbook *wb)
{
	return wb ? wb->catalogue_version : NULL;
}

int big_workbook_import(big_assessment **out, big_workbook *wb, const big_catalogue *cat,
			const big_workbook_import_options *opts)
{
	static const big_workbook_import_options defaults = BIG_WORKBOOK_IMPORT_OPTIONS_INIT;
	if (!out || !wb || !cat)
		return big__error_set(BIG_EINVAL, "no output pointer, workbook or catalogue");
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (opts->version != BIG_WORKBOOK_IMPORT_OPTIONS_VERSION)
		return big__error_set(BIG_EINVAL, "workbook import options version %u, expected %u",
				      opts->version, BIG_WORKBOOK_IMPORT_OPTIONS_VERSION);
	int rc = big__wb_retire_errors(wb);
	return rc ? rc : big__wb_import(out, wb, cat, opts);
}

size_t big_workbook_error_count(const big_workbook *wb)
{
	return wb ? wb->error_count : 0;
}

const big_cell_error *big_workbook_error(const big_workbook *wb, size_t i)
{
	return wb && i < wb->error_count ? &wb->errors[i] : NULL;
}
