/*
 * libbig tests — suite "xlsx": the XLSX writer and reader (io/xlsx-write.c,
 * io/xlsx-read.c) on books (io/book.h), linked in from the library's own
 * objects because both are private: a book written and read back, cell by
 * cell; the file's drop-down lists, frozen header and widths; atomic
 * writing; workbooks made by LibreOffice (tests/data/xlsx/); hostile files
 * (not a zip, truncated, zip bombs, too large, a part missing or not
 * well-formed, references out of range); every allocation failing in turn.
 * Built without XLSX (meson option xlsx disabled), both functions must fail
 * with BIG_EUNSUPPORTED.
 *
 * SPDX-License-Identifier: MIT
 */
#include <check.h>
#include <dirent.h>
#include <fcntl.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "big.h"
#include "book.h"
#include "xlsx.h"

#if BIG_FEATURE_XLSX
#include <unzip.h>
#include <zip.h>

#include "xlsx-limits.h"
#endif

/* ---- Helpers ------------------------------------------------------------ */

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) != NULL) {
		*len = fread(buf, 1, (size_t)n, f);
		buf[*len] = '\0';
	}
	fclose(f);
	return buf;
}

/* A fresh folder for a test's files. */
static char *temp_dir(void)
{
	char *d = strdup("/tmp/test-xlsx-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(d));
	return d;
}

static size_t files_in(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return n;
}

static void remove_dir(char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[512];

	while (d && (e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		unlink(path);
	}
	if (d)
		closedir(d);
	rmdir(dir);
	free(dir);
}

/* stderr into a file while a call runs: the library prints nothing. */
static int saved_stderr = -1;
static char stderr_path[] = "/tmp/test-xlsx-stderr-XXXXXX";

static void capture_stderr(void)
{
	int fd = mkstemp(stderr_path);

	ck_assert_int_ge(fd, 0);
	fflush(stderr);
	saved_stderr = dup(2);
	dup2(fd, 2);
	close(fd);
}

static void assert_nothing_printed(void)
{
	size_t len = 0;
	char *text;

	fflush(stderr);
	dup2(saved_stderr, 2);
	close(saved_stderr);
	text = read_file(stderr_path, &len);
	unlink(stderr_path);
	strcpy(stderr_path, "/tmp/test-xlsx-stderr-XXXXXX");
	ck_assert_ptr_nonnull(text);
	ck_assert_msg(len == 0, "printed: %s", text);
	free(text);
}

#if BIG_FEATURE_XLSX

/* ---- Books to write -------------------------------------------------------- */

static const char *const statuses[] = {"geïmplementeerd", "gedeeltelijk", "niet geïmplementeerd",
				       "niet van toepassing"};

/* Many choices, together longer than an inline list may be (255). */
static const char *long_choices[40];
static char long_choice_text[40][16];

static void cell(struct big_sheet *s, size_t r, size_t c, unsigned char kind, const char *text)
{
	s->cells[r * s->cols + c] = (struct big_cell){text, kind, false};
}

/*
 * Sheet "Eisen" (frozen header): id (text, given), maturity (integer, to fill,
 * choices 0..5), due (date, to fill), status (text, to fill, choices with
 * "ï"), note (text, to fill, 40 long choices), mixed (text, given); 1000
 * rows. Sheet "Ωmega" without columns: a few cells of every kind.
 */
static void make_book(struct big_book *b, char *long_text)
{
	static const char *const levels[] = {"0", "1", "2", "3", "4", "5"};
	static struct big_column cols[6];
	static char ids[1000][16];
	struct big_sheet *s;

	for (size_t i = 0; i < 40; i++) {
		snprintf(long_choice_text[i], sizeof(long_choice_text[i]), "keuze %zu", i + 1);
		long_choices[i] = long_choice_text[i];
	}
	cols[0] = (struct big_column){"id", 12, NULL, 0, BIG_COLUMN_TEXT, false};
	cols[1] = (struct big_column){"maturity", 9.5, levels, 6, BIG_COLUMN_INTEGER, true};
	cols[2] = (struct big_column){"due", 11, NULL, 0, BIG_COLUMN_DATE, true};
	cols[3] = (struct big_column){"status", 22, statuses, 4, BIG_COLUMN_TEXT, true};
	cols[4] = (struct big_column){"note", 40, long_choices, 40, BIG_COLUMN_TEXT, true};
	cols[5] = (struct big_column){"mixed", 0, NULL, 0, BIG_COLUMN_TEXT, false};
	memset(b, 0, sizeof(*b));
	b->count = 2;
	b->sheets = big__arena_alloc(&b->arena, 2 * sizeof(*b->sheets));
	ck_assert_ptr_nonnull(b->sheets);
	s = &b->sheets[0];
	*s = (struct big_sheet){
	    .name = "Eisen", .rows = 1001, .cols = 6, .columns = cols, .frozen_header = true};
	s->cells = big__arena_alloc(&b->arena, s->rows * s->cols * sizeof(*s->cells));
	ck_assert_ptr_nonnull(s->cells);
	for (size_t r = 0; r < s->rows; r++)
		for (size_t c = 0; c < s->cols; c++)
			cell(s, r, c, BIG_CELL_EMPTY, "");
	for (size_t c = 0; c < 6; c++)
		cell(s, 0, c, BIG_CELL_TEXT, cols[c].heading);
	for (size_t r = 1; r <= 1000; r++) {
		snprintf(ids[r - 1], sizeof(ids[0]), "A.%zu", r);
		cell(s, r, 0, BIG_CELL_TEXT, ids[r - 1]);
	}
	cell(s, 1, 1, BIG_CELL_TEXT, "3");
	cell(s, 2, 1, BIG_CELL_TEXT, "drie"); /* not a number: stays text */
	cell(s, 1, 2, BIG_CELL_TEXT, "2026-01-31");
	cell(s, 2, 2, BIG_CELL_TEXT, "31-1-2026"); /* not ISO: stays text */
	cell(s, 1, 3, BIG_CELL_TEXT, "geïmplementeerd");
	cell(s, 1, 5, BIG_CELL_TEXT, "5.01");
	cell(s, 2, 5, BIG_CELL_TEXT, "'apostrophe first");
	cell(s, 3, 5, BIG_CELL_TEXT, "café — 日本語 😀 <&> \"q\"");
	cell(s, 4, 5, BIG_CELL_TEXT, long_text);
	cell(s, 5, 5, BIG_CELL_TEXT, "two\nlines\tand a tab");
	cell(s, 6, 5, BIG_CELL_TEXT, "_x0041_ stays");
	cell(s, 1000, 5, BIG_CELL_TEXT, "last");
	s = &b->sheets[1];
	*s = (struct big_sheet){.name = "Ωmega", .rows = 3, .cols = 4};
	s->cells = big__arena_alloc(&b->arena, s->rows * s->cols * sizeof(*s->cells));
	ck_assert_ptr_nonnull(s->cells);
	for (size_t i = 0; i < 12; i++)
		s->cells[i] = (struct big_cell){"", BIG_CELL_EMPTY, false};
	cell(s, 0, 0, BIG_CELL_NUMBER, "2.5");
	cell(s, 0, 1, BIG_CELL_BOOL, "TRUE");
	cell(s, 0, 3, BIG_CELL_BOOL, "FALSE");
	cell(s, 1, 1, BIG_CELL_NUMBER, "-45931");
	cell(s, 2, 3, BIG_CELL_TEXT, "corner");
}

static void assert_cell(const struct big_sheet *s, size_t r, size_t c, unsigned char kind,
			const char *text)
{
	const struct big_cell *got = big__sheet_cell(s, r, c);

	ck_assert_msg(got->kind == kind && strcmp(got->text, text) == 0,
		      "sheet %s row %zu col %zu: kind %d '%.40s', expected %d '%.40s'", s->name, r,
		      c, got->kind, got->text, kind, text);
	ck_assert(!got->formula);
}

static void assert_shape(const struct big_sheet *s, const char *name, size_t rows, size_t cols)
{
	ck_assert_str_eq(s->name, name);
	ck_assert_uint_eq(s->rows, rows);
	ck_assert_uint_eq(s->cols, cols);
}

/* The text of the entry @name of the zip file at @path, malloc'ed. */
static char *zip_entry(const char *path, const char *name)
{
	unzFile z = unzOpen(path);
	unz_file_info info;
	char *buf;

	ck_assert_ptr_nonnull(z);
	ck_assert_int_eq(unzLocateFile(z, name, 1), UNZ_OK);
	ck_assert_int_eq(unzGetCurrentFileInfo(z, &info, NULL, 0, NULL, 0, NULL, 0), UNZ_OK);
	buf = malloc(info.uncompressed_size + 1);
	ck_assert_int_eq(unzOpenCurrentFile(z), UNZ_OK);
	ck_assert_int_eq(unzReadCurrentFile(z, buf, (unsigned)info.uncompressed_size),
			 (int)info.uncompressed_size);
	buf[info.uncompressed_size] = '\0';
	unzCloseCurrentFile(z);
	unzClose(z);
	return buf;
}

static void read_path(struct big_book *b, const char *path)
{
	size_t len;
	char *data = read_file(path, &len);

	ck_assert_ptr_nonnull(data);
	memset(b, 0, sizeof(*b));
	ck_assert_msg(big__xlsx_read(b, data, len, path) == 0, "%s", big_error_last()->message);
	free(data);
}

/* ---- Written and read back ------------------------------------------------- */

START_TEST(test_round_trip)
{
	char *dir = temp_dir(), path[256], *long_text = malloc(20001);
	struct big_book b, got;
	const struct big_sheet *s;
	char *xml;

	memset(long_text, 'x', 20000);
	memcpy(long_text + 19990, "ëindë", 7);
	long_text[20000] = '\0';
	make_book(&b, long_text);
	snprintf(path, sizeof(path), "%s/book.xlsx", dir);
	capture_stderr();
	ck_assert_msg(big__xlsx_write(&b, path) == 0, "%s", big_error_last()->message);
	read_path(&got, path);
	assert_nothing_printed();
	ck_assert_int_eq(files_in(dir), 1); /* no temporary file left */

	/* The hidden sheet of long drop-down lists is not read. */
	ck_assert_uint_eq(got.count, 2);
	s = &got.sheets[0];
	assert_shape(s, "Eisen", 1001, 6);
	ck_assert_ptr_null(s->columns);
	for (size_t c = 0; c < 6; c++)
		assert_cell(s, 0, c, BIG_CELL_TEXT, b.sheets[0].columns[c].heading);
	assert_cell(s, 1, 0, BIG_CELL_TEXT, "A.1");
	assert_cell(s, 1000, 0, BIG_CELL_TEXT, "A.1000");
	assert_cell(s, 1, 1, BIG_CELL_NUMBER, "3");
	assert_cell(s, 2, 1, BIG_CELL_TEXT, "drie");
	assert_cell(s, 3, 1, BIG_CELL_EMPTY, "");
	assert_cell(s, 1, 2, BIG_CELL_NUMBER, "46053"); /* 2026-01-31, Excel's serial */
	assert_cell(s, 2, 2, BIG_CELL_TEXT, "31-1-2026");
	assert_cell(s, 1, 3, BIG_CELL_TEXT, "geïmplementeerd");
	assert_cell(s, 1, 5, BIG_CELL_TEXT, "5.01");
	assert_cell(s, 2, 5, BIG_CELL_TEXT, "'apostrophe first");
	assert_cell(s, 3, 5, BIG_CELL_TEXT, "café — 日本語 😀 <&> \"q\"");
	assert_cell(s, 4, 5, BIG_CELL_TEXT, long_text);
	assert_cell(s, 5, 5, BIG_CELL_TEXT, "two\nlines\tand a tab");
	assert_cell(s, 6, 5, BIG_CELL_TEXT, "_x0041_ stays");
	assert_cell(s, 1000, 5, BIG_CELL_TEXT, "last");
	assert_cell(s, 999, 5, BIG_CELL_EMPTY, "");
	s = &got.sheets[1];
	assert_shape(s, "Ωmega", 3, 4);
	assert_cell(s, 0, 0, BIG_CELL_NUMBER, "2.5");
	assert_cell(s, 0, 1, BIG_CELL_BOOL, "TRUE");
	assert_cell(s, 0, 2, BIG_CELL_EMPTY, "");
	assert_cell(s, 0, 3, BIG_CELL_BOOL, "FALSE");
	assert_cell(s, 1, 1, BIG_CELL_NUMBER, "-45931");
	assert_cell(s, 2, 3, BIG_CELL_TEXT, "corner");

	/* What the user sees: the frozen header, the widths, the drop-downs
	 * (inline, and the long one on the hidden sheet), the formats. */
	xml = zip_entry(path, "xl/worksheets/sheet1.xml");
	ck_assert_ptr_nonnull(strstr(xml, "<pane ySplit=\"1\" topLeftCell=\"A2\""));
	/* 9.5 characters and Excel's padding of 5 pixels */
	ck_assert_ptr_nonnull(strstr(xml, "<col min=\"2\" max=\"2\" width=\"10.28515625\""));
	ck_assert_ptr_nonnull(
	    strstr(xml, "<formula1>\"geïmplementeerd,gedeeltelijk,niet geïmplementeerd,"
			"niet van toepassing\"</formula1>"));
	ck_assert_ptr_nonnull(strstr(xml, "<dataValidation type=\"list\" allowBlank=\"1\" "
					  "showInputMessage=\"1\" showErrorMessage=\"1\" "
					  "sqref=\"E2:E1048576\"><formula1>'big-lists'!$A$1:$A$40"
					  "</formula1></dataValidation>"));
	ck_assert_ptr_nonnull(strstr(xml, "sqref=\"B2:B1048576\""));
	ck_assert_ptr_nonnull(strstr(xml, "<sheetProtection"));
	free(xml);
	xml = zip_entry(path, "xl/worksheets/sheet2.xml");
	ck_assert_ptr_null(strstr(xml, "<pane"));
	ck_assert_ptr_null(strstr(xml, "<sheetProtection"));
	free(xml);
	xml = zip_entry(path, "xl/workbook.xml");
	ck_assert_ptr_nonnull(strstr(xml, "name=\"big-lists\" sheetId=\"3\" state=\"hidden\""));
	free(xml);
	xml = zip_entry(path, "xl/styles.xml");
	ck_assert_ptr_nonnull(strstr(xml, "formatCode=\"yyyy-mm-dd\""));
	ck_assert_ptr_nonnull(strstr(xml, "formatCode=\"@\"")); /* text */
	ck_assert_ptr_nonnull(strstr(xml, "<b/>"));
	ck_assert_ptr_nonnull(strstr(xml, "FFFFF2CC"));
	ck_assert_ptr_nonnull(strstr(xml, "FFD9D9D9"));
	ck_assert_ptr_nonnull(strstr(xml, "locked=\"0\""));
	free(xml);

	big__book_free(&got);
	big__book_free(&b);
	free(long_text);
	remove_dir(dir);
}
END_TEST

/* A failed write leaves nothing behind, and an existing file as it was. */
START_TEST(test_write_atomic)
{
	char *dir = temp_dir(), path[256], *text;
	struct big_book b;
	size_t len;
	FILE *f;

	make_book(&b, "x");
	snprintf(path, sizeof(path), "%s/keep.xlsx", dir);
	f = fopen(path, "w");
	fputs("old", f);
	fclose(f);
	b.sheets[1].name = "bad:name";
	capture_stderr();
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EINVAL);
	ck_assert_ptr_nonnull(strstr(big_error_last()->message, "'bad:name'"));
	b.sheets[1].name = "EISEN"; /* Excel compares names without case */
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EDUPLICATE);
	b.sheets[1].name = "a name of thirty-two characters.";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EINVAL);
	b.sheets[1].name = "big-lists";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EINVAL);
	b.sheets[1].name = "Ωmega";
	b.sheets[1].cells[0].text = "\xff";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EINVAL);
	ck_assert_ptr_nonnull(strstr(big_error_last()->message, "cell A1"));
	b.sheets[1].cells[0].text = "2.5";
	snprintf(path, sizeof(path), "%s/no/such/folder.xlsx", dir);
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EIO);
	ck_assert_ptr_nonnull(strstr(big_error_last()->message, "folder.xlsx"));
	assert_nothing_printed();
	ck_assert_int_eq(files_in(dir), 1);
	snprintf(path, sizeof(path), "%s/keep.xlsx", dir);
	text = read_file(path, &len);
	ck_assert_str_eq(text, "old");
	free(text);
	/* And a good write replaces it. */
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	text = read_file(path, &len);
	ck_assert_int_eq(memcmp(text, "PK\3\4", 4), 0);
	free(text);
	ck_assert_int_eq(files_in(dir), 1);
	big__book_free(&b);
	remove_dir(dir);
}
END_TEST

