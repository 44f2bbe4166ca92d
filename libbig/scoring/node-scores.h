/*
 * libbig — private: the one definition of a node's scores (docs/scoring.md,
 * "Node scores"): what a requirement adds to the sums of the nodes above it,
 * how a node adds up its children, and how the sums become the scores.
 * Scoring one assessment (score.c) and aggregating many (aggregate-build.c)
 * both use these, so the rules cannot drift apart: one assessment's values
 * are 0 or 1 and whole levels, an aggregate's may be shares and fractional
 * levels combined from its members', and the same arithmetic gives both.
 *
 * Everything is inline: scoring calls these for every requirement, and a
 * call would cost as much as the work. The implementation roll-up, which
 * depends on the method, is rollup.h's.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_NODE_SCORES_H
#define BIG_NODE_SCORES_H

#include <math.h> /* INFINITY */
#include <stdbool.h>

#include "big.h"
#include "rollup.h"

/* The values of one applicable requirement: one organisation's, or those an
 * aggregate combined from its members' (docs/scoring.md, "Aggregation"). */
struct big_req_values {
	double score;    /* implementation s, when scorable */
	double maturity; /* when has_maturity */
	double level;    /* maturity, or 0 without one, when scorable */
	double covered;  /* assessed (status other than not_assessed): 1 or 0, or a share */
	double complied; /* implemented or properly explained: 1 or 0, or a share */
	double shown[BIG_DIMENSION_COUNT]; /* opzet, bestaan, werking demonstrated: 1 or 0, or
					      a share; when demonstrable */
	bool scorable;                     /* counts in the implementation score */
	bool has_maturity;                 /* scorable with a maturity */
	bool demonstrable; /* must show opzet, bestaan and werking (docs/scoring.md) */
};

/* The sums of a node over the applicable requirements beneath it (or of the
 * node itself, when it is scored as a leaf), but the counts per status and
 * the implementation roll-up. The minima start at +infinity and the maxima at
 * -infinity, so that adding a value is a plain min or max (no "first value"
 * case, no branch); they are read only when mw > 0 (then scorable > 0). */
struct big_node_sums {
	unsigned applicable;
	unsigned scorable;
	double covered, complied; /* Σ of the requirements' values */
	double mw, mwm;           /* Σw and Σw·m over scorable requirements with a maturity */
	double m_min, m_max;      /* smallest and largest of those maturities */
	double min_level;         /* smallest level of the scorable requirements */
	unsigned demonstrable;    /* requirements that must show opzet, bestaan, werking */
	double shown[BIG_DIMENSION_COUNT]; /* Σ of their values per dimension */
};

/* A level within this of a whole level counts as reaching it, so that the
 * rounding of a combined (mean) level cannot cost a level. One assessment's
 * levels are whole: for them this changes nothing. */
#define BIG_LEVEL_TOLERANCE 1e-9

static inline double big__min_double(double a, double b)
{
	return b < a ? b : a;
}

static inline double big__max_double(double a, double b)
{
	return b > a ? b : a;
}

/* A mean of values from @lo to @hi, kept between them: rounding must not
 * take it out (so when the values are all one level, it is that level).
 * Node finish and an aggregate's means (aggregate-build.c) both use it. */
static inline double big__mean_within(double mean, double lo, double hi)
{
	return mean < lo ? lo : mean > hi ? hi : mean;
}

/* The attained level of a node whose scorable requirements reach at least
 * @min_level (>= 0): the whole level below it, within BIG_LEVEL_TOLERANCE.
 * Truncation is floor for levels >= 0 (and needs no call of floor(), which
 * x86-64 without SSE4.1 cannot inline). */
static inline int big__attained_level(double min_level)
{
	return (int)(min_level + BIG_LEVEL_TOLERANCE);
}

static inline void big__node_sums_clear(struct big_node_sums *t)
{
	*t = (struct big_node_sums){0};
	t->m_min = t->min_level = INFINITY;
	t->m_max = -INFINITY;
}

/* Adds an applicable requirement of weight @weight with the values @v.
 * Returns whether it is scored (then the caller adds its score to the
 * implementation roll-up, as the node's own or as a child's). */
static inline bool big__node_sums_add(struct big_node_sums *restrict t, double weight,
				      const struct big_req_values *restrict v)
{
	t->applicable++;
	t->covered += v->covered;
	t->complied += v->complied;
	if (v->demonstrable) {
		t->demonstrable++;
		for (int d = 0; d < BIG_DIMENSION_COUNT; d++)
			t->shown[d] += v->shown[d];
	}
	if (!v->scorable)
		return false;
	if (v->has_maturity) {
		t->m_min = big__min_double(t->m_min, v->maturity);
		t->m_max = big__max_double(t->m_max, v->maturity);
		t->mw += weight;
		t->mwm += weight * v->maturity;
	}
	t->scorable++;
	t->min_level = big__min_double(t->min_level, v->level);
	return true;
}

