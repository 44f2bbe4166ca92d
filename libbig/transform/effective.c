/*
 * libbig — the effective assessment of a member of a collaboration
 * (docs/scoring.md, "Collaborations"), and the provenance of results.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "collaboration-int.h"
#include "errors-int.h"

/* 0 for the same catalogue, or one loaded again (same id, version and
 * fingerprint); 1 for another id or version (the caller says which
 * documents); else the error of big__catalogue_check_same(): no memory, or
 * two catalogues of one name that score differently (its message names
 * both fingerprints). */
static int same_catalogue(const big_catalogue *a, const big_catalogue *b)
{
	int rc = big__catalogue_check_same(a, b, "documents");
	bool renamed = strcmp(a->id, b->id) != 0 || strcmp(a->version, b->version) != 0;
	return rc == BIG_EMISMATCH && renamed ? 1 : rc;
}

/* Copies the result @from (of an assessment against @from_cat) into the
 * empty slot @to (of an assessment against @cat), with provenance @source.
 * 0, BIG_ENOMEM or BIG_EMISMATCH. */
static int copy_result(big_assessment *a, struct big_result *to, const big_catalogue *from_cat,
		       const struct big_result *from, const char *source)
{
	const big_catalogue *cat = a->catalogue;
	int rc;
	to->recorded = true;
	to->status = from->status;
	to->maturity = from->maturity;
	to->criteria_given = from->criteria_given;
	if (from->criteria_count) {
		if (!(to->criteria = big__calloc(from->criteria_count, sizeof(*to->criteria))))
			return BIG_ENOMEM;
		for (size_t i = 0; i < from->criteria_count; i++) {
			const big_criterion *k =
			    cat == from_cat
				? from->criteria[i]
				: big_catalogue_find_criterion(cat, from->criteria[i]->id);
			if (!k)
				return big__error_set(BIG_EMISMATCH,
						      "the maturity model has no criterion \"%s\"",
						      from->criteria[i]->id);
			to->criteria[to->criteria_count++] = k;
		}
	}
	if ((rc = big__set_string(&to->explanation, from->explanation)) ||
	    (rc = big__set_string(&to->owner, from->owner)) ||
	    (rc = big__set_string(&to->expires, from->expires)) ||
	    (rc = big__set_string(&to->source, source)))
		return rc;
	if (from->evidence_count) {
		if (!(to->evidence = big__calloc(from->evidence_count, sizeof(*to->evidence))))
			return BIG_ENOMEM;
		to->evidence_cap = from->evidence_count;
		for (size_t i = 0; i < from->evidence_count; i++) {
			if (!(to->evidence[i] = big__strdup(from->evidence[i])))
				return BIG_ENOMEM;
			to->evidence_count++;
		}
	}
	/* the actions follow their result (docs/formats.md, "Improvement actions") */
	if ((rc = big__action_copy(to, from)))
		return rc;
	return big__demonstration_copy(a, to, from);
}

/* Whether, under @policy, the collaboration's result @theirs wins over the
 * member's own @own (both possibly not recorded: then not_assessed). */
static bool take_collaboration(big_policy policy, const big_catalogue *cat,
			       const struct big_result *own, const struct big_result *theirs)
{
	if (policy == BIG_POLICY_COLLABORATION)
		return true;
	if (policy == BIG_POLICY_MEMBER)
		return false;
	big_status so = own->recorded ? own->status : BIG_STATUS_NOT_ASSESSED;
	big_status st = theirs->recorded ? theirs->status : BIG_STATUS_NOT_ASSESSED;
	double vo = cat->status_values[so], vt = cat->status_values[st];
	int mo = own->recorded ? big__result_maturity(cat, own) : -1;
	int mt = theirs->recorded ? big__result_maturity(cat, theirs) : -1;
	bool worst = policy == BIG_POLICY_WORST;
	if (vt != vo)
		return worst ? vt < vo : vt > vo;
	if (mt != mo)
		return worst ? mt < mo : mt > mo;
	return true; /* a tie: the collaboration's */
}

