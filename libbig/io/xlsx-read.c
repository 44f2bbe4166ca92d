/*
 * libbig — reads the sheets of an XLSX file into a book (book.h): minizip's
 * unzip on the bytes in memory, expat on each part as it is inflated
 * ([Content_Types].xml for the workbook part, its relationships for the
 * sheets and the shared strings, the workbook for the sheets' names and
 * order, each visible worksheet's cells). Size limits are checked while
 * inflating, so a zip bomb stops at the limit (docs/xlsx.md).
 *
 * Expat allocates through libbig's allocator; minizip with malloc().
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* strtod_l(), which glibc declares only for GNU */
#include "xlsx.h"

#include <expat.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unzip.h>

#include "alloc.h"
#include "big.h"
#include "errors-int.h"
#include "strbuf.h"
#include "xlsx-limits.h"

/* ---- The zip archive in memory (minizip's file functions) -------------- */

struct mem_file {
	const unsigned char *data;
	size_t len, pos;
};

static voidpf ZCALLBACK mem_open(voidpf opaque, const void *name, int mode)
{
	(void)name;
	if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
		return NULL;
	((struct mem_file *)opaque)->pos = 0;
	return opaque;
}

static uLong ZCALLBACK mem_read(voidpf opaque, voidpf stream, void *buf, uLong size)
{
	struct mem_file *f = stream;
	size_t n = f->len - f->pos < size ? f->len - f->pos : size;

	(void)opaque;
	memcpy(buf, f->data + f->pos, n);
	f->pos += n;
	return (uLong)n;
}

static uLong ZCALLBACK mem_write(voidpf opaque, voidpf stream, const void *buf, uLong size)
{
	(void)opaque;
	(void)stream;
	(void)buf;
	(void)size;
	return 0;
}

static ZPOS64_T ZCALLBACK mem_tell(voidpf opaque, voidpf stream)
{
	(void)opaque;
	return ((struct mem_file *)stream)->pos;
}

static long ZCALLBACK mem_seek(voidpf opaque, voidpf stream, ZPOS64_T offset, int origin)
{
	struct mem_file *f = stream;
	ZPOS64_T base;

	(void)opaque;
	switch (origin) {
	case ZLIB_FILEFUNC_SEEK_SET:
		base = 0;
		break;
	case ZLIB_FILEFUNC_SEEK_CUR:
		base = f->pos;
		break;
	case ZLIB_FILEFUNC_SEEK_END:
		base = f->len;
		break;
	default:
		return -1;
	}
	if (offset > f->len - base)
		return -1;
	f->pos = (size_t)(base + offset);
	return 0;
}

static int ZCALLBACK mem_close(voidpf opaque, voidpf stream)
{
	(void)opaque;
	(void)stream;
	return 0;
}

static int ZCALLBACK mem_error(voidpf opaque, voidpf stream)
{
	(void)opaque;
	(void)stream;
	return 0;
}

/* ---- The reader's state -------------------------------------------------- */

struct sheet_ref {
	const char *name, *rid, *part;
	bool hidden;
};

struct pending_cell {
	uint32_t row, col;
	const char *text;
	unsigned char kind;
	bool formula;
};

struct reader {
	struct big_book *book;
	const char *source;
	locale_t c_locale; /* numbers are read as C reads them */
	unzFile zip;
	size_t inflated; /* bytes inflated so far, every entry */
	int rc;          /* the first error of a handler */
	const char *entry;
	XML_Parser parser;
	struct big_strbuf text; /* the character data being collected */
	bool collect;           /* inside <t> or <v>: collect it */
	unsigned rph;           /* depth in <rPh> (phonetic runs: not text) */
	/* [Content_Types].xml and the relationships */
	const char *workbook_part, *strings_part;
	struct sheet_ref *refs;
	size_t nrefs, cap_refs;
	/* the shared strings */
	const char **strings;
	size_t nstrings, cap_strings;
	bool in_si;
	/* the worksheet being read */
	const char *sheet_name;
	size_t grid_cells; /* rows × columns of the sheets placed so far */
	struct pending_cell *cells;
	size_t ncells, cap_cells;
	uint32_t row, col;     /* 0-based place of the next row, next cell */
	bool in_data, in_cell; /* inside <sheetData>, <c> */
	bool has_value, formula, in_is;
	char type[12];     /* t of the cell, "" for a number */
	char ref[48];      /* its reference, for messages (see shown()) */
	uint32_t cell_row; /* its place */
	uint32_t cell_col;
};

/* Stops the parse with an error (the first one counts). */
static void fail(struct reader *rd, int rc)
{
	if (!rd->rc)
		rd->rc = rc;
	XML_StopParser(rd->parser, XML_FALSE);
}

