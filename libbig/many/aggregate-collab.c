/*
 * libbig — aggregating a collaboration over its members, nested
 * collaborations included (docs/scoring.md, "Aggregating a collaboration").
 *
 * A first walk over the nesting (depth first, each collaboration once) finds
 * cycles and the member assessments used, whose profile and period must
 * agree; a second builds the aggregates bottom-up, each nested aggregate
 * entering its parents as one member. A collaboration reached along several
 * paths is aggregated once and shared, so the work is linear in the
 * collaborations and their members. With the option flatten the second walk
 * is build_flat(): the organisations beneath enter as members themselves.
 *
 * Every aggregate is made on the catalogue object of the collaboration
 * aggregated, which the profile belongs to: nested collaborations and
 * assessments may have been loaded with another copy of the catalogue.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "aggregate-int.h"
#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "collaboration-int.h"
#include "errors-int.h"
#include "strbuf.h"

/* Deeper nesting than this is refused (BIG_ELIMIT); it bounds the recursion. */
#define NESTING_LIMIT 32

/* The first walk's marks per collaboration; FLATTENED: walked by flat_collect(). */
enum { UNSEEN, ON_PATH, DONE, FLATTENED };

struct walk {
	const big_collaboration *root;
	const big_collaboration *const *collabs;
	struct big_idmap collab_ids;
	unsigned char *mark;          /* per pooled collaboration */
	big_aggregate_report **built; /* per pooled collaboration, borrowed */
	const big_assessment *const *as;
	struct big_idmap org_ids; /* the assessments of the period */
	const big_aggregate_options *o;
	const big_profile *profile;
	const big_collaboration *path[NESTING_LIMIT + 1]; /* the nesting being walked */
	size_t depth;
	const big_assessment **used; /* the member assessments, for profile and period */
	size_t used_count, used_cap;
};

static bool pooled(const struct walk *wk, const char *id, size_t *at)
{
	return big__idmap_find(&wk->collab_ids, id, at);
}

static const big_assessment *assessment_of(const struct walk *wk, const char *id)
{
	size_t i;
	return big__idmap_find(&wk->org_ids, id, &i) ? wk->as[i] : NULL;
}

/* BIG_ESCHEMA naming the cycle that member @id closes: "A -> B -> A". */
static int cycle_error(const struct walk *wk, size_t from, const char *id)
{
	struct big_strbuf b = {0};
	for (size_t i = from; i < wk->depth; i++) {
		big__strbuf_puts(&b, wk->path[i]->id);
		big__strbuf_puts(&b, " -> ");
	}
	big__strbuf_puts(&b, id);
	int rc = b.failed
		     ? big__error_nomem()
		     : big__error_set(BIG_ESCHEMA, "collaboration %s is a member of itself: %s", id,
				      b.data);
	big__strbuf_free(&b);
	return rc;
}

static int use(struct walk *wk, const big_assessment *a)
{
	int rc =
	    big__grow((void **)&wk->used, &wk->used_cap, wk->used_count + 1, sizeof(*wk->used));
	if (!rc)
		wk->used[wk->used_count++] = a;
	return rc;
}

/* The first walk: cycles, depth, catalogues, and the assessments used. */
static int plan(struct walk *wk, const big_collaboration *c)
{
	int rc;
	if (wk->depth == NESTING_LIMIT)
		return big__error_set(BIG_ELIMIT,
				      "collaborations are nested more than %d deep (%s)",
				      NESTING_LIMIT, c->id);
	if ((rc = big__same_catalogue(wk->root->catalogue, c->catalogue)))
		return rc;
	wk->path[wk->depth++] = c;
	for (size_t i = 0; i < c->member_count; i++) {
		const char *id = c->members[i].id;
		size_t at;
		for (size_t d = 0; d < wk->depth; d++)
			if (strcmp(wk->path[d]->id, id) == 0)
				return cycle_error(wk, d, id);
		if (pooled(wk, id, &at)) {
			if (wk->mark[at] == UNSEEN) {
				wk->mark[at] = ON_PATH;
				if ((rc = plan(wk, wk->collabs[at])))
					return rc;
				wk->mark[at] = DONE;
			}
		} else if (assessment_of(wk, id) && (rc = use(wk, assessment_of(wk, id)))) {
			return rc;
		}
	}
	wk->depth--;
	return 0;
}

