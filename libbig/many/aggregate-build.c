/*
 * libbig — building an aggregate from its members (docs/scoring.md,
 * "Aggregation"): every member's values per applicable requirement go into a
 * matrix (one row per requirement), each row is combined by the method, and
 * the combined requirement values are rolled up over the catalogue as
 * score.c rolls up one assessment.
 *
 * Members are scored one at a time and their reports freed at once, so the
 * memory held is the matrix, not a report per organisation. The aggregate
 * keeps the matrix (member_cells): attribution and trends read it.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate-int.h"
#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "report-int.h"
#include "rollup.h"

/* The figures a report's scores and an aggregate's share, from @s into
 * @to (an aggregate's n, its own, stays): the one copy, so that a new figure
 * of node-scores.h reaches aggregates by one line here. */
static void copy_figures(big_aggregate_scores *to, const big_scores *s)
{
	to->applicable = s->applicable;
	to->has_implementation = s->has_implementation;
	to->implementation = s->implementation;
	to->has_maturity = s->has_maturity;
	to->maturity_mean = s->maturity_mean;
	to->attained_level = s->attained_level;
	to->has_coverage = s->has_coverage;
	to->coverage = s->coverage;
	to->comply_or_explain = s->comply_or_explain;
	to->has_demonstration = s->has_demonstration;
	to->opzet = s->opzet;
	to->bestaan = s->bestaan;
	to->werking = s->werking;
}

/* A member's overall scores in the shape of an aggregate's, n = 1 when it
 * has anything scorable. */
static void scores_of(big_aggregate_scores *to, const big_scores *s)
{
	memset(to, 0, sizeof(*to));
	copy_figures(to, s);
	to->n = s->has_implementation;
}

/* Column @i of the matrix (@m members) from member @mem. */
static int fill_column(big_aggregate_report *ag, struct big_req_values *cells, size_t m, size_t i,
		       const struct big_agg_member *mem)
{
	const big_catalogue *cat = ag->catalogue;
	size_t rq = cat->requirement_count;

	if (mem->nested) {
		for (size_t q = 0; q < rq; q++)
			cells[q * m + i] = mem->nested->cells[q];
		ag->member_scores[i] = mem->nested->overall;
		return 0;
	}
	if (!mem->assessment) {
		/* A member without an assessment: every requirement as an
		 * assessment without its result evaluates it (result-eval.c). */
		const struct big_eval e = {.applicable = true,
					   .status = BIG_STATUS_NOT_ASSESSED,
					   .maturity = -1,
					   .scorable = true,
					   .score = cat->status_values[BIG_STATUS_NOT_ASSESSED]};
		const struct big_req_values none = big__eval_values(&e);
		for (size_t q = 0; q < rq; q++)
			cells[q * m + i] = none;
		return 0;
	}
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	big_report *r = NULL;
	so.rollup = ag->rollup;
	so.target = ag->target;
	so.profile = ag->profile ? ag->profile->id : "";
	int rc = big_score(&r, mem->assessment, &so);
	if (rc)
		return rc;
	for (size_t q = 0; q < rq; q++) {
		const char *source = mem->assessment->results[q].source;
		cells[q * m + i] = big__eval_values(&r->evals[q]);
		ag->from_collab[q * m + i] = ag->id && source && !strcmp(source, ag->id);
	}
	scores_of(&ag->member_scores[i], &r->overall);
	big_report_free(r);
	return 0;
}

static int compare_doubles(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return (a > b) - (a < b);
}

double big__aggregate_combine(big_aggregate_method method, double *v, const double *w, size_t k)
{
	double lo = v[0], hi = v[0], sum = 0, wsum = 0, r;
	for (size_t i = 0; i < k; i++) {
		lo = v[i] < lo ? v[i] : lo;
		hi = v[i] > hi ? v[i] : hi;
	}
	switch (method) {
	case BIG_AGGREGATE_WEAKEST:
		return lo;
	case BIG_AGGREGATE_MEDIAN:
		qsort(v, k, sizeof(*v), compare_doubles);
		return k % 2 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
	case BIG_AGGREGATE_MEAN:
		for (size_t i = 0; i < k; i++)
			sum += v[i];
		r = sum / (double)k;
		break;
	case BIG_AGGREGATE_WEIGHTED_MEAN:
	default:
		for (size_t i = 0; i < k; i++) {
			sum += w[i] * v[i];
			wsum += w[i];
		}
		r = sum / wsum;
		break;
	}
	return big__mean_within(r, lo, hi);
}