START_TEST(test_write_limits)
{
	char *dir = temp_dir(), path[256], *huge = malloc(32769);
	struct big_book b;

	memset(huge, 'y', 32768);
	huge[32768] = '\0';
	make_book(&b, huge);
	snprintf(path, sizeof(path), "%s/big.xlsx", dir);
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_ELIMIT);
	ck_assert_ptr_nonnull(strstr(big_error_last()->message, "'Eisen', cell F5"));
	b.sheets[0].cells[4 * 6 + 5].text = "ok";
	b.count = 0;
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EINVAL);
	ck_assert_int_eq(big__xlsx_write(NULL, path), BIG_EINVAL);
	ck_assert_int_eq(files_in(dir), 0);
	big__book_free(&b);
	free(huge);
	remove_dir(dir);
}
END_TEST

/* libxlsxwriter prints numbers with printf(): in nl_NL a width would be
 * "10,28515625" and 2.5 "2,5", which neither libbig nor Excel reads. The
 * locale of the process and of the thread are both left as they were. */
START_TEST(test_write_locale)
{
	const char *required = getenv("BIG_TEST_LOCALE");
	char *dir = temp_dir(), path[256], *xml;
	struct big_book b, got;
	locale_t nl;

	if (!setlocale(LC_ALL, "nl_NL.UTF-8")) {
		ck_assert_msg(!required || strcmp(required, "required") != 0,
			      "locale nl_NL.UTF-8 is not available, but BIG_TEST_LOCALE=required");
		fprintf(stderr, "note: locale nl_NL.UTF-8 is not available; the locale check "
				"of suite xlsx is skipped\n");
		remove_dir(dir);
		return;
	}
	make_book(&b, "x");
	snprintf(path, sizeof(path), "%s/nl.xlsx", dir);
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	ck_assert_str_eq(localeconv()->decimal_point, ",");
	/* A copy of the global nl_NL for the thread below: newlocale() would
	 * load it again, and glibc 2.36 leaks its LOCPATH list then. */
	nl = duplocale(LC_GLOBAL_LOCALE);
	setlocale(LC_ALL, "C");
	read_path(&got, path);
	assert_cell(&got.sheets[1], 0, 0, BIG_CELL_NUMBER, "2.5");
	big__book_free(&got);
	xml = zip_entry(path, "xl/worksheets/sheet2.xml");
	ck_assert_ptr_nonnull(strstr(xml, "<v>2.5</v>"));
	free(xml);
	xml = zip_entry(path, "xl/worksheets/sheet1.xml");
	ck_assert_ptr_nonnull(strstr(xml, "width=\"10.28515625\""));
	free(xml);
	/* The thread's own locale (uselocale()) likewise. */
	ck_assert_ptr_nonnull(nl);
	uselocale(nl);
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	ck_assert(uselocale((locale_t)0) == nl);
	uselocale(LC_GLOBAL_LOCALE);
	freelocale(nl);
	xml = zip_entry(path, "xl/worksheets/sheet2.xml");
	ck_assert_ptr_nonnull(strstr(xml, "<v>2.5</v>"));
	free(xml);
	big__book_free(&b);
	remove_dir(dir);
}
END_TEST

