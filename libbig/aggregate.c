/*
 * libbig — aggregation across organisations (docs/scoring.md, "Aggregation").
 *
 * Every assessment is scored by big_score() with one profile; per
 * requirement the scores of the organisations for which it is scorable are
 * combined by the method, and the combined requirement scores are rolled up
 * over the catalogue as score.c does for one assessment.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate-int.h"
#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "report-int.h"
#include "rollup.h"

static const char *const method_names[] = {"weakest", "mean", "weighted_mean", "median"};

const char *big_aggregate_method_name(big_aggregate_method method)
{
	return (unsigned)method < 4 ? method_names[method] : NULL;
}

int big_aggregate_method_from_name(big_aggregate_method *out, const char *name)
{
	for (int i = 0; out && name && i < 4; i++) {
		if (strcmp(method_names[i], name) == 0) {
			*out = (big_aggregate_method)i;
			return 0;
		}
	}
	return big_error_set(BIG_EINVAL, "unknown aggregation method \"%s\"",
			     name ? name : "(null)");
}

int big_same_catalogue(const big_catalogue *a, const big_catalogue *b)
{
	if (a == b)
		return 0;
	if (strcmp(a->id, b->id) != 0 || strcmp(a->version, b->version) != 0)
		return big_error_set(BIG_EMISMATCH,
				     "the documents are made for different catalogues "
				     "(%s %s and %s %s)",
				     a->id, a->version, b->id, b->version);
	bool same = a->node_count == b->node_count && a->requirement_count == b->requirement_count;
	for (size_t i = 0; same && i < a->node_count; i++)
		same = strcmp(a->nodes[i].id, b->nodes[i].id) == 0 &&
		       a->nodes[i].assessable == b->nodes[i].assessable;
	if (!same)
		return big_error_set(BIG_EMISMATCH,
				     "two catalogues named %s %s have different nodes", a->id,
				     a->version);
	return 0;
}

void big_aggregate_report_free(big_aggregate_report *ag)
{
	if (!ag)
		return;
	for (size_t i = 0; ag->members && i < ag->member_count; i++)
		big_free(ag->members[i]);
	big_free(ag->members);
	big_free(ag->weights);
	big_free(ag->scores);
	big_free(ag->weight_attribute);
	big_catalogue_free(ag->catalogue);
	big_free(ag);
}

static bool same_string(const char *x, const char *y)
{
	return strcmp(x ? x : "", y ? y : "") == 0;
}

static int check_arguments(const big_assessment *const *as, size_t count,
			   const big_aggregate_options *o)
{
	if (!as || count == 0)
		return big_error_set(BIG_EINVAL, "no assessments to aggregate");
	if (o->version != BIG_AGGREGATE_OPTIONS_VERSION)
		return big_error_set(BIG_EINVAL, "unsupported big_aggregate_options version %u",
				     o->version);
	if (!big_aggregate_method_name(o->method))
		return big_error_set(BIG_EINVAL, "unknown aggregation method %d", (int)o->method);
	if (!big_rollup_name(o->rollup))
		return big_error_set(BIG_EINVAL, "unknown roll-up method %d", (int)o->rollup);
	if (o->expected_member_count && !o->expected_members)
		return big_error_set(BIG_EINVAL, "expected_member_count without expected_members");
	for (size_t i = 0; i < o->expected_member_count; i++)
		if (!o->expected_members[i] || !*o->expected_members[i])
			return big_error_set(BIG_EINVAL, "expected member %zu has no id", i);
	for (size_t i = 0; i < count; i++) {
		if (!as[i])
			return big_error_set(BIG_EINVAL, "assessment %zu is NULL", i);
		int rc = big_same_catalogue(as[0]->catalogue, as[i]->catalogue);
		if (rc)
			return rc;
	}
	const big_catalogue *cat = as[0]->catalogue;
	if (o->target < -1 || o->target > cat->max_level)
		return big_error_set(BIG_ERANGE, "target %d is not between 0 and %d", o->target,
				     cat->max_level);
	if (o->method == BIG_AGGREGATE_WEIGHTED_MEAN && !o->weights && !o->weight_attribute)
		return big_error_set(BIG_EINVAL,
				     "a weighted mean needs weights or a weight attribute");
	if (o->profile)
		return 0;
	for (size_t i = 1; i < count; i++)
		if (!same_string(as[0]->profile, as[i]->profile))
			return big_error_set(
			    BIG_EMISMATCH,
			    "organisations %s and %s are assessed under different "
			    "profiles (\"%s\" and \"%s\"); name one in the options",
			    as[0]->organisation_id, as[i]->organisation_id,
			    as[0]->profile ? as[0]->profile : "",
			    as[i]->profile ? as[i]->profile : "");
	return 0;
}

static int check_weight(double w, const char *id)
{
	if (!isfinite(w) || w <= 0)
		return big_error_set(BIG_ERANGE, "the weight of organisation %s is not positive",
				     id);
	return 0;
}

/* The organisations: the assessments, then the missing expected members,
 * with their weights. */
