/*
 * bigscore — a pool of collaborations for nested members (collabs.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "collabs.h"

int bs_collaboration_load_doc(big_collaboration **out, struct bs_catalogues *cs,
			      const struct bs_doc *d, const big_load_options *lo)
{
	const big_catalogue *cat = NULL;
	big_load_options o = bs_doc_load_options(d, lo);
	int status = bs_doc_expect(d, BS_DOC_COLLABORATION);

	if (status == BS_OK)
		status =
		    bs_catalogues_find(&cat, cs, d->name, "$.catalogue", d->cat_id, d->cat_version);
	if (status == BS_OK && big_collaboration_load_buffer(out, cat, d->data, d->len, &o) < 0)
		status = bs_library_error(d->name);
	for (size_t i = 0; status == BS_OK && i < big_collaboration_diagnostic_count(*out); i++)
		bs_print_diagnostic(d->name, big_collaboration_diagnostic(*out, i));
	return status;
}

int bs_collabs_load(struct bs_collabs *cl, struct bs_catalogues *cs, const struct bs_list *paths,
		    const big_load_options *lo, unsigned int flags)
{
	struct bs_list from_dir = {0};
	struct bs_skipped sk = {"a collaboration", "collaborations", NULL, NULL, 0};
	int status = bs_expand(&cl->paths, &from_dir, paths, flags);
	size_t n = cl->paths.count + 1;

	cl->items = calloc(n, sizeof(*cl->items));
	cl->files = calloc(n, sizeof(*cl->files));
	if ((cl->items == NULL || cl->files == NULL) && status == BS_OK)
		status = bs_error(BS_INTERNAL, "out of memory");
	for (size_t i = 0; status == BS_OK && i < cl->paths.count; i++) {
		const char *file = cl->paths.items[i];
		struct bs_doc d;

		status = bs_doc_read(&d, file);
		if (status == BS_OK && from_dir.items[i] && d.kind != BS_DOC_COLLABORATION)
			bs_skipped_add(&sk, from_dir.items[i], file);
		else if (status == BS_OK && (status = bs_collaboration_load_doc(
						 &cl->items[cl->count], cs, &d, lo)) == BS_OK)
			cl->files[cl->count++] = file;
		bs_doc_free(&d);
	}
	if (status == BS_OK)
		bs_skipped_end(&sk);
	bs_list_free(&from_dir);
	return status;
}

void bs_collabs_free(struct bs_collabs *cl)
{
	for (size_t i = 0; i < cl->count; i++)
		big_collaboration_free(cl->items[i]);
	free(cl->items);
	free(cl->files);
	bs_list_free(&cl->paths);
	memset(cl, 0, sizeof(*cl));
}

const big_collaboration *bs_collabs_find(const struct bs_collabs *cl, const char *id,
					 const char **file)
{
	for (size_t i = 0; i < cl->count; i++)
		if (strcmp(big_collaboration_id(cl->items[i]), id) == 0) {
			if (file)
				*file = cl->files[i];
			return cl->items[i];
		}
	return NULL;
}

char *bs_member_path(const char *dir, const char *file, const char *id)
{
	const char *slash = strrchr(file, '/');
	int dlen = dir ? (int)strlen(dir) : slash ? (int)(slash - file) : 1;
	size_t len = (size_t)dlen + strlen(id) + 7;
	char *path = malloc(len);

	if (path != NULL)
		snprintf(path, len, "%.*s/%s.json", dlen, dir ? dir : slash ? file : ".", id);
	return path;
}

int bs_member_load(big_assessment **out, struct bs_catalogues *cs, const char *path,
		   const big_load_options *lo, const char *period, const char *file)
{
	struct stat st;
	int status = BS_OK;

	*out = NULL;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		status = bs_load_assessment(out, cs, path, lo, 1);
	if (*out && strcmp(big_assessment_period(*out), period) != 0) {
		bs_fprintf(stderr, "warning: %s: $.period: period %s, not %s as %s: left out\n",
			   path, big_assessment_period(*out), period, file);
		big_assessment_free(*out);
		*out = NULL;
	}
	return status;
}

size_t bs_collabs_reach(const big_collaboration **out, const big_collaboration *top,
			const struct bs_collabs *cl)
{
	size_t n = 0;

	out[n++] = top;
	for (size_t k = 0; k < n; k++) {
		const big_collaboration *c = out[k];

		for (size_t i = 0; i < big_collaboration_member_count(c); i++) {
			const char *id = big_collaboration_member_id(c, i);
			const big_collaboration *sub = bs_collabs_find(cl, id, NULL);
			size_t j = 0;

			while (sub != NULL && j < n && out[j] != sub &&
			       strcmp(big_collaboration_id(out[j]), id) != 0)
				j++;
			if (sub != NULL && j == n)
				out[n++] = sub;
		}
	}
	return n;
}

const big_collaboration *bs_collabs_home(const big_collaboration *const *reached, size_t n,
					 const char *organisation_id)
{
	for (size_t k = 0; k < n; k++)
		if (big_collaboration_has_member(reached[k], organisation_id))
			return reached[k];
	return NULL;
}

/* The collaboration whose member @p a is (see bs_effective_load()) and its
 * own assessment, when found; the pool @p cl and @p reached are the caller's. */
