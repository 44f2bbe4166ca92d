/*
 * libbig — assessments: the results of one organisation for one period
 * against one catalogue.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_ASSESSMENT_H
#define BIG_ASSESSMENT_H

#include <stdbool.h>

#include "catalogue.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Opaque handle to the result of one requirement (borrowed from its assessment). */
typedef struct big_result big_result;

/**
 * @brief Document name of a status ("implemented" …), or NULL for a value
 * that is not a big_status.
 */
BIG_EXPORT const char *big_status_name(big_status status);

/**
 * @brief Parses a status name as written in documents.
 *
 * @param out receives the status
 * @param name e.g. "partially_implemented"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_status_from_name(big_status *out, const char *name);

/**
 * @brief Loads a `libbig.assessment` document from a file.
 *
 * The assessment is bound to @p cat: its `catalogue.id` and
 * `catalogue.version` must match (else BIG_EMISMATCH), and every result must
 * name an assessable node of it. The assessment takes a reference to the
 * catalogue.
 *
 * @param out receives the new assessment, owned by the caller (free it with
 *        big_assessment_free()); left NULL on failure
 * @param cat the catalogue the assessment was made against
 * @param path file to read
 * @param opts options, or NULL for the defaults; in strict mode a result for
 *        an unknown requirement is an error, else a diagnostic
 * @return 0, or a negative big_error_code naming the place in the input
 */
BIG_EXPORT int big_assessment_load_file(big_assessment **out, const big_catalogue *cat,
					const char *path, const big_load_options *opts);

/**
 * @brief Loads a `libbig.assessment` document from memory. See
 * big_assessment_load_file().
 */
BIG_EXPORT int big_assessment_load_buffer(big_assessment **out, const big_catalogue *cat,
					  const char *data, size_t len,
					  const big_load_options *opts);

/**
 * @brief Creates an empty assessment (every requirement not_assessed).
 *
 * @param out receives the new assessment, owned by the caller
 * @param cat the catalogue to assess against (a reference is taken)
 * @param organisation_id e.g. the CBS code "GM0363"; not empty
 * @param period e.g. "2025"; not empty
 * @return 0, BIG_EINVAL or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_new(big_assessment **out, const big_catalogue *cat,
				  const char *organisation_id, const char *period);

/**
 * @brief Frees an assessment and drops its catalogue reference. NULL is a
 * no-op. A report made of it (big_score()) holds a reference of its own: the
 * memory is then released with the last such report.
 */
BIG_EXPORT void big_assessment_free(big_assessment *a);

/** @brief The catalogue of the assessment (borrowed). */
BIG_EXPORT const big_catalogue *big_assessment_catalogue(const big_assessment *a);
/** @brief Organisation id. Borrowed. */
BIG_EXPORT const char *big_assessment_organisation_id(const big_assessment *a);
/** @brief Organisation name. Borrowed; "" when absent. */
BIG_EXPORT const char *big_assessment_organisation_name(const big_assessment *a);
/** @brief Organisation kind (gemeente, samenwerkingsverband …). Borrowed; "" when absent. */
BIG_EXPORT const char *big_assessment_organisation_kind(const big_assessment *a);
/** @brief Period, e.g. "2025". Borrowed. */
BIG_EXPORT const char *big_assessment_period(const big_assessment *a);
/** @brief Date of the assessment (YYYY-MM-DD). Borrowed; "" when absent. */
BIG_EXPORT const char *big_assessment_assessed_on(const big_assessment *a);
/** @brief Id of the profile the assessment is made for. Borrowed; "" when none. */
BIG_EXPORT const char *big_assessment_profile(const big_assessment *a);
/** @brief Target maturity of the assessment, or -1 when it sets none. */
BIG_EXPORT int big_assessment_target(const big_assessment *a);

/**
 * @brief Reads a numeric organisation attribute (e.g. "inhabitants").
 *
 * @param out receives the value
 * @return 0, or BIG_ENOTFOUND when the organisation has no such attribute
 */
BIG_EXPORT int big_assessment_attribute(double *out, const big_assessment *a, const char *name);
/** @brief Number of organisation attributes. */
BIG_EXPORT size_t big_assessment_attribute_count(const big_assessment *a);
/** @brief Name of attribute @p i in document order (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_assessment_attribute_name(const big_assessment *a, size_t i);

/** @brief Sets the organisation name. @return 0, BIG_EINVAL or BIG_ENOMEM */
BIG_EXPORT int big_assessment_set_organisation_name(big_assessment *a, const char *name);
/** @brief Sets the organisation kind. @return 0, BIG_EINVAL or BIG_ENOMEM */
BIG_EXPORT int big_assessment_set_organisation_kind(big_assessment *a, const char *kind);
/**
 * @brief Sets a numeric organisation attribute (replacing an earlier value).
 * @return 0, BIG_EINVAL (empty name, non-finite value) or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_set_attribute(big_assessment *a, const char *name, double value);
/**
 * @brief Sets the date of the assessment.
 * @param date "YYYY-MM-DD", or NULL to clear it
 * @return 0, BIG_EINVAL for a malformed date, or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_set_assessed_on(big_assessment *a, const char *date);
/**
 * @brief Sets the profile the assessment is made for.
 * @param profile id of a profile of the catalogue, or NULL to clear it
 * @return 0, BIG_ENOTFOUND (no such profile) or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_set_profile(big_assessment *a, const char *profile);
/**
 * @brief Sets the target maturity.
 * @param target 0..big_catalogue_max_level(), or -1 to clear it
 * @return 0 or BIG_ERANGE
 */