static int add_members(big_aggregate_report *ag, const big_assessment *const *as, size_t count,
		       const big_aggregate_options *o)
{
	size_t cap = count + o->expected_member_count;
	bool weighted = o->method == BIG_AGGREGATE_WEIGHTED_MEAN;
	int rc;

	ag->members = big_calloc(cap, sizeof(*ag->members));
	ag->weights = big_calloc(cap, sizeof(*ag->weights));
	if (!ag->members || !ag->weights)
		return BIG_ENOMEM;
	for (size_t i = 0; i < count; i++) {
		double w = 1;
		if (!(ag->members[i] = big_strdup(as[i]->organisation_id)))
			return BIG_ENOMEM;
		ag->member_count++;
		if (weighted && o->weights)
			w = o->weights[i];
		else if (weighted && big_assessment_attribute(&w, as[i], o->weight_attribute))
			return big_error_set(BIG_ENOTFOUND,
					     "organisation %s has no attribute \"%s\" to weigh by",
					     as[i]->organisation_id, o->weight_attribute);
		if (weighted && (rc = check_weight(w, as[i]->organisation_id)))
			return rc;
		ag->weights[i] = w;
	}
	ag->missing_first = count;
	for (size_t j = 0; j < o->expected_member_count; j++) {
		const char *id = o->expected_members[j];
		bool found = false;
		for (size_t i = 0; !found && i < ag->member_count; i++)
			found = strcmp(ag->members[i], id) == 0;
		if (found)
			continue;
		double w = 1;
		if (weighted && !o->expected_weights)
			return big_error_set(BIG_ENOTFOUND,
					     "expected member %s has no assessment and no weight "
					     "(expected_weights)",
					     id);
		if (weighted && (rc = check_weight(w = o->expected_weights[j], id)))
			return rc;
		if (!(ag->members[ag->member_count] = big_strdup(id)))
			return BIG_ENOMEM;
		ag->weights[ag->member_count++] = w;
	}
	return 0;
}

static int compare_doubles(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return (a > b) - (a < b);
}

/* The method over k > 0 values @v with weights @w (@v may be reordered). */
static double combine_values(big_aggregate_method method, double *v, const double *w, size_t k)
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
	/* A mean lies between the values averaged; rounding must not take it out. */
	return r < lo ? lo : r > hi ? hi : r;
}