static int effective_of(big_assessment **out, struct bs_catalogues *cs, const big_assessment *a,
			const char *file, const struct bs_common *c, const big_load_options *lo,
			const big_collaboration *top, struct bs_collabs *cl)
{
	const big_collaboration **reached = calloc(cl->count + 1, sizeof(*reached));
	const big_collaboration *home;
	big_assessment *own = NULL;
	char *path = NULL;
	int status = BS_OK;

	if (reached == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	home = bs_collabs_home(reached, bs_collabs_reach(reached, top, cl),
			       big_assessment_organisation_id(a));
	home = home ? home : top; /* not a member: big_effective_assessment() says so */
	path = bs_member_path(c->members, file, big_collaboration_id(home));
	if (path == NULL)
		status = bs_error(BS_INTERNAL, "out of memory");
	if (status == BS_OK)
		status = bs_member_load(&own, cs, path, lo, big_assessment_period(a), file);
	if (status == BS_OK && own == NULL && big_collaboration_delegated_count(home) > 0 &&
	    big_collaboration_has_member(home, big_assessment_organisation_id(a)))
		bs_fprintf(stderr,
			   "note: %s: no assessment of collaboration %s of period %s: the "
			   "requirements it carries out count as it has no result for them\n",
			   path, big_collaboration_id(home), big_assessment_period(a));
	if (status == BS_OK && big_effective_assessment(out, home, a, own) < 0)
		status = bs_library_error(file);
	big_assessment_free(own);
	free(path);
	free(reached);
	return status;
}

int bs_effective_load(big_assessment **a, struct bs_catalogues *cs, const char *file,
		      const struct bs_common *c, const big_load_options *lo)
{
	big_collaboration *top = NULL;
	struct bs_collabs cl = {0};
	big_assessment *e = NULL;
	int status = BS_OK;

	if (big_collaboration_load_file(&top, big_assessment_catalogue(*a), c->collaboration, lo) <
	    0)
		return bs_library_error(c->collaboration);
	for (size_t i = 0; i < big_collaboration_diagnostic_count(top); i++)
		bs_print_diagnostic(c->collaboration, big_collaboration_diagnostic(top, i));
	status = bs_collabs_load(&cl, cs, &c->collaborations, lo, 0);
	if (status == BS_OK)
		status = effective_of(&e, cs, *a, file, c, lo, top, &cl);
	if (status == BS_OK) {
		big_assessment_free(*a);
		*a = e;
	}
	bs_collabs_free(&cl);
	big_collaboration_free(top);
	return status;
}
