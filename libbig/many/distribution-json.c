/*
 * libbig — writing distributions as `libbig.distribution` documents
 * (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include "aggregate-int.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-write.h"

static void write_statistics(struct big_jw *w, const big_statistics *s)
{
	big__jw_begin_object(w);
	big__jw_key(w, "n");
	big__jw_int(w, s->n);
	big__jw_key(w, "suppressed");
	big__jw_bool(w, s->suppressed);
	big__jw_member_number(w, "min", s->available, s->min);
	big__jw_member_number(w, "q1", s->available, s->q1);
	big__jw_member_number(w, "median", s->available, s->median);
	big__jw_member_number(w, "q3", s->available, s->q3);
	big__jw_member_number(w, "max", s->available, s->max);
	big__jw_member_number(w, "mean", s->available, s->mean);
	big__jw_end_object(w);
}

static void write_distribution_scores(struct big_jw *w, const big_distribution_scores *ds)
{
	for (int i = 0; i < BIG_DIST_SCORE_COUNT; i++) {
		big__jw_key(w, big__dist_score_name((enum big_dist_score)i));
		write_statistics(w, big__dist_statistics(ds, (enum big_dist_score)i));
	}
}

int big_distribution_to_json(char **out, size_t *len, const big_distribution *d, unsigned int flags)
{
	struct big_jw w;
	if (!out || !d)
		return big__error_set(BIG_EINVAL, "no output pointer or no distribution");
	*out = NULL;
	if (big__jw_init(&w, flags))
		return BIG_ENOMEM;
	const big_catalogue *cat = d->catalogue;
	big__jw_begin_object(&w);
	big__jw_format(&w, BIG_DOCUMENT_DISTRIBUTION);
	big__jw_catalogue(&w, "catalogue", cat->id, cat->version, cat->fingerprint);
	big__jw_key(&w, "profile");
	big__jw_string(&w, d->profile ? d->profile->id : NULL);
	big__jw_key(&w, "options");
	big__jw_begin_object(&w);
	big__jw_key(&w, "rollup");
	big__jw_string(&w, big_rollup_name(d->rollup));
	big__jw_key(&w, "k");
	big__jw_int(&w, d->k);
	big__jw_key(&w, "quantiles");
	big__jw_string(&w, "R-7");
	if (d->lang[0])
		big__jw_member_string(&w, "lang", d->lang);
	big__jw_end_object(&w);
	big__jw_key(&w, "organisations");
	big__jw_int(&w, (long long)d->count);
	big__jw_key(&w, "overall");
	big__jw_begin_object(&w);
	write_distribution_scores(&w, &d->overall);
	big__jw_end_object(&w);
	big__jw_key(&w, "nodes");
	big__jw_begin_array(&w);
	for (size_t i = 0; i < cat->node_count; i++) {
		if (d->applicable[i] == 0)
			continue;
		big__jw_begin_object(&w);
		big__node_json_head(&w, &cat->nodes[i], big__lang_or_null(d->lang));
		write_distribution_scores(&w, &d->scores[i]);
		big__jw_end_object(&w);
	}
	big__jw_end_array(&w);
	big__jw_end_object(&w);
	return big__jw_finish(&w, out, len);
}
