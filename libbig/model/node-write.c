/*
 * libbig — how every writer shows a catalogue node: its id, kind and title
 * (in the language the output was asked in)
 * as the head of its JSON object, and the columns id, kind, title and depth
 * that begin each row of a CSV (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "csv.h"
#include "json-write.h"

void big__node_json_head(struct big_jw *w, const big_node *n, const char *lang)
{
	big__jw_member_string(w, "id", n->id);
	big__jw_member_string(w, "kind", n->kind);
	big__jw_member_string(w, "title", big__node_title(n, lang));
}

void big__node_csv_columns(struct big_csv *c, const big_catalogue *cat, const big_node *n,
			   const char *lang)
{
	big__node_csv_columns_titled(c, cat, n, n ? big__node_title(n, lang) : NULL);
}

void big__node_csv_columns_titled(struct big_csv *c, const big_catalogue *cat, const big_node *n,
				  const char *title)
{
	big__csv_text(c, n ? n->id : NULL);
	if (n)
		big__csv_text(c, n->kind);
	else
		big__csv_plain(c, "overall");
	big__csv_text(c, n ? title : cat->title);
	if (n)
		big__csv_integer(c, true, n->depth);
	else
		big__csv_text(c, NULL);
}
