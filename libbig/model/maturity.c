/*
 * libbig — the maturity model of a catalogue: levels, labels and criteria
 * (docs/formats.md, "Maturity model").
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "catalogue-int.h"
#include "errors-int.h"
#include "json-read.h"

/* The default: levels 0-5, one criterion per level from 1 on, following
 * plan-do-check-act from level 2. */
static const char *const default_labels[] = {
    "niet aanwezig",        "initieel",        "herhaalbaar", "gedefinieerd",
    "beheerst en meetbaar", "geoptimaliseerd",
};

static const big_criterion default_criteria[] = {
    {"performed", "Wordt uitgevoerd, zij het ad hoc", 1},
    {"documented", "Vastgelegd en gepland (plan)", 2},
    {"implemented", "Ingevoerd volgens plan (do)", 3},
    {"monitored", "Gemeten en bewaakt (check)", 4},
    {"improved", "Verbeterd op grond van de metingen (act)", 5},
};

int big__maturity_set_default(big_catalogue *cat)
{
	size_t n = sizeof(default_criteria) / sizeof(default_criteria[0]);
	cat->max_level = BIG_DEFAULT_MAX_LEVEL;
	for (int l = 0; l <= BIG_DEFAULT_MAX_LEVEL; l++)
		cat->levels[l] =
		    (struct big_level){default_labels[l], l > 0 ? (size_t)l - 1 : 0, l > 0 ? 1 : 0};
	cat->criteria = big__arena_alloc(&cat->arena, sizeof(default_criteria));
	if (!cat->criteria || big__idmap_init(&cat->criterion_ids, n))
		return BIG_ENOMEM;
	memcpy(cat->criteria, default_criteria, sizeof(default_criteria));
	cat->criterion_count = n;
	for (size_t i = 0; i < n; i++) {
		size_t dup;
		big__idmap_insert(&cat->criterion_ids, default_criteria[i].id, i, &dup);
	}
	return 0;
}

static int load_criteria(big_catalogue *cat, const struct big_json_doc *doc, const cJSON *array,
			 const struct big_jpath *path, int level)
{
	int rc = big__json_array(doc, array, path);
	size_t i = 0;
	for (const cJSON *it = rc ? NULL : array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		struct big_jpath idp = {&ip, "id", 0}, lp = {&ip, "label", 0};
		struct big_json_field f[] = {{"id", NULL}, {"label", NULL}};
		const char *id, *label = "";
		if ((rc = big__json_collect(doc, it, &ip, f, 2)))
			return rc;
		if (!f[0].item)
			return big__json_missing(doc, &ip, "id");
		if ((rc = big__json_text(doc, f[0].item, &idp, BIG_TEXT_ID, &id)) ||
		    (f[1].item &&
		     (rc = big__json_text(doc, f[1].item, &lp, BIG_TEXT_LABEL, &label))))
			return rc;
		big_criterion *c = &cat->criteria[cat->criterion_count];
		c->id = big__arena_strdup(&cat->arena, id);
		c->label = big__arena_strdup(&cat->arena, label);
		c->level = level;
		if (!c->id || !c->label)
			return BIG_ENOMEM;
		size_t first;
		if (big__idmap_insert(&cat->criterion_ids, c->id, cat->criterion_count, &first))
			return big__json_fail(doc, BIG_EDUPLICATE, &idp,
					      "criterion \"%s\" is already defined at level %d", id,
					      cat->criteria[first].level);
		cat->criterion_count++;
	}
	return rc;
}

static int load_level(big_catalogue *cat, const struct big_json_doc *doc, const cJSON *item,
		      const struct big_jpath *path, int expected)
{
	struct big_json_field f[] = {{"level", NULL}, {"label", NULL}, {"criteria", NULL}};
	struct big_jpath lp = {path, "level", 0}, tp = {path, "label", 0};
	struct big_jpath cp = {path, "criteria", 0};
	const char *label;
	int level, rc;
	if ((rc = big__json_collect(doc, item, path, f, 3)))
		return rc;
	for (int i = 0; i < 2; i++)
		if (!f[i].item)
			return big__json_missing(doc, path, f[i].name);
	if ((rc = big__json_int(doc, f[0].item, &lp, 0, BIG_MAX_LEVELS - 1, &level)))
		return rc;
	if (level != expected)
		return big__json_fail(doc, BIG_ERANGE, &lp,
				      "maturity levels out of order: expected level %d, found %d",
				      expected, level);
	if ((rc = big__json_text(doc, f[1].item, &tp, BIG_TEXT_ID, &label)))
		return rc;
	struct big_level *l = &cat->levels[level];
	if (!(l->label = big__arena_strdup(&cat->arena, label)))
		return BIG_ENOMEM;
	l->first_criterion = cat->criterion_count;
	if (f[2].item && level == 0)
		return big__json_fail(
		    doc, BIG_ESCHEMA, &cp,
		    "level 0 has no criteria: it is what remains when none is met");
	if (f[2].item && (rc = load_criteria(cat, doc, f[2].item, &cp, level)))
		return rc;
	l->criterion_count = cat->criterion_count - l->first_criterion;
	return 0;
}

/* Criteria over all levels, to size the array before reading. */
static size_t count_criteria(const cJSON *levels)
{
	size_t n = 0;
	for (const cJSON *it = levels->child; it; it = it->next)
		n += (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(it, "criteria"));
	return n;
}

int big__load_maturity(big_catalogue *cat, const struct big_json_doc *doc, const cJSON *item,
		       const struct big_jpath *path)
{
	struct big_json_field f[] = {{"levels", NULL}};
	struct big_jpath lp = {path, "levels", 0};
	int rc;
	if ((rc = big__json_collect(doc, item, path, f, 1)))
		return rc;
	if (!f[0].item)
		return big__json_missing(doc, path, "levels");
	if ((rc = big__json_array(doc, f[0].item, &lp)))
		return rc;
	int n = cJSON_GetArraySize(f[0].item);
	if (n < 2 || n > BIG_MAX_LEVELS)
		return big__json_fail(doc, BIG_ERANGE, &lp,
				      "a maturity model has 2 to %d levels (0..N), found %d",
				      BIG_MAX_LEVELS, n);
	size_t nc = count_criteria(f[0].item);
	memset(cat->levels, 0, sizeof(cat->levels));
	cat->criterion_count = 0;
	cat->criteria = big__arena_alloc(&cat->arena, nc * sizeof(*cat->criteria));
	big__idmap_free(&cat->criterion_ids);
	if (!cat->criteria || big__idmap_init(&cat->criterion_ids, nc))
		return BIG_ENOMEM;
	int level = 0;
	for (const cJSON *it = f[0].item->child; it; it = it->next, level++) {
		struct big_jpath ip = {&lp, NULL, (size_t)level};
		if ((rc = load_level(cat, doc, it, &ip, level)))
			return rc;
	}
	cat->max_level = n - 1;
	return 0;
}

const char *big_catalogue_level_label(const big_catalogue *cat, int level)
{
	return level >= 0 && level <= cat->max_level ? cat->levels[level].label : NULL;
}

size_t big_catalogue_criterion_count(const big_catalogue *cat)
{
	return cat->criterion_count;
}

const big_criterion *big_catalogue_criterion(const big_catalogue *cat, size_t i)
{
	return i < cat->criterion_count ? &cat->criteria[i] : NULL;
}

const big_criterion *big_catalogue_find_criterion(const big_catalogue *cat, const char *id)
{
	size_t i;
	if (!id || !big__idmap_find(&cat->criterion_ids, id, &i))
		return NULL;
	return &cat->criteria[i];
}