static int check_inputs(const big_collaboration *c, const big_assessment *member,
			const big_assessment *theirs)
{
	const big_catalogue *cat = c->catalogue;
	int rc = same_catalogue(cat, member->catalogue);
	if (rc < 0)
		return rc;
	if (rc)
		return big__error_set(BIG_EMISMATCH,
				      "the member's assessment is for catalogue %s %s, the "
				      "collaboration %s for %s %s",
				      member->catalogue->id, member->catalogue->version, c->id,
				      cat->id, cat->version);
	if (!big_collaboration_has_member(c, member->organisation_id))
		return big__error_set(BIG_ENOTFOUND, "\"%s\" is not a member of collaboration %s",
				      member->organisation_id, c->id);
	if (!theirs)
		return 0;
	if ((rc = same_catalogue(cat, theirs->catalogue)) < 0)
		return rc;
	if (rc)
		return big__error_set(BIG_EMISMATCH,
				      "the collaboration's assessment is for catalogue %s %s, the "
				      "collaboration %s for %s %s",
				      theirs->catalogue->id, theirs->catalogue->version, c->id,
				      cat->id, cat->version);
	if (strcmp(theirs->organisation_id, c->id) != 0)
		return big__error_set(
		    BIG_EMISMATCH,
		    "the collaboration's assessment is of organisation \"%s\", not "
		    "of collaboration \"%s\"",
		    theirs->organisation_id, c->id);
	if (strcmp(theirs->period, member->period) != 0)
		return big__error_set(
		    BIG_EMISMATCH,
		    "the member's assessment is for period %s, the collaboration's "
		    "for period %s",
		    member->period, theirs->period);
	return 0;
}

/* The organisation, period and settings of @from, copied to @a. */
static int copy_header(big_assessment *a, const big_assessment *from)
{
	int rc;
	if ((rc = big__set_string(&a->organisation_name, from->organisation_name)) ||
	    (rc = big__set_string(&a->organisation_kind, from->organisation_kind)) ||
	    (rc = big__set_string(&a->assessed_on, from->assessed_on)) ||
	    (rc = big__set_string(&a->profile, from->profile)))
		return rc;
	a->target = from->target;
	for (size_t i = 0; i < from->attribute_count; i++)
		if ((rc = big_assessment_set_attribute(a, from->attributes[i].name,
						       from->attributes[i].value)))
			return rc;
	return 0;
}

int big_effective_assessment(big_assessment **out, const big_collaboration *c,
			     const big_assessment *member,
			     const big_assessment *collaboration_result)
{
	static const struct big_result none = {.status = BIG_STATUS_NOT_ASSESSED, .maturity = -1};
	const big_assessment *theirs = collaboration_result;
	big_assessment *a = NULL;
	int rc;

	if (!out || !c || !member)
		return big__error_set(BIG_EINVAL, "no output pointer, collaboration or member");
	*out = NULL;
	if ((rc = check_inputs(c, member, theirs)))
		return rc;
	const big_catalogue *cat = member->catalogue;
	if ((rc = big_assessment_new(&a, cat, member->organisation_id, member->period)) ||
	    (rc = copy_header(a, member)))
		goto fail;
	for (size_t i = 0; i < cat->requirement_count; i++) {
		const big_node *node = cat->requirements[i];
		const struct big_result *own = &member->results[i];
		const struct big_result *other = theirs ? &theirs->results[i] : &none;
		bool delegated = c->cover[node->index] != 0;
		if (delegated && take_collaboration(c->policy, cat, own, other)) {
			rc = copy_result(a, &a->results[i], theirs ? theirs->catalogue : cat, other,
					 c->id);
		} else if (own->recorded) {
			rc = copy_result(a, &a->results[i], cat, own, own->source);
		}
		if (rc)
			goto fail;
	}
	big__assessment_refresh_all(a);
	*out = a;
	return 0;
fail:
	big_assessment_free(a);
	return rc;
}

big_provenance_kind big_assessment_provenance(const big_assessment *a, const char *id)
{
	const big_result *r = a ? big_assessment_result(a, id) : NULL;
	return r && r->source ? BIG_PROVENANCE_DELEGATED : BIG_PROVENANCE_OWN;
}

const char *big_assessment_provenance_source(const big_assessment *a, const char *id)
{
	const big_result *r = a ? big_assessment_result(a, id) : NULL;
	return r && r->source ? r->source : "";
}
