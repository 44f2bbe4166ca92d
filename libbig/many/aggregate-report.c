/*
 * libbig — the life of an aggregate report: made empty for a catalogue,
 * profile and options (then filled by aggregate-build.c and attributed by
 * aggregate-attrib.c), shared by the aggregates that nest it, freed with its
 * last reference.
 *
 * SPDX-License-Identifier: MIT
 */
#include "aggregate-attrib.h"
#include "aggregate-int.h"
#include "alloc.h"
#include "catalogue-int.h"

big_aggregate_report *big__aggregate_alloc(const big_catalogue *cat, const big_profile *p,
					   const big_aggregate_options *o)
{
	big_aggregate_report *ag = big__calloc(1, sizeof(*ag));
	if (!ag)
		return NULL;
	ag->refs = 1;
	ag->catalogue = big_catalogue_ref((big_catalogue *)cat);
	ag->profile = p;
	ag->method = o->method;
	ag->rollup = o->rollup;
	ag->target = o->target >= 0 ? o->target : cat->default_target;
	(void)big__lang_option(ag->lang, big__aggregate_lang(o)); /* checked before */
	ag->k = big__aggregate_k(o);
	ag->scores = big__calloc(cat->node_count, sizeof(*ag->scores));
	ag->cells =
	    big__calloc(cat->requirement_count ? cat->requirement_count : 1, sizeof(*ag->cells));
	if (!ag->scores || !ag->cells ||
	    (o->method == BIG_AGGREGATE_WEIGHTED_MEAN && !o->weights && o->weight_attribute &&
	     !(ag->weight_attribute = big__strdup(o->weight_attribute)))) {
		big_aggregate_report_free(ag);
		return NULL;
	}
	return ag;
}

static void attrib_free(struct big_agg_attrib *at)
{
	if (!at)
		return;
	big_free(at->attribution);
	big_free(at->attribution_of);
	big_free(at->holders);
	big_free(at->member_nodes);
	big_free(at->ranking);
	big_free(at->gaps);
	big_free(at->responsible);
	big_free(at);
}

void big_aggregate_report_free(big_aggregate_report *ag)
{
	if (!ag || --ag->refs > 0)
		return;
	for (size_t i = 0; i < ag->member_count; i++) {
		big_free(ag->members[i]);
		big_aggregate_report_free(ag->nested[i]);
	}
	big_free(ag->members);
	big_free(ag->nested);
	big_free(ag->member_scores);
	big_free(ag->weights);
	big_free(ag->cells);
	big_free(ag->member_cells);
	big_free(ag->from_collab);
	attrib_free(ag->attrib);
	big_free(ag->scores);
	big_free(ag->id);
	big_free(ag->name);
	big_free(ag->kind);
	big_free(ag->delegated);
	big_free(ag->weight_attribute);
	big_catalogue_free(ag->catalogue);
	big_free(ag);
}