BIG_EXPORT int big_assessment_set_target(big_assessment *a, int target);

/**
 * @brief Sets the status of a requirement.
 * @param id id of an assessable node of the catalogue
 * @return 0, BIG_ENOTFOUND (no such node), BIG_EINVAL (NULL id, not assessable, bad
 *         status) or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_set_status(big_assessment *a, const char *id, big_status status);
/**
 * @brief Sets the maturity of a requirement.
 * @param maturity 0..big_catalogue_max_level(), or -1 to clear it
 * @return 0, BIG_ENOTFOUND, BIG_EINVAL, BIG_ERANGE or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_set_maturity(big_assessment *a, const char *id, int maturity);
/**
 * @brief Sets the criteria of the maturity model that a requirement meets.
 *
 * The maturity used for scoring is then derived from them: the highest level
 * whose criteria, and those of every lower level, are all met.
 *
 * @param criteria ids of criteria (big_catalogue_criterion()), or NULL to
 *        forget them (then a given maturity counts again); an empty list
 *        (count 0) says that no criterion is met
 * @return 0, BIG_ENOTFOUND (no such requirement or criterion), BIG_EINVAL
 *         (a criterion twice, not assessable) or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_set_criteria_met(big_assessment *a, const char *id,
					       const char *const *criteria, size_t count);
/**
 * @brief The maturity implied by the criteria a requirement meets, or -1
 * when no criteria were recorded for it.
 */
BIG_EXPORT int big_assessment_derived_maturity(const big_assessment *a, const char *id);
/** @brief Sets the explanation ('leg uit') of a requirement; NULL clears it. */
BIG_EXPORT int big_assessment_set_explanation(big_assessment *a, const char *id,
					      const char *explanation);
/** @brief Sets the owner of a requirement; NULL clears it. */
BIG_EXPORT int big_assessment_set_owner(big_assessment *a, const char *id, const char *owner);
/**
 * @brief Sets the expiry date of an exception or risk acceptance.
 * @param date "YYYY-MM-DD", or NULL to clear it
 * @return 0, BIG_ENOTFOUND, BIG_EINVAL (malformed date) or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_set_expires(big_assessment *a, const char *id, const char *date);
/** @brief Appends one piece of evidence (a reference, a file name …) to a requirement. */
BIG_EXPORT int big_assessment_add_evidence(big_assessment *a, const char *id, const char *evidence);

/**
 * @brief The recorded result of a requirement.
 * @return the result (borrowed: valid as long as the assessment, and showing
 *         its later changes), or NULL when nothing was recorded for @p id
 */
BIG_EXPORT const big_result *big_assessment_result(const big_assessment *a, const char *id);

/** @brief The requirement a result is for (borrowed). */
BIG_EXPORT const big_node *big_result_node(const big_result *r);

/** @brief Status of a result. */
BIG_EXPORT big_status big_result_status(const big_result *r);
/** @brief Maturity of a result as given, or -1 when none was given (see also
 * big_assessment_derived_maturity()). */
BIG_EXPORT int big_result_maturity(const big_result *r);
/** @brief Whether criteria_met was recorded (perhaps empty). */
BIG_EXPORT bool big_result_has_criteria(const big_result *r);
/** @brief Number of criteria met. */
BIG_EXPORT size_t big_result_criteria_count(const big_result *r);
/** @brief Id of criterion @p i met, as recorded (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_result_criterion(const big_result *r, size_t i);
/** @brief Explanation. Borrowed; "" when absent. */
BIG_EXPORT const char *big_result_explanation(const big_result *r);
/** @brief Owner. Borrowed; "" when absent. */
BIG_EXPORT const char *big_result_owner(const big_result *r);
/** @brief Expiry date (YYYY-MM-DD). Borrowed; "" when absent. */
BIG_EXPORT const char *big_result_expires(const big_result *r);
/** @brief Number of pieces of evidence. */
BIG_EXPORT size_t big_result_evidence_count(const big_result *r);
/** @brief Evidence @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const char *big_result_evidence(const big_result *r, size_t i);

/**
 * @brief The three things the BIO2 asks an organisation to show of a measure
 * ("Organisaties tonen opzet, bestaan en werking van maatregelen aan"):
 * its design, its existence and its operation. The values are part of the
 * ABI and index the dimensions in documents' order.
 */