/* F_SHOWN + d: dimension d demonstrated. */
enum field { F_SCORE, F_MATURITY, F_LEVEL, F_COVERED, F_COMPLIED, F_SHOWN };

static bool cell_has(const struct big_req_values *c, enum field f)
{
	if (f >= F_SHOWN)
		return c->demonstrable;
	return f == F_MATURITY ? c->has_maturity : f >= F_COVERED || c->scorable;
}

static double cell_value(const struct big_req_values *c, enum field f)
{
	switch (f) {
	case F_SCORE:
		return c->score;
	case F_MATURITY:
		return c->maturity;
	case F_LEVEL:
		return c->level;
	case F_COVERED:
		return c->covered;
	case F_COMPLIED:
		return c->complied;
	default:
		return c->shown[f - F_SHOWN];
	}
}

/* One field of one requirement over the @m members of @row; false when no
 * member has it. */
static bool combine_field(const big_aggregate_report *ag, const struct big_req_values *row,
			  size_t m, enum field f, double *v, double *w, double *out)
{
	size_t k = 0;
	for (size_t i = 0; i < m; i++) {
		if (!cell_has(&row[i], f))
			continue;
		v[k] = cell_value(&row[i], f);
		w[k++] = ag->weights[i];
	}
	if (k)
		*out = big__aggregate_combine(ag->method, v, w, k);
	return k > 0;
}

static void combine_requirements(big_aggregate_report *ag, const struct big_req_values *cells,
				 size_t m, double *v, double *w)
{
	for (size_t q = 0; q < ag->catalogue->requirement_count; q++) {
		const struct big_req_values *row = &cells[q * m];
		struct big_req_values *c = &ag->cells[q];
		if (!big__aggregate_applicable(ag, q))
			continue;
		c->scorable = combine_field(ag, row, m, F_SCORE, v, w, &c->score);
		c->has_maturity = combine_field(ag, row, m, F_MATURITY, v, w, &c->maturity);
		combine_field(ag, row, m, F_LEVEL, v, w, &c->level);
		combine_field(ag, row, m, F_COVERED, v, w, &c->covered);
		combine_field(ag, row, m, F_COMPLIED, v, w, &c->complied);
		for (int d = 0; d < BIG_DIMENSION_COUNT; d++)
			c->demonstrable = combine_field(ag, row, m, (enum field)(F_SHOWN + d), v, w,
							&c->shown[d]);
	}
}

/* n: the members with a scorable applicable requirement beneath each node. */
static int count_members(big_aggregate_report *ag, const struct big_req_values *cells, size_t m)
{
	const big_catalogue *cat = ag->catalogue;
	size_t *stamp = big__calloc(cat->node_count ? cat->node_count : 1, sizeof(*stamp));
	if (!stamp)
		return BIG_ENOMEM;
	for (size_t i = 0; i < m; i++) {
		bool any = false;
		for (size_t q = 0; q < cat->requirement_count; q++) {
			if (!big__aggregate_applicable(ag, q) || !cells[q * m + i].scorable)
				continue;
			any = true;
			for (const big_node *n = cat->requirements[q];
			     n && stamp[n->index] != i + 1; n = n->parent) {
				stamp[n->index] = i + 1;
				ag->scores[n->index].n++;
			}
		}
		ag->overall.n += any;
	}
	big_free(stamp);
	return 0;
}

/* The sums beneath a node (node-scores.h) and its implementation roll-up. */
struct agg_acc {
	struct big_node_sums s;
	struct big_rollup_acc roll; /* over the combined implementation scores */
};

static void acc_combine(struct agg_acc *acc, big_rollup rollup, const struct agg_acc *all,
			const big_node *const *children, size_t count, bool leaf)
{
	for (size_t i = 0; i < count; i++)
		big__node_sums_add_child(&acc->s, &all[children[i]->index].s);
	big__rollup_children(&acc->roll, rollup, children, count, leaf, &all->roll, sizeof(*all));
}

/* The scores of a node from its sums; its member count n stays. */
static void acc_finish(big_aggregate_scores *s, const struct agg_acc *acc, big_rollup rollup)
{
	big_scores f;
	big__node_finish(&f, &acc->s, &acc->roll, rollup);
	copy_figures(s, &f);
}

