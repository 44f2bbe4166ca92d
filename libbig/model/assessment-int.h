/*
 * libbig — private: the assessment model.
 *
 * Results are stored in an array indexed by the requirement position of the
 * catalogue node (big_node.requirement), so scoring needs no lookups.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_ASSESSMENT_INT_H
#define BIG_ASSESSMENT_INT_H

#include <stdbool.h>

#include "big.h"
#include "diag.h"

struct big_result {
	const big_node *node; /* the requirement */
	bool recorded;        /* a result was given (else: not_assessed by default) */
	big_status status;
	int maturity;                   /* -1: none */
	bool criteria_given;            /* criteria_met was given (perhaps empty) */
	const big_criterion **criteria; /* the criteria met, as given */
	size_t criteria_count;
	char *explanation; /* NULL: none */
	char *owner;
	char *expires;
	char **evidence;
	size_t evidence_count;
	size_t evidence_cap;
	char *source; /* provenance: id of the collaboration it came from; NULL: own */
};

/* What scoring reads of a result (docs/scoring.md), derived when the result
 * or the assessment's date changes, not at every scoring: every such change
 * calls big__assessment_refresh(). Kept apart from the results, in an array
 * of 6 bytes per requirement: scoring many assessments reads these from
 * memory, and the results would cost two cache lines each. */
struct big_result_eval {
	signed char maturity; /* derived from the criteria when given, else the
				 maturity; -1: none (levels are 0..9) */
	unsigned char status;
	bool explanation_ok; /* an exclusion with an explanation and an expiry not passed */
	bool explained;      /* properly explained ('leg uit') */
	bool scorable;       /* counts in the implementation score */
	bool mismatch;       /* a maturity given beside criteria that imply another level */
};

struct big_attribute {
	char *name;
	double value;
};

struct big_assessment {
	big_catalogue *catalogue; /* a reference */
	char *organisation_id;
	char *organisation_name;
	char *organisation_kind;
	char *period;
	char *assessed_on;
	char *profile; /* NULL: none */
	int target;
	bool names_fingerprint; /* its catalogue reference names the fingerprint:
				   the writer writes it again */
	struct big_attribute *attributes;
	size_t attribute_count;
	size_t attribute_cap;
	struct big_result *results;    /* one per requirement of the catalogue */
	struct big_result_eval *evals; /* the same, as scoring reads them */
	struct big_diag_list diags;
};

/* The maturity implied by the criteria met: the highest level whose
 * criteria, and those of every lower level, are all met. */
int big__derived_maturity(const big_catalogue *cat, const struct big_result *r);

/* The maturity a result counts with (docs/scoring.md, "Terms"): derived from
 * the criteria when they are given, else the one given (-1: none). */
static inline int big__result_maturity(const big_catalogue *cat, const struct big_result *r)
{
	return r->criteria_given ? big__derived_maturity(cat, r) : r->maturity;
}

/* Derives the scoring fields of result @i of @a (result-eval.c); to be
 * called after every change of the result. */
void big__assessment_refresh(big_assessment *a, size_t i);

/* The same for every result: after loading, or a change of assessed_on. */
void big__assessment_refresh_all(big_assessment *a);

/* Replaces *field by a copy of @value (NULL clears it). 0 or BIG_ENOMEM. */
int big__set_string(char **field, const char *value);

#endif /* BIG_ASSESSMENT_INT_H */