typedef enum big_dimension {
	BIG_DIMENSION_OPZET = 0, /**< "opzet": the design, how the measure is put into operation */
	BIG_DIMENSION_BESTAAN = 1, /**< "bestaan": the measure exists, in place */
	BIG_DIMENSION_WERKING = 2  /**< "werking": the measure operates effectively */
} big_dimension;

/** @brief Number of dimensions: they are 0 … BIG_DIMENSION_COUNT - 1. */
#define BIG_DIMENSION_COUNT 3

/**
 * @brief Document name of a dimension ("opzet", "bestaan", "werking"), or
 * NULL for a value that is not a big_dimension.
 */
BIG_EXPORT const char *big_dimension_name(big_dimension dimension);

/**
 * @brief Parses a dimension name as documents write it.
 *
 * @param out receives the dimension
 * @param name "opzet", "bestaan" or "werking"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_dimension_from_name(big_dimension *out, const char *name);

/**
 * @brief What a piece of evidence for a dimension is (docs/formats.md,
 * "Opzet, bestaan, werking"): the closed list of the kinds the BIO2 names.
 * The values are part of the ABI.
 */
typedef enum big_evidence_kind {
	BIG_EVIDENCE_DOCUMENT = 0,        /**< "document": a policy, procedure, design or
					     configuration that records it */
	BIG_EVIDENCE_SELF_ASSESSMENT = 1, /**< "self_assessment": the organisation's own check */
	BIG_EVIDENCE_AUDIT = 2,           /**< "audit": an internal or external audit */
	BIG_EVIDENCE_PENTEST = 3,         /**< "pentest": a penetration test */
	BIG_EVIDENCE_RED_TEAM = 4,        /**< "red_team": a red-team test */
	BIG_EVIDENCE_OTHER = 5            /**< "other": anything else; say what in `what` */
} big_evidence_kind;

/** @brief Number of evidence kinds: they are 0 … BIG_EVIDENCE_KIND_COUNT - 1. */
#define BIG_EVIDENCE_KIND_COUNT 6

/**
 * @brief Document name of an evidence kind ("document", "self_assessment",
 * "audit", "pentest", "red_team", "other"), or NULL for a value that is not
 * a big_evidence_kind.
 */
BIG_EXPORT const char *big_evidence_kind_name(big_evidence_kind kind);

/**
 * @brief Parses an evidence kind name as documents write it.
 *
 * @param out receives the kind
 * @param name e.g. "self_assessment"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_evidence_kind_from_name(big_evidence_kind *out, const char *name);

/** @brief A reference to one piece of evidence for a dimension. Borrowed from its result. */
typedef struct big_evidence_ref {
	big_evidence_kind kind; /**< what kind of evidence it is */
	const char *what;       /**< what it is, e.g. "Pentest DigiD-koppeling"; never empty */
	const char *where;      /**< where it is kept (a file, a link, a register), or NULL */
	const char *date;       /**< its date YYYY-MM-DD, or NULL */
} big_evidence_ref;

/**
 * @brief Opaque handle to what a result records of one dimension (borrowed
 * from its assessment).
 */
typedef struct big_demonstration big_demonstration;

/**
 * @brief Records whether a dimension of a requirement is demonstrated.
 *
 * @param id id of an assessable node of the catalogue (its result becomes
 *        recorded, not_assessed when it had none, as with the other setters)
 * @param dimension BIG_DIMENSION_OPZET, _BESTAAN or _WERKING
 * @return 0, BIG_ENOTFOUND (no such node), BIG_EINVAL (not assessable, bad
 *         dimension) or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_set_demonstrated(big_assessment *a, const char *id,
					       big_dimension dimension, bool demonstrated);

/**
 * @brief Appends a reference to evidence for a dimension of a requirement.
 *
 * Evidence alone does not make the dimension demonstrated: that is
 * big_assessment_set_demonstrated()'s.
 *
 * @param what what the evidence is; not empty
 * @param where where it is kept, or NULL
 * @param date its date "YYYY-MM-DD", or NULL
 * @return 0, BIG_ENOTFOUND, BIG_EINVAL (bad dimension or kind, empty what,
 *         malformed date, text that is not UTF-8) or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_add_demonstration_evidence(big_assessment *a, const char *id,
							 big_dimension dimension,
							 big_evidence_kind kind, const char *what,
							 const char *where, const char *date);

/**
 * @brief What a result records of a dimension.
 * @return the record (borrowed: valid as long as the assessment), or NULL
 *         when nothing was recorded for that dimension (or for a bad one)
 */
