/*
 * libbig — titles in other languages, of nodes and of profiles (`titles` of
 * docs/formats.md, "Titles in other languages"): loading them and choosing
 * the one for a reader's language.
 *
 * SPDX-License-Identifier: MIT
 */
#include "catalogue-int.h"
#include "json-read.h"
#include "text.h"

/* `titles`: a node's or a profile's title per language, an object from
 * language tags to titles. A tag that is not one, or that repeats another
 * regardless of case, is an error at its member. */
int big__load_titles(big_catalogue *cat, const struct big_json_doc *doc, const cJSON *obj,
		     const struct big_jpath *path, const struct big_node_title **titles,
		     size_t *count)
{
	int rc = big__json_object(doc, obj, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(obj), i = 0;
	struct big_node_title *t = big__arena_alloc(&cat->arena, n * sizeof(*t));
	if (n && !t)
		return BIG_ENOMEM;
	for (const cJSON *m = obj->child; m; m = m->next, i++) {
		struct big_jpath mp = {path, m->string, 0};
		if (!big__lang_valid(m->string))
			return big__json_fail(doc, BIG_ESCHEMA, &mp,
					      "not a language tag: two or three letters, then "
					      "subtags of 1 to 8 letters or digits after '-' "
					      "(\"nl\", \"en\", \"en-GB\")");
		for (size_t k = 0; k < i; k++)
			if (big__lang_match(t[k].lang, m->string) == 2)
				return big__json_fail(doc, BIG_EDUPLICATE, &mp,
						      "a title in \"%s\" is already given",
						      t[k].lang);
		if (!(t[i].lang = big__arena_strdup(&cat->arena, m->string)))
			return BIG_ENOMEM;
		if ((rc = big__json_copy_string(doc, &cat->arena, m, &mp, BIG_TEXT_LABEL,
						&t[i].title)))
			return rc;
	}
	*titles = t;
	*count = n;
	return 0;
}

const char *big__title_in(const char *title, const struct big_node_title *titles, size_t count,
			  const char *lang)
{
	const char *best = title;
	int quality = 0;
	if (!lang)
		return best;
	for (size_t i = 0; i < count && quality < 2; i++) {
		int q = big__lang_match(titles[i].lang, lang);
		if (q > quality) {
			quality = q;
			best = titles[i].title;
		}
	}
	return best;
}
