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
#include "idmap.h"
#include "report-int.h"

int big__same_catalogue(const big_catalogue *a, const big_catalogue *b)
{
	return big__catalogue_check_same(a, b, "documents");
}

static bool same_string(const char *x, const char *y)
{
	return strcmp(x ? x : "", y ? y : "") == 0;
}

int big__aggregate_check_options(const big_aggregate_options *o, const big_catalogue *cat)
{
	if (o->version < 1 || o->version > BIG_AGGREGATE_OPTIONS_VERSION)
		return big__error_set(BIG_EINVAL, "unsupported big_aggregate_options version %u",
				      o->version);
	char lang[BIG_LANG_SIZE];
	if (big__lang_option(lang, big__aggregate_lang(o)))
		return BIG_EINVAL;
	if (!big_aggregate_method_name(o->method))
		return big__error_set(BIG_EINVAL, "unknown aggregation method %d", (int)o->method);
	if (!big_rollup_name(o->rollup))
		return big__error_set(BIG_EINVAL, "unknown roll-up method %d", (int)o->rollup);
	if (o->target < -1 || o->target > cat->max_level)
		return big__error_set(BIG_ERANGE, "target %d is not between 0 and %d", o->target,
				      cat->max_level);
	return 0;
}

bool big__aggregate_in_period(const big_assessment *a, const char *period)
{
	return !period || same_string(a->period, period);
}

int big__aggregate_check_pool(const big_assessment *const *as, size_t count,
			      const big_catalogue *cat, const char *period, struct big_idmap *ids)
{
	struct big_idmap own = {0};
	struct big_idmap *map = ids ? ids : &own;
	int rc = big__idmap_init(map, count);
	for (size_t i = 0; !rc && i < count; i++) {
		size_t first;
		if (!as[i])
			rc = big__error_set(BIG_EINVAL, "assessment %zu is NULL", i);
		else if ((rc = big__same_catalogue(cat, as[i]->catalogue)) ||
			 !big__aggregate_in_period(as[i], period) ||
			 !big__idmap_insert(map, as[i]->organisation_id, i, &first))
			continue;
		else if (same_string(as[first]->period, as[i]->period))
			rc = big__error_set(BIG_EDUPLICATE,
					    "assessments %zu and %zu are both of organisation %s",
					    first, i, as[i]->organisation_id);
		else
			rc = big__error_set(BIG_EDUPLICATE,
					    "assessments %zu and %zu are both of organisation %s "
					    "(periods %s and %s: the option period selects one)",
					    first, i, as[i]->organisation_id,
					    as[first]->period ? as[first]->period : "",
					    as[i]->period ? as[i]->period : "");
	}
	if (rc || !ids)
		big__idmap_free(map);
	return rc;
}

int big__aggregate_check_periods(const big_assessment *const *as, size_t count)
{
	for (size_t i = 1; i < count; i++)
		if (!same_string(as[0]->period, as[i]->period))
			return big__error_set(
			    BIG_EMISMATCH,
			    "organisations %s and %s are assessed for different periods "
			    "(\"%s\" and \"%s\"); name one in the options (period)",
			    as[0]->organisation_id, as[i]->organisation_id,
			    as[0]->period ? as[0]->period : "", as[i]->period ? as[i]->period : "");
	return 0;
}

int big__profile_mismatch(const char *ida, const char *pa, const char *idb, const char *pb)
{
	pa = pa ? pa : "";
	pb = pb ? pb : "";
	if (!*pa || !*pb)
		return big__error_set(BIG_EMISMATCH,
				      "%s has no profile, %s uses \"%s\": name one in the options "
				      "(profile)",
				      *pa ? idb : ida, *pa ? ida : idb, *pa ? pa : pb);
	return big__error_set(
	    BIG_EMISMATCH, "%s uses profile \"%s\", %s \"%s\": name one in the options (profile)",
	    ida, pa, idb, pb);
}

