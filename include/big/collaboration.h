/*
 * libbig — collaborations of organisations (samenwerkingsverbanden: a shared
 * social service, tax office, ICT organisation …) that carry out parts of a
 * catalogue for their members, and the effective assessment of a member.
 *
 * A collaboration is immutable once loaded and may be shared between threads.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_COLLABORATION_H
#define BIG_COLLABORATION_H

#include <stdbool.h>

#include "assessment.h"
#include "catalogue.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Opaque handle to a loaded, immutable collaboration. */
typedef struct big_collaboration big_collaboration;

/**
 * @brief How a delegated requirement combines the collaboration's result with
 * the member's own (docs/scoring.md, "Collaborations"). The values are part
 * of the ABI.
 */
typedef enum big_policy {
	BIG_POLICY_COLLABORATION = 0, /**< "collaboration": the collaboration's result (default) */
	BIG_POLICY_MEMBER = 1,        /**< "member": the member's own result */
	BIG_POLICY_WORST = 2,         /**< "worst": the result nowhere better, else not_assessed */
	BIG_POLICY_BEST = 3,          /**< "best": the result with the higher score */
	BIG_POLICY_COUNT = 4          /**< number of policies */
} big_policy;

/**
 * @brief Where a result of an (effective) assessment came from. The values
 * are part of the ABI.
 */
typedef enum big_provenance_kind {
	BIG_PROVENANCE_OWN = 0,      /**< "own": the organisation's own result */
	BIG_PROVENANCE_DELEGATED = 1 /**< "delegated": taken from a collaboration's result */
} big_provenance_kind;

/**
 * @brief Number of provenance kinds: they are 0 … BIG_PROVENANCE_KIND_COUNT - 1.
 * A macro, so that a switch over big_provenance_kind stays complete.
 */
#define BIG_PROVENANCE_KIND_COUNT 2

/**
 * @brief Document name of a policy ("collaboration", "member", "worst",
 * "best"), or NULL for a value that is not a big_policy.
 */
BIG_EXPORT const char *big_policy_name(big_policy policy);

/**
 * @brief Parses a policy name as written in documents.
 *
 * @param out receives the policy
 * @param name e.g. "worst"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_policy_from_name(big_policy *out, const char *name);

/**
 * @brief Name of a provenance kind ("own", "delegated"), or NULL for a value
 * that is not a big_provenance_kind.
 */
BIG_EXPORT const char *big_provenance_kind_name(big_provenance_kind kind);

/**
 * @brief Parses a provenance kind name as big_provenance_kind_name() writes it.
 *
 * @param out receives the provenance kind
 * @param name e.g. "delegated"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_provenance_kind_from_name(big_provenance_kind *out, const char *name);

/**
 * @brief Loads a `libbig.collaboration` document from a file.
 *
 * The collaboration is bound to @p cat: its `catalogue.id` and
 * `catalogue.version` must match (else BIG_EMISMATCH), and every delegated id
 * must be a node of it (else BIG_ENOTFOUND). A member listed twice is
 * BIG_EDUPLICATE; a delegated node listed twice, or lying inside (or
 * containing) another delegated node, is a diagnostic
 * `redundant-delegation`. The collaboration takes a reference to the
 * catalogue.
 *
 * @param out receives the new collaboration, owned by the caller (free it with
 *        big_collaboration_free()); left NULL on failure
 * @param cat the catalogue the collaboration works with
 * @param path file to read
 * @param opts options, or NULL for the defaults; in strict mode an unknown
 *        field is an error, else a diagnostic
 * @return 0, or a negative big_error_code; big_error_last() names the place
 *         in the input (line:column or JSON path)
 */
BIG_EXPORT int big_collaboration_load_file(big_collaboration **out, const big_catalogue *cat,
					   const char *path, const big_load_options *opts);

/**
 * @brief Loads a `libbig.collaboration` document from memory. See
 * big_collaboration_load_file().
 *
 * @param out receives the new collaboration, owned by the caller
 * @param cat the catalogue the collaboration works with
 * @param data the JSON text; need not be NUL-terminated
 * @param len its length in bytes
 * @param opts options, or NULL for the defaults
 * @return 0, or a negative big_error_code
 */
BIG_EXPORT int big_collaboration_load_buffer(big_collaboration **out, const big_catalogue *cat,
					     const char *data, size_t len,
					     const big_load_options *opts);

/** @brief Frees a collaboration and drops its catalogue reference. NULL is a no-op. */
BIG_EXPORT void big_collaboration_free(big_collaboration *c);

