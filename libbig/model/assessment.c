/*
 * libbig — assessments: creation, setters and getters.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <string.h>

#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-read.h"
#include "text.h"
#include "utf8.h"

int big__set_string(char **field, const char *value)
{
	char *copy = NULL;
	if (value && !(copy = big__strdup(value)))
		return BIG_ENOMEM;
	big_free(*field);
	*field = copy;
	return 0;
}

/* Strings given through the API end up in JSON: they must be UTF-8. */
static int check_text(const char *what, const char *value, bool required)
{
	if (!value)
		return required ? big__error_set(BIG_EINVAL, "%s: missing", what) : 0;
	if (required && !*value)
		return big__error_set(BIG_EINVAL, "%s: must not be empty", what);
	if (!big__utf8_valid(value))
		return big__error_set(BIG_EINVAL, "%s: not valid UTF-8", what);
	return 0;
}

int big_assessment_new(big_assessment **out, const big_catalogue *cat, const char *organisation_id,
		       const char *period)
{
	int rc;
	if (!out || !cat)
		return big__error_set(BIG_EINVAL, "no output pointer or no catalogue");
	*out = NULL;
	if ((rc = check_text("organisation id", organisation_id, true)) ||
	    (rc = check_text("period", period, true)))
		return rc;
	big_assessment *a = big__calloc(1, sizeof(*a));
	if (!a)
		return BIG_ENOMEM;
	atomic_init(&a->refs, 1);
	a->catalogue = big_catalogue_ref((big_catalogue *)cat);
	a->target = -1;
	a->results = big__calloc(cat->requirement_count, sizeof(*a->results));
	a->evals = big__calloc(cat->requirement_count, sizeof(*a->evals));
	a->organisation_id = big__strdup(organisation_id);
	a->period = big__strdup(period);
	if (!a->results || !a->evals || !a->organisation_id || !a->period) {
		big_assessment_free(a);
		return BIG_ENOMEM;
	}
	for (size_t i = 0; i < cat->requirement_count; i++) {
		a->results[i].node = big_catalogue_requirement(cat, i);
		a->results[i].status = BIG_STATUS_NOT_ASSESSED;
		a->results[i].maturity = -1;
	}
	big__assessment_refresh_all(a);
	*out = a;
	return 0;
}

static void clear_result(big_assessment *a, struct big_result *r)
{
	big_free(r->criteria);
	big_free(r->explanation);
	big_free(r->owner);
	big_free(r->expires);
	for (size_t i = 0; i < r->evidence_count; i++)
		big_free(r->evidence[i]);
	big_free(r->evidence);
	big_free(r->source);
	big__demonstration_free(a, r);
	big__action_free(r);
}

void big_assessment_free(big_assessment *a)
{
	/* a report may still borrow its texts (big__assessment_ref()) */
	if (!a || atomic_fetch_sub_explicit(&a->refs, 1, memory_order_acq_rel) != 1)
		return;
	if (a->results)
		for (size_t i = 0; i < a->catalogue->requirement_count; i++)
			clear_result(a, &a->results[i]);
	big_free(a->results);
	big_free(a->evals);
	big__action_free_cleared(a);
	for (size_t i = 0; i < a->retired_count; i++)
		big_free(a->retired[i]);
	big_free(a->retired);
	for (size_t i = 0; i < a->attribute_count; i++)
		big_free(a->attributes[i].name);
	big_free(a->attributes);
	big_free(a->organisation_id);
	big_free(a->organisation_name);
	big_free(a->organisation_kind);
	big_free(a->period);
	big_free(a->assessed_on);
	big_free(a->profile);
	big__diag_clear(&a->diags);
	big_catalogue_free(a->catalogue);
	big_free(a);
}

const big_catalogue *big_assessment_catalogue(const big_assessment *a)
{
	return a->catalogue;
}

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

const char *big_assessment_organisation_id(const big_assessment *a)
{
	return a->organisation_id;
}

const char *big_assessment_organisation_name(const big_assessment *a)
{
	return or_empty(a->organisation_name);
}

const char *big_assessment_organisation_kind(const big_assessment *a)
{
	return or_empty(a->organisation_kind);
}

const char *big_assessment_period(const big_assessment *a)
{
	return a->period;
}

const char *big_assessment_assessed_on(const big_assessment *a)
{
	return or_empty(a->assessed_on);
}

const char *big_assessment_profile(const big_assessment *a)
{
	return or_empty(a->profile);
}

