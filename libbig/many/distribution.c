/*
 * libbig — distributions of the scores of many organisations and the
 * publication guard (docs/scoring.md, "Distributions and the publication
 * guard").
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate-int.h"
#include "alloc.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "report-int.h"

void big_distribution_free(big_distribution *d)
{
	if (!d)
		return;
	for (int s = 0; s < BIG_DIST_SCORE_COUNT; s++) {
		for (size_t i = 0; d->values && i < d->catalogue->node_count; i++)
			big_free(d->values[i][s].sorted);
		big_free(d->overall_values[s].sorted);
	}
	big_free(d->values);
	big_free(d->scores);
	big_free(d->applicable);
	big_catalogue_free(d->catalogue);
	big_free(d);
}

static int compare_doubles(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return (a > b) - (a < b);
}

/* Quantile p of n > 0 sorted values: R-7, linear interpolation between the
 * closest ranks (Excel PERCENTILE.INC). */
static double quantile(const double *v, size_t n, double p)
{
	double h = (double)(n - 1) * p;
	size_t lo = (size_t)floor(h);
	if (lo + 1 >= n)
		return v[n - 1];
	return v[lo] + (h - (double)lo) * (v[lo + 1] - v[lo]);
}

/* Statistics of @n sorted values under the guard @k. */
static void statistics(big_statistics *s, const double *v, size_t n, unsigned k)
{
	double sum = 0;
	memset(s, 0, sizeof(*s));
	s->n = (unsigned)n;
	s->suppressed = n > 0 && n < k;
	s->available = n > 0 && !s->suppressed;
	if (!s->available)
		return;
	for (size_t i = 0; i < n; i++)
		sum += v[i]; /* ascending order: independent of the order of the reports */
	s->min = v[0];
	s->max = v[n - 1];
	s->q1 = quantile(v, n, 0.25);
	s->median = quantile(v, n, 0.5);
	s->q3 = quantile(v, n, 0.75);
	s->mean = sum / (double)n;
	if (s->mean < s->min)
		s->mean = s->min;
	if (s->mean > s->max)
		s->mean = s->max;
}

/* Sorted values of one score of one node (@node NULL: overall) into @v. */
static size_t gather(double *v, const big_report *const *reports, size_t count,
		     const big_node *node, enum big_dist_score which)
{
	size_t n = 0;
	for (size_t i = 0; i < count; i++) {
		const big_scores *s =
		    node ? &reports[i]->scores[node->index] : &reports[i]->overall;
		if (which == BIG_DIST_IMPLEMENTATION && s->has_implementation)
			v[n++] = s->implementation;
		else if (which == BIG_DIST_COVERAGE && s->has_coverage)
			v[n++] = s->coverage;
		else if (which == BIG_DIST_COMPLY_OR_EXPLAIN && s->has_coverage)
			v[n++] = s->comply_or_explain;
	}
	qsort(v, n, sizeof(*v), compare_doubles);
	return n;
}

/* The statistics of one node, keeping the sorted values of every score
 * (for the percentile ranks). */
static int describe(big_distribution_scores *ds, struct big_dist_values *values,
		    const big_report *const *reports, size_t count, const big_node *node,
		    unsigned k)
{
	for (int s = 0; s < BIG_DIST_SCORE_COUNT; s++) {
		struct big_dist_values *v = &values[s];
		if (!(v->sorted = big__malloc(count * sizeof(*v->sorted))))
			return BIG_ENOMEM;
		v->n = gather(v->sorted, reports, count, node, (enum big_dist_score)s);
		statistics((big_statistics *)big__dist_statistics(ds, (enum big_dist_score)s),
			   v->sorted, v->n, k);
	}
	return 0;
}

static int check_reports(const big_report *const *reports, size_t count,
			 const big_distribution_options *o)
{
	if (!reports || count == 0)
		return big__error_set(BIG_EINVAL, "no reports to describe");
	if (o->version != BIG_DISTRIBUTION_OPTIONS_VERSION)
		return big__error_set(BIG_EINVAL, "unsupported big_distribution_options version %u",
				      o->version);
	for (size_t i = 0; i < count; i++) {
		if (!reports[i])
			return big__error_set(BIG_EINVAL, "report %zu is NULL", i);
		int rc = big__same_catalogue(reports[0]->catalogue, reports[i]->catalogue);
		if (rc)
			return rc;
		if (reports[i]->rollup != reports[0]->rollup)
			return big__error_set(
			    BIG_EMISMATCH, "reports %zu and 0 are rolled up differently (%s, %s)",
			    i, big_rollup_name(reports[i]->rollup),
			    big_rollup_name(reports[0]->rollup));
		const big_profile *p = reports[i]->profile, *p0 = reports[0]->profile;
		if (!p != !p0 || (p && strcmp(p->id, p0->id) != 0))
			return big__profile_mismatch(reports[0]->organisation_id, p0 ? p0->id : "",
						     reports[i]->organisation_id, p ? p->id : "");
	}
	return 0;
}

