/*
 * libbig — the requirements of a trend as CSV (RFC 4180; docs/formats.md,
 * section CSV): one row per requirement and member whose own value changed.
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "csv.h"
#include "errors-int.h"
#include "strbuf.h"
#include "trend-int.h"

/* One row: the requirement's columns, then member change @m (NULL: none). */
static void put_row(struct big_csv *c, const big_trend *t, const big_requirement_trend *x,
		    const big_member_change *m)
{
	big__node_csv_columns(c, t->after->catalogue, x->node, big__lang_or_null(t->after->lang));
	big__csv_number(c, x->scorable_before, x->before);
	big__csv_number(c, x->scorable_after, x->after);
	big__csv_number(c, true, x->contribution);
	big__csv_number(c, x->has_effects, x->stayers);
	big__csv_number(c, x->has_effects, x->joiners);
	big__csv_number(c, x->has_effects, x->leavers);
	big__csv_text(c, m ? m->member : NULL);
	big__csv_number(c, m && m->scorable_before, m ? m->before : 0);
	big__csv_number(c, m && m->scorable_after, m ? m->after : 0);
	big__csv_number(c, m && m->scorable_before && m->scorable_after, m ? m->change : 0);
	big__csv_end_row(c);
}

int big_trend_to_csv(char **out, size_t *len, const big_trend *t, unsigned int flags)
{
	struct big_csv c;

	if (!out || !t)
		return big__error_set(BIG_EINVAL, "no output pointer or no trend");
	*out = NULL;
	if (big__csv_init(&c, flags))
		return BIG_ENOMEM;
	big__strbuf_puts(&c.buf, "id,kind,title,depth,before,after,contribution,stayers,joiners,"
				 "leavers,member,member_before,member_after,member_change");
	big__csv_end_row(&c);
	for (size_t i = 0; i < t->contribution_count; i++) {
		const big_requirement_trend *x = &t->contributions[i];
		if (!x->change_count)
			put_row(&c, t, x, NULL);
		for (size_t j = 0; j < x->change_count; j++)
			put_row(&c, t, x, &x->changes[j]);
	}
	return big__csv_finish(&c, out, len);
}
