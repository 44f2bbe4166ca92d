/*
 * libbig — SWIG interface: migrating an assessment along a mapping
 * (include/big/migrate.h).
 *
 *   migrate()                   migrate an assessment to another catalogue
 *   Migration / BigMigration    the migrated assessment and its provenance
 *   MigrationOrigin / BigMigrationOrigin
 *                               one source of a migrated requirement (a copy)
 *
 * Options by name (options.i): keep_maturity (BIG_MIGRATE_KEEP_MATURITY).
 *
 * SPDX-License-Identifier: MIT
 */

BIG_CLASS(Migration, big_swig_migration);
BIG_CLASS(MigrationOrigin, big_swig_migration_origin);

%{
/* In C the Migration class is the library's type. */
#define big_swig_migration big_migration

static big_swig_migration *big_swig_migrate(const big_assessment *assessment,
					    const big_mapping *mapping, const big_catalogue *target,
					    big_swig_args migrate_options)
{
	big_migrate_options opts = BIG_MIGRATE_OPTIONS_INIT;
	big_migration *m = NULL;

	if (migrate_options.keep_maturity)
		opts.flags |= BIG_MIGRATE_KEEP_MATURITY;
	if (big_swig_failed(big_migrate(&m, assessment, mapping, target, &opts)))
		return NULL;
	return m;
}

/* One source of a migrated requirement (a copy: the strings are borrowed). */
typedef struct big_swig_migration_origin {
	char *source;
	char *via;
	big_relationship relationship;
	bool capped;
	bool chosen;
} big_swig_migration_origin;

static void big_swig_migration_origin_free(void *item)
{
	big_swig_migration_origin *o = item;

	if (o == NULL)
		return;
	free(o->source);
	free(o->via);
	free(o);
}

/* The provenance of one target requirement. */
typedef struct big_swig_migration_query {
	const big_migration *m;
	const char *id;
} big_swig_migration_query;

static void *big_swig_make_migration_origin(const void *query, size_t i)
{
	const big_swig_migration_query *q = query;
	const big_migration_origin *src = big_migration_provenance(q->m, q->id, i);
	big_swig_migration_origin *o = calloc(1, sizeof(*o));

	if (o == NULL) {
		big_swig_nomem();
		return NULL;
	}
	o->relationship = src->relationship;
	o->capped = src->capped;
	o->chosen = src->chosen;
	o->source = big_swig_strdup(src->source);
	o->via = big_swig_strdup(src->via);
	if (o->source == NULL || o->via == NULL) {
		big_swig_migration_origin_free(o);
		return NULL;
	}
	return o;
}

static const char *big_swig_migration_unmapped_target_at(const void *m, size_t i)
{
	return big_migration_unmapped_target(m, i);
}
static const char *big_swig_migration_unmapped_source_at(const void *m, size_t i)
{
	return big_migration_unmapped_source(m, i);
}
%}

BIG_OPTIONS_FUNCTION(migrate, big_swig_migrate);
BIG_OPTIONS(big_swig_migrate_spec, migrate_options);
%newobject big_swig_migrate;

big_swig_migration *big_swig_migrate(const big_swig_assessment *assessment,
				     const big_swig_mapping *mapping,
				     const big_swig_catalogue *target,
				     big_swig_args migrate_options);

/* ------------------------------------------------------------------------
 * MigrationOrigin.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_migration_origin
    "One source a migrated requirement came from (Migration.provenance(); a copy).";

%{
static const char *big_swig_migration_origin_source_get(const big_swig_migration_origin *o)
{
	return o->source;
}
static const char *big_swig_migration_origin_relationship_get(const big_swig_migration_origin *o)
{
	return big_relationship_name(o->relationship);
}
static const char *big_swig_migration_origin_via_get(const big_swig_migration_origin *o)
{
	return o->via;
}
static bool big_swig_migration_origin_capped_get(const big_swig_migration_origin *o)
{
	return o->capped;
}
static bool big_swig_migration_origin_chosen_get(const big_swig_migration_origin *o)
{
	return o->chosen;
}
%}

%extend big_swig_migration_origin {
	~big_swig_migration_origin()
	{
		big_swig_migration_origin_free($self);
	}

	%immutable;
	/** Requirement id in the source catalogue, e.g. "5.1.1". */
	const char *source;
	/** The relationship of the mapping entry: "equal", "subset" ... */
	const char *relationship;
	/** The entry's target: the requirement itself, or the non-assessable node above it. */
	const char *via;
	/** Whether this source's implemented was lowered to partially_implemented. */
	bool capped;
	/** Whether this source's result was carried over (the most restrictive). */
	bool chosen;
	%mutable;
}

/* ------------------------------------------------------------------------
 * Migration.
 * ---------------------------------------------------------------------- */

%feature("docstring") big_swig_migration
    "The result of migrate(): the assessment migrated to the target catalogue\n"
    "and the provenance of every migrated result (docs/scoring.md, Migration).\n"
    "A Migration keeps its catalogue alive.";

%newobject big_swig_migration::assessment;
%newobject big_swig_migration::take_assessment;

%{
static big_assessment *big_swig_migration_assessment_get(const big_migration *m)
{
	const big_assessment *a = big_migration_assessment(m);

	return a == NULL ? NULL : big_swig_assessment_copy(a);
}
static size_t big_swig_migration_migrated_count_get(const big_migration *m)
{
	return big_migration_migrated_count(m);
}
static size_t big_swig_migration_review_count_get(const big_migration *m)
{
	return big_migration_review_count(m);
}
static big_swig_strings big_swig_migration_unmapped_targets_get(const big_migration *m)
{
	return big_swig_strings_of(big_migration_unmapped_target_count(m),
				   big_swig_migration_unmapped_target_at, m);
}
static big_swig_strings big_swig_migration_unmapped_sources_get(const big_migration *m)
{
	return big_swig_strings_of(big_migration_unmapped_source_count(m),
				   big_swig_migration_unmapped_source_at, m);
}
%}

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
	big_swig_assessment *take_assessment()
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
	big_swig_objects provenance(const char *id)
	{
		big_swig_migration_query q = {$self, id};

		return big_swig_objects_make(SWIGTYPE_p_big_swig_migration_origin,
					     big_swig_migration_origin_free,
					     big_migration_provenance_count($self, id), &q,
					     big_swig_make_migration_origin);
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

	%immutable;
	/** A copy of the migrated assessment (yours to edit), or None once taken. */
	big_swig_assessment *assessment;
	/** Number of target requirements that have at least one source. */
	size_t migrated_count;
	/** Number of target requirements whose migrated result needs review. */
	size_t review_count;
	/** Target requirements without a source, in catalogue order (list of str). */
	big_swig_strings unmapped_targets;
	/** Source requirements that are the source of no entry, in catalogue order (list of str). */
	big_swig_strings unmapped_sources;
	%mutable;
}