int big_distribution_new(big_distribution **out, const big_report *const *reports, size_t count,
			 const big_distribution_options *opts)
{
	const big_distribution_options defaults = BIG_DISTRIBUTION_OPTIONS_INIT;
	big_distribution *d;
	int rc;

	if (!out)
		return big__error_set(BIG_EINVAL, "no output pointer");
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if ((rc = check_reports(reports, count, opts)))
		return rc;
	const big_catalogue *cat = reports[0]->catalogue;
	if (!(d = big__calloc(1, sizeof(*d))))
		return BIG_ENOMEM;
	d->catalogue = big_catalogue_ref((big_catalogue *)cat);
	d->profile = reports[0]->profile;
	d->rollup = reports[0]->rollup;
	memcpy(d->lang, reports[0]->lang, sizeof(d->lang));
	d->count = count;
	d->k = opts->k;
	rc = BIG_ENOMEM;
	if (!(d->scores = big__calloc(cat->node_count, sizeof(*d->scores))) ||
	    !(d->values = big__calloc(cat->node_count ? cat->node_count : 1, sizeof(*d->values))) ||
	    !(d->applicable = big__calloc(cat->node_count, sizeof(*d->applicable))))
		goto fail;
	if ((rc = describe(&d->overall, d->overall_values, reports, count, NULL, d->k)))
		goto fail;
	for (size_t i = 0; i < cat->node_count; i++) {
		for (size_t j = 0; j < count; j++)
			if (reports[j]->scores[i].applicable > d->applicable[i])
				d->applicable[i] = reports[j]->scores[i].applicable;
		if ((rc = describe(&d->scores[i], d->values[i], reports, count, &cat->nodes[i],
				   d->k)))
			goto fail;
	}
	*out = d;
	return 0;
fail:
	big_distribution_free(d);
	return rc == BIG_ENOMEM ? big__error_nomem() : rc;
}

const big_catalogue *big_distribution_catalogue(const big_distribution *d)
{
	return d->catalogue;
}

size_t big_distribution_count(const big_distribution *d)
{
	return d->count;
}

const char *big_distribution_lang(const big_distribution *d)
{
	return d->lang;
}

unsigned int big_distribution_k(const big_distribution *d)
{
	return d->k;
}

const big_distribution_scores *big_distribution_overall(const big_distribution *d)
{
	return &d->overall;
}

const big_distribution_scores *big_distribution_node(const big_distribution *d,
						     const big_node *node)
{
	if (!node || node->catalogue != d->catalogue)
		return NULL;
	return &d->scores[node->index];
}

const big_distribution_scores *big_distribution_find(const big_distribution *d, const char *id)
{
	return big_distribution_node(d, big_catalogue_find(d->catalogue, id));
}

int big_distribution_percentile_rank(double *out, const big_distribution *d, const big_node *node,
				     double value)
{
	return big_distribution_percentile_rank_score(out, d, node, BIG_DISTRIBUTION_IMPLEMENTATION,
						      value);
}

int big_distribution_percentile_rank_score(double *out, const big_distribution *d,
					   const big_node *node, big_distribution_score score,
					   double value)
{
	if (!out || !d || isnan(value))
		return big__error_set(BIG_EINVAL, "no output pointer, no distribution or no value");
	const char *name = big_distribution_score_name(score);
	if (!name)
		return big__error_set(BIG_EINVAL, "unknown distribution score %d", (int)score);
	if (node && node->catalogue != d->catalogue)
		return big__error_set(BIG_ENOTFOUND, "node %s is not of catalogue %s %s", node->id,
				      d->catalogue->id, d->catalogue->version);
	const struct big_dist_values *v =
	    node ? &d->values[node->index][score] : &d->overall_values[score];
	const big_statistics *s = big__dist_statistics(node ? &d->scores[node->index] : &d->overall,
						       (enum big_dist_score)score);
	const char *id = node ? node->id : "overall";
	if (v->n == 0)
		return big__error_set(BIG_ERANGE, "no organisation has a score %s for %s", name,
				      id);
	if (s->suppressed)
		return big__error_set(BIG_ERANGE,
				      "%s: %zu organisations are fewer than k = %u: suppressed", id,
				      v->n, d->k);
	size_t below = 0, equal = 0;
	for (size_t i = 0; i < v->n; i++) {
		below += v->sorted[i] < value;
		equal += v->sorted[i] == value;
	}
	*out = 100.0 * ((double)below + (double)equal / 2) / (double)v->n;
	return 0;
}
