/*
 * libbig — private: the catalogue model.
 *
 * Nodes live in one array in pre-order, so a subtree is a contiguous range
 * [index, end) and a reverse walk visits children before parents. All strings
 * and arrays live in the catalogue's arena.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_CATALOGUE_INT_H
#define BIG_CATALOGUE_INT_H

#include <float.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "arena.h"
#include "big.h"
#include "diag.h"
#include "idmap.h"

#define BIG_MAX_LEVELS        10 /* levels 0..9 */
#define BIG_DEFAULT_MAX_LEVEL 5
#define BIG_DEFAULT_TARGET    3
#define BIG_NO_REQUIREMENT    ((size_t)-1)

/* The most that weights may add up to: the node weights of a catalogue (all
 * nodes together, checked when it is loaded) and the member weights of an
 * aggregate (checked when it is built). Then every sum scoring and
 * aggregation form of them (a node's Σw, the flat Σw, Σw·s with s <= 1,
 * Σw·m with m <= 9, in any order) is finite: no NaN or infinity can reach a
 * score (docs/scoring.md, "Terms"). */
#define BIG_WEIGHT_SUM_MAX     (DBL_MAX / 16)
#define BIG_WEIGHT_SUM_MAX_TXT "1.1e307 (the largest double / 16)"

/* A node's or a profile's title in one language (`titles` of docs/formats.md). */
struct big_node_title {
	const char *lang; /* a language tag (big__lang_valid()) */
	const char *title;
};

struct big_node {
	const big_catalogue *catalogue;
	const char *id;
	const char *kind;
	const char *title;                   /* the default title, in the catalogue's language */
	const struct big_node_title *titles; /* in other languages, document order */
	size_t title_count;
	const char *text;
	double weight;
	const big_node *parent;
	const big_node **children;
	size_t child_count;
	const char **tags;
	size_t tag_count;
	const char **refs;
	size_t ref_count;
	size_t index;       /* pre-order position */
	size_t end;         /* one past the last node of the subtree */
	size_t requirement; /* position among the assessable nodes, or BIG_NO_REQUIREMENT */
	unsigned int depth;
	bool assessable;
	bool mandatory;
	bool leaf_requirement; /* assessable without children: score.c's fast case, set at load */
};

struct big_level {
	const char *label;
	size_t first_criterion; /* into big_catalogue.criteria */
	size_t criterion_count;
};

struct big_profile {
	const big_catalogue *catalogue;
	const char *id;
	const char *title;
	const struct big_node_title *titles; /* in other languages, document order */
	size_t title_count;
	bool all; /* selects everything, itself or through a profile it extends */
	const char **tags;
	size_t tag_count;
	const big_profile **extends;
	size_t extends_count;
	const char **priority; /* own, or inherited from the first extended profile */
	size_t priority_count;
	const char **closure; /* own tags and those of every extended profile */
	size_t closure_count;
	bool *selected; /* per requirement position */
	size_t *rank;   /* per requirement position: its first tag in priority, or
			   priority_count; NULL when there is no priority */
	const big_node **requirements;
	size_t requirement_count;
};

/* A child as scoring reads it (score-plan.c): its node weight, and whether
 * it is a leaf requirement (an assessable node without children) or an inner
 * node, with its position among those. */
struct big_plan_edge {
	double weight;
	size_t ref; /* 2 * requirement + 1 for a leaf requirement, 2 * inner slot otherwise */
};

/* A node that is not a leaf requirement, with its children as edges. */
struct big_plan_inner {
	size_t node;        /* its index */
	size_t requirement; /* its own, or BIG_NO_REQUIREMENT */
	double weight;
	size_t first, count; /* its children among the plan's edges */
};

/* A requirement as scoring reads it, without the cache lines of its node. */
struct big_plan_requirement {
	double weight;
	size_t ref; /* 4 * node index + 2 * mandatory + (leaf requirement) */
};

/* The catalogue tree as scoring walks it, built once at load: the inner
 * nodes in pre-order (a reverse walk finds every inner child done before its
 * parent) and the children of each in catalogue order, in two flat arrays;
 * the roots are the last root_count edges. */
