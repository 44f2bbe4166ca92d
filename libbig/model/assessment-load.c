/*
 * libbig — loading `libbig.assessment` documents (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-read.h"
#include "text.h"

/* `catalogue`: the id and version of @cat, and its fingerprint if one is
 * named (*@named). */
static int check_catalogue(const struct big_json_doc *doc, const big_catalogue *cat,
			   const cJSON *item, const struct big_jpath *path, bool *named)
{
	struct big_json_field f[] = {{"id", NULL}, {"version", NULL}, {"fingerprint", NULL}};
	int rc = big__json_collect(doc, item, path, f, 3);
	if (rc)
		return rc;
	const char *id, *version;
	for (int i = 0; i < 2; i++)
		if (!f[i].item)
			return big__json_missing(doc, path, f[i].name);
	struct big_jpath ip = {path, "id", 0}, vp = {path, "version", 0};
	struct big_jpath fp = {path, "fingerprint", 0};
	if ((rc = big__json_string(doc, f[0].item, &ip, &id)) ||
	    (rc = big__json_string(doc, f[1].item, &vp, &version)))
		return rc;
	if (strcmp(id, cat->id) != 0 || strcmp(version, cat->version) != 0)
		return big__json_fail(doc, BIG_EMISMATCH, path,
				      "assessment is for catalogue %s %s, but catalogue %s %s "
				      "was given",
				      id, version, cat->id, cat->version);
	*named = f[2].item != NULL;
	return big__catalogue_check_fingerprint(doc, cat, f[2].item, &fp, "assessment");
}

static int optional_text(const struct big_json_doc *doc, const cJSON *item,
			 const struct big_jpath *up, const char *key, enum big_text_kind kind,
			 char **field)
{
	const char *s;
	struct big_jpath p = {up, key, 0};
	if (!item)
		return 0;
	int rc = big__json_text(doc, item, &p, kind, &s);
	return rc ? rc : big__set_string(field, s);
}

static int load_attributes(const struct big_json_doc *doc, big_assessment *a, const cJSON *obj,
			   const struct big_jpath *path)
{
	int rc = big__json_object(doc, obj, path);
	for (const cJSON *m = rc ? NULL : obj->child; m; m = m->next) {
		struct big_jpath mp = {path, m->string, 0};
		double v;
		if (!*m->string)
			return big__json_fail(doc, BIG_ESCHEMA, &mp, "empty attribute name");
		if ((rc = big__json_number(doc, m, &mp, &v)))
			return rc;
		for (size_t i = 0; i < a->attribute_count; i++)
			if (strcmp(a->attributes[i].name, m->string) == 0)
				return big__json_fail(doc, BIG_EDUPLICATE, &mp,
						      "attribute given twice");
		if ((rc = big_assessment_set_attribute(a, m->string, v)))
			return rc;
	}
	return rc;
}

static int load_organisation(const struct big_json_doc *doc, big_assessment *a,
			     struct big_json_field *f, const struct big_jpath *path)
{
	int rc;
	struct big_jpath ap = {path, "attributes", 0};
	if ((rc = optional_text(doc, f[1].item, path, "name", BIG_TEXT_LABEL,
				&a->organisation_name)) ||
	    (rc = optional_text(doc, f[2].item, path, "kind", BIG_TEXT_LABEL,
				&a->organisation_kind)))
		return rc;
	return f[3].item ? load_attributes(doc, a, f[3].item, &ap) : 0;
}

static int evidence_list(const struct big_json_doc *doc, struct big_result *r, const cJSON *array,
			 const struct big_jpath *path)
{
	int rc = big__json_array(doc, array, path);
	size_t i = 0;
	for (const cJSON *it = rc ? NULL : array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		const char *s;
		if ((rc = big__json_nonempty_string(doc, it, &ip, &s)))
			return rc;
		if (big__grow((void **)&r->evidence, &r->evidence_cap, r->evidence_count + 1,
			      sizeof(*r->evidence)))
			return BIG_ENOMEM;
		if (!(r->evidence[r->evidence_count] = big__strdup(s)))
			return BIG_ENOMEM;
		r->evidence_count++;
	}
	return rc;
}

