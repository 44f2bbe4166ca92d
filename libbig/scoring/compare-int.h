/*
 * libbig — private: the comparison model, shared by compare.c and
 * compare-json.c, and the arithmetic of a change that the trend of a
 * collaboration (many/trend.c) shares with it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_COMPARE_INT_H
#define BIG_COMPARE_INT_H

#include <math.h>
#include <stdbool.h>

#include "big.h"

struct big_comparison {
	big_report *before;
	big_report *after;
	big_delta overall;
	big_delta *nodes;                /* one per node of the before catalogue, in pre-order */
	big_contribution *contributions; /* the listed ones, in their order */
	size_t contribution_count;
	double flat_delta;
};

struct big_jw;

/* Writes "delta": the change @d as an object (compare-json.c; the trend's
 * writer shares it). */
void big__delta_json(struct big_jw *w, const big_delta *d);

/* A compensated sum (Neumaier's variant of Kahan summation). */
struct big_ksum {
	double sum;
	double comp; /* the rounding errors of the additions so far */
};

static inline void big__ksum_add(struct big_ksum *k, double x)
{
	double t = k->sum + x;

	/* The smaller operand is the one that lost digits. */
	if (fabs(k->sum) >= fabs(x))
		k->comp += (k->sum - t) + x;
	else
		k->comp += (x - t) + k->sum;
	k->sum = t;
}

static inline double big__ksum_value(const struct big_ksum *k)
{
	return k->sum + k->comp;
}

/* The change after − before of the scores @b and @a into the big_delta
 * @d: big_scores (a report's) or big_aggregate_scores (an aggregate's), which
 * name their figures alike. One definition for comparisons and trends. */
#define BIG__DELTA_SUBTRACT(d, b, a)                                                              \
	do {                                                                                      \
		memset((d), 0, sizeof(*(d)));                                                     \
		(d)->has_implementation = (b)->has_implementation && (a)->has_implementation;     \
		if ((d)->has_implementation)                                                      \
			(d)->implementation = (a)->implementation - (b)->implementation;          \
		(d)->has_maturity = (b)->has_maturity && (a)->has_maturity;                       \
		if ((d)->has_maturity)                                                            \
			(d)->maturity_mean = (a)->maturity_mean - (b)->maturity_mean;             \
		(d)->has_coverage = (b)->has_coverage && (a)->has_coverage;                       \
		if ((d)->has_coverage) {                                                          \
			(d)->coverage = (a)->coverage - (b)->coverage;                            \
			(d)->comply_or_explain = (a)->comply_or_explain - (b)->comply_or_explain; \
		}                                                                                 \
		(d)->applicable = (int)(a)->applicable - (int)(b)->applicable;                    \
		(d)->has_demonstration = (b)->has_demonstration && (a)->has_demonstration;        \
		if ((d)->has_demonstration) {                                                     \
			(d)->opzet = (a)->opzet - (b)->opzet;                                     \
			(d)->bestaan = (a)->bestaan - (b)->bestaan;                               \
			(d)->werking = (a)->werking - (b)->werking;                               \
		}                                                                                 \
	} while (0)

/* One side of a requirement for its contribution: whether it is in the
 * scorable set, its value s and the weight W of that side's scorable set. */
struct big_contrib_side {
	bool scored;
	double weight; /* the requirement's weight w on this side */
	double score;
	double total; /* W */
};

/* w·s/W of one side, 0 when the requirement is not in its scorable set. */
static inline double big__contrib_share(const struct big_contrib_side *x)
{
	if (!x->scored || x->total <= 0)
		return 0;
	return x->weight * x->score / x->total;
}

/* A requirement's contribution to the change of the flat overall score
 * (docs/scoring.md, "Comparison"): w·s_a/W_a − w·s_b/W_b. */
static inline double big__contribution(const struct big_contrib_side *b,
				       const struct big_contrib_side *a)
{
	/* The same scorable weight on both sides: one rounding instead of three. */
	if (b->scored && a->scored && b->total == a->total && a->total > 0 &&
	    b->weight == a->weight)
		return a->weight * (a->score - b->score) / a->total;
	return big__contrib_share(a) - big__contrib_share(b);
}

#endif /* BIG_COMPARE_INT_H */
