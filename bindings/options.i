/*
 * libbig — SWIG interface: options given by name (Python keyword arguments,
 * PHP an options array), e.g.
 *
 *   libbig.aggregate(assessments, method="median", weight_attribute="inhabitants")
 *   big_aggregate($assessments, ['method' => 'median', 'weight_attribute' => 'inhabitants'])
 *
 * One table names every option, its type and where it goes in big_swig_args;
 * a spec says which options a function takes. (Python's score() and
 * compare() have their keyword arguments in their signatures; PHP takes
 * options arrays there too.) The typemaps of each language
 * (big_py_args, big_php_args) read the dictionary or array through them, so
 * both languages accept the same names and refuse the same mistakes.
 *
 * SPDX-License-Identifier: MIT
 */

%{
/* The options of every function that takes options by name. */
typedef struct big_swig_args {
	const char *method;           /* aggregate: method name; NULL: weakest */
	const char *weight_attribute; /* aggregate */
	const char *rollup;           /* score, aggregate: roll-up name; NULL: hierarchical */
	const char *profile;          /* score, aggregate */
	const char *lang;             /* score, aggregate, migrate: language of the titles */
	int target;                   /* score, aggregate: -1 the assessment's or catalogue's */
	unsigned int k;               /* distribution, aggregate: publication guard */
	bool k_given;                 /* k was given (an aggregate's default is 0, not 5) */
	bool flatten;                 /* aggregate a collaboration: flattened nesting */
	bool keep_maturity;           /* migrate: BIG_MIGRATE_KEEP_MATURITY */
	bool include_text;            /* score: big_score_options.include_text */
	const big_texts *texts;       /* score: a text overlay, or NULL */
	const char *as_of;            /* score: big_score_options.as_of */
	big_swig_doubles weights;          /* aggregate */
	big_swig_doubles expected_weights; /* aggregate */
	big_swig_idlist expected_members;  /* aggregate */
	big_swig_ptrs collaborations;      /* aggregate a collaboration: nested ones */
} big_swig_args;

enum {
	BIG_SWIG_OPT_STRING,        /* const char *, or None/null */
	BIG_SWIG_OPT_LEVEL,         /* int, None/null: -1 */
	BIG_SWIG_OPT_UINT,          /* unsigned int */
	BIG_SWIG_OPT_BOOL,          /* bool */
	BIG_SWIG_OPT_DOUBLES,       /* big_swig_doubles, or None/null */
	BIG_SWIG_OPT_STRINGS,       /* big_swig_idlist, or None/null */
	BIG_SWIG_OPT_COLLABORATIONS, /* big_swig_ptrs of Collaboration objects */
	BIG_SWIG_OPT_TEXTS           /* one Texts object, or None/null */
};

typedef struct big_swig_option {
	const char *name;
	int type;
	size_t offset;
} big_swig_option;

#define BIG_SWIG_OPTION(name, type) {#name, BIG_SWIG_OPT_##type, offsetof(big_swig_args, name)}

static const big_swig_option big_swig_options[] = {
    BIG_SWIG_OPTION(method, STRING),
    BIG_SWIG_OPTION(weights, DOUBLES),
    BIG_SWIG_OPTION(weight_attribute, STRING),
    BIG_SWIG_OPTION(rollup, STRING),
    BIG_SWIG_OPTION(target, LEVEL),
    BIG_SWIG_OPTION(profile, STRING),
    BIG_SWIG_OPTION(lang, STRING),
    BIG_SWIG_OPTION(expected_members, STRINGS),
    BIG_SWIG_OPTION(expected_weights, DOUBLES),
    BIG_SWIG_OPTION(collaborations, COLLABORATIONS),
    BIG_SWIG_OPTION(k, UINT),
    BIG_SWIG_OPTION(keep_maturity, BOOL),
    BIG_SWIG_OPTION(texts, TEXTS),
    BIG_SWIG_OPTION(include_text, BOOL),
    BIG_SWIG_OPTION(as_of, STRING),
    BIG_SWIG_OPTION(flatten, BOOL),
};

#define BIG_SWIG_OPTION_COUNT (sizeof(big_swig_options) / sizeof(big_swig_options[0]))

/* Which options a function takes: the names, space-separated. */
typedef struct big_swig_args_spec {
	const char *function; /* for messages: Python's name, e.g. "aggregate()" */
	const char *php;      /* PHP's name, e.g. "big_aggregate()" */
	const char *names;
} big_swig_args_spec;

static const big_swig_args_spec big_swig_score_spec = {
    "score()", "score()", "rollup target profile lang texts include_text as_of"};
static const big_swig_args_spec big_swig_compare_spec = {"compare()", "big_compare()",
							  "rollup target profile lang"};
static const big_swig_args_spec big_swig_aggregate_spec = {
    "aggregate()", "big_aggregate()",
    "method weights weight_attribute rollup target profile lang expected_members "
    "expected_weights k"};
static const big_swig_args_spec big_swig_aggregate_collaboration_spec = {
    "Collaboration.aggregate()", "BigCollaboration::aggregate()",
    "method weight_attribute rollup target profile lang collaborations flatten k"};
static const big_swig_args_spec big_swig_distribution_spec = {"distribution()",
							       "big_distribution()", "k"};
static const big_swig_args_spec big_swig_migrate_spec = {"migrate()", "big_migrate()",
							  "keep_maturity lang"};

static void big_swig_args_init(big_swig_args *args)
{
	big_distribution_options d = BIG_DISTRIBUTION_OPTIONS_INIT;

	memset(args, 0, sizeof(*args));
	args->target = -1;
	args->k = d.k;
}

/*
 * The option called @p name (@p len bytes) if @p spec takes it, else NULL
 * with a message "FUNCTION got an unexpected option 'NAME'" in @p message
 * (FUNCTION: @p function).
 */
static const big_swig_option *big_swig_args_find(const big_swig_args_spec *spec,
						 const char *function, const char *name,
						 size_t len, char *message, size_t size)
{
	const char *p = spec->names;

	while (len > 0 && *p != '\0') {
		size_t n = strcspn(p, " ");

		if (n == len && memcmp(p, name, len) == 0) {
			for (size_t i = 0; i < BIG_SWIG_OPTION_COUNT; i++) {
				if (strlen(big_swig_options[i].name) == len &&
				    memcmp(big_swig_options[i].name, name, len) == 0)
					return &big_swig_options[i];
			}
		}
		p += n;
		p += strspn(p, " ");
	}
	snprintf(message, size, "%s got an unexpected option '%.*s' (it takes: %s)", function,
		 (int)(len < 64 ? len : 64), name, spec->names);
	return NULL;
}

/* Where option @p opt goes in @p args (asked for when it is given). */
static void *big_swig_args_field(big_swig_args *args, const big_swig_option *opt)
{
	if (opt->offset == offsetof(big_swig_args, k))
		args->k_given = true;
	return (char *)args + opt->offset;
}
%}