static int build(struct walk *wk, const big_collaboration *c, big_aggregate_report **out);

/* The nested aggregate of pooled collaboration @at, built once and shared. */
static int nested_of(struct walk *wk, size_t at, big_aggregate_report **out)
{
	if (wk->built[at]) {
		wk->built[at]->refs++;
		*out = wk->built[at];
		return 0;
	}
	int rc = build(wk, wk->collabs[at], out);
	if (!rc)
		wk->built[at] = *out;
	return rc;
}

/* Member @m of @c into @slot: its nested aggregate or its effective
 * assessment (kept in @effective until the build is done), and its weight. */
static int add_member(struct walk *wk, const big_collaboration *c, const struct big_member *m,
		      struct big_agg_member *slot, big_assessment **effective)
{
	const big_aggregate_options *o = wk->o;
	bool weighted = o->method == BIG_AGGREGATE_WEIGHTED_MEAN;
	bool by_attribute = weighted && o->weight_attribute;
	const big_assessment *a = assessment_of(wk, m->id);
	size_t at;
	int rc = 0;

	slot->id = m->id;
	slot->weight = weighted ? m->weight : 1;
	if (pooled(wk, m->id, &at)) {
		if ((rc = nested_of(wk, at, &slot->nested)))
			return rc;
		if (by_attribute)
			slot->weight = slot->nested->total_weight;
	} else if (a) {
		slot->assessment = a;
		/* Nothing delegated: the member's own assessment is its effective one. */
		if (c->delegated_count) {
			rc = big_effective_assessment(effective, c, a, assessment_of(wk, c->id));
			if (rc)
				return rc;
			slot->assessment = *effective;
		}
		if (by_attribute && big_assessment_attribute(&slot->weight, a, o->weight_attribute))
			return big__error_set(BIG_ENOTFOUND,
					      "organisation %s has no attribute \"%s\" to weigh by",
					      m->id, o->weight_attribute);
	} else if (by_attribute) {
		return big__error_set(BIG_ENOTFOUND,
				      "member %s of collaboration %s has no assessment, so no "
				      "attribute \"%s\" to weigh by",
				      m->id, c->id, o->weight_attribute);
	}
	return weighted ? big__aggregate_check_weight(slot->weight, m->id) : 0;
}

static bool present(const struct walk *wk, const char *id)
{
	size_t at;
	return pooled(wk, id, &at) || assessment_of(wk, id);
}

/* What the aggregate records of the collaboration itself. */
static int describe(big_aggregate_report *ag, const struct walk *wk, const big_collaboration *c)
{
	ag->policy = c->policy;
	ag->own_assessment = assessment_of(wk, c->id) != NULL;
	ag->delegated_count = c->delegated_count;
	if (!(ag->id = big__strdup(c->id)) || big__set_string(&ag->name, c->name) ||
	    big__set_string(&ag->kind, c->kind) ||
	    !(ag->delegated =
		  big__calloc(c->delegated_count ? c->delegated_count : 1, sizeof(*ag->delegated))))
		return BIG_ENOMEM;
	for (size_t i = 0; i < c->delegated_count; i++)
		ag->delegated[i] = c->delegated[i]->index;
	return 0;
}

