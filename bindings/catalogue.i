/*
 * libbig — SWIG interface: catalogues (include/big/catalogue.h).
 *
 *   Catalogue / BigCatalogue    a loaded catalogue (reference-counted in C)
 *   Node / BigNode              a node (a view that keeps its parent alive)
 *   Profile / BigProfile        a profile (a view that keeps its parent alive)
 *   Criterion / BigCriterion    a criterion of the maturity model (idem)
 *   Tag / BigTag                a declared tag (idem)
 *   builtin_names(), builtin_alias(), builtin_json()
 *                               the catalogues compiled into the library
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Catalogue, big_swig_catalogue);
BIG_CLASS(Node, big_swig_node);
BIG_CLASS(Profile, big_swig_profile);
BIG_CLASS(Criterion, big_criterion);
BIG_CLASS(Tag, big_tag);

%{
/* The fingerprint of @p cat; NULL with the library's error recorded (raised
 * as libbig.Error / BigException, never returned as None / null). */
static const char *big_swig_catalogue_fingerprint(const big_catalogue *cat)
{
	const char *fp = NULL;

	(void)big_swig_failed(big_catalogue_fingerprint(&fp, cat));
	return fp;
}

/* The node a key names in @p cat: by id, or the Node's own; NULL when none. */
static const big_node *big_swig_node_of(const big_catalogue *cat, big_swig_node_key key)
{
	if (key.id != NULL)
		return big_catalogue_find(cat, key.id);
	return key.node;
}
%}

/* ------------------------------------------------------------------------
 * builtin_names().
 * ---------------------------------------------------------------------- */

BIG_FUNCTION(builtin_json);
BIG_FUNCTION(builtin_alias);

%feature("docstring") big_swig_builtin_names "builtin_names() -> list of str\n\n"
    "Names of the catalogues compiled into the library (for Catalogue.builtin()).";
BIG_NAMES(builtin_names, big_builtin_name, big_builtin_count());
%feature("docstring") big_swig_builtin_json "builtin_json(name) -> str\n\n"
    "The JSON document of a built-in catalogue or mapping (a name of\n"
    "builtin_names() or builtin_mapping_names()): the bytes of the file that\n"
    "is also installed in the data directory.";
%feature("docstring") big_swig_builtin_alias "builtin_alias(name) -> str or None\n\n"
    "The alias of a built-in catalogue, the short name without a version\n"
    "('bio2' of 'bio2-1.2', and of 'bio2' itself); None for a name that is\n"
    "not built in or whose catalogue has no alias ('bio2-1.3').";

%inline %{
static big_swig_text big_swig_builtin_json(const char *name)
{
	const char *text = NULL;
	big_swig_text t = {NULL, 0, true};

	if (!big_swig_failed(big_builtin_json(&text, &t.len, name)))
		t.text = (char *)text;
	return t;
}

static const char *big_swig_builtin_alias(const char *name)
{
	return big_builtin_alias(name);
}
%}

