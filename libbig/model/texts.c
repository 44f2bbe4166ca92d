/*
 * libbig — text overlay accessors, the title a reader of a language sees
 * with an overlay, and the overlay's lifetime.
 *
 * SPDX-License-Identifier: MIT
 */
#include "alloc.h"
#include "catalogue-int.h"
#include "text.h"
#include "texts-int.h"

big_texts *big__texts_alloc(const big_catalogue *cat)
{
	big_texts *t = big__calloc(1, sizeof(*t));
	if (!t)
		return NULL;
	atomic_init(&t->refs, 1);
	t->language = t->fingerprint = t->source = t->licence = "";
	size_t n = cat->node_count ? cat->node_count : 1;
	t->titles = big__arena_alloc(&t->arena, n * sizeof(*t->titles));
	t->texts = big__arena_alloc(&t->arena, n * sizeof(*t->texts));
	if (!t->titles || !t->texts) {
		big__arena_free(&t->arena);
		big_free(t);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		t->titles[i] = t->texts[i] = NULL;
	t->catalogue = big_catalogue_ref((big_catalogue *)cat);
	return t;
}

big_texts *big__texts_ref(const big_texts *t)
{
	big_texts *m = (big_texts *)t; /* the count is not part of what is shared */
	if (m)
		atomic_fetch_add_explicit(&m->refs, 1, memory_order_relaxed);
	return m;
}

void big_texts_free(big_texts *t)
{
	if (!t || atomic_fetch_sub_explicit(&t->refs, 1, memory_order_acq_rel) != 1)
		return;
	big__diag_clear(&t->diags);
	big__arena_free(&t->arena);
	big_catalogue_free(t->catalogue);
	big_free(t);
}

const big_catalogue *big_texts_catalogue(const big_texts *t)
{
	return t->catalogue;
}

const char *big_texts_language(const big_texts *t)
{
	return t->language;
}

const char *big_texts_fingerprint(const big_texts *t)
{
	return t->fingerprint;
}

const char *big_texts_source(const big_texts *t)
{
	return t->source;
}

const char *big_texts_licence(const big_texts *t)
{
	return t->licence;
}

size_t big_texts_count(const big_texts *t)
{
	return t->count;
}

const char *big_texts_node_title(const big_texts *t, const big_node *node)
{
	return node && node->catalogue == t->catalogue ? t->titles[node->index] : NULL;
}

const char *big_texts_node_text(const big_texts *t, const big_node *node)
{
	return node && node->catalogue == t->catalogue ? t->texts[node->index] : NULL;
}

/* Whether the language tags @a and @b have the same primary subtag (the
 * letters before the first '-'), regardless of ASCII case: "en-GB" and
 * "en", "nl" and "nl-NL", "en" and "en". */
static bool same_primary(const char *a, const char *b)
{
	size_t i = 0;
	for (; a[i] && a[i] != '-' && b[i] && b[i] != '-'; i++)
		if ((a[i] | 0x20) != (b[i] | 0x20))
			return false;
	return (!a[i] || a[i] == '-') && (!b[i] || b[i] == '-');
}

/* Whether the overlay @t serves the reader of @node's titles and texts in
 * @lang (docs/formats.md, "libbig.texts"): the reader's language is @lang,
 * or, when it is NULL or empty, the catalogue's own; the overlay serves it
 * when the two have the same primary subtag. A reader without a language
 * is not served. */
static bool serves(const big_texts *t, const big_node *node, const char *lang)
{
	const char *reader = lang && *lang ? lang : node->catalogue->language;
	return *reader && same_primary(t->language, reader);
}

const char *big__texts_title(const big_texts *t, const big_node *node, const char *lang)
{
	const char *want = lang && *lang ? lang : NULL;
	const char *own = t ? t->titles[node->index] : NULL;
	if (own && serves(t, node, lang))
		return own;
	return big__node_title(node, want);
}

const char *big__texts_text(const big_texts *t, const big_node *node, const char *lang)
{
	return t && t->texts[node->index] && serves(t, node, lang) ? t->texts[node->index] : NULL;
}

const char *big_texts_title_lang(const big_texts *t, const big_node *node, const char *lang)
{
	return big__texts_title(node->catalogue == t->catalogue ? t : NULL, node, lang);
}

size_t big_texts_diagnostic_count(const big_texts *t)
{
	return t->diags.count;
}

const big_diagnostic *big_texts_diagnostic(const big_texts *t, size_t i)
{
	return big__diag_get(&t->diags, i);
}
