/*
 * libbig — the names of every public enumeration: one table per enum,
 * indexed by its values and as long as its *_COUNT, and its public
 * _name()/_from_name() pair. The loaders, the writers, bigscore and the
 * bindings take their names from here; tests/check-schema-names.py holds the
 * JSON Schemas of docs/schemas/ to the same tables, tests/check-help-names.py
 * bigscore's help.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "big.h"
#include "errors-int.h"

/* The counts that are macros (so that switches stay complete) follow the
 * last value of their enum. */
_Static_assert(BIG_SEVERITY_WARNING + 1 == BIG_SEVERITY_COUNT, "BIG_SEVERITY_COUNT");
_Static_assert(BIG_ROLLUP_WEAKEST + 1 == BIG_ROLLUP_COUNT, "BIG_ROLLUP_COUNT");
_Static_assert(BIG_AGGREGATE_MEDIAN + 1 == BIG_AGGREGATE_METHOD_COUNT,
	       "BIG_AGGREGATE_METHOD_COUNT");
_Static_assert(BIG_PROVENANCE_DELEGATED + 1 == BIG_PROVENANCE_KIND_COUNT,
	       "BIG_PROVENANCE_KIND_COUNT");
_Static_assert(BIG_GAP_WERKING == 1u << (BIG_GAP_KIND_COUNT - 1), "BIG_GAP_KIND_COUNT");
_Static_assert(-BIG_EUNSUPPORTED + 1 == BIG_ERROR_CODE_COUNT, "BIG_ERROR_CODE_COUNT");
_Static_assert(BIG_DOCUMENT_TREND + 1 == BIG_DOCUMENT_KIND_COUNT, "BIG_DOCUMENT_KIND_COUNT");
_Static_assert(BIG_DIMENSION_WERKING + 1 == BIG_DIMENSION_COUNT, "BIG_DIMENSION_COUNT");
_Static_assert(BIG_EVIDENCE_OTHER + 1 == BIG_EVIDENCE_KIND_COUNT, "BIG_EVIDENCE_KIND_COUNT");
_Static_assert(BIG_ACTION_DONE + 1 == BIG_ACTION_STATUS_COUNT, "BIG_ACTION_STATUS_COUNT");
_Static_assert(BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN + 1 == BIG_DISTRIBUTION_SCORE_COUNT,
	       "BIG_DISTRIBUTION_SCORE_COUNT");