static int fail_nomem(struct reader *rd)
{
	fail(rd, big__error_nomem());
	return rd->rc;
}

/* An element's or attribute's local name (expat joins namespace and name
 * with a space). */
static const char *local(const char *name)
{
	const char *sp = strrchr(name, ' ');
	return sp ? sp + 1 : name;
}

/* The attribute with local name @name, from namespace @ns when it has one
 * ("relationships" for r:id: the transitional and strict URIs both hold it). */
static const char *attr(const char **atts, const char *name, const char *ns)
{
	for (size_t i = 0; atts[i]; i += 2) {
		const char *sp = strrchr(atts[i], ' ');

		if (strcmp(sp ? sp + 1 : atts[i], name) != 0)
			continue;
		if (!ns ? !sp
			: (sp && strstr(atts[i], ns) &&
			   (size_t)(strstr(atts[i], ns) - atts[i]) < (size_t)(sp - atts[i])))
			return atts[i + 1];
	}
	return NULL;
}

static char *arena_dup(struct reader *rd, const char *s)
{
	char *d = big__arena_strdup(&rd->book->arena, s);
	if (!d)
		fail_nomem(rd);
	return d;
}

/* Excel escapes characters XML cannot hold as _xHHHH_ (UTF-16 code units);
 * one that is a character other than NUL and not a surrogate is decoded,
 * anything else stays as written. Decoding only shortens: in place. */
static void unescape(char *s)
{
	char *out = s;

	for (const char *p = s; *p;) {
		unsigned v = 0;
		bool hex = p[0] == '_' && p[1] == 'x';

		/* stops at a NUL, which is no digit: p[6] is read only after */
		for (int i = 2; hex && i < 6; i++) {
			char c = p[i];
			unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
				     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
				     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
							    : 16;
			hex = d < 16;
			v = v * 16 + d;
		}
		hex = hex && p[6] == '_';
		if (hex && v && (v < 0xd800 || v > 0xdfff)) {
			if (v < 0x80) {
				*out++ = (char)v;
			} else if (v < 0x800) {
				*out++ = (char)(0xc0 | v >> 6);
				*out++ = (char)(0x80 | (v & 0x3f));
			} else {
				*out++ = (char)(0xe0 | v >> 12);
				*out++ = (char)(0x80 | ((v >> 6) & 0x3f));
				*out++ = (char)(0x80 | (v & 0x3f));
			}
			p += 7;
		} else {
			*out++ = *p++;
		}
	}
	*out = '\0';
}

/* The collected text, unescaped, into the book's arena; resets the buffer. */
static const char *take_text(struct reader *rd, bool escaped)
{
	char *s;

	if (rd->text.failed) {
		fail_nomem(rd);
		return NULL;
	}
	s = big__arena_strndup(&rd->book->arena, rd->text.data ? rd->text.data : "", rd->text.len);
	rd->text.len = 0;
	if (!s)
		fail_nomem(rd);
	else if (escaped)
		unescape(s);
	return s;
}

static void XMLCALL on_chars(void *data, const XML_Char *s, int len)
{
	struct reader *rd = data;

	if (rd->collect && !rd->rph)
		big__strbuf_append(&rd->text, s, (size_t)len);
}

/* A document type would let a part declare entities: none has one. */
static void XMLCALL on_doctype(void *data, const XML_Char *name, const XML_Char *sysid,
			       const XML_Char *pubid, int internal)
{
	struct reader *rd = data;

	(void)name;
	(void)sysid;
	(void)pubid;
	(void)internal;
	fail(rd, big__error_set_path(BIG_ESYNTAX, rd->source, rd->entry,
				     "%lu:%lu: a document type declaration (not allowed)",
				     (unsigned long)XML_GetCurrentLineNumber(rd->parser),
				     (unsigned long)XML_GetCurrentColumnNumber(rd->parser) + 1));
}

/* ---- Entries: inflated in blocks, each block parsed at once ------------- */

/* Parses the entry @name with the handlers; BIG_ENOTFOUND (no error set)
 * when there is no such entry and it is not @required. */