int big_assessment_target(const big_assessment *a)
{
	return a->target;
}

int big_assessment_attribute(double *out, const big_assessment *a, const char *name)
{
	for (size_t i = 0; name && i < a->attribute_count; i++) {
		if (strcmp(a->attributes[i].name, name) == 0) {
			*out = a->attributes[i].value;
			return 0;
		}
	}
	return big__error_set(BIG_ENOTFOUND, "organisation has no attribute \"%s\"",
			      name ? name : "(null)");
}

size_t big_assessment_attribute_count(const big_assessment *a)
{
	return a->attribute_count;
}

const char *big_assessment_attribute_name(const big_assessment *a, size_t i)
{
	return i < a->attribute_count ? a->attributes[i].name : NULL;
}

int big_assessment_set_organisation_name(big_assessment *a, const char *name)
{
	int rc = check_text("organisation name", name, false);
	return rc ? rc : big__set_string(&a->organisation_name, name);
}

int big_assessment_set_organisation_kind(big_assessment *a, const char *kind)
{
	int rc = check_text("organisation kind", kind, false);
	return rc ? rc : big__set_string(&a->organisation_kind, kind);
}

int big_assessment_set_attribute(big_assessment *a, const char *name, double value)
{
	int rc = check_text("attribute name", name, true);
	if (rc)
		return rc;
	if (!isfinite(value))
		return big__error_set(BIG_EINVAL, "attribute \"%s\": value must be finite", name);
	for (size_t i = 0; i < a->attribute_count; i++) {
		if (strcmp(a->attributes[i].name, name) == 0) {
			a->attributes[i].value = value;
			return 0;
		}
	}
	if (big__grow((void **)&a->attributes, &a->attribute_cap, a->attribute_count + 1,
		      sizeof(*a->attributes)))
		return BIG_ENOMEM;
	char *copy = big__strdup(name);
	if (!copy)
		return BIG_ENOMEM;
	a->attributes[a->attribute_count++] = (struct big_attribute){copy, value};
	return 0;
}

static int check_date(const char *what, const char *date)
{
	if (date && !big__date_valid(date))
		return big__error_set(BIG_EINVAL, "%s: \"%s\" is not a date YYYY-MM-DD", what,
				      date);
	return 0;
}

int big_assessment_set_assessed_on(big_assessment *a, const char *date)
{
	int rc = check_date("assessed_on", date);
	if (rc || (rc = big__set_string(&a->assessed_on, date)))
		return rc;
	big__assessment_refresh_all(a); /* expiry dates compare with it */
	return 0;
}

int big_assessment_set_profile(big_assessment *a, const char *profile)
{
	if (profile && !big_catalogue_find_profile(a->catalogue, profile))
		return big__error_set(BIG_ENOTFOUND, "catalogue %s %s has no profile \"%s\"",
				      a->catalogue->id, a->catalogue->version, profile);
	return big__set_string(&a->profile, profile);
}

int big_assessment_set_target(big_assessment *a, int target)
{
	if (target < -1 || target > a->catalogue->max_level)
		return big__error_set(BIG_ERANGE, "target %d is not between 0 and %d", target,
				      a->catalogue->max_level);
	a->target = target;
	return 0;
}

/* The result slot of requirement @id, or NULL with the error set. */
static struct big_result *find_slot(const big_assessment *a, const char *id)
{
	if (!id) {
		big__error_set(BIG_EINVAL, "no requirement id");
		return NULL;
	}
	const big_node *node = big_catalogue_find(a->catalogue, id);
	if (!node) {
		big__error_set(BIG_ENOTFOUND, "catalogue %s %s has no node \"%s\"",
			       a->catalogue->id, a->catalogue->version, id);
		return NULL;
	}
	if (!node->assessable) {
		big__error_set(BIG_EINVAL, "node \"%s\" is not assessable", id);
		return NULL;
	}
	return &a->results[node->requirement];
}

/* The same, marked as recorded: a setter records a result. */
static struct big_result *slot(big_assessment *a, const char *id)
{
	struct big_result *r = find_slot(a, id);
	if (r)
		r->recorded = true;
	return r;
}

int big_assessment_set_status(big_assessment *a, const char *id, big_status status)
{
	if ((unsigned)status >= BIG_STATUS_COUNT)
		return big__error_set(BIG_EINVAL, "invalid status %d", (int)status);
	struct big_result *r = slot(a, id);
	if (!r)
		return big_error_last()->code;
	r->status = status;
	big__assessment_refresh(a, (size_t)(r - a->results));
	return 0;
}