/* The second walk: the aggregate of @c, its nested members built first. */
static int build(struct walk *wk, const big_collaboration *c, big_aggregate_report **out)
{
	size_t m = c->member_count, n = 0;
	struct big_agg_member *members = big__calloc(m ? m : 1, sizeof(*members));
	big_assessment **effective = big__calloc(m ? m : 1, sizeof(*effective));
	big_aggregate_report *ag = big__aggregate_alloc(wk->root->catalogue, wk->profile, wk->o);
	int rc = members && effective && ag ? describe(ag, wk, c) : BIG_ENOMEM;

	/* The members present in document order, then the missing ones. */
	for (size_t i = 0; !rc && i < m; i++)
		if (present(wk, c->members[i].id))
			rc = add_member(wk, c, &c->members[i], &members[n++], &effective[i]);
	for (size_t i = 0; !rc && i < m; i++)
		if (!present(wk, c->members[i].id))
			rc = add_member(wk, c, &c->members[i], &members[n++], &effective[i]);
	if (!rc)
		rc = big__aggregate_build(ag, members, n);
	if (!rc && ag->k <= 1) /* under the publication guard it is withheld */
		rc = big__aggregate_attribute(ag);
	for (size_t i = 0; i < m; i++) {
		if (members)
			big_aggregate_report_free(members[i].nested);
		if (effective)
			big_assessment_free(effective[i]);
	}
	big_free(members);
	big_free(effective);
	if (rc) {
		big_aggregate_report_free(ag);
		return rc == BIG_ENOMEM ? big__error_nomem() : rc;
	}
	*out = ag;
	return 0;
}

/* Flattened nesting (docs/scoring.md, "Flattened nesting"): an organisation
 * beneath the collaboration with the collaboration that directly contains it. */
struct flat_entry {
	const big_collaboration *c;
	const struct big_member *m;
};

struct flat {
	struct flat_entry *e;
	size_t count, cap;
};

/* The organisation members beneath @c, depth first in document order, each
 * pooled collaboration walked once (a second path adds no one new). */
static int flat_collect(struct walk *wk, const big_collaboration *c, struct flat *f)
{
	for (size_t i = 0; i < c->member_count; i++) {
		const struct big_member *m = &c->members[i];
		size_t at;
		int rc;
		if (pooled(wk, m->id, &at)) {
			if (wk->mark[at] == FLATTENED)
				continue;
			wk->mark[at] = FLATTENED;
			rc = flat_collect(wk, wk->collabs[at], f);
		} else if (!(rc =
				 big__grow((void **)&f->e, &f->cap, f->count + 1, sizeof(*f->e)))) {
			f->e[f->count++] = (struct flat_entry){c, m};
		}
		if (rc)
			return rc;
	}
	return 0;
}

/* The flattened aggregate of @c: every organisation beneath it once, where it
 * is first reached (its membership entry, its effective assessment under
 * that collaboration), the present ones first, then the missing. */
static int build_flat(struct walk *wk, const big_collaboration *c, big_aggregate_report **out)
{
	struct flat f = {0};
	struct big_idmap ids = {0};
	struct big_agg_member *members = NULL;
	big_assessment **effective = NULL;
	size_t n = 0, first;
	big_aggregate_report *ag = big__aggregate_alloc(wk->root->catalogue, wk->profile, wk->o);
	int rc = ag ? describe(ag, wk, c) : BIG_ENOMEM;

	if (!rc)
		rc = flat_collect(wk, c, &f);
	if (!rc)
		rc = big__idmap_init(&ids, f.count);
	if (!rc && (!(members = big__calloc(f.count ? f.count : 1, sizeof(*members))) ||
		    !(effective = big__calloc(f.count ? f.count : 1, sizeof(*effective)))))
		rc = BIG_ENOMEM;
	for (int missing = 0; !rc && missing < 2; missing++)
		for (size_t i = 0; !rc && i < f.count; i++)
			if (present(wk, f.e[i].m->id) == !missing &&
			    !big__idmap_insert(&ids, f.e[i].m->id, i, &first))
				rc = add_member(wk, f.e[i].c, f.e[i].m, &members[n++],
						&effective[i]);
	if (!rc) {
		ag->flattened = true;
		rc = big__aggregate_build(ag, members, n);
	}
	if (!rc && ag->k <= 1) /* under the publication guard it is withheld */
		rc = big__aggregate_attribute(ag);
	for (size_t i = 0; effective && i < f.count; i++)
		big_assessment_free(effective[i]);
	big_free(effective);
	big_free(members);
	big_free(f.e);
	big__idmap_free(&ids);
	if (rc) {
		big_aggregate_report_free(ag);
		return rc == BIG_ENOMEM ? big__error_nomem() : rc;
	}
	*out = ag;
	return 0;
}

