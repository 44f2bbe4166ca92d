/*
 * libbig — profiles: named selections of requirements (docs/formats.md,
 * "Profiles").
 *
 * `extends` is resolved in topological order (Kahn's algorithm), without
 * recursion, so that a long chain of profiles cannot exhaust the stack; what
 * is left over is a cycle, reported with its members.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "catalogue-int.h"
#include "errors-int.h"
#include "json-read.h"

enum { P_ID, P_TITLE, P_TITLES, P_TAGS, P_EXTENDS, P_ALL, P_PRIORITY, P_FIELDS };

struct pending {
	const cJSON *extends; /* to resolve once every profile is known */
	size_t waiting;       /* extended profiles not yet complete */
	size_t *users;        /* profiles that extend this one */
	size_t user_count;
};

static int load_one(big_catalogue *cat, const struct big_json_doc *doc, const cJSON *item,
		    const struct big_jpath *path, big_profile *p, struct pending *pend)
{
	struct big_json_field f[P_FIELDS] = {{"id", NULL},      {"title", NULL},   {"titles", NULL},
					     {"tags", NULL},    {"extends", NULL}, {"all", NULL},
					     {"priority", NULL}};
	struct big_jpath idp = {path, "id", 0}, tp = {path, "title", 0};
	struct big_jpath gp = {path, "tags", 0}, ap = {path, "all", 0};
	struct big_jpath pp = {path, "priority", 0}, tsp = {path, "titles", 0};
	const char *s;
	int rc;
	if ((rc = big__json_collect(doc, item, path, f, P_FIELDS)))
		return rc;
	if (!f[P_ID].item)
		return big__json_missing(doc, path, "id");
	if ((rc = big__json_text(doc, f[P_ID].item, &idp, BIG_TEXT_ID, &s)))
		return rc;
	p->catalogue = cat;
	p->title = "";
	if (!(p->id = big__arena_strdup(&cat->arena, s)))
		return BIG_ENOMEM;
	size_t first;
	if (big__idmap_insert(&cat->profile_ids, p->id, (size_t)(p - cat->profiles), &first))
		return big__json_fail(doc, BIG_EDUPLICATE, &idp,
				      "profile \"%s\" is already defined (profiles[%zu])", s,
				      first);
	if (f[P_TITLE].item) {
		if ((rc = big__json_text(doc, f[P_TITLE].item, &tp, BIG_TEXT_LABEL, &s)))
			return rc;
		if (!(p->title = big__arena_strdup(&cat->arena, s)))
			return BIG_ENOMEM;
	}
	if ((f[P_TITLES].item && (rc = big__load_titles(cat, doc, f[P_TITLES].item, &tsp,
							&p->titles, &p->title_count))) ||
	    (f[P_TAGS].item &&
	     (rc = big__load_tag_list(cat, doc, f[P_TAGS].item, &gp, &p->tags, &p->tag_count))) ||
	    (f[P_PRIORITY].item && (rc = big__load_tag_list(cat, doc, f[P_PRIORITY].item, &pp,
							    &p->priority, &p->priority_count))) ||
	    (f[P_ALL].item && (rc = big__json_bool(doc, f[P_ALL].item, &ap, &p->all))))
		return rc;
	if (f[P_EXTENDS].item) {
		struct big_jpath ep = {path, "extends", 0};
		if ((rc = big__json_array(doc, f[P_EXTENDS].item, &ep)))
			return rc;
		pend->extends = f[P_EXTENDS].item;
	}
	if (!f[P_TAGS].item && !f[P_EXTENDS].item && !p->all)
		return big__json_fail(doc, BIG_ESCHEMA, path,
				      "profile \"%s\" selects nothing: give tags, extends or "
				      "\"all\": true",
				      p->id);
	return 0;
}

