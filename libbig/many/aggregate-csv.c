/*
 * libbig — aggregates as CSV (RFC 4180; docs/formats.md, section CSV).
 *
 * SPDX-License-Identifier: MIT
 */
#include "aggregate-int.h"
#include "catalogue-int.h"
#include "csv.h"
#include "errors-int.h"
#include "strbuf.h"

int big__aggregate_csv_begin(struct big_csv *c, char **out, const big_aggregate_report *ag,
			     unsigned int flags)
{
	if (!out || !ag)
		return big__error_set(BIG_EINVAL, "no output pointer or no aggregate");
	*out = NULL;
	return big__csv_init(c, flags) ? BIG_ENOMEM : 0;
}

int big_aggregate_report_to_csv(char **out, size_t *len, const big_aggregate_report *ag,
				unsigned int flags)
{
	struct big_csv c;
	int rc = big__aggregate_csv_begin(&c, out, ag, flags);
	if (rc)
		return rc;
	const big_catalogue *cat = ag->catalogue;
	big__strbuf_puts(&c.buf, "id,kind,title,depth,implementation,maturity_mean,attained_level,"
				 "coverage,comply_or_explain,n,applicable,opzet,bestaan,werking");
	if (ag->k) /* the publication guard's column, only where one was asked for */
		big__strbuf_puts(&c.buf, ",suppressed");
	big__csv_end_row(&c);
	for (size_t i = 0; i <= cat->node_count; i++) {
		const big_node *n = i ? &cat->nodes[i - 1] : NULL;
		const big_aggregate_scores *s = n ? &ag->scores[i - 1] : &ag->overall;
		if (n && s->applicable == 0)
			continue;
		big__node_csv_columns(&c, cat, n, big__lang_or_null(ag->lang));
		big__csv_number(&c, s->has_implementation, s->implementation);
		big__csv_number(&c, s->has_maturity, s->maturity_mean);
		big__csv_integer(&c, s->has_maturity, s->attained_level);
		big__csv_number(&c, s->has_coverage, s->coverage);
		big__csv_number(&c, s->has_coverage, s->comply_or_explain);
		big__csv_integer(&c, true, s->n);
		big__csv_integer(&c, true, s->applicable);
		big__csv_number(&c, s->has_demonstration, s->opzet);
		big__csv_number(&c, s->has_demonstration, s->bestaan);
		big__csv_number(&c, s->has_demonstration, s->werking);
		if (ag->k)
			big__csv_plain(&c, s->suppressed ? "true" : "false");
		big__csv_end_row(&c);
	}
	return big__csv_finish(&c, out, len);
}
