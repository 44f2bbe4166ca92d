/*
 * libbig — the trend of a collaboration (docs/scoring.md, "The trend of a
 * collaboration"): two aggregates of one collaboration compared. The node
 * deltas and the contributions are a comparison's (scoring/compare-int.h
 * holds their one definition); the members are matched by id, and the
 * aggregates over the members of both sides (aggregate-build.c) split the
 * change into the stayers' part and the effects of the joiners and leavers.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "catalogue-int.h"
#include "compare-int.h"
#include "errors-int.h"
#include "idmap.h"
#include "trend-int.h"

static const char *profile_id(const big_aggregate_report *ag)
{
	return ag->profile ? ag->profile->id : "";
}

/* The same catalogue (by fingerprint), method, roll-up, target, profile and
 * collaboration. */
static int check_same(const big_aggregate_report *b, const big_aggregate_report *a)
{
	int rc = big__catalogue_check_same(b->catalogue, a->catalogue, "aggregates");

	if (rc)
		return rc;
	if (b->method != a->method)
		return big__error_set(
		    BIG_EMISMATCH, "the aggregates use different methods (%s and %s)",
		    big_aggregate_method_name(b->method), big_aggregate_method_name(a->method));
	if (b->rollup != a->rollup)
		return big__error_set(BIG_EMISMATCH,
				      "the aggregates use different roll-ups (%s and %s)",
				      big_rollup_name(b->rollup), big_rollup_name(a->rollup));
	if (b->target != a->target)
		return big__error_set(BIG_EMISMATCH,
				      "the aggregates use different targets (%d and %d)", b->target,
				      a->target);
	if (strcmp(profile_id(b), profile_id(a)) != 0)
		return big__error_set(BIG_EMISMATCH,
				      "the aggregates use different profiles (\"%s\" and \"%s\"): "
				      "name one in the options (profile)",
				      profile_id(b), profile_id(a));
	if ((b->id == NULL) != (a->id == NULL) || (b->id && strcmp(b->id, a->id) != 0))
		return big__error_set(BIG_EMISMATCH,
				      "the aggregates are of different collaborations (%s and %s)",
				      b->id ? b->id : "none", a->id ? a->id : "none");
	return 0;
}

/* Member @i of @ag on one side of a trend member. */
static void member_side(const big_aggregate_report *ag, size_t i, bool *missing, bool *has,
			double *value)
{
	const big_aggregate_scores *s = big_aggregate_report_member_overall(ag, i);

	*missing = big_aggregate_report_member_missing(ag, i);
	*has = s && s->has_implementation;
	*value = *has ? s->implementation : 0;
}

/* The members of either side (the after's, then the before's only), with
 * @in_after[i] the after index of before member i (SIZE_MAX: none), and
 * @in_before[j] the before index of after member j. */
static int match_members(big_trend *t, size_t *in_after, size_t *in_before)
{
	const big_aggregate_report *b = t->before, *a = t->after;
	struct big_idmap map;
	size_t at, n = 0;

	if (big__idmap_init(&map, b->member_count))
		return BIG_ENOMEM;
	for (size_t i = 0; i < b->member_count; i++) {
		in_after[i] = SIZE_MAX;
		(void)big__idmap_insert(&map, b->members[i], i, &at); /* ids are unique */
	}
	t->members = big__calloc(a->member_count + b->member_count + 1, sizeof(*t->members));
	if (!t->members) {
		big__idmap_free(&map);
		return BIG_ENOMEM;
	}
	for (size_t j = 0; j < a->member_count; j++) {
		big_member_trend *m = &t->members[n++];
		m->id = a->members[j];
		m->in_after = true;
		member_side(a, j, &m->missing_after, &m->has_after, &m->after);
		in_before[j] = SIZE_MAX;
		if (big__idmap_find(&map, a->members[j], &at)) {
			in_before[j] = at;
			in_after[at] = j;
			m->in_before = true;
			member_side(b, at, &m->missing_before, &m->has_before, &m->before);
			t->effects.stayed++;
		} else {
			t->effects.joined++;
		}
		if (m->has_before && m->has_after)
			m->change = m->after - m->before;
	}
	for (size_t i = 0; i < b->member_count; i++) {
		if (in_after[i] != SIZE_MAX)
			continue;
		big_member_trend *m = &t->members[n++];
		m->id = b->members[i];
		m->in_before = true;
		member_side(b, i, &m->missing_before, &m->has_before, &m->before);
		t->effects.left++;
	}
	t->member_count = n;
	big__idmap_free(&map);
	return 0;
}

