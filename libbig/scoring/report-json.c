/*
 * libbig — writing `libbig.report` documents (docs/formats.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "assessment-int.h"
#include "catalogue-int.h"
#include "errors-int.h"
#include "json-write.h"
#include "report-int.h"

/*
 * The scores of every node and the gaps, most of a report, are written in
 * place from pieces made once per report (json-write.h); the rest through
 * the writer's calls.
 */

static const char *const score_keys[] = {
    "implementation", "maturity_mean", "attained_level", "coverage",   "comply_or_explain",
    "opzet",          "bestaan",       "werking",        "applicable", "counts"};
#define SCORE_MEMBERS (sizeof(score_keys) / sizeof(*score_keys))

/* The pieces of a scores object whose members are at one depth. */
struct scores_pieces {
	struct big_jw_piece member[SCORE_MEMBERS];
	struct big_jw_piece count[BIG_STATUS_COUNT];
	struct big_jw_piece end_counts, end;
};

/* The most a scores object takes: pieces, eight numbers and seven counts. */
#define SCORES_SIZE                                                                           \
	((SCORE_MEMBERS + BIG_STATUS_COUNT + 2) * BIG_JW_PIECE_SIZE + 8 * BIG_JW_NUMBER_MAX + \
	 (1 + BIG_STATUS_COUNT) * BIG_JW_INT_MAX)

static void scores_pieces_init(struct scores_pieces *t, struct big_jw *w, int depth)
{
	for (size_t i = 0; i < SCORE_MEMBERS; i++)
		big__jw_piece_lead(&t->member[i], w, depth, i ? ',' : '{', score_keys[i]);
	for (int i = 0; i < BIG_STATUS_COUNT; i++)
		big__jw_piece_lead(&t->count[i], w, depth + 1, i ? ',' : '{',
				   big_status_name((big_status)i));
	big__jw_piece_close(&t->end_counts, w, depth + 1, '}');
	big__jw_piece_close(&t->end, w, depth, '}');
}

/* A number, or null when there is none. */
static char *put_optional(const struct big_jw *w, char *p, bool has, double value)
{
	return has ? big__jw_put_number(w, p, value) : big__jw_put_null(p);
}

static char *put_scores(const struct big_jw *w, char *p, const struct scores_pieces *t,
			const big_scores *s)
{
	const struct big_jw_piece *m = t->member;
	p = put_optional(w, big__jw_put_piece(p, &m[0]), s->has_implementation, s->implementation);
	p = put_optional(w, big__jw_put_piece(p, &m[1]), s->has_maturity, s->maturity_mean);
	p = put_optional(w, big__jw_put_piece(p, &m[2]), s->has_maturity, s->attained_level);
	p = put_optional(w, big__jw_put_piece(p, &m[3]), s->has_coverage, s->coverage);
	p = put_optional(w, big__jw_put_piece(p, &m[4]), s->has_coverage, s->comply_or_explain);
	p = put_optional(w, big__jw_put_piece(p, &m[5]), s->has_demonstration, s->opzet);
	p = put_optional(w, big__jw_put_piece(p, &m[6]), s->has_demonstration, s->bestaan);
	p = put_optional(w, big__jw_put_piece(p, &m[7]), s->has_demonstration, s->werking);
	p = big__jw_put_int(big__jw_put_piece(p, &m[8]), s->applicable);
	p = big__jw_put_piece(p, &m[9]);
	for (int i = 0; i < BIG_STATUS_COUNT; i++)
		p = big__jw_put_int(big__jw_put_piece(p, &t->count[i]), s->counts[i]);
	p = big__jw_put_piece(p, &t->end_counts);
	return big__jw_put_piece(p, &t->end);
}

/* "key": SCORES, the scores object's members at depth @w->depth + 1. */
static void write_scores(struct big_jw *w, const char *key, const big_scores *s)
{
	struct scores_pieces t;
	scores_pieces_init(&t, w, w->depth + 1);
	big__jw_key(w, key);
	char *p = big__jw_value_begin(w, SCORES_SIZE);
	if (p)
		big__jw_value_end(w, put_scores(w, p, &t, s));
}