/* A table has a name for every value of its enum, the last one included. */
#define NAMES_OF(table, count)                                      \
	_Static_assert(sizeof(table) / sizeof(table[0]) == (count), \
		       #table " has one name per value")

/* The document kinds by their `format` (BIG_DOCUMENT_UNKNOWN has none). */
static const char *const document_kind_names[] = {
    [BIG_DOCUMENT_CATALOGUE] = "libbig.catalogue",
    [BIG_DOCUMENT_ASSESSMENT] = "libbig.assessment",
    [BIG_DOCUMENT_MAPPING] = "libbig.mapping",
    [BIG_DOCUMENT_COLLABORATION] = "libbig.collaboration",
    [BIG_DOCUMENT_REPORT] = "libbig.report",
    [BIG_DOCUMENT_COMPARISON] = "libbig.comparison",
    [BIG_DOCUMENT_MIGRATION] = "libbig.migration",
    [BIG_DOCUMENT_AGGREGATE] = "libbig.aggregate",
    [BIG_DOCUMENT_DISTRIBUTION] = "libbig.distribution",
    [BIG_DOCUMENT_TEXTS] = "libbig.texts",
    [BIG_DOCUMENT_TREND] = "libbig.trend",
};
NAMES_OF(document_kind_names, BIG_DOCUMENT_KIND_COUNT);

static const char *const status_names[] = {
    [BIG_STATUS_IMPLEMENTED] = "implemented",
    [BIG_STATUS_PARTIALLY_IMPLEMENTED] = "partially_implemented",
    [BIG_STATUS_NOT_IMPLEMENTED] = "not_implemented",
    [BIG_STATUS_NOT_APPLICABLE] = "not_applicable",
    [BIG_STATUS_RISK_ACCEPTED] = "risk_accepted",
    [BIG_STATUS_NOT_ASSESSED] = "not_assessed",
};
NAMES_OF(status_names, BIG_STATUS_COUNT);

static const char *const severity_names[] = {
    [BIG_SEVERITY_INFO] = "info",
    [BIG_SEVERITY_WARNING] = "warning",
};
NAMES_OF(severity_names, BIG_SEVERITY_COUNT);

static const char *const rollup_names[] = {
    [BIG_ROLLUP_HIERARCHICAL] = "hierarchical",
    [BIG_ROLLUP_FLAT] = "flat",
    [BIG_ROLLUP_WEAKEST] = "weakest",
};
NAMES_OF(rollup_names, BIG_ROLLUP_COUNT);

/* Indexed by k for the flag 1u << k, in the order the documents list them. */
static const char *const gap_kind_names[] = {"implementation", "maturity", "explanation",
					     "werking"};
NAMES_OF(gap_kind_names, BIG_GAP_KIND_COUNT);
_Static_assert(BIG_GAP_IMPLEMENTATION == 1u << 0 && BIG_GAP_MATURITY == 1u << 1 &&
		   BIG_GAP_EXPLANATION == 1u << 2 && BIG_GAP_WERKING == 1u << 3,
	       "gap kind k is the flag 1u << k");

static const char *const method_names[] = {
    [BIG_AGGREGATE_WEAKEST] = "weakest",
    [BIG_AGGREGATE_MEAN] = "mean",
    [BIG_AGGREGATE_WEIGHTED_MEAN] = "weighted_mean",
    [BIG_AGGREGATE_MEDIAN] = "median",
};
NAMES_OF(method_names, BIG_AGGREGATE_METHOD_COUNT);

static const char *const distribution_score_names[] = {
    [BIG_DISTRIBUTION_IMPLEMENTATION] = "implementation",
    [BIG_DISTRIBUTION_COVERAGE] = "coverage",
    [BIG_DISTRIBUTION_COMPLY_OR_EXPLAIN] = "comply_or_explain",
};
NAMES_OF(distribution_score_names, BIG_DISTRIBUTION_SCORE_COUNT);

static const char *const policy_names[] = {
    [BIG_POLICY_COLLABORATION] = "collaboration",
    [BIG_POLICY_MEMBER] = "member",
    [BIG_POLICY_WORST] = "worst",
    [BIG_POLICY_BEST] = "best",
};
NAMES_OF(policy_names, BIG_POLICY_COUNT);

static const char *const provenance_names[] = {
    [BIG_PROVENANCE_OWN] = "own",
    [BIG_PROVENANCE_DELEGATED] = "delegated",
};
NAMES_OF(provenance_names, BIG_PROVENANCE_KIND_COUNT);

static const char *const relationship_names[] = {
    [BIG_RELATIONSHIP_EQUAL] = "equal",
    [BIG_RELATIONSHIP_SUBSET] = "subset",
    [BIG_RELATIONSHIP_SUPERSET] = "superset",
    [BIG_RELATIONSHIP_INTERSECT] = "intersect",
    [BIG_RELATIONSHIP_NOT_RELATED] = "not_related",
};
NAMES_OF(relationship_names, BIG_RELATIONSHIP_COUNT);

static const char *const dimension_names[] = {
    [BIG_DIMENSION_OPZET] = "opzet",
    [BIG_DIMENSION_BESTAAN] = "bestaan",
    [BIG_DIMENSION_WERKING] = "werking",
};
NAMES_OF(dimension_names, BIG_DIMENSION_COUNT);

static const char *const evidence_kind_names[] = {
    [BIG_EVIDENCE_DOCUMENT] = "document", [BIG_EVIDENCE_SELF_ASSESSMENT] = "self_assessment",
    [BIG_EVIDENCE_AUDIT] = "audit",       [BIG_EVIDENCE_PENTEST] = "pentest",
    [BIG_EVIDENCE_RED_TEAM] = "red_team", [BIG_EVIDENCE_OTHER] = "other",
};
NAMES_OF(evidence_kind_names, BIG_EVIDENCE_KIND_COUNT);

static const char *const action_status_names[] = {
    [BIG_ACTION_PLANNED] = "planned",
    [BIG_ACTION_IN_PROGRESS] = "in_progress",
    [BIG_ACTION_DONE] = "done",
};
NAMES_OF(action_status_names, BIG_ACTION_STATUS_COUNT);

/* Indexed by -code. */
static const char *const error_names[] = {
    [-BIG_OK] = "BIG_OK",
    [-BIG_ERROR] = "BIG_ERROR",
    [-BIG_ENOMEM] = "BIG_ENOMEM",
    [-BIG_EINVAL] = "BIG_EINVAL",
    [-BIG_EIO] = "BIG_EIO",
    [-BIG_ESYNTAX] = "BIG_ESYNTAX",
    [-BIG_ESCHEMA] = "BIG_ESCHEMA",
    [-BIG_EVERSION] = "BIG_EVERSION",
    [-BIG_EDUPLICATE] = "BIG_EDUPLICATE",
    [-BIG_ENOTFOUND] = "BIG_ENOTFOUND",
    [-BIG_EMISMATCH] = "BIG_EMISMATCH",
    [-BIG_ERANGE] = "BIG_ERANGE",
    [-BIG_ELIMIT] = "BIG_ELIMIT",
    [-BIG_EUTF8] = "BIG_EUTF8",
    [-BIG_EUNSUPPORTED] = "BIG_EUNSUPPORTED",
};
NAMES_OF(error_names, BIG_ERROR_CODE_COUNT);

/* Name @p value of a table of @p count, or NULL when out of range. */
static const char *name_at(const char *const *names, size_t count, unsigned int value)
{
	return value < count ? names[value] : NULL;
}

/*
 * The value named @p name in a table of @p count, or -1 after setting the
 * last error (BIG_EINVAL) when there is none ('unknown WHAT "NAME"') or no
 * output pointer @p out to receive it ('no output pointer for the WHAT').
 */
static int value_of(const void *out, const char *const *names, size_t count, const char *name,
		    const char *what)
{
	if (!out) {
		big__error_set(BIG_EINVAL, "no output pointer for the %s", what);
		return -1;
	}
	for (size_t i = 0; name && i < count; i++)
		if (strcmp(names[i], name) == 0)
			return (int)i;
	big__error_set(BIG_EINVAL, "unknown %s \"%s\"", what, name ? name : "(null)");
	return -1;
}

const char *big_status_name(big_status status)
{
	return name_at(status_names, BIG_STATUS_COUNT, (unsigned int)status);
}

int big_status_from_name(big_status *out, const char *name)
{
	int v = value_of(out, status_names, BIG_STATUS_COUNT, name, "status");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_status)v;
	return 0;
}

