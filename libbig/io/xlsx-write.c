/*
 * libbig — writes a book (book.h) as an XLSX file with libxlsxwriter: every
 * sheet in order, a bold shaded frozen heading row, the columns' widths,
 * formats and drop-down lists, the cells to fill unlocked and shaded apart
 * from the given ones (docs/xlsx.md).
 *
 * libxlsxwriter prints to stderr on a few paths (an argument it refuses,
 * out of memory, a file it cannot make or write): everything it could
 * refuse is checked here first, so that only its own allocation failures
 * and I/O errors can still print. It allocates with malloc(), not with
 * big_set_alloc_funcs()' allocator. It formats numbers with printf() in
 * the thread's locale, calls srand() and gmtime(): a book is written in
 * the C locale, one at a time (book_lock), with a fixed creation time.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* strtod_l() */
#include "xlsx.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <wctype.h>
#include <xlsxwriter.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"
#include "text.h"
#include "utf8.h"

/* XLSX's own limits (Excel's specifications). */
#define SHEET_NAME_MAX   31    /* characters */
#define CELL_TEXT_MAX    32767 /* characters */
#define INLINE_LIST_MAX  255   /* characters of a drop-down list written inline */
#define COLUMN_WIDTH_MAX 255   /* characters */

/* The hidden sheet that holds drop-down lists too long to write inline. */
#define LISTS_SHEET "big-lists"

/* The creation time in docProps/core.xml, 2000-01-01T00:00:00Z, so that a
 * book is written to the same bytes every time (libxlsxwriter takes 0 as
 * "now"). */
#define CREATED ((time_t)946684800)

/* libxlsxwriter's temporary files call srand() on a static seed and its
 * core.xml gmtime(): one book is written at a time in this process. */
static pthread_mutex_t book_lock = PTHREAD_MUTEX_INITIALIZER;

/* Colours: a grey heading, a pale yellow to fill; given cells stay white. */
#define HEADING_FILL 0xD9D9D9
#define TO_FILL_FILL 0xFFF2CC

struct writer {
	lxw_workbook *wb;
	lxw_format *heading;
	lxw_format *cell[3][2]; /* [enum big_column_format][to_fill] */
	lxw_worksheet *lists;   /* LISTS_SHEET, made when first needed */
	char lists_name[sizeof(LISTS_SHEET) + 8];
	lxw_col_t lists_cols;
	locale_t c_locale;
	const char *path; /* the target, for messages */
};

static size_t utf8_length(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* libxlsxwriter's error @err while doing @what; @errnum the errno after it
 * (0 when it says nothing). */
static int lxw_fail(const struct writer *w, lxw_error err, const char *what, int errnum)
{
	if (errnum)
		return big__error_set(BIG_EIO, "%s: XLSX: %s: %s (%s)", w->path, what,
				      lxw_strerror(err), strerror_l(errnum, w->c_locale));
	return big__error_set(BIG_EIO, "%s: XLSX: %s: %s", w->path, what, lxw_strerror(err));
}

/* The next character of valid UTF-8 @*s, which moves past it. */
static wint_t next_char(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	size_t n = big__utf8_seq(p, strlen(*s));
	wint_t c = n == 1 ? p[0] : p[0] & (0x7f >> n);

	for (size_t k = 1; k < n; k++)
		c = c << 6 | (p[k] & 0x3f);
	*s += n ? n : 1;
	return c;
}

/* The upper case of @c for comparing sheet names: ASCII, Latin-1, Latin
 * Extended-A, Greek and Cyrillic letters, which is what names in a Dutch
 * (or any European) workbook hold; other characters are themselves. Not a
 * locale's towupper_l(): loading C.UTF-8 fails where LOCPATH points
 * elsewhere, and glibc then leaks what it allocated. */
static uint32_t upper(uint32_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7) ||
	    (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) || (c >= 0x430 && c <= 0x44F))
		return c - 0x20;
	if (c >= 0x450 && c <= 0x45F)
		return c - 0x50;
	if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 &&
	    c != 0x17F) {
		/* pairs: even upper, odd lower, but 0x139-0x148 and 0x179-0x17E odd upper */
		bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
		if (odd_upper ? !(c & 1) : (c & 1))
			return c - 1;
	}
	return c;
}