static int parse_entry(struct reader *rd, const char *name, bool required,
		       XML_StartElementHandler start, XML_EndElementHandler end)
{
	static const XML_Memory_Handling_Suite mem = {big__malloc, big__realloc, big_free};
	unz_file_info64 info;
	char block[16384];
	size_t entry_inflated = 0;
	int n, rc = 0, zrc;

	rd->entry = name;
	if (unzLocateFile(rd->zip, name, 2) != UNZ_OK) {
		if (!required)
			return BIG_ENOTFOUND;
		return big__error_set_path(BIG_ESYNTAX, rd->source, name,
					   "not an XLSX workbook: the part is missing");
	}
	if (unzGetCurrentFileInfo64(rd->zip, &info, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK)
		return big__error_set_path(BIG_ESYNTAX, rd->source, name, "a damaged zip entry");
	if (info.flag & 1)
		return big__error_set_path(BIG_ESYNTAX, rd->source, name,
					   "an encrypted zip entry (not supported)");
	if (info.uncompressed_size > BIG_XLSX_MAX_INFLATED)
		return big__error_set_path(BIG_ELIMIT, rd->source, name,
					   "expands to %llu bytes, more than the limit of %d",
					   (unsigned long long)info.uncompressed_size,
					   BIG_XLSX_MAX_INFLATED);
	if (unzOpenCurrentFile(rd->zip) != UNZ_OK)
		return big__error_set_path(BIG_ESYNTAX, rd->source, name,
					   "a damaged or unsupported zip entry");
	rd->parser = XML_ParserCreate_MM(NULL, &mem, " ");
	if (!rd->parser) {
		unzCloseCurrentFile(rd->zip);
		return big__error_nomem();
	}
	XML_SetUserData(rd->parser, rd);
	XML_SetElementHandler(rd->parser, start, end);
	XML_SetCharacterDataHandler(rd->parser, on_chars);
	XML_SetStartDoctypeDeclHandler(rd->parser, on_doctype);
	rd->text.len = 0;
	rd->collect = false;
	rd->rph = 0;
	do {
		n = unzReadCurrentFile(rd->zip, block, sizeof(block));
		if (n < 0) {
			rc = big__error_set_path(BIG_ESYNTAX, rd->source, name,
						 "damaged compressed data (zip error %d)", n);
			break;
		}
		entry_inflated += (size_t)n;
		rd->inflated += (size_t)n;
		if (rd->inflated > BIG_XLSX_MAX_INFLATED) {
			rc = big__error_set_path(BIG_ELIMIT, rd->source, name,
						 "the workbook expands to more than the limit of "
						 "%d bytes",
						 BIG_XLSX_MAX_INFLATED);
			break;
		}
		if (entry_inflated > BIG_XLSX_RATIO_FROM &&
		    entry_inflated / BIG_XLSX_MAX_RATIO > info.compressed_size) {
			rc = big__error_set_path(BIG_ELIMIT, rd->source, name,
						 "expands more than %d times (%llu compressed "
						 "bytes): a zip bomb?",
						 BIG_XLSX_MAX_RATIO,
						 (unsigned long long)info.compressed_size);
			break;
		}
		if (XML_Parse(rd->parser, block, n, n == 0) == XML_STATUS_ERROR) {
			if (rd->rc) {
				rc = rd->rc;
			} else if (XML_GetErrorCode(rd->parser) == XML_ERROR_NO_MEMORY ||
				   big_error_last()->code == BIG_ENOMEM) {
				/* expat reports some failed allocations as other
				 * errors (an unbound prefix): the allocator's own
				 * error, cleared when the read began, tells. */
				rc = big__error_nomem();
			} else {
				rc = big__error_set_path(
				    BIG_ESYNTAX, rd->source, name, "%lu:%lu: %s",
				    (unsigned long)XML_GetCurrentLineNumber(rd->parser),
				    (unsigned long)XML_GetCurrentColumnNumber(rd->parser) + 1,
				    XML_ErrorString(XML_GetErrorCode(rd->parser)));
			}
			break;
		}
	} while (n > 0);
	XML_ParserFree(rd->parser);
	rd->parser = NULL;
	zrc = unzCloseCurrentFile(rd->zip);
	if (!rc && zrc == UNZ_CRCERROR)
		rc = big__error_set_path(BIG_ESYNTAX, rd->source, name,
					 "damaged compressed data (CRC)");
	if (!rc && rd->text.failed)
		rc = big__error_nomem();
	return rc;
}

/* The part @target names, relative to the folder of @base ("xl/"), into
 * the arena: "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml",
 * "/xl/x.xml" → "xl/x.xml", "../a.xml" from "xl/b.xml" → "a.xml". */
static const char *resolve(struct reader *rd, const char *base, const char *target)
{
	struct big_strbuf b = {0};
	const char *slash = strrchr(base, '/');
	char *out;

	if (target[0] == '/')
		big__strbuf_puts(&b, target + 1);
	else {
		big__strbuf_append(&b, base, slash ? (size_t)(slash - base) + 1 : 0);
		for (const char *t = target; *t;) {
			const char *next = strchr(t, '/');
			size_t n = next ? (size_t)(next - t) : strlen(t);

			if (n == 2 && t[0] == '.' && t[1] == '.') {
				/* up one folder: drop the last "name/" */
				if (b.len)
					b.len--;
				while (b.len && b.data[b.len - 1] != '/')
					b.len--;
			} else if (!(n == 1 && t[0] == '.')) {
				big__strbuf_append(&b, t, n + (next != NULL));
			}
			t += n + (next != NULL);
		}
	}
	if (b.failed) {
		big__strbuf_free(&b);
		fail_nomem(rd);
		return NULL;
	}
	out = big__arena_strndup(&rd->book->arena, b.data ? b.data : "", b.len);
	big__strbuf_free(&b);
	if (!out)
		fail_nomem(rd);
	return out;
}

/* ---- [Content_Types].xml: the workbook part ------------------------------ */

static void XMLCALL types_start(void *data, const XML_Char *name, const XML_Char **atts)
{
	static const char *const kinds[] = {
	    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
	    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
	    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
	    "application/vnd.ms-excel.template.macroEnabled.main+xml",
	};
	struct reader *rd = data;
	const char *part = attr(atts, "PartName", NULL), *type = attr(atts, "ContentType", NULL);

	if (strcmp(local(name), "Override") != 0 || !part || !type || rd->workbook_part)
		return;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(type, kinds[i]) == 0)
			rd->workbook_part = resolve(rd, "", part);
}