static mode_t mode_of(const char *path)
{
	struct stat st;

	ck_assert_int_eq(stat(path, &st), 0);
	return st.st_mode & 07777;
}

/* A new file has 0666 less the umask; an existing one keeps its mode. */
START_TEST(test_write_mode)
{
	char *dir = temp_dir(), path[256];
	mode_t old = umask(077);
	struct big_book b;

	make_book(&b, "x");
	snprintf(path, sizeof(path), "%s/private.xlsx", dir);
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	ck_assert_uint_eq(mode_of(path), 0600);
	umask(022);
	ck_assert_int_eq(big__xlsx_write(&b, path), 0); /* kept */
	ck_assert_uint_eq(mode_of(path), 0600);
	snprintf(path, sizeof(path), "%s/shared.xlsx", dir);
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	ck_assert_uint_eq(mode_of(path), 0644);
	ck_assert_int_eq(chmod(path, 0640), 0);
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	ck_assert_uint_eq(mode_of(path), 0640);
	ck_assert_int_eq(files_in(dir), 2);
	umask(old);
	big__book_free(&b);
	remove_dir(dir);
}
END_TEST

/* The same book gives the same bytes: a fixed creation time. */
START_TEST(test_write_reproducible)
{
	char *dir = temp_dir(), path[256], *one, *two, *core;
	size_t len1, len2;
	struct big_book b;

	make_book(&b, "x");
	snprintf(path, sizeof(path), "%s/a.xlsx", dir);
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	one = read_file(path, &len1);
	core = zip_entry(path, "docProps/core.xml");
	ck_assert_ptr_nonnull(strstr(core, ">2000-01-01T00:00:00Z</dcterms:created>"));
	ck_assert_ptr_nonnull(strstr(core, ">2000-01-01T00:00:00Z</dcterms:modified>"));
	free(core);
	sleep(1); /* a creation time of "now" would differ */
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	two = read_file(path, &len2);
	ck_assert_uint_eq(len1, len2);
	ck_assert(memcmp(one, two, len1) == 0);
	free(one);
	free(two);
	big__book_free(&b);
	remove_dir(dir);
}
END_TEST