struct big_plan {
	struct big_plan_inner *inner;
	size_t inner_count;
	struct big_plan_edge *edges;
	size_t edge_count;
	size_t root_count;
	struct big_plan_requirement *requirements; /* one per requirement */
};

/* Builds cat->plan from the complete tree. 0 or BIG_ENOMEM. */
int big__plan_build(big_catalogue *cat);

/* Room for a fingerprint, "sha256:" and 64 hex digits, and its NUL. */
#define BIG_FINGERPRINT_SIZE 72
/* The version of the canonical text (docs/formats.md, "Fingerprint"): its
 * first member, so that another definition gives other fingerprints. */
#define BIG_FINGERPRINT_VERSION 1

struct big_catalogue {
	atomic_size_t refs;
	struct big_arena arena;
	const char *id;
	const char *version;
	const char *title;
	const char *language;
	const char *publisher;
	const char *based_on;
	int max_level;
	int default_target;
	double status_values[BIG_STATUS_COUNT]; /* the score s of each status */
	struct big_level levels[BIG_MAX_LEVELS];
	big_criterion *criteria;
	size_t criterion_count;
	big_tag *tags; /* declared tags */
	size_t tag_count;
	bool tags_declared;
	bool tags_interned; /* every tag of a node or profile is the id pointer of a
			       declared tag, so that tags compare by pointer */
	big_profile *profiles;
	size_t profile_count;
	big_node *nodes;
	size_t node_count;
	const big_node **roots;
	size_t root_count;
	const big_node **requirements; /* assessable nodes in pre-order */
	size_t requirement_count;
	struct big_plan plan;
	struct big_idmap ids;           /* node id -> node index */
	struct big_idmap criterion_ids; /* criterion id -> index */
	struct big_idmap tag_ids;       /* declared tag id -> index */
	struct big_idmap profile_ids;   /* profile id -> index */
	struct big_diag_list diags;
	/* "sha256:" and 64 hex digits, computed when first asked for
	 * (fingerprint.c): valid once fingerprint_state is BIG_FINGERPRINT_READY. */
	char fingerprint[BIG_FINGERPRINT_SIZE];
	atomic_int fingerprint_state;
};

/* A new, empty catalogue with one reference and the default maturity
 * model; NULL when out of memory. */
big_catalogue *big__catalogue_alloc(void);

struct big_json_doc;
struct big_jpath;
struct cJSON;

/* Sets the default maturity model (maturity.c). 0 or BIG_ENOMEM. */
int big__maturity_set_default(big_catalogue *cat);
/* Reads `maturity_model` (maturity.c). */
int big__load_maturity(big_catalogue *cat, const struct big_json_doc *doc, const struct cJSON *item,
		       const struct big_jpath *path);
/* Reads `profiles` once the nodes are loaded, and computes what each selects
 * (profile.c). */
int big__load_profiles(big_catalogue *cat, const struct big_json_doc *doc, const struct cJSON *item,
		       const struct big_jpath *path);
/* An array of non-empty tags, each checked with big__check_tag(). */
int big__load_tag_list(big_catalogue *cat, const struct big_json_doc *doc,
		       const struct cJSON *array, const struct big_jpath *path, const char ***out,
		       size_t *count);
/* Checks *@tag against the declared tags: a diagnostic when undeclared;
 * when declared, *@tag becomes the declared tag's id (interned). */
int big__check_tag(big_catalogue *cat, const struct big_json_doc *doc, const char **tag,
		   const struct big_jpath *path);
/* big_node_carries_tag() for a @tag of the node's own catalogue (from a node
 * or profile of it): compares pointers when the tags are interned. */
bool big__node_has_tag(const big_node *node, const char *tag);
/* Whether two catalogues have the same nodes: the same ids in the same
 * order, the same ones assessable (so the same requirements). A catalogue
 * loaded twice has; the one rule for whether documents made for catalogues
 * of one id and version can be used together. */
bool big__catalogue_same_nodes(const big_catalogue *a, const big_catalogue *b);

