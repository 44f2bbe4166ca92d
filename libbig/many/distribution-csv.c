/*
 * libbig — distributions as CSV (RFC 4180; docs/formats.md, section CSV).
 *
 * SPDX-License-Identifier: MIT
 */
#include "aggregate-int.h"
#include "catalogue-int.h"
#include "csv.h"
#include "errors-int.h"
#include "strbuf.h"

int big_distribution_to_csv(char **out, size_t *len, const big_distribution *d, unsigned int flags)
{
	struct big_csv c;
	if (!out || !d)
		return big__error_set(BIG_EINVAL, "no output pointer or no distribution");
	*out = NULL;
	if (big__csv_init(&c, flags))
		return BIG_ENOMEM;
	const big_catalogue *cat = d->catalogue;
	big__strbuf_puts(&c.buf,
			 "id,kind,title,depth,score,n,suppressed,min,q1,median,q3,max,mean");
	big__csv_end_row(&c);
	for (size_t i = 0; i <= cat->node_count; i++) {
		const big_node *n = i ? &cat->nodes[i - 1] : NULL;
		if (n && d->applicable[i - 1] == 0)
			continue;
		const big_distribution_scores *ds = n ? &d->scores[i - 1] : &d->overall;
		for (int k = 0; k < BIG_DIST_SCORE_COUNT; k++) {
			const big_statistics *s = big__dist_statistics(ds, (enum big_dist_score)k);
			big__node_csv_columns(&c, cat, n, big__lang_or_null(d->lang));
			big__csv_plain(&c, big__dist_score_name((enum big_dist_score)k));
			big__csv_integer(&c, true, s->n);
			big__csv_plain(&c, s->suppressed ? "true" : "false");
			big__csv_number(&c, s->available, s->min);
			big__csv_number(&c, s->available, s->q1);
			big__csv_number(&c, s->available, s->median);
			big__csv_number(&c, s->available, s->q3);
			big__csv_number(&c, s->available, s->max);
			big__csv_number(&c, s->available, s->mean);
			big__csv_end_row(&c);
		}
	}
	return big__csv_finish(&c, out, len);
}