int big_assessment_set_maturity(big_assessment *a, const char *id, int maturity)
{
	if (maturity < -1 || maturity > a->catalogue->max_level)
		return big__error_set(BIG_ERANGE, "maturity %d is not between 0 and %d", maturity,
				      a->catalogue->max_level);
	struct big_result *r = slot(a, id);
	if (!r)
		return big_error_last()->code;
	r->maturity = maturity;
	big__assessment_refresh(a, (size_t)(r - a->results));
	return 0;
}

static int set_result_text(big_assessment *a, const char *id, const char *what, const char *value,
			   size_t offset)
{
	int rc = check_text(what, value, false);
	if (rc)
		return rc;
	struct big_result *r = slot(a, id);
	if (!r)
		return big_error_last()->code;
	char **field = (char **)((char *)r + offset);
	/* A report borrows the owners, explanations and expiry dates (big_score()):
	 * while one may, the text replaced is kept until the assessment is freed. */
	if (*field && atomic_load_explicit(&a->refs, memory_order_acquire) > 1) {
		char *copy = value ? big__strdup(value) : NULL;
		if ((value && !copy) || big__grow((void **)&a->retired, &a->retired_cap,
						  a->retired_count + 1, sizeof(*a->retired))) {
			big_free(copy);
			return BIG_ENOMEM;
		}
		a->retired[a->retired_count++] = *field;
		*field = copy;
	} else if ((rc = big__set_string(field, value)))
		return rc;
	big__assessment_refresh(a, (size_t)(r - a->results));
	return 0;
}

int big_assessment_set_explanation(big_assessment *a, const char *id, const char *explanation)
{
	return set_result_text(a, id, "explanation", explanation,
			       offsetof(struct big_result, explanation));
}

int big_assessment_set_owner(big_assessment *a, const char *id, const char *owner)
{
	return set_result_text(a, id, "owner", owner, offsetof(struct big_result, owner));
}

int big_assessment_set_expires(big_assessment *a, const char *id, const char *date)
{
	int rc = check_date("expires", date);
	return rc ? rc
		  : set_result_text(a, id, "expires", date, offsetof(struct big_result, expires));
}

int big_assessment_add_evidence(big_assessment *a, const char *id, const char *evidence)
{
	int rc = check_text("evidence", evidence, true);
	if (rc)
		return rc;
	struct big_result *r = slot(a, id);
	if (!r)
		return big_error_last()->code;
	if (big__grow((void **)&r->evidence, &r->evidence_cap, r->evidence_count + 1,
		      sizeof(*r->evidence)))
		return BIG_ENOMEM;
	if (!(r->evidence[r->evidence_count] = big__strdup(evidence)))
		return BIG_ENOMEM;
	r->evidence_count++;
	return 0;
}

int big_assessment_add_action(big_assessment *a, const char *id, const char *description,
			      const char *owner, const char *due, big_action_status status)
{
	int rc;
	if ((unsigned)status >= BIG_ACTION_STATUS_COUNT)
		return big__error_set(BIG_EINVAL, "invalid action status %d", (int)status);
	if (description && big__text_blank(description))
		return big__error_set(BIG_EINVAL, "action: description: blank");
	if ((rc = check_text("action: description", description, true)) ||
	    (rc = check_text("action: owner", owner, false)) ||
	    (rc = check_date("action: due", due)))
		return rc;
	struct big_result *r = slot(a, id);
	if (!r)
		return big_error_last()->code;
	if ((rc = big__action_add(r, description, owner, due, status)))
		return rc;
	big__assessment_refresh(a, (size_t)(r - a->results));
	return 0;
}

int big_assessment_clear_actions(big_assessment *a, const char *id)
{
	struct big_result *r = find_slot(a, id);
	int rc = r ? big__action_clear(a, r) : big_error_last()->code;
	if (!rc)
		big__assessment_refresh(a, (size_t)(r - a->results));
	return rc;
}

static int check_dimension(big_dimension dim)
{
	if ((unsigned)dim >= BIG_DIMENSION_COUNT)
		return big__error_set(BIG_EINVAL, "invalid dimension %d", (int)dim);
	return 0;
}

