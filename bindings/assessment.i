/*
 * libbig — SWIG interface: assessments (include/big/assessment.h).
 *
 *   Assessment / BigAssessment  the results of one organisation, one period;
 *                               built with setters or loaded
 *   Result / BigResult          the result of one requirement
 *   Demonstration / BigDemonstration
 *                               what a result records of its opzet, bestaan
 *                               or werking (a view)
 *   EvidenceRef / BigEvidenceRef
 *                               a reference to evidence for one of them
 *   Action / BigAction          an improvement action of a result (a view)
 *   status_names()              the statuses a result can have
 *   dimension_names(), evidence_kind_names()
 *                               opzet, bestaan, werking; the kinds of evidence
 *   action_status_names()       the states of an improvement action
 *
 * Other concerns add methods: score() (report.i), provenance() (collaboration.i).
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Assessment, big_swig_assessment);
BIG_CLASS(Result, big_swig_result);
BIG_CLASS(Demonstration, big_swig_demonstration);
BIG_CLASS(EvidenceRef, big_evidence_ref);
BIG_CLASS(Action, big_swig_action);

%feature("docstring") big_swig_status_names "status_names() -> list of str\n\n"
    "The statuses of a result, as documents write them: 'implemented',\n"
    "'partially_implemented', 'not_implemented', 'not_applicable',\n"
    "'risk_accepted', 'not_assessed' (the default).";
BIG_NAMES(status_names, big_status_name, BIG_STATUS_COUNT);
BIG_NAME_OUT(big_status, big_status_name)
BIG_NAME_OUT(big_evidence_kind, big_evidence_kind_name)

%feature("docstring") big_swig_dimension_names "dimension_names() -> list of str\n\n"
    "The dimensions a result can demonstrate: 'opzet' (design), 'bestaan'\n"
    "(existence), 'werking' (operation).";
BIG_NAMES(dimension_names, big_dimension_name, BIG_DIMENSION_COUNT);
%feature("docstring") big_swig_evidence_kind_names "evidence_kind_names() -> list of str\n\n"
    "The kinds of evidence for a dimension: 'document', 'self_assessment',\n"
    "'audit', 'pentest', 'red_team', 'other'.";
BIG_NAMES(evidence_kind_names, big_evidence_kind_name, BIG_EVIDENCE_KIND_COUNT);
%feature("docstring") big_swig_action_status_names "action_status_names() -> list of str\n\n"
    "The states of an improvement action: 'planned', 'in_progress', 'done'.";
BIG_NAMES(action_status_names, big_action_status_name, BIG_ACTION_STATUS_COUNT);
BIG_NAME_OUT(big_action_status, big_action_status_name)

/* ------------------------------------------------------------------------
 * Action.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_action
    "An improvement action of a result (Result.actions) or an open one of a\n"
    "gap (Report.gap_actions()): what will be done, by whom, when, how far.";

BIG_ATTR(big_swig_action, const char *, description, big_action_description(self),
	 "What will be done; never empty.")
BIG_ATTR(big_swig_action, const char *, owner, big_action_owner(self),
	 "Who does it, or None.")
BIG_ATTR(big_swig_action, const char *, due, big_action_due(self),
	 "When it is due, YYYY-MM-DD, or None.")
BIG_ATTR(big_swig_action, big_action_status, status, big_action_get_status(self),
	 "Its state: 'planned', 'in_progress' or 'done'.")

/* ------------------------------------------------------------------------
 * Demonstration, EvidenceRef (a struct: its fields are its attributes).
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_demonstration
    "What a result records of one dimension (Result.opzet, .bestaan, .werking):\n"
    "whether it is demonstrated, and references to evidence.";
%feature("docstring") big_evidence_ref
    "A reference to evidence for a dimension: kind, what, where (or None),\n"
    "date YYYY-MM-DD (or None).";

BIG_ATTR(big_swig_demonstration, bool, demonstrated, big_demonstration_demonstrated(self),
	 "Whether the dimension is demonstrated.")
BIG_VIEWS(big_swig_demonstration, evidence, big_evidence_ref, big_demonstration_evidence_count,
	  big_demonstration_evidence, "References to evidence (list of EvidenceRef).")

/* ------------------------------------------------------------------------
 * Result.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_result
    "The recorded result of one requirement (Assessment.result()): a view that\n"
    "keeps the assessment alive and shows its later changes.";

%{
static const char *big_swig_result_criterion_at(const void *r, size_t i)
{
	return big_result_criterion(r, i);
}
%}

BIG_ATTR(big_swig_result, const char *, id, big_node_id(big_result_node(self)), "Requirement id.")
BIG_ATTR(big_swig_result, big_status, status, big_result_status(self),
	 "Status name, e.g. \"implemented\".")
BIG_ATTR(big_swig_result, big_swig_optint, maturity, big_swig_level_of(big_result_maturity(self)),
	 "Maturity level, or None.")
BIG_ATTR(big_swig_result, const char *, explanation, big_result_explanation(self),
	 "Explanation (\"\" when absent).")
BIG_ATTR(big_swig_result, const char *, owner, big_result_owner(self), "Owner (\"\" when absent).")
BIG_ATTR(big_swig_result, const char *, expires, big_result_expires(self),
	 "Expiry date YYYY-MM-DD (\"\" when absent).")
BIG_STRINGS(big_swig_result, evidence, big_result_evidence_count, big_result_evidence,
	    "Evidence (list of strings).")
BIG_ATTR(big_swig_result, const big_demonstration *, opzet,
	 big_result_demonstration(self, BIG_DIMENSION_OPZET),
	 "What is recorded of the opzet (design): a Demonstration, or None.")
BIG_ATTR(big_swig_result, const big_demonstration *, bestaan,
	 big_result_demonstration(self, BIG_DIMENSION_BESTAAN),
	 "What is recorded of the bestaan (existence): a Demonstration, or None.")
BIG_ATTR(big_swig_result, const big_demonstration *, werking,
	 big_result_demonstration(self, BIG_DIMENSION_WERKING),
	 "What is recorded of the werking (operation): a Demonstration, or None.")
BIG_VIEWS(big_swig_result, actions, big_swig_action, big_result_action_count, big_result_action,
	  "Improvement actions, in the order given (list of Action).")
BIG_ATTR(big_swig_result, big_swig_optstrings, criteria,
	 ((big_swig_optstrings){big_result_has_criteria(self),
				big_swig_strings_of(big_result_criteria_count(self),
						    big_swig_result_criterion_at, self)}),
	 "Ids of the criteria met as recorded, or None when none were recorded.")

/* ------------------------------------------------------------------------
 * Assessment.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_assessment
    "The results of one organisation for one period against one catalogue.\n\n"
    "Assessment(catalogue, organisation_id, period) makes an empty one (every\n"
    "requirement not_assessed); Assessment.load_file(catalogue, path) and\n"
    "Assessment.load_string(catalogue, text) read a libbig.assessment document.\n"
    "An Assessment keeps its catalogue alive.";

BIG_LOADERS_FOR(big_swig_assessment, Assessment, assessment)

%{
/* A copy of @p a (through its document), or NULL (recorded). */
static big_assessment *big_swig_assessment_copy(const big_assessment *a)
{
	char *text = NULL;
	size_t len = 0;
	big_assessment *copy = NULL;

	if (!big_swig_failed(big_assessment_to_json(&text, &len, a, BIG_JSON_COMPACT)))
		(void)big_swig_failed(big_assessment_load_buffer(&copy, big_assessment_catalogue(a),
								 text, len, NULL));
	big_free(text);
	return copy;
}

