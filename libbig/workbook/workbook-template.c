/*
 * libbig — the self-evaluation template (big_workbook_template()): a
 * catalogue's requirements as the sheets of a workbook, pre-filled from a
 * previous assessment so that everything it holds can come back
 * (docs/workbooks.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "assessment-int.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-write.h"
#include "strbuf.h"
#include "workbook-sheet.h"

struct template
{
	struct wb_build b;
	const big_catalogue *cat;
	const big_workbook_options *opts;
	const big_assessment *prev;
	const big_profile *profile;
	bool same_period;          /* the previous assessment is of the period: copy all of it */
	const char *const *levels; /* "0" … "N", the maturity drop-down */
	size_t level_count;
};

static const struct big_result *previous_result(const struct template *t, const big_node *node)
{
	const struct big_result *r;
	if (!t->prev)
		return NULL;
	r = &t->prev->results[node->requirement];
	return r->recorded ? r : NULL;
}

/* Whether action @i of @r goes into the template: all of them for the same
 * period, else only those not done (last year's done ones are history). */
static bool keep_action(const struct template *t, const struct big_result *r, size_t i)
{
	return t->same_period || big_action_get_status(big_result_action(r, i)) != BIG_ACTION_DONE;
}

/* Action @x into the cells @first.. of the current row (description,
 * owner, due date, status: the same order on both sheets). */
static void action_cells(struct wb_build *b, size_t first, const big_action *x)
{
	big__wb_cell(b, first, big_action_description(x));
	big__wb_cell(b, first + 1, big_action_owner(x));
	big__wb_cell(b, first + 2, big_action_due(x));
	big__wb_cell(b, first + 3, big__wb_action_words[b->lang][big_action_get_status(x)]);
}

static void main_row(struct template *t, const big_node *node, const struct big_result *r)
{
	struct wb_build *b = &t->b;
	const char *title = t->opts->texts
				? big_texts_title_lang(t->opts->texts, node, t->opts->lang)
				: big_node_title_lang(node, t->opts->lang);
	big__wb_row(b);
	big__wb_cell(b, M_ID, node->id);
	big__wb_cell(b, M_TITLE, title);
	if (node->tag_count) {
		struct big_strbuf tags = {0};
		for (size_t i = 0; i < node->tag_count; i++) {
			if (i)
				big__strbuf_puts(&tags, ", ");
			big__strbuf_puts(&tags, node->tags[i]);
		}
		if (tags.failed)
			b->failed = true;
		big__wb_cell(b, M_TAGS, tags.data);
		big__strbuf_free(&tags);
	}
	big__wb_cell(b, M_MANDATORY, node->mandatory ? big__wb_yes[b->lang] : big__wb_no[b->lang]);
	if (!r)
		return;
	big__wb_cell(b, M_STATUS, big__wb_status_word(r->status, b->lang));
	if (r->maturity >= 0)
		big__wb_cell(b, M_MATURITY, t->levels[r->maturity]);
	big__wb_cell(b, M_EXPLANATION, r->explanation);
	big__wb_cell(b, M_OWNER, r->owner);
	big__wb_cell(b, M_EXPIRES, r->expires);
	if (r->evidence_count)
		big__wb_cell(b, M_EVIDENCE, r->evidence[0]);
	for (int k = 0; k < BIG_DIMENSION_COUNT; k++)
		if (r->demo_given & (1u << k))
			big__wb_cell(b, M_OPZET + (size_t)k,
				     r->demo[k].demonstrated ? big__wb_yes[b->lang]
							     : big__wb_no[b->lang]);
	for (size_t i = 0; i < big_result_action_count(r); i++)
		if (keep_action(t, r, i)) { /* the first kept one */
			action_cells(b, M_ACTION, big_result_action(r, i));
			break;
		}
}

/* Whether the template has a row for requirement @node. */
static bool has_row(const struct template *t, const big_node *node)
{
	return !t->profile || big_profile_selects(t->profile, node) || previous_result(t, node);
}

