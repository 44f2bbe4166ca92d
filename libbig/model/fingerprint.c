/*
 * libbig — the content fingerprint of a catalogue: SHA-256 of the canonical
 * text of what scoring reads from it (docs/formats.md, "Fingerprint").
 *
 * The canonical text is compact JSON written by the library's own writer
 * (io/json-write.c: no whitespace, strings escaped and numbers formatted as
 * in every report), in a fixed order of members and from the loaded model,
 * so that the order of members, the whitespace, the escapes and the defaults
 * written out or left away in the source document change nothing. Titles,
 * texts, labels, refs and the catalogue's metadata (its id and version
 * among them) are left out: an assessment scores the same whatever they
 * say.
 *
 * SPDX-License-Identifier: MIT
 */
#include <sched.h>
#include <string.h>

#include "alloc.h"
#include "catalogue-int.h"
#include "json-read.h"
#include "json-write.h"
#include "sha256.h"

/* An array of strings. */
static void strings(struct big_jw *w, const char *const *s, size_t n)
{
	big__jw_begin_array(w);
	for (size_t i = 0; i < n; i++)
		big__jw_string(w, s[i]);
	big__jw_end_array(w);
}

static void maturity(struct big_jw *w, const big_catalogue *cat)
{
	BIG_JW_KEY(w, "levels");
	big__jw_int(w, cat->max_level);
	BIG_JW_KEY(w, "criteria");
	big__jw_begin_array(w);
	for (size_t i = 0; i < cat->criterion_count; i++) {
		big__jw_begin_object(w);
		BIG_JW_MEMBER(w, "id", cat->criteria[i].id);
		BIG_JW_KEY(w, "level");
		big__jw_int(w, cat->criteria[i].level);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
	BIG_JW_KEY(w, "default_target");
	big__jw_int(w, cat->default_target);
	BIG_JW_KEY(w, "status_values");
	big__jw_begin_object(w);
	for (int s = 0; s < BIG_STATUS_COUNT; s++) {
		big__jw_key(w, big_status_name((big_status)s));
		big__jw_number(w, cat->status_values[s]);
	}
	big__jw_end_object(w);
}

static void nodes(struct big_jw *w, const big_catalogue *cat)
{
	BIG_JW_KEY(w, "nodes");
	big__jw_begin_array(w);
	for (size_t i = 0; i < cat->node_count; i++) {
		const big_node *n = &cat->nodes[i];
		big__jw_begin_object(w);
		BIG_JW_MEMBER(w, "id", n->id);
		BIG_JW_MEMBER(w, "kind", n->kind);
		BIG_JW_KEY(w, "depth");
		big__jw_int(w, n->depth);
		BIG_JW_KEY(w, "weight");
		big__jw_number(w, n->weight);
		BIG_JW_KEY(w, "assessable");
		big__jw_bool(w, n->assessable);
		BIG_JW_KEY(w, "mandatory");
		big__jw_bool(w, n->mandatory);
		BIG_JW_KEY(w, "tags");
		strings(w, n->tags, n->tag_count);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void profiles(struct big_jw *w, const big_catalogue *cat)
{
	BIG_JW_KEY(w, "profiles");
	big__jw_begin_array(w);
	for (size_t i = 0; i < cat->profile_count; i++) {
		const big_profile *p = &cat->profiles[i];
		big__jw_begin_object(w);
		BIG_JW_MEMBER(w, "id", p->id);
		BIG_JW_KEY(w, "all");
		big__jw_bool(w, p->all);
		BIG_JW_KEY(w, "tags");
		strings(w, p->tags, p->tag_count);
		BIG_JW_KEY(w, "extends");
		big__jw_begin_array(w);
		for (size_t k = 0; k < p->extends_count; k++)
			big__jw_string(w, p->extends[k]->id);
		big__jw_end_array(w);
		BIG_JW_KEY(w, "priority");
		strings(w, p->priority, p->priority_count);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

int big__catalogue_canonical(char **out, size_t *len, const big_catalogue *cat)
{
	struct big_jw w;
	if (big__jw_init(&w, BIG_JSON_COMPACT))
		return BIG_ENOMEM;
	big__jw_reserve(&w, 256 + 128 * cat->node_count);
	big__jw_begin_object(&w);
	BIG_JW_KEY(&w, "fingerprint");
	big__jw_int(&w, BIG_FINGERPRINT_VERSION);
	maturity(&w, cat);
	nodes(&w, cat);
	profiles(&w, cat);
	big__jw_end_object(&w);
	int rc = big__jw_finish(&w, out, len);
	if (rc == 0)
		(*out)[--*len] = '\0'; /* without the writer's final newline */
	return rc;
}

/* Writes the fingerprint of @cat into @out. 0 or BIG_ENOMEM. */
static int compute(char out[BIG_FINGERPRINT_SIZE], const big_catalogue *cat)
{
	char *text;
	size_t len;
	int rc = big__catalogue_canonical(&text, &len, cat);
	if (rc)
		return rc;
	memcpy(out, "sha256:", 7);
	big__sha256_hex(out + 7, text, len);
	big_free(text);
	return 0;
}

/* Computed when first asked for, not at load: hashing the canonical text
 * of BIO2 1.2 (25 kB) costs about as much as loading it (docs/performance.md),
 * and most programs that load a catalogue never ask. Two threads may compute
 * it at once; the first to claim the field writes it, the other waits the
 * few instructions of the copy. */
int big__catalogue_fingerprint_ensure(const big_catalogue *cat)
{
	big_catalogue *c = (big_catalogue *)cat; /* the one field written after load */
	if (atomic_load_explicit(&c->fingerprint_state, memory_order_acquire) ==
	    BIG_FINGERPRINT_READY)
		return 0;
	char fp[BIG_FINGERPRINT_SIZE];
	int rc = compute(fp, cat);
	if (rc)
		return rc;
	int expected = BIG_FINGERPRINT_NONE;
	if (atomic_compare_exchange_strong_explicit(&c->fingerprint_state, &expected,
						    BIG_FINGERPRINT_WRITING, memory_order_acquire,
						    memory_order_acquire)) {
		memcpy(c->fingerprint, fp, sizeof(fp));
		atomic_store_explicit(&c->fingerprint_state, BIG_FINGERPRINT_READY,
				      memory_order_release);
		return 0;
	}
	while (atomic_load_explicit(&c->fingerprint_state, memory_order_acquire) !=
	       BIG_FINGERPRINT_READY)
		sched_yield();
	return 0;
}

int big__catalogue_check_same(const big_catalogue *a, const big_catalogue *b, const char *what)
{
	if (a == b)
		return 0;
	if (strcmp(a->id, b->id) != 0 || strcmp(a->version, b->version) != 0)
		return big__error_set(BIG_EMISMATCH,
				      "the %s are made for different catalogues (%s %s and %s %s)",
				      what, a->id, a->version, b->id, b->version);
	int rc = big__catalogue_fingerprint_ensure(a);
	if (rc || (rc = big__catalogue_fingerprint_ensure(b)))
		return rc;
	if (strcmp(a->fingerprint, b->fingerprint) != 0)
		return big__error_set(BIG_EMISMATCH,
				      "the %s are made for two catalogues named %s %s that score "
				      "differently (fingerprints %s and %s)",
				      what, a->id, a->version, a->fingerprint, b->fingerprint);
	return 0;
}

int big_catalogue_fingerprint(const char **out, const big_catalogue *cat)
{
	int rc = big__catalogue_fingerprint_ensure(cat);
	*out = rc ? NULL : cat->fingerprint;
	return rc;
}

int big__catalogue_check_fingerprint(const struct big_json_doc *doc, const big_catalogue *cat,
				     const cJSON *item, const struct big_jpath *path,
				     const char *what)
{
	const char *fp;
	int rc = item ? big__json_string(doc, item, path, &fp) : 0;
	if (!rc && item)
		rc = big__catalogue_fingerprint_ensure(cat);
	if (rc || !item || strcmp(fp, cat->fingerprint) == 0)
		return rc;
	return big__json_fail(doc, BIG_EMISMATCH, path,
			      "%s is for catalogue %s %s with fingerprint %s, but the catalogue "
			      "given has fingerprint %s: another catalogue under the same name",
			      what, cat->id, cat->version, fp, cat->fingerprint);
}