static void write_nodes(struct big_jw *w, const big_report *r)
{
	/* The member "text" only where asked (big_score_options.include_text). */
	static const char *const keys[] = {"id", "kind", "title", "text", "scores"};
	enum { M_ID, M_KIND, M_TITLE, M_TEXT, M_SCORES, M_COUNT };
	const big_catalogue *cat = r->catalogue;
	struct big_jw_piece member[M_COUNT], end;
	struct scores_pieces t;

	BIG_JW_KEY(w, "nodes");
	big__jw_begin_array(w);
	/* A node's members are at depth + 1, its scores' at depth + 2. */
	for (size_t k = 0; k < M_COUNT; k++)
		big__jw_piece_lead(&member[k], w, w->depth + 1, k ? ',' : '{', keys[k]);
	big__jw_piece_close(&end, w, w->depth + 1, '}');
	scores_pieces_init(&t, w, w->depth + 2);
	for (size_t i = 0; i < cat->node_count; i++) {
		if (r->scores[i].applicable == 0)
			continue;
		const big_node *node = &cat->nodes[i];
		struct big_jw_text id, kind, title, text = {0};
		big__jw_text_init(&id, node->id);
		big__jw_text_init(&kind, node->kind);
		big__jw_text_init(&title, big__report_title(r, node));
		if (r->include_text)
			big__jw_text_init(&text, big__report_text(r, node));
		char *p = big__jw_value_begin(w, 6 * BIG_JW_PIECE_SIZE + id.size + kind.size +
						     title.size + text.size + SCORES_SIZE);
		if (!p)
			return;
		p = big__jw_put_text(big__jw_put_piece(p, &member[M_ID]), &id);
		p = big__jw_put_text(big__jw_put_piece(p, &member[M_KIND]), &kind);
		p = big__jw_put_text(big__jw_put_piece(p, &member[M_TITLE]), &title);
		if (r->include_text)
			p = big__jw_put_text(big__jw_put_piece(p, &member[M_TEXT]), &text);
		p = put_scores(w, big__jw_put_piece(p, &member[M_SCORES]), &t, &r->scores[i]);
		big__jw_value_end(w, big__jw_put_piece(p, &end));
	}
	big__jw_end_array(w);
}

/* The pieces of a gap (its members, the elements of its kinds), and the
 * names it takes, measured once. */
enum {
	GAP_ID,
	GAP_KINDS,
	GAP_SIZE,
	GAP_STATUS,
	GAP_MATURITY,
	GAP_TAG,
	GAP_MANDATORY,
	GAP_WEIGHT,
	GAP_OWNER,
	GAP_ACTIONS,
	GAP_WITHOUT_ACTION,
	GAP_OVERDUE,
	GAP_TEXT /* only where asked (big_score_options.include_text) */
};
static const char *const gap_keys[] = {
    "id",     "kinds", "size",    "status",         "maturity", "tag", "mandatory",
    "weight", "owner", "actions", "without_action", "overdue",  "text"};
#define GAP_MEMBERS (sizeof(gap_keys) / sizeof(*gap_keys))

/* The members of an open action of a gap, as the assessment writes them. */
enum { ACTION_DESCRIPTION, ACTION_OWNER, ACTION_DUE, ACTION_STATUS };
static const char *const action_keys[] = {"description", "owner", "due", "status"};
#define ACTION_MEMBERS (sizeof(action_keys) / sizeof(*action_keys))

struct gap_pieces {
	struct big_jw_piece member[GAP_MEMBERS], end;
	struct big_jw_piece first_kind, next_kind, end_kinds;
	struct big_jw_text kind[BIG_GAP_KIND_COUNT], status[BIG_STATUS_COUNT];
	struct big_jw_piece first_action, next_action, end_actions;
	struct big_jw_piece action[ACTION_MEMBERS], end_action;
	struct big_jw_text action_status[BIG_ACTION_STATUS_COUNT];
};

