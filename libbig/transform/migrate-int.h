/*
 * libbig — private: the migration model, shared by migrate.c and
 * migrate-json.c.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_MIGRATE_INT_H
#define BIG_MIGRATE_INT_H

#include "arena.h"
#include "big.h"
#include "catalogue-int.h"

/* What became of one requirement of the target catalogue. */
struct big_migrated {
	big_migration_origin *sources; /* in mapping order; NULL when unmapped */
	size_t source_count;
	bool needs_review;
	bool capped;
	bool has_result; /* the chosen source had a result, so this one has */
	big_status status;
	int maturity; /* -1 when none */
};

struct big_migration {
	struct big_arena arena;     /* every string and array below */
	big_catalogue *target;      /* a reference */
	big_assessment *assessment; /* NULL once taken */
	const char *mapping_id;
	const char *source_id;
	const char *source_version;
	char source_fingerprint[BIG_FINGERPRINT_SIZE];
	const char *organisation_id;
	const char *organisation_name;
	const char *period;
	char lang[BIG_LANG_SIZE];  /* of the titles in its CSV; "": the default */
	struct big_migrated *reqs; /* per requirement position of the target */
	size_t migrated_count;
	size_t review_count;
	const char **unmapped_targets;
	size_t unmapped_target_count;
	const char **unmapped_sources;
	bool *unmapped_listed; /* per unmapped source: named by the mapping's `unmapped` */
	size_t unmapped_source_count;
};

#endif /* BIG_MIGRATE_INT_H */
