/*
 * bigscore — writing HTML: escaping, the page skeleton and its inline style
 * sheet (screen and A4 print), table helpers.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigscore.h"
#include "html.h"

/* Calm colours, tabular figures, A4 pages; no web fonts, no network. */
static const char style[] =
    ":root{--ink:#1d2a36;--muted:#566573;--line:#d5dde5;--soft:#f4f7f9;--accent:#174f73}\n"
    "*{box-sizing:border-box}\n"
    "html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "body{margin:0 auto;max-width:52rem;padding:2.5rem 2rem 3rem;color:var(--ink);"
    "background:#fff;font:15px/1.5 \"Segoe UI\",\"DejaVu Sans\",system-ui,sans-serif}\n"
    "header{border-bottom:3px solid var(--accent);padding-bottom:1rem;margin-bottom:1rem}\n"
    ".kicker{margin:0;color:var(--accent);font-size:.78rem;font-weight:600;"
    "letter-spacing:.08em;text-transform:uppercase}\n"
    "h1{margin:.2rem 0 .1rem;font-size:1.9rem;font-weight:600;line-height:1.2}\n"
    ".sub{margin:0 0 .9rem;color:var(--muted)}\n"
    "dl.meta{display:grid;grid-template-columns:max-content 1fr max-content 1fr;"
    "gap:.1rem 1rem;margin:0;font-size:.84rem}\n"
    "dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}"
    "dl.facts{grid-template-columns:max-content 1fr;margin:.6rem 0}\n"
    "h2{margin:2.2rem 0 .4rem;padding-bottom:.25rem;border-bottom:1px solid var(--line);"
    "font-size:1.3rem;font-weight:600}\n"
    "h3{margin:1.4rem 0 .3rem;font-size:1.05rem;font-weight:600}\n"
    "p.note{max-width:44rem;margin:.2rem 0 .8rem;color:var(--muted);font-size:.86rem}\n"
    ".cards{display:grid;grid-template-columns:repeat(3,1fr);gap:.7rem}\n"
    ".card{padding:.65rem .9rem;border:1px solid var(--line);border-radius:6px;"
    "background:var(--soft)}\n"
    ".card p{margin:0}.card .label{color:var(--muted);font-size:.8rem}\n"
    ".card .value{font-size:1.75rem;font-weight:600;line-height:1.25;"
    "font-variant-numeric:tabular-nums}\n"
    ".card .detail{color:var(--muted);font-size:.78rem}\n"
    "figure{margin:1rem 0 .4rem;break-inside:avoid}\n"
    "figcaption{margin-bottom:.3rem;font-size:.86rem;font-weight:600}\n"
    "svg.chart{display:block;width:100%;height:auto}\n"
    "svg text{fill:var(--ink);font-family:inherit;font-size:12px}\n"
    "svg .muted{fill:var(--muted)}svg .grid{stroke:var(--line)}\n"
    "svg .axis{stroke:#8795a1}svg .target{stroke:var(--ink);stroke-width:1.5;"
    "stroke-dasharray:5 3}\n"
    "svg .s0{fill:#174f73}svg .s1{fill:#8fb3cc}svg .s2{fill:#c9894f}\n"
    "svg .st0{fill:#2b7a5b}svg .st1{fill:#e3b341}svg .st2{fill:#b8453b}"
    "svg .st3{fill:#7f9fbf}svg .st4{fill:#8a5a9e}svg .st5{fill:#d3d9de}\n"
    "svg .v{paint-order:stroke;stroke:#fff;stroke-width:7px;stroke-linejoin:round}\n"
    "svg .pos{fill:#2b7a5b}svg .neg{fill:#b8453b}svg .inv{fill:#fff}\n"
    "svg .box{fill:#dde7ef;stroke:#6f8799}svg .whisker{stroke:#6f8799;stroke-width:1.5}\n"
    "svg .median{stroke:var(--ink);stroke-width:2.5}svg .org{fill:#c2571a;stroke:#fff}\n"
    "table{width:100%;margin:.4rem 0 1rem;border-collapse:collapse;font-size:.82rem;"
    "font-variant-numeric:tabular-nums}\n"
    "caption{padding-bottom:.3rem;text-align:left;font-size:.86rem;font-weight:600}\n"
    "th,td{padding:.26rem .5rem;border-bottom:1px solid var(--line);text-align:left;"
    "vertical-align:top}\n"
    "thead th{color:var(--muted);font-weight:600;border-bottom:1.5px solid var(--ink)}\n"
    "tbody th{font-weight:500}.num{text-align:right}td.num,td.date{white-space:nowrap}\n"
    "tr.total th,tr.total td{font-weight:600;border-top:1.5px solid var(--ink)}\n"
    ".flag{color:#a33b30;font-weight:600}.ok{color:#2b7a5b}\n"
    ".summary{max-width:46rem;padding:.2rem 0 .2rem .9rem;border-left:3px solid var(--accent)}"
    ".summary p{margin:.35rem 0}\n"
    /* the improvement plan: the same columns in every theme's table */
    /* long Dutch words break inside their cell rather than run into the
     * next; a due date stays on one line, "(te laat)" may wrap after it */
    "table.plan{table-layout:fixed}table.plan td,table.plan th{overflow-wrap:anywhere;"
    "hyphens:auto}table.plan td.date{white-space:normal}.due{white-space:nowrap}"
    "table.plan th:nth-child(1){width:9%}table.plan th:nth-child(2){width:18%}"
    "table.plan th:nth-child(3){width:31%}table.plan th:nth-child(4){width:14%}"
    "table.plan th:nth-child(5){width:16%}table.plan th:nth-child(6){width:12%}\n"
    "nav p{margin:0 0 .5rem;font-size:.84rem}nav a{color:var(--accent);text-decoration:none}\n"
    "footer{margin-top:2.5rem;padding-top:.6rem;border-top:1px solid var(--line);"
    "color:var(--muted);font-size:.78rem}footer .fingerprint{overflow-wrap:anywhere}\n"
    "@media (max-width:40rem){.cards{grid-template-columns:1fr 1fr}"
    "dl.meta{grid-template-columns:max-content 1fr}}\n"
    /* No page margin, so no room for the browser's own header and footer
     * (date, file path); the page's margins are the body's padding,
     * repeated on every page (box-decoration-break: clone). */
    "@page{size:A4;margin:0}\n"
    "@media print{body{max-width:none;padding:16mm 15mm 18mm;box-decoration-break:clone;"
    "-webkit-box-decoration-break:clone;font-size:10pt}h2,h3{break-after:avoid}"
    "tr,.card,.summary{break-inside:avoid}nav{display:none}}\n";

void bs_html_escape(FILE *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		size_t control = bs_control_length(s);

		/* A control character other than white space is not allowed in
		 * HTML text: C0, DEL and C1 become U+FFFD. */
		if (control && c != '\t' && c != '\n' && c != '\r') {
			fputs("\xEF\xBF\xBD", out);
			s += control - 1;
			continue;
		}

		switch (c) {
		case '&':
			fputs("&amp;", out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '"':
			fputs("&quot;", out);
			break;
		case '\'':
			fputs("&#39;", out);
			break;
		default:
			fputc(c, out);
		}
	}
}

void bs_html_escape_lines(FILE *out, const char *s)
{
	while (s != NULL) {
		const char *nl = strchr(s, '\n');
		char *line = strndup(s, nl ? (size_t)(nl - s) : strlen(s));

		if (line == NULL)
			return;
		bs_html_escape(out, line);
		free(line);
		if (nl != NULL)
			fputs("<br>\n", out);
		s = nl ? nl + 1 : NULL;
	}
}

void bs_html_element(FILE *out, const char *tag, const char *cls, const char *text)
{
	fprintf(out, "<%s", tag);
	if (cls != NULL)
		fprintf(out, " class=\"%s\"", cls);
	fputc('>', out);
	bs_html_escape(out, text);
	fprintf(out, "</%s>\n", tag);
}

void bs_html_begin(FILE *out, const char *lang, const char *title, const char *generator)
{
	fprintf(out,
		"<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\"/>\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
		"<meta name=\"generator\" content=\"",
		lang);
	bs_html_escape(out, generator);
	fputs("\"/>\n<title>", out);
	bs_html_escape(out, title);
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
}

void bs_html_end(FILE *out)
{
	fputs("</body>\n</html>\n", out);
}

void bs_html_table_begin(FILE *out, const char *cls, const char *caption, const char *const *heads,
			 size_t count, size_t numeric_from)
{
	fputs("<table", out);
	if (cls != NULL)
		fprintf(out, " class=\"%s\"", cls);
	fputs(">\n", out);
	if (caption != NULL)
		bs_html_element(out, "caption", NULL, caption);
	fputs("<thead><tr>", out);
	for (size_t i = 0; i < count; i++) {
		fprintf(out, "<th scope=\"col\"%s>", i >= numeric_from ? " class=\"num\"" : "");
		bs_html_escape(out, heads[i]);
		fputs("</th>", out);
	}
	fputs("</tr></thead>\n<tbody>\n", out);
}

void bs_html_table_end(FILE *out)
{
	fputs("</tbody>\n</table>\n", out);
}

void bs_html_cell(FILE *out, const char *text, bool numeric)
{
	bs_html_cell_class(out, text, numeric ? "num" : NULL);
}

void bs_html_cell_class(FILE *out, const char *text, const char *cls)
{
	if (cls != NULL)
		fprintf(out, "<td class=\"%s\">", cls);
	else
		fputs("<td>", out);
	bs_html_escape(out, text);
	fputs("</td>", out);
}

void bs_html_row_head(FILE *out, const char *text)
{
	fputs("<th scope=\"row\">", out);
	bs_html_escape(out, text);
	fputs("</th>", out);
}