int big_assessment_set_demonstrated(big_assessment *a, const char *id, big_dimension dimension,
				    bool demonstrated)
{
	int rc = check_dimension(dimension);
	if (rc)
		return rc;
	struct big_result *r = slot(a, id);
	if (!r)
		return big_error_last()->code;
	if ((rc = big__demonstration_set(a, r, dimension, demonstrated)))
		return rc;
	big__assessment_refresh(a, (size_t)(r - a->results));
	return 0;
}

int big_assessment_add_demonstration_evidence(big_assessment *a, const char *id,
					      big_dimension dimension, big_evidence_kind kind,
					      const char *what, const char *where, const char *date)
{
	int rc = check_dimension(dimension);
	if (rc)
		return rc;
	if ((unsigned)kind >= BIG_EVIDENCE_KIND_COUNT)
		return big__error_set(BIG_EINVAL, "invalid evidence kind %d", (int)kind);
	if ((rc = check_text("evidence: what", what, true)) ||
	    (rc = check_text("evidence: where", where, false)) ||
	    (rc = check_date("evidence: date", date)))
		return rc;
	struct big_result *r = slot(a, id);
	if (!r)
		return big_error_last()->code;
	if ((rc = big__demonstration_add(a, r, dimension, kind, what, where, date)))
		return rc;
	big__assessment_refresh(a, (size_t)(r - a->results));
	return 0;
}

int big_assessment_set_criteria_met(big_assessment *a, const char *id, const char *const *criteria,
				    size_t count)
{
	const big_criterion **list = NULL;
	if (!find_slot(a, id))
		return big_error_last()->code;
	if (criteria && !(list = big__calloc(count, sizeof(*list))))
		return BIG_ENOMEM;
	for (size_t i = 0; criteria && i < count; i++) {
		list[i] = big_catalogue_find_criterion(a->catalogue, criteria[i]);
		for (size_t k = 0; list[i] && k < i; k++)
			if (list[k] == list[i]) {
				big_free(list);
				return big__error_set(BIG_EINVAL, "criterion \"%s\" given twice",
						      criteria[i]);
			}
		if (!list[i]) {
			big_free(list);
			return big__error_set(BIG_ENOTFOUND,
					      "the maturity model has no criterion \"%s\"",
					      criteria[i] ? criteria[i] : "(null)");
		}
	}
	struct big_result *r = slot(a, id);
	if (!r) {
		big_free(list);
		return big_error_last()->code;
	}
	big_free(r->criteria);
	r->criteria = list;
	r->criteria_count = criteria ? count : 0;
	r->criteria_given = criteria != NULL;
	big__assessment_refresh(a, (size_t)(r - a->results));
	return 0;
}

int big_assessment_derived_maturity(const big_assessment *a, const char *id)
{
	const big_result *r = big_assessment_result(a, id);
	return r && r->criteria_given ? big__derived_maturity(a->catalogue, r) : -1;
}

bool big_result_has_criteria(const big_result *r)
{
	return r->criteria_given;
}

size_t big_result_criteria_count(const big_result *r)
{
	return r->criteria_count;
}

const char *big_result_criterion(const big_result *r, size_t i)
{
	return i < r->criteria_count ? r->criteria[i]->id : NULL;
}

const big_result *big_assessment_result(const big_assessment *a, const char *id)
{
	const big_node *node = id ? big_catalogue_find(a->catalogue, id) : NULL;
	if (!node || !node->assessable || !a->results[node->requirement].recorded)
		return NULL;
	return &a->results[node->requirement];
}

const big_node *big_result_node(const big_result *r)
{
	return r->node;
}

big_status big_result_status(const big_result *r)
{
	return r->status;
}

int big_result_maturity(const big_result *r)
{
	return r->maturity;
}

const char *big_result_explanation(const big_result *r)
{
	return or_empty(r->explanation);
}

const char *big_result_owner(const big_result *r)
{
	return or_empty(r->owner);
}

const char *big_result_expires(const big_result *r)
{
	return or_empty(r->expires);
}

size_t big_result_evidence_count(const big_result *r)
{
	return r->evidence_count;
}

const char *big_result_evidence(const big_result *r, size_t i)
{
	return i < r->evidence_count ? r->evidence[i] : NULL;
}

size_t big_assessment_diagnostic_count(const big_assessment *a)
{
	return a->diags.count;
}

const big_diagnostic *big_assessment_diagnostic(const big_assessment *a, size_t i)
{
	return big__diag_get(&a->diags, i);
}
