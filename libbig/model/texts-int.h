/*
 * libbig — private: the text overlay model (`libbig.texts`).
 *
 * The titles and texts are kept per node of the catalogue the overlay was
 * loaded over, by the node's pre-order index, so that a writer finds a
 * node's in constant time. All strings and arrays live in the overlay's
 * arena.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_TEXTS_INT_H
#define BIG_TEXTS_INT_H

#include <stdatomic.h>

#include "arena.h"
#include "big.h"
#include "diag.h"

struct big_texts {
	atomic_size_t refs; /* the caller's, and one per report scored with it */
	struct big_arena arena;
	big_catalogue *catalogue; /* a reference */
	const char *language;
	const char *fingerprint; /* "" when absent */
	const char *source;      /* "" when absent */
	const char *licence;     /* "" when absent */
	const char **titles;     /* per node index; NULL: none */
	const char **texts;      /* per node index; NULL: none */
	size_t count;            /* nodes with a title or a text */
	struct big_diag_list diags;
};

/* A new, empty overlay over @cat (a reference taken), with one reference;
 * NULL when out of memory. */
big_texts *big__texts_alloc(const big_catalogue *cat);

/* big_texts_title_lang() for a @node of the overlay's catalogue or of one
 * with the same nodes (big__catalogue_same_nodes()), found by its index;
 * @t may be NULL (no overlay). One definition for the report's writers and
 * the public function. */
const char *big__texts_title(const big_texts *t, const big_node *node, const char *lang);

/* The overlay's text of @node (found by its index, as in
 * big__texts_title()) for a reader of @lang, or NULL: none, or the
 * overlay's language does not serve the reader, by the rule of the titles;
 * @t may be NULL. */
const char *big__texts_text(const big_texts *t, const big_node *node, const char *lang);

/* Takes another reference to @t (a report scored with it). */
big_texts *big__texts_ref(const big_texts *t);

#endif /* BIG_TEXTS_INT_H */