/* The canonical text of what scoring reads from @cat, without a final
 * newline, freed with big_free() (fingerprint.c). 0 or BIG_ENOMEM. */
int big__catalogue_canonical(char **out, size_t *len, const big_catalogue *cat);
/* The states of big_catalogue.fingerprint. */
enum { BIG_FINGERPRINT_NONE, BIG_FINGERPRINT_WRITING, BIG_FINGERPRINT_READY };
/* Computes cat->fingerprint unless it is ready; thread-safe, as a catalogue
 * is shared between threads. Every function that makes an output naming the
 * catalogue (big_score(), big_aggregate(), big_migrate() …) calls it, so
 * that the writers read cat->fingerprint. 0 or BIG_ENOMEM (fingerprint.c). */
int big__catalogue_fingerprint_ensure(const big_catalogue *cat);

/* Whether documents made for @a and @b may be used together: the same
 * catalogue object, or the same id, version and fingerprint (one catalogue
 * loaded twice; two of one name that score differently may not be mixed).
 * 0, or BIG_EMISMATCH naming @what ("assessments", "documents") and both
 * catalogues, or BIG_ENOMEM (fingerprint.c). */
int big__catalogue_check_same(const big_catalogue *a, const big_catalogue *b, const char *what);

/* The `fingerprint` @item (NULL: none) of a catalogue reference of a
 * document of kind @what ("assessment"), at @path: when given, it must be
 * @cat's. 0, or BIG_ESCHEMA (not a string) or BIG_EMISMATCH with both
 * fingerprints in the message (fingerprint.c). */
int big__catalogue_check_fingerprint(const struct big_json_doc *doc, const big_catalogue *cat,
				     const struct cJSON *item, const struct big_jpath *path,
				     const char *what);

/* big_node_title_lang() (catalogue.c): the title of @node for a reader of
 * language @lang (NULL: the default title). */
const char *big__node_title(const big_node *node, const char *lang);
/* The title for a reader of language @lang (NULL: @title, the default) among
 * @title and its @count translations @titles: the one rule of docs/formats.md,
 * "Titles in other languages", for nodes and profiles (catalogue.c). */
const char *big__title_in(const char *title, const struct big_node_title *titles, size_t count,
			  const char *lang);
/* Loads a `titles` object at @path into the catalogue's arena (catalogue-load.c). */
int big__load_titles(big_catalogue *cat, const struct big_json_doc *doc, const struct cJSON *obj,
		     const struct big_jpath *path, const struct big_node_title **titles,
		     size_t *count);

/* Room for a language tag of an output (big__lang_valid(): at most 35
 * bytes) and its NUL. */
#define BIG_LANG_SIZE 36

/* Checks the `lang` option of an output (NULL or "": the default titles)
 * and copies it into @out ("" for the default). 0, or BIG_EINVAL with the
 * last error set (catalogue.c). */
int big__lang_option(char out[BIG_LANG_SIZE], const char *lang);

/* The language to hand to big__node_title() for an output's stored @lang. */
static inline const char *big__lang_or_null(const char *lang)
{
	return lang[0] ? lang : NULL;
}

struct big_jw;
struct big_csv;

/* "id", "kind" and "title" (in language @lang, NULL for the default) of @n:
 * how a node's object begins in every JSON document (node-write.c). */
void big__node_json_head(struct big_jw *w, const big_node *n, const char *lang);
/* The columns id, kind, title (in language @lang) and depth of @n that begin
 * a row of every CSV; for the whole catalogue @cat (@n NULL): no id,
 * "overall", the catalogue's title, no depth (node-write.c). */
void big__node_csv_columns(struct big_csv *c, const big_catalogue *cat, const big_node *n,
			   const char *lang);
/* The same with the title of @n given (a report's, with its overlay:
 * report-int.h); @title is not read for the whole catalogue (@n NULL). */
void big__node_csv_columns_titled(struct big_csv *c, const big_catalogue *cat, const big_node *n,
				  const char *title);

#endif /* BIG_CATALOGUE_INT_H */