/* The room the open actions of gap @g take (@x: the first). */
static size_t actions_size(const struct gap_pieces *t, const struct big_action *const *xs, size_t n)
{
	size_t size = BIG_JW_PIECE_SIZE + 2;
	for (size_t i = 0; i < n; i++) {
		const struct big_action *x = xs[i];
		struct big_jw_text d, o, due;
		big__jw_text_init(&d, x->description);
		big__jw_text_init(&o, x->owner);
		big__jw_text_init(&due, x->due);
		size += (ACTION_MEMBERS + 2) * BIG_JW_PIECE_SIZE + d.size + o.size + due.size +
			t->action_status[x->status].size;
	}
	return size;
}

/* The open actions of a gap as an array of objects; @xs: the first of @n. */
static char *put_actions(char *p, const struct gap_pieces *t, const struct big_action *const *xs,
			 size_t n)
{
	if (!n) {
		memcpy(p, "[]", 2);
		return p + 2;
	}
	for (size_t i = 0; i < n; i++) {
		const struct big_action *x = xs[i];
		struct big_jw_text text;
		p = big__jw_put_piece(p, i ? &t->next_action : &t->first_action);
		big__jw_text_init(&text, x->description);
		p = big__jw_put_text(big__jw_put_piece(p, &t->action[ACTION_DESCRIPTION]), &text);
		if (x->owner) {
			big__jw_text_init(&text, x->owner);
			p = big__jw_put_text(big__jw_put_piece(p, &t->action[ACTION_OWNER]), &text);
		}
		if (x->due) {
			big__jw_text_init(&text, x->due);
			p = big__jw_put_text(big__jw_put_piece(p, &t->action[ACTION_DUE]), &text);
		}
		p = big__jw_put_text(big__jw_put_piece(p, &t->action[ACTION_STATUS]),
				     &t->action_status[x->status]);
		p = big__jw_put_piece(p, &t->end_action);
	}
	return big__jw_put_piece(p, &t->end_actions);
}

/* The kinds of a gap as an array. */
static char *put_kinds(char *p, const struct gap_pieces *t, unsigned int kinds)
{
	if (!kinds) {
		memcpy(p, "[]", 2);
		return p + 2;
	}
	const struct big_jw_piece *lead = &t->first_kind;
	for (size_t k = 0; k < BIG_GAP_KIND_COUNT; k++)
		if (kinds & (1u << k)) {
			p = big__jw_put_text(big__jw_put_piece(p, lead), &t->kind[k]);
			lead = &t->next_kind;
		}
	return big__jw_put_piece(p, &t->end_kinds);
}

/* The most the kinds of a gap take (names of at most 14 bytes). */
#define KINDS_SIZE (BIG_GAP_KIND_COUNT * (BIG_JW_PIECE_SIZE + 16) + BIG_JW_PIECE_SIZE)

