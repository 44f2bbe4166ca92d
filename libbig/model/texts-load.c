/*
 * libbig — loading `libbig.texts` documents (docs/formats.md) over a
 * catalogue.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "catalogue-int.h"
#include "errors-int.h"
#include "json-read.h"
#include "text.h"
#include "texts-int.h"

struct loader {
	struct big_json_doc doc;
	big_texts *t;
};

static int copy_string(struct loader *l, const cJSON *item, const struct big_jpath *path,
		       enum big_text_kind kind, const char **out)
{
	return big__json_copy_string(&l->doc, &l->t->arena, item, path, kind, out);
}

enum { C_ID, C_VERSION, C_FINGERPRINT, C_FIELDS };

/* `catalogue`: {"id", "version", "fingerprint"?}, the catalogue's own id and
 * version, and its content fingerprint when one is named (kept, and
 * checked as every document's). */
static int load_catalogue_ref(struct loader *l, const cJSON *obj, const struct big_jpath *path)
{
	const big_catalogue *cat = l->t->catalogue;
	struct big_json_field f[C_FIELDS] = {
	    {"id", NULL}, {"version", NULL}, {"fingerprint", NULL}};
	struct big_jpath p[C_FIELDS];
	const char *id, *version;
	int rc = big__json_collect(&l->doc, obj, path, f, C_FIELDS);
	if (rc)
		return rc;
	for (size_t i = 0; i < C_FIELDS; i++) {
		p[i] = (struct big_jpath){path, f[i].name, 0};
		if (i != C_FINGERPRINT && !f[i].item)
			return big__json_missing(&l->doc, path, f[i].name);
	}
	if ((rc = big__json_text(&l->doc, f[C_ID].item, &p[C_ID], BIG_TEXT_ID, &id)) ||
	    (rc = big__json_text(&l->doc, f[C_VERSION].item, &p[C_VERSION], BIG_TEXT_ID,
				 &version)) ||
	    (f[C_FINGERPRINT].item && (rc = copy_string(l, f[C_FINGERPRINT].item, &p[C_FINGERPRINT],
							BIG_TEXT_ID, &l->t->fingerprint))))
		return rc;
	if (strcmp(id, cat->id) != 0 || strcmp(version, cat->version) != 0)
		return big__json_fail(
		    &l->doc, BIG_EMISMATCH, path,
		    "texts are for catalogue %s %s, but catalogue %s %s was given", id, version,
		    cat->id, cat->version);
	return big__catalogue_check_fingerprint(&l->doc, cat, f[C_FINGERPRINT].item,
						&p[C_FINGERPRINT], "texts");
}

static int load_language(struct loader *l, const cJSON *item, const struct big_jpath *path)
{
	const char *s;
	int rc = big__json_string(&l->doc, item, path, &s);
	if (rc)
		return rc;
	if (!big__lang_valid(s))
		return big__json_fail(&l->doc, BIG_ESCHEMA, path,
				      "\"%s\" is not a language tag such as \"nl\" or \"en-GB\"",
				      s);
	return (l->t->language = big__arena_strdup(&l->t->arena, s)) ? 0 : BIG_ENOMEM;
}

/* A node id of `texts` that the catalogue lacks: a diagnostic, or an error
 * in strict mode, as an assessment's unknown requirement. */
static int unknown_node(struct loader *l, const struct big_jpath *path, const char *id)
{
	const big_catalogue *cat = l->t->catalogue;
	if (l->doc.strict)
		return big__json_fail(&l->doc, BIG_ENOTFOUND, path,
				      "catalogue %s %s has no node \"%s\"", cat->id, cat->version,
				      id);
	char where[512];
	big__jpath_render(path, where, sizeof(where));
	return big__diag_add(&l->t->diags, BIG_SEVERITY_WARNING, "unknown-node", where,
			     "catalogue %s %s has no node \"%s\"; its texts ignored", cat->id,
			     cat->version, id);
}

enum { N_TITLE, N_TEXT, N_FIELDS };