/* Two threads writing books at once (libxlsxwriter's srand() and gmtime()
 * are shared): every book is whole. */
struct writer_thread {
	char path[256];
	int failed;
};

static void *write_books(void *arg)
{
	struct writer_thread *t = arg;
	struct big_book b, got;

	for (int i = 0; i < 5 && !t->failed; i++) {
		size_t len;
		char *data;

		make_book(&b, "x");
		t->failed = big__xlsx_write(&b, t->path);
		big__book_free(&b);
		data = t->failed ? NULL : read_file(t->path, &len);
		memset(&got, 0, sizeof(got));
		if (data && (big__xlsx_read(&got, data, len, t->path) || got.count != 2))
			t->failed = 1;
		big__book_free(&got);
		free(data);
	}
	return NULL;
}

START_TEST(test_write_threads)
{
	char *dir = temp_dir();
	struct writer_thread t[2];
	pthread_t id[2];

	for (int i = 0; i < 2; i++) {
		snprintf(t[i].path, sizeof(t[i].path), "%s/t%d.xlsx", dir, i);
		t[i].failed = 0;
		ck_assert_int_eq(pthread_create(&id[i], NULL, write_books, &t[i]), 0);
	}
	for (int i = 0; i < 2; i++) {
		pthread_join(id[i], NULL);
		ck_assert_int_eq(t[i].failed, 0);
	}
	remove_dir(dir);
}
END_TEST

/* A write that fails names the file and the system's reason: the file
 * size limit makes every write fail (also for root). libxlsxwriter prints
 * its own "[ERROR]" lines, which libbig cannot silence (docs/xlsx.md). */
START_TEST(test_write_io_error)
{
	char *dir = temp_dir(), path[256], expected[300];
	struct rlimit old, limit;
	void (*handler)(int) = signal(SIGXFSZ, SIG_IGN);
	struct big_book b;
	int rc;

	make_book(&b, "x");
	snprintf(path, sizeof(path), "%s/full.xlsx", dir);
	ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &old), 0);
	limit = old;
	limit.rlim_cur = 2000;
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &limit), 0);
	capture_stderr();
	rc = big__xlsx_write(&b, path);
	fflush(stderr);
	dup2(saved_stderr, 2);
	close(saved_stderr);
	unlink(stderr_path);
	strcpy(stderr_path, "/tmp/test-xlsx-stderr-XXXXXX");
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, handler);
	ck_assert_int_eq(rc, BIG_EIO);
	snprintf(expected, sizeof(expected), "%s: XLSX: writing the file: ", path);
	ck_assert_msg(strncmp(big_error_last()->message, expected, strlen(expected)) == 0, "%s",
		      big_error_last()->message);
	ck_assert_msg(strstr(big_error_last()->message, "(File too large)"), "%s",
		      big_error_last()->message);
	ck_assert_int_eq(files_in(dir), 0);
	big__book_free(&b);
	remove_dir(dir);
}
END_TEST

/* Sheet names Excel refuses beyond the characters []:*?/\ : control
 * characters (workbook.xml would not be well-formed), names that differ
 * only in case beyond ASCII, and its reserved name History. */
START_TEST(test_sheet_names)
{
	char *dir = temp_dir(), path[256];
	struct big_book b;

	make_book(&b, "x");
	snprintf(path, sizeof(path), "%s/n.xlsx", dir);
	b.sheets[1].name = "a\x01tab";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EINVAL);
	ck_assert_str_eq(big_error_last()->message,
			 "XLSX: sheet name 'a\\u0001tab' is not allowed (a control character)");
	b.sheets[1].name = "new\nline";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EINVAL);
	b.sheets[0].name = "Ärger";
	b.sheets[1].name = "äRGER";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EDUPLICATE);
	ck_assert_str_eq(big_error_last()->message,
			 "XLSX: two sheets are named 'äRGER' (Excel compares names without "
			 "case)");
	b.sheets[1].name = "ΩMEGA";
	b.sheets[0].name = "ωmega";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EDUPLICATE);
	b.sheets[1].name = "łÓDŹ"; /* Latin Extended-A: pairs either way round */
	b.sheets[0].name = "Łódź";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EDUPLICATE);
	b.sheets[1].name = "МОСКВА";
	b.sheets[0].name = "москва";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EDUPLICATE);
	b.sheets[0].name = "Lodz"; /* letters that only look alike are others */
	b.sheets[1].name = "Łódź";
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	unlink(path);
	b.sheets[0].name = "ωmega";
	b.sheets[1].name = "history";
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EINVAL);
	ck_assert_str_eq(big_error_last()->message,
			 "XLSX: the sheet name 'history' is reserved by Excel");
	ck_assert_int_eq(files_in(dir), 0);
	b.sheets[1].name = "Historie";
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	big__book_free(&b);
	remove_dir(dir);
}
END_TEST

/* ---- Workbooks of other makers ----------------------------------------------- */

static char *data_path(const char *name)
{
	const char *dir = getenv("BIG_TEST_DATA");
	char *p = malloc(strlen(dir ? dir : BIG_TEST_DATA) + strlen(name) + 2);

	sprintf(p, "%s/%s", dir ? dir : BIG_TEST_DATA, name);
	return p;
}

/* tests/data/xlsx/libreoffice.xlsx, made by make-libreoffice.sh from
 * libreoffice.fods: shared strings, formulas, a date, rich text, a hidden
 * sheet, an empty row. */
START_TEST(test_libreoffice)
{
	char *path = data_path("xlsx/libreoffice.xlsx");
	struct big_book b;
	const struct big_sheet *s;
	const struct big_cell *c;

	read_path(&b, path);
	ck_assert_uint_eq(b.count, 2);
	s = big__book_sheet(&b, "Eisen");
	ck_assert_ptr_nonnull(s);
	ck_assert_ptr_eq(s, &b.sheets[0]);
	ck_assert_uint_eq(s->cols, 5);
	ck_assert_uint_eq(s->rows, 6);
	assert_cell(s, 0, 0, BIG_CELL_TEXT, "id");
	assert_cell(s, 1, 0, BIG_CELL_TEXT, "5.01");
	assert_cell(s, 1, 1, BIG_CELL_TEXT, "geïmplementeerd");
	assert_cell(s, 1, 2, BIG_CELL_NUMBER, "3");
	assert_cell(s, 1, 3, BIG_CELL_NUMBER, "46053"); /* a date: its serial */
	assert_cell(s, 2, 4, BIG_CELL_TEXT, "vet en cursief");
	assert_cell(s, 3, 0, BIG_CELL_EMPTY, ""); /* an empty row */
	c = big__sheet_cell(s, 4, 2);
	ck_assert(c->formula);
	ck_assert_int_eq(c->kind, BIG_CELL_NUMBER);
	ck_assert_str_eq(c->text, "4");
	c = big__sheet_cell(s, 5, 1);
	ck_assert(c->formula);
	ck_assert_int_eq(c->kind, BIG_CELL_TEXT);
	ck_assert_str_eq(c->text, "geïmplementeerd!");
	s = &b.sheets[1];
	ck_assert_str_eq(s->name, "Acties");
	assert_cell(s, 0, 0, BIG_CELL_TEXT, "actie");
	/* LibreOffice writes a boolean as the number 1 with a boolean style. */
	assert_cell(s, 1, 1, BIG_CELL_NUMBER, "1");
	big__book_free(&b);
	free(path);
}
END_TEST