/* ------------------------------------------------------------------------
 * Catalogue.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_catalogue
    "A norm catalogue: an immutable tree of nodes (themes, controls, measures ...).\n\n"
    "Make one with Catalogue.builtin(name), Catalogue.load_file(path) or\n"
    "Catalogue.load_string(text). len(catalogue) is the number of nodes;\n"
    "iterating gives every node in pre-order (document order).";

BIG_LOADERS(big_swig_catalogue, Catalogue, catalogue)
%newobject big_swig_catalogue::builtin;

%extend big_swig_catalogue {
	%feature("docstring") builtin
	    "builtin(name) -> Catalogue\n\n"
	    "Loads a catalogue compiled into the library, e.g. 'bio2-1.3' (see\n"
	    "builtin_names()), or by its alias (builtin_alias()), e.g. 'bio2'.";
	static big_catalogue *builtin(const char *name)
	{
		big_catalogue *cat = NULL;

		return big_swig_failed(big_catalogue_builtin(&cat, name)) ? NULL : cat;
	}

	~big_swig_catalogue()
	{
		big_catalogue_free($self);
	}

	%feature("docstring") find
	    "find(id) -> Node or None\n\nThe node with this id, or None when there is none.";
	const big_node *find(const char *id)
	{
		return big_catalogue_find($self, id);
	}

	%feature("docstring") node
	    "node(i) -> Node\n\nNode i in pre-order, 0 <= i < len(catalogue).";
	const big_node *node(size_t i)
	{
		const big_node *node = big_catalogue_node($self, i);

		if (node == NULL)
			big_swig_fail(BIG_SWIG_INDEX, BIG_ERANGE, "node index out of range");
		return node;
	}

	%feature("docstring") level_label
	    "level_label(level) -> str\n\n"
	    "Label of maturity level 0 <= level <= max_level, e.g. 'herhaalbaar'\n"
	    "(IndexError otherwise).";
	const char *level_label(int level)
	{
		const char *label = big_catalogue_level_label($self, level);

		if (label == NULL)
			big_swig_fail(BIG_SWIG_INDEX, BIG_ERANGE, "maturity level out of range");
		return label;
	}

	%feature("docstring") find_profile
	    "find_profile(id) -> Profile or None\n\nThe profile with this id, or None when there is none.";
	const big_profile *find_profile(const char *id)
	{
		return big_catalogue_find_profile($self, id);
	}

	%feature("docstring") find_criterion
	    "find_criterion(id) -> Criterion or None\n\n"
	    "The criterion of the maturity model with this id, or None when there is none.";
	const big_criterion *find_criterion(const char *id)
	{
		return big_catalogue_find_criterion($self, id);
	}

	%feature("docstring") find_tag
	    "find_tag(id) -> Tag or None\n\nThe declared tag with this id, or None when there is none.";
	const big_tag *find_tag(const char *id)
	{
		return big_catalogue_find_tag($self, id);
	}

	%feature("docstring") status_value
	    "status_value(status) -> float\n\n"
	    "The score in [0,1] a requirement with this status gets ('implemented' 1,\n"
	    "'partially_implemented' 0.5, the others 0, unless the catalogue's\n"
	    "status_values say otherwise). An explained not_applicable is not scored at all.";
	double status_value(const char *status)
	{
		big_status st;

		if (big_swig_failed(big_status_from_name(&st, status)))
			return 0;
		return big_catalogue_status_value($self, st);
	}
}

BIG_ATTR(big_swig_catalogue, const char *, id, big_catalogue_id(self),
	 "Catalogue id, e.g. \"bio2\".")
BIG_ATTR(big_swig_catalogue, const char *, version, big_catalogue_version(self),
	 "Catalogue version, e.g. \"1.2\".")
BIG_ATTR(big_swig_catalogue, const char *, title, big_catalogue_title(self),
	 "Title (\"\" when absent).")
BIG_ATTR(big_swig_catalogue, const char *, language, big_catalogue_language(self),
	 "Language tag, e.g. \"nl\" (\"\" when absent).")
BIG_ATTR(big_swig_catalogue, const char *, publisher, big_catalogue_publisher(self),
	 "Publisher (\"\" when absent).")
BIG_ATTR(big_swig_catalogue, const char *, based_on, big_catalogue_based_on(self),
	 "Standard the catalogue is based on (\"\" when absent).")
BIG_ATTR(big_swig_catalogue, const char *, fingerprint, big_swig_catalogue_fingerprint(self),
	 "Content fingerprint, \"sha256:\" and 64 hex digits: the SHA-256 of what scoring "
	 "reads from the catalogue (docs/formats.md, Fingerprint).")
BIG_ATTR(big_swig_catalogue, int, max_level, big_catalogue_max_level(self),
	 "Highest maturity level N (5 by default).")
BIG_ATTR(big_swig_catalogue, int, default_target, big_catalogue_default_target(self),
	 "Target maturity when neither the assessment nor the options give one.")
BIG_VIEWS(big_swig_catalogue, roots, big_swig_node, big_catalogue_root_count, big_catalogue_root,
	 "Top-level nodes (list of Node).")
BIG_VIEWS(big_swig_catalogue, nodes, big_swig_node, big_catalogue_node_count, big_catalogue_node,
	 "Every node in pre-order (list of Node).")
BIG_VIEWS(big_swig_catalogue, diagnostics, big_diagnostic, big_catalogue_diagnostic_count,
	  big_catalogue_diagnostic,
	 "Diagnostics collected while loading (list of Diagnostic).")
BIG_VIEWS(big_swig_catalogue, requirements, big_swig_node, big_catalogue_requirement_count,
	  big_catalogue_requirement,
	 "The requirements (assessable nodes) in catalogue order (list of Node).")
BIG_VIEWS(big_swig_catalogue, criteria, big_criterion, big_catalogue_criterion_count,
	  big_catalogue_criterion,
	 "Criteria of the maturity model, by level, then document order (list of Criterion).")
BIG_VIEWS(big_swig_catalogue, tags, big_tag, big_catalogue_tag_count, big_catalogue_tag,
	 "Declared tags in document order (list of Tag; empty when none are declared).")
BIG_VIEWS(big_swig_catalogue, profiles, big_swig_profile, big_catalogue_profile_count, big_catalogue_profile,
	 "Profiles in document order (list of Profile).")

/* ------------------------------------------------------------------------
 * Node.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_node
    "One node of a catalogue (theme, chapter, control, measure ...).\n\n"
    "A Node keeps its catalogue alive.";

%extend big_swig_node {
	%feature("docstring") carries_tag
	    "carries_tag(tag) -> bool\n\n"
	    "Whether the node carries the tag, itself or through an ancestor\n"
	    "(tags lists only the node's own tags).";
	bool carries_tag(const char *tag)
	{
		return big_node_carries_tag($self, tag);
	}

	%feature("docstring") title_in
	    "title_in(lang) -> str\n\n"
	    "The node's title for a reader of language lang ('nl', 'en'): its title\n"
	    "with that language tag, else with its primary subtag ('nl' for 'nl-BE'),\n"
	    "else the default title (title). None or '' gives the default title.";
	const char *title_in(const char *lang)
	{
		return big_node_title_lang($self, lang);
	}
}

BIG_ATTR(big_swig_node, const char *, id, big_node_id(self), "Official identifier, e.g. \"5.1\".")
BIG_ATTR(big_swig_node, const char *, kind, big_node_kind(self),
	 "Kind of node: \"theme\", \"control\", \"measure\" ...")
BIG_ATTR(big_swig_node, const char *, title, big_node_title(self), "Title (short name).")
BIG_ATTR(big_swig_node, const char *, text, big_node_text(self), "Longer text (\"\" when absent).")
BIG_STRINGS(big_swig_node, title_languages, big_node_title_count, big_node_title_language,
	 "Language tags of the node's titles in other languages, in document order (see title_in()).")
BIG_ATTR(big_swig_node, double, weight, big_node_weight(self), "Weight in roll-ups (> 0).")
BIG_ATTR(big_swig_node, bool, assessable, big_node_is_assessable(self),
	 "Whether the node is a requirement that gets a result.")
BIG_ATTR(big_swig_node, bool, mandatory, big_node_is_mandatory(self),
	 "Whether the requirement is mandatory (cannot be risk-accepted).")
BIG_ATTR(big_swig_node, unsigned int, depth, big_node_depth(self),
	 "Depth in the tree: 0 for a top-level node.")
BIG_ATTR(big_swig_node, size_t, index, big_node_index(self), "Position in pre-order.")
BIG_ATTR(big_swig_node, const big_node *, parent, big_node_parent(self),
	 "Parent node, or None for a top-level node.")
BIG_VIEWS(big_swig_node, children, big_swig_node, big_node_child_count, big_node_child,
	 "Child nodes (list of Node).")
BIG_STRINGS(big_swig_node, tags, big_node_tag_count, big_node_tag,
	 "The node's own tags, e.g. \"basishygiene\" (see also carries_tag()).")
BIG_STRINGS(big_swig_node, refs, big_node_ref_count, big_node_ref,
	 "External references, e.g. an ISO clause.")
BIG_ATTR(big_swig_node, const big_catalogue *, catalogue, big_node_catalogue(self),
	 "The catalogue of the node.")

/* ------------------------------------------------------------------------
 * Profile, Criterion, Tag.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_profile
    "A profile of a catalogue: a named selection of requirements (e.g. a BBN\n"
    "level), found in Catalogue.profiles, Catalogue.find_profile() and\n"
    "Report.profile. len(profile) is the number of requirements it selects.\n"
    "A Profile keeps its catalogue alive.";

#ifdef SWIGPHP
%warnfilter(SWIGWARN_PARSE_KEYWORD) big_swig_profile::extends;
#endif

%extend big_swig_profile {
	%feature("docstring") selects
	    "selects(node) -> bool\n\n"
	    "Whether the profile selects the node as an applicable requirement: an\n"
	    "assessable node of this catalogue carrying one of its tags (or of a\n"
	    "profile it extends), or any requirement when it selects all.";
	bool selects(const big_node *node)
	{
		return big_profile_selects($self, node);
	}

	%feature("docstring") title_in
	    "title_in(lang) -> str\n\n"
	    "The profile's title for a reader of language lang, chosen as a node's\n"
	    "(Node.title_in()). None or '' gives the default title (title).";
	const char *title_in(const char *lang)
	{
		return big_profile_title_lang($self, lang);
	}

#ifdef SWIGPHP
	/*
	 * 'extends' is a PHP keyword, yet a valid property name in PHP 8. SWIG
	 * 4.1 names the getter c_extends_get but has $profile->extends call
	 * extends_get: provide that one.
	 */
	%rename(extends_get) php_extends_get;
	big_swig_views php_extends_get()
	{
		return big_swig_profile_extends_get($self);
	}
