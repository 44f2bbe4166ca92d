/*
 * libbig — SWIG interface: mappings between catalogues (include/big/mapping.h).
 *
 *   Mapping / BigMapping        a mapping between two catalogues
 *   MappingEntry / BigMappingEntry
 *                               one entry of a mapping (a copy)
 *   builtin_mapping_names(), relationship_names()
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Mapping, big_swig_mapping);
BIG_CLASS(MappingEntry, big_swig_mapping_entry);

%{
/* In C the Mapping class is the library's type. */
#define big_swig_mapping big_mapping

/* One entry of a mapping (a copy: a mapping is not reference-counted). */
typedef struct big_swig_mapping_entry {
	char *source;
	char *target;
	big_relationship relationship;
} big_swig_mapping_entry;

static void big_swig_mapping_entry_free(void *item)
{
	big_swig_mapping_entry *e = item;

	if (e == NULL)
		return;
	free(e->source);
	free(e->target);
	free(e);
}

static big_swig_mapping_entry *big_swig_mapping_entry_copy(const big_mapping_entry *src)
{
	big_swig_mapping_entry *e = calloc(1, sizeof(*e));

	if (e == NULL) {
		big_swig_nomem();
		return NULL;
	}
	e->relationship = src->relationship;
	e->source = big_swig_strdup(src->source);
	e->target = big_swig_strdup(src->target);
	if (e->source == NULL || e->target == NULL) {
		big_swig_mapping_entry_free(e);
		return NULL;
	}
	return e;
}

static const char *big_swig_mapping_builtin_at(const void *unused, size_t i)
{
	(void)unused;
	return big_builtin_mapping_name(i);
}

static const char *big_swig_relationship_name_at(const void *unused, size_t i)
{
	(void)unused;
	return big_relationship_name((big_relationship)i);
}
%}

BIG_FUNCTION(builtin_mapping_names);
BIG_FUNCTION(relationship_names);

%feature("docstring") big_swig_builtin_mapping_names "builtin_mapping_names() -> list of str\n\n"
    "Names of the mappings compiled into the library (for Mapping.builtin()),\n"
    "e.g. 'bio-to-bio2'.";
%feature("docstring") big_swig_relationship_names "relationship_names() -> list of str\n\n"
    "The relationships of mapping entries: 'equal', 'subset', 'superset',\n"
    "'intersect', 'not_related'.";

%inline %{
static big_swig_strings big_swig_builtin_mapping_names(void)
{
	return big_swig_strings_of(big_builtin_mapping_count(), big_swig_mapping_builtin_at, NULL);
}

static big_swig_strings big_swig_relationship_names(void)
{
	return big_swig_strings_of(BIG_RELATIONSHIP_COUNT, big_swig_relationship_name_at, NULL);
}
%}

/* ------------------------------------------------------------------------
 * Mapping and MappingEntry.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_mapping
    "A mapping between two catalogues (e.g. BIO 1.04 to BIO2 1.2): which node\n"
    "of the source corresponds to which node of the target, and how.\n\n"
    "Make one with Mapping.builtin(name), Mapping.load_file(path) or\n"
    "Mapping.load_string(text); check() looks its ids up in the catalogues.";

%newobject big_swig_mapping::load_file;
%newobject big_swig_mapping::load_string;
%newobject big_swig_mapping::load_buffer;
%newobject big_swig_mapping::builtin;

%{
static big_mapping *big_swig_mapping_load(const char *path, const char *data, size_t len,
					  bool strict, const char *source)
{
	big_load_options opts = big_swig_load_options(strict, source);
	big_mapping *m = NULL;
	int rc = path != NULL ? big_mapping_load_file(&m, path, &opts)
			      : big_mapping_load_buffer(&m, data, len, &opts);

	return big_swig_failed(rc) ? NULL : m;
}

static const char *big_swig_mapping_id_get(const big_mapping *m)
{
	return big_mapping_id(m);
}
static const char *big_swig_mapping_title_get(const big_mapping *m)
{
	return big_mapping_title(m);
}
static const char *big_swig_mapping_note_get(const big_mapping *m)
{
	return big_mapping_note(m);
}
static const char *big_swig_mapping_source_id_get(const big_mapping *m)
{
	return big_mapping_source_id(m);
}
static const char *big_swig_mapping_source_version_get(const big_mapping *m)
{
	return big_mapping_source_version(m);
}
static const char *big_swig_mapping_target_id_get(const big_mapping *m)
{
	return big_mapping_target_id(m);
}
static const char *big_swig_mapping_target_version_get(const big_mapping *m)
{
	return big_mapping_target_version(m);
}
static const char *big_swig_mapping_unmapped_at(const void *m, size_t i)
{
	return big_mapping_unmapped(m, i);
}
static big_swig_strings big_swig_mapping_unmapped_get(const big_mapping *m)
{
	return big_swig_strings_of(big_mapping_unmapped_count(m), big_swig_mapping_unmapped_at, m);
}
static const big_diagnostic *big_swig_mapping_diagnostic_at(const void *m, size_t i)
{
	return big_mapping_diagnostic(m, i);
}
static big_swig_objects big_swig_mapping_diagnostics_get(const big_mapping *m)
{
	return big_swig_diagnostics(big_mapping_diagnostic_count(m), m,
				    big_swig_mapping_diagnostic_at);
}

static void *big_swig_make_mapping_entry(const void *m, size_t i)
{
	return big_swig_mapping_entry_copy(big_mapping_entry_at(m, i));
}
static big_swig_objects big_swig_mapping_entries_get(const big_mapping *m)
{
	return big_swig_objects_make(SWIGTYPE_p_big_swig_mapping_entry, big_swig_mapping_entry_free,
				     big_mapping_entry_count(m), m, big_swig_make_mapping_entry);
}

/* The entries of one source or target id. */
typedef struct big_swig_mapping_ids {
	const big_mapping *m;
	const char *id;
} big_swig_mapping_ids;

