/*
 * libbig — reports as CSV (RFC 4180; docs/formats.md, section CSV).
 *
 * SPDX-License-Identifier: MIT
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "catalogue-int.h"
#include "errors-int.h"
#include "json-write.h"
#include "report-int.h"
#include "report-names.h"
#include "strbuf.h"

struct csv {
	struct big_strbuf buf;
	unsigned int flags;
	bool first; /* no field written yet in this row */
	locale_t c_locale;
};

static int csv_init(struct csv *c, unsigned int flags)
{
	memset(c, 0, sizeof(*c));
	c->flags = flags;
	c->first = true;
	c->c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (c->c_locale == (locale_t)0)
		return big_error_nomem();
	if (flags & BIG_CSV_BOM)
		big_strbuf_puts(&c->buf, "\xef\xbb\xbf");
	return 0;
}

static int csv_finish(struct csv *c, char **out, size_t *len)
{
	freelocale(c->c_locale);
	return big_strbuf_finish(&c->buf, out, len);
}

static void separator(struct csv *c)
{
	if (!c->first)
		big_strbuf_putc(&c->buf, ',');
	c->first = false;
}

static void end_row(struct csv *c)
{
	big_strbuf_append(&c->buf, "\r\n", 2);
	c->first = true;
}

/* A field that a spreadsheet would take for a formula (OWASP's list). */
static bool formula_like(const char *s)
{
	return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
}

/* Text from the documents: quoted when needed, an apostrophe before a
 * formula-like field with BIG_CSV_SAFE. NULL is an empty field. */
static void text(struct csv *c, const char *s)
{
	bool safe;
	separator(c);
	if (s == NULL)
		return;
	safe = (c->flags & BIG_CSV_SAFE) && formula_like(s);
	if (strpbrk(s, ",\"\r\n") == NULL) {
		if (safe)
			big_strbuf_putc(&c->buf, '\'');
		big_strbuf_puts(&c->buf, s);
		return;
	}
	big_strbuf_putc(&c->buf, '"');
	if (safe)
		big_strbuf_putc(&c->buf, '\'');
	for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
		big_strbuf_append(&c->buf, s, (size_t)(q - s) + 1); /* up to the quote */
		big_strbuf_putc(&c->buf, '"');                      /* doubled */
	}
	big_strbuf_puts(&c->buf, s);
	big_strbuf_putc(&c->buf, '"');
}

/* A field that never needs quoting: names, numbers, booleans. */
static void plain(struct csv *c, const char *s)
{
	separator(c);
	big_strbuf_puts(&c->buf, s);
}

static void number(struct csv *c, bool has, double d)
{
	char buf[40];
	separator(c);
	if (!has)
		return;
	big_format_double(buf, sizeof(buf), d, c->c_locale);
	big_strbuf_puts(&c->buf, buf);
}

static void integer(struct csv *c, bool has, long long i)
{
	char buf[24];
	separator(c);
	if (!has)
		return;
	snprintf(buf, sizeof(buf), "%lld", i);
	big_strbuf_puts(&c->buf, buf);
}

static void scores_row(struct csv *c, const big_scores *s)
{
	number(c, s->has_implementation, s->implementation);
	number(c, s->has_maturity, s->maturity_mean);
	integer(c, s->has_maturity, s->attained_level);
	number(c, s->has_coverage, s->coverage);
	number(c, s->has_coverage, s->comply_or_explain);
	integer(c, true, s->applicable);
	for (int i = 0; i < BIG_STATUS_COUNT; i++)
		integer(c, true, s->counts[i]);
	end_row(c);
}

int big_report_to_csv(char **out, size_t *len, const big_report *r, unsigned int flags)
{
	const big_catalogue *cat;
	struct csv c;
	if (!out || !r)
		return big_error_set(BIG_EINVAL, "no output pointer or no report");
	*out = NULL;
	if (csv_init(&c, flags))
		return BIG_ENOMEM;
	cat = r->catalogue;
	big_strbuf_puts(&c.buf, "id,kind,title,depth,implementation,maturity_mean,attained_level,"
				"coverage,comply_or_explain,applicable");
	for (int i = 0; i < BIG_STATUS_COUNT; i++) {
		big_strbuf_putc(&c.buf, ',');
		big_strbuf_puts(&c.buf, big_status_name((big_status)i));
	}
	end_row(&c);
	/* The whole assessment: no id, no depth. */
	text(&c, NULL);
	plain(&c, "overall");
	text(&c, cat->title);
	text(&c, NULL);
	scores_row(&c, &r->overall);
	for (size_t i = 0; i < cat->node_count; i++) {
		const big_node *n = &cat->nodes[i];
		if (r->scores[i].applicable == 0)
			continue;
		text(&c, n->id);
		text(&c, n->kind);
		text(&c, n->title);
		integer(&c, true, n->depth);
		scores_row(&c, &r->scores[i]);
	}
	return csv_finish(&c, out, len);
}

/* The kinds of a gap, '|'-joined. */
static void gap_kinds(struct csv *c, unsigned int kinds)
{
	bool first = true;
	separator(c);
	for (size_t k = 0; k < BIG_GAP_KIND_COUNT; k++) {
		if (!(kinds & (1u << k)))
			continue;
		if (!first)
			big_strbuf_putc(&c->buf, '|');
		big_strbuf_puts(&c->buf, big_gap_kind_name(k));
		first = false;
	}
}

int big_report_gaps_to_csv(char **out, size_t *len, const big_report *r, unsigned int flags)
{
	struct csv c;
	if (!out || !r)
		return big_error_set(BIG_EINVAL, "no output pointer or no report");
	*out = NULL;
	if (csv_init(&c, flags))
		return BIG_ENOMEM;
	big_strbuf_puts(&c.buf, "rank,id,title,kinds,size,status,maturity,tag,mandatory,weight");
	end_row(&c);
	for (size_t i = 0; i < r->gap_count; i++) {
		const big_gap *g = &r->gaps[i];
		integer(&c, true, (long long)(i + 1));
		text(&c, g->node->id);
		text(&c, g->node->title);
		gap_kinds(&c, g->kinds);
		number(&c, true, g->size);
		plain(&c, big_status_name(g->status));
		integer(&c, g->maturity >= 0, g->maturity);
		text(&c, g->tag);
		plain(&c, g->node->mandatory ? "true" : "false");
		number(&c, true, g->node->weight);
		end_row(&c);
	}
	return csv_finish(&c, out, len);
}