#endif
}

BIG_ATTR(big_swig_profile, const char *, id, big_profile_id(self),
	 "Profile id, e.g. \"basishygiene\".")
BIG_ATTR(big_swig_profile, const char *, title, big_profile_title(self),
	 "Title (\"\" when absent).")
BIG_ATTR(big_swig_profile, bool, selects_all, big_profile_selects_all(self),
	 "Whether it selects every requirement (\"all\": true, itself or by extension).")
BIG_STRINGS(big_swig_profile, tags, big_profile_tag_count, big_profile_tag,
	 "The tags the profile names itself (not those of the profiles it extends).")
BIG_VIEWS(big_swig_profile, extends, big_swig_profile, big_profile_extends_count, big_profile_extends,
	 "The profiles it extends directly (list of Profile).")
BIG_STRINGS(big_swig_profile, priority, big_profile_priority_count, big_profile_priority,
	 "Tag priority of gap lists, highest first (its own, else the first extended one's).")
BIG_VIEWS(big_swig_profile, requirements, big_swig_node, big_profile_requirement_count,
	  big_profile_requirement,
	 "The requirements it selects, in catalogue order (list of Node).")
BIG_ATTR(big_swig_profile, const big_catalogue *, catalogue, big_profile_catalogue(self),
	 "The catalogue of the profile.")

%feature("docstring") big_criterion
    "One criterion of the catalogue's maturity model (Catalogue.criteria):\n"
    "a level is reached when its criteria and those of every lower level are met.";
%feature("docstring") big_tag "A tag declared by the catalogue (Catalogue.tags).";