static void write_gaps(struct big_jw *w, const big_report *r)
{
	struct gap_pieces t;

	BIG_JW_KEY(w, "gaps");
	big__jw_begin_array(w);
	/* A gap's members are at depth + 1, its kinds at depth + 2. */
	for (size_t k = 0; k < GAP_MEMBERS; k++)
		big__jw_piece_lead(&t.member[k], w, w->depth + 1, k ? ',' : '{', gap_keys[k]);
	big__jw_piece_close(&t.end, w, w->depth + 1, '}');
	big__jw_piece_lead(&t.first_kind, w, w->depth + 2, '[', NULL);
	big__jw_piece_lead(&t.next_kind, w, w->depth + 2, ',', NULL);
	big__jw_piece_close(&t.end_kinds, w, w->depth + 2, ']');
	for (size_t k = 0; k < BIG_GAP_KIND_COUNT; k++)
		big__jw_text_init(&t.kind[k], big_gap_kind_name(1u << k));
	for (int k = 0; k < BIG_STATUS_COUNT; k++)
		big__jw_text_init(&t.status[k], big_status_name((big_status)k));
	/* An action's members are at depth + 3, the action at depth + 2. */
	big__jw_piece_lead(&t.first_action, w, w->depth + 2, '[', NULL);
	big__jw_piece_lead(&t.next_action, w, w->depth + 2, ',', NULL);
	big__jw_piece_close(&t.end_actions, w, w->depth + 2, ']');
	for (size_t k = 0; k < ACTION_MEMBERS; k++)
		big__jw_piece_lead(&t.action[k], w, w->depth + 3, k ? ',' : '{', action_keys[k]);
	big__jw_piece_close(&t.end_action, w, w->depth + 3, '}');
	for (int k = 0; k < BIG_ACTION_STATUS_COUNT; k++)
		big__jw_text_init(&t.action_status[k],
				  big_action_status_name((big_action_status)k));
	for (size_t i = 0; i < r->gap_count; i++) {
		const big_gap *g = &r->gaps[i];
		const struct big_jw_piece *m = t.member;
		const struct big_jw_text *status = &t.status[g->status];
		const struct big_action *const *actions =
		    g->open_actions ? &r->gap_actions[r->gap_action_first[i]] : NULL;
		struct big_jw_text id, tag, owner, text = {0};
		big__jw_text_init(&id, g->node->id);
		big__jw_text_init(&tag, g->tag);
		big__jw_text_init(&owner, g->owner);
		if (r->include_text)
			big__jw_text_init(&text, big__report_text(r, g->node));
		char *p = big__jw_value_begin(
		    w, (GAP_MEMBERS + 1) * BIG_JW_PIECE_SIZE + id.size + KINDS_SIZE + status->size +
			   tag.size + owner.size + actions_size(&t, actions, g->open_actions) +
			   text.size + 3 * BIG_JW_NUMBER_MAX + 3 * 5);
		if (!p)
			return;
		p = big__jw_put_text(big__jw_put_piece(p, &m[GAP_ID]), &id);
		p = put_kinds(big__jw_put_piece(p, &m[GAP_KINDS]), &t, g->kinds);
		p = big__jw_put_number(w, big__jw_put_piece(p, &m[GAP_SIZE]), g->size);
		p = big__jw_put_text(big__jw_put_piece(p, &m[GAP_STATUS]), status);
		p = put_optional(w, big__jw_put_piece(p, &m[GAP_MATURITY]), g->maturity >= 0,
				 g->maturity);
		p = big__jw_put_text(big__jw_put_piece(p, &m[GAP_TAG]), &tag);
		p = big__jw_put_bool(big__jw_put_piece(p, &m[GAP_MANDATORY]), g->node->mandatory);
		p = big__jw_put_number(w, big__jw_put_piece(p, &m[GAP_WEIGHT]), g->node->weight);
		p = big__jw_put_text(big__jw_put_piece(p, &m[GAP_OWNER]), &owner);
		p = put_actions(big__jw_put_piece(p, &m[GAP_ACTIONS]), &t, actions,
				g->open_actions);
		p = big__jw_put_bool(big__jw_put_piece(p, &m[GAP_WITHOUT_ACTION]),
				     g->without_action);
		p = big__jw_put_bool(big__jw_put_piece(p, &m[GAP_OVERDUE]), g->overdue);
		if (r->include_text)
			p = big__jw_put_text(big__jw_put_piece(p, &m[GAP_TEXT]), &text);
		big__jw_value_end(w, big__jw_put_piece(p, &t.end));
	}
	big__jw_end_array(w);
}