BIG_EXPORT const big_demonstration *big_result_demonstration(const big_result *r,
							     big_dimension dimension);
/** @brief Whether the dimension is demonstrated. */
BIG_EXPORT bool big_demonstration_demonstrated(const big_demonstration *d);
/** @brief Number of references to evidence. */
BIG_EXPORT size_t big_demonstration_evidence_count(const big_demonstration *d);
/** @brief Reference @p i to evidence (borrowed), or NULL when out of range. */
BIG_EXPORT const big_evidence_ref *big_demonstration_evidence(const big_demonstration *d, size_t i);

/**
 * @brief The state of an improvement action (docs/formats.md, "Improvement
 * actions"). The values are part of the ABI.
 */
typedef enum big_action_status {
	BIG_ACTION_PLANNED = 0,     /**< "planned": agreed, not started */
	BIG_ACTION_IN_PROGRESS = 1, /**< "in_progress": under way */
	BIG_ACTION_DONE = 2         /**< "done": finished; no longer open */
} big_action_status;

/** @brief Number of action states: they are 0 … BIG_ACTION_STATUS_COUNT - 1. */
#define BIG_ACTION_STATUS_COUNT 3

/**
 * @brief Document name of an action state ("planned", "in_progress",
 * "done"), or NULL for a value that is not a big_action_status.
 */
BIG_EXPORT const char *big_action_status_name(big_action_status status);

/**
 * @brief Parses an action state as documents write it.
 *
 * @param out receives the state
 * @param name "planned", "in_progress" or "done"
 * @return 0, or BIG_EINVAL for an unknown name
 */
BIG_EXPORT int big_action_status_from_name(big_action_status *out, const char *name);

/**
 * @brief Opaque handle to one improvement action of a result (borrowed from
 * its assessment, or from the report whose gap lists it).
 */
typedef struct big_action big_action;

/**
 * @brief Appends an improvement action to a requirement's result; actions
 * keep the order they are added in.
 *
 * @param id id of an assessable node of the catalogue (its result becomes
 *        recorded, not_assessed when it had none, as with the other setters)
 * @param description what will be done; not empty
 * @param owner who does it, or NULL
 * @param due the date it is due "YYYY-MM-DD", or NULL
 * @param status BIG_ACTION_PLANNED, _IN_PROGRESS or _DONE
 * @return 0, BIG_ENOTFOUND (no such node), BIG_EINVAL (not assessable, empty
 *         description, malformed date, bad status, text that is not UTF-8)
 *         or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_add_action(big_assessment *a, const char *id, const char *description,
					 const char *owner, const char *due,
					 big_action_status status);

/**
 * @brief Removes every improvement action of a requirement's result (the
 * result stays recorded). The actions removed stay readable through the
 * pointers big_result_action() gave until the assessment is freed.
 * @return 0, BIG_ENOTFOUND (no such node), BIG_EINVAL (not assessable) or
 *         BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_clear_actions(big_assessment *a, const char *id);

/** @brief Number of improvement actions of a result. */
BIG_EXPORT size_t big_result_action_count(const big_result *r);
/**
 * @brief Improvement action @p i of a result, or NULL when out of range.
 * Borrowed: valid as long as the assessment, whatever is added or cleared.
 */
BIG_EXPORT const big_action *big_result_action(const big_result *r, size_t i);
/** @brief What the action does. Borrowed; never empty. */
BIG_EXPORT const char *big_action_description(const big_action *x);
/** @brief Who does it. Borrowed; NULL when none was given. */
BIG_EXPORT const char *big_action_owner(const big_action *x);
/** @brief When it is due, "YYYY-MM-DD". Borrowed; NULL when none was given. */
BIG_EXPORT const char *big_action_due(const big_action *x);
/** @brief Its state. */
BIG_EXPORT big_action_status big_action_get_status(const big_action *x);

/** @brief Number of diagnostics collected while loading, or while making it
 * (big_effective_assessment(): `collaboration-silent`). */
BIG_EXPORT size_t big_assessment_diagnostic_count(const big_assessment *a);
/** @brief Diagnostic @p i (borrowed), or NULL when out of range. */
BIG_EXPORT const big_diagnostic *big_assessment_diagnostic(const big_assessment *a, size_t i);

/**
 * @brief Writes the assessment as a `libbig.assessment` document.
 *
 * Results appear in catalogue order; the output is deterministic.
 *
 * @param out receives NUL-terminated JSON text; free it with big_free()
 * @param len receives its length, may be NULL
 * @param a the assessment
 * @param flags BIG_JSON_COMPACT or 0
 * @return 0 or BIG_ENOMEM
 */
BIG_EXPORT int big_assessment_to_json(char **out, size_t *len, const big_assessment *a,
				      unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif /* BIG_ASSESSMENT_H */