const char *big_severity_name(big_severity severity)
{
	const char *s = name_at(severity_names, BIG_SEVERITY_COUNT, (unsigned int)severity);
	return s ? s : "unknown";
}

int big_severity_from_name(big_severity *out, const char *name)
{
	int v = value_of(out, severity_names, BIG_SEVERITY_COUNT, name, "severity");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_severity)v;
	return 0;
}

const char *big_rollup_name(big_rollup rollup)
{
	return name_at(rollup_names, BIG_ROLLUP_COUNT, (unsigned int)rollup);
}

int big_rollup_from_name(big_rollup *out, const char *name)
{
	int v = value_of(out, rollup_names, BIG_ROLLUP_COUNT, name, "roll-up method");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_rollup)v;
	return 0;
}

const char *big_gap_kind_name(unsigned int kind)
{
	for (unsigned int k = 0; k < BIG_GAP_KIND_COUNT; k++)
		if (kind == 1u << k)
			return gap_kind_names[k];
	return NULL;
}

int big_gap_kind_from_name(unsigned int *out, const char *name)
{
	int v = value_of(out, gap_kind_names, BIG_GAP_KIND_COUNT, name, "gap kind");
	if (v < 0)
		return BIG_EINVAL;
	*out = 1u << v;
	return 0;
}

const char *big_aggregate_method_name(big_aggregate_method method)
{
	return name_at(method_names, BIG_AGGREGATE_METHOD_COUNT, (unsigned int)method);
}