int big__aggregate_roll_up(const big_aggregate_report *ag, const struct big_req_values *cells,
			   big_aggregate_scores *scores, big_aggregate_scores *overall)
{
	const big_catalogue *cat = ag->catalogue;
	struct agg_acc *acc = big__calloc(cat->node_count ? cat->node_count : 1, sizeof(*acc));
	if (!acc)
		return BIG_ENOMEM;
	for (size_t i = cat->node_count; i-- > 0;) {
		const big_node *n = &cat->nodes[i];
		bool leaf = false;
		big__node_sums_clear(&acc[i].s);
		if (n->assessable && big__aggregate_applicable(ag, n->requirement) &&
		    big__node_sums_add(&acc[i].s, n->weight, &cells[n->requirement])) {
			big__rollup_leaf(&acc[i].roll, ag->rollup, n->weight,
					 cells[n->requirement].score);
			leaf = true;
		}
		acc_combine(&acc[i], ag->rollup, acc, n->children, n->child_count, leaf);
		acc_finish(&scores[i], &acc[i], ag->rollup);
	}
	struct agg_acc overall_acc = {0};
	big__node_sums_clear(&overall_acc.s);
	acc_combine(&overall_acc, ag->rollup, acc, cat->roots, cat->root_count, false);
	acc_finish(overall, &overall_acc, ag->rollup);
	big_free(acc);
	return 0;
}

static int add_members(big_aggregate_report *ag, struct big_agg_member *members, size_t count)
{
	ag->members = big__calloc(count ? count : 1, sizeof(*ag->members));
	ag->weights = big__calloc(count ? count : 1, sizeof(*ag->weights));
	ag->nested = big__calloc(count ? count : 1, sizeof(*ag->nested));
	ag->member_scores = big__calloc(count ? count : 1, sizeof(*ag->member_scores));
	if (!ag->members || !ag->weights || !ag->nested || !ag->member_scores)
		return BIG_ENOMEM;
	ag->missing_first = count;
	for (size_t i = 0; i < count; i++) {
		ag->nested[i] = members[i].nested;
		members[i].nested = NULL;
		ag->weights[i] = members[i].weight;
		ag->total_weight += members[i].weight;
		if (!members[i].assessment && !ag->nested[i] && ag->missing_first == count)
			ag->missing_first = i;
		ag->member_count++;
		if (!(ag->members[i] = big__strdup(members[i].id)))
			return BIG_ENOMEM;
	}
	/* Σ w·v must stay finite for every v (levels up to 9). */
	if (!(ag->total_weight <= BIG_WEIGHT_SUM_MAX))
		return big__error_set(BIG_ERANGE, "the weights of the members add up to more "
						  "than can be computed with");
	return 0;
}

int big__aggregate_build(big_aggregate_report *ag, struct big_agg_member *members, size_t count)
{
	size_t rq = ag->catalogue->requirement_count;
	struct big_req_values *cells = NULL;
	double *v = NULL, *w = NULL;
	int rc = add_members(ag, members, count);

	for (size_t i = 0; i < count; i++) {
		big_aggregate_report_free(members[i].nested);
		members[i].nested = NULL;
	}
	if (rc)
		return rc;
	if (rq && count > SIZE_MAX / sizeof(*cells) / rq)
		return big__error_nomem();
	cells = big__calloc(rq && count ? rq * count : 1, sizeof(*cells));
	ag->from_collab = big__calloc(rq && count ? rq * count : 1, sizeof(*ag->from_collab));
	v = big__calloc(count ? count : 1, sizeof(*v));
	w = big__calloc(count ? count : 1, sizeof(*w));
	rc = cells && v && w && ag->from_collab ? 0 : BIG_ENOMEM;
	for (size_t i = 0; !rc && i < count; i++) {
		struct big_agg_member mem = {ag->members[i], ag->weights[i],
					     i < ag->missing_first ? members[i].assessment : NULL,
					     ag->nested[i]};
		rc = fill_column(ag, cells, count, i, &mem);
	}
	if (!rc) {
		combine_requirements(ag, cells, count, v, w);
		rc = count_members(ag, cells, count);
	}
	if (!rc)
		rc = big__aggregate_roll_up(ag, ag->cells, ag->scores, &ag->overall);
	if (!rc)
		big__aggregate_guard(ag);
	ag->member_cells = cells; /* freed with the aggregate */
	big_free(v);
	big_free(w);
	return rc;
}