/* ---- Zips made here ---------------------------------------------------------- */

struct entry {
	const char *name;
	const char *text; /* or NULL: @len bytes of @fill in <worksheet> */
	size_t len;
	char fill;
};

/* A zip of @n entries, in memory (malloc'ed); deflated unless @stored. */
static char *make_zip(const struct entry *e, size_t n, size_t *len)
{
	char path[] = "/tmp/test-xlsx-zip-XXXXXX";
	int fd = mkstemp(path);
	zipFile z;
	char *data;

	ck_assert_int_ge(fd, 0);
	close(fd);
	z = zipOpen(path, APPEND_STATUS_CREATE);
	ck_assert_ptr_nonnull(z);
	for (size_t i = 0; i < n; i++) {
		ck_assert_int_eq(zipOpenNewFileInZip(z, e[i].name, NULL, NULL, 0, NULL, 0, NULL,
						     Z_DEFLATED, Z_DEFAULT_COMPRESSION),
				 ZIP_OK);
		if (e[i].text) {
			ck_assert_int_eq(
			    zipWriteInFileInZip(z, e[i].text, (unsigned)strlen(e[i].text)), ZIP_OK);
		} else {
			static const char start[] = "<worksheet>", end[] = "</worksheet>";
			char block[65536];
			memset(block, e[i].fill, sizeof(block));
			ck_assert_int_eq(zipWriteInFileInZip(z, start, sizeof(start) - 1), ZIP_OK);
			for (size_t done = 0; done < e[i].len; done += sizeof(block)) {
				size_t k = e[i].len - done < sizeof(block) ? e[i].len - done
									   : sizeof(block);
				ck_assert_int_eq(zipWriteInFileInZip(z, block, (unsigned)k),
						 ZIP_OK);
			}
			ck_assert_int_eq(zipWriteInFileInZip(z, end, sizeof(end) - 1), ZIP_OK);
		}
		ck_assert_int_eq(zipCloseFileInZip(z), ZIP_OK);
	}
	ck_assert_int_eq(zipClose(z, NULL), ZIP_OK);
	data = read_file(path, len);
	ck_assert_ptr_nonnull(data);
	unlink(path);
	return data;
}

#define TYPES                                                                                   \
	"<?xml version=\"1.0\"?><Types "                                                        \
	"xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "     \
	"PartName=\"/xl/workbook.xml\" "                                                        \
	"ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+" \
	"xml\"/></Types>"
#define NS_MAIN "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
#define NS_R    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define WORKBOOK                                                                               \
	"<workbook " NS_MAIN NS_R "><sheets><sheet name=\"One\" sheetId=\"1\" r:id=\"rId1\"/>" \
	"</sheets></workbook>"
#define REL(id, type, target)                                                                  \
	"<Relationship Id=\"" id "\" Type=\"http://schemas.openxmlformats.org/officeDocument/" \
	"2006/relationships/" type "\" Target=\"" target "\"/>"
#define RELS                                                                           \
	"<Relationships "                                                              \
	"xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" REL( \
	    "rId1", "worksheet", "worksheets/sheet1.xml")                              \
	    REL("rId2", "sharedStrings", "sharedStrings.xml") "</Relationships>"
#define STRINGS                                                                                   \
	"<sst " NS_MAIN "count=\"2\"><si><t>plain</t></si><si><r><t>ri</t></r><r><rPr><b/></rPr>" \
	"<t>ch</t></r><rPh><t>PHONETIC</t></rPh></si></sst>"
#define SHEET(data) "<worksheet " NS_MAIN NS_R "><sheetData>" data "</sheetData></worksheet>"

/* A workbook of the four parts and one worksheet, @sheet or (NULL) @fill
 * spaces in <worksheet>, in memory (malloc'ed). */
static char *workbook_zip(const char *sheet, size_t fill, size_t *len)
{
	const struct entry e[] = {
	    {"[Content_Types].xml", TYPES, 0, 0},           {"xl/workbook.xml", WORKBOOK, 0, 0},
	    {"xl/_rels/workbook.xml.rels", RELS, 0, 0},     {"xl/sharedStrings.xml", STRINGS, 0, 0},
	    {"xl/worksheets/sheet1.xml", sheet, fill, ' '},
	};
	return make_zip(e, 5, len);
}

/* Reads a workbook with @sheet as its one worksheet. */
static int read_sheet_xml(struct big_book *b, const char *sheet)
{
	size_t len;
	char *zip = workbook_zip(sheet, 0, &len);
	int rc;

	memset(b, 0, sizeof(*b));
	rc = big__xlsx_read(b, zip, len, "t.xlsx");
	free(zip);
	if (rc)
		ck_assert_uint_eq(b->count, 0);
	return rc;
}

/* As Excel writes what others rarely do: cells and rows without r, inline
 * strings, escaped characters, errors, booleans; rows skipped. */
/* workbookPr date1904 ("1" or "true") marks the book (the workbook layer
 * then counts serial dates from 1904); absent or "0", it stays 1900. */
START_TEST(test_date1904)
{
	static const char *const forms[][2] = {{"<workbookPr date1904=\"1\"/>", "1"},
					       {"<workbookPr date1904=\"true\"/>", "1"},
					       {"<workbookPr date1904=\"0\"/>", "0"},
					       {"<workbookPr/>", "0"},
					       {"", "0"}};
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		char workbook[1024];
		snprintf(workbook, sizeof(workbook),
			 "<workbook " NS_MAIN NS_R ">%s<sheets><sheet name=\"One\" sheetId=\"1\" "
			 "r:id=\"rId1\"/></sheets></workbook>",
			 forms[i][0]);
		const struct entry e[] = {
		    {"[Content_Types].xml", TYPES, 0, 0},
		    {"xl/workbook.xml", workbook, 0, 0},
		    {"xl/_rels/workbook.xml.rels", RELS, 0, 0},
		    {"xl/sharedStrings.xml", STRINGS, 0, 0},
		    {"xl/worksheets/sheet1.xml",
		     SHEET("<row r=\"1\"><c r=\"A1\"><v>45931</v></c></row>"), 0, 0},
		};
		size_t len;
		char *zip = make_zip(e, 5, &len);
		struct big_book b;
		memset(&b, 0, sizeof(b));
		ck_assert_int_eq(big__xlsx_read(&b, zip, len, "t.xlsx"), 0);
		ck_assert_msg(b.date1904 == (forms[i][1][0] == '1'), "%s", forms[i][0]);
		big__book_free(&b);
		free(zip);
	}
}
END_TEST

