/*
 * libbig — SWIG interface: catalogues (include/big/catalogue.h).
 *
 *   Catalogue / BigCatalogue    a loaded catalogue (reference-counted in C)
 *   Node / BigNode              a node, holding a catalogue reference
 *   Profile / BigProfile        a profile, holding a catalogue reference
 *   Criterion / BigCriterion    a criterion of the maturity model (idem)
 *   Tag / BigTag                a declared tag (idem)
 *   builtin_names(), builtin_json()
 *                               the catalogues compiled into the library
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Catalogue, big_swig_catalogue);
BIG_CLASS(Node, big_swig_node);
BIG_CLASS(Profile, big_swig_profile);
BIG_CLASS(Criterion, big_swig_criterion);
BIG_CLASS(Tag, big_swig_tag);

/* ------------------------------------------------------------------------
 * Helpers: objects that hold a catalogue reference, lists of nodes.
 * ---------------------------------------------------------------------- */

%{
/* In C the Catalogue class is the library's type. */
#define big_swig_catalogue big_catalogue

/* A new catalogue handle for the caller: one more reference. */
static big_catalogue *big_swig_cat_ref(const big_catalogue *cat)
{
	/* The count is thread-safe and not part of the catalogue's value. */
	return cat == NULL ? NULL : big_catalogue_ref((big_catalogue *)cat);
}

/* A node as the binding shows it: the node and a catalogue reference. */
typedef struct big_swig_node {
	big_catalogue *cat;
	const big_node *node;
} big_swig_node;

static big_swig_node *big_swig_node_new(const big_catalogue *cat, const big_node *node)
{
	big_swig_node *ref;

	if (cat == NULL || node == NULL)
		return NULL;
	ref = malloc(sizeof(*ref));
	if (ref == NULL) {
		big_swig_nomem();
		return NULL;
	}
	ref->cat = big_swig_cat_ref(cat);
	ref->node = node;
	return ref;
}

static void big_swig_node_free(void *item)
{
	big_swig_node *ref = item;

	if (ref == NULL)
		return;
	big_catalogue_free(ref->cat);
	free(ref);
}

/* Where a list of nodes comes from: get(obj, i), nodes of @p cat. */
typedef struct big_swig_node_source {
	const big_catalogue *cat;
	const void *obj;
	const big_node *(*get)(const void *obj, size_t i);
} big_swig_node_source;

static void *big_swig_make_node(const void *src, size_t i)
{
	const big_swig_node_source *s = src;

	return big_swig_node_new(s->cat, s->get(s->obj, i));
}

/* The @p count nodes get(obj, i) of @p cat (list of Node). */
static big_swig_objects big_swig_nodes(const big_catalogue *cat, size_t count, const void *obj,
				       const big_node *(*get)(const void *obj, size_t i))
{
	big_swig_node_source s = {cat, obj, get};

	return big_swig_objects_make(SWIGTYPE_p_big_swig_node, big_swig_node_free, count, &s,
				     big_swig_make_node);
}

/* The node a key names in @p cat: by id, or the Node's own; NULL when none. */
static const big_node *big_swig_node_of(const big_catalogue *cat, big_swig_node_key key)
{
	if (key.id != NULL)
		return big_catalogue_find(cat, key.id);
	return key.node != NULL ? key.node->node : NULL;
}

/*
 * An object of a catalogue (profile, criterion, tag) as the binding shows
 * it: a pointer into the catalogue and a catalogue reference.
 */
typedef struct big_swig_part {
	big_catalogue *cat;
	const void *part;
} big_swig_part;

#define big_swig_profile   big_swig_part
#define big_swig_criterion big_swig_part
#define big_swig_tag       big_swig_part

static big_swig_part *big_swig_part_new(const big_catalogue *cat, const void *part)
{
	big_swig_part *ref;

	if (cat == NULL || part == NULL)
		return NULL;
	ref = malloc(sizeof(*ref));
	if (ref == NULL) {
		big_swig_nomem();
		return NULL;
	}
	ref->cat = big_swig_cat_ref(cat);
	ref->part = part;
	return ref;
}

static void big_swig_part_free(void *item)
{
	big_swig_part *ref = item;

	if (ref == NULL)
		return;
	big_catalogue_free(ref->cat);
	free(ref);
}

static big_swig_profile *big_swig_profile_new(const big_catalogue *cat, const big_profile *profile)
{
	return big_swig_part_new(cat, profile);
}

/* Adapters from (object, index) getters of the library to list sources. */
static const big_node *big_swig_catalogue_node_at(const void *cat, size_t i)
{
	return big_catalogue_node(cat, i);
}
static const big_node *big_swig_catalogue_root_at(const void *cat, size_t i)
{
	return big_catalogue_root(cat, i);
}
static const big_node *big_swig_catalogue_requirement_at(const void *cat, size_t i)
{
	return big_catalogue_requirement(cat, i);
}
static const big_node *big_swig_node_child_at(const void *node, size_t i)
{
	return big_node_child(node, i);
}
static const big_node *big_swig_profile_requirement_at(const void *profile, size_t i)
{
	return big_profile_requirement(profile, i);
}
static const char *big_swig_node_tag_at(const void *node, size_t i)
{
	return big_node_tag(node, i);
}
static const char *big_swig_node_ref_at(const void *node, size_t i)
{
	return big_node_ref(node, i);
}
static const char *big_swig_profile_tag_at(const void *profile, size_t i)
{
	return big_profile_tag(profile, i);
}
static const char *big_swig_profile_priority_at(const void *profile, size_t i)
{
	return big_profile_priority(profile, i);
}
static const char *big_swig_builtin_name_at(const void *unused, size_t i)
{
	(void)unused;
	return big_builtin_name(i);
}
static const big_diagnostic *big_swig_catalogue_diagnostic_at(const void *cat, size_t i)
{
	return big_catalogue_diagnostic(cat, i);
}
%}

