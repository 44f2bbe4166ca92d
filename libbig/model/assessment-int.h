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

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

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
	struct big_demonstration *demo; /* opzet, bestaan, werking (indexed by big_dimension);
					   NULL until one is recorded */
	unsigned char demo_given;       /* bit d: dimension d was recorded */
	struct big_action **actions;    /* improvement actions, in the order given (action.c);
					   each allocated alone, so that a binding's view of
					   one outlives the growth of the list */
	size_t action_count;
	size_t action_cap;
};

/* One improvement action of a result (action.c); its strings owned, or, in a
 * report's copy, borrowed from the report's text. */
struct big_action {
	char *description;
	char *owner; /* NULL: none */
	char *due;   /* YYYY-MM-DD; NULL: none */
	big_action_status status;
};

/* What a result records of one dimension (demonstration.c). */
struct big_demonstration {
	bool demonstrated;
	big_evidence_ref **evidence; /* each allocated alone, its strings owned */
	size_t evidence_count;
	size_t evidence_cap;
};

/* The bits of big_result_eval.demo (docs/scoring.md, "Opzet, bestaan,
 * werking"): bit d for a dimension d demonstrated, then what the report's
 * diagnostics say of it. */
enum {
	BIG_DEMO_WERKING_WITHOUT_BESTAAN = 1u << 3,
	BIG_DEMO_BESTAAN_WITHOUT_OPZET = 1u << 4,
	BIG_DEMO_WERKING_OUTSIDE_PERIOD = 1u << 5,
	BIG_DEMO_RECORDED = 1u << 6, /* the result records a dimension, demonstrated or not */
	BIG_DEMO_PERIOD_UNCHECKED = 1u << 7, /* dated werking evidence, and a period that is
						not a year: its dates are not checked */
	BIG_DEMO_SHOWN = (1u << BIG_DIMENSION_COUNT) - 1 /* the bits of the dimensions */
};

/* What scoring reads of a result (docs/scoring.md), derived when the result
 * or the assessment's date changes, not at every scoring: every such change
 * calls big__assessment_refresh(). Kept apart from the results, in an array
 * of 8 bytes per requirement: scoring many assessments reads these from
 * memory, and the results would cost two cache lines each. */
struct big_result_eval {
	signed char maturity; /* derived from the criteria when given, else the
				 maturity; -1: none (levels are 0..9) */
	unsigned char status;
	bool explanation_ok;   /* an exclusion with an explanation and an expiry not passed */
	bool explained;        /* properly explained ('leg uit') */
	bool scorable;         /* counts in the implementation score */
	bool mismatch;         /* a maturity given beside criteria that imply another level */
	unsigned char demo;    /* BIG_DEMO_* bits */
	bool plan;             /* an owner that names someone or an open improvement action:
				  only then do the gaps read the result (scoring/gaps.c) */
	bool owner_named;      /* an owner that is not blank */
	uint32_t open_actions; /* actions not done (at most UINT32_MAX) */
	uint32_t first_due;    /* the earliest due date of those as YYYYMMDD; 0: none */
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
	size_t demo_results;         /* results that record a dimension: when 0 the assessment does
					not track opzet, bestaan and werking (docs/scoring.md) */
	struct big_action **cleared; /* actions big_assessment_clear_actions() removed: kept
					until the assessment is freed, as views of them may be */
	size_t cleared_count;
	size_t cleared_cap;
	atomic_size_t refs; /* 1 + the reports that borrow its texts (big_score()) */
	char **retired;     /* texts replaced while a report borrowed them: kept until the
			       assessment is freed */
	size_t retired_count;
	size_t retired_cap;
};

/* A reference to @a for a report, which borrows the owners, explanations,
 * expiry dates and open actions of its results: big_assessment_free()
 * drops it, and frees the assessment with its last reference. */
static inline big_assessment *big__assessment_ref(const big_assessment *a)
{
	big_assessment *m = (big_assessment *)a; /* only the count changes */
	atomic_fetch_add_explicit(&m->refs, 1, memory_order_relaxed);
	return m;
}

/* A date YYYY-MM-DD (checked before) as the number YYYYMMDD, which orders
 * dates as the strings do; 0 for NULL or "". */
uint32_t big__date_number(const char *date);

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

/* The explanation_ok, explained and scorable fields of @e for result @r of
 * requirement @i, as an assessment dated @assessed_on (NULL: none) reads it
 * (docs/scoring.md, "Terms"). */
void big__result_explanation(struct big_result_eval *e, const big_catalogue *cat, size_t i,
			     const struct big_result *r, const char *assessed_on);

/* The same for every result: after loading, or a change of assessed_on. */
void big__assessment_refresh_all(big_assessment *a);

/* Appends evidence to dimension @dim of @r, a result of @a (demonstration.c);
 * @what, @where and @date checked by the caller. 0 or BIG_ENOMEM. */
int big__demonstration_add(big_assessment *a, struct big_result *r, big_dimension dim,
			   big_evidence_kind kind, const char *what, const char *where,
			   const char *date);

/* Marks dimension @dim of @r as recorded, demonstrated or not. 0 or BIG_ENOMEM. */
int big__demonstration_set(big_assessment *a, struct big_result *r, big_dimension dim,
			   bool demonstrated);

/* Copies what @from records of the dimensions into @to, a result of @a that
 * records none. 0 or BIG_ENOMEM. */
int big__demonstration_copy(big_assessment *a, struct big_result *to,
			    const struct big_result *from);

/* Frees what @r records of the dimensions. */
void big__demonstration_free(big_assessment *a, struct big_result *r);

/* The BIG_DEMO_* bits of @r, a result of @a. */
unsigned char big__demonstration_eval(const big_assessment *a, const struct big_result *r);

/* Whether evidence dated @date lies outside the period of @a (a period
 * that is a year: its days; other periods have no days, so nothing lies
 * outside them). */
bool big__demonstration_outside_period(const big_assessment *a, const char *date);

/* Appends an action to @r; its texts checked by the caller. 0 or BIG_ENOMEM. */
int big__action_add(struct big_result *r, const char *description, const char *owner,
		    const char *due, big_action_status status);

/* Copies every action of @from after those of @to. 0 or BIG_ENOMEM. */
int big__action_copy(struct big_result *to, const struct big_result *from);

/* Frees the actions of @r. */
void big__action_free(struct big_result *r);

/* Moves the actions of @r, a result of @a, to a->cleared. 0 or BIG_ENOMEM
 * (then nothing changed). */
int big__action_clear(big_assessment *a, struct big_result *r);

/* Frees a->cleared. */
void big__action_free_cleared(big_assessment *a);

/* Whether an action is open (docs/scoring.md, "Gaps"): not done. */
static inline bool big__action_open(const struct big_action *x)
{
	return x->status != BIG_ACTION_DONE;
}

/* Replaces *field by a copy of @value (NULL clears it). 0 or BIG_ENOMEM. */
int big__set_string(char **field, const char *value);

#endif /* BIG_ASSESSMENT_INT_H */
