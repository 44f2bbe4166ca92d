/*
 * libbig — SWIG interface: collaborations (include/big/collaboration.h).
 *
 *   Collaboration / BigCollaboration
 *                               a loaded collaboration (samenwerkingsverband)
 *   Collaboration.effective_assessment()
 *                               a member's results with the delegated ones
 *   Assessment.provenance(), Assessment.provenance_source()
 *                               where a result came from
 *   policy_names()              the policies of delegated results
 *   provenance_kind_names()     where a result can come from
 *
 * Collaboration.aggregate() is in aggregate.i.
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Collaboration, big_swig_collaboration);
BIG_NAME_OUT(big_policy, big_policy_name)

%{
static const char *big_swig_collaboration_member_at(const void *c, size_t i)
{
	return big_collaboration_member_id(c, i);
}
static double big_swig_collaboration_weight_at(const void *c, size_t i)
{
	return big_collaboration_member_weight(c, i);
}
%}

%feature("docstring") big_swig_policy_names "policy_names() -> list of str\n\n"
    "How a delegated result combines with a member's own: 'collaboration'\n"
    "(the default), 'member', 'worst', 'best' (docs/scoring.md, Collaborations).";
BIG_NAMES(policy_names, big_policy_name, BIG_POLICY_COUNT);
%feature("docstring") big_swig_provenance_kind_names "provenance_kind_names() -> list of str\n\n"
    "Where a result of an (effective) assessment came from\n"
    "(Assessment.provenance()): 'own', 'delegated'.";
BIG_NAMES(provenance_kind_names, big_provenance_kind_name, BIG_PROVENANCE_KIND_COUNT);

/* ------------------------------------------------------------------------
 * Collaboration.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_collaboration
    "A collaboration of organisations (samenwerkingsverband: a shared social\n"
    "service, tax office, ICT organisation ...) that carries out parts of a\n"
    "catalogue for its members.\n\n"
    "Load one with Collaboration.load_file(catalogue, path) or\n"
    "Collaboration.load_string(catalogue, text). len(collaboration) is the\n"
    "number of members; iterating gives their organisation ids, and\n"
    "'GM0363' in collaboration tells whether an organisation is a member.\n"
    "A Collaboration keeps its catalogue alive.";

BIG_LOADERS_FOR(big_swig_collaboration, Collaboration, collaboration)
%newobject big_swig_collaboration::effective_assessment;

%extend big_swig_collaboration {
	~big_swig_collaboration()
	{
		big_collaboration_free($self);
	}

	%feature("docstring") has_member
	    "has_member(organisation_id) -> bool\n\nWhether the organisation is a member.";
	bool has_member(const char *organisation_id)
	{
		return big_collaboration_has_member($self, organisation_id);
	}

	%feature("docstring") delegates
	    "delegates(id) -> bool\n\n"
	    "Whether node id lies in a delegated subtree (is a delegated node or a\n"
	    "descendant of one); False for an id the catalogue does not have.";
	bool delegates(const char *id)
	{
		return big_collaboration_delegates($self, id);
	}

	%feature("docstring") effective_assessment
	    "effective_assessment(member, collaboration_result=None) -> Assessment\n\n"
	    "The effective assessment of a member: a new assessment of the member in\n"
	    "which every requirement in a delegated subtree combines the member's own\n"
	    "result with the collaboration's (collaboration_result, the\n"
	    "collaboration's own assessment; None: not_assessed) under the policy.\n"
	    "Every result records where it came from: see Assessment.provenance().\n"
	    "Error ENOTFOUND when member's organisation is not a member, EMISMATCH\n"
	    "for another catalogue or period.";
	big_assessment *effective_assessment(const big_assessment *member,
						  const big_assessment *collaboration_result =
						      NULL)
	{
		big_assessment *a = NULL;

		if (big_swig_failed(big_effective_assessment(&a, $self, member, collaboration_result)))
			return NULL;
		return a;
	}

}

BIG_ATTR(big_swig_collaboration, const big_catalogue *, catalogue, big_collaboration_catalogue(self),
	 "The catalogue the collaboration works with.")
BIG_ATTR(big_swig_collaboration, const char *, id, big_collaboration_id(self),
	 "Collaboration id, e.g. \"SV0001\".")
BIG_ATTR(big_swig_collaboration, const char *, name, big_collaboration_name(self),
	 "Name (\"\" when absent).")
BIG_ATTR(big_swig_collaboration, const char *, kind, big_collaboration_kind(self),
	 "Kind: \"sociale_dienst\", \"belastingsamenwerking\", \"ict\" ... (\"\" when absent).")
BIG_ATTR(big_swig_collaboration, big_policy, policy, big_collaboration_policy(self),
	 "How delegated results combine with a member's own: \"collaboration\", \"member\", \"worst\" or \"best\".")
BIG_STRINGS(big_swig_collaboration, members, big_collaboration_member_count, big_collaboration_member_id,
	 "Organisation ids of the members, in document order (list of str).")
BIG_ATTR(big_swig_collaboration, big_swig_numbers, member_weights,
	 ((big_swig_numbers){big_collaboration_member_count(self), big_swig_collaboration_member_at,
			     big_swig_collaboration_weight_at, self}),
	 "Weight of every member (organisation id -> weight; 1 unless the document says otherwise).")
BIG_VIEWS(big_swig_collaboration, delegated, big_swig_node, big_collaboration_delegated_count,
	  big_collaboration_delegated,
	 "The delegated nodes as listed, redundant ones included (list of Node).")
BIG_VIEWS(big_swig_collaboration, diagnostics, big_diagnostic, big_collaboration_diagnostic_count,
	  big_collaboration_diagnostic,
	 "Diagnostics collected while loading (list of Diagnostic).")

/* ------------------------------------------------------------------------
 * Provenance of the results of an (effective) assessment.
 * ---------------------------------------------------------------------- */

%extend big_swig_assessment {
	%feature("docstring") provenance
	    "provenance(id) -> str\n\n"
	    "Where the result of requirement id came from: 'delegated' when it was\n"
	    "taken from a collaboration's result (see provenance_source()), else\n"
	    "'own' (also for an unknown id or a requirement without a result).";
	const char *provenance(const char *id)
	{
		return big_provenance_kind_name(big_assessment_provenance($self, id));
	}

	%feature("docstring") provenance_source
	    "provenance_source(id) -> str or None\n\n"
	    "The id of the collaboration a delegated result came from, or None when\n"
	    "the result is the organisation's own.";
	const char *provenance_source(const char *id)
	{
		return big_swig_nonempty(big_assessment_provenance_source($self, id));
	}
}