static int sheet_main(struct template *t)
{
	struct wb_build *b = &t->b;
	int rc = big__wb_sheet_begin(b, WB_MAIN);
	if (rc)
		return rc;
	big__wb_choices(b, M_STATUS, big__wb_status_words[b->lang], BIG_STATUS_COUNT);
	big__wb_choices(b, M_MATURITY, t->levels, t->level_count);
	for (size_t c = M_OPZET; c <= M_WERKING; c++)
		big__wb_choices(b, c, big__wb_yes_no[b->lang], 2);
	big__wb_choices(b, M_ACTION_STATUS, big__wb_action_words[b->lang], BIG_ACTION_STATUS_COUNT);
	for (size_t i = 0; i < t->cat->requirement_count; i++) {
		const big_node *node = t->cat->requirements[i];
		if (has_row(t, node))
			main_row(t, node, previous_result(t, node));
	}
	return big__wb_sheet_end(b);
}

/* Acties / Actions: the actions after a result's first (of those kept). */
static int sheet_actions(struct template *t)
{
	struct wb_build *b = &t->b;
	int rc = big__wb_sheet_begin(b, WB_ACTIONS);
	big__wb_choices(b, A_STATUS, big__wb_action_words[b->lang], BIG_ACTION_STATUS_COUNT);
	for (size_t i = 0; !rc && i < t->cat->requirement_count; i++) {
		const struct big_result *r = previous_result(t, t->cat->requirements[i]);
		bool first = true;
		for (size_t k = 0; r && k < big_result_action_count(r); k++) {
			if (!keep_action(t, r, k))
				continue;
			if (first) { /* on the requirements sheet */
				first = false;
				continue;
			}
			big__wb_row(b);
			big__wb_cell(b, A_ID, r->node->id);
			action_cells(b, A_DESCRIPTION, big_result_action(r, k));
		}
	}
	return rc ? rc : big__wb_sheet_end(b);
}

/* The sheets with one row per item of a result: further evidence, the
 * evidence of opzet, bestaan and werking, the criteria met, provenance. */
static int sheet_evidence(struct template *t)
{
	struct wb_build *b = &t->b;
	int rc = big__wb_sheet_begin(b, WB_EVIDENCE);
	for (size_t i = 0; !rc && i < t->cat->requirement_count; i++) {
		const struct big_result *r = previous_result(t, t->cat->requirements[i]);
		for (size_t k = 1; r && k < r->evidence_count; k++) {
			big__wb_row(b);
			big__wb_cell(b, E_ID, r->node->id);
			big__wb_cell(b, E_EVIDENCE, r->evidence[k]);
		}
	}
	return rc ? rc : big__wb_sheet_end(b);
}

static int sheet_demonstration(struct template *t)
{
	struct wb_build *b = &t->b;
	int rc = big__wb_sheet_begin(b, WB_DEMO);
	for (size_t i = 0; !rc && i < t->cat->requirement_count; i++) {
		const struct big_result *r = previous_result(t, t->cat->requirements[i]);
		for (int k = 0; r && k < BIG_DIMENSION_COUNT; k++) {
			if (!(r->demo_given & (1u << k)))
				continue;
			for (size_t e = 0; e < r->demo[k].evidence_count; e++) {
				const big_evidence_ref *x =
				    big_demonstration_evidence(&r->demo[k], e);
				big__wb_row(b);
				big__wb_cell(b, D_ID, r->node->id);
				big__wb_cell(b, D_DIMENSION, big_dimension_name((big_dimension)k));
				big__wb_cell(b, D_KIND,
					     big__wb_evidence_kind_word(x->kind, b->lang));
				big__wb_cell(b, D_WHAT, x->what);
				big__wb_cell(b, D_WHERE, x->where);
				big__wb_cell(b, D_DATE, x->date);
			}
		}
	}
	return rc ? rc : big__wb_sheet_end(b);
}

static int sheet_criteria(struct template *t)
{
	struct wb_build *b = &t->b;
	int rc = big__wb_sheet_begin(b, WB_CRITERIA);
	for (size_t i = 0; !rc && i < t->cat->requirement_count; i++) {
		const struct big_result *r = previous_result(t, t->cat->requirements[i]);
		if (!r || !r->criteria_given)
			continue;
		if (r->criteria_count == 0) { /* recorded, none met */
			big__wb_row(b);
			big__wb_cell(b, C_ID, r->node->id);
		}
		for (size_t k = 0; k < r->criteria_count; k++) {
			big__wb_row(b);
			big__wb_cell(b, C_ID, r->node->id);
			big__wb_cell(b, C_CRITERION, r->criteria[k]->id);
		}
	}
	return rc ? rc : big__wb_sheet_end(b);
}

