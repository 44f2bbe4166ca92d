/*
 * bigscore — a pool of collaborations (aggregate --collaborations, report
 * --collaborations): the documents for nested members, loaded from files
 * and directories, found by id.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_COLLABS_H
#define BIGSCORE_COLLABS_H

#include "bigscore.h"

struct bs_collabs {
	big_collaboration **items;
	const char **files; /* the file of each (in @c paths) */
	size_t count;
	struct bs_list paths; /* the files read */
};

/*
 * Loads the libbig.collaboration in @p d against the catalogue it names;
 * prints its diagnostics. Returns an exit code.
 */
int bs_collaboration_load_doc(big_collaboration **out, struct bs_catalogues *cs,
			      const struct bs_doc *d, const big_load_options *lo);

/*
 * Loads the collaborations of @p paths (files, or directories whose other
 * documents are skipped with a note), expanded with bs_expand() @p flags.
 * Returns an exit code; free @p cl with bs_collabs_free() in any case.
 */
int bs_collabs_load(struct bs_collabs *cl, struct bs_catalogues *cs, const struct bs_list *paths,
		    const big_load_options *lo, unsigned int flags);
void bs_collabs_free(struct bs_collabs *cl);

/* The collaboration with id @p id (borrowed) and its file, or NULL. */
const big_collaboration *bs_collabs_find(const struct bs_collabs *cl, const char *id,
					 const char **file);

/*
 * DIR/ID.json, where the assessment of organisation or collaboration @p id
 * is read: DIR is @p dir (--members), else the directory of @p file (the
 * member's assessment). A new string, or NULL when out of memory.
 */
char *bs_member_path(const char *dir, const char *file, const char *id);

/*
 * Loads the assessment at @p path into *out when it is a file; one of
 * another period than @p period (that of @p file) is a warning and left
 * out (*out NULL). Returns an exit code.
 */
int bs_member_load(big_assessment **out, struct bs_catalogues *cs, const char *path,
		   const big_load_options *lo, const char *period, const char *file);

/*
 * The collaborations reached from @p top through members that are in @p cl,
 * breadth first, each once: @p top first. @p out has room for
 * cl->count + 1; returns the number written.
 */
size_t bs_collabs_reach(const big_collaboration **out, const big_collaboration *top,
			const struct bs_collabs *cl);

/* The first of @p reached that has @p organisation_id as a member, or NULL. */
const big_collaboration *bs_collabs_home(const big_collaboration *const *reached, size_t n,
					 const char *organisation_id);

/*
 * Replaces *a, the assessment read from @p file, by its effective
 * assessment (big_effective_assessment()) through the collaboration of
 * c->collaboration, or the first nested one of c->collaborations that has
 * it as a member, with that collaboration's own assessment read as
 * bs_member_path(c->members, file, ITS-ID) when it exists. Returns an exit
 * code; *a is left as it was on failure.
 */
int bs_effective_load(big_assessment **a, struct bs_catalogues *cs, const char *file,
		      const struct bs_common *c, const big_load_options *lo);

#endif /* BIGSCORE_COLLABS_H */
