/*
 * bigscore aggregate — what cmd-aggregate.c (a collaboration, or a set of
 * assessments) and distribution.c (--distribution) share.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_AGGREGATE_H
#define BIGSCORE_AGGREGATE_H

#include "bigscore.h"

struct aggregate_args {
	struct bs_common c;
	const char *collaboration;     /* --collaboration FILE */
	struct bs_list collaborations; /* --collaborations DIR-or-FILE … */
	const char *method, *weight_attribute;
	int distribution;              /* --distribution */
	const char *k, *organisation;  /* --k N, --organisation ID */
	const char *organisation_kind; /* --organisation-kind KIND */
	int json, csv, compact, progress;
	struct bs_list operands;
};

/* aggregate --distribution. Returns an exit code. */
int bs_distribution(struct aggregate_args *aa);

#endif /* BIGSCORE_AGGREGATE_H */
