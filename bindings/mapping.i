/*
 * libbig — SWIG interface: mappings between catalogues (include/big/mapping.h).
 *
 *   Mapping / BigMapping        a mapping between two catalogues
 *   MappingEntry / BigMappingEntry
 *                               one entry of a mapping
 *   builtin_mapping_names(), relationship_names()
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Mapping, big_swig_mapping);
BIG_CLASS(MappingEntry, big_mapping_entry);
BIG_NAME_OUT(big_relationship, big_relationship_name)

%feature("docstring") big_swig_builtin_mapping_names "builtin_mapping_names() -> list of str\n\n"
    "Names of the mappings compiled into the library (for Mapping.builtin()),\n"
    "e.g. 'bio-to-bio2'.";
BIG_NAMES(builtin_mapping_names, big_builtin_mapping_name, big_builtin_mapping_count());
%feature("docstring") big_swig_relationship_names "relationship_names() -> list of str\n\n"
    "The relationships of mapping entries: 'equal', 'subset', 'superset',\n"
    "'intersect', 'not_related'.";
BIG_NAMES(relationship_names, big_relationship_name, BIG_RELATIONSHIP_COUNT);

/* ------------------------------------------------------------------------
 * Mapping and MappingEntry.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_mapping
    "A mapping between two catalogues (e.g. BIO 1.04 to BIO2 1.2): which node\n"
    "of the source corresponds to which node of the target, and how.\n\n"
    "Make one with Mapping.builtin(name), Mapping.load_file(path) or\n"
    "Mapping.load_string(text); check() looks its ids up in the catalogues.";

%{
/* The entries of one source or target id (the list's key). */
static const void *big_swig_source_entry_at(const void *m, const char *id, size_t i)
{
	return big_mapping_source_entry(m, id, i);
}
static const void *big_swig_target_entry_at(const void *m, const char *id, size_t i)
{
	return big_mapping_target_entry(m, id, i);
}
%}

BIG_LOADERS(big_swig_mapping, Mapping, mapping)
%newobject big_swig_mapping::builtin;

%extend big_swig_mapping {
	%feature("docstring") builtin
	    "builtin(name) -> Mapping\n\n"
	    "Loads a mapping compiled into the library, e.g. 'bio-to-bio2'\n"
	    "(see builtin_mapping_names()).";
	static big_mapping *builtin(const char *name)
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
	big_swig_views source_entries(const char *id)
	{
		return big_swig_views_of_key($self, id, big_mapping_source_entry_count($self, id),
					     big_swig_source_entry_at, SWIGTYPE_p_big_mapping_entry);
	}

	%feature("docstring") target_entries
	    "target_entries(id) -> list of MappingEntry\n\n"
	    "The entries whose target is id, in document order (empty when none).";
	big_swig_views target_entries(const char *id)
	{
		return big_swig_views_of_key($self, id, big_mapping_target_entry_count($self, id),
					     big_swig_target_entry_at, SWIGTYPE_p_big_mapping_entry);
	}

	%feature("docstring") check
	    "check(source, target)\n\n"
	    "Checks the mapping against the catalogues it maps between: raises Error\n"
	    "EMISMATCH when a catalogue's id or version is not the one the mapping\n"
	    "names, ENOTFOUND naming the first id that is not a node of its catalogue.";
	void check(const big_catalogue *source, const big_catalogue *target)
	{
		big_swig_failed(big_mapping_check($self, source, target));
	}

}

BIG_ATTR(big_swig_mapping, const char *, id, big_mapping_id(self),
	 "Mapping id, e.g. \"bio-to-bio2\".")
BIG_ATTR(big_swig_mapping, const char *, title, big_mapping_title(self),
	 "Title (\"\" when absent).")
BIG_ATTR(big_swig_mapping, const char *, note, big_mapping_note(self),
	 "Remarks on the mapping as a whole (\"\" when absent).")
BIG_ATTR(big_swig_mapping, const char *, source_id, big_mapping_source_id(self),
	 "Id of the source catalogue, e.g. \"bio\".")
BIG_ATTR(big_swig_mapping, const char *, source_version, big_mapping_source_version(self),
	 "Version of the source catalogue, e.g. \"1.04\".")
BIG_ATTR(big_swig_mapping, const char *, target_id, big_mapping_target_id(self),
	 "Id of the target catalogue, e.g. \"bio2\".")
BIG_ATTR(big_swig_mapping, const char *, target_version, big_mapping_target_version(self),
	 "Version of the target catalogue, e.g. \"1.2\".")
BIG_VIEWS(big_swig_mapping, entries, big_mapping_entry, big_mapping_entry_count, big_mapping_entry_at,
	 "Every entry in document order (list of MappingEntry).")
BIG_STRINGS(big_swig_mapping, unmapped, big_mapping_unmapped_count, big_mapping_unmapped,
	 "Source ids known to have no entry (list of str).")
BIG_VIEWS(big_swig_mapping, diagnostics, big_diagnostic, big_mapping_diagnostic_count,
	  big_mapping_diagnostic,
	 "Diagnostics collected while loading (list of Diagnostic).")

%feature("docstring") big_mapping_entry
    "One entry of a mapping: source relates to target as relationship says.";