static void *big_swig_make_source_entry(const void *obj, size_t i)
{
	const big_swig_mapping_ids *q = obj;

	return big_swig_mapping_entry_copy(big_mapping_source_entry(q->m, q->id, i));
}
static void *big_swig_make_target_entry(const void *obj, size_t i)
{
	const big_swig_mapping_ids *q = obj;

	return big_swig_mapping_entry_copy(big_mapping_target_entry(q->m, q->id, i));
}
%}

%extend big_swig_mapping {
	%feature("docstring") load_file
	    "load_file(path, strict=False) -> Mapping\n\n"
	    "Loads a libbig.mapping document from a file. With strict=True unknown\n"
	    "fields are errors instead of diagnostics.";
	static big_swig_mapping *load_file(const char *path, bool strict = false)
	{
		return big_swig_mapping_load(path, NULL, 0, strict, NULL);
	}

	%feature("docstring") load_string
	    "load_string(text, strict=False, source=None) -> Mapping\n\n"
	    "Loads a libbig.mapping document from a string (str or bytes);\n"
	    "source is the name used in error messages (default '<buffer>').";
	static big_swig_mapping *load_string(const char *text, size_t len, bool strict = false,
					     const char *source = NULL)
	{
		return big_swig_mapping_load(NULL, text, len, strict, source);
	}

	%feature("docstring") load_buffer
	    "load_buffer(data, strict=False, source=None) -> Mapping\n\n"
	    "Same as load_string(); data may be bytes, bytearray or str.";
	static big_swig_mapping *load_buffer(const char *data, size_t len, bool strict = false,
					     const char *source = NULL)
	{
		return big_swig_mapping_load(NULL, data, len, strict, source);
	}

	%feature("docstring") builtin
	    "builtin(name) -> Mapping\n\n"
	    "Loads a mapping compiled into the library, e.g. 'bio-to-bio2'\n"
	    "(see builtin_mapping_names()).";
	static big_swig_mapping *builtin(const char *name)
	{
		big_mapping *m = NULL;

		if (big_swig_failed(big_mapping_builtin(&m, name)))
			return NULL;
		return m;
	}

	~big_swig_mapping()
	{
		big_mapping_free($self);
	}

	%feature("docstring") source_entries
	    "source_entries(id) -> list of MappingEntry\n\n"
	    "The entries whose source is id, in document order (empty when none).";
	big_swig_objects source_entries(const char *id)
	{
		big_swig_mapping_ids q = {$self, id};

		return big_swig_objects_make(SWIGTYPE_p_big_swig_mapping_entry,
					     big_swig_mapping_entry_free,
					     big_mapping_source_entry_count($self, id), &q,
					     big_swig_make_source_entry);
	}

	%feature("docstring") target_entries
	    "target_entries(id) -> list of MappingEntry\n\n"
	    "The entries whose target is id, in document order (empty when none).";
	big_swig_objects target_entries(const char *id)
	{
		big_swig_mapping_ids q = {$self, id};

		return big_swig_objects_make(SWIGTYPE_p_big_swig_mapping_entry,
					     big_swig_mapping_entry_free,
					     big_mapping_target_entry_count($self, id), &q,
					     big_swig_make_target_entry);
	}

	%feature("docstring") check
	    "check(source, target)\n\n"
	    "Checks the mapping against the catalogues it maps between: raises Error\n"
	    "EMISMATCH when a catalogue's id or version is not the one the mapping\n"
	    "names, ENOTFOUND naming the first id that is not a node of its catalogue.";
	void check(const big_swig_catalogue *source, const big_swig_catalogue *target)
	{
		big_swig_failed(big_mapping_check($self, source, target));
	}

	%immutable;
	/** Mapping id, e.g. "bio-to-bio2". */
	const char *id;
	/** Title ("" when absent). */
	const char *title;
	/** Remarks on the mapping as a whole ("" when absent). */
	const char *note;
	/** Id of the source catalogue, e.g. "bio". */
	const char *source_id;
	/** Version of the source catalogue, e.g. "1.04". */
	const char *source_version;
	/** Id of the target catalogue, e.g. "bio2". */
	const char *target_id;
	/** Version of the target catalogue, e.g. "1.2". */
	const char *target_version;
	/** Every entry in document order (list of MappingEntry). */
	big_swig_objects entries;
	/** Source ids known to have no entry (list of str). */
	big_swig_strings unmapped;
	/** Diagnostics collected while loading (list of Diagnostic). */
	big_swig_objects diagnostics;
	%mutable;
}

%feature("docstring") big_swig_mapping_entry
    "One entry of a mapping: source relates to target as relationship says (a copy).";

%{
static const char *big_swig_mapping_entry_source_get(const big_swig_mapping_entry *e)
{
	return e->source;
}
static const char *big_swig_mapping_entry_target_get(const big_swig_mapping_entry *e)
{
	return e->target;
}
static const char *big_swig_mapping_entry_relationship_get(const big_swig_mapping_entry *e)
{
	return big_relationship_name(e->relationship);
}
%}

%extend big_swig_mapping_entry {
	~big_swig_mapping_entry()
	{
		big_swig_mapping_entry_free($self);
	}

	%immutable;
	/** Node id in the source catalogue, e.g. "5.1.1". */
	const char *source;
	/** Node id in the target catalogue, e.g. "5.1". */
	const char *target;
	/** "equal", "subset", "superset", "intersect" or "not_related". */
	const char *relationship;
	%mutable;
}