/* Whether the sheet names @a and @b are one for Excel, which compares them
 * in upper case, beyond ASCII too ("Ä" and "ä"). */
static bool same_name(const char *a, const char *b)
{
	while (*a && *b)
		if (upper(next_char(&a)) != upper(next_char(&b)))
			return false;
	return !*a && !*b;
}

/* Excel's rules for a sheet name, which libxlsxwriter would print about. */
static int check_sheet_name(const struct big_book *book, size_t i)
{
	const char *name = book->sheets[i].name;
	size_t n, at;

	if (!name || !*name)
		return big__error_set(BIG_EINVAL, "XLSX: sheet %zu has no name", i + 1);
	n = utf8_length(name);
	if (!big__utf8_valid(name) || n > SHEET_NAME_MAX || strpbrk(name, "[]:*?/\\") ||
	    name[0] == '\'' || name[strlen(name) - 1] == '\'')
		return big__error_set(
		    BIG_EINVAL,
		    "XLSX: sheet name '%s' is not allowed (at most %d characters, "
		    "none of []:*?/\\, not starting or ending with ')",
		    name, SHEET_NAME_MAX);
	/* XML 1.0 cannot hold most of them: workbook.xml would be broken. */
	if (big__text_control(name, &at))
		return big__error_set(
		    BIG_EINVAL, "XLSX: sheet name '%s' is not allowed (a control character)", name);
	for (size_t j = 0; j < i; j++)
		if (same_name(book->sheets[j].name, name))
			return big__error_set(BIG_EDUPLICATE,
					      "XLSX: two sheets are named '%s' (Excel compares "
					      "names without case)",
					      name);
	if (same_name(name, LISTS_SHEET))
		return big__error_set(BIG_EINVAL, "XLSX: the sheet name '%s' is libbig's own",
				      name);
	if (same_name(name, "History"))
		return big__error_set(BIG_EINVAL, "XLSX: the sheet name '%s' is reserved by Excel",
				      name);
	return 0;
}

static int check_book(const struct big_book *book)
{
	int rc = 0;

	if (!book->count)
		return big__error_set(BIG_EINVAL, "XLSX: a workbook needs a sheet");
	for (size_t i = 0; !rc && i < book->count; i++)
		rc = check_sheet_name(book, i);
	if (rc)
		return rc;
	for (size_t i = 0; i < book->count; i++) {
		const struct big_sheet *s = &book->sheets[i];

		if (s->rows > LXW_ROW_MAX || s->cols > LXW_COL_MAX)
			return big__error_set(BIG_ELIMIT,
					      "XLSX: sheet '%s' has %zu rows and %zu columns, more "
					      "than XLSX's %d and %d",
					      s->name, s->rows, s->cols, LXW_ROW_MAX, LXW_COL_MAX);
		if (s->rows && s->cols && !s->cells)
			return big__error_set(BIG_EINVAL, "XLSX: sheet '%s' has no cells", s->name);
		for (size_t r = 0; r < s->rows; r++)
			for (size_t c = 0; c < s->cols; c++) {
				const char *t = s->cells[r * s->cols + c].text;
				char ref[LXW_MAX_CELL_NAME_LENGTH];

				lxw_rowcol_to_cell(ref, (lxw_row_t)r, (lxw_col_t)c);
				if (!t || !big__utf8_valid(t))
					return big__error_set(BIG_EINVAL,
							      "XLSX: sheet '%s', cell %s: no "
							      "valid UTF-8 text",
							      s->name, ref);
				if (utf8_length(t) > CELL_TEXT_MAX)
					return big__error_set(BIG_ELIMIT,
							      "XLSX: sheet '%s', cell %s: text of "
							      "%zu characters, more than XLSX's %d",
							      s->name, ref, utf8_length(t),
							      CELL_TEXT_MAX);
			}
	}
	return 0;
}