static const char *big_swig_assessment_organisation_name_get(const big_assessment *a)
{
	return big_assessment_organisation_name(a);
}
static void big_swig_assessment_organisation_name_set(big_assessment *a, const char *name)
{
	big_swig_failed(big_assessment_set_organisation_name(a, name));
}
static const char *big_swig_assessment_organisation_kind_get(const big_assessment *a)
{
	return big_assessment_organisation_kind(a);
}
static void big_swig_assessment_organisation_kind_set(big_assessment *a, const char *kind)
{
	big_swig_failed(big_assessment_set_organisation_kind(a, kind));
}
static const char *big_swig_assessment_assessed_on_get(const big_assessment *a)
{
	return big_assessment_assessed_on(a);
}
static void big_swig_assessment_assessed_on_set(big_assessment *a, const char *date)
{
	big_swig_failed(big_assessment_set_assessed_on(a, date));
}
static const char *big_swig_assessment_attribute_name_at(const void *a, size_t i)
{
	return big_assessment_attribute_name(a, i);
}
static double big_swig_assessment_attribute_at(const void *a, size_t i)
{
	double value = 0;

	big_assessment_attribute(&value, a, big_assessment_attribute_name(a, i));
	return value;
}
%}

%extend big_swig_assessment {
	big_swig_assessment(const big_catalogue *catalogue, const char *organisation_id,
			    const char *period)
	{
		big_assessment *a = NULL;

		if (big_swig_failed(big_assessment_new(&a, catalogue, organisation_id, period)))
			return NULL;
		return a;
	}

	~big_swig_assessment()
	{
		big_assessment_free($self);
	}

	%feature("docstring") set_status
	    "set_status(id, status)\n\n"
	    "Sets the status of requirement id: 'implemented', 'partially_implemented',\n"
	    "'not_implemented', 'not_applicable', 'risk_accepted' or 'not_assessed'.";
	void set_status(const char *id, const char *status)
	{
		big_status st;

		if (big_swig_failed(big_status_from_name(&st, status)))
			return;
		big_swig_failed(big_assessment_set_status($self, id, st));
	}

	%feature("docstring") set_maturity
	    "set_maturity(id, maturity)\n\nSets the maturity 0..N of a requirement; None clears it.";
	void set_maturity(const char *id, big_swig_level maturity)
	{
		big_swig_failed(big_assessment_set_maturity($self, id, maturity));
	}

	%feature("docstring") set_explanation
	    "set_explanation(id, explanation)\n\nSets the explanation ('leg uit'); None clears it.";
	void set_explanation(const char *id, const char *explanation)
	{
		big_swig_failed(big_assessment_set_explanation($self, id, explanation));
	}

	%feature("docstring") set_owner "set_owner(id, owner)\n\nSets the owner; None clears it.";
	void set_owner(const char *id, const char *owner)
	{
		big_swig_failed(big_assessment_set_owner($self, id, owner));
	}

	%feature("docstring") set_expires
	    "set_expires(id, date)\n\n"
	    "Sets the expiry date (YYYY-MM-DD) of an exception; None clears it.";
	void set_expires(const char *id, const char *date)
	{
		big_swig_failed(big_assessment_set_expires($self, id, date));
	}

	%feature("docstring") add_evidence
	    "add_evidence(id, evidence)\n\nAppends one piece of evidence to a requirement.";
	void add_evidence(const char *id, const char *evidence)
	{
		big_swig_failed(big_assessment_add_evidence($self, id, evidence));
	}

	%feature("docstring") set_demonstrated
	    "set_demonstrated(id, dimension, demonstrated)\n\n"
	    "Records whether the 'opzet', 'bestaan' or 'werking' of requirement id\n"
	    "is demonstrated.";
	void set_demonstrated(const char *id, const char *dimension, bool demonstrated)
	{
		big_dimension d;

		if (!big_swig_failed(big_dimension_from_name(&d, dimension)))
			big_swig_failed(big_assessment_set_demonstrated($self, id, d, demonstrated));
	}

	%feature("docstring") add_demonstration_evidence
	    "add_demonstration_evidence(id, dimension, kind, what, where=None, date=None)\n\n"
	    "Appends a reference to evidence for the 'opzet', 'bestaan' or 'werking'\n"
	    "of requirement id: kind one of evidence_kind_names(), what it is, where\n"
	    "it is kept, its date YYYY-MM-DD.";
	void add_demonstration_evidence(const char *id, const char *dimension, const char *kind,
					const char *what, const char *where = NULL,
					const char *date = NULL)
	{
		big_dimension d;
		big_evidence_kind k;

		if (!big_swig_failed(big_dimension_from_name(&d, dimension)) &&
		    !big_swig_failed(big_evidence_kind_from_name(&k, kind)))
			big_swig_failed(big_assessment_add_demonstration_evidence($self, id, d, k,
										   what, where, date));
	}

	%feature("docstring") add_action
	    "add_action(id, description, owner=None, due=None, status='planned')\n\n"
	    "Appends an improvement action to requirement id: what will be done,\n"
	    "who does it, when it is due (YYYY-MM-DD), its state (one of\n"
	    "action_status_names()).";
	void add_action(const char *id, const char *description, const char *owner = NULL,
			const char *due = NULL, const char *status = "planned")
	{
		big_action_status st;

		if (!big_swig_failed(big_action_status_from_name(&st, status)))
			big_swig_failed(
			    big_assessment_add_action($self, id, description, owner, due, st));
	}

	%feature("docstring") clear_actions
	    "clear_actions(id)\n\nRemoves every improvement action of requirement id.";
	void clear_actions(const char *id)
	{
		big_swig_failed(big_assessment_clear_actions($self, id));
	}

	%feature("docstring") set_assessed_on
	    "set_assessed_on(date)\n\nSets the date of the assessment (YYYY-MM-DD); None clears it.";
	void set_assessed_on(const char *date)
	{
		big_swig_failed(big_assessment_set_assessed_on($self, date));
	}

	%feature("docstring") set_profile
	    "set_profile(profile)\n\n"
	    "Sets the id of the profile the assessment is made for (it selects the\n"
	    "applicable requirements when scoring); None clears it.";
	void set_profile(const char *profile)
	{
		big_swig_failed(big_assessment_set_profile($self, profile));
	}

	%feature("docstring") set_criteria_met
	    "set_criteria_met(id, criteria)\n\n"
	    "Sets the ids of the criteria of the maturity model that requirement id\n"
	    "meets (a list of str); the maturity used for scoring is then derived\n"
	    "from them. An empty list says that none is met; None forgets them (a\n"
	    "given maturity counts again).";
	void set_criteria_met(const char *id, big_swig_idlist criteria)
	{
		big_swig_failed(big_assessment_set_criteria_met($self, id, criteria.ids, criteria.count));
	}

	%feature("docstring") derived_maturity
	    "derived_maturity(id) -> int or None\n\n"
	    "The maturity implied by the criteria requirement id meets: the highest\n"
	    "level whose criteria, and those of every lower level, are all met; None\n"
	    "when no criteria were recorded for it.";
	big_swig_optint derived_maturity(const char *id)
	{
		return big_swig_level_of(big_assessment_derived_maturity($self, id));
	}

	%feature("docstring") set_target
	    "set_target(target)\n\nSets the target maturity 0..N; None (or -1) clears it.";
	void set_target(big_swig_level target)
	{
		big_swig_failed(big_assessment_set_target($self, target));
	}

	%feature("docstring") set_organisation_name "set_organisation_name(name)";
	void set_organisation_name(const char *name)
	{
		big_swig_failed(big_assessment_set_organisation_name($self, name));
	}

	%feature("docstring") set_organisation_kind "set_organisation_kind(kind)";
	void set_organisation_kind(const char *kind)
	{
		big_swig_failed(big_assessment_set_organisation_kind($self, kind));
	}

	%feature("docstring") set_attribute
	    "set_attribute(name, value)\n\nSets a numeric organisation attribute, e.g. 'inhabitants'.";
	void set_attribute(const char *name, double value)
	{
		big_swig_failed(big_assessment_set_attribute($self, name, value));
	}

	%feature("docstring") result
	    "result(id) -> Result or None\n\n"
	    "The recorded result of requirement id, or None when nothing was recorded.";
	const big_result *result(const char *id)
	{
		return big_assessment_result($self, id);
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\nThe assessment as a libbig.assessment document.";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_assessment_to_json, $self, big_swig_json_flags(compact));
	}

	/** Organisation name ("" when absent). */
	const char *organisation_name;
	/** Organisation kind ("" when absent). */
	const char *organisation_kind;
	/** Date of the assessment, YYYY-MM-DD ("" when absent). */
	const char *assessed_on;
}