/** @brief The catalogue of the collaboration (borrowed). */
BIG_EXPORT const big_catalogue *big_collaboration_catalogue(const big_collaboration *c);
/** @brief Collaboration id, e.g. "SV-DEMO". Borrowed. */
BIG_EXPORT const char *big_collaboration_id(const big_collaboration *c);
/** @brief Name. Borrowed; "" when absent. */
BIG_EXPORT const char *big_collaboration_name(const big_collaboration *c);
/** @brief Kind (sociale_dienst, belastingsamenwerking, ict …). Borrowed; "" when absent. */
BIG_EXPORT const char *big_collaboration_kind(const big_collaboration *c);
/** @brief How delegated results combine with a member's own. */
BIG_EXPORT big_policy big_collaboration_policy(const big_collaboration *c);

/** @brief Number of members. */
BIG_EXPORT size_t big_collaboration_member_count(const big_collaboration *c);
/** @brief Organisation id of member @p i in document order (borrowed), or NULL when out of
 * range. */
BIG_EXPORT const char *big_collaboration_member_id(const big_collaboration *c, size_t i);
/** @brief Weight of member @p i (> 0, default 1), or 0 when out of range. */
BIG_EXPORT double big_collaboration_member_weight(const big_collaboration *c, size_t i);
/** @brief Whether the organisation @p organisation_id is a member (constant time on average). */
BIG_EXPORT bool big_collaboration_has_member(const big_collaboration *c,
					     const char *organisation_id);

/** @brief Number of delegated nodes as listed (redundant ones included). */
BIG_EXPORT size_t big_collaboration_delegated_count(const big_collaboration *c);
/** @brief Delegated node @p i in document order (borrowed from the catalogue), or NULL when out
 * of range. */
BIG_EXPORT const big_node *big_collaboration_delegated(const big_collaboration *c, size_t i);
/**
 * @brief Whether the node @p id lies in a delegated subtree (is a delegated
 * node or a descendant of one), in constant time on average.
 *
 * @return false as well for NULL or an id the catalogue does not have
 */
BIG_EXPORT bool big_collaboration_delegates(const big_collaboration *c, const char *id);

/** @brief Number of diagnostics collected while loading. */
BIG_EXPORT size_t big_collaboration_diagnostic_count(const big_collaboration *c);
/** @brief Diagnostic @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_diagnostic *big_collaboration_diagnostic(const big_collaboration *c, size_t i);

/**
 * @brief The effective assessment of a member of a collaboration.
 *
 * A new assessment of the member (same catalogue, the member's organisation,
 * period, date, profile and target) in which every requirement in a delegated
 * subtree combines the member's own result with the collaboration's under
 * the collaboration's policy (docs/scoring.md, "Collaborations"), and every
 * other requirement keeps the member's own result. A delegated requirement
 * is recorded even when neither side has a result (then not_assessed), so
 * that its provenance is kept. Each result records its provenance
 * (big_assessment_provenance()), which big_assessment_to_json() writes.
 *
 * A delegated requirement that the member answered itself and the
 * collaboration's assessment is silent on (or that has no collaboration
 * assessment), where the policy drops the member's answer, is a warning
 * `collaboration-silent` among the new assessment's diagnostics
 * (big_assessment_diagnostic(); big_score() repeats them in the report).
 *
 * @param out receives the new assessment, owned by the caller; NULL on failure
 * @param c the collaboration
 * @param member the member's own assessment
 * @param collaboration_result the collaboration's own assessment (its
 *        organisation id is the collaboration's id), or NULL when it has none:
 *        then every delegated requirement counts as not_assessed on the
 *        collaboration's side
 * @return 0; BIG_EINVAL (NULL argument); BIG_EMISMATCH (an assessment is
 *         for another catalogue than the collaboration, the two assessments
 *         are for different periods, or @p collaboration_result is of
 *         another organisation than the collaboration); BIG_ENOTFOUND (the
 *         member's organisation is not a member); BIG_ENOMEM
 */
BIG_EXPORT int big_effective_assessment(big_assessment **out, const big_collaboration *c,
					const big_assessment *member,
					const big_assessment *collaboration_result);

/**
 * @brief Where the result of requirement @p id came from: BIG_PROVENANCE_DELEGATED
 * when it was taken from a collaboration's result, else (also for an unknown
 * id or a requirement without a result) BIG_PROVENANCE_OWN.
 */
BIG_EXPORT big_provenance_kind big_assessment_provenance(const big_assessment *a, const char *id);

/**
 * @brief The id of the collaboration a delegated result came from (borrowed),
 * or "" when the result is the organisation's own.
 */
BIG_EXPORT const char *big_assessment_provenance_source(const big_assessment *a, const char *id);

#ifdef __cplusplus
}
#endif

#endif /* BIG_COLLABORATION_H */