static void write_exceptions(struct big_jw *w, const big_report *r)
{
	BIG_JW_KEY(w, "exceptions");
	big__jw_begin_array(w);
	for (size_t i = 0; i < r->exception_count; i++) {
		const big_exception *x = &r->exceptions[i];
		big__jw_begin_object(w);
		BIG_JW_MEMBER(w, "id", x->node->id);
		BIG_JW_MEMBER(w, "status", big_status_name(x->status));
		BIG_JW_MEMBER(w, "explanation", x->explanation);
		BIG_JW_MEMBER(w, "owner", x->owner);
		BIG_JW_MEMBER(w, "expires", x->expires);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void write_attainments(struct big_jw *w, const big_report *r)
{
	BIG_JW_KEY(w, "profiles");
	big__jw_begin_array(w);
	for (size_t i = 0; i < big_report_attainment_count(r); i++) {
		const big_attainment *t = big_report_attainment(r, i);
		big__jw_begin_object(w);
		BIG_JW_MEMBER(w, "id", big_profile_id(t->profile));
		BIG_JW_MEMBER(w, "title", big_profile_title_lang(t->profile, big_report_lang(r)));
		BIG_JW_KEY(w, "requirements");
		big__jw_int(w, t->requirements);
		BIG_JW_KEY(w, "complied");
		big__jw_int(w, t->complied);
		BIG_JW_KEY(w, "attained");
		big__jw_bool(w, t->attained);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void write_diagnostics(struct big_jw *w, const big_report *r)
{
	BIG_JW_KEY(w, "diagnostics");
	big__jw_begin_array(w);
	for (size_t i = 0; i < r->diags.count; i++) {
		const big_diagnostic *d = &r->diags.items[i];
		big__jw_begin_object(w);
		BIG_JW_MEMBER(w, "severity", big_severity_name(d->severity));
		BIG_JW_MEMBER(w, "code", d->code);
		BIG_JW_MEMBER(w, "message", d->message);
		BIG_JW_MEMBER(w, "path", d->path);
		big__jw_end_object(w);
	}
	big__jw_end_array(w);
}

static void write_header(struct big_jw *w, const big_report *r)
{
	big__jw_format(w, BIG_DOCUMENT_REPORT);
	big__jw_catalogue(w, "catalogue", r->catalogue->id, r->catalogue->version,
			  r->catalogue->fingerprint);
	BIG_JW_KEY(w, "organisation");
	big__jw_begin_object(w);
	BIG_JW_MEMBER(w, "id", r->organisation_id);
	BIG_JW_MEMBER(w, "name", r->organisation_name);
	big__jw_end_object(w);
	BIG_JW_MEMBER(w, "period", r->period);
	BIG_JW_MEMBER(w, "profile", r->profile ? big_profile_id(r->profile) : NULL);
	BIG_JW_KEY(w, "options");
	big__jw_begin_object(w);
	BIG_JW_MEMBER(w, "rollup", big_rollup_name(r->rollup));
	BIG_JW_KEY(w, "target");
	big__jw_int(w, r->target);
	if (r->lang[0])
		BIG_JW_MEMBER(w, "lang", r->lang);
	if (r->texts)
		BIG_JW_MEMBER(w, "texts", r->texts->language);
	if (r->include_text) {
		BIG_JW_KEY(w, "include_text");
		big__jw_bool(w, true);
	}
	if (r->as_of[0])
		BIG_JW_MEMBER(w, "as_of", r->as_of);
	big__jw_end_object(w);
}

int big_report_to_json(char **out, size_t *len, const big_report *r, unsigned int flags)
{
	struct big_jw w;
	if (!out || !r)
		return big__error_set(BIG_EINVAL, "no output pointer or no report");
	*out = NULL;
	if (big__jw_init(&w, flags))
		return BIG_ENOMEM;
	/* A little more than a node, a gap, an exception or a diagnostic
	 * takes, so that the text is not copied as it grows. */
	bool compact = flags & BIG_JSON_COMPACT;
	size_t node = compact ? 330 : 540, gap = compact ? 160 : 260;
	big__jw_reserve(&w, 1024 + node * r->catalogue->node_count + gap * r->gap_count +
				256 * (r->exception_count + r->diags.count));
	big__jw_begin_object(&w);
	write_header(&w, r);
	write_scores(&w, "overall", &r->overall);
	write_nodes(&w, r);
	write_gaps(&w, r);
	write_exceptions(&w, r);
	write_attainments(&w, r);
	write_diagnostics(&w, r);
	big__jw_end_object(&w);
	return big__jw_finish(&w, out, len);
}
