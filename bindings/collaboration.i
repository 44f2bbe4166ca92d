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

%{
/* In C the Collaboration class is the library's type. */
#define big_swig_collaboration big_collaboration

static big_collaboration *big_swig_collaboration_load(const big_catalogue *cat, const char *path,
						      const char *data, size_t len, bool strict,
						      const char *source)
{
	big_load_options opts = big_swig_load_options(strict, source);
	big_collaboration *c = NULL;
	int rc = path != NULL ? big_collaboration_load_file(&c, cat, path, &opts)
			      : big_collaboration_load_buffer(&c, cat, data, len, &opts);

	return big_swig_failed(rc) ? NULL : c;
}

static const char *big_swig_policy_name_at(const void *unused, size_t i)
{
	(void)unused;
	return big_policy_name((big_policy)i);
}
static const char *big_swig_provenance_kind_name_at(const void *unused, size_t i)
{
	(void)unused;
	return big_provenance_kind_name((big_provenance_kind)i);
}
static const char *big_swig_collaboration_member_at(const void *c, size_t i)
{
	return big_collaboration_member_id(c, i);
}
static double big_swig_collaboration_weight_at(const void *c, size_t i)
{
	return big_collaboration_member_weight(c, i);
}
static const big_node *big_swig_collaboration_delegated_at(const void *c, size_t i)
{
	return big_collaboration_delegated(c, i);
}
static const big_diagnostic *big_swig_collaboration_diagnostic_at(const void *c, size_t i)
{
	return big_collaboration_diagnostic(c, i);
}

static big_catalogue *big_swig_collaboration_catalogue_get(const big_collaboration *c)
{
	return big_swig_cat_ref(big_collaboration_catalogue(c));
}
static const char *big_swig_collaboration_id_get(const big_collaboration *c)
{
	return big_collaboration_id(c);
}
static const char *big_swig_collaboration_name_get(const big_collaboration *c)
{
	return big_collaboration_name(c);
}
static const char *big_swig_collaboration_kind_get(const big_collaboration *c)
{
	return big_collaboration_kind(c);
}
static const char *big_swig_collaboration_policy_get(const big_collaboration *c)
{
	return big_policy_name(big_collaboration_policy(c));
}
static big_swig_strings big_swig_collaboration_members_get(const big_collaboration *c)
{
	return big_swig_strings_of(big_collaboration_member_count(c),
				   big_swig_collaboration_member_at, c);
}
static big_swig_numbers big_swig_collaboration_member_weights_get(const big_collaboration *c)
{
	big_swig_numbers v = {big_collaboration_member_count(c), big_swig_collaboration_member_at,
			      big_swig_collaboration_weight_at, c};
	return v;
}
static big_swig_objects big_swig_collaboration_delegated_get(const big_collaboration *c)
{
	return big_swig_nodes(big_collaboration_catalogue(c), big_collaboration_delegated_count(c),
			      c, big_swig_collaboration_delegated_at);
}
static big_swig_objects big_swig_collaboration_diagnostics_get(const big_collaboration *c)
{
	return big_swig_diagnostics(big_collaboration_diagnostic_count(c), c,
				    big_swig_collaboration_diagnostic_at);
}
%}

BIG_FUNCTION(policy_names);
BIG_FUNCTION(provenance_kind_names);

%feature("docstring") big_swig_policy_names "policy_names() -> list of str\n\n"
    "How a delegated result combines with a member's own: 'collaboration'\n"
    "(the default), 'member', 'worst', 'best' (docs/scoring.md, Collaborations).";
%feature("docstring") big_swig_provenance_kind_names "provenance_kind_names() -> list of str\n\n"
    "Where a result of an (effective) assessment came from\n"
    "(Assessment.provenance()): 'own', 'delegated'.";

%inline %{
static big_swig_strings big_swig_policy_names(void)
{
	return big_swig_strings_of(BIG_POLICY_COUNT, big_swig_policy_name_at, NULL);
}

static big_swig_strings big_swig_provenance_kind_names(void)
{
	return big_swig_strings_of(BIG_PROVENANCE_KIND_COUNT, big_swig_provenance_kind_name_at,
				   NULL);
}
%}

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

%newobject big_swig_collaboration::load_file;
%newobject big_swig_collaboration::load_string;
%newobject big_swig_collaboration::load_buffer;
%newobject big_swig_collaboration::catalogue;
%newobject big_swig_collaboration::effective_assessment;

%extend big_swig_collaboration {
	%feature("docstring") load_file
	    "load_file(catalogue, path, strict=False) -> Collaboration\n\n"
	    "Loads a libbig.collaboration document made for catalogue. With\n"
	    "strict=True unknown fields are errors instead of diagnostics.";
	static big_swig_collaboration *load_file(const big_swig_catalogue *catalogue,
						 const char *path, bool strict = false)
	{
		return big_swig_collaboration_load(catalogue, path, NULL, 0, strict, NULL);
	}

	%feature("docstring") load_string
	    "load_string(catalogue, text, strict=False, source=None) -> Collaboration\n\n"
	    "Loads a libbig.collaboration document from a string (str or bytes).";
	static big_swig_collaboration *load_string(const big_swig_catalogue *catalogue,
						   const char *text, size_t len, bool strict = false,
						   const char *source = NULL)
	{
		return big_swig_collaboration_load(catalogue, NULL, text, len, strict, source);
	}

	%feature("docstring") load_buffer
	    "load_buffer(catalogue, data, strict=False, source=None) -> Collaboration\n\n"
	    "Same as load_string(); data may be bytes, bytearray or str.";
	static big_swig_collaboration *load_buffer(const big_swig_catalogue *catalogue,
						   const char *data, size_t len, bool strict = false,
						   const char *source = NULL)
	{
		return big_swig_collaboration_load(catalogue, NULL, data, len, strict, source);
	}

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
	big_swig_assessment *effective_assessment(const big_swig_assessment *member,
						  const big_swig_assessment *collaboration_result =
						      NULL)
	{
		big_assessment *a = NULL;

		if (big_swig_failed(big_effective_assessment(&a, $self, member, collaboration_result)))
			return NULL;
		return a;
	}

	%immutable;
	/** The catalogue the collaboration works with. */
	big_swig_catalogue *catalogue;
	/** Collaboration id, e.g. "SV0001". */
	const char *id;
	/** Name ("" when absent). */
	const char *name;
	/** Kind: "sociale_dienst", "belastingsamenwerking", "ict" ... ("" when absent). */
	const char *kind;
	/** How delegated results combine with a member's own: "collaboration", "member", "worst" or "best". */
	const char *policy;
	/** Organisation ids of the members, in document order (list of str). */
	big_swig_strings members;
	/** Weight of every member (organisation id -> weight; 1 unless the document says otherwise). */
	big_swig_numbers member_weights;
	/** The delegated nodes as listed, redundant ones included (list of Node). */
	big_swig_objects delegated;
	/** Diagnostics collected while loading (list of Diagnostic). */
	big_swig_objects diagnostics;
	%mutable;
}

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