BIG_ATTR(big_swig_assessment, const big_catalogue *, catalogue, big_assessment_catalogue(self),
	 "The catalogue the assessment was made against.")
BIG_ATTR(big_swig_assessment, const char *, organisation_id, big_assessment_organisation_id(self),
	 "Organisation id, e.g. \"GM0363\".")
BIG_ATTR(big_swig_assessment, const char *, period, big_assessment_period(self),
	 "Period, e.g. \"2025\".")
BIG_ATTR(big_swig_assessment, big_swig_numbers, attributes,
	 ((big_swig_numbers){big_assessment_attribute_count(self),
			     big_swig_assessment_attribute_name_at, big_swig_assessment_attribute_at,
			     self}),
	 "Organisation attributes (name -> number).")
BIG_VIEWS(big_swig_assessment, diagnostics, big_diagnostic, big_assessment_diagnostic_count,
	  big_assessment_diagnostic,
	 "Diagnostics collected while loading (list of Diagnostic).")
BIG_ATTR(big_swig_assessment, big_swig_optint, target, big_swig_level_of(big_assessment_target(self)),
	 "Target maturity of the assessment, or None.")
BIG_ATTR(big_swig_assessment, const char *, profile, big_swig_nonempty(big_assessment_profile(self)),
	 "Id of the profile the assessment is made for, or None (see set_profile()).")