static int make_formats(struct writer *w)
{
	static const char *const num_formats[] = {
	    [BIG_COLUMN_TEXT] = "@",
	    [BIG_COLUMN_INTEGER] = "0",
	    [BIG_COLUMN_DATE] = "yyyy-mm-dd",
	};

	w->heading = workbook_add_format(w->wb);
	if (!w->heading)
		return big__error_nomem();
	format_set_bold(w->heading);
	format_set_pattern(w->heading, LXW_PATTERN_SOLID);
	format_set_bg_color(w->heading, HEADING_FILL);
	format_set_bottom(w->heading, LXW_BORDER_THIN);
	for (int f = 0; f < 3; f++)
		for (int fill = 0; fill < 2; fill++) {
			lxw_format *fmt = workbook_add_format(w->wb);

			if (!fmt)
				return big__error_nomem();
			format_set_num_format(fmt, num_formats[f]);
			if (fill) {
				format_set_unlocked(fmt);
				format_set_pattern(fmt, LXW_PATTERN_SOLID);
				format_set_bg_color(fmt, TO_FILL_FILL);
			}
			w->cell[f][fill] = fmt;
		}
	return 0;
}

/* A whole number as the integer columns hold it ("3", "-2"), or false. */
static bool whole_number(const char *t, double *out)
{
	const char *p = t + (*t == '-');
	long long v = 0;

	if (!*p || strlen(p) > 15)
		return false;
	for (; *p; p++) {
		if (*p < '0' || *p > '9')
			return false;
		v = v * 10 + (*p - '0');
	}
	*out = (double)(*t == '-' ? -v : v);
	return true;
}

/* A date as YYYY-MM-DD that the calendar has, or false. */
static bool iso_date(const char *t, lxw_datetime *out)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y, m, d;

	if (strlen(t) != 10 || t[4] != '-' || t[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (t[i] < '0' || t[i] > '9'))
			return false;
	y = atoi(t);
	m = atoi(t + 5);
	d = atoi(t + 8);
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > days[m - 1] ||
	    (m == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400))))
		return false;
	*out = (lxw_datetime){.year = y, .month = m, .day = d};
	return true;
}

/* Whether @p starts what XLSX reads as an escaped character, _xHHHH_. */
static bool escape_like(const char *p)
{
	if (p[0] != '_' || p[1] != 'x')
		return false;
	for (int i = 2; i < 6; i++)
		if (!p[i] || !strchr("0123456789abcdefABCDEF", p[i]))
			return false;
	return p[6] == '_';
}

/* Writes @text as a string cell. Excel reads _xHHHH_ in a string as the
 * character HHHH and libxlsxwriter writes it as it is: its underscore is
 * escaped itself (_x005F_), so that the text reads back as written. */
static lxw_error write_string(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *text,
			      lxw_format *fmt, bool *nomem)
{
	size_t n = 0, len = strlen(text);
	lxw_error err;
	char *esc, *out;

	for (const char *p = strstr(text, "_x"); p; p = strstr(p + 1, "_x"))
		n += escape_like(p);
	if (!n)
		return worksheet_write_string(ws, row, col, text, fmt);
	if (!(esc = big__malloc(len + 6 * n + 1))) {
		*nomem = true;
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	}
	out = esc;
	for (const char *p = text; *p; p++) {
		if (escape_like(p)) {
			memcpy(out, "_x005F", 6);
			out += 6;
		}
		*out++ = *p;
	}
	*out = '\0';
	err = worksheet_write_string(ws, row, col, esc, fmt);
	big_free(esc);
	return err;
}

static lxw_error write_cell(struct writer *w, lxw_worksheet *ws, const struct big_sheet *s,
			    size_t r, size_t c, bool *nomem)
{
	const struct big_cell *cell = &s->cells[r * s->cols + c];
	const struct big_column *col = s->columns ? &s->columns[c] : NULL;
	lxw_row_t row = (lxw_row_t)r;
	lxw_col_t cn = (lxw_col_t)c;
	lxw_format *fmt = NULL;
	unsigned char kind = col ? col->format : BIG_COLUMN_TEXT;
	lxw_datetime date;
	double v;
	char *end;

	if (r == 0 && s->frozen_header)
		fmt = w->heading;
	else if (col)
		fmt = w->cell[kind < 3 ? kind : BIG_COLUMN_TEXT][col->to_fill];
	switch (cell->kind) {
	case BIG_CELL_EMPTY:
		return fmt ? worksheet_write_blank(ws, row, cn, fmt) : LXW_NO_ERROR;
	case BIG_CELL_NUMBER:
		v = strtod_l(cell->text, &end, w->c_locale);
		if (end != cell->text && !*end && isfinite(v))
			return worksheet_write_number(ws, row, cn, v, fmt);
		break;
	case BIG_CELL_BOOL:
		if (!strcmp(cell->text, "TRUE") || !strcmp(cell->text, "FALSE"))
			return worksheet_write_boolean(ws, row, cn, cell->text[0] == 'T', fmt);
		break;
	default:
		if (r == 0 && s->frozen_header)
			break;
		if (kind == BIG_COLUMN_INTEGER && whole_number(cell->text, &v))
			return worksheet_write_number(ws, row, cn, v, fmt);
		if (kind == BIG_COLUMN_DATE && iso_date(cell->text, &date))
			return worksheet_write_datetime(ws, row, cn, &date, fmt);
		break;
	}
	/* Text, and what is not the value its kind says: as written. */
	return write_string(ws, row, cn, cell->text, fmt, nomem);
}

