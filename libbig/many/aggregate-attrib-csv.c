/*
 * libbig — an aggregate's "who to help first" ranking and its gap list as
 * CSV (RFC 4180; docs/formats.md, section CSV), apart from the aggregate's
 * own CSV, whose columns stay.
 *
 * SPDX-License-Identifier: MIT
 */
#include "aggregate-attrib.h"
#include "catalogue-int.h"
#include "csv.h"
#include "errors-int.h"
#include "report-int.h"
#include "strbuf.h"

int big_aggregate_report_ranking_to_csv(char **out, size_t *len, const big_aggregate_report *ag,
					unsigned int flags)
{
	struct big_csv c;
	int rc = big__aggregate_csv_begin(&c, out, ag, flags);
	if (rc)
		return rc;
	big__strbuf_puts(&c.buf, "rank,member,requirements,rise_next,rise_full");
	big__csv_end_row(&c);
	for (size_t i = 0; i < big_aggregate_report_ranking_count(ag); i++) {
		const big_aggregate_rank *r = &ag->attrib->ranking[i];
		big__csv_integer(&c, true, (long long)(i + 1));
		big__csv_text(&c, r->member);
		big__csv_integer(&c, true, r->requirements);
		big__csv_number(&c, true, r->rise_next);
		big__csv_number(&c, true, r->rise_full);
		big__csv_end_row(&c);
	}
	return big__csv_finish(&c, out, len);
}

/* The ids responsible for @g, separated by a space, as one field. */
static void responsible(struct big_csv *c, const big_aggregate_gap *g)
{
	struct big_strbuf ids = {0};
	for (size_t i = 0; i < g->responsible_count; i++) {
		if (i)
			big__strbuf_putc(&ids, '|');
		big__strbuf_puts(&ids, g->responsible[i]);
	}
	big__csv_text(c, ids.failed ? NULL : ids.data);
	if (ids.failed)
		big__strbuf_fail(&c->buf);
	big__strbuf_free(&ids);
}

int big_aggregate_report_gaps_to_csv(char **out, size_t *len, const big_aggregate_report *ag,
				     unsigned int flags)
{
	struct big_csv c;
	int rc = big__aggregate_csv_begin(&c, out, ag, flags);
	if (rc)
		return rc;
	big__strbuf_puts(&c.buf, "rank,id,title,kinds,size,implementation,maturity,tag,delegated,"
				 "responsible");
	big__csv_end_row(&c);
	for (size_t i = 0; i < big_aggregate_report_gap_count(ag); i++) {
		const big_aggregate_gap *g = &ag->attrib->gaps[i];
		big__csv_integer(&c, true, (long long)(i + 1));
		big__csv_text(&c, g->node->id);
		big__csv_text(&c, big__node_title(g->node, big__lang_or_null(ag->lang)));
		big__csv_gap_kinds(&c, g->kinds);
		big__csv_number(&c, true, g->size);
		big__csv_number(&c, g->has_implementation, g->implementation);
		big__csv_number(&c, g->has_maturity, g->maturity);
		big__csv_text(&c, g->tag);
		big__csv_plain(&c, g->delegated ? "true" : "false");
		responsible(&c, g);
		big__csv_end_row(&c);
	}
	return big__csv_finish(&c, out, len);
}