/* Resolves the ids of `extends` and counts, per profile, who extends it. */
static int resolve(big_catalogue *cat, const struct big_json_doc *doc, const struct big_jpath *path,
		   struct pending *pend)
{
	for (size_t i = 0; i < cat->profile_count; i++) {
		big_profile *p = &cat->profiles[i];
		struct big_jpath ip = {path, NULL, i}, ep = {&ip, "extends", 0};
		size_t n = (size_t)cJSON_GetArraySize(pend[i].extends), j = 0;
		if (!pend[i].extends)
			continue;
		p->extends = big__arena_alloc(&cat->arena, n * sizeof(*p->extends));
		if (!p->extends)
			return BIG_ENOMEM;
		for (const cJSON *it = pend[i].extends->child; it; it = it->next, j++) {
			struct big_jpath jp = {&ep, NULL, j};
			const char *id;
			size_t k;
			int rc = big__json_nonempty_string(doc, it, &jp, &id);
			if (rc)
				return rc;
			if (!big__idmap_find(&cat->profile_ids, id, &k))
				return big__json_fail(doc, BIG_ENOTFOUND, &jp, "no profile \"%s\"",
						      id);
			for (size_t m = 0; m < j; m++)
				if (p->extends[m] == &cat->profiles[k])
					return big__json_fail(doc, BIG_EDUPLICATE, &jp,
							      "profile \"%s\" is named twice", id);
			p->extends[j] = &cat->profiles[k];
			pend[k].user_count++;
		}
		p->extends_count = n;
		pend[i].waiting = n;
	}
	for (size_t k = 0; k < cat->profile_count; k++) {
		pend[k].users = big__arena_alloc(&cat->arena, pend[k].user_count * sizeof(size_t));
		if (!pend[k].users)
			return BIG_ENOMEM;
		pend[k].user_count = 0;
	}
	for (size_t i = 0; i < cat->profile_count; i++)
		for (size_t j = 0; j < cat->profiles[i].extends_count; j++) {
			size_t k = (size_t)(cat->profiles[i].extends[j] - cat->profiles);
			pend[k].users[pend[k].user_count++] = i;
		}
	return 0;
}

static bool has(const char *const *tags, size_t n, const char *tag)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(tags[i], tag) == 0)
			return true;
	return false;
}

/* Tags, `all` and priority of @p and of everything it extends (complete). */
static int close_over(big_catalogue *cat, big_profile *p)
{
	size_t cap = p->tag_count;
	for (size_t j = 0; j < p->extends_count; j++)
		cap += p->extends[j]->closure_count;
	p->closure = big__arena_alloc(&cat->arena, cap * sizeof(*p->closure));
	if (!p->closure)
		return BIG_ENOMEM;
	for (size_t i = 0; i < p->tag_count; i++)
		if (!has(p->closure, p->closure_count, p->tags[i]))
			p->closure[p->closure_count++] = p->tags[i];
	for (size_t j = 0; j < p->extends_count; j++) {
		const big_profile *e = p->extends[j];
		p->all = p->all || e->all;
		for (size_t i = 0; i < e->closure_count; i++)
			if (!has(p->closure, p->closure_count, e->closure[i]))
				p->closure[p->closure_count++] = e->closure[i];
	}
	if (!p->priority && p->extends_count) {
		p->priority = p->extends[0]->priority;
		p->priority_count = p->extends[0]->priority_count;
	}
	return 0;
}

static int select_requirements(big_catalogue *cat, big_profile *p)
{
	size_t n = cat->requirement_count;
	p->selected = big__arena_alloc(&cat->arena, n * sizeof(*p->selected));
	if (!p->selected)
		return BIG_ENOMEM;
	for (size_t r = 0; r < n; r++) {
		for (size_t t = 0; !p->selected[r] && t < p->closure_count; t++)
			p->selected[r] = big__node_has_tag(cat->requirements[r], p->closure[t]);
		p->selected[r] = p->selected[r] || p->all;
		p->requirement_count += p->selected[r];
	}
	/* The rank of each requirement in the gap order (gaps.c). */
	if (p->priority_count) {
		if (!(p->rank = big__arena_alloc(&cat->arena, n * sizeof(*p->rank))))
			return BIG_ENOMEM;
		for (size_t r = 0; r < n; r++) {
			size_t i = 0;
			while (i < p->priority_count &&
			       !big__node_has_tag(cat->requirements[r], p->priority[i]))
				i++;
			p->rank[r] = i;
		}
	}
	p->requirements = big__arena_alloc(&cat->arena, p->requirement_count * sizeof(big_node *));
	if (!p->requirements)
		return BIG_ENOMEM;
	for (size_t r = 0, k = 0; r < n; r++)
		if (p->selected[r])
			p->requirements[k++] = cat->requirements[r];
	return 0;
}

/* The next unfinished profile that @at extends (one always exists). */
static size_t next_unfinished(const big_catalogue *cat, size_t at, const bool *done)
{
	for (size_t j = 0; j < cat->profiles[at].extends_count; j++) {
		size_t k = (size_t)(cat->profiles[at].extends[j] - cat->profiles);
		if (!done[k])
			return k;
	}
	return at;
}

/* Names the members of a cycle among the profiles not completed, starting
 * from the member that comes first in the document. */