/* The list of @col's choices on the hidden sheet; its range into @ref. */
static int long_list(struct writer *w, const struct big_column *col, char *ref, size_t size)
{
	char first[LXW_MAX_CELL_NAME_LENGTH], last[LXW_MAX_CELL_NAME_LENGTH];
	bool nomem = false;
	lxw_error err;

	if (!w->lists) {
		w->lists = workbook_add_worksheet(w->wb, LISTS_SHEET);
		if (!w->lists)
			return big__error_nomem();
		worksheet_hide(w->lists);
	}
	if (col->choice_count > LXW_ROW_MAX || w->lists_cols >= LXW_COL_MAX)
		return big__error_set(BIG_ELIMIT, "XLSX: too many drop-down lists or choices");
	for (size_t i = 0; i < col->choice_count; i++) {
		err = write_string(w->lists, (lxw_row_t)i, w->lists_cols, col->choices[i], NULL,
				   &nomem);
		if (err)
			return nomem ? BIG_ENOMEM : lxw_fail(w, err, "a drop-down list", 0);
	}
	lxw_rowcol_to_cell_abs(first, 0, w->lists_cols, 1, 1);
	lxw_rowcol_to_cell_abs(last, (lxw_row_t)(col->choice_count - 1), w->lists_cols, 1, 1);
	snprintf(ref, size, "='%s'!%s:%s", LISTS_SHEET, first, last);
	w->lists_cols++;
	return 0;
}

/* A drop-down list of @col's choices on every cell below the heading. */
static int drop_down(struct writer *w, lxw_worksheet *ws, const struct big_sheet *s, size_t c)
{
	const struct big_column *col = &s->columns[c];
	lxw_data_validation dv = {0};
	size_t length = 0;
	bool inline_list = true;
	char ref[64];
	char **list;
	lxw_error err;
	int rc = 0;

	if (!col->choices || !col->choice_count)
		return 0;
	for (size_t i = 0; i < col->choice_count; i++) {
		if (!col->choices[i] || !big__utf8_valid(col->choices[i]))
			return big__error_set(BIG_EINVAL,
					      "XLSX: sheet '%s', column %zu: a choice that is "
					      "no valid UTF-8 text",
					      s->name, c + 1);
		if (utf8_length(col->choices[i]) > CELL_TEXT_MAX)
			return big__error_set(BIG_ELIMIT,
					      "XLSX: sheet '%s', column %zu: a choice is longer "
					      "than XLSX's %d characters",
					      s->name, c + 1, CELL_TEXT_MAX);
		length += utf8_length(col->choices[i]) + (i > 0);
		/* Inline, a comma separates choices and a quote ends the list. */
		if (strpbrk(col->choices[i], ",\""))
			inline_list = false;
	}
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	if (inline_list && length <= INLINE_LIST_MAX) {
		list = big__calloc(col->choice_count + 1, sizeof(*list));
		if (!list)
			return big__error_nomem();
		for (size_t i = 0; i < col->choice_count; i++)
			list[i] = (char *)col->choices[i];
		dv.validate = LXW_VALIDATION_TYPE_LIST;
		dv.value_list = list;
		err = worksheet_data_validation_range(ws, 1, (lxw_col_t)c, LXW_ROW_MAX - 1,
						      (lxw_col_t)c, &dv);
		big_free(list);
	} else {
		if ((rc = long_list(w, col, ref, sizeof(ref))) != 0)
			return rc;
		/* libxlsxwriter 1.1.4 copies the formula of a list validation
		 * twice and frees one copy: a leak of its length for every
		 * list. As a custom validation it copies it once; the copy
		 * it keeps is then made the list validation it writes. */
		dv.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
		dv.value_formula = ref;
		err = worksheet_data_validation_range(ws, 1, (lxw_col_t)c, LXW_ROW_MAX - 1,
						      (lxw_col_t)c, &dv);
		if (!err) {
			lxw_data_val_obj *kept = NULL, *v;

			STAILQ_FOREACH(v, ws->data_validations, list_pointers)
			kept = v;
			if (kept)
				kept->validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
		}
	}
	return err ? lxw_fail(w, err, "a drop-down list", 0) : 0;
}