/* S of one side: the side itself when every member stays, else the
 * aggregate of its staying members (@other[i] != SIZE_MAX). */
static int stayers_of(big_aggregate_report **out, big_aggregate_report *ag, const size_t *other,
		      size_t stayed)
{
	bool *keep;
	int rc;

	if (stayed == ag->member_count) {
		ag->refs++;
		*out = ag;
		return 0;
	}
	keep = big__calloc(ag->member_count + 1, sizeof(*keep));
	if (!keep)
		return BIG_ENOMEM;
	for (size_t i = 0; i < ag->member_count; i++)
		keep[i] = other[i] != SIZE_MAX;
	rc = big__aggregate_subset(out, ag, keep);
	big_free(keep);
	/* Attributed as every aggregate is, so that all its accessors work. */
	if (!rc && *out)
		rc = big__aggregate_attribute(*out);
	return rc;
}

static void split_overall(big_trend *t)
{
	const big_aggregate_scores *ab = &t->before->overall, *aa = &t->after->overall;
	big_trend_effects *e = &t->effects;

	if (!t->stayers_before || !ab->has_implementation || !aa->has_implementation ||
	    !t->stayers_before->overall.has_implementation ||
	    !t->stayers_after->overall.has_implementation)
		return;
	e->has_effects = true;
	e->change = aa->implementation - ab->implementation;
	e->stayers =
	    t->stayers_after->overall.implementation - t->stayers_before->overall.implementation;
	e->joiners = aa->implementation - t->stayers_after->overall.implementation;
	e->leavers = t->stayers_before->overall.implementation - ab->implementation;
}

/* W: the weight of the requirements whose combined value is scorable. */
static double scorable_weight(const big_aggregate_report *ag)
{
	struct big_ksum w = {0, 0};

	for (size_t q = 0; q < ag->catalogue->requirement_count; q++)
		if (big__aggregate_applicable(ag, q) && ag->cells[q].scorable)
			big__ksum_add(&w, ag->catalogue->requirements[q]->weight);
	return big__ksum_value(&w);
}

static struct big_contrib_side side_of(const big_aggregate_report *ag, size_t q, double total)
{
	const struct big_req_values *c = &ag->cells[q];
	return (struct big_contrib_side){c->scorable, ag->catalogue->requirements[q]->weight,
					 c->score, total};
}

/* Whether the member values @b and @a differ for the implementation score. */
static bool cell_changed(const struct big_req_values *b, const struct big_req_values *a)
{
	return b->scorable != a->scorable || (b->scorable && b->score != a->score);
}

/* The member changes of requirement @q into @to (NULL: only counted). */
static size_t member_changes(big_trend *t, size_t q, const size_t *in_before, big_member_change *to)
{
	const big_aggregate_report *b = t->before, *a = t->after;
	size_t n = 0;

	for (size_t j = 0; j < a->member_count; j++) {
		if (in_before[j] == SIZE_MAX)
			continue;
		const struct big_req_values *cb =
		    &b->member_cells[q * b->member_count + in_before[j]];
		const struct big_req_values *ca = &a->member_cells[q * a->member_count + j];
		if (!cell_changed(cb, ca))
			continue;
		if (to) {
			big_member_change *x = &to[n];
			x->member = a->members[j];
			x->scorable_before = cb->scorable;
			x->scorable_after = ca->scorable;
			x->before = cb->scorable ? cb->score : 0;
			x->after = ca->scorable ? ca->score : 0;
			x->change = cb->scorable && ca->scorable ? ca->score - cb->score : 0;
			/* members[j] is after member j: they come first */
			t->members[j].requirements_changed++;
		}
		n++;
	}
	return n;
}

