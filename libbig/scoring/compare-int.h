/*
 * libbig — private: the comparison model, shared by compare.c and
 * compare-json.c.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_COMPARE_INT_H
#define BIG_COMPARE_INT_H

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

#endif /* BIG_COMPARE_INT_H */