/* Herkomst / Provenance: the collaboration of each delegated result. */
static int sheet_source(struct template *t)
{
	struct wb_build *b = &t->b;
	/* Always written, with its headings alone when there is no provenance:
	 * a CSV template written again over an earlier one's files replaces its
	 * BASE-Herkomst.csv, which would otherwise inject stale provenance. Only
	 * an assessment of the same period gives provenance: which results a
	 * collaboration delivers is decided period by period. */
	int rc = big__wb_sheet_begin(b, WB_SOURCE);
	for (size_t i = 0; !rc && t->same_period && i < t->cat->requirement_count; i++) {
		const struct big_result *r = previous_result(t, t->cat->requirements[i]);
		if (r && r->source) {
			big__wb_row(b);
			big__wb_cell(b, S_ID, r->node->id);
			big__wb_cell(b, S_COLLABORATION, r->source);
		}
	}
	return rc ? rc : big__wb_sheet_end(b);
}

static void pair(struct wb_build *b, enum wb_org_field f, const char *value)
{
	big__wb_row(b);
	big__wb_cell(b, P_KEY, big__wb_org_fields[f][b->lang]);
	big__wb_cell(b, P_VALUE, value);
}

static int sheet_organisation(struct template *t)
{
	struct wb_build *b = &t->b;
	const big_workbook_options *o = t->opts;
	const big_assessment *p = t->prev;
	const char *fingerprint = NULL;
	char target[16] = "";
	int rc;
	if ((!p || p->names_fingerprint) && (rc = big_catalogue_fingerprint(&fingerprint, t->cat)))
		return rc;
	if ((rc = big__wb_sheet_begin(b, WB_ORG)))
		return rc;
	if (p && p->target >= 0)
		snprintf(target, sizeof(target), "%d", p->target);
	pair(b, O_ID, o->organisation_id ? o->organisation_id : p->organisation_id);
	pair(b, O_NAME,
	     o->organisation_name ? o->organisation_name : (p ? p->organisation_name : NULL));
	pair(b, O_KIND, p ? p->organisation_kind : NULL);
	pair(b, O_PERIOD, o->period ? o->period : p->period);
	pair(b, O_ASSESSED_ON, t->same_period ? p->assessed_on : NULL);
	pair(b, O_PROFILE, t->profile ? t->profile->id : NULL);
	pair(b, O_TARGET, target);
	pair(b, O_CATALOGUE, t->cat->id);
	pair(b, O_VERSION, t->cat->version);
	pair(b, O_FINGERPRINT, fingerprint);
	return big__wb_sheet_end(b);
}

static int sheet_attributes(struct template *t)
{
	struct wb_build *b = &t->b;
	int rc = big__wb_sheet_begin(b, WB_ATTRIBUTES);
	locale_t c_locale;
	if (rc || !t->prev || !t->prev->attribute_count)
		return rc ? rc : big__wb_sheet_end(b);
	if ((c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0)) == (locale_t)0)
		return big__error_nomem();
	for (size_t i = 0; i < t->prev->attribute_count; i++) {
		char num[40];
		big__format_double(num, sizeof(num), t->prev->attributes[i].value, c_locale);
		if (big__wb_thousands(num)) /* read back as it is, not refused */
			strcat(num, "0");
		big__wb_row(b);
		big__wb_cell(b, P_KEY, t->prev->attributes[i].name);
		big__wb_cell(b, P_VALUE, num);
	}
	freelocale(c_locale);
	return big__wb_sheet_end(b);
}