/* The split of requirement @q's combined value, when all four exist. */
static void split_requirement(const big_trend *t, size_t q, big_requirement_trend *x)
{
	const struct big_req_values *ab = &t->before->cells[q], *aa = &t->after->cells[q];

	if (!t->stayers_before || !ab->scorable || !aa->scorable ||
	    !t->stayers_before->cells[q].scorable || !t->stayers_after->cells[q].scorable)
		return;
	x->has_effects = true;
	x->stayers = t->stayers_after->cells[q].score - t->stayers_before->cells[q].score;
	x->joiners = aa->score - t->stayers_after->cells[q].score;
	x->leavers = t->stayers_before->cells[q].score - ab->score;
}

static int by_change(const void *x, const void *y)
{
	const big_member_change *p = x, *q = y;
	double fp = fabs(p->change), fq = fabs(q->change);

	if (fp != fq)
		return fp > fq ? -1 : 1;
	return strcmp(p->member, q->member);
}

static int by_size(const void *x, const void *y)
{
	const big_requirement_trend *p = x, *q = y;
	double fp = fabs(p->contribution), fq = fabs(q->contribution);

	if (fp != fq)
		return fp > fq ? -1 : 1;
	return p->node->index < q->node->index ? -1 : p->node->index > q->node->index;
}

static int attribute(big_trend *t, const size_t *in_before)
{
	const big_aggregate_report *b = t->before, *a = t->after;
	const big_catalogue *cat = a->catalogue;
	size_t rq = cat->requirement_count, total = 0;
	double wb = scorable_weight(b), wa = scorable_weight(a);
	struct big_ksum flat = {0, 0};

	for (size_t q = 0; q < rq; q++)
		if (big__aggregate_applicable(a, q))
			total += member_changes(t, q, in_before, NULL);
	t->contributions = big__calloc(rq + 1, sizeof(*t->contributions));
	t->changes = big__calloc(total + 1, sizeof(*t->changes));
	if (!t->contributions || !t->changes)
		return BIG_ENOMEM;
	total = 0;
	for (size_t q = 0; q < rq; q++) {
		if (!big__aggregate_applicable(a, q))
			continue;
		struct big_contrib_side sb = side_of(b, q, wb), sa = side_of(a, q, wa);
		double c = big__contribution(&sb, &sa);
		size_t n = member_changes(t, q, in_before, &t->changes[total]);
		big__ksum_add(&flat, c);
		if (c == 0 && n == 0 && sb.scored == sa.scored &&
		    (!sb.scored || sb.score == sa.score))
			continue;
		big_requirement_trend *x = &t->contributions[t->contribution_count++];
		*x = (big_requirement_trend){
		    .node = cat->requirements[q],
		    .scorable_before = sb.scored,
		    .scorable_after = sa.scored,
		    .before = sb.scored ? sb.score : 0,
		    .after = sa.scored ? sa.score : 0,
		    .contribution = c,
		    .change_count = n,
		    .changes = &t->changes[total],
		};
		split_requirement(t, q, x);
		qsort(&t->changes[total], n, sizeof(*t->changes), by_change);
		total += n;
	}
	t->flat_delta = big__ksum_value(&flat);
	qsort(t->contributions, t->contribution_count, sizeof(*t->contributions), by_size);
	return 0;
}