/* Per requirement: the combined score (has[q], score[q]); per node: n. */
static int combine_requirements(big_aggregate_report *ag, big_report *const *reports, size_t count,
				bool *has, double *score)
{
	const big_catalogue *cat = ag->catalogue;
	size_t members = ag->member_count;
	double missing_s = cat->status_values[BIG_STATUS_NOT_ASSESSED];
	double *v = big_calloc(members, sizeof(*v));
	double *w = big_calloc(members, sizeof(*w));
	size_t *stamp = big_calloc(cat->node_count, sizeof(*stamp));
	if (!v || !w || !stamp) {
		big_free(v);
		big_free(w);
		big_free(stamp);
		return BIG_ENOMEM;
	}
	for (size_t q = 0; q < cat->requirement_count; q++) {
		size_t k = 0;
		if (!reports[0]->evals[q].applicable)
			continue;
		for (size_t i = 0; i < members; i++) {
			const struct big_eval *e = i < count ? &reports[i]->evals[q] : NULL;
			if (e && !e->scorable)
				continue;
			v[k] = e ? e->score : missing_s;
			w[k++] = ag->weights[i];
		}
		if ((has[q] = k > 0))
			score[q] = combine_values(ag->method, v, w, k);
	}
	/* n: organisations with a scorable requirement beneath each node. */
	for (size_t i = 0; i < members; i++) {
		bool any = false;
		for (size_t q = 0; q < cat->requirement_count; q++) {
			const struct big_eval *e = i < count ? &reports[i]->evals[q] : NULL;
			if (!reports[0]->evals[q].applicable || (e && !e->scorable))
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
	big_free(v);
	big_free(w);
	big_free(stamp);
	return 0;
}

struct agg_acc {
	unsigned applicable;
	struct big_rollup_acc roll; /* over the aggregated requirement scores */
};

static void acc_combine(struct agg_acc *acc, const struct agg_acc *all,
			const big_node *const *children, size_t count, bool leaf)
{
	for (size_t i = 0; i < count; i++)
		acc->applicable += all[children[i]->index].applicable;
	big_rollup_children(&acc->roll, children, count, leaf, &all->roll, sizeof(*all));
}

static void acc_finish(big_aggregate_scores *s, const struct agg_acc *acc, big_rollup rollup)
{
	s->applicable = acc->applicable;
	big_rollup_result(&acc->roll, rollup, &s->has_implementation, &s->implementation);
}

static int roll_up(big_aggregate_report *ag, big_report *const *reports, size_t count)
{
	const big_catalogue *cat = ag->catalogue;
	size_t rq = cat->requirement_count;
	bool *has = big_calloc(rq ? rq : 1, sizeof(*has));
	double *score = big_calloc(rq ? rq : 1, sizeof(*score));
	struct agg_acc *acc = big_calloc(cat->node_count, sizeof(*acc));
	int rc = (!has || !score || !acc) ? BIG_ENOMEM : 0;

	if (!rc)
		rc = combine_requirements(ag, reports, count, has, score);
	for (size_t i = cat->node_count; !rc && i-- > 0;) {
		const big_node *n = &cat->nodes[i];
		bool leaf = false;
		if (n->assessable && reports[0]->evals[n->requirement].applicable) {
			acc[i].applicable = 1;
			if ((leaf = has[n->requirement]))
				big_rollup_leaf(&acc[i].roll, n->weight, score[n->requirement]);
		}
		acc_combine(&acc[i], acc, n->children, n->child_count, leaf);
		acc_finish(&ag->scores[i], &acc[i], ag->rollup);
	}
	if (!rc) {
		struct agg_acc overall = {0};
		acc_combine(&overall, acc, cat->roots, cat->root_count, false);
		acc_finish(&ag->overall, &overall, ag->rollup);
	}
	big_free(has);
	big_free(score);
	big_free(acc);
	return rc;
}

static int score_all(big_report **reports, const big_assessment *const *as, size_t count,
		     const big_aggregate_report *ag)
{
	big_score_options so = BIG_SCORE_OPTIONS_INIT;
	so.rollup = ag->rollup;
	so.target = ag->target;
	so.profile = ag->profile ? big_profile_id(ag->profile) : "";
	for (size_t i = 0; i < count; i++) {
		int rc = big_score(&reports[i], as[i], &so);
		if (rc)
			return rc;
	}
	return 0;
}

int big_aggregate(big_aggregate_report **out, const big_assessment *const *assessments,
		  size_t count, const big_aggregate_options *opts)
{
	const big_aggregate_options defaults = BIG_AGGREGATE_OPTIONS_INIT;
	big_aggregate_report *ag = NULL;
	big_report **reports = NULL;
	int rc;

	if (!out)
		return big_error_set(BIG_EINVAL, "no output pointer");
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if ((rc = check_arguments(assessments, count, opts)))
		return rc;
	const big_catalogue *cat = assessments[0]->catalogue;
	const char *profile = opts->profile ? opts->profile : assessments[0]->profile;
	const big_profile *p = NULL;
	if (profile && *profile && !(p = big_catalogue_find_profile(cat, profile)))
		return big_error_set(BIG_ENOTFOUND, "catalogue %s %s has no profile \"%s\"",
				     cat->id, cat->version, profile);

	if (!(ag = big_calloc(1, sizeof(*ag))))
		return BIG_ENOMEM;
	ag->catalogue = big_catalogue_ref((big_catalogue *)cat);
	ag->profile = p;
	ag->method = opts->method;
	ag->rollup = opts->rollup;
	ag->target = opts->target >= 0 ? opts->target : cat->default_target;
	rc = BIG_ENOMEM;
	if ((opts->method == BIG_AGGREGATE_WEIGHTED_MEAN && !opts->weights &&
	     !(ag->weight_attribute = big_strdup(opts->weight_attribute))) ||
	    !(ag->scores = big_calloc(cat->node_count, sizeof(*ag->scores))) ||
	    !(reports = big_calloc(count, sizeof(*reports))))
		goto fail;
	if ((rc = add_members(ag, assessments, count, opts)) ||
	    (rc = score_all(reports, assessments, count, ag)) || (rc = roll_up(ag, reports, count)))
		goto fail;
	for (size_t i = 0; i < count; i++)
		big_report_free(reports[i]);
	big_free(reports);
	*out = ag;
	return 0;
fail:
	for (size_t i = 0; reports && i < count; i++)
		big_report_free(reports[i]);
	big_free(reports);
	big_aggregate_report_free(ag);
	return rc == BIG_ENOMEM ? big_error_nomem() : rc;
}

const big_catalogue *big_aggregate_report_catalogue(const big_aggregate_report *ag)
{
	return ag->catalogue;
}

big_aggregate_method big_aggregate_report_method(const big_aggregate_report *ag)
{
	return ag->method;
}

size_t big_aggregate_report_member_count(const big_aggregate_report *ag)
{
	return ag->member_count;
}

const char *big_aggregate_report_member(const big_aggregate_report *ag, size_t i)
{
	return i < ag->member_count ? ag->members[i] : NULL;
}

double big_aggregate_report_member_weight(const big_aggregate_report *ag, size_t i)
{
	return i < ag->member_count ? ag->weights[i] : 0;
}

size_t big_aggregate_report_missing_count(const big_aggregate_report *ag)
{
	return ag->member_count - ag->missing_first;
}

const char *big_aggregate_report_missing(const big_aggregate_report *ag, size_t i)
{
	return i < ag->member_count - ag->missing_first ? ag->members[ag->missing_first + i] : NULL;
}

const big_aggregate_scores *big_aggregate_report_overall(const big_aggregate_report *ag)
{
	return &ag->overall;
}

const big_aggregate_scores *big_aggregate_report_node(const big_aggregate_report *ag,
						      const big_node *node)
{
	if (!node || node->catalogue != ag->catalogue)
		return NULL;
	return &ag->scores[node->index];
}

const big_aggregate_scores *big_aggregate_report_find(const big_aggregate_report *ag,
						      const char *id)
{
	return big_aggregate_report_node(ag, big_catalogue_find(ag->catalogue, id));
}
