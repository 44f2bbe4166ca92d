/*
 * bigscore — writing HTML: escaping, the page skeleton with its inline
 * style sheet, and small helpers for tables.
 *
 * The markup is also well-formed XML (every element closed, no named
 * entities but the XML ones), so that tests can parse it either way.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_HTML_H
#define BIGSCORE_HTML_H

#include <stdbool.h>
#include <stdio.h>

/*
 * Writes @p s escaped for text and attribute values (&, <, >, " and ').
 * Control characters that HTML and XML do not allow (C0 but tab, line
 * feed and carriage return; DEL; C1) become U+FFFD.
 */
void bs_html_escape(FILE *out, const char *s);

/* Writes <tag class="cls">escaped text</tag>; @p cls may be NULL. */
/* The same, with each line feed of @p s written as <br> (a text of several
 * lines, as a libbig.texts overlay gives them). */
void bs_html_escape_lines(FILE *out, const char *s);

void bs_html_element(FILE *out, const char *tag, const char *cls, const char *text);

/* Writes the doctype, <html lang>, the head with @p title and the style sheet, and <body>. */
void bs_html_begin(FILE *out, const char *lang, const char *title, const char *generator);

/* Closes <body> and <html>. */
void bs_html_end(FILE *out);

/*
 * Opens a table: <table class="cls"><caption>…</caption><thead> with one
 * header cell per entry of @p heads, the cells from @p numeric_from on
 * right-aligned; then <tbody>. @p caption and @p cls may be NULL.
 */
void bs_html_table_begin(FILE *out, const char *cls, const char *caption, const char *const *heads,
			 size_t count, size_t numeric_from);

/* Closes the table opened by bs_html_table_begin(). */
void bs_html_table_end(FILE *out);

/* One cell: <td> (numeric: right-aligned) or <th scope="row"> with escaped text. */
void bs_html_cell(FILE *out, const char *text, bool numeric);
/* A <td class="cls"> with escaped text. */
void bs_html_cell_class(FILE *out, const char *text, const char *cls);
void bs_html_row_head(FILE *out, const char *text);

#endif /* BIGSCORE_HTML_H */
