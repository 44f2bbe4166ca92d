/*
 * libbig — the provenance report of a migration as CSV (docs/formats.md,
 * section libbig.migration).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "catalogue-int.h"
#include "csv.h"
#include "errors-int.h"
#include "migrate-int.h"
#include "strbuf.h"

/* The sources of a requirement, '|'-joined "source:relationship[:via]"
 * (via only when the entry's target is not the requirement itself). */
static void sources(struct big_csv *c, const struct big_migrated *r, const char *id)
{
	struct big_strbuf b = {0};
	char *s = NULL;

	for (size_t i = 0; i < r->source_count; i++) {
		const big_migration_origin *p = &r->sources[i];
		if (i)
			big__strbuf_putc(&b, '|');
		big__strbuf_puts(&b, p->source);
		big__strbuf_putc(&b, ':');
		big__strbuf_puts(&b, big_relationship_name(p->relationship));
		if (p->via && strcmp(p->via, id) != 0) {
			big__strbuf_putc(&b, ':');
			big__strbuf_puts(&b, p->via);
		}
	}
	if (big__strbuf_finish(&b, &s, NULL)) {
		c->buf.failed = true;
		big__csv_separator(c);
		return;
	}
	big__csv_text(c, s);
	big_free(s);
}

static void boolean(struct big_csv *c, bool has, bool value)
{
	if (has)
		big__csv_plain(c, value ? "true" : "false");
	else
		big__csv_separator(c);
}

int big_migration_to_csv(char **out, size_t *len, const big_migration *m, unsigned int flags)
{
	struct big_csv c;

	if (!out || !m)
		return big__error_set(BIG_EINVAL, "no output pointer or no migration");
	*out = NULL;
	if (big__csv_init(&c, flags))
		return BIG_ENOMEM;
	big__strbuf_puts(&c.buf, "kind,id,title,status,maturity,needs_review,capped,sources,"
				 "listed_in_mapping");
	big__csv_end_row(&c);
	for (size_t i = 0; i < m->target->requirement_count; i++) {
		const struct big_migrated *r = &m->reqs[i];
		const big_node *n = m->target->requirements[i];
		bool mapped = r->source_count > 0;
		big__csv_plain(&c, mapped ? "migrated" : "unmapped_target");
		big__csv_text(&c, n->id);
		big__csv_text(&c, big__node_title(n, big__lang_or_null(m->lang)));
		if (mapped && r->has_result)
			big__csv_plain(&c, big_status_name(r->status));
		else
			big__csv_separator(&c);
		big__csv_integer(&c, mapped && r->maturity >= 0, r->maturity);
		boolean(&c, mapped, r->needs_review);
		boolean(&c, mapped, r->capped);
		if (mapped)
			sources(&c, r, n->id);
		else
			big__csv_separator(&c);
		big__csv_separator(&c); /* listed_in_mapping */
		big__csv_end_row(&c);
	}
	for (size_t i = 0; i < m->unmapped_source_count; i++) {
		big__csv_plain(&c, "unmapped_source");
		big__csv_text(&c, m->unmapped_sources[i]);
		for (int k = 0; k < 6; k++) /* title … sources */
			big__csv_separator(&c);
		boolean(&c, true, m->unmapped_listed[i]);
		big__csv_end_row(&c);
	}
	return big__csv_finish(&c, out, len);
}