int big__aggregate_profile(const big_profile **out, const big_catalogue *cat, const char *name,
			   const big_assessment *const *as, size_t count)
{
	*out = NULL;
	if (!name) {
		for (size_t i = 1; i < count; i++)
			if (!same_string(as[0]->profile, as[i]->profile))
				return big__profile_mismatch(as[0]->organisation_id, as[0]->profile,
							     as[i]->organisation_id,
							     as[i]->profile);
		name = count ? as[0]->profile : NULL;
	}
	if (name && *name && !(*out = big_catalogue_find_profile(cat, name)))
		return big__error_set(BIG_ENOTFOUND, "catalogue %s %s has no profile \"%s\"",
				      cat->id, cat->version, name);
	return 0;
}

int big__aggregate_check_weight(double w, const char *id)
{
	if (!isfinite(w) || w <= 0)
		return big__error_set(BIG_ERANGE, "the weight of organisation %s is not positive",
				      id);
	return 0;
}

/* The weight of the organisation of @a: by @o's weights or attribute. */
static int weight_of(double *w, const big_assessment *a, size_t i, const big_aggregate_options *o)
{
	*w = 1;
	if (o->method != BIG_AGGREGATE_WEIGHTED_MEAN)
		return 0;
	if (o->weights)
		*w = o->weights[i];
	else if (big_assessment_attribute(w, a, o->weight_attribute))
		return big__error_set(BIG_ENOTFOUND,
				      "organisation %s has no attribute \"%s\" to weigh by",
				      a->organisation_id, o->weight_attribute);
	return big__aggregate_check_weight(*w, a->organisation_id);
}

/* The members of a big_aggregate(): the assessments, then the expected
 * members that have none, each once. */
static int list_members(struct big_agg_member *m, size_t *count, const big_assessment *const *as,
			size_t n, const struct big_idmap *ids, const big_aggregate_options *o)
{
	struct big_idmap missing = {0};
	int rc = big__idmap_init(&missing, o->expected_member_count);
	for (size_t i = 0; !rc && i < n; i++) {
		m[i].id = as[i]->organisation_id;
		m[i].assessment = as[i];
		rc = weight_of(&m[i].weight, as[i], i, o);
	}
	*count = n;
	for (size_t j = 0; !rc && j < o->expected_member_count; j++) {
		const char *id = o->expected_members[j];
		size_t at;
		if (big__idmap_find(ids, id, &at) || big__idmap_insert(&missing, id, j, &at))
			continue;
		m[*count].id = id;
		m[*count].weight = 1;
		if (o->method == BIG_AGGREGATE_WEIGHTED_MEAN && !o->expected_weights)
			rc = big__error_set(BIG_ENOTFOUND,
					    "expected member %s has no assessment and no weight "
					    "(expected_weights)",
					    id);
		else if (o->method == BIG_AGGREGATE_WEIGHTED_MEAN)
			rc = big__aggregate_check_weight(m[*count].weight = o->expected_weights[j],
							 id);
		++*count;
	}
	big__idmap_free(&missing);
	return rc;
}

static int check_arguments(const big_assessment *const *as, size_t count,
			   const big_aggregate_options *o)
{
	if (!as || count == 0 || !as[0])
		return big__error_set(BIG_EINVAL, "no assessments to aggregate");
	int rc = big__aggregate_check_options(o, as[0]->catalogue);
	if (rc)
		return rc;
	if (o->expected_member_count && !o->expected_members)
		return big__error_set(BIG_EINVAL, "expected_member_count without expected_members");
	for (size_t i = 0; i < o->expected_member_count; i++)
		if (!o->expected_members[i] || !*o->expected_members[i])
			return big__error_set(BIG_EINVAL, "expected member %zu has no id", i);
	if (o->method == BIG_AGGREGATE_WEIGHTED_MEAN && !o->weights && !o->weight_attribute)
		return big__error_set(BIG_EINVAL,
				      "a weighted mean needs weights or a weight attribute");
	return 0;
}