/* `criteria_met`: ids of criteria of the catalogue's maturity model. */
static int criteria_list(const struct big_json_doc *doc, const big_catalogue *cat,
			 struct big_result *r, const cJSON *array, const struct big_jpath *path)
{
	int rc = big__json_array(doc, array, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(array), i = 0;
	if (!(r->criteria = big__calloc(n, sizeof(*r->criteria))))
		return BIG_ENOMEM;
	r->criteria_given = true;
	for (const cJSON *it = array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		const char *id;
		if ((rc = big__json_nonempty_string(doc, it, &ip, &id)))
			return rc;
		const big_criterion *c = big_catalogue_find_criterion(cat, id);
		if (!c)
			return big__json_fail(doc, BIG_ENOTFOUND, &ip,
					      "the maturity model has no criterion \"%s\"", id);
		for (size_t k = 0; k < r->criteria_count; k++)
			if (r->criteria[k] == c)
				return big__json_fail(doc, BIG_EDUPLICATE, &ip,
						      "criterion \"%s\" given twice", id);
		r->criteria[r->criteria_count++] = c;
	}
	return 0;
}

/* `source`: {"collaboration": id}, the provenance of a delegated result. */
static int load_source(const struct big_json_doc *doc, struct big_result *r, const cJSON *obj,
		       const struct big_jpath *path)
{
	struct big_json_field f[] = {{"collaboration", NULL}};
	struct big_jpath cp = {path, "collaboration", 0};
	const char *id;
	int rc = big__json_collect(doc, obj, path, f, 1);
	if (rc)
		return rc;
	if (!f[0].item)
		return big__json_missing(doc, path, "collaboration");
	rc = big__json_nonempty_string(doc, f[0].item, &cp, &id);
	return rc ? rc : big__set_string(&r->source, id);
}

/* One reference to evidence: {"kind", "what", "where", "date"}. */
static int load_evidence_ref(const struct big_json_doc *doc, big_assessment *a,
			     struct big_result *r, big_dimension dim, const cJSON *obj,
			     const struct big_jpath *path)
{
	struct big_json_field f[] = {
	    {"kind", NULL}, {"what", NULL}, {"where", NULL}, {"date", NULL}};
	struct big_jpath kp = {path, "kind", 0}, wp = {path, "what", 0};
	struct big_jpath hp = {path, "where", 0}, dp = {path, "date", 0};
	const char *kind, *what, *where = NULL, *date = NULL;
	big_evidence_kind k;
	int rc = big__json_collect(doc, obj, path, f, 4);
	if (rc)
		return rc;
	for (int i = 0; i < 2; i++)
		if (!f[i].item)
			return big__json_missing(doc, path, f[i].name);
	if ((rc = big__json_string(doc, f[0].item, &kp, &kind)))
		return rc;
	if (big_evidence_kind_from_name(&k, kind))
		return big__json_fail(doc, BIG_ESCHEMA, &kp,
				      "unknown kind of evidence \"%s\" (document, self_assessment, "
				      "audit, pentest, red_team or other)",
				      kind);
	if ((rc = big__json_nonempty_string(doc, f[1].item, &wp, &what)) ||
	    (f[2].item && (rc = big__json_string(doc, f[2].item, &hp, &where))) ||
	    (f[3].item && (rc = big__json_date(doc, f[3].item, &dp, &date))))
		return rc;
	return big__demonstration_add(a, r, dim, k, what, where, date);
}

/* One dimension: {"demonstrated": bool, "evidence": [reference, …]}. */
static int load_dimension(const struct big_json_doc *doc, big_assessment *a, struct big_result *r,
			  big_dimension dim, const cJSON *obj, const struct big_jpath *path)
{
	struct big_json_field f[] = {{"demonstrated", NULL}, {"evidence", NULL}};
	struct big_jpath dp = {path, "demonstrated", 0}, ep = {path, "evidence", 0};
	bool shown;
	int rc = big__json_collect(doc, obj, path, f, 2);
	if (rc)
		return rc;
	if (!f[0].item)
		return big__json_missing(doc, path, "demonstrated");
	if ((rc = big__json_bool(doc, f[0].item, &dp, &shown)) ||
	    (rc = big__demonstration_set(a, r, dim, shown)))
		return rc;
	if (!f[1].item)
		return 0;
	if ((rc = big__json_array(doc, f[1].item, &ep)))
		return rc;
	size_t i = 0;
	for (const cJSON *it = f[1].item->child; it; it = it->next, i++)
		if ((rc = load_evidence_ref(doc, a, r, dim, it, &(struct big_jpath){&ep, NULL, i})))
			return rc;
	return 0;
}

/* `demonstration`: {"opzet": …, "bestaan": …, "werking": …}, each optional. */
static int load_demonstration(const struct big_json_doc *doc, big_assessment *a,
			      struct big_result *r, const cJSON *obj, const struct big_jpath *path)
{
	struct big_json_field f[BIG_DIMENSION_COUNT];
	for (int k = 0; k < BIG_DIMENSION_COUNT; k++)
		f[k] = (struct big_json_field){big_dimension_name((big_dimension)k), NULL};
	int rc = big__json_collect(doc, obj, path, f, BIG_DIMENSION_COUNT);
	for (int k = 0; !rc && k < BIG_DIMENSION_COUNT; k++)
		if (f[k].item)
			rc = load_dimension(doc, a, r, (big_dimension)k, f[k].item,
					    &(struct big_jpath){path, f[k].name, 0});
	return rc;
}

/* One improvement action: {"description", "owner", "due", "status"}. */
static int load_action(const struct big_json_doc *doc, struct big_result *r, const cJSON *obj,
		       const struct big_jpath *path)
{
	struct big_json_field f[] = {
	    {"description", NULL}, {"owner", NULL}, {"due", NULL}, {"status", NULL}};
	struct big_jpath xp = {path, "description", 0}, op = {path, "owner", 0};
	struct big_jpath dp = {path, "due", 0}, sp = {path, "status", 0};
	const char *description, *owner = NULL, *due = NULL, *status;
	big_action_status st;
	int rc = big__json_collect(doc, obj, path, f, 4);
	if (rc)
		return rc;
	if (!f[0].item)
		return big__json_missing(doc, path, "description");
	if (!f[3].item)
		return big__json_missing(doc, path, "status");
	if ((rc = big__json_text(doc, f[0].item, &xp, BIG_TEXT_FREE, &description)))
		return rc;
	if (big__text_blank(description))
		return big__json_fail(doc, BIG_ESCHEMA, &xp, "%s description",
				      *description ? "blank" : "empty");
	if ((f[1].item && (rc = big__json_text(doc, f[1].item, &op, BIG_TEXT_FREE, &owner))) ||
	    (f[2].item && (rc = big__json_date(doc, f[2].item, &dp, &due))) ||
	    (rc = big__json_string(doc, f[3].item, &sp, &status)))
		return rc;
	if (big_action_status_from_name(&st, status))
		return big__json_fail(doc, BIG_ESCHEMA, &sp,
				      "unknown action status \"%s\" (planned, in_progress or done)",
				      status);
	return big__action_add(r, description, owner, due, st);
}

/* `actions`: [action, …], in the order given. */
static int load_actions(const struct big_json_doc *doc, struct big_result *r, const cJSON *array,
			const struct big_jpath *path)
{
	int rc = big__json_array(doc, array, path);
	size_t i = 0;
	for (const cJSON *it = rc ? NULL : array->child; !rc && it; it = it->next, i++)
		rc = load_action(doc, r, it, &(struct big_jpath){path, NULL, i});
	return rc;
}

static int load_result(const struct big_json_doc *doc, big_assessment *a, struct big_result *r,
		       const cJSON *obj, const struct big_jpath *path)
{
	const big_catalogue *cat = a->catalogue;
	struct big_json_field f[] = {
	    {"status", NULL},        {"maturity", NULL}, {"explanation", NULL},  {"owner", NULL},
	    {"expires", NULL},       {"evidence", NULL}, {"criteria_met", NULL}, {"source", NULL},
	    {"demonstration", NULL}, {"actions", NULL}};
	int rc = big__json_collect(doc, obj, path, f, sizeof(f) / sizeof(f[0]));
	if (rc)
		return rc;
	struct big_jpath sp = {path, "status", 0}, mp = {path, "maturity", 0};
	struct big_jpath xp = {path, "expires", 0}, ep = {path, "evidence", 0};
	const char *s;
	if (!f[0].item)
		return big__json_missing(doc, path, "status");
	if ((rc = big__json_string(doc, f[0].item, &sp, &s)))
		return rc;
	if (big_status_from_name(&r->status, s))
		return big__json_fail(doc, BIG_ESCHEMA, &sp, "unknown status \"%s\"", s);
	r->recorded = true;
	if (f[1].item && (rc = big__json_int(doc, f[1].item, &mp, 0, cat->max_level, &r->maturity)))
		return rc;
	if ((rc = optional_text(doc, f[2].item, path, "explanation", BIG_TEXT_FREE,
				&r->explanation)) ||
	    (rc = optional_text(doc, f[3].item, path, "owner", BIG_TEXT_FREE, &r->owner)))
		return rc;
	if (f[4].item) {
		if ((rc = big__json_date(doc, f[4].item, &xp, &s)) ||
		    (rc = big__set_string(&r->expires, s)))
			return rc;
	}
	if (f[6].item && (rc = criteria_list(doc, cat, r, f[6].item,
					     &(struct big_jpath){path, "criteria_met", 0})))
		return rc;
	if (f[7].item &&
	    (rc = load_source(doc, r, f[7].item, &(struct big_jpath){path, "source", 0})))
		return rc;
	if (f[8].item && (rc = load_demonstration(doc, a, r, f[8].item,
						  &(struct big_jpath){path, "demonstration", 0})))
		return rc;
	if (f[9].item &&
	    (rc = load_actions(doc, r, f[9].item, &(struct big_jpath){path, "actions", 0})))
		return rc;
	return f[5].item ? evidence_list(doc, r, f[5].item, &ep) : 0;
}

static int load_results(const struct big_json_doc *doc, big_assessment *a, const cJSON *obj,
			const struct big_jpath *path)
{
	const big_catalogue *cat = a->catalogue;
	int rc = big__json_object(doc, obj, path);
	for (const cJSON *m = rc ? NULL : obj->child; m; m = m->next) {
		struct big_jpath mp = {path, m->string, 0};
		const big_node *node = big_catalogue_find(cat, m->string);
		if (!node) {
			if (doc->strict)
				return big__json_fail(doc, BIG_ENOTFOUND, &mp,
						      "catalogue %s %s has no requirement \"%s\"",
						      cat->id, cat->version, m->string);
			char where[512];
			big__jpath_render(&mp, where, sizeof(where));
			if ((rc = big__diag_add(&a->diags, BIG_SEVERITY_WARNING,
						"unknown-requirement", where,
						"catalogue %s %s has no requirement \"%s\"; result "
						"ignored",
						cat->id, cat->version, m->string)))
				return rc;
			continue;
		}
		if (!node->assessable)
			return big__json_fail(doc, BIG_ESCHEMA, &mp,
					      "node \"%s\" is not assessable (a %s with children)",
					      node->id, node->kind);
		struct big_result *r = &a->results[node->requirement];
		if (r->recorded)
			return big__json_fail(doc, BIG_EDUPLICATE, &mp, "result given twice");
		if ((rc = load_result(doc, a, r, m, &mp)))
			return rc;
	}
	return rc;
}

/* The profile the assessment is made for: null or the id of a profile. */
static int load_profile(const struct big_json_doc *doc, big_assessment *a, const cJSON *item,
			const struct big_jpath *path)
{
	const char *id;
	int rc = big__json_nonempty_string(doc, item, path, &id);
	if (rc)
		return rc;
	if (!big_catalogue_find_profile(a->catalogue, id))
		return big__json_fail(doc, BIG_ENOTFOUND, path,
				      "catalogue %s %s has no profile \"%s\"", a->catalogue->id,
				      a->catalogue->version, id);
	return big__set_string(&a->profile, id);
}

enum {
	CATALOGUE,
	ORGANISATION,
	PERIOD,
	ASSESSED_ON,
	TARGET,
	RESULTS,
	PROFILE,
	FORMAT,
	FORMAT_VERSION
};

static int load(struct big_json_doc *doc, const big_catalogue *cat, big_assessment **out)
{
	struct big_json_field f[] = {
	    {"catalogue", NULL},   {"organisation", NULL}, {"period", NULL},
	    {"assessed_on", NULL}, {"target", NULL},       {"results", NULL},
	    {"profile", NULL},     {"format", NULL},       {"format_version", NULL}};
	struct big_json_field of[] = {
	    {"id", NULL}, {"name", NULL}, {"kind", NULL}, {"attributes", NULL}};
	struct big_jpath top = {NULL, NULL, 0};
	struct big_jpath cp = {&top, "catalogue", 0}, op = {&top, "organisation", 0};
	struct big_jpath oip = {&op, "id", 0}, pp = {&top, "period", 0};
	struct big_jpath dp = {&top, "assessed_on", 0}, tp = {&top, "target", 0};
	struct big_jpath rp = {&top, "results", 0};
	const char *org_id, *period, *date;
	big_assessment *a = NULL;
	bool named = false;
	int target, rc;

	if ((rc = big__json_collect(doc, doc->root, &top, f, sizeof(f) / sizeof(f[0]))))
		return rc;
	for (int i = CATALOGUE; i <= RESULTS; i++)
		if (i != ASSESSED_ON && i != TARGET && !f[i].item)
			return big__json_missing(doc, &top, f[i].name);
	if ((rc = check_catalogue(doc, cat, f[CATALOGUE].item, &cp, &named)) ||
	    (rc =
		 big__json_collect(doc, f[ORGANISATION].item, &op, of, sizeof(of) / sizeof(of[0]))))
		return rc;
	if (!of[0].item)
		return big__json_missing(doc, &op, "id");
	if ((rc = big__json_text(doc, of[0].item, &oip, BIG_TEXT_ID, &org_id)) ||
	    (rc = big__json_text(doc, f[PERIOD].item, &pp, BIG_TEXT_ID, &period)) ||
	    (rc = big_assessment_new(&a, cat, org_id, period)))
		return rc;
	/* Diagnostics so far went to a list of the caller's; keep them. */
	if ((rc = big__diag_copy(&a->diags, doc->diags)))
		goto fail;
	doc->diags = &a->diags;
	a->names_fingerprint = named;
	if ((rc = load_organisation(doc, a, of, &op)))
		goto fail;
	if (f[ASSESSED_ON].item && ((rc = big__json_date(doc, f[ASSESSED_ON].item, &dp, &date)) ||
				    (rc = big__set_string(&a->assessed_on, date))))
		goto fail;
	if (f[TARGET].item) {
		if ((rc = big__json_int(doc, f[TARGET].item, &tp, 0, cat->max_level, &target)))
			goto fail;
		a->target = target;
	}
	if (f[PROFILE].item && !cJSON_IsNull(f[PROFILE].item) &&
	    (rc = load_profile(doc, a, f[PROFILE].item, &(struct big_jpath){&top, "profile", 0})))
		goto fail;
	if ((rc = load_results(doc, a, f[RESULTS].item, &rp)))
		goto fail;
	big__assessment_refresh_all(a);
	*out = a;
	return 0;
fail:
	big_assessment_free(a);
	return rc;
}

static int load_input(big_assessment **out, const big_catalogue *cat,
		      const struct big_json_input *in, const big_load_options *opts)
{
	struct big_diag_list early = {0}; /* diagnostics before the assessment exists */
	struct big_json_doc doc;
	if (!out || !cat)
		return big__error_set(BIG_EINVAL, "no output pointer or no catalogue");
	*out = NULL;
	int rc = big__json_open(&doc, in, opts, BIG_DOCUMENT_ASSESSMENT, &early);
	if (!rc) {
		rc = load(&doc, cat, out);
		big__json_close(&doc);
	}
	big__diag_clear(&early);
	return rc;
}

int big_assessment_load_buffer(big_assessment **out, const big_catalogue *cat, const char *data,
			       size_t len, const big_load_options *opts)
{
	return load_input(out, cat, BIG_JSON_BUFFER(data, len), opts);
}

int big_assessment_load_file(big_assessment **out, const big_catalogue *cat, const char *path,
			     const big_load_options *opts)
{
	return load_input(out, cat, BIG_JSON_FILE(path), opts);
}