/* ------------------------------------------------------------------------
 * builtin_names().
 * ---------------------------------------------------------------------- */

BIG_FUNCTION(builtin_names);
BIG_FUNCTION(builtin_json);

%feature("docstring") big_swig_builtin_names "builtin_names() -> list of str\n\n"
    "Names of the catalogues compiled into the library (for Catalogue.builtin()).";
%feature("docstring") big_swig_builtin_json "builtin_json(name) -> str\n\n"
    "The JSON document of a built-in catalogue or mapping (a name of\n"
    "builtin_names() or builtin_mapping_names()): the bytes of the file that\n"
    "is also installed in the data directory.";

%inline %{
static big_swig_strings big_swig_builtin_names(void)
{
	return big_swig_strings_of(big_builtin_count(), big_swig_builtin_name_at, NULL);
}

static big_swig_text big_swig_builtin_json(const char *name)
{
	const char *text = NULL;
	big_swig_text t = {NULL, 0, true};

	if (!big_swig_failed(big_builtin_json(&text, &t.len, name)))
		t.text = (char *)text;
	return t;
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

%newobject big_swig_catalogue::load_file;
%newobject big_swig_catalogue::load_string;
%newobject big_swig_catalogue::load_buffer;
%newobject big_swig_catalogue::builtin;
%newobject big_swig_catalogue::find;
%newobject big_swig_catalogue::node;
%newobject big_swig_catalogue::find_profile;
%newobject big_swig_catalogue::find_criterion;
%newobject big_swig_catalogue::find_tag;

%{
static big_catalogue *big_swig_catalogue_load(const char *path, const char *data, size_t len,
					      bool strict, const char *source)
{
	big_load_options opts = big_swig_load_options(strict, source);
	big_catalogue *cat = NULL;
	int rc = path != NULL ? big_catalogue_load_file(&cat, path, &opts)
			      : big_catalogue_load_buffer(&cat, data, len, &opts);

	return big_swig_failed(rc) ? NULL : cat;
}

static const char *big_swig_catalogue_id_get(const big_catalogue *c)
{
	return big_catalogue_id(c);
}
static const char *big_swig_catalogue_version_get(const big_catalogue *c)
{
	return big_catalogue_version(c);
}
static const char *big_swig_catalogue_title_get(const big_catalogue *c)
{
	return big_catalogue_title(c);
}
static const char *big_swig_catalogue_language_get(const big_catalogue *c)
{
	return big_catalogue_language(c);
}
static const char *big_swig_catalogue_publisher_get(const big_catalogue *c)
{
	return big_catalogue_publisher(c);
}
static const char *big_swig_catalogue_based_on_get(const big_catalogue *c)
{
	return big_catalogue_based_on(c);
}
static int big_swig_catalogue_max_level_get(const big_catalogue *c)
{
	return big_catalogue_max_level(c);
}
static int big_swig_catalogue_default_target_get(const big_catalogue *c)
{
	return big_catalogue_default_target(c);
}
static big_swig_objects big_swig_catalogue_roots_get(const big_catalogue *c)
{
	return big_swig_nodes(c, big_catalogue_root_count(c), c, big_swig_catalogue_root_at);
}
static big_swig_objects big_swig_catalogue_nodes_get(const big_catalogue *c)
{
	return big_swig_nodes(c, big_catalogue_node_count(c), c, big_swig_catalogue_node_at);
}
static big_swig_objects big_swig_catalogue_requirements_get(const big_catalogue *c)
{
	return big_swig_nodes(c, big_catalogue_requirement_count(c), c,
			      big_swig_catalogue_requirement_at);
}
static big_swig_objects big_swig_catalogue_diagnostics_get(const big_catalogue *c)
{
	return big_swig_diagnostics(big_catalogue_diagnostic_count(c), c,
				    big_swig_catalogue_diagnostic_at);
}

static void *big_swig_make_criterion(const void *cat, size_t i)
{
	return big_swig_part_new(cat, big_catalogue_criterion(cat, i));
}
static void *big_swig_make_tag(const void *cat, size_t i)
{
	return big_swig_part_new(cat, big_catalogue_tag(cat, i));
}
static void *big_swig_make_profile(const void *cat, size_t i)
{
	return big_swig_part_new(cat, big_catalogue_profile(cat, i));
}

static big_swig_objects big_swig_catalogue_criteria_get(const big_catalogue *c)
{
	return big_swig_objects_make(SWIGTYPE_p_big_swig_criterion, big_swig_part_free,
				     big_catalogue_criterion_count(c), c, big_swig_make_criterion);
}
static big_swig_objects big_swig_catalogue_tags_get(const big_catalogue *c)
{
	return big_swig_objects_make(SWIGTYPE_p_big_swig_tag, big_swig_part_free,
				     big_catalogue_tag_count(c), c, big_swig_make_tag);
}
static big_swig_objects big_swig_catalogue_profiles_get(const big_catalogue *c)
{
	return big_swig_objects_make(SWIGTYPE_p_big_swig_profile, big_swig_part_free,
				     big_catalogue_profile_count(c), c, big_swig_make_profile);
}
%}

%extend big_swig_catalogue {
	%feature("docstring") load_file
	    "load_file(path, strict=False) -> Catalogue\n\n"
	    "Loads a libbig.catalogue document from a file. With strict=True unknown\n"
	    "fields are errors instead of diagnostics.";
	static big_swig_catalogue *load_file(const char *path, bool strict = false)
	{
		return big_swig_catalogue_load(path, NULL, 0, strict, NULL);
	}

	%feature("docstring") load_string
	    "load_string(text, strict=False, source=None) -> Catalogue\n\n"
	    "Loads a libbig.catalogue document from a string (str or bytes);\n"
	    "source is the name used in error messages (default '<buffer>').";
	static big_swig_catalogue *load_string(const char *text, size_t len, bool strict = false,
					       const char *source = NULL)
	{
		return big_swig_catalogue_load(NULL, text, len, strict, source);
	}

	%feature("docstring") load_buffer
	    "load_buffer(data, strict=False, source=None) -> Catalogue\n\n"
	    "Same as load_string(); data may be bytes, bytearray or str.";
	static big_swig_catalogue *load_buffer(const char *data, size_t len, bool strict = false,
					       const char *source = NULL)
	{
		return big_swig_catalogue_load(NULL, data, len, strict, source);
	}

	%feature("docstring") builtin
	    "builtin(name) -> Catalogue\n\n"
	    "Loads a catalogue compiled into the library, e.g. 'bio2' (see builtin_names()).";
	static big_swig_catalogue *builtin(const char *name)
	{
		big_catalogue *cat = NULL;

		if (big_swig_failed(big_catalogue_builtin(&cat, name)))
			return NULL;
		return cat;
	}

	~big_swig_catalogue()
	{
		big_catalogue_free($self);
	}

	%feature("docstring") find
	    "find(id) -> Node or None\n\nThe node with this id, or None when there is none.";
	big_swig_node *find(const char *id)
	{
		return big_swig_node_new($self, big_catalogue_find($self, id));
	}

	%feature("docstring") node
	    "node(i) -> Node\n\nNode i in pre-order, 0 <= i < len(catalogue).";
	big_swig_node *node(size_t i)
	{
		const big_node *node = big_catalogue_node($self, i);

		if (node == NULL) {
			big_swig_fail(BIG_SWIG_INDEX, BIG_ERANGE, "node index out of range");
			return NULL;
		}
		return big_swig_node_new($self, node);
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
	big_swig_profile *find_profile(const char *id)
	{
		return big_swig_part_new($self, big_catalogue_find_profile($self, id));
	}

	%feature("docstring") find_criterion
	    "find_criterion(id) -> Criterion or None\n\n"
	    "The criterion of the maturity model with this id, or None when there is none.";
	big_swig_criterion *find_criterion(const char *id)
	{
		return big_swig_part_new($self, big_catalogue_find_criterion($self, id));
	}

	%feature("docstring") find_tag
	    "find_tag(id) -> Tag or None\n\nThe declared tag with this id, or None when there is none.";
	big_swig_tag *find_tag(const char *id)
	{
		return big_swig_part_new($self, big_catalogue_find_tag($self, id));
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

	%immutable;
	/** Catalogue id, e.g. "bio2". */
	const char *id;
	/** Catalogue version, e.g. "1.2". */
	const char *version;
	/** Title ("" when absent). */
	const char *title;
	/** Language tag, e.g. "nl" ("" when absent). */
	const char *language;
	/** Publisher ("" when absent). */
	const char *publisher;
	/** Standard the catalogue is based on ("" when absent). */
	const char *based_on;
	/** Highest maturity level N (5 by default). */
	int max_level;
	/** Target maturity when neither the assessment nor the options give one. */
	int default_target;
	/** Top-level nodes (list of Node). */
	big_swig_objects roots;
	/** Every node in pre-order (list of Node). */
	big_swig_objects nodes;
	/** Diagnostics collected while loading (list of Diagnostic). */
	big_swig_objects diagnostics;
	/** The requirements (assessable nodes) in catalogue order (list of Node). */
	big_swig_objects requirements;
	/** Criteria of the maturity model, by level, then document order (list of Criterion). */
	big_swig_objects criteria;
	/** Declared tags in document order (list of Tag; empty when none are declared). */
	big_swig_objects tags;
	/** Profiles in document order (list of Profile). */
	big_swig_objects profiles;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Node.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_node
    "One node of a catalogue (theme, chapter, control, measure ...).\n\n"
    "A Node keeps its catalogue alive.";

%newobject big_swig_node::parent;
%newobject big_swig_node::catalogue;

%{
static const char *big_swig_node_id_get(const big_swig_node *n)
{
	return big_node_id(n->node);
}
static const char *big_swig_node_kind_get(const big_swig_node *n)
{
	return big_node_kind(n->node);
}
static const char *big_swig_node_title_get(const big_swig_node *n)
{
	return big_node_title(n->node);
}
static const char *big_swig_node_text_get(const big_swig_node *n)
{
	return big_node_text(n->node);
}
static double big_swig_node_weight_get(const big_swig_node *n)
{
	return big_node_weight(n->node);
}
static bool big_swig_node_assessable_get(const big_swig_node *n)
{
	return big_node_is_assessable(n->node);
}
static bool big_swig_node_mandatory_get(const big_swig_node *n)
{
	return big_node_is_mandatory(n->node);
}
static unsigned int big_swig_node_depth_get(const big_swig_node *n)
{
	return big_node_depth(n->node);
}
static size_t big_swig_node_index_get(const big_swig_node *n)
{
	return big_node_index(n->node);
}
static big_swig_node *big_swig_node_parent_get(const big_swig_node *n)
{
	return big_swig_node_new(n->cat, big_node_parent(n->node));
}
static big_swig_objects big_swig_node_children_get(const big_swig_node *n)
{
	return big_swig_nodes(n->cat, big_node_child_count(n->node), n->node,
			      big_swig_node_child_at);
}
static big_swig_strings big_swig_node_tags_get(const big_swig_node *n)
{
	return big_swig_strings_of(big_node_tag_count(n->node), big_swig_node_tag_at, n->node);
}
static big_swig_strings big_swig_node_refs_get(const big_swig_node *n)
{
	return big_swig_strings_of(big_node_ref_count(n->node), big_swig_node_ref_at, n->node);
}
static big_catalogue *big_swig_node_catalogue_get(const big_swig_node *n)
{
	return big_swig_cat_ref(n->cat);
}
%}

%extend big_swig_node {
	~big_swig_node()
	{
		big_swig_node_free($self);
	}

	%feature("docstring") carries_tag
	    "carries_tag(tag) -> bool\n\n"
	    "Whether the node carries the tag, itself or through an ancestor\n"
	    "(tags lists only the node's own tags).";
	bool carries_tag(const char *tag)
	{
		return big_node_carries_tag($self->node, tag);
	}

	%immutable;
	/** Official identifier, e.g. "5.1". */
	const char *id;
	/** Kind of node: "theme", "control", "measure" ... */
	const char *kind;
	/** Title (short name). */
	const char *title;
	/** Longer text ("" when absent). */
	const char *text;
	/** Weight in roll-ups (> 0). */
	double weight;
	/** Whether the node is a requirement that gets a result. */
	bool assessable;
	/** Whether the requirement is mandatory (cannot be risk-accepted). */
	bool mandatory;
	/** Depth in the tree: 0 for a top-level node. */
	unsigned int depth;
	/** Position in pre-order. */
	size_t index;
	/** Parent node, or None for a top-level node. */
	big_swig_node *parent;
	/** Child nodes (list of Node). */
	big_swig_objects children;
	/** The node's own tags, e.g. "basishygiene" (see also carries_tag()). */
	big_swig_strings tags;
	/** External references, e.g. an ISO clause. */
	big_swig_strings refs;
	/** The catalogue of the node. */
	big_swig_catalogue *catalogue;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Profile, Criterion, Tag.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_profile
    "A profile of a catalogue: a named selection of requirements (e.g. a BBN\n"
    "level), found in Catalogue.profiles, Catalogue.find_profile() and\n"
    "Report.profile. len(profile) is the number of requirements it selects.\n"
    "A Profile keeps its catalogue alive.";

%newobject big_swig_profile::catalogue;

%{
static const char *big_swig_profile_id_get(const big_swig_profile *p)
{
	return big_profile_id(p->part);
}
static const char *big_swig_profile_title_get(const big_swig_profile *p)
{
	return big_profile_title(p->part);
}
static bool big_swig_profile_selects_all_get(const big_swig_profile *p)
{
	return big_profile_selects_all(p->part);
}
static big_swig_strings big_swig_profile_tags_get(const big_swig_profile *p)
{
	return big_swig_strings_of(big_profile_tag_count(p->part), big_swig_profile_tag_at,
				   p->part);
}
static void *big_swig_make_extended(const void *obj, size_t i)
{
	const big_swig_profile *p = obj;

	return big_swig_part_new(p->cat, big_profile_extends(p->part, i));
}
static big_swig_objects big_swig_profile_extends_get(const big_swig_profile *p)
{
	return big_swig_objects_make(SWIGTYPE_p_big_swig_profile, big_swig_part_free,
				     big_profile_extends_count(p->part), p, big_swig_make_extended);
}
static big_swig_strings big_swig_profile_priority_get(const big_swig_profile *p)
{
	return big_swig_strings_of(big_profile_priority_count(p->part),
				   big_swig_profile_priority_at, p->part);
}
static big_swig_objects big_swig_profile_requirements_get(const big_swig_profile *p)
{
	return big_swig_nodes(p->cat, big_profile_requirement_count(p->part), p->part,
			      big_swig_profile_requirement_at);
}
static big_catalogue *big_swig_profile_catalogue_get(const big_swig_profile *p)
{
	return big_swig_cat_ref(p->cat);
}
%}

#ifdef SWIGPHP
%warnfilter(SWIGWARN_PARSE_KEYWORD) big_swig_profile::extends;
#endif

%extend big_swig_profile {
	~big_swig_profile()
	{
		big_swig_part_free($self);
	}

	%feature("docstring") selects
	    "selects(node) -> bool\n\n"
	    "Whether the profile selects the node as an applicable requirement: an\n"
	    "assessable node of this catalogue carrying one of its tags (or of a\n"
	    "profile it extends), or any requirement when it selects all.";
	bool selects(const big_swig_node *node)
	{
		return big_profile_selects($self->part, node->node);
	}

	%immutable;
	/** Profile id, e.g. "basishygiene". */
	const char *id;
	/** Title ("" when absent). */
	const char *title;
	/** Whether it selects every requirement ("all": true, itself or by extension). */
	bool selects_all;
	/** The tags the profile names itself (not those of the profiles it extends). */
	big_swig_strings tags;
	/** The profiles it extends directly (list of Profile). */
	big_swig_objects extends;
	/** Tag priority of gap lists, highest first (its own, else the first extended one's). */
	big_swig_strings priority;
	/** The requirements it selects, in catalogue order (list of Node). */
	big_swig_objects requirements;
	/** The catalogue of the profile. */
	big_swig_catalogue *catalogue;
	%mutable;

#ifdef SWIGPHP
	/*
	 * 'extends' is a PHP keyword, yet a valid property name in PHP 8. SWIG
	 * 4.1 names the getter c_extends_get but has $profile->extends call
	 * extends_get: provide that one.
	 */
	%rename(extends_get) php_extends_get;
	big_swig_objects php_extends_get()
	{
		return big_swig_profile_extends_get($self);
	}
#endif
}

%feature("docstring") big_swig_criterion
    "One criterion of the catalogue's maturity model (Catalogue.criteria):\n"
    "a level is reached when its criteria and those of every lower level are met.";

%{
static const big_criterion *big_swig_criterion_of(const big_swig_criterion *c)
{
	return c->part;
}
static const char *big_swig_criterion_id_get(const big_swig_criterion *c)
{
	return big_swig_criterion_of(c)->id;
}
static const char *big_swig_criterion_label_get(const big_swig_criterion *c)
{
	return big_swig_criterion_of(c)->label;
}
static int big_swig_criterion_level_get(const big_swig_criterion *c)
{
	return big_swig_criterion_of(c)->level;
}
%}

%extend big_swig_criterion {
	~big_swig_criterion()
	{
		big_swig_part_free($self);
	}

	%immutable;
	/** Criterion id, e.g. "documented". */
	const char *id;
	/** Description ("" when absent). */
	const char *label;
	/** The level it belongs to, 1..max_level. */
	int level;
	%mutable;
}

%feature("docstring") big_swig_tag "A tag declared by the catalogue (Catalogue.tags).";

%{
static const big_tag *big_swig_tag_of(const big_swig_tag *t)
{
	return t->part;
}
static const char *big_swig_tag_id_get(const big_swig_tag *t)
{
	return big_swig_tag_of(t)->id;
}
static const char *big_swig_tag_label_get(const big_swig_tag *t)
{
	return big_swig_tag_of(t)->label;
}
%}

%extend big_swig_tag {
	~big_swig_tag()
	{
		big_swig_part_free($self);
	}

	%immutable;
	/** Tag id, e.g. "basishygiene". */
	const char *id;
	/** Label, e.g. "Basishygiëne" ("" when absent). */
	const char *label;
	%mutable;
}
