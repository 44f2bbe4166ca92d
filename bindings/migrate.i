/*
 * libbig — SWIG interface: migrating an assessment along a mapping
 * (include/big/migrate.h).
 *
 *   migrate()                   migrate an assessment to another catalogue
 *   Migration / BigMigration    the migrated assessment and its provenance
 *   MigrationOrigin / BigMigrationOrigin
 *                               one source of a migrated requirement
 *
 * Options by name (options.i): keep_maturity (BIG_MIGRATE_KEEP_MATURITY),
 * lang (the language of the titles in Migration.to_csv()).
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Migration, big_swig_migration);
BIG_CLASS(MigrationOrigin, big_migration_origin);

%{
static big_migration *big_swig_migrate(const big_assessment *assessment, const big_mapping *mapping,
				       const big_catalogue *target, big_swig_args migrate_options)
{
	big_migrate_options opts = BIG_MIGRATE_OPTIONS_INIT;
	big_migration *m = NULL;

	if (migrate_options.keep_maturity)
		opts.flags |= BIG_MIGRATE_KEEP_MATURITY;
	opts.lang = migrate_options.lang;
	if (big_swig_failed(big_migrate(&m, assessment, mapping, target, &opts)))
		return NULL;
	return m;
}

/* The sources of one requirement (the list's key), for provenance(). */
static const void *big_swig_migration_origin_at(const void *m, const char *id, size_t i)
{
	return big_migration_provenance(m, id, i);
}
%}

BIG_OPTIONS_FUNCTION(migrate, big_swig_migrate);
BIG_OPTIONS(big_swig_migrate_spec, migrate_options);
%newobject big_swig_migrate;
big_migration *big_swig_migrate(const big_assessment *assessment, const big_mapping *mapping,
				const big_catalogue *target, big_swig_args migrate_options);

%feature("docstring") big_migration_origin
    "One source a migrated requirement came from (Migration.provenance()).";

/* ------------------------------------------------------------------------
 * Migration.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_migration
    "The result of migrate(): the assessment migrated to the target catalogue\n"
    "and the provenance of every migrated result (docs/scoring.md, Migration).\n"
    "A Migration keeps its catalogue alive.";

%newobject big_swig_migration::assessment;
%newobject big_swig_migration::take_assessment;

%extend big_swig_migration {
	~big_swig_migration()
	{
		big_migration_free($self);
	}

	%feature("docstring") take_assessment
	    "take_assessment() -> Assessment\n\n"
	    "Hands the migrated assessment over, e.g. to review and edit it (no\n"
	    "copy); afterwards assessment is None and take_assessment() raises\n"
	    "Error ENOTFOUND. The provenance stays in the migration.";
	big_assessment *take_assessment()
	{
		big_assessment *a = NULL;

		if (big_swig_failed(big_migration_take_assessment(&a, $self)))
			return NULL;
		return a;
	}

	%feature("docstring") provenance
	    "provenance(id) -> list of MigrationOrigin\n\n"
	    "The sources of target requirement id, in mapping order (empty for an\n"
	    "unmapped requirement or an id that is not a requirement of the target).";
	big_swig_views provenance(const char *id)
	{
		return big_swig_views_of_key($self, id, big_migration_provenance_count($self, id),
					     big_swig_migration_origin_at,
					     SWIGTYPE_p_big_migration_origin);
	}

	%feature("docstring") needs_review
	    "needs_review(id) -> bool\n\n"
	    "Whether the result of target requirement id needs review (unless it has\n"
	    "exactly one source, equal to the requirement itself).";
	bool needs_review(const char *id)
	{
		return big_migration_needs_review($self, id);
	}

	%feature("docstring") capped
	    "capped(id) -> bool\n\n"
	    "Whether the result carried over to target requirement id was capped at\n"
	    "partially_implemented.";
	bool capped(const char *id)
	{
		return big_migration_capped($self, id);
	}

	%feature("docstring") to_json
	    "to_json(compact=False) -> str\n\n"
	    "The provenance report as a libbig.migration document (the same bytes\n"
	    "as the C library).";
	big_swig_text to_json(bool compact = false)
	{
		BIG_SWIG_WRITE(big_migration_to_json, $self, big_swig_json_flags(compact));
	}

	%feature("docstring") to_csv
	    "to_csv(bom=False, safe=False) -> str\n\n"
	    "The provenance report as CSV (columns kind, id, title, status, maturity,\n"
	    "needs_review, capped, sources, listed_in_mapping; docs/formats.md); bom\n"
	    "and safe as in Report.to_csv().";
	big_swig_text to_csv(bool bom = false, bool safe = false)
	{
		BIG_SWIG_WRITE(big_migration_to_csv, $self, big_swig_csv_flags(bom, safe));
	}

}

BIG_ATTR(big_swig_migration, big_assessment *, assessment,
	 big_migration_assessment(self) ? big_swig_assessment_copy(big_migration_assessment(self))
					: NULL,
	 "A copy of the migrated assessment (yours to edit), or None once taken.")
BIG_ATTR(big_swig_migration, size_t, migrated_count, big_migration_migrated_count(self),
	 "Number of target requirements that have at least one source.")
BIG_ATTR(big_swig_migration, size_t, review_count, big_migration_review_count(self),
	 "Number of target requirements whose migrated result needs review.")
BIG_STRINGS(big_swig_migration, unmapped_targets, big_migration_unmapped_target_count,
	    big_migration_unmapped_target,
	 "Target requirements without a source, in catalogue order (list of str).")
BIG_STRINGS(big_swig_migration, unmapped_sources, big_migration_unmapped_source_count,
	    big_migration_unmapped_source,
	 "Source requirements that are the source of no entry, in catalogue order (list of str).")
