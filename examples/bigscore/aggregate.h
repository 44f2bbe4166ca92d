/*
 * bigscore aggregate — what cmd-aggregate.c (a collaboration, or a set of
 * assessments), aggregate-text.c (its text output) and distribution.c
 * (--distribution) share.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_AGGREGATE_H
#define BIGSCORE_AGGREGATE_H

#include "bigscore.h"
#include "collabs.h"

struct aggregate_args {
	struct bs_common c;
	const char *collaboration;     /* --collaboration FILE */
	struct bs_list collaborations; /* --collaborations DIR-or-FILE … */
	const char *method, *weight_attribute;
	const char *period;            /* --period P */
	const char *compare;           /* --compare P: the trend from period P */
	const char *compare_collab;    /* --compare-collaboration FILE: that of period P */
	int distribution;              /* --distribution */
	const char *k, *organisation;  /* --k N, --organisation ID */
	int flatten;                   /* --flatten */
	const char *organisation_kind; /* --organisation-kind KIND */
	int json, csv, compact, progress;
	int ranking, gaps;   /* --ranking, --gaps: only the ranking or the gap list */
	int skip_unreadable; /* --skip-unreadable */
	struct bs_csv csv_opts;
	unsigned int csv_flags; /* from csv_opts */
	struct bs_list operands;
};

/* An aggregate with what its output names beside it. */
struct aggregate_view {
	const big_aggregate_report *ag;
	const big_collaboration *c; /* --collaboration, or NULL */
	const char *file;           /* the file of @c c */
	const struct bs_pool *pool;
	const struct bs_collabs *cl;
	const char *period; /* of the assessments aggregated, or NULL when there are none */
};

/* The text output of an aggregate, on stdout. */
void bs_aggregate_text(const struct aggregate_view *v);

/* The ranking "who to help first" (aggregate-attrib-text.c): its first
 * @p top members (0: all), with a legend. */
void bs_aggregate_ranking_text(const struct aggregate_view *v, size_t top);

/* The aggregate's gap list with who is responsible: its first @p top gaps (0: all). */
void bs_aggregate_gaps_text(const struct aggregate_view *v, size_t top);

/*
 * Warns on stderr for the collaboration and every nested one that delegates
 * requirements whose own assessment was not found (unless under policy
 * member, where it plays no part).
 */
void bs_aggregate_warn(const struct aggregate_view *v);

/*
 * Loads the assessments of the operands (files, directories) into @p pool,
 * with --organisation-kind, --period and --progress; @p files receives the
 * file names the pool borrows (free it after the pool). Returns an exit code.
 */
int bs_aggregate_pool(struct bs_pool *pool, struct bs_list *files, struct bs_catalogues *cs,
		      const struct aggregate_args *aa, const big_load_options *lo);

/*
 * aggregate --compare PERIOD: the trend from @p before, the aggregate of
 * period @p from, to @p v's (aggregate-trend.c), as text, --json or --csv.
 * Returns an exit code.
 */
int bs_aggregate_trend(const struct aggregate_view *v, const big_aggregate_report *before,
		       const char *from, const struct aggregate_args *aa);

/* aggregate --distribution. Returns an exit code. */
int bs_distribution(struct aggregate_args *aa);

#endif /* BIGSCORE_AGGREGATE_H */
