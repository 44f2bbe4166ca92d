/*
 * bigscore — shared declarations of the command-line scorer.
 *
 * Exit codes, the same for every command (listed by every --help and in
 * docs/cli.md):
 *   0  success
 *   1  bad input document (syntax, schema, wrong catalogue …)
 *   2  usage error (unknown command or option, bad option value)
 *   3  I/O error (a file cannot be read, stdout cannot be written)
 *   4  internal error (out of memory, library failure)
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIGSCORE_H
#define BIGSCORE_H

#include <stdarg.h>
#include <stdio.h>

#include <big.h>

/* A function formatting like printf() (format at @p f, arguments at @p a). */
#if defined(__GNUC__)
#define BS_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define BS_PRINTF(f, a)
#endif

enum { BS_OK = 0, BS_INPUT = 1, BS_USAGE = 2, BS_IO = 3, BS_INTERNAL = 4 };

struct bs_catalogues; /* documents.c */

/* Text of the exit-code section of every --help. */
extern const char bs_exit_help[];

/* Subcommands (one file each, cmd-NAME.c): argv[0] is the subcommand's name. */
int cmd_validate(int argc, char **argv);
int cmd_score(int argc, char **argv);
int cmd_gap(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_aggregate(int argc, char **argv);
int cmd_migrate(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_catalogues(int argc, char **argv);
int cmd_template(int argc, char **argv);
int cmd_import(int argc, char **argv);

/* ---- util.c: errors and arguments ---- */

/* Prints "bigscore: MESSAGE" and a hint to stderr; returns BS_USAGE. */
int bs_usage_error(const char *command, const char *fmt, ...) BS_PRINTF(2, 3);

/* Prints "bigscore: MESSAGE" to stderr and returns @p status. */
int bs_error(int status, const char *fmt, ...) BS_PRINTF(2, 3);

/*
 * Prints the library's last error as "bigscore: FILE: message" (FILE only
 * when the message does not already start with it) and returns the exit
 * code for it.
 */
int bs_library_error(const char *file);

/* Exit code for a negative big_error_code. */
int bs_exit_code(int err);

/* The exit code of a failed system call with errno @p err: BS_INTERNAL for
 * ENOMEM (the system could not allocate: out of memory, not an I/O error),
 * BS_IO for the rest. */
int bs_errno_status(int err);

/* Whether argv[i] is -h or --help. */
int bs_is_help(const char *arg);

/*
 * Matches option @p name ("--target") at argv[*i], as "--target N" or
 * "--target=N". Returns 1 and sets *value (advancing *i past a separate
 * value), 0 when argv[*i] is another argument, -1 when the value is missing.
 */
int bs_option(const char *name, int argc, char **argv, int *i, const char **value);

/* A growing list of strings (arguments, file names), borrowed unless @c owns. */
struct bs_list {
	const char **items;
	size_t count, size;
	int owns; /* bs_list_free() frees the strings too */
};

/* Appends @p s; returns BS_OK or BS_INTERNAL (out of memory, reported). */
int bs_list_add(struct bs_list *l, const char *s);
/* Frees the array (and the strings when the list owns them). */
void bs_list_free(struct bs_list *l);

/* Kinds of option for bs_parse(). */
enum bs_opt_kind {
	BS_FLAG,  /* dest is an int, set to 1 */
	BS_VALUE, /* dest is a const char *, the last value given */
	BS_LIST   /* dest is a struct bs_list, every value given, in order */
};

/* One option of a command. */
struct bs_opt {
	const char *name; /* "--target" */
	enum bs_opt_kind kind;
	void *dest;
};

/*
 * Parses the options and operands of a command (argv[0] is its name):
 * options may come before, between and after operands; "--" ends them;
 * "-" is an operand (standard input). -h/--help calls @p help.
 * Returns -1 to go on, else an exit code (usage errors are printed).
 */
int bs_parse(const char *command, int argc, char **argv, const struct bs_opt *opts, size_t n,
	     struct bs_list *operands, void (*help)(void));

/*
 * Parses @p text as an integer in [min, max] for option @p option; returns
 * -1 and sets *out, or prints a usage error and returns BS_USAGE.
 */
int bs_parse_int(const char *command, const char *option, const char *text, long min, long max,
		 long *out);

/* Whether @p s is a calendar date YYYY-MM-DD. */
bool bs_is_date(const char *s);

/*
 * Fills the scoring options from --rollup, --target, --profile and --lang
 * values (each may be NULL) for catalogue @p cat. Returns -1 or an exit code.
 */
int bs_score_options(big_score_options *so, const char *command, const char *rollup,
		     const char *target, const char *profile, const char *lang,
		     const big_catalogue *cat);

/* The options of the commands that load and score assessments. */
struct bs_common {
	struct bs_list catalogues; /* --catalogue FILE … */
	struct bs_list builtins;   /* --builtin NAME … */
	int strict;                /* --strict */
	const char *rollup;        /* --rollup METHOD */
	const char *target;        /* --target N */
	const char *profile;       /* --profile ID */
	const char *lang;          /* --lang nl|en: of the node titles */
	const char *texts;         /* --texts FILE: a libbig.texts overlay */
	int show_text;             /* --show-text: each node's text in the outputs */
	const char *as_of;         /* --as-of DATE: the reference date of overdue gaps */
	/* score and gap: the member through its collaboration (BS_MEMBER_OPTS) */
	const char *collaboration;     /* --collaboration FILE */
	const char *members;           /* --members DIR */
	struct bs_list collaborations; /* --collaborations PATH … */
};

/* --collaboration, --members and --collaborations of score and gap: the
 * effective assessment is scored (bs_effective_load()). */
#define BS_MEMBER_OPTS(c)                                         \
	{"--collaboration", BS_VALUE, &(c)->collaboration},       \
	    {"--members", BS_VALUE, &(c)->members},               \
	{                                                         \
		"--collaborations", BS_LIST, &(c)->collaborations \
	}
extern const char bs_member_help[];
/* Usage check of BS_MEMBER_OPTS: -1 to go on, else an exit code. */
int bs_member_check(const struct bs_common *c, const char *command);

/* The options of struct bs_common for a bs_opt table: loading, then scoring. */
#define BS_LOAD_OPTS(c)                                                                     \
	{"--catalogue", BS_LIST, &(c)->catalogues}, {"--builtin", BS_LIST, &(c)->builtins}, \
	{                                                                                   \
		"--strict", BS_FLAG, &(c)->strict                                           \
	}
#define BS_SCORE_OPTS(c)                                                            \
	{"--rollup", BS_VALUE, &(c)->rollup}, {"--target", BS_VALUE, &(c)->target}, \
	    {"--profile", BS_VALUE, &(c)->profile},                                 \
	{                                                                           \
		"--lang", BS_VALUE, &(c)->lang                                      \
	}

/* --texts FILE and --show-text of score and gap: a text overlay loaded
 * over the assessment's catalogue, and its texts shown
 * (big_score_options.texts and include_text; bs_texts_check()). The
 * report takes --texts alone and always shows the texts. */
#define BS_TEXTS_OPTS(c)                                \
	{"--texts", BS_VALUE, &(c)->texts},             \
	{                                               \
		"--show-text", BS_FLAG, &(c)->show_text \
	}
extern const char bs_texts_help[];

/* -1 when --show-text comes with --texts or not at all; else the usage
 * error of @command (exit 2): there are no texts to show. */
int bs_texts_check(const struct bs_common *c, const char *command);

/* Help lines of BS_LOAD_OPTS and BS_SCORE_OPTS (without --lang, whose
 * line is bs_lang_help, or the report's own). */
extern const char bs_load_help[];
extern const char bs_score_help[];
extern const char bs_lang_help[];

/*
 * --csv-safe and --no-csv-safe, of every command that writes CSV: CSV is
 * for spreadsheets, so libbig's formula-safe CSV (BIG_CSV_SAFE) is the
 * default, and --no-csv-safe gives the text exactly as libbig writes it by
 * default (docs/cli.md, "Output").
 */
struct bs_csv {
	int safe, raw;
};
#define BS_CSV_OPTS(c)                              \
	{"--csv-safe", BS_FLAG, &(c)->safe},        \
	{                                           \
		"--no-csv-safe", BS_FLAG, &(c)->raw \
	}
/* Help lines of BS_CSV_OPTS. */
extern const char bs_csv_help[];
/*
 * Sets *flags to libbig's CSV flags for @p c; returns -1 to go on, or a
 * usage error when both options are given.
 */
int bs_csv_flags(unsigned int *flags, const struct bs_csv *c, const char *command);

/* Opens the catalogues of --catalogue and --builtin; sets *lo for --strict. */
int bs_common_open(struct bs_common *c, struct bs_catalogues *cs, big_load_options *lo);
/* Frees the lists of @p c. */
void bs_common_free(struct bs_common *c);

/* One assessment, loaded and scored (score, gap). */
struct bs_scored {
	struct bs_catalogues *cs;
	big_assessment *a;
	big_texts *texts; /* --texts, or NULL */
	big_report *r;
	big_score_options so; /* the options r was scored with, for more of the same */
};

/*
 * Loads the text overlay @p path (a libbig.texts document, checked by its
 * head) over @p cat; prints its diagnostics. Returns an exit code.
 */
int bs_load_texts(big_texts **out, const big_catalogue *cat, const char *path,
		  const big_load_options *lo);

/*
 * Opens the catalogues of @p c, loads the assessment @p file and scores it
 * with the scoring options of @p c; prints the report's diagnostics (with
 * @p diag_file, may be NULL). Returns an exit code; free @p s with
 * bs_scored_free() in any case.
 */
int bs_score_file(struct bs_scored *s, struct bs_common *c, const char *command, const char *file,
		  const char *diag_file);
void bs_scored_free(struct bs_scored *s);

/* Prints one diagnostic to stderr as "severity: [FILE: ]path: message". */
void bs_print_diagnostic(const char *file, const big_diagnostic *d);

/* ---- output.c: output files ---- */

/*
 * Writes @p len bytes of @p text to @p output (a file name), or to stdout
 * when it is NULL, "-" or names the file standard output is. A regular
 * file is replaced only when the text is complete on the disk (a temporary
 * file beside it, renamed over it), keeping its permission bits; a symbolic
 * link is written through; a FIFO or a device is written directly.
 * Returns an exit code; on failure a regular file is left as it was.
 */
int bs_write_output(const char *output, const char *text, size_t len);

/*
 * Writes a document that libbig wrote to @p output (as bs_write_output())
 * and frees it: @p rc is what the writer returned, @p text and @p len what
 * it wrote. Returns an exit code.
 */
int bs_print_document(int rc, char *text, size_t len, const char *output);

/* Text written through a stdio stream into memory (memout.c). */
struct bs_memout {
	char *text; /* not NUL-terminated; free() it */
	size_t len, cap;
	bool failed; /* the text could not grow: bytes were lost */
};

/* A stream writing into @p m, or NULL (out of memory). */
FILE *bs_memout_open(struct bs_memout *m);

/* Closes @p f; returns BS_OK when m->text holds everything written, else
 * BS_INTERNAL ("out of memory", printed) with m->text freed and NULL. */
int bs_memout_close(struct bs_memout *m, FILE *f);

/* Progress on stderr ("scored 120/340 files") for runs over many files. */
struct bs_progress {
	const char *verb; /* "scored", "loaded" … */
	size_t total;
	int on;       /* shown at all: stderr is a terminal, or --progress */
	int terminal; /* rewrite one line with \r instead of printing lines */
};

/* Starts progress over @p total files; @p forced is --progress. */
void bs_progress_start(struct bs_progress *p, const char *verb, size_t total, int forced);
/* Reports that @p done of the files are done. */
void bs_progress_step(struct bs_progress *p, size_t done);

/* ---- documents.c: reading documents, catalogues, directories ---- */

/* Kinds of document bigscore reads. */
enum bs_kind {
	BS_DOC_CATALOGUE,
	BS_DOC_ASSESSMENT,
	BS_DOC_MAPPING,
	BS_DOC_COLLABORATION,
	BS_DOC_TEXTS,   /* a text overlay (libbig.texts) */
	BS_DOC_WRITTEN, /* a libbig document that libbig writes and never reads */
	BS_DOC_UNKNOWN  /* no libbig format */
};

/* One document read into memory, with what its head says. */
struct bs_doc {
	const char *name; /* file name as given, or "<stdin>" for "-" */
	char *data;
	size_t len;
	enum bs_kind kind;
	char *format;               /* the "format" member, or NULL */
	char *cat_id, *cat_version; /* the catalogue it refers to, or NULL */
};

/*
 * Reads @p path ("-": standard input) and finds its format. A document that
 * is not JSON is reported with its line:column. Returns an exit code; on
 * failure @p d holds nothing (bs_doc_free() is still allowed).
 */
int bs_doc_read(struct bs_doc *d, const char *path);
/*
 * Reads @p f (not closed) as the document @p name, as bs_doc_read() does,
 * but refusing more than @p limit bytes after reading at most @p limit + 1
 * (bs_doc_read(): BIG_LOAD_DEFAULT_MAX_BYTES). The fuzz target
 * tests/fuzz/fuzz-cli-document.c reads through here.
 */
int bs_doc_read_from(struct bs_doc *d, FILE *f, const char *name, size_t limit);
/* Frees what bs_doc_read() allocated. */
void bs_doc_free(struct bs_doc *d);
/* The load options for loading @p d from its buffer (source = its name). */
big_load_options bs_doc_load_options(const struct bs_doc *d, const big_load_options *lo);
/*
 * Checks that @p d is a document of kind @p want; else prints
 * "FILE: $.format: …" and returns BS_INPUT.
 */
int bs_doc_expect(const struct bs_doc *d, enum bs_kind want);
/* The format name of a kind ("libbig.assessment"). */
const char *bs_kind_format(enum bs_kind kind);

/*
 * The catalogues a command works with: those given with --catalogue FILE
 * and --builtin NAME, else the built-in catalogue a document names.
 */
struct bs_catalogues {
	big_catalogue **given;
	size_t given_count;
	big_catalogue **builtin; /* loaded on demand, one per built-in */
	size_t builtin_count;
};

/* Loads the given catalogues; prints their diagnostics. Returns an exit code. */
int bs_catalogues_open(struct bs_catalogues *cs, const struct bs_list *files,
		       const struct bs_list *builtins, const big_load_options *lo);
void bs_catalogues_close(struct bs_catalogues *cs);

/*
 * The catalogue for a document that names catalogue @p id @p version
 * (@p where is the JSON path of the reference, for messages): a given one
 * with that id and version, else the only one given (the loader then
 * reports a mismatch), else, when none was given, the built-in one with
 * that id and version. Borrowed. Returns an exit code.
 */
int bs_catalogues_find(const big_catalogue **out, struct bs_catalogues *cs, const char *file,
		       const char *where, const char *id, const char *version);

/*
 * Loads the catalogue from @p file when it is not NULL, else the built-in
 * catalogue @p builtin. Prints its diagnostics as warnings. Returns an exit
 * code (BS_OK on success).
 */
int bs_load_catalogue(big_catalogue **out, const char *file, const char *builtin,
		      const big_load_options *opts);

/*
 * The catalogue @p id @p version among those given, else (when @p builtin)
 * among the built-in ones, into *@p out (borrowed), NULL when there is none.
 * Returns BS_OK, or the exit code of a built-in catalogue that could not be
 * loaded (out of memory: never "there is none"), after printing why.
 */
int bs_catalogues_lookup(const big_catalogue **out, struct bs_catalogues *cs, const char *id,
			 const char *version, int builtin);

/* Loads an assessment from a document read by bs_doc_read() (kind checked,
 * catalogue found as above); prints its diagnostics when @p diagnostics. */
int bs_load_assessment_doc(big_assessment **out, struct bs_catalogues *cs, const struct bs_doc *d,
			   const big_load_options *lo, int diagnostics);
/* Reads and loads the assessment in @p path, as bs_load_assessment_doc(). */
int bs_load_assessment(big_assessment **out, struct bs_catalogues *cs, const char *path,
		       const big_load_options *lo, int diagnostics);

/* ---- expand.c: directory operands ---- */

/* Flags of bs_expand(). */
enum {
	/* --skip-unreadable: an entry that cannot be read is a warning, and left out */
	BS_EXPAND_SKIP_UNREADABLE = 1u << 0
};

/*
 * Expands the operands into files (@p files then owns its strings): a
 * directory stands for the *.json files in it and in its subdirectories
 * (hidden ones left out), each directory in sorted (byte) order, depth
 * first. A file or directory reached again (by device and inode: a link, a
 * second operand) is read once, by its first path. @p from_dir (may be
 * NULL) receives, per file, the directory operand it came from, or NULL.
 * An entry of a directory that cannot be read (a dangling link, a FIFO, a
 * file or folder without permission, a name with control characters) is
 * reported; without BS_EXPAND_SKIP_UNREADABLE the result is then BS_IO,
 * with @p files holding every file that can be read. Returns an exit code.
 */
int bs_expand(struct bs_list *files, struct bs_list *from_dir, const struct bs_list *operands,
	      unsigned int flags);

/* Help lines of --skip-unreadable. */
extern const char bs_skip_help[];

/*
 * Documents of another kind met in directory operands (see bs_expand()),
 * reported on stderr as one note per operand: "note: DIR: skipped FILE,
 * not ONE" or "… skipped N documents that are not MANY (FIRST, ...)".
 */
struct bs_skipped {
	const char *one, *many; /* "an assessment", "assessments" */
	const char *dir, *first;
	size_t count;
};
/* Counts @p file of directory operand @p dir (borrowed; notes the previous operand's). */
void bs_skipped_add(struct bs_skipped *sk, const char *dir, const char *file);
/* Prints the note of the last operand. */
void bs_skipped_end(struct bs_skipped *sk);

/* ---- pool.c: many assessments (aggregate) ---- */

/* Assessments of one catalogue and one period, at most one per organisation. */
struct bs_pool {
	big_assessment **items;
	const char **files; /* the file of each (borrowed) */
	size_t count, size;
	size_t other_periods; /* assessments left out: not of the period asked for */
};

/*
 * Loads @p files (from bs_expand(); a file from a directory that is not an
 * assessment is skipped with a note), keeping those of organisation kind
 * @p kind (NULL: all) and of period @p period (NULL: all, and they must
 * share one), with progress. Returns an exit code; two assessments of one
 * organisation, of another catalogue or (without @p period) of another
 * period are errors naming the files.
 */
int bs_pool_load(struct bs_pool *p, struct bs_catalogues *cs, const struct bs_list *files,
		 const struct bs_list *from_dir, const big_load_options *lo, const char *kind,
		 const char *period, int progress);
/* The assessment of @p organisation, or NULL. */
const big_assessment *bs_pool_find(const struct bs_pool *p, const char *organisation);
void bs_pool_free(struct bs_pool *p);

/* ---- json.c: JSON built with cJSON, written as libbig writes it ---- */

struct cJSON;
/* Writes @p doc and a newline: indented by two spaces, or on one line when
 * @p compact. Nothing is written unless all of it can be: returns BS_OK, or
 * (printed) BS_INTERNAL when @p doc is NULL or memory runs out, BS_IO when
 * @p f cannot be written. */
int bs_json_print(FILE *f, const struct cJSON *doc, int compact);

/* ---- format.c: numbers and text columns, the same in every locale ---- */

/* Shown instead of a score that does not exist (never 0). */
#define BS_NO_SCORE "—"

/* Writes v (>= 0) with @p decimals decimals, rounded half up, into buf. */
const char *bs_fixed(char *buf, size_t size, double v, int decimals);
/* A fraction in [0,1] as a percentage with one decimal, or BS_NO_SCORE. */
const char *bs_percent(char *buf, size_t size, int has, double v);
/* A change: v·scale with one decimal and a sign ("+31.3", "-2.0", "0.0"), or BS_NO_SCORE. */
const char *bs_signed(char *buf, size_t size, int has, double v, double scale);
/* Any finite number: an integer as such, else with two decimals. */
const char *bs_number(char *buf, size_t size, double v);
/*
 * What bigscore prints from documents (docs/cli.md, "Conventions"): every
 * string is written escaped, a control character (bs_control_length()) as
 * \n, \r, \t, \x1b or \xc2\x85, and a character that reorders or breaks
 * the line (bs_moving_length()) as \u202e, so that a document cannot write into a
 * terminal or break a table. The width of a text counts an escape by its
 * escaped width.
 */
/* Number of code points of UTF-8 text, control characters as they are (for HTML). */
size_t bs_code_points(const char *s);
/* Width of UTF-8 text in code points, a control character by its escape. */
size_t bs_width(const char *s);
/* Writes s cut to @p w (>= 2) code points with "…", padded when @p pad. */
void bs_cut(FILE *out, const char *s, size_t w, int pad);
/* Writes s in a column of @p w code points: cut with "…" or padded. */
void bs_column(FILE *out, const char *s, size_t w);
/* Writes s right-aligned in a column of @p w code points. */
void bs_right(FILE *out, const char *s, size_t w);
/* The length of the control character at @p s (C0 or DEL: 1, C1 in UTF-8: 2), or 0. */
size_t bs_control_length(const char *s);
/* The length of the character at @p s that moves or breaks the text around it
 * on a terminal, or 0: the bidirectional marks, embeddings, overrides and
 * isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the
 * line and paragraph separators (U+2028, U+2029); written as \u202e. */
size_t bs_moving_length(const char *s);
/* Writes s (a file name) with its control characters escaped: \n, \r, \t,
 * the others as \x1b (C1 in UTF-8 as \xc2\x9b). */
void bs_put_escaped(FILE *out, const char *s);
/*
 * fprintf() whose %s arguments are written escaped (bs_put_escaped()),
 * padded by their escaped width; the format itself is written as it is.
 * Conversions: %s %d %i %u %x %o %c %f %g %e %p with flags, widths,
 * precisions (also *) and the length modifiers h l ll z t; %n is not.
 */
int bs_fprintf(FILE *out, const char *fmt, ...) BS_PRINTF(2, 3);
int bs_vfprintf(FILE *out, const char *fmt, va_list ap) BS_PRINTF(2, 0);
/* bs_fprintf() to standard output. */
#define bs_printf(...) bs_fprintf(stdout, __VA_ARGS__)

/* ---- text.c: text output shared by the commands ---- */

/* Longest title shown in a table column. */
#define BS_MAX_TITLE 40

/* Text output of the score command. BS_OK, or the exit status of a library
 * error (reported on standard error) before anything is printed. */
int bs_print_report(FILE *out, const big_assessment *a, const big_report *r, size_t extra_diags);

/*
 * The gap table: gaps @p index[0..n) of @p r (ranks are index + 1), with
 * kinds, size, status, maturity, tag, mandatory and title.
 */
void bs_print_gaps(FILE *out, const big_report *r, const size_t *index, size_t n);

/* Width of the widest id of the top-level nodes of @p cat (at least 2). */
size_t bs_root_id_width(const big_catalogue *cat);
/* Width for the titles in language @p lang ("": the default titles) of the
 * top-level nodes of @p cat (at most BS_MAX_TITLE). */
size_t bs_root_title_width(const big_catalogue *cat, const char *lang);

#endif /* BIGSCORE_H */
