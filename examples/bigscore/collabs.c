/*
 * bigscore — a pool of collaborations for nested members (collabs.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