static int compute(big_trend *t)
{
	const big_catalogue *cat = t->after->catalogue;
	size_t *in_after = big__calloc(t->before->member_count + 1, sizeof(*in_after));
	size_t *in_before = big__calloc(t->after->member_count + 1, sizeof(*in_before));
	int rc = in_after && in_before ? 0 : BIG_ENOMEM;

	if (!rc)
		rc = match_members(t, in_after, in_before);
	if (!rc && t->effects.stayed &&
	    !(rc = stayers_of(&t->stayers_before, t->before, in_after, t->effects.stayed)))
		rc = stayers_of(&t->stayers_after, t->after, in_before, t->effects.stayed);
	if (!rc && !(t->nodes = big__calloc(cat->node_count + 1, sizeof(*t->nodes))))
		rc = BIG_ENOMEM;
	if (!rc) {
		BIG__DELTA_SUBTRACT(&t->overall, &t->before->overall, &t->after->overall);
		for (size_t i = 0; i < cat->node_count; i++)
			BIG__DELTA_SUBTRACT(&t->nodes[i], &t->before->scores[i],
					    &t->after->scores[i]);
		split_overall(t);
		rc = attribute(t, in_before);
	}
	big_free(in_after);
	big_free(in_before);
	return rc;
}

int big_trend_new(big_trend **out, const big_aggregate_report *before,
		  const big_aggregate_report *after)
{
	big_trend *t;
	int rc;

	if (!out || !before || !after)
		return big__error_set(BIG_EINVAL, "no output pointer or no aggregate");
	*out = NULL;
	if ((rc = check_same(before, after)))
		return rc;
	t = big__calloc(1, sizeof(*t));
	if (!t)
		return BIG_ENOMEM;
	/* A reference to each: the aggregates themselves are not changed. */
	t->before = (big_aggregate_report *)before;
	t->after = (big_aggregate_report *)after;
	t->before->refs++;
	t->after->refs++;
	if ((rc = compute(t))) {
		big_trend_free(t);
		return rc;
	}
	*out = t;
	return 0;
}

void big_trend_free(big_trend *t)
{
	if (!t)
		return;
	big_free(t->contributions);
	big_free(t->changes);
	big_free(t->members);
	big_free(t->nodes);
	big_aggregate_report_free(t->stayers_before);
	big_aggregate_report_free(t->stayers_after);
	big_aggregate_report_free(t->before);
	big_aggregate_report_free(t->after);
	big_free(t);
}

const big_aggregate_report *big_trend_before(const big_trend *t)
{
	return t->before;
}

const big_aggregate_report *big_trend_after(const big_trend *t)
{
	return t->after;
}

const big_aggregate_report *big_trend_stayers_before(const big_trend *t)
{
	return t->stayers_before;
}

const big_aggregate_report *big_trend_stayers_after(const big_trend *t)
{
	return t->stayers_after;
}

const big_delta *big_trend_overall(const big_trend *t)
{
	return &t->overall;
}

const big_delta *big_trend_node(const big_trend *t, const big_node *node)
{
	if (!node ||
	    (node->catalogue != t->before->catalogue && node->catalogue != t->after->catalogue))
		return NULL;
	return &t->nodes[node->index];
}

const big_trend_effects *big_trend_effects_overall(const big_trend *t)
{
	return &t->effects;
}

size_t big_trend_contribution_count(const big_trend *t)
{
	return t->contribution_count;
}

const big_requirement_trend *big_trend_contribution(const big_trend *t, size_t i)
{
	return i < t->contribution_count ? &t->contributions[i] : NULL;
}

const big_member_change *big_trend_contribution_change(const big_requirement_trend *x, size_t j)
{
	return x && j < x->change_count ? &x->changes[j] : NULL;
}

double big_trend_flat_delta(const big_trend *t)
{
	return t->flat_delta;
}

size_t big_trend_member_count(const big_trend *t)
{
	return t->member_count;
}

const big_member_trend *big_trend_member(const big_trend *t, size_t i)
{
	return i < t->member_count ? &t->members[i] : NULL;
}
