/*
 * libbig — private: the aggregate and distribution models.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_AGGREGATE_INT_H
#define BIG_AGGREGATE_INT_H

#include "big.h"
#include "catalogue-int.h"
#include "idmap.h"
#include "node-scores.h"

struct big_aggregate_report {
	big_catalogue *catalogue; /* a reference */
	const big_profile *profile;
	big_aggregate_method method;
	big_rollup rollup;
	int target;
	char lang[BIG_LANG_SIZE]; /* of the titles in its outputs; "": the default */
	/* a nested aggregate is shared by its parents, an aggregate by the
	 * trends made of it (trend.c): atomic, as two threads may make trends of one */
	_Atomic unsigned refs;
	char *id;          /* the collaboration's, or NULL */
	char *name, *kind; /* the collaboration's, or NULL */
	big_policy policy;
	bool own_assessment; /* the collaboration's own assessment was found */
	size_t *delegated;   /* indices of the delegated nodes */
	size_t delegated_count;
	char *weight_attribute;              /* NULL: none */
	unsigned int k;                      /* publication guard; 0 or 1: none */
	bool flattened;                      /* nested organisations are members */
	char **members;                      /* the assessed members, then the missing */
	double *weights;                     /* per member */
	big_aggregate_report **nested;       /* per member: a nested collaboration's, or NULL */
	big_aggregate_scores *member_scores; /* per member: its overall scores */
	size_t member_count;
	size_t missing_first;         /* members[missing_first..] are the missing ones */
	double total_weight;          /* Σ weights, what the aggregate weighs as a nested member */
	struct big_req_values *cells; /* per requirement: the combined values */
	/* per requirement q and member i: the member's values, at
	 * member_cells[q * member_count + i] (a nested member's are its combined
	 * values); what attribution and trends read */
	struct big_req_values *member_cells;
	bool *from_collab; /* per member cell: its result came from the collaboration (ag->id) */
	struct big_agg_attrib *attrib; /* attribution, ranking, gaps (aggregate-attrib.h) */
	big_aggregate_scores overall;
	big_aggregate_scores *scores; /* one per catalogue node, in pre-order */
};

/* One member for big__aggregate_build(): an assessment to score, a nested
 * aggregate (handed over to the new one), or neither (missing). */
struct big_agg_member {
	const char *id;
	double weight;
	const big_assessment *assessment;
	big_aggregate_report *nested;
};

/* A new, empty aggregate of @cat with the method, roll-up and target of
 * @o and the profile @p; NULL when out of memory. */
big_aggregate_report *big__aggregate_alloc(const big_catalogue *cat, const big_profile *p,
					   const big_aggregate_options *o);

/* Scores the members (the missing ones last), combines their values per
 * requirement and rolls them up into @ag. Takes over every member's nested
 * aggregate, also on failure. 0, or a negative code. */
int big__aggregate_build(big_aggregate_report *ag, struct big_agg_member *members, size_t count);

/* A new aggregate of the members of @ag for which @keep (one per member)
 * is true, combined and rolled up as @ag: the aggregate those members alone
 * would make, not yet attributed (big__aggregate_attribute(), which
 * aggregate-build.c must not call: it calls aggregate-build.c). *out is NULL
 * when none is kept. 0, or a negative code (aggregate-build.c). */
int big__aggregate_subset(big_aggregate_report **out, const big_aggregate_report *ag,
			  const bool *keep);

struct big_jw;

/* Writes the aggregated scores @s as an object (aggregate-json.c; the
 * trend's writer shares it). */
void big__aggregate_scores_json(struct big_jw *w, const big_aggregate_scores *s);
/* The method over k > 0 values @v with weights @w (@v may be reordered):
 * how a requirement's member values become the aggregate's. */
double big__aggregate_combine(big_aggregate_method method, double *v, const double *w, size_t k);

/* Rolls the requirement values @cells (one per requirement of the catalogue;
 * the applicable ones are read) up over the catalogue of @ag by its roll-up:
 * the figures of every node into @scores (node_count) and of the whole into
 * @overall; their n stays. 0 or BIG_ENOMEM. */
int big__aggregate_roll_up(const big_aggregate_report *ag, const struct big_req_values *cells,
			   big_aggregate_scores *scores, big_aggregate_scores *overall);

/* Whether requirement @q takes part in @ag (its profile selects it). */
static inline bool big__aggregate_applicable(const big_aggregate_report *ag, size_t q)
{
	return !ag->profile || big_profile_selects(ag->profile, ag->catalogue->requirements[q]);
}

/* Attributes the aggregate @ag, once built, to its members
 * (aggregate-attrib.c): its attribution, member x node matrix, ranking and
 * gaps. 0 or BIG_ENOMEM. */
int big__aggregate_attribute(big_aggregate_report *ag);

