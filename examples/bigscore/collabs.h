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

#endif /* BIGSCORE_COLLABS_H */