/* One member of `texts`: {"title"?, "text"?}, at least one of them. */
static int load_entry(struct loader *l, const cJSON *obj, const struct big_jpath *path)
{
	struct big_json_field f[N_FIELDS] = {{"title", NULL}, {"text", NULL}};
	struct big_jpath tp = {path, "title", 0}, xp = {path, "text", 0};
	const char *title = NULL, *text = NULL;
	int rc = big__json_collect(&l->doc, obj, path, f, N_FIELDS);
	if (rc)
		return rc;
	if (!f[N_TITLE].item && !f[N_TEXT].item)
		return big__json_fail(&l->doc, BIG_ESCHEMA, path, "neither a title nor a text");
	if ((f[N_TITLE].item &&
	     (rc = big__json_text(&l->doc, f[N_TITLE].item, &tp, BIG_TEXT_LABEL, &title))) ||
	    (f[N_TEXT].item &&
	     (rc = big__json_text(&l->doc, f[N_TEXT].item, &xp, BIG_TEXT_FREE, &text))))
		return rc;
	if (title && big__text_blank(title))
		return big__json_fail(&l->doc, BIG_ESCHEMA, &tp, "blank title");
	if (text && big__text_blank(text))
		return big__json_fail(&l->doc, BIG_ESCHEMA, &xp, "blank text");
	const big_node *node = big_catalogue_find(l->t->catalogue, path->key);
	if (!node)
		return unknown_node(l, path, path->key);
	big_texts *t = l->t;
	if (t->titles[node->index] || t->texts[node->index])
		return big__json_fail(&l->doc, BIG_EDUPLICATE, path, "node given twice");
	if ((title && !(t->titles[node->index] = big__arena_strdup(&t->arena, title))) ||
	    (text && !(t->texts[node->index] = big__arena_strdup(&t->arena, text))))
		return BIG_ENOMEM;
	t->count++;
	return 0;
}

static int load_texts(struct loader *l, const cJSON *obj, const struct big_jpath *path)
{
	int rc = big__json_object(&l->doc, obj, path);
	for (const cJSON *m = rc ? NULL : obj->child; !rc && m; m = m->next) {
		struct big_jpath mp = {path, m->string, 0};
		if (!*m->string)
			rc = big__json_fail(&l->doc, BIG_ESCHEMA, &mp, "empty node id");
		else
			rc = load_entry(l, m, &mp);
	}
	return rc;
}

enum {
	T_FORMAT,
	T_FORMAT_VERSION,
	T_CATALOGUE,
	T_LANGUAGE,
	T_SOURCE,
	T_LICENCE,
	T_TEXTS,
	T_FIELDS
};

static int load(struct loader *l)
{
	big_texts *t = l->t;
	struct big_json_field f[T_FIELDS] = {
	    {"format", NULL}, {"format_version", NULL}, {"catalogue", NULL}, {"language", NULL},
	    {"source", NULL}, {"licence", NULL},        {"texts", NULL}};
	struct big_jpath top = {NULL, NULL, 0}, p[T_FIELDS];
	int rc = big__json_collect(&l->doc, l->doc.root, &top, f, T_FIELDS);
	if (rc)
		return rc;
	for (size_t i = 0; i < T_FIELDS; i++) {
		p[i] = (struct big_jpath){&top, f[i].name, 0};
		bool required = i == T_CATALOGUE || i == T_LANGUAGE || i == T_TEXTS;
		if (required && !f[i].item)
			return big__json_missing(&l->doc, &top, f[i].name);
	}
	if ((rc = load_catalogue_ref(l, f[T_CATALOGUE].item, &p[T_CATALOGUE])) ||
	    (rc = load_language(l, f[T_LANGUAGE].item, &p[T_LANGUAGE])) ||
	    (f[T_SOURCE].item &&
	     (rc = copy_string(l, f[T_SOURCE].item, &p[T_SOURCE], BIG_TEXT_LABEL, &t->source))) ||
	    (f[T_LICENCE].item &&
	     (rc = copy_string(l, f[T_LICENCE].item, &p[T_LICENCE], BIG_TEXT_LABEL, &t->licence))))
		return rc;
	return load_texts(l, f[T_TEXTS].item, &p[T_TEXTS]);
}

static int load_input(big_texts **out, const big_catalogue *cat, const struct big_json_input *in,
		      const big_load_options *opts)
{
	struct loader l = {0};
	int rc;

	if (!out)
		return big__error_set(BIG_EINVAL, "no output pointer");
	*out = NULL;
	if (!cat)
		return big__error_set(BIG_EINVAL, "no catalogue to load the texts over");
	if (!(l.t = big__texts_alloc(cat)))
		return big__error_nomem();
	rc = big__json_open(&l.doc, in, opts, BIG_DOCUMENT_TEXTS, &l.t->diags);
	if (!rc) {
		rc = load(&l);
		big__json_close(&l.doc);
	}
	if (rc) {
		big_texts_free(l.t);
		return rc == BIG_ENOMEM ? big__error_nomem() : rc;
	}
	*out = l.t;
	return 0;
}

int big_texts_load_buffer(big_texts **out, const big_catalogue *cat, const char *data, size_t len,
			  const big_load_options *opts)
{
	return load_input(out, cat, BIG_JSON_BUFFER(data, len), opts);
}

int big_texts_load_file(big_texts **out, const big_catalogue *cat, const char *path,
			const big_load_options *opts)
{
	return load_input(out, cat, BIG_JSON_FILE(path), opts);
}