START_TEST(test_excel_forms)
{
	struct big_book b;
	const struct big_sheet *s;

	ck_assert_int_eq(
	    read_sheet_xml(&b,
			   SHEET("<row><c t=\"s\"><v>0</v></c><c/><c t=\"s\"><v>1</v></c></row>"
				 "<row r=\"4\" spans=\"1:3\"><c r=\"C4\" t=\"inlineStr\"><is><t>in"
				 "</t><r><t>line_x000D_</t></r></is></c><c t=\"e\"><v>#N/A</v></c>"
				 "</row><row><c t=\"b\"><v>0</v></c><c s=\"3\"/><c t=\"str\"><f>"
				 "A1</f><v>plain</v></c><c><f>1/0</f></c></row>")),
	    0);
	ck_assert_uint_eq(b.count, 1);
	s = &b.sheets[0];
	assert_shape(s, "One", 5, 4);
	assert_cell(s, 0, 0, BIG_CELL_TEXT, "plain");
	assert_cell(s, 0, 1, BIG_CELL_EMPTY, "");
	assert_cell(s, 0, 2, BIG_CELL_TEXT, "rich");
	assert_cell(s, 1, 0, BIG_CELL_EMPTY, "");
	assert_cell(s, 3, 2, BIG_CELL_TEXT, "inline\r");
	assert_cell(s, 3, 3, BIG_CELL_ERROR, "#N/A");
	assert_cell(s, 4, 0, BIG_CELL_BOOL, "FALSE");
	assert_cell(s, 4, 1, BIG_CELL_EMPTY, "");
	ck_assert(s->cells[4 * 4 + 2].formula);
	ck_assert_str_eq(s->cells[4 * 4 + 2].text, "plain");
	ck_assert(s->cells[4 * 4 + 3].formula); /* no cached value */
	ck_assert_int_eq(s->cells[4 * 4 + 3].kind, BIG_CELL_EMPTY);
	big__book_free(&b);
}
END_TEST

/* Bad worksheets: each gives its code and names the entry and the place. */
static const struct bad_sheet {
	const char *xml;
	int code;
	const char *message;
} bad_sheets[] = {
    {SHEET("<row><c r=\"XFE1\"><v>1</v></c></row>"), BIG_ESYNTAX,
     "t.xlsx: xl/worksheets/sheet1.xml: sheet 'One', cell XFE1: not a cell reference"},
    {SHEET("<row><c r=\"A1048577\"><v>1</v></c></row>"), BIG_ESYNTAX, "cell A1048577: not a"},
    {SHEET("<row><c r=\"a1\"><v>1</v></c></row>"), BIG_ESYNTAX, "cell a1: not a"},
    {SHEET("<row r=\"0\"><c><v>1</v></c></row>"), BIG_ESYNTAX, "row number '0' out of range"},
    {SHEET("<row><c r=\"B2\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\"><v>2</v></c></row>"),
     BIG_ESYNTAX, "a cell in row 2, column 2 twice"},
    {SHEET("<row><c t=\"s\"><v>2</v></c></row>"), BIG_ESYNTAX, "cell A1: no such shared string"},
    {SHEET("<row><c t=\"s\"><v>-1</v></c></row>"), BIG_ESYNTAX, "no such shared string"},
    {SHEET("<row><c><v>1,5</v></c></row>"), BIG_ESYNTAX, "cell A1: a number cell without"},
    {SHEET("<row><c><v>--..ee1</v></c></row>"), BIG_ESYNTAX, "cell A1: a number cell without"},
    {SHEET("<row><c><v>1e999</v></c></row>"), BIG_ESYNTAX, "cell A1: a number cell without"},
    {SHEET("<row><c><v>1e</v></c></row>"), BIG_ESYNTAX, "cell A1: a number cell without"},
    {SHEET("<row><c><v>inf</v></c></row>"), BIG_ESYNTAX, "cell A1: a number cell without"},
    {SHEET("<row><c><v> 1</v></c></row>"), BIG_ESYNTAX, "cell A1: a number cell without"},
    /* Values are shown whole, or cut after 40 bytes at a character. */
    {SHEET("<row r=\"99999999999\"/>"), BIG_ESYNTAX, "row number '99999999999' out of range"},
    {SHEET("<row><c r=\"A99999999999\"><v>1</v></c></row>"), BIG_ESYNTAX,
     "cell A99999999999: not a cell reference"},
    {SHEET("<row><c r=\"ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ\"><v>1</v></c></row>"), BIG_ESYNTAX,
     "cell ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ…: not a cell reference"},
    {SHEET("<row><c t=\"b\"><v>yes</v></c></row>"), BIG_ESYNTAX, "not 0 or 1"},
    {SHEET("<row><c t=\"x\"><v>1</v></c></row>"), BIG_ESYNTAX, "an unknown cell type"},
    {SHEET("<row><c t=\"e\"><v></v></c></row>"), BIG_ESYNTAX, "cell A1: an error cell without"},
    {SHEET("<row><c r=\"A100001\"><v>1</v></c></row>"), BIG_ELIMIT, "100001 rows"},
    {SHEET("<row><c r=\"AMK1\"><v>1</v></c></row>"), BIG_ELIMIT, "1025 columns"},
    {SHEET("<row><c r=\"A1\"><v>1</v></c><c r=\"AMJ90000\"><v>1</v></c></row>"), BIG_ELIMIT,
     "cells"},
    {SHEET("<row><c><v>1</v></c></row"), BIG_ESYNTAX, "t.xlsx: xl/worksheets/sheet1.xml: 1:"},
    {"<worksheet>\n<sheetData><row><c><v>1</v></c></row></sheetData>\n</worksheet>\n<x/>",
     BIG_ESYNTAX, "sheet1.xml: 4:1: junk after document element"},
    {"<!DOCTYPE x [<!ENTITY a \"b\">]><worksheet/>", BIG_ESYNTAX,
     "sheet1.xml: 1:13: a document type declaration (not allowed)"},
    {"", BIG_ESYNTAX, "sheet1.xml: 1:1: no element found"},
};

START_TEST(test_bad_sheet)
{
	const struct bad_sheet *t = &bad_sheets[_i];
	struct big_book b;

	ck_assert_int_eq(read_sheet_xml(&b, t->xml), t->code);
	ck_assert_msg(strstr(big_error_last()->message, t->message), "%s",
		      big_error_last()->message);
	ck_assert_str_eq(big_error_last()->source, "t.xlsx");
}
END_TEST