/* The members of @ag where @keep is true, with their columns of the matrix. */
static int copy_members(big_aggregate_report *s, const big_aggregate_report *ag, const bool *keep,
			struct big_req_values *cells, size_t k)
{
	size_t rq = ag->catalogue->requirement_count, j = 0;

	s->members = big__calloc(k, sizeof(*s->members));
	s->weights = big__calloc(k, sizeof(*s->weights));
	s->nested = big__calloc(k, sizeof(*s->nested));
	s->member_scores = big__calloc(k, sizeof(*s->member_scores));
	if (!s->members || !s->weights || !s->nested || !s->member_scores)
		return BIG_ENOMEM;
	s->missing_first = k;
	for (size_t i = 0; i < ag->member_count; i++) {
		if (!keep[i])
			continue;
		if (!(s->members[j] = big__strdup(ag->members[i])))
			return BIG_ENOMEM;
		s->member_count++;
		if ((s->nested[j] = ag->nested[i]))
			s->nested[j]->refs++;
		s->weights[j] = ag->weights[i];
		s->total_weight += ag->weights[i];
		s->member_scores[j] = ag->member_scores[i];
		if (i >= ag->missing_first && s->missing_first == k)
			s->missing_first = j;
		for (size_t q = 0; q < rq; q++) {
			cells[q * k + j] = ag->member_cells[q * ag->member_count + i];
			s->from_collab[q * k + j] = ag->from_collab[q * ag->member_count + i];
		}
		j++;
	}
	return 0;
}

/* The collaboration @ag is of (id, name, kind, policy, delegated nodes and
 * whether its own assessment was found), into @s. 0 or BIG_ENOMEM. */
static int copy_collaboration(big_aggregate_report *s, const big_aggregate_report *ag)
{
	s->policy = ag->policy;
	s->own_assessment = ag->own_assessment;
	if ((ag->id && !(s->id = big__strdup(ag->id))) ||
	    (ag->name && !(s->name = big__strdup(ag->name))) ||
	    (ag->kind && !(s->kind = big__strdup(ag->kind))))
		return BIG_ENOMEM;
	if (ag->delegated_count) {
		s->delegated = big__calloc(ag->delegated_count, sizeof(*s->delegated));
		if (!s->delegated)
			return BIG_ENOMEM;
		memcpy(s->delegated, ag->delegated, ag->delegated_count * sizeof(*s->delegated));
		s->delegated_count = ag->delegated_count;
	}
	return 0;
}

int big__aggregate_subset(big_aggregate_report **out, const big_aggregate_report *ag,
			  const bool *keep)
{
	big_aggregate_options o = BIG_AGGREGATE_OPTIONS_INIT;
	size_t rq = ag->catalogue->requirement_count, k = 0;
	struct big_req_values *cells;
	double *v, *w;
	int rc;

	*out = NULL;
	for (size_t i = 0; i < ag->member_count; i++)
		k += keep[i];
	if (!k)
		return 0;
	o.method = ag->method;
	o.rollup = ag->rollup;
	o.target = ag->target;
	o.lang = ag->lang;
	o.weight_attribute = ag->weight_attribute; /* its JSON names it as @p ag's */
	big_aggregate_report *s = big__aggregate_alloc(ag->catalogue, ag->profile, &o);
	if (!s)
		return BIG_ENOMEM;
	/* k <= member_count: the product fits, as it did for @ag's matrix. */
	cells = big__calloc(rq ? rq * k : 1, sizeof(*cells));
	v = big__calloc(k, sizeof(*v));
	w = big__calloc(k, sizeof(*w));
	s->from_collab = big__calloc(rq ? rq * k : 1, sizeof(*s->from_collab));
	rc = cells && v && w && s->from_collab ? copy_collaboration(s, ag) : BIG_ENOMEM;
	if (!rc)
		rc = copy_members(s, ag, keep, cells, k);
	if (!rc) {
		combine_requirements(s, cells, k, v, w);
		rc = count_members(s, cells, k);
	}
	if (!rc)
		rc = big__aggregate_roll_up(s, s->cells, s->scores, &s->overall);
	s->member_cells = cells;
	big_free(v);
	big_free(w);
	if (rc) {
		big_aggregate_report_free(s);
		return rc;
	}
	*out = s;
	return 0;
}
