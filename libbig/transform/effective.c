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
#include "diag.h"
#include "errors-int.h"
#include "json-read.h"

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

/* Which result a delegated requirement takes. */
enum pick {
	PICK_OWN,    /* the member's own */
	PICK_THEIRS, /* the collaboration's */
	PICK_NONE    /* neither: not_assessed (policy worst, two results that disagree) */
};

/* What a result adds to the figures of the member's effective assessment
 * (docs/scoring.md, "Collaborations"): whether it counts as assessed
 * (coverage), as complied or explained (comply-or-explain), and whether
 * and with which s it counts in the implementation score. */
struct share {
	bool assessed, complied, scorable;
	double s;
	int maturity; /* -1: none */
};

/* The share of @r (possibly not recorded: then not_assessed), read as
 * requirement @i of an assessment dated @assessed_on. */
static struct share share_of(const big_catalogue *cat, size_t i, const struct big_result *r,
			     const char *assessed_on)
{
	big_status st = r->recorded ? r->status : BIG_STATUS_NOT_ASSESSED;
	struct big_result_eval e = {.scorable = true};
	if (r->recorded)
		big__result_explanation(&e, cat, i, r, assessed_on);
	return (struct share){.assessed = st != BIG_STATUS_NOT_ASSESSED,
			      .complied = st == BIG_STATUS_IMPLEMENTED || e.explained,
			      .scorable = e.scorable,
			      .s = cat->status_values[st],
			      .maturity = r->recorded ? big__result_maturity(cat, r) : -1};
}

/* Whether @x is nowhere better than @y: not assessed where @y is, not
 * complied where @y is, in the maturity figures no higher (a result that
 * has a maturity and is scorable counts there: x counts only where y does,
 * with no higher a maturity, or with maturity 0; leaving out a low
 * maturity raises maturity_mean), and in the implementation score no higher. A
 * scorable x is no higher than a y that drops out (a properly explained
 * exclusion) only when its s is the lowest status value @lowest: a higher
 * s could raise a figure that leaves y out. A x that drops out is no higher
 * than a scorable y never: leaving out a low s raises the mean. */
static bool no_better(const struct share *x, const struct share *y, double lowest)
{
	/* in the maturity figures: -1 when the result does not count there */
	int mx = x->scorable ? x->maturity : -1, my = y->scorable ? y->maturity : -1;
	if (x->assessed > y->assessed || x->complied > y->complied)
		return false;
	if (mx >= 0 ? mx > (my >= 0 ? my : 0) : my >= 0)
		return false;
	if (!x->scorable)
		return !y->scorable;
	return y->scorable ? x->s <= y->s : x->s <= lowest;
}

/* Policy worst: the result nowhere better than the other; of two equal
 * ones the lower maturity, then the collaboration's; when each is better
 * somewhere, neither (docs/scoring.md, "Collaborations"). */
static enum pick pick_worst(const struct share *own, const struct share *theirs, double lowest)
{
	bool own_le = no_better(own, theirs, lowest), theirs_le = no_better(theirs, own, lowest);
	if (own_le && theirs_le)
		return own->maturity < theirs->maturity ? PICK_OWN : PICK_THEIRS;
	if (own_le || theirs_le)
		return own_le ? PICK_OWN : PICK_THEIRS;
	return PICK_NONE;
}

/* Which result requirement @i takes under @policy: the member's own @own or
 * the collaboration's @theirs (both possibly not recorded: then
 * not_assessed), read at the member's date @assessed_on. */