int big_aggregate(big_aggregate_report **out, const big_assessment *const *assessments,
		  size_t count, const big_aggregate_options *opts)
{
	const big_aggregate_options defaults = BIG_AGGREGATE_OPTIONS_INIT;
	struct big_idmap ids = {0};
	struct big_agg_member *members = NULL;
	big_aggregate_report *ag = NULL;
	const big_profile *p = NULL;
	const big_assessment **taking = NULL;
	double *weights = NULL;
	big_aggregate_options o;
	size_t n = 0, taken = 0;
	int rc;

	if (!out)
		return big__error_set(BIG_EINVAL, "no output pointer");
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if ((rc = check_arguments(assessments, count, opts)))
		return rc;
	const big_catalogue *cat = assessments[0]->catalogue;
	if ((rc = big__catalogue_fingerprint_ensure(cat)) || /* the aggregate names it */
	    (rc = big__aggregate_check_pool(assessments, count, cat, opts->period, &ids)))
		return rc;
	/* The assessments of the period, in order. */
	taking = big__calloc(count, sizeof(*taking));
	weights = big__calloc(count, sizeof(*weights));
	if (!taking || !weights) {
		rc = BIG_ENOMEM;
		goto done;
	}
	for (size_t i = 0; i < count; i++) {
		if (!big__aggregate_in_period(assessments[i], opts->period))
			continue;
		if (opts->weights) /* weights[] is parallel to the assessments */
			weights[taken] = opts->weights[i];
		taking[taken++] = assessments[i];
	}
	o = *opts;
	o.weights = opts->weights ? weights : NULL;
	if (!taken) {
		rc = big__error_set(BIG_EINVAL, "no assessment is of period \"%s\"", opts->period);
		goto done;
	}
	if ((rc = big__aggregate_check_periods(taking, taken)) ||
	    (rc = big__aggregate_profile(&p, cat, opts->profile, taking, taken)))
		goto done;
	members = big__calloc(taken + opts->expected_member_count, sizeof(*members));
	if (!members || !(ag = big__aggregate_alloc(cat, p, opts))) {
		rc = big__error_nomem();
		goto done;
	}
	if ((rc = list_members(members, &n, taking, taken, &ids, &o)) ||
	    (rc = big__aggregate_build(ag, members, n)) ||
	    (ag->k <= 1 && (rc = big__aggregate_attribute(ag)))) { /* guarded: no attribution */
		big_aggregate_report_free(ag);
		ag = NULL;
	}
done:
	big_free(taking);
	big_free(weights);
	big_free(members);
	big__idmap_free(&ids);
	*out = ag;
	return rc == BIG_ENOMEM ? big__error_nomem() : rc;
}

const char *big_aggregate_report_lang(const big_aggregate_report *ag)
{
	return ag->lang;
}

const char *big_aggregate_report_id(const big_aggregate_report *ag)
{
	return ag->id;
}

unsigned int big_aggregate_report_k(const big_aggregate_report *ag)
{
	return ag->k;
}

bool big_aggregate_report_flattened(const big_aggregate_report *ag)
{
	return ag->flattened;
}

bool big_aggregate_report_collaboration_assessed(const big_aggregate_report *ag)
{
	return ag->own_assessment;
}

const big_aggregate_report *big_aggregate_report_member_nested(const big_aggregate_report *ag,
							       size_t i)
{
	return i < ag->member_count ? ag->nested[i] : NULL;
}

const big_aggregate_scores *big_aggregate_report_member_overall(const big_aggregate_report *ag,
								size_t i)
{
	return i < ag->missing_first ? &ag->member_scores[i] : NULL;
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

bool big_aggregate_report_member_missing(const big_aggregate_report *ag, size_t i)
{
	return i >= ag->missing_first && i < ag->member_count;
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