/* Zips that are not workbooks, or bombs. */
START_TEST(test_hostile_files)
{
	struct big_book b = {0};
	char *data, *big;
	size_t len;

	ck_assert_int_eq(big__xlsx_read(&b, "id;status\n", 10, "a.csv"), BIG_ESYNTAX);
	ck_assert_str_eq(big_error_last()->message,
			 "a.csv: not an XLSX workbook (not a zip archive)");
	ck_assert_int_eq(big__xlsx_read(&b, "", 0, "e.xlsx"), BIG_ESYNTAX);
	ck_assert_int_eq(big__xlsx_read(&b, NULL, 0, "e.xlsx"), BIG_ESYNTAX);

	/* Truncated: the central directory is gone. */
	{
		const struct entry e[] = {{"[Content_Types].xml", TYPES, 0, 0},
					  {"xl/workbook.xml", WORKBOOK, 0, 0}};
		data = make_zip(e, 2, &len);
		ck_assert_int_eq(big__xlsx_read(&b, data, len / 2, "cut.xlsx"), BIG_ESYNTAX);
		ck_assert_ptr_nonnull(strstr(big_error_last()->message, "truncated zip"));
		/* A zip without the relationships of the workbook. */
		ck_assert_int_eq(big__xlsx_read(&b, data, len, "norels.xlsx"), BIG_ESYNTAX);
		ck_assert_str_eq(big_error_last()->message,
				 "norels.xlsx: xl/_rels/workbook.xml.rels: not an XLSX workbook: "
				 "the part is missing");
		/* Damaged compressed data in the middle. */
		for (size_t i = 40; i < 80; i++)
			data[i] ^= 0x55;
		ck_assert_int_eq(big__xlsx_read(&b, data, len, "bad.xlsx"), BIG_ESYNTAX);
		free(data);
	}
	/* A zip of something else, and a workbook part missing. */
	{
		const struct entry e[] = {
		    {"mimetype", "application/vnd.oasis.opendocument.text", 0, 0}};
		const struct entry f[] = {{"[Content_Types].xml", TYPES, 0, 0}};
		data = make_zip(e, 1, &len);
		ck_assert_int_eq(big__xlsx_read(&b, data, len, "x.odt"), BIG_ESYNTAX);
		ck_assert_str_eq(big_error_last()->message,
				 "x.odt: [Content_Types].xml: not an XLSX workbook: the part is "
				 "missing");
		free(data);
		data = make_zip(f, 1, &len);
		ck_assert_int_eq(big__xlsx_read(&b, data, len, "x.xlsx"), BIG_ESYNTAX);
		ck_assert_str_eq(
		    big_error_last()->message,
		    "x.xlsx: xl/workbook.xml: not an XLSX workbook: the part is missing");
		free(data);
	}
	/* A zip bomb: one sheet of 16 MiB of spaces (16 kB compressed) stops
	 * at the ratio, after 1 MiB inflated. */
	data = workbook_zip(NULL, 16u << 20, &len);
	ck_assert_uint_lt(len, 20000);
	ck_assert_int_eq(big__xlsx_read(&b, data, len, "bomb.xlsx"), BIG_ELIMIT);
	ck_assert_ptr_nonnull(strstr(big_error_last()->message,
				     "bomb.xlsx: xl/worksheets/sheet1.xml: expands more than 200 "
				     "times"));
	free(data);
	/* One that says it is larger than the limit (65 MiB and the 23 bytes
	 * of <worksheet></worksheet>): refused before. */
	data = workbook_zip(NULL, 65u << 20, &len);
	ck_assert_int_eq(big__xlsx_read(&b, data, len, "bomb.xlsx"), BIG_ELIMIT);
	ck_assert_str_eq(big_error_last()->message,
			 "bomb.xlsx: xl/worksheets/sheet1.xml: expands to 68157463 bytes, "
			 "more than the limit of 67108864");
	free(data);
	/* 50 MB: refused before anything is inflated. */
	big = calloc(50u << 20, 1);
	memcpy(big, "PK\3\4", 4);
	ck_assert_int_eq(big__xlsx_read(&b, big, 50u << 20, "big.xlsx"), BIG_ELIMIT);
	ck_assert_str_eq(big_error_last()->message,
			 "big.xlsx: 52428800 bytes, more than the limit of 16777216 for a "
			 "workbook");
	free(big);
	ck_assert_uint_eq(b.count, 0);
}
END_TEST

/* Many entries each under the ratio's threshold: the total limit. */
START_TEST(test_total_limit)
{
	enum { SHEETS = 70 };
	struct entry e[4 + SHEETS];
	char names[SHEETS][32], workbook[SHEETS * 64 + 256], rels[SHEETS * 160 + 256];
	struct big_book b = {0};
	size_t len, w, r;
	char *data;

	w = (size_t)sprintf(workbook, "<workbook " NS_MAIN NS_R "><sheets>");
	r = (size_t)sprintf(rels, "<Relationships "
				  "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
				  "relationships\">");
	e[0] = (struct entry){"[Content_Types].xml", TYPES, 0, 0};
	for (int i = 0; i < SHEETS; i++) {
		snprintf(names[i], sizeof(names[i]), "xl/worksheets/s%d.xml", i);
		w += (size_t)sprintf(
		    workbook + w, "<sheet name=\"S%d\" sheetId=\"%d\" r:id=\"r%d\"/>", i, i + 1, i);
		r += (size_t)sprintf(
		    rels + r,
		    "<Relationship Id=\"r%d\" Type=\"http://schemas.openxmlformats.org/"
		    "officeDocument/2006/relationships/worksheet\" Target=\"/%s\"/>",
		    i, names[i]);
		/* Well-formed: every part is parsed to its end. */
		e[3 + i] = (struct entry){names[i], NULL, 1000000, '\n'};
	}
	strcpy(workbook + w, "</sheets></workbook>");
	strcpy(rels + r, "</Relationships>");
	e[1] = (struct entry){"xl/workbook.xml", workbook, 0, 0};
	e[2] = (struct entry){"xl/_rels/workbook.xml.rels", rels, 0, 0};
	data = make_zip(e, 3 + SHEETS, &len);
	ck_assert_int_eq(big__xlsx_read(&b, data, len, "many.xlsx"), BIG_ELIMIT);
	ck_assert_ptr_nonnull(
	    strstr(big_error_last()->message, "the workbook expands to more than the limit"));
	free(data);
}
END_TEST

/* A workbook of @sheets sheets, each on its own part with @xml or (@shared)
 * all on one part, and @empty empty entries besides. */
static char *sheets_zip(int sheets, bool shared, const char *xml, size_t empty, size_t *len)
{
	size_t n = 3 + (size_t)sheets + empty, w, r;
	struct entry *e = calloc(n, sizeof(*e));
	char(*names)[32] = calloc(n, sizeof(*names));
	char *workbook = malloc((size_t)sheets * 64 + 256),
	     *rels = malloc((size_t)sheets * 160 + 256);
	char *data;

	ck_assert(e && names && workbook && rels);
	w = (size_t)sprintf(workbook, "<workbook " NS_MAIN NS_R "><sheets>");
	r = (size_t)sprintf(rels, "<Relationships "
				  "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
				  "relationships\">");
	for (int i = 0; i < sheets; i++) {
		int part = shared ? 0 : i;

		w += (size_t)sprintf(workbook + w,
				     "<sheet name=\"S%d\" sheetId=\"%d\" r:id=\"r%d\"/>", i, i + 1,
				     part);
		if (shared && i)
			continue;
		snprintf(names[i], sizeof(names[i]), "xl/worksheets/s%d.xml", i);
		r += (size_t)sprintf(
		    rels + r,
		    "<Relationship Id=\"r%d\" Type=\"http://schemas.openxmlformats.org/"
		    "officeDocument/2006/relationships/worksheet\" Target=\"/%s\"/>",
		    i, names[i]);
	}
	strcpy(workbook + w, "</sheets></workbook>");
	strcpy(rels + r, "</Relationships>");
	e[0] = (struct entry){"[Content_Types].xml", TYPES, 0, 0};
	e[1] = (struct entry){"xl/workbook.xml", workbook, 0, 0};
	e[2] = (struct entry){"xl/_rels/workbook.xml.rels", rels, 0, 0};
	n = 3;
	for (int i = 0; i < sheets; i++)
		if (names[i][0])
			e[n++] = (struct entry){names[i], xml, 0, 0};
	for (size_t i = 0; i < empty; i++, n++) {
		snprintf(names[n], sizeof(names[n]), "p%zu", i);
		e[n] = (struct entry){names[n], "", 0, 0};
	}
	data = make_zip(e, n, len);
	free(e);
	free(names);
	free(workbook);
	free(rels);
	return data;
}

