/*
 * libbig — writing CSV (RFC 4180, CRLF; docs/formats.md, section CSV).
 *
 * SPDX-License-Identifier: MIT
 */
#include "csv.h"

#include <stdio.h>
#include <string.h>

#include "big.h"
#include "errors-int.h"
#include "json-write.h"

int big__csv_init(struct big_csv *c, unsigned int flags)
{
	memset(c, 0, sizeof(*c));
	c->flags = flags;
	c->first = true;
	c->c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (c->c_locale == (locale_t)0)
		return big__error_nomem();
	if (flags & BIG_CSV_BOM)
		big__strbuf_puts(&c->buf, "\xef\xbb\xbf");
	return 0;
}

int big__csv_finish(struct big_csv *c, char **out, size_t *len)
{
	freelocale(c->c_locale);
	return big__strbuf_finish(&c->buf, out, len);
}

void big__csv_separator(struct big_csv *c)
{
	if (!c->first)
		big__strbuf_putc(&c->buf, (c->flags & BIG__CSV_SEMICOLON) ? ';' : ',');
	c->first = false;
}

void big__csv_end_row(struct big_csv *c)
{
	big__strbuf_append(&c->buf, "\r\n", 2);
	c->first = true;
}

/* A field that a spreadsheet would take for a formula (OWASP's list). */
static bool formula_like(const char *s)
{
	return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
}

void big__csv_text(struct big_csv *c, const char *s)
{
	bool safe;
	big__csv_separator(c);
	if (s == NULL)
		return;
	safe = (c->flags & BIG_CSV_SAFE) && formula_like(s);
	if (strpbrk(s, (c->flags & BIG__CSV_SEMICOLON) ? ";\"\r\n" : ",\"\r\n") == NULL) {
		if (safe)
			big__strbuf_putc(&c->buf, '\'');
		big__strbuf_puts(&c->buf, s);
		return;
	}
	big__strbuf_putc(&c->buf, '"');
	if (safe)
		big__strbuf_putc(&c->buf, '\'');
	for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
		big__strbuf_append(&c->buf, s, (size_t)(q - s) + 1); /* up to the quote */
		big__strbuf_putc(&c->buf, '"');                      /* doubled */
	}
	big__strbuf_puts(&c->buf, s);
	big__strbuf_putc(&c->buf, '"');
}

void big__csv_plain(struct big_csv *c, const char *s)
{
	big__csv_separator(c);
	big__strbuf_puts(&c->buf, s);
}

void big__csv_number(struct big_csv *c, bool has, double d)
{
	char buf[40];
	big__csv_separator(c);
	if (!has)
		return;
	big__format_double(buf, sizeof(buf), d, c->c_locale);
	big__strbuf_puts(&c->buf, buf);
}

void big__csv_integer(struct big_csv *c, bool has, long long i)
{
	char buf[24];
	big__csv_separator(c);
	if (!has)
		return;
	snprintf(buf, sizeof(buf), "%lld", i);
	big__strbuf_puts(&c->buf, buf);
}