static int cycle_error(big_catalogue *cat, const struct big_json_doc *doc,
		       const struct big_jpath *path, const bool *done)
{
	size_t at = 0;
	while (done[at])
		at++;
	/* Every unfinished profile extends an unfinished one, so walking them
	 * enters a cycle within profile_count steps. */
	for (size_t steps = 0; steps < cat->profile_count; steps++)
		at = next_unfinished(cat, at, done);
	size_t first = at;
	for (size_t k = next_unfinished(cat, at, done); k != at; k = next_unfinished(cat, k, done))
		if (k < first)
			first = k;
	char names[384] = "";
	size_t len = 0;
	at = first;
	do {
		len += (size_t)snprintf(names + len, len < sizeof(names) ? sizeof(names) - len : 0,
					"%s -> ", cat->profiles[at].id);
		at = next_unfinished(cat, at, done);
	} while (at != first && len < sizeof(names));
	struct big_jpath ip = {path, NULL, first}, ep = {&ip, "extends", 0};
	return big__json_fail(doc, BIG_ESCHEMA, &ep, "profiles extend each other in a cycle: %s%s",
			      names, cat->profiles[first].id);
}

static int complete(big_catalogue *cat, const struct big_json_doc *doc,
		    const struct big_jpath *path, struct pending *pend)
{
	size_t n = cat->profile_count, head = 0, tail = 0;
	size_t *queue = big__arena_alloc(&cat->arena, n * sizeof(*queue));
	bool *done = big__arena_alloc(&cat->arena, n * sizeof(*done));
	int rc;
	if (!queue || !done)
		return BIG_ENOMEM;
	for (size_t i = 0; i < n; i++)
		if (pend[i].waiting == 0)
			queue[tail++] = i;
	while (head < tail) {
		size_t i = queue[head++];
		if ((rc = close_over(cat, &cat->profiles[i])) ||
		    (rc = select_requirements(cat, &cat->profiles[i])))
			return rc;
		done[i] = true;
		for (size_t u = 0; u < pend[i].user_count; u++)
			if (--pend[pend[i].users[u]].waiting == 0)
				queue[tail++] = pend[i].users[u];
	}
	return tail == n ? 0 : cycle_error(cat, doc, path, done);
}

int big__load_profiles(big_catalogue *cat, const struct big_json_doc *doc, const cJSON *item,
		       const struct big_jpath *path)
{
	int rc = big__json_array(doc, item, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(item), i = 0;
	struct pending *pend = big__arena_alloc(&cat->arena, n * sizeof(*pend));
	cat->profiles = big__arena_alloc(&cat->arena, n * sizeof(*cat->profiles));
	if (!pend || !cat->profiles || big__idmap_init(&cat->profile_ids, n))
		return BIG_ENOMEM;
	for (const cJSON *it = item->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		if ((rc = load_one(cat, doc, it, &ip, &cat->profiles[i], &pend[i])))
			return rc;
		cat->profile_count++;
	}
	if ((rc = resolve(cat, doc, path, pend)))
		return rc;
	return complete(cat, doc, path, pend);
}

size_t big_catalogue_profile_count(const big_catalogue *cat)
{
	return cat->profile_count;
}

const big_profile *big_catalogue_profile(const big_catalogue *cat, size_t i)
{
	return i < cat->profile_count ? &cat->profiles[i] : NULL;
}

const big_profile *big_catalogue_find_profile(const big_catalogue *cat, const char *id)
{
	size_t i;
	if (!id || !big__idmap_find(&cat->profile_ids, id, &i))
		return NULL;
	return &cat->profiles[i];
}

const big_catalogue *big_profile_catalogue(const big_profile *p)
{
	return p->catalogue;
}

const char *big_profile_id(const big_profile *p)
{
	return p->id;
}

const char *big_profile_title(const big_profile *p)
{
	return p->title;
}

const char *big_profile_title_lang(const big_profile *p, const char *lang)
{
	return big__title_in(p->title, p->titles, p->title_count, lang && *lang ? lang : NULL);
}

bool big_profile_selects_all(const big_profile *p)
{
	return p->all;
}

size_t big_profile_tag_count(const big_profile *p)
{
	return p->tag_count;
}

const char *big_profile_tag(const big_profile *p, size_t i)
{
	return i < p->tag_count ? p->tags[i] : NULL;
}

size_t big_profile_extends_count(const big_profile *p)
{
	return p->extends_count;
}

const big_profile *big_profile_extends(const big_profile *p, size_t i)
{
	return i < p->extends_count ? p->extends[i] : NULL;
}

size_t big_profile_priority_count(const big_profile *p)
{
	return p->priority_count;
}

const char *big_profile_priority(const big_profile *p, size_t i)
{
	return i < p->priority_count ? p->priority[i] : NULL;
}

bool big_profile_selects(const big_profile *p, const big_node *node)
{
	return node && node->catalogue == p->catalogue && node->assessable &&
	       p->selected[node->requirement];
}

size_t big_profile_requirement_count(const big_profile *p)
{
	return p->requirement_count;
}

const big_node *big_profile_requirement(const big_profile *p, size_t i)
{
	return i < p->requirement_count ? p->requirements[i] : NULL;
}