int big_aggregate_method_from_name(big_aggregate_method *out, const char *name)
{
	int v = value_of(out, method_names, BIG_AGGREGATE_METHOD_COUNT, name, "aggregation method");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_aggregate_method)v;
	return 0;
}

const char *big_distribution_score_name(big_distribution_score score)
{
	return name_at(distribution_score_names, BIG_DISTRIBUTION_SCORE_COUNT, (unsigned int)score);
}

int big_distribution_score_from_name(big_distribution_score *out, const char *name)
{
	int v = value_of(out, distribution_score_names, BIG_DISTRIBUTION_SCORE_COUNT, name,
			 "distribution score");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_distribution_score)v;
	return 0;
}

const char *big_policy_name(big_policy policy)
{
	return name_at(policy_names, BIG_POLICY_COUNT, (unsigned int)policy);
}

int big_policy_from_name(big_policy *out, const char *name)
{
	int v = value_of(out, policy_names, BIG_POLICY_COUNT, name, "policy");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_policy)v;
	return 0;
}

const char *big_provenance_kind_name(big_provenance_kind kind)
{
	return name_at(provenance_names, BIG_PROVENANCE_KIND_COUNT, (unsigned int)kind);
}

int big_provenance_kind_from_name(big_provenance_kind *out, const char *name)
{
	int v = value_of(out, provenance_names, BIG_PROVENANCE_KIND_COUNT, name, "provenance kind");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_provenance_kind)v;
	return 0;
}

const char *big_relationship_name(big_relationship relationship)
{
	return name_at(relationship_names, BIG_RELATIONSHIP_COUNT, (unsigned int)relationship);
}

int big_relationship_from_name(big_relationship *out, const char *name)
{
	int v = value_of(out, relationship_names, BIG_RELATIONSHIP_COUNT, name, "relationship");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_relationship)v;
	return 0;
}

const char *big_error_name(int code)
{
	/* 0 >= code > -COUNT, written so that -code cannot overflow. */
	if (code > 0 || code <= -BIG_ERROR_CODE_COUNT)
		return "BIG_UNKNOWN";
	return error_names[-code];
}

int big_error_from_name(int *out, const char *name)
{
	int v = value_of(out, error_names, BIG_ERROR_CODE_COUNT, name, "error name");
	if (v < 0)
		return BIG_EINVAL;
	*out = -v;
	return 0;
}

const char *big_document_kind_name(big_document_kind kind)
{
	return name_at(document_kind_names, BIG_DOCUMENT_KIND_COUNT, (unsigned int)kind);
}

int big_document_kind_from_name(big_document_kind *out, const char *name)
{
	int v = value_of(out, document_kind_names, BIG_DOCUMENT_KIND_COUNT, name, "document kind");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_document_kind)v;
	return 0;
}

const char *big_dimension_name(big_dimension dimension)
{
	return name_at(dimension_names, BIG_DIMENSION_COUNT, (unsigned int)dimension);
}

int big_dimension_from_name(big_dimension *out, const char *name)
{
	int v = value_of(out, dimension_names, BIG_DIMENSION_COUNT, name, "dimension");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_dimension)v;
	return 0;
}

const char *big_evidence_kind_name(big_evidence_kind kind)
{
	return name_at(evidence_kind_names, BIG_EVIDENCE_KIND_COUNT, (unsigned int)kind);
}

int big_evidence_kind_from_name(big_evidence_kind *out, const char *name)
{
	int v = value_of(out, evidence_kind_names, BIG_EVIDENCE_KIND_COUNT, name, "evidence kind");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_evidence_kind)v;
	return 0;
}

const char *big_action_status_name(big_action_status status)
{
	return name_at(action_status_names, BIG_ACTION_STATUS_COUNT, (unsigned int)status);
}

int big_action_status_from_name(big_action_status *out, const char *name)
{
	int v = value_of(out, action_status_names, BIG_ACTION_STATUS_COUNT, name, "action status");
	if (v < 0)
		return BIG_EINVAL;
	*out = (big_action_status)v;
	return 0;
}
