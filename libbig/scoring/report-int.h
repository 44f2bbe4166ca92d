/*
 * libbig — private: the report model and the evaluation of one requirement.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_REPORT_INT_H
#define BIG_REPORT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "big.h"
#include "catalogue-int.h"
#include "diag.h"
#include "node-scores.h"
#include "texts-int.h"

struct big_eval;

struct big_report {
	big_catalogue *catalogue;   /* a reference */
	const big_profile *profile; /* selects the applicable requirements; NULL: all */
	struct big_eval *evals;     /* one per requirement of the catalogue, catalogue order */
	char *organisation_id;
	char *organisation_name; /* NULL: none */
	char *period;
	big_rollup rollup;
	int target;
	char lang[BIG_LANG_SIZE]; /* of the titles in its outputs; "": the default */
	big_texts *texts;         /* a reference to the overlay, or NULL */
	bool include_text;        /* the writers show each node's text */
	big_scores overall;
	big_scores *scores; /* one per catalogue node, in pre-order */
	big_gap *gaps;
	size_t gap_count;
	big_attainment *attainments; /* one per profile of the catalogue */
	big_exception *exceptions;   /* strings borrowed from the assessment (source) */
	size_t exception_count;
	struct big_diag_list diags;
	char as_of[11];     /* the option as_of ("" when not given): the JSON options record it */
	char reference[11]; /* the reference date of overdue gaps: as_of, else the
			       assessment's assessed_on; "": none (gap-actions.c) */
	uint32_t reference_number;             /* the same as YYYYMMDD (0: none) */
	const struct big_action **gap_actions; /* the open actions of the gaps, in gap order
						  (the assessment's) */
	size_t *gap_action_first;              /* gap_count + 1: where each gap's open actions
						  start; NULL when no gap has an open action */
	void *gap_text;                        /* both, allocated together */
	big_assessment *source; /* a reference to the assessment scored: the gaps' owners and
				   actions and the exceptions' texts are its (big_score()) */
	void *arrays; /* scores, evals, gaps, exceptions and attainments, allocated together */
	char *text;   /* the strings of the report (organisation, period, exceptions) */
};

/* What docs/scoring.md says about one requirement of an assessment. */
struct big_eval {
	bool applicable; /* selected by the profile of the report */
	big_status status;
	int maturity;        /* -1: none */
	bool explanation_ok; /* not_applicable or risk_accepted with an explanation (not
				blank) and an expiry not passed */
	bool explained;      /* properly explained ('leg uit') */
	bool scorable;       /* counts in the implementation score */
	bool demonstrable;   /* must show opzet, bestaan, werking: the assessment records them
				and the requirement is not properly explained */
	unsigned char shown; /* bit d: dimension d demonstrated */
	bool recorded;       /* its result records opzet, bestaan or werking: only then can
				it have a werking gap */
	double score;        /* s, when scorable */
};

/* Whether an evaluated requirement complies ('pas toe of leg uit'):
 * implemented or properly explained. */
static inline bool big__eval_complies(const struct big_eval *e)
{
	return (e->status == BIG_STATUS_IMPLEMENTED) | e->explained;
}

/* Whether an evaluated requirement counts in the implementation score: it
 * applies and is scorable (docs/scoring.md, "Requirement score"). */
static inline bool big__eval_scored(const struct big_eval *e)
{
	return e->applicable && e->scorable;
}

/* The values an applicable evaluated requirement adds to the node sums
 * (node-scores.h): one definition for scoring and aggregation. */
static inline struct big_req_values big__eval_values(const struct big_eval *e)
{
	struct big_req_values v;
	v.scorable = e->scorable;
	v.score = e->score;
	v.has_maturity = e->scorable && e->maturity >= 0;
	v.maturity = v.has_maturity ? e->maturity : 0;
	v.level = v.maturity; /* no maturity counts as level 0 */
	v.covered = e->status != BIG_STATUS_NOT_ASSESSED;
	v.complied = big__eval_complies(e);
	v.demonstrable = e->demonstrable;
	for (int d = 0; d < BIG_DIMENSION_COUNT; d++)
		v.shown[d] = e->demonstrable && (e->shown >> d & 1u);
	return v;
}

/* The title of @node in the report's outputs: its language, its overlay. */
static inline const char *big__report_title(const big_report *r, const big_node *node)
{
	return big__texts_title(r->texts, node, r->lang);
}

/* The text of @node in the report's outputs: its overlay's, when the
 * overlay's language serves the report's (as for the titles). */
static inline const char *big__report_text(const big_report *r, const big_node *node)
{
	return big__texts_text(r->texts, node, r->lang);
}

/* The bytes big__text_copy() takes for @s (0 for NULL). */
static inline size_t big__text_size(const char *s)
{
	return s ? strlen(s) + 1 : 0;
}

/* Copies @s (NULL: none) to *@to, which it moves past the copy: how the
 * report copies the strings it takes into one allocation. */
static inline char *big__text_copy(char **to, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *copy = memcpy(*to, s, n);
	*to += n;
	return copy;
}

/* Evaluates every requirement of @a into r->evals. 0 or BIG_ENOMEM. */
int big__report_evaluate(big_report *r, const big_assessment *a);

/* The kinds of a gap, '|'-joined, as a field of @c (report-csv.c; an
 * aggregate's gaps too). */
struct big_csv;
void big__csv_gap_kinds(struct big_csv *c, unsigned int kinds);

/* The bytes of scratch memory big__report_add_gaps() needs. */
size_t big__report_gaps_scratch_size(const big_catalogue *cat);

/* Fills r->gaps, r->exceptions (whose strings are still those of @a) and
 * r->attainments, using @scratch: big__report_gaps_scratch_size() bytes
 * aligned for any type (big_score() lends the same memory to every step). */
void big__report_add_gaps(big_report *r, const big_assessment *a, void *scratch);

struct big_result;
struct big_result_eval;

/* Sets the owner, open_actions, without_action and overdue of @g from its
 * requirement's result @res and its evaluation @e, against the reference
 * date @reference (YYYYMMDD, 0: none) (gap-actions.c). */
void big__gap_plan(big_gap *g, const struct big_result *res, const struct big_result_eval *e,
		   uint32_t reference);

/* Lists the open actions of the gaps of @r (the actions of @a, which the
 * report holds a reference to) (gap-actions.c). 0 or BIG_ENOMEM. */
int big__report_gap_actions(big_report *r, const big_assessment *a);

#endif /* BIG_REPORT_INT_H */