/* Adds the sums of a child node. */
static inline void big__node_sums_add_child(struct big_node_sums *restrict t,
					    const struct big_node_sums *restrict c)
{
	t->applicable += c->applicable;
	t->covered += c->covered;
	t->complied += c->complied;
	t->m_min = big__min_double(t->m_min, c->m_min);
	t->m_max = big__max_double(t->m_max, c->m_max);
	t->mw += c->mw;
	t->mwm += c->mwm;
	t->min_level = big__min_double(t->min_level, c->min_level);
	t->scorable += c->scorable;
	t->demonstrable += c->demonstrable;
	for (int d = 0; d < BIG_DIMENSION_COUNT; d++)
		t->shown[d] += c->shown[d];
}

/* Stores the sums @from (a local the compiler keeps in registers) into @to,
 * field by field: a struct assignment would first write the local to the
 * stack and read it back in wide loads, each spanning two narrower stores
 * that the processor cannot forward (a stall of a dozen cycles, several
 * times per node: a quarter of the time of scoring). */
static inline void big__node_sums_store(struct big_node_sums *restrict to,
					const struct big_node_sums *restrict from)
{
	to->applicable = from->applicable;
	to->scorable = from->scorable;
	to->covered = from->covered;
	to->complied = from->complied;
	to->mw = from->mw;
	to->mwm = from->mwm;
	to->m_min = from->m_min;
	to->m_max = from->m_max;
	to->min_level = from->min_level;
	to->demonstrable = from->demonstrable;
	for (int d = 0; d < BIG_DIMENSION_COUNT; d++)
		to->shown[d] = from->shown[d];
}

/* The shares of opzet, bestaan and werking of @demonstrable requirements
 * whose values add up to @shown (docs/scoring.md, "Opzet, bestaan,
 * werking"): one definition for a node and a leaf. */
static inline void big__demonstration_shares(big_scores *restrict f, unsigned demonstrable,
					     const double *restrict shown)
{
	f->has_demonstration = demonstrable > 0;
	f->opzet = f->has_demonstration ? shown[BIG_DIMENSION_OPZET] / demonstrable : 0;
	f->bestaan = f->has_demonstration ? shown[BIG_DIMENSION_BESTAAN] / demonstrable : 0;
	f->werking = f->has_demonstration ? shown[BIG_DIMENSION_WERKING] / demonstrable : 0;
}

/* The scores from the sums @t and the implementation roll-up @roll by
 * @method, into every field of @f but the counts per status (the caller's:
 * an aggregate has none). Written into the report's scores themselves: a
 * struct made in a local and copied over would be read back in wide loads
 * from small stores, which stalls the processor on every node. Nothing scorable gives no
 * implementation and no maturity; no applicable requirement no coverage (docs/scoring.md). */
static inline void big__node_finish(big_scores *restrict f, const struct big_node_sums *restrict t,
				    const struct big_rollup_acc *restrict roll, big_rollup method)
{
	f->applicable = t->applicable;
	big__rollup_result(roll, method, &f->has_implementation, &f->implementation);
	f->has_maturity = t->mw > 0;
	f->maturity_mean = 0;
	f->attained_level = 0;
	if (f->has_maturity) {
		/* The sums are finite: the catalogue's weights add up to at
		 * most BIG_WEIGHT_SUM_MAX (catalogue-int.h). */
		f->maturity_mean = big__mean_within(t->mwm / t->mw, t->m_min, t->m_max);
		f->attained_level = big__attained_level(t->min_level);
	}
	f->has_coverage = t->applicable > 0;
	f->coverage = f->has_coverage ? t->covered / t->applicable : 0;
	f->comply_or_explain = f->has_coverage ? t->complied / t->applicable : 0;
	big__demonstration_shares(f, t->demonstrable, t->shown);
}

/* What big__node_finish() gives for the sums of the one applicable
 * requirement @v of weight @weight alone (a leaf requirement), without making
 * them: with one value the mean kept between the minimum and the maximum is
 * that value, and a share of one is the value itself. The same numbers, so
 * the same bytes, through the same helpers (the roll-up's, the attained
 * level's); scoring's fast path (most nodes are leaf requirements, 160 of
 * BIO2's 217: making and finishing the sums costs 15% of scoring). The suite
 * score-core checks both against each other for every kind of value. */
static inline void big__node_finish_one(big_scores *restrict f,
					const struct big_req_values *restrict v, double weight,
					big_rollup method)
{
	struct big_rollup_acc roll = {0};
	if (v->scorable)
		big__rollup_leaf(&roll, method, weight, v->score);
	f->applicable = 1;
	big__rollup_result(&roll, method, &f->has_implementation, &f->implementation);
	f->has_maturity = v->scorable && v->has_maturity;
	f->maturity_mean = f->has_maturity ? v->maturity : 0;
	f->attained_level = f->has_maturity ? big__attained_level(v->level) : 0;
	f->has_coverage = true;
	f->coverage = v->covered;
	f->comply_or_explain = v->complied;
	big__demonstration_shares(f, v->demonstrable, v->shown);
}

#endif /* BIG_NODE_SCORES_H */