static void XMLCALL no_end(void *data, const XML_Char *name)
{
	(void)data;
	(void)name;
}

/* ---- xl/workbook.xml: the sheets' names, order and relationship ids ------ */

static void XMLCALL workbook_start(void *data, const XML_Char *name, const XML_Char **atts)
{
	struct reader *rd = data;
	const char *sheet = attr(atts, "name", NULL), *rid = attr(atts, "id", "relationships");
	const char *state = attr(atts, "state", NULL);
	struct sheet_ref *ref;

	if (strcmp(local(name), "workbookPr") == 0) {
		/* The 1904 date system: serial dates count from 1904-01-01
		 * (xsd:boolean: "1" or "true"). */
		const char *d1904 = attr(atts, "date1904", NULL);
		rd->book->date1904 =
		    d1904 && (strcmp(d1904, "1") == 0 || strcmp(d1904, "true") == 0);
		return;
	}
	if (strcmp(local(name), "sheet") != 0)
		return;
	if (!sheet || !rid) {
		fail(rd, big__error_set_path(BIG_ESYNTAX, rd->source, rd->entry,
					     "%lu: a sheet without a name or r:id",
					     (unsigned long)XML_GetCurrentLineNumber(rd->parser)));
		return;
	}
	if (rd->nrefs >= BIG_XLSX_MAX_SHEETS) {
		fail(rd, big__error_set_path(BIG_ELIMIT, rd->source, rd->entry,
					     "more than %d sheets", BIG_XLSX_MAX_SHEETS));
		return;
	}
	if (big__grow((void **)&rd->refs, &rd->cap_refs, rd->nrefs + 1, sizeof(*rd->refs))) {
		fail(rd, BIG_ENOMEM);
		return;
	}
	ref = &rd->refs[rd->nrefs];
	*ref = (struct sheet_ref){.name = arena_dup(rd, sheet), .rid = arena_dup(rd, rid)};
	ref->hidden = state && strcmp(state, "visible") != 0;
	if (ref->name && ref->rid)
		rd->nrefs++;
}

/* ---- xl/_rels/workbook.xml.rels: where the sheets and strings are -------- */

static bool ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);
	return n >= m && strcmp(s + n - m, end) == 0;
}

static void XMLCALL rels_start(void *data, const XML_Char *name, const XML_Char **atts)
{
	struct reader *rd = data;
	const char *id = attr(atts, "Id", NULL), *type = attr(atts, "Type", NULL);
	const char *target = attr(atts, "Target", NULL), *mode = attr(atts, "TargetMode", NULL);

	if (strcmp(local(name), "Relationship") != 0 || !id || !type || !target ||
	    (mode && strcmp(mode, "External") == 0))
		return;
	if (ends_with(type, "/sharedStrings")) {
		if (!rd->strings_part)
			rd->strings_part = resolve(rd, rd->workbook_part, target);
		return;
	}
	if (!ends_with(type, "/worksheet"))
		return; /* chart sheets, dialog sheets, styles, themes … */
	for (size_t i = 0; i < rd->nrefs; i++)
		if (!rd->refs[i].part && strcmp(rd->refs[i].rid, id) == 0)
			rd->refs[i].part = resolve(rd, rd->workbook_part, target);
}

/* ---- xl/sharedStrings.xml: <si> of <t> or of runs <r><t> ----------------- */

