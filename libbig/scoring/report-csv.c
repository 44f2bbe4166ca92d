/*
 * libbig — reports as CSV (RFC 4180; docs/formats.md, section CSV).
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "csv.h"
#include "errors-int.h"
#include "json-write.h"
#include "report-int.h"
#include "strbuf.h"

static void scores_row(struct big_csv *c, const big_scores *s)
{
	big__csv_number(c, s->has_implementation, s->implementation);
	big__csv_number(c, s->has_maturity, s->maturity_mean);
	big__csv_integer(c, s->has_maturity, s->attained_level);
	big__csv_number(c, s->has_coverage, s->coverage);
	big__csv_number(c, s->has_coverage, s->comply_or_explain);
	big__csv_integer(c, true, s->applicable);
	for (int i = 0; i < BIG_STATUS_COUNT; i++)
		big__csv_integer(c, true, s->counts[i]);
	big__csv_number(c, s->has_demonstration, s->opzet);
	big__csv_number(c, s->has_demonstration, s->bestaan);
	big__csv_number(c, s->has_demonstration, s->werking);
}

int big_report_to_csv(char **out, size_t *len, const big_report *r, unsigned int flags)
{
	const big_catalogue *cat;
	struct big_csv c;
	if (!out || !r)
		return big__error_set(BIG_EINVAL, "no output pointer or no report");
	*out = NULL;
	if (big__csv_init(&c, flags))
		return BIG_ENOMEM;
	cat = r->catalogue;
	big__strbuf_puts(&c.buf, "id,kind,title,depth,implementation,maturity_mean,attained_level,"
				 "coverage,comply_or_explain,applicable");
	for (int i = 0; i < BIG_STATUS_COUNT; i++) {
		big__strbuf_putc(&c.buf, ',');
		big__strbuf_puts(&c.buf, big_status_name((big_status)i));
	}
	big__strbuf_puts(&c.buf, ",opzet,bestaan,werking"); /* after the columns of 0.1 */
	if (r->include_text)
		big__strbuf_puts(&c.buf, ",text");
	big__csv_end_row(&c);
	big__node_csv_columns_titled(&c, cat, NULL, NULL); /* the whole assessment */
	scores_row(&c, &r->overall);
	if (r->include_text)
		big__csv_text(&c, NULL);
	big__csv_end_row(&c);
	for (size_t i = 0; i < cat->node_count; i++) {
		if (r->scores[i].applicable == 0)
			continue;
		const big_node *node = &cat->nodes[i];
		big__node_csv_columns_titled(&c, cat, node, big__report_title(r, node));
		scores_row(&c, &r->scores[i]);
		if (r->include_text)
			big__csv_text(&c, big__report_text(r, node));
		big__csv_end_row(&c);
	}
	return big__csv_finish(&c, out, len);
}

void big__csv_gap_kinds(struct big_csv *c, unsigned int kinds)
{
	bool first = true;
	big__csv_separator(c);
	for (size_t k = 0; k < BIG_GAP_KIND_COUNT; k++) {
		if (!(kinds & (1u << k)))
			continue;
		if (!first)
			big__strbuf_putc(&c->buf, '|');
		big__strbuf_puts(&c->buf, big_gap_kind_name(1u << k));
		first = false;
	}
}

/* The earliest due date of the open actions of gap @i, or "". */
static const char *next_due(const big_report *r, size_t i)
{
	const char *next = NULL;
	for (size_t k = 0; k < r->gaps[i].open_actions; k++) {
		const char *due = big_action_due(big_report_gap_action(r, i, k));
		if (due && (!next || strcmp(due, next) < 0))
			next = due;
	}
	return next ? next : "";
}

int big_report_gaps_to_csv(char **out, size_t *len, const big_report *r, unsigned int flags)
{
	struct big_csv c;
	if (!out || !r)
		return big__error_set(BIG_EINVAL, "no output pointer or no report");
	*out = NULL;
	if (big__csv_init(&c, flags))
		return BIG_ENOMEM;
	big__strbuf_puts(&c.buf, "rank,id,title,kinds,size,status,maturity,tag,mandatory,weight");
	/* after the columns of 0.1, so that a program reading by position goes on working */
	big__strbuf_puts(&c.buf, ",owner,open_actions,without_action,overdue,next_due");
	if (r->include_text)
		big__strbuf_puts(&c.buf, ",text");
	big__csv_end_row(&c);
	for (size_t i = 0; i < r->gap_count; i++) {
		const big_gap *g = &r->gaps[i];
		big__csv_integer(&c, true, (long long)(i + 1));
		big__csv_text(&c, g->node->id);
		big__csv_text(&c, big__report_title(r, g->node));
		big__csv_gap_kinds(&c, g->kinds);
		big__csv_number(&c, true, g->size);
		big__csv_plain(&c, big_status_name(g->status));
		big__csv_integer(&c, g->maturity >= 0, g->maturity);
		big__csv_text(&c, g->tag);
		big__csv_plain(&c, g->node->mandatory ? "true" : "false");
		big__csv_number(&c, true, g->node->weight);
		big__csv_text(&c, g->owner);
		big__csv_integer(&c, true, (long long)g->open_actions);
		big__csv_plain(&c, g->without_action ? "true" : "false");
		big__csv_plain(&c, g->overdue ? "true" : "false");
		big__csv_plain(&c, next_due(r, i));
		if (r->include_text)
			big__csv_text(&c, big__report_text(r, g->node));
		big__csv_end_row(&c);
	}
	return big__csv_finish(&c, out, len);
}
