/*
 * libbig — private: the aggregate and distribution models.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_AGGREGATE_INT_H
#define BIG_AGGREGATE_INT_H

#include "big.h"

struct big_aggregate_report {
	big_catalogue *catalogue; /* a reference */
	const big_profile *profile;
	big_aggregate_method method;
	big_rollup rollup;
	int target;
	char *weight_attribute; /* NULL: none */
	char **members;         /* the assessments' organisations, then the missing */
	double *weights;        /* per member */
	size_t member_count;
	size_t missing_first; /* members[missing_first..] are the missing ones */
	big_aggregate_scores overall;
	big_aggregate_scores *scores; /* one per catalogue node, in pre-order */
};

/* The sorted values of one score over the organisations, and their statistics. */
struct big_dist_values {
	double *sorted;
	size_t n;
};

struct big_distribution {
	big_catalogue *catalogue; /* a reference */
	const big_profile *profile;
	big_rollup rollup;
	size_t count;
	unsigned int k;
	big_distribution_scores overall;
	big_distribution_scores *scores; /* one per catalogue node, in pre-order */
	unsigned int *applicable; /* per node: the largest count of applicable requirements */
	struct big_dist_values overall_impl;
	struct big_dist_values *impl; /* per node: sorted implementation scores */
};

/* Whether two catalogues are the same object or have the same id, version
 * and nodes: 0, or BIG_EMISMATCH (aggregate.c). */
int big_same_catalogue(const big_catalogue *a, const big_catalogue *b);

#endif /* BIG_AGGREGATE_INT_H */