static void XMLCALL strings_start(void *data, const XML_Char *name, const XML_Char **atts)
{
	struct reader *rd = data;
	const char *l = local(name);

	(void)atts;
	if (strcmp(l, "si") == 0) {
		rd->in_si = true;
		rd->text.len = 0;
	} else if (strcmp(l, "rPh") == 0) {
		rd->rph++;
	} else if (strcmp(l, "t") == 0 && rd->in_si) {
		rd->collect = true;
	}
}

static void XMLCALL strings_end(void *data, const XML_Char *name)
{
	struct reader *rd = data;
	const char *l = local(name), *s;

	if (strcmp(l, "t") == 0) {
		rd->collect = false;
	} else if (strcmp(l, "rPh") == 0) {
		rd->rph -= rd->rph > 0;
	} else if (strcmp(l, "si") == 0 && rd->in_si) {
		rd->in_si = false;
		if (rd->nstrings >= BIG_XLSX_MAX_STRINGS) {
			fail(rd, big__error_set_path(BIG_ELIMIT, rd->source, rd->entry,
						     "more than %d shared strings",
						     BIG_XLSX_MAX_STRINGS));
			return;
		}
		if (big__grow((void **)&rd->strings, &rd->cap_strings, rd->nstrings + 1,
			      sizeof(*rd->strings))) {
			fail(rd, BIG_ENOMEM);
			return;
		}
		if ((s = take_text(rd, true)) != NULL)
			rd->strings[rd->nstrings++] = s;
	}
}

/* ---- A worksheet: <sheetData><row r><c r t><v>, <is>, <f> ---------------- */

/* "B12" → column 1, row 11; false when it is no cell reference of XLSX. */
static bool parse_ref(const char *s, uint32_t *row, uint32_t *col)
{
	uint32_t c = 0, r = 0;
	size_t letters = 0, digits = 0;

	for (; *s >= 'A' && *s <= 'Z' && letters < 4; s++, letters++)
		c = c * 26 + (uint32_t)(*s - 'A' + 1);
	for (; *s >= '0' && *s <= '9' && digits < 8; s++, digits++)
		r = r * 10 + (uint32_t)(*s - '0');
	if (*s || !letters || !digits || c > BIG_XLSX_COL_MAX || r < 1 || r > BIG_XLSX_ROW_MAX)
		return false;
	*row = r - 1;
	*col = c - 1;
	return true;
}

static bool parse_row_number(const char *s, uint32_t *row)
{
	uint32_t r = 0;
	size_t digits = 0;

	for (; *s >= '0' && *s <= '9' && digits < 8; s++, digits++)
		r = r * 10 + (uint32_t)(*s - '0');
	if (*s || !digits || r < 1 || r > BIG_XLSX_ROW_MAX)
		return false;
	*row = r - 1;
	return true;
}

/* A value from the file for a message: whole up to 40 bytes, else cut at a
 * character and ended with "…" (the message escapes what it holds). */