static int write_sheet(struct writer *w, const struct big_sheet *s, lxw_worksheet *ws)
{
	bool given = false, to_fill = false, nomem = false;
	lxw_error err;
	int rc;

	for (size_t c = 0; s->columns && c < s->cols; c++) {
		const struct big_column *col = &s->columns[c];
		double width = col->width > 0 ? col->width : LXW_DEF_COL_WIDTH;
		unsigned char f = col->format < 3 ? col->format : BIG_COLUMN_TEXT;

		if (width > COLUMN_WIDTH_MAX)
			width = COLUMN_WIDTH_MAX;
		err = worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, width,
					   w->cell[f][col->to_fill]);
		if (err)
			return lxw_fail(w, err, "a column", 0);
		if ((rc = drop_down(w, ws, s, c)) != 0)
			return rc;
		given |= !col->to_fill;
		to_fill |= col->to_fill;
	}
	for (size_t r = 0; r < s->rows; r++)
		for (size_t c = 0; c < s->cols; c++)
			if ((err = write_cell(w, ws, s, r, c, &nomem)) != LXW_NO_ERROR)
				return nomem ? BIG_ENOMEM : lxw_fail(w, err, s->name, 0);
	if (s->frozen_header) {
		worksheet_freeze_panes(ws, 1, 0);
		if (s->rows)
			worksheet_set_row(ws, 0, LXW_DEF_ROW_HEIGHT, w->heading);
	}
	/* The given cells stay as libbig wrote them, the others can be filled;
	 * no password: Review > Unprotect sheet lifts it. */
	if (given && to_fill) {
		lxw_protection options = {.format_columns = 1, .format_rows = 1};
		worksheet_protect(ws, NULL, &options);
	}
	return 0;
}

static int write_book(struct writer *w, const struct big_book *book, const char *file)
{
	lxw_workbook_options options = {0};
	lxw_doc_properties properties = {.created = CREATED};
	lxw_worksheet **sheets;
	lxw_error err;
	int rc = 0;

	w->wb = workbook_new_opt(file, &options);
	if (!w->wb)
		return big__error_nomem();
	sheets = big__calloc(book->count, sizeof(*sheets));
	rc = sheets ? make_formats(w) : BIG_ENOMEM;
	if (!rc && workbook_set_properties(w->wb, &properties) != LXW_NO_ERROR)
		rc = big__error_nomem();
	/* Every sheet of the book first: the hidden one of long drop-down
	 * lists, made when first needed, comes after them. */
	for (size_t i = 0; !rc && i < book->count; i++)
		if (!(sheets[i] = workbook_add_worksheet(w->wb, book->sheets[i].name)))
			rc = big__error_nomem();
	for (size_t i = 0; !rc && i < book->count; i++)
		rc = write_sheet(w, &book->sheets[i], sheets[i]);
	big_free(sheets);
	if (rc) {
		/* Closing writes the file; it is removed after. */
		workbook_close(w->wb);
		return rc;
	}
	errno = 0;
	err = workbook_close(w->wb);
	return err ? lxw_fail(w, err, "writing the file", errno) : 0;
}

/* write_book() in the C locale (libxlsxwriter prints numbers with printf()),
 * one book at a time; the thread's locale is restored. */
static int write_book_c(struct writer *w, const struct big_book *book, const char *file)
{
	locale_t previous;
	int rc;

	pthread_mutex_lock(&book_lock);
	previous = uselocale(w->c_locale);
	rc = write_book(w, book, file);
	uselocale(previous);
	pthread_mutex_unlock(&book_lock);
	return rc;
}

