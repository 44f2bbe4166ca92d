/*
 * libbig — the tag lists of a catalogue's nodes and profiles: each tag
 * checked against the declared tags (a diagnostic when it is not declared)
 * and interned. Used by the catalogue loader and the profile loader.
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "diag.h"
#include "json-read.h"

int big__check_tag(big_catalogue *cat, const struct big_json_doc *doc, const char **tag,
		   const struct big_jpath *path)
{
	size_t i;
	if (cat->tags_declared && big__idmap_find(&cat->tag_ids, *tag, &i)) {
		*tag = cat->tags[i].id; /* interned: see big__node_has_tag() */
		return 0;
	}
	cat->tags_interned = false;
	if (!cat->tags_declared)
		return 0;
	char where[512];
	big__jpath_render(path, where, sizeof(where));
	return big__diag_add(doc->diags, BIG_SEVERITY_WARNING, "unknown-tag", where,
			     "tag \"%s\" is not declared in $.tags", *tag);
}

int big__load_tag_list(big_catalogue *cat, const struct big_json_doc *doc, const cJSON *array,
		       const struct big_jpath *path, const char ***out, size_t *count)
{
	int rc = big__json_string_list(doc, &cat->arena, array, path, out, count);
	for (size_t i = 0; !rc && i < *count; i++) {
		struct big_jpath ip = {path, NULL, i};
		rc = big__check_tag(cat, doc, &(*out)[i], &ip);
	}
	return rc;
}