/* Small files that would ask for much memory or time (issue 19's review):
 * every grid is dense, so the cells are a budget of the whole book. */
START_TEST(test_amplification)
{
	static const char far[] =
	    SHEET("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"3000\"><c "
		  "r=\"AMJ3000\"><v>1</v></c></row>");
	struct big_book b = {0};
	size_t len;
	char *data;

	/* 256 sheets on one part, each 1024 × 3000 cells: 3 GiB of grids. */
	data = sheets_zip(256, true, far, 0, &len);
	ck_assert_uint_lt(len, 20000);
	ck_assert_int_eq(big__xlsx_read(&b, data, len, "amp.xlsx"), BIG_ESYNTAX);
	ck_assert_str_eq(big_error_last()->message,
			 "amp.xlsx: xl/workbook.xml: sheets 'S0' and 'S1' are the same part "
			 "xl/worksheets/s0.xml");
	free(data);
	/* One such sheet fits (3 072 000 cells), a second passes the budget. */
	data = sheets_zip(1, false, far, 0, &len);
	ck_assert_int_eq(big__xlsx_read(&b, data, len, "one.xlsx"), 0);
	ck_assert_uint_eq(b.sheets[0].rows * b.sheets[0].cols, 3072000);
	big__book_free(&b);
	memset(&b, 0, sizeof(b));
	free(data);
	data = sheets_zip(2, false, far, 0, &len);
	ck_assert_int_eq(big__xlsx_read(&b, data, len, "two.xlsx"), BIG_ELIMIT);
	ck_assert_str_eq(big_error_last()->message,
			 "two.xlsx: xl/worksheets/s1.xml: sheet 'S1': 3000 rows and 1024 "
			 "columns, more than the 1122304 cells left of the workbook's limit "
			 "of 4194304");
	ck_assert_uint_eq(b.count, 0);
	free(data);
	/* Entries: every lookup scans the central directory. */
	data = sheets_zip(1, false, far, BIG_XLSX_MAX_ENTRIES - 4, &len);
	ck_assert_int_eq(big__xlsx_read(&b, data, len, "full.xlsx"), 0);
	big__book_free(&b);
	memset(&b, 0, sizeof(b));
	free(data);
	data = sheets_zip(1, false, far, BIG_XLSX_MAX_ENTRIES - 3, &len);
	ck_assert_int_eq(big__xlsx_read(&b, data, len, "many.xlsx"), BIG_ELIMIT);
	ck_assert_str_eq(big_error_last()->message,
			 "many.xlsx: 10001 entries in the zip archive, more than the limit of "
			 "10000");
	free(data);
}
END_TEST

/* ---- Every allocation failing in turn ---------------------------------------- */

static size_t calls, fail_at = SIZE_MAX, live;

static void *t_malloc(size_t n)
{
	void *p;
	if (calls++ == fail_at)
		return NULL;
	p = malloc(n);
	live += p != NULL;
	return p;
}

static void *t_realloc(void *p, size_t n)
{
	void *q;
	if (!p)
		return t_malloc(n);
	if (calls++ == fail_at)
		return NULL;
	q = realloc(p, n);
	return q;
}

static void t_free(void *p)
{
	live -= p != NULL;
	free(p);
}

START_TEST(test_allocation_failures)
{
	char *dir = temp_dir(), path[256];
	struct big_book b, got;
	size_t len, n;
	char *data;
	int rc;

	make_book(&b, "text");
	snprintf(path, sizeof(path), "%s/a.xlsx", dir);
	ck_assert_int_eq(big__xlsx_write(&b, path), 0);
	big__book_free(&b);
	data = read_file(path, &len);
	ck_assert_int_eq(big_set_alloc_funcs(t_malloc, t_realloc, t_free), 0);
	for (n = 0;; n++) {
		calls = 0;
		fail_at = n;
		live = 0;
		memset(&got, 0, sizeof(got));
		rc = big__xlsx_read(&got, data, len, "a.xlsx");
		if (rc == 0)
			break;
		ck_assert_msg(rc == BIG_ENOMEM, "allocation %zu: %s", n, big_error_last()->message);
		ck_assert_uint_eq(live, 0);
		ck_assert_uint_eq(got.count, 0);
	}
	ck_assert_uint_gt(n, 10);
	ck_assert_uint_eq(got.count, 2);
	big__book_free(&got);
	ck_assert_uint_eq(live, 0);
	/* The writer's own allocations (libxlsxwriter's use malloc()). */
	for (n = 0;; n++) {
		calls = 0;
		fail_at = n;
		live = 0;
		fail_at = SIZE_MAX;
		make_book(&b, "text");
		fail_at = n + calls;
		rc = big__xlsx_write(&b, path);
		big__book_free(&b);
		ck_assert_uint_eq(live, 0);
		if (rc == 0)
			break;
		ck_assert_int_eq(rc, BIG_ENOMEM);
	}
	ck_assert_uint_gt(n, 1);
	fail_at = SIZE_MAX;
	ck_assert_int_eq(big_set_alloc_funcs(malloc, realloc, free), 0);
	ck_assert_int_eq(files_in(dir), 1);
	free(data);
	remove_dir(dir);
}
END_TEST

#else /* without XLSX: the feature's error, and nothing written */

START_TEST(test_unsupported)
{
	char *dir = temp_dir(), path[256];
	struct big_book b = {0};

	snprintf(path, sizeof(path), "%s/a.xlsx", dir);
	capture_stderr();
	ck_assert_int_eq(big__xlsx_write(&b, path), BIG_EUNSUPPORTED);
	ck_assert_ptr_nonnull(strstr(big_error_last()->message, "meson option xlsx"));
	ck_assert_int_eq(big__xlsx_read(&b, "PK\3\4", 4, "a.xlsx"), BIG_EUNSUPPORTED);
	ck_assert_str_eq(big_error_name(big_error_last()->code), "BIG_EUNSUPPORTED");
	assert_nothing_printed();
	ck_assert(!big_has_feature("xlsx"));
	ck_assert_int_eq(files_in(dir), 0);
	remove_dir(dir);
}
END_TEST

#endif

int main(void)
{
	Suite *s = suite_create("xlsx");
	TCase *tc = tcase_create("xlsx");
	SRunner *sr;
	int failed;

#if BIG_FEATURE_XLSX
	if (!big_has_feature("xlsx"))
		return EXIT_FAILURE;
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_write_atomic);
	tcase_add_test(tc, test_write_limits);
	tcase_add_test(tc, test_write_locale);
	tcase_add_test(tc, test_write_mode);
	tcase_add_test(tc, test_write_reproducible);
	tcase_add_test(tc, test_write_threads);
	tcase_add_test(tc, test_write_io_error);
	tcase_add_test(tc, test_sheet_names);
	tcase_add_test(tc, test_libreoffice);
	tcase_add_test(tc, test_excel_forms);
	tcase_add_test(tc, test_date1904);
	tcase_add_loop_test(tc, test_bad_sheet, 0,
			    (int)(sizeof(bad_sheets) / sizeof(bad_sheets[0])));
	tcase_add_test(tc, test_hostile_files);
	tcase_add_test(tc, test_total_limit);
	tcase_add_test(tc, test_amplification);
	tcase_add_test(tc, test_allocation_failures);
#else
	tcase_add_test(tc, test_unsupported);
#endif
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