/* Uitleg / Help: every sheet and every column in the template's language. */
static int sheet_help(struct template *t)
{
	struct wb_build *b = &t->b;
	enum wb_lang l = b->lang;
	int rc = big__wb_sheet_begin(b, WB_HELP);
	for (int s = 0; !rc && s < WB_HELP; s++) {
		const struct wb_sheet_def *def = &big__wb_sheets[s];
		big__wb_row(b);
		big__wb_cell(b, H_SHEET, def->name[l]);
		big__wb_cell(b, H_TEXT, def->help[l]);
		for (size_t c = 0; c < def->column_count; c++) {
			big__wb_row(b);
			big__wb_cell(b, H_SHEET, def->name[l]);
			big__wb_cell(b, H_COLUMN, def->columns[c].heading[l]);
			big__wb_cell(b, H_TEXT, def->columns[c].help[l]);
		}
	}
	return rc ? rc : big__wb_sheet_end(b);
}

static int check_options(struct template *t, const big_catalogue *cat,
			 const big_workbook_options *o)
{
	const big_assessment *p = o->previous;
	const char *profile = o->profile ? o->profile : (p ? p->profile : NULL);
	if (o->version != BIG_WORKBOOK_OPTIONS_VERSION)
		return big__error_set(BIG_EINVAL, "workbook options version %u, expected %u",
				      o->version, BIG_WORKBOOK_OPTIONS_VERSION);
	if (o->lang && strcmp(o->lang, "nl") != 0 && strcmp(o->lang, "en") != 0)
		return big__error_set(BIG_EINVAL,
				      "a workbook is Dutch (nl) or English (en), not "
				      "\"%s\"",
				      o->lang);
	if (!p && (!o->organisation_id || !*o->organisation_id || !o->period || !*o->period))
		return big__error_set(BIG_EINVAL,
				      "a template needs an organisation id and a period");
	if (p && !big__catalogue_same_nodes(p->catalogue, cat))
		return big__error_set(BIG_EINVAL,
				      "the previous assessment is of catalogue %s %s, "
				      "not %s %s",
				      p->catalogue->id, p->catalogue->version, cat->id,
				      cat->version);
	if (profile && !(t->profile = big_catalogue_find_profile(cat, profile)))
		return big__error_set(BIG_ENOTFOUND, "catalogue %s %s has no profile \"%s\"",
				      cat->id, cat->version, profile);
	if (o->texts && big_texts_catalogue(o->texts) != cat &&
	    !big__catalogue_same_nodes(big_texts_catalogue(o->texts), cat))
		return big__error_set(BIG_EINVAL, "the text overlay is of another catalogue");
	t->prev = p;
	t->same_period = p && strcmp(p->period, o->period ? o->period : p->period) == 0;
	return 0;
}

/* The maturity drop-down "0" … "N", in the book's arena. */
static int levels(struct template *t)
{
	int n = t->cat->max_level + 1;
	char **list = big__arena_alloc(&t->b.book->arena, (size_t)n * sizeof(*list));
	if (!list)
		return BIG_ENOMEM;
	for (int i = 0; i < n; i++) {
		char num[16];
		snprintf(num, sizeof(num), "%d", i);
		if (!(list[i] = big__arena_strdup(&t->b.book->arena, num)))
			return BIG_ENOMEM;
	}
	t->levels = (const char *const *)list;
	t->level_count = (size_t)n;
	return 0;
}

int big__wb_template(struct big_book *book, const big_catalogue *cat,
		     const big_workbook_options *opts)
{
	struct template t;
	int rc;
	memset(&t, 0, sizeof(t));
	t.cat = cat;
	t.opts = opts;
	t.b.book = book;
	t.b.lang = opts->lang && strcmp(opts->lang, "en") == 0 ? WB_EN : WB_NL;
	if ((rc = check_options(&t, cat, opts)))
		return rc;
	if (!(rc = levels(&t)) && !(rc = sheet_main(&t)) && !(rc = sheet_actions(&t)) &&
	    !(rc = sheet_evidence(&t)) && !(rc = sheet_demonstration(&t)) &&
	    !(rc = sheet_criteria(&t)) && !(rc = sheet_organisation(&t)) &&
	    !(rc = sheet_attributes(&t)) && !(rc = sheet_source(&t)))
		rc = sheet_help(&t);
	big__wb_build_free(&t.b);
	return rc == BIG_ENOMEM ? big__error_nomem() : rc;
}