#define SHOWN_MAX 40
static const char *shown(char *buf, size_t size, const char *s)
{
	size_t n = strlen(s);

	if (n <= SHOWN_MAX && n < size) {
		memcpy(buf, s, n + 1);
		return buf;
	}
	n = SHOWN_MAX < size - 4 ? SHOWN_MAX : size - 4;
	while (n && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	memcpy(buf, s, n);
	memcpy(buf + n, "\xe2\x80\xa6", 4);
	return buf;
}

static void cell_error(struct reader *rd, int code, const char *what)
{
	fail(rd, big__error_set_path(code, rd->source, rd->entry, "sheet '%s', cell %s: %s",
				     rd->sheet_name, rd->ref, what));
}

static void cell_start(struct reader *rd, const char **atts)
{
	const char *r = attr(atts, "r", NULL), *t = attr(atts, "t", NULL);

	rd->in_cell = true;
	rd->has_value = rd->formula = rd->in_is = false;
	rd->text.len = 0;
	if (r) {
		if (!parse_ref(r, &rd->cell_row, &rd->cell_col)) {
			shown(rd->ref, sizeof(rd->ref), r);
			cell_error(rd, BIG_ESYNTAX, "not a cell reference within A1:XFD1048576");
			return;
		}
	} else if (rd->col >= BIG_XLSX_COL_MAX) {
		snprintf(rd->ref, sizeof(rd->ref), "after XFD%u", (unsigned)rd->row + 1);
		cell_error(rd, BIG_ESYNTAX, "beyond the last column");
		return;
	} else {
		rd->cell_row = rd->row;
		rd->cell_col = rd->col;
	}
	/* The reference as written, for messages. */
	{
		char letters[8];
		size_t n = 0;
		uint32_t c = rd->cell_col + 1;

		while (c && n < sizeof(letters)) {
			letters[n++] = (char)('A' + (c - 1) % 26);
			c = (c - 1) / 26;
		}
		for (size_t i = 0; i < n; i++)
			rd->ref[i] = letters[n - 1 - i];
		snprintf(rd->ref + n, sizeof(rd->ref) - n, "%u", (unsigned)rd->cell_row + 1);
	}
	rd->col = rd->cell_col + 1;
	snprintf(rd->type, sizeof(rd->type), "%s", t ? t : "n");
	if (t && strlen(t) >= sizeof(rd->type))
		rd->type[0] = '?';
}

/* A number as XLSX stores it: digits, a sign, a point, an exponent, read
 * whole by strtod() in the C locale to a finite value ("2.5", "1E-3"; not
 * "--..ee1", "1e999", "inf", "0x1A", " 1"). */
static bool number_text(struct reader *rd, const char *s)
{
	char *end;
	double v;

	if (!*s || s[strspn(s, "0123456789+-.eE")])
		return false;
	v = strtod_l(s, &end, rd->c_locale);
	return !*end && isfinite(v);
}

static void cell_end(struct reader *rd)
{
	struct pending_cell cell = {rd->cell_row, rd->cell_col, "", BIG_CELL_EMPTY, rd->formula};
	const char *text = NULL;

	rd->in_cell = false;
	if (!rd->has_value) {
		if (!rd->formula)
			return; /* a styled blank cell: no value */
	} else if (!strcmp(rd->type, "s")) {
		unsigned long i = 0;
		size_t digits = 0;

		for (size_t k = 0; k < rd->text.len; k++, digits++) {
			char ch = rd->text.data[k];
			if (ch < '0' || ch > '9' || digits > 9) {
				digits = 0;
				break;
			}
			i = i * 10 + (unsigned long)(ch - '0');
		}
		rd->text.len = 0;
		if (!digits || i >= rd->nstrings)
			return cell_error(rd, BIG_ESYNTAX, "no such shared string");
		cell.text = rd->strings[i];
		cell.kind = BIG_CELL_TEXT;
	} else {
		bool string = !strcmp(rd->type, "str") || !strcmp(rd->type, "inlineStr") ||
			      !strcmp(rd->type, "d");

		if (!(text = take_text(rd, string)))
			return;
		cell.text = text;
		if (string) {
			cell.kind = BIG_CELL_TEXT;
		} else if (!strcmp(rd->type, "n")) {
			if (!number_text(rd, text))
				return cell_error(rd, BIG_ESYNTAX,
						  "a number cell without a number");
			cell.kind = BIG_CELL_NUMBER;
		} else if (!strcmp(rd->type, "b")) {
			if (strcmp(text, "0") != 0 && strcmp(text, "1") != 0)
				return cell_error(rd, BIG_ESYNTAX, "a boolean that is not 0 or 1");
			cell.text = text[0] == '1' ? "TRUE" : "FALSE";
			cell.kind = BIG_CELL_BOOL;
		} else if (!strcmp(rd->type, "e")) {
			if (!*text)
				return cell_error(rd, BIG_ESYNTAX,
						  "an error cell without its error");
			cell.kind = BIG_CELL_ERROR;
		} else {
			return cell_error(rd, BIG_ESYNTAX, "an unknown cell type");
		}
	}
	if (cell.kind == BIG_CELL_TEXT && !*cell.text)
		cell.kind = BIG_CELL_EMPTY;
	if (cell.kind == BIG_CELL_EMPTY && !cell.formula)
		return;
	if (rd->ncells >= BIG_XLSX_MAX_CELLS)
		return cell_error(rd, BIG_ELIMIT, "the sheet holds too many cells");
	if (big__grow((void **)&rd->cells, &rd->cap_cells, rd->ncells + 1, sizeof(*rd->cells)))
		return fail(rd, BIG_ENOMEM);
	rd->cells[rd->ncells++] = cell;
}

static void XMLCALL sheet_start(void *data, const XML_Char *name, const XML_Char **atts)
{
	struct reader *rd = data;
	const char *l = local(name), *r;

	if (strcmp(l, "sheetData") == 0) {
		rd->in_data = true;
		rd->row = 0;
	} else if (!rd->in_data) {
		return;
	} else if (strcmp(l, "row") == 0) {
		char value[SHOWN_MAX + 4];

		r = attr(atts, "r", NULL);
		if (r && !parse_row_number(r, &rd->row))
			fail(rd,
			     big__error_set_path(BIG_ESYNTAX, rd->source, rd->entry,
						 "sheet '%s': row number '%s' out of range",
						 rd->sheet_name, shown(value, sizeof(value), r)));
		rd->col = 0;
	} else if (strcmp(l, "c") == 0) {
		cell_start(rd, atts);
	} else if (!rd->in_cell) {
		return;
	} else if (strcmp(l, "v") == 0) {
		rd->collect = true;
		rd->has_value = true;
	} else if (strcmp(l, "f") == 0) {
		rd->formula = true;
	} else if (strcmp(l, "is") == 0) {
		rd->in_is = true;
		rd->has_value = true;
	} else if (strcmp(l, "t") == 0 && rd->in_is) {
		rd->collect = true;
	} else if (strcmp(l, "rPh") == 0) {
		rd->rph++;
	}
}

static void XMLCALL sheet_end(void *data, const XML_Char *name)
{
	struct reader *rd = data;
	const char *l = local(name);

	if (strcmp(l, "sheetData") == 0) {
		rd->in_data = false;
	} else if (!rd->in_data) {
		return;
	} else if (strcmp(l, "row") == 0) {
		rd->row++;
	} else if (strcmp(l, "c") == 0 && rd->in_cell) {
		cell_end(rd);
	} else if (strcmp(l, "v") == 0 || strcmp(l, "t") == 0) {
		rd->collect = false;
	} else if (strcmp(l, "is") == 0) {
		rd->in_is = false;
	} else if (strcmp(l, "rPh") == 0) {
		rd->rph -= rd->rph > 0;
	}
}

/* The pending cells, placed by their reference into a rows × cols grid. */
static int place_cells(struct reader *rd, struct big_sheet *sheet)
{
	size_t rows = 0, cols = 0;

	for (size_t i = 0; i < rd->ncells; i++) {
		if (rd->cells[i].row >= rows)
			rows = rd->cells[i].row + 1;
		if (rd->cells[i].col >= cols)
			cols = rd->cells[i].col + 1;
	}
	if (rows > BIG_XLSX_MAX_ROWS || cols > BIG_XLSX_MAX_COLS ||
	    (rows && cols > BIG_XLSX_MAX_CELLS / rows))
		return big__error_set_path(BIG_ELIMIT, rd->source, rd->entry,
					   "sheet '%s': %zu rows and %zu columns, more than the "
					   "limits of %d rows, %d columns and %d cells",
					   rd->sheet_name, rows, cols, BIG_XLSX_MAX_ROWS,
					   BIG_XLSX_MAX_COLS, BIG_XLSX_MAX_CELLS);
	/* Every grid is dense: the book's budget is for all of them. */
	if (rows * cols > BIG_XLSX_MAX_CELLS - rd->grid_cells)
		return big__error_set_path(BIG_ELIMIT, rd->source, rd->entry,
					   "sheet '%s': %zu rows and %zu columns, more than the "
					   "%zu cells left of the workbook's limit of %d",
					   rd->sheet_name, rows, cols,
					   BIG_XLSX_MAX_CELLS - rd->grid_cells, BIG_XLSX_MAX_CELLS);
	rd->grid_cells += rows * cols;
	sheet->rows = rows;
	sheet->cols = cols;
	if (!rows)
		return 0;
	sheet->cells = big__arena_alloc(&rd->book->arena, rows * cols * sizeof(*sheet->cells));
	if (!sheet->cells)
		return big__error_nomem();
	for (size_t i = 0; i < rows * cols; i++)
		sheet->cells[i] = (struct big_cell){"", BIG_CELL_EMPTY, false};
	for (size_t i = 0; i < rd->ncells; i++) {
		const struct pending_cell *p = &rd->cells[i];
		struct big_cell *c = &sheet->cells[p->row * cols + p->col];

		if (c->kind != BIG_CELL_EMPTY || c->formula)
			return big__error_set_path(BIG_ESYNTAX, rd->source, rd->entry,
						   "sheet '%s': a cell in row %u, column %u "
						   "twice",
						   rd->sheet_name, (unsigned)p->row + 1,
						   (unsigned)p->col + 1);
		*c = (struct big_cell){p->text, p->kind, p->formula};
	}
	return 0;
}

static int read_sheet(struct reader *rd, const struct sheet_ref *ref, struct big_sheet *sheet)
{
	int rc;

	sheet->name = ref->name;
	rd->sheet_name = ref->name;
	rd->ncells = 0;
	rd->in_data = rd->in_cell = false;
	rc = parse_entry(rd, ref->part, true, sheet_start, sheet_end);
	return rc ? rc : place_cells(rd, sheet);
}

/* ---- The whole file -------------------------------------------------------- */

static int read_book(struct reader *rd)
{
	const char *rels;
	size_t visible = 0;
	char *name;
	int rc;

	if ((rc = parse_entry(rd, "[Content_Types].xml", true, types_start, no_end)) != 0)
		return rc;
	if (!rd->workbook_part)
		return big__error_set_path(BIG_ESYNTAX, rd->source, "[Content_Types].xml",
					   "not an XLSX workbook: no workbook part");
	if ((rc = parse_entry(rd, rd->workbook_part, true, workbook_start, no_end)) != 0)
		return rc;
	/* xl/workbook.xml → xl/_rels/workbook.xml.rels */
	name = big__arena_alloc(&rd->book->arena, strlen(rd->workbook_part) + 12);
	if (!name)
		return big__error_nomem();
	{
		const char *slash = strrchr(rd->workbook_part, '/');
		size_t dir = slash ? (size_t)(slash - rd->workbook_part) + 1 : 0;

		sprintf(name, "%.*s_rels/%s.rels", (int)dir, rd->workbook_part,
			rd->workbook_part + dir);
	}
	rels = name;
	if ((rc = parse_entry(rd, rels, true, rels_start, no_end)) != 0)
		return rc;
	if (rd->strings_part) {
		rc = parse_entry(rd, rd->strings_part, true, strings_start, strings_end);
		if (rc)
			return rc;
	}
	for (size_t i = 0; i < rd->nrefs; i++) {
		visible += !rd->refs[i].hidden && rd->refs[i].part;
		/* A part read twice would cost its grid twice. */
		for (size_t j = 0; j < i && rd->refs[i].part; j++)
			if (rd->refs[j].part && strcmp(rd->refs[i].part, rd->refs[j].part) == 0)
				return big__error_set_path(
				    BIG_ESYNTAX, rd->source, rd->workbook_part,
				    "sheets '%s' and '%s' are the same part %s", rd->refs[j].name,
				    rd->refs[i].name, rd->refs[i].part);
	}
	if (!visible)
		return big__error_set_path(BIG_ESYNTAX, rd->source, rd->workbook_part,
					   "no visible worksheet");
	rd->book->sheets = big__arena_alloc(&rd->book->arena, visible * sizeof(struct big_sheet));
	if (!rd->book->sheets)
		return big__error_nomem();
	for (size_t i = 0; i < rd->nrefs; i++) {
		struct big_sheet *sheet = &rd->book->sheets[rd->book->count];

		if (rd->refs[i].hidden || !rd->refs[i].part)
			continue;
		*sheet = (struct big_sheet){0};
		if ((rc = read_sheet(rd, &rd->refs[i], sheet)) != 0)
			return rc;
		rd->book->count++;
	}
	return 0;
}

int big__xlsx_read(struct big_book *book, const void *data, size_t len, const char *source)
{
	struct mem_file file = {data, len, 0};
	zlib_filefunc64_def funcs = {mem_open, mem_read,  mem_write, mem_tell,
				     mem_seek, mem_close, mem_error, &file};
	struct reader rd = {.book = book, .source = source ? source : "<buffer>"};
	unz_global_info64 global;
	int rc;

	if (!book || (!data && len))
		return big__error_set(BIG_EINVAL, "XLSX: no book or no data");
	if (book->count || book->sheets)
		return big__error_set(BIG_EINVAL, "XLSX: the book to read into is not empty");
	if (len > BIG_XLSX_MAX_FILE)
		return big__error_set_path(BIG_ELIMIT, rd.source, NULL,
					   "%zu bytes, more than the limit of %d for a workbook",
					   len, BIG_XLSX_MAX_FILE);
	if (len < 4 || memcmp(data, "PK\3\4", 4) != 0)
		return big__error_set_path(BIG_ESYNTAX, rd.source, NULL,
					   "not an XLSX workbook (not a zip archive)");
	/* From here, an ENOMEM as the last error is this read's (above). */
	big_error_clear();
	rd.c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (rd.c_locale == (locale_t)0)
		return big__error_nomem();
	rd.zip = unzOpen2_64("", &funcs);
	if (!rd.zip) {
		freelocale(rd.c_locale);
		return big__error_set_path(BIG_ESYNTAX, rd.source, NULL,
					   "not an XLSX workbook (a damaged or truncated zip "
					   "archive)");
	}
	if (unzGetGlobalInfo64(rd.zip, &global) != UNZ_OK)
		rc = big__error_set_path(BIG_ESYNTAX, rd.source, NULL,
					 "not an XLSX workbook (a damaged zip archive)");
	else if (global.number_entry > BIG_XLSX_MAX_ENTRIES)
		rc = big__error_set_path(BIG_ELIMIT, rd.source, NULL,
					 "%llu entries in the zip archive, more than the limit "
					 "of %d",
					 (unsigned long long)global.number_entry,
					 BIG_XLSX_MAX_ENTRIES);
	else
		rc = read_book(&rd);
	unzClose(rd.zip);
	freelocale(rd.c_locale);
	big__strbuf_free(&rd.text);
	big_free(rd.refs);
	big_free(rd.strings);
	big_free(rd.cells);
	if (rc)
		big__book_free(book);
	return rc;
}