/* The sorted values of one score over the organisations, and their statistics. */
struct big_dist_values {
	double *sorted;
	size_t n;
};

/* The scores a distribution describes, in the order its documents list them:
 * the public big_distribution_score under short names. */
enum big_dist_score {
	BIG_DIST_IMPLEMENTATION = BIG_DISTRIBUTION_IMPLEMENTATION,
	BIG_DIST_COVERAGE = BIG_DISTRIBUTION_COVERAGE,
	BIG_DIST_COMPLY_OR_EXPLAIN = BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN,
	BIG_DIST_SCORE_COUNT = BIG_DISTRIBUTION_SCORE_COUNT
};

/* The name of score @s in the documents ("implementation" …). */
static inline const char *big__dist_score_name(enum big_dist_score s)
{
	return big_distribution_score_name((big_distribution_score)s);
}

/* The statistics of score @s in @ds. */
static inline const big_statistics *big__dist_statistics(const big_distribution_scores *ds,
							 enum big_dist_score s)
{
	return s == BIG_DIST_IMPLEMENTATION ? &ds->implementation
	       : s == BIG_DIST_COVERAGE     ? &ds->coverage
					    : &ds->comply_or_explain;
}

struct big_distribution {
	big_catalogue *catalogue; /* a reference */
	const big_profile *profile;
	big_rollup rollup;
	char lang[BIG_LANG_SIZE]; /* the first report's: of the titles in its outputs */
	size_t count;
	unsigned int k;
	big_distribution_scores overall;
	big_distribution_scores *scores; /* one per catalogue node, in pre-order */
	unsigned int *applicable; /* per node: the largest count of applicable requirements */
	/* the sorted values of every score, overall and per node (in pre-order) */
	struct big_dist_values overall_values[BIG_DIST_SCORE_COUNT];
	struct big_dist_values (*values)[BIG_DIST_SCORE_COUNT];
};

/* The `lang` of @o, which a version 1 struct lacks. */
static inline const char *big__aggregate_lang(const big_aggregate_options *o)
{
	return o->version >= 2 ? o->lang : NULL;
}

/* The `flatten` and `k` of @o, which a struct before version 3 lacks. */
static inline bool big__aggregate_flatten(const big_aggregate_options *o)
{
	return o->version >= 3 && o->flatten;
}

static inline unsigned int big__aggregate_k(const big_aggregate_options *o)
{
	return o->version >= 3 ? o->k : 0;
}

/* The publication guard (aggregate-guard.c): withholds every figure of @ag
 * (overall, per node, each member's own) over fewer than its k organisations. */
void big__aggregate_guard(big_aggregate_report *ag);

/* Checks the options that every aggregation shares against @cat. */
int big__aggregate_check_options(const big_aggregate_options *o, const big_catalogue *cat);

/* Checks a pool of assessments: none NULL, all of @cat, one per
 * organisation (BIG_EDUPLICATE) among those of @period (all when NULL).
 * Fills @ids (organisation id -> index) with those, unless it is NULL; the
 * caller frees it on success. */
int big__aggregate_check_pool(const big_assessment *const *as, size_t count,
			      const big_catalogue *cat, const char *period, struct big_idmap *ids);

/* Whether @a takes part under @period (NULL: every assessment does). */
bool big__aggregate_in_period(const big_assessment *a, const char *period);

/* 0 when the @count assessments share one period, else BIG_EMISMATCH. */
int big__aggregate_check_periods(const big_assessment *const *as, size_t count);

/* BIG_EMISMATCH: organisations @ida and @idb are assessed or scored under
 * profiles @pa and @pb ("" or NULL: none), which differ; the message names
 * them and what each uses (docs/scoring.md, "Aggregation"). */
int big__profile_mismatch(const char *ida, const char *pa, const char *idb, const char *pb);

/* The profile of an aggregation: the one @name names, or else the one the
 * @count assessments agree on (BIG_EMISMATCH when they do not). */
int big__aggregate_profile(const big_profile **out, const big_catalogue *cat, const char *name,
			   const big_assessment *const *as, size_t count);

/* 0 when @w is a weight (finite, > 0), else BIG_ERANGE naming @id. */
int big__aggregate_check_weight(double w, const char *id);

/* Whether two catalogues are the same object or have the same id, version
 * and fingerprint: 0, BIG_EMISMATCH or BIG_ENOMEM (aggregate.c). */
int big__same_catalogue(const big_catalogue *a, const big_catalogue *b);

struct big_csv;

/* The start of every aggregate CSV writer: checks @out and @ag, clears
 * *@out and starts @c. 0, BIG_EINVAL or BIG_ENOMEM (aggregate-csv.c). */
int big__aggregate_csv_begin(struct big_csv *c, char **out, const big_aggregate_report *ag,
			     unsigned int flags);

#endif /* BIG_AGGREGATE_INT_H */