/* A new hidden file beside @path (@dir bytes of it are its folder), on the
 * same file system: ".NAME.XXXXXXXX" into @temp, open for writing. Made
 * with mode 0666, so that the kernel applies the umask; random names, tried
 * again when one exists. -1 with errno set when it cannot be made. */
static int make_temp(char *temp, size_t size, const char *path, size_t dir)
{
	static const char hex[] = "0123456789abcdef";
	int fd = -1;

	for (int attempt = 0; attempt < 100; attempt++) {
		uint32_t r;
		struct timespec now;
		char *x;

		if (getrandom(&r, sizeof(r), GRND_NONBLOCK) != (ssize_t)sizeof(r)) {
			clock_gettime(CLOCK_REALTIME, &now);
			r = (uint32_t)now.tv_nsec ^ (uint32_t)getpid() * 2654435761u ^
			    (uint32_t)attempt * 40503u;
		}
		snprintf(temp, size, "%.*s.%s.XXXXXXXX", (int)dir, path, path + dir);
		x = temp + strlen(temp) - 8;
		for (int k = 0; k < 8; k++, r >>= 4)
			x[k] = hex[r & 15];
		fd = open(temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
		if (fd >= 0 || errno != EEXIST)
			break;
	}
	return fd;
}

/* Flushes the folder of @path (@dir bytes of it) to disk after a rename;
 * best effort: a file system that cannot is no error. */
static void sync_folder(const char *path, size_t dir)
{
	char *folder = dir ? big__malloc(dir + 1) : NULL;
	int fd;

	if (dir && !folder)
		return;
	if (folder)
		snprintf(folder, dir + 1, "%.*s", (int)dir, path);
	fd = open(folder ? folder : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	big_free(folder);
}

/* After libxlsxwriter wrote @temp by its name: that it is still the file
 * @fd is (not replaced meanwhile), and on disk. */
static int finish_temp(const struct writer *w, const char *temp, int fd)
{
	struct stat by_fd, by_name;

	if (fstat(fd, &by_fd) != 0 || lstat(temp, &by_name) != 0 || !S_ISREG(by_name.st_mode) ||
	    by_fd.st_dev != by_name.st_dev || by_fd.st_ino != by_name.st_ino)
		return big__error_set(BIG_EIO,
				      "%s: the temporary file %s was replaced while "
				      "it was written",
				      w->path, temp);
	if (fsync(fd) != 0)
		return big__error_set(BIG_EIO, "%s: %s", w->path, strerror_l(errno, w->c_locale));
	return 0;
}

int big__xlsx_write(const struct big_book *book, const char *path)
{
	struct writer w = {.path = path};
	struct stat target;
	const char *slash;
	size_t dir, size;
	char *temp;
	int fd, rc;

	if (!book || !path || !*path)
		return big__error_set(BIG_EINVAL, "XLSX: no book or no path");
	if ((rc = check_book(book)) != 0)
		return rc;
	slash = strrchr(path, '/');
	dir = slash ? (size_t)(slash - path) + 1 : 0;
	size = strlen(path) + 16;
	temp = big__malloc(size);
	if (!temp)
		return big__error_nomem();
	w.c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (!w.c_locale) {
		big_free(temp);
		return big__error_nomem();
	}
	fd = make_temp(temp, size, path, dir);
	if (fd < 0) {
		rc = big__error_set(BIG_EIO, "%s: cannot make a temporary file beside it: %s", path,
				    strerror_l(errno, w.c_locale));
	} else {
		/* An existing file keeps its mode; a new one has 0666 less
		 * the umask, as open() made it. */
		if (stat(path, &target) == 0 && S_ISREG(target.st_mode))
			fchmod(fd, target.st_mode & 07777);
		rc = write_book_c(&w, book, temp);
		if (!rc)
			rc = finish_temp(&w, temp, fd);
		close(fd);
		if (!rc && rename(temp, path) != 0)
			rc = big__error_set(BIG_EIO, "%s: %s", path, strerror_l(errno, w.c_locale));
		if (rc)
			unlink(temp);
		else
			sync_folder(path, dir);
	}
	freelocale(w.c_locale);
	big_free(temp);
	return rc;
}