static enum pick pick(big_policy policy, const big_catalogue *cat, size_t i,
		      const struct big_result *own, const struct big_result *theirs,
		      const char *assessed_on, int *none_maturity)
{
	if (policy == BIG_POLICY_COLLABORATION)
		return PICK_THEIRS;
	if (policy == BIG_POLICY_MEMBER)
		return PICK_OWN;
	struct share so = share_of(cat, i, own, assessed_on);
	struct share st = share_of(cat, i, theirs, assessed_on);
	if (policy == BIG_POLICY_WORST) {
		double lowest = cat->status_values[0];
		for (int k = 1; k < BIG_STATUS_COUNT; k++)
			lowest = cat->status_values[k] < lowest ? cat->status_values[k] : lowest;
		/* neither: maturity 0 when a side counts in the maturity figures,
		 * so that the requirement does not leave them */
		*none_maturity =
		    (so.scorable && so.maturity >= 0) || (st.scorable && st.maturity >= 0) ? 0 : -1;
		return pick_worst(&so, &st, lowest);
	}
	/* best: the higher status value, then the higher maturity; a tie: the collaboration's */
	if (st.s != so.s)
		return st.s > so.s ? PICK_THEIRS : PICK_OWN;
	return so.maturity > st.maturity ? PICK_OWN : PICK_THEIRS;
}

/* The warning `collaboration-silent` (docs/scoring.md, "Collaborations"):
 * the member answered delegated requirement @node itself, the
 * collaboration's assessment (or its absence: @theirs NULL) says nothing of
 * it, and the member's answer is not used. */
static int warn_silent(big_assessment *a, const big_collaboration *c, const big_node *node,
		       const struct big_result *own, const big_assessment *theirs,
		       const struct big_result *other)
{
	struct big_jpath top = {NULL, NULL, 0}, results = {&top, "results", 0};
	struct big_jpath id = {&results, node->id, 0};
	char where[512];
	big__jpath_render(&id, where, sizeof(where));
	return big__diag_add(&a->diags, BIG_SEVERITY_WARNING, "collaboration-silent", where,
			     "%s %s %s delegated requirement %s: the member's own "
			     "result (%s) is not used, the requirement counts as not_assessed",
			     theirs ? "the assessment of collaboration" : "collaboration", c->id,
			     other->recorded ? "records as not_assessed" : "has no result for",
			     node->id, big_status_name(own->status));
}

/* The warning `worst-disagreement` (docs/scoring.md, "Policy worst"): the
 * member's result @own and the collaboration's @theirs for delegated
 * requirement @node are each better somewhere, and neither is taken. */
static int warn_disagreement(big_assessment *a, const big_collaboration *c, const big_node *node,
			     const struct big_result *own, const struct big_result *theirs)
{
	struct big_jpath top = {NULL, NULL, 0}, results = {&top, "results", 0};
	struct big_jpath id = {&results, node->id, 0};
	char where[512];
	big__jpath_render(&id, where, sizeof(where));
	if (!own->recorded)
		return big__diag_add(
		    &a->diags, BIG_SEVERITY_WARNING, "worst-disagreement", where,
		    "the member has no result and collaboration %s has one (%s) for "
		    "delegated requirement %s: each is better somewhere, under policy "
		    "worst it counts as not_assessed",
		    c->id, big_status_name(theirs->status), node->id);
	return big__diag_add(&a->diags, BIG_SEVERITY_WARNING, "worst-disagreement", where,
			     "the member's result (%s) and that of collaboration %s (%s) for "
			     "delegated requirement %s are each better somewhere: under policy "
			     "worst it counts as not_assessed",
			     big_status_name(own->status), c->id, big_status_name(theirs->status),
			     node->id);
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
		int none_maturity = -1;
		enum pick p =
		    c->cover[node->index] == 0
			? PICK_OWN
			: pick(c->policy, cat, i, own, other, member->assessed_on, &none_maturity);
		/* silent: no result, or an explicit not_assessed */
		bool silent = !other->recorded || other->status == BIG_STATUS_NOT_ASSESSED;
		if (p == PICK_THEIRS) {
			rc = copy_result(a, &a->results[i], theirs ? theirs->catalogue : cat, other,
					 c->id);
		} else if (p == PICK_NONE) {
			struct big_result neither = none;
			neither.maturity = none_maturity;
			rc = copy_result(a, &a->results[i], cat, &neither, c->id);
			if (!rc && !silent)
				rc = warn_disagreement(a, c, node, own, other);
		} else if (own->recorded) {
			rc = copy_result(a, &a->results[i], cat, own, own->source);
		}
		if (!rc && p != PICK_OWN && silent && own->recorded &&
		    own->status != BIG_STATUS_NOT_ASSESSED)
			rc = warn_silent(a, c, node, own, theirs, other);
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