static int check_arguments(const big_collaboration *c, const big_collaboration *const *collabs,
			   size_t ncollab, const big_assessment *const *as, size_t count,
			   const big_aggregate_options *o)
{
	if (!c)
		return big__error_set(BIG_EINVAL, "no collaboration to aggregate");
	if ((ncollab && !collabs) || (count && !as))
		return big__error_set(BIG_EINVAL, "a count without its array");
	int rc = big__aggregate_check_options(o, c->catalogue);
	if (rc)
		return rc;
	if (o->weights || o->expected_member_count)
		return big__error_set(BIG_EINVAL,
				      "a collaboration names its members and their weights: no "
				      "weights or expected_members in the options");
	for (size_t i = 0; i < ncollab; i++)
		if (!collabs[i])
			return big__error_set(BIG_EINVAL, "collaboration %zu is NULL", i);
	return 0;
}

static int index_collaborations(struct walk *wk, size_t ncollab)
{
	int rc = big__idmap_init(&wk->collab_ids, ncollab);
	wk->mark = big__calloc(ncollab ? ncollab : 1, sizeof(*wk->mark));
	wk->built = big__calloc(ncollab ? ncollab : 1, sizeof(*wk->built));
	if (!rc && (!wk->mark || !wk->built))
		rc = BIG_ENOMEM;
	for (size_t i = 0; !rc && i < ncollab; i++) {
		size_t first;
		if (big__idmap_insert(&wk->collab_ids, wk->collabs[i]->id, i, &first))
			rc = big__error_set(BIG_EDUPLICATE,
					    "collaborations %zu and %zu have the same id %s", first,
					    i, wk->collabs[i]->id);
	}
	return rc;
}

int big_aggregate_collaboration(big_aggregate_report **out, const big_collaboration *c,
				const big_collaboration *const *collaborations,
				size_t collaboration_count,
				const big_assessment *const *assessments, size_t count,
				const big_aggregate_options *opts)
{
	const big_aggregate_options defaults = BIG_AGGREGATE_OPTIONS_INIT;
	struct walk wk;
	size_t at;
	int rc;

	if (!out)
		return big__error_set(BIG_EINVAL, "no output pointer");
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if ((rc =
		 check_arguments(c, collaborations, collaboration_count, assessments, count, opts)))
		return rc;
	memset(&wk, 0, sizeof(wk));
	wk.root = c;
	wk.collabs = collaborations;
	wk.as = assessments;
	wk.o = opts;
	if (!(rc = big__catalogue_fingerprint_ensure(c->catalogue)) &&
	    !(rc = index_collaborations(&wk, collaboration_count)) &&
	    !(rc = big__aggregate_check_pool(assessments, count, c->catalogue, opts->period,
					     &wk.org_ids))) {
		if (pooled(&wk, c->id, &at))
			wk.mark[at] = ON_PATH;
		if (!(rc = plan(&wk, c)) &&
		    !(rc = big__aggregate_profile(&wk.profile, c->catalogue, opts->profile, wk.used,
						  wk.used_count)) &&
		    !(rc = opts->period ? 0 : big__aggregate_check_periods(wk.used, wk.used_count)))
			rc = big__aggregate_flatten(opts) ? build_flat(&wk, c, out)
							  : build(&wk, c, out);
	}
	big__idmap_free(&wk.collab_ids);
	big__idmap_free(&wk.org_ids);
	big_free(wk.mark);
	big_free(wk.built);
	big_free(wk.used);
	return rc == BIG_ENOMEM ? big__error_nomem() : rc;
}
