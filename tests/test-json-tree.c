/*
 * libbig tests — suite "json-tree": libbig's own JSON parser
 * (libbig/io/json-tree.c) builds exactly the tree cJSON builds, or declines.
 * The loaders read what it builds, so any difference would change a loaded
 * document. Every text is read in the loaders' mode (big__json_tree_read())
 * and in the plain mode (big__json_tree_parse()); the same scanner also only
 * checks the grammar (big__json_well_formed()): what it calls well-formed,
 * cJSON reads, or a failure there would be taken for running out of memory.
 * The two test modes are compiled into this program only
 * (BIG_JSON_TREE_TEST_MODES, tests/meson.build).
 *
 * SPDX-License-Identifier: MIT
 */
#include <ctype.h>
#include <dirent.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json-tree.h"
#include "test-common.h"
#include "utf8.h"

/* json-tree.c and utf8.c are compiled into this program without the rest of the
 * library's internals: its allocator and out-of-memory error are these. */
void *big__malloc(size_t size);
void big_free(void *p);
int big__error_nomem(void);
void *big__malloc(size_t size)
{
	return malloc(size);
}
void big_free(void *p)
{
	free(p);
}
int big__error_nomem(void)
{
	return BIG_ENOMEM;
}

/* Whether the trees @a and @b are the same: types, values (bit for bit),
 * strings, and the links (a first child's prev is the last child). */
static bool same(const cJSON *a, const cJSON *b)
{
	if (a->type != b->type || a->valueint != b->valueint ||
	    memcmp(&a->valuedouble, &b->valuedouble, sizeof(double)) != 0)
		return false;
	if (!a->valuestring != !b->valuestring ||
	    (a->valuestring && strcmp(a->valuestring, b->valuestring) != 0))
		return false;
	if (!a->string != !b->string || (a->string && strcmp(a->string, b->string) != 0))
		return false;
	const cJSON *x = a->child, *y = b->child, *last = NULL;
	for (; x && y; x = x->next, y = y->next) {
		if (!same(x, y) || (x != a->child && x->prev != last))
			return false;
		last = x;
	}
	return !x && !y && (!a->child || a->child->prev == last);
}

/* Whether @text passes what the pre-scan of json-read.c checks besides
 * (cJSON does not): valid UTF-8, no control characters but line breaks and
 * tabs. Byte loops test with if: every ck_assert is a write to Check's log. */
static bool prescan_passes(const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *)text;
	for (size_t i = 0, n; i < len; i += n) {
		n = u[i] < 0x80 ? 1 : big__utf8_seq(u + i, len - i);
		if (n == 0 || (u[i] < 0x20 && u[i] != '\t' && u[i] != '\r' && u[i] != '\n'))
			return false;
	}
	return true;
}

/* cJSON's tree of @text when it reads one value with only white space after
 * it, else NULL. */
static cJSON *cjson_parse(const char *text, size_t len)
{
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
	for (const char *c = end; root && c < text + len; c++)
		if (*c != ' ' && *c != '\t' && *c != '\r' && *c != '\n') {
			cJSON_Delete(root);
			return NULL;
		}
	return root;
}

/* Whether the place @at where the loaders' mode stopped in @text is one of
 * the texts it refuses on purpose although cJSON reads them (json-tree.h): a
 * number with a leading zero ("03", at the "3"), a point without a digit
 * after it ("1." and "1.e5", at the point), a minus without a digit after it
 * ("-.5", at the minus), "\u0000" and a \u escape with a digit that is not
 * hex (at the backslash); or a control character in a string, which the
 * pre-scan refused before cJSON was called. */
static bool refused_on_purpose(const char *text, size_t len, size_t at)
{
	const unsigned char *c = (const unsigned char *)text + at;
	if (at >= len)
		return false;
	if (*c < 0x20 || (*c == '-' && len - at > 1 && c[1] == '.'))
		return true;
	if (*c == '\\') {
		if (len - at < 6 || c[1] != 'u')
			return false;
		bool zero = true, hex = true;
		for (int i = 2; i < 6; i++) {
			zero = zero && c[i] == '0';
			hex = hex && isxdigit(c[i]);
		}
		return zero || !hex;
	}
	if (at == 0 || !isdigit(c[-1]))
		return false;
	if (*c == '.')
		return true;
	/* a digit after a 0 that begins a number */
	return isdigit(*c) && c[-1] == '0' && (at < 2 || !(isdigit(c[-2]) || c[-2] == '.'));
}

static size_t texts_read; /* by compare_read(), for test_files */

/* Reads @text in the loaders' mode and compares with @theirs, cJSON's tree of
 * it as json-read.c called cJSON before it had its own reader (after a byte
 * order mark), NULL when cJSON refuses it; @checked: whether the text passes
 * what the pre-scan checks besides. What the reader reads, cJSON reads, to
 * the same tree; what cJSON reads, the reader reads, unless it is refused on
 * purpose; where the reader declines, it stopped inside the text or at its
 * end. The depth limit is cJSON's, whose own the loaders never exceed.
 * Returns whether the reader read it. */
static bool compare_read(const char *text, size_t len, bool checked, const cJSON *theirs,
			 const char *what)
{
	struct big_json_tree tree;
	struct big_json_stop stop = {SIZE_MAX, false};
	cJSON *ours = NULL;
	int rc = big__json_tree_read(&tree, text, len, CJSON_NESTING_LIMIT, &ours, &stop);
	if (rc == 0) {
		if (!checked)
			ck_abort_msg("%s: read, with invalid UTF-8 or a control character", what);
		if (!theirs)
			ck_abort_msg("%s: read, but cJSON refuses it", what);
		if (!same(ours, theirs))
			ck_abort_msg("%s: read into another tree than cJSON's", what);
		big__json_tree_free(&tree);
		texts_read++;
		return true;
	}
	if (rc != BIG_JSON_TREE_DECLINED)
		ck_abort_msg("%s: rc %d", what, rc);
	if (stop.at > len)
		ck_abort_msg("%s: stopped at %zu, past the end (%zu)", what, stop.at, len);
	if (theirs && !refused_on_purpose(text, len, stop.at))
		ck_abort_msg("%s: cJSON reads it, the reader stops at %zu", what, stop.at);
	return false;
}

/* Parses @text in every mode and with cJSON; returns whether the plain mode
 * accepted it, failing the test if it accepted what cJSON does not or built
 * another tree, if the well-formedness check calls well-formed what cJSON
 * refuses (the loader would report running out of memory) or what the plain
 * mode built not, or if the loaders' mode differs (compare_read()). */
static bool compare(const char *text, size_t len, unsigned max_depth, const char *what)
{
	struct big_json_tree tree;
	cJSON *ours = NULL;
	int rc = big__json_tree_parse(&tree, text, len, max_depth, &ours);
	if (rc != 0 && rc != BIG_JSON_TREE_DECLINED)
		ck_abort_msg("%s: rc %d", what, rc);
	bool checked = prescan_passes(text, len);
	if (rc == 0 && !checked)
		ck_abort_msg("%s: accepted with invalid UTF-8 or a control character", what);
	if (!checked) {
		compare_read(text, len, false, NULL, what);
		return false;
	}
	bool well_formed = big__json_well_formed(text, len);
	/* as the loader called cJSON: after a byte order mark (json-read.c) */
	size_t bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	cJSON *theirs = cjson_parse(text + bom, len - bom);
	if (well_formed && !theirs)
		ck_abort_msg("%s: well-formed, but cJSON refuses it", what);
	if (rc == 0 && !well_formed)
		ck_abort_msg("%s: accepted, but not well-formed", what);
	if (rc == 0 && !theirs)
		ck_abort_msg("%s: accepted, but cJSON refuses it", what);
	if (rc == 0 && !same(ours, theirs))
		ck_abort_msg("%s: not the tree cJSON builds", what);
	compare_read(text, len, true, theirs, what);
	cJSON_Delete(theirs);
	if (rc == 0)
		big__json_tree_free(&tree);
	return rc == 0;
}

/* Whether the loaders' mode reads @text (compare() checks it every way). */
static bool reads(const char *text)
{
	size_t len = strlen(text);
	compare(text, len, 64, text);
	size_t bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	cJSON *theirs = cjson_parse(text + bom, len - bom);
	bool read = compare_read(text, len, prescan_passes(text, len), theirs, text);
	cJSON_Delete(theirs);
	return read;
}

static bool accepts(const char *text, unsigned max_depth)
{
	return compare(text, strlen(text), max_depth, text);
}

static void cases(void)
{
	static const char *const plain[] = {
	    "{}",
	    " [ ] ",
	    "{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\"}}\n",
	    "[0, -0, 7, -12, 999999999999999, 1234567890123456789, 1.5, -0.25e3, 1E+2, 2e-3]",
	    "[2147483647, 2147483648, -2147483648, -2147483649, 1e400, -1e400, 4.2e-320]",
	    "[\"\", \"caf\xc3\xa9\", \"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"a\\\\u0041\"]",
	    "{\"\": 1, \"x\": 1, \"x\": 2}",
	    "\r\n\t[1,\n\t\t2]\r\n",
	};
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		ck_assert_msg(accepts(plain[i], 64), "declined: %s", plain[i]);

	static const char *const declined[] = {
	    "",
	    "[1,]",
	    "{\"a\" 1}",
	    "{\"a\": 1} x",
	    "{\"a\": 1}}",
	    "[01]",
	    "[1.]",
	    "[.5]",
	    "[+1]",
	    "[1e]",
	    "[-]",
	    "[tru]",
	    "[\"\\u00e9\"]",
	    "[\"\\ud83d\\ude00\"]",
	    "[\"\\x\"]",
	    "[\"a\nb\"]",
	    "[\"a\tb\"]",
	    "[\"open",
	    "[\"\\",
	    "\f[]",
	    "[1\f]",
	    "{1: 2}",
	    "[1234567890123456789012345678901234567890123456789012345678901234]",
	    "[\"\xff\"]",
	    "[\"caf\xc3\"]",
	    "[\"\xc3\xa9\xa9\"]",
	    "[\"\xed\xa0\x80\"]",
	    "[\"\\\xc3\xa9\"]",
	    "[\xc3\xa9]",
	    "{\"a\": 1}\x01",
	};
	for (size_t i = 0; i < sizeof(declined) / sizeof(declined[0]); i++)
		ck_assert_msg(!accepts(declined[i], 64), "accepted: %s", declined[i]);

	/* The depth limit counts arrays and objects, as the pre-scan does. */
	ck_assert(accepts("[[[]], {\"a\": [1]}]", 3));
	ck_assert(!accepts("[[[]], {\"a\": [1]}]", 2));
	ck_assert(!accepts("[[[[]]]]", 3));
	ck_assert(accepts("[1, \"[[[[\"]", 1));
}

/* What the loaders' mode reads besides plain JSON: \u escapes, a byte order
 * mark, numbers of any length (compare() checks every text of this file in
 * that mode too). */
static void read_cases(void)
{
	static const char *const read[] = {
	    "[\"\\u00e9\", \"\\u00E9x\", \"\\ud83d\\ude00\", \"\\uDBFF\\uDFFF\", \"a\\u0041\"]",
	    "[\"\\u0001\\u007f\\u0080\\u07ff\\u0800\\uffff\\ud800\\udc00\"]",
	    "{\"k\\u00e9y\": \"v\\n\\u20ac\", \"\\u0022\\u005c\": [\"\\/\"]}",
	    "\xEF\xBB\xBF{\"a\": [1, 2.5, \"\\u00e9\"]}",
	    "\xEF\xBB\xBF 7",
	    "\xEF\xBB\xBF\"x\"\n",
	    "[12345678901234567890123456789012345678901234567890123456789012345678901234567890]",
	    "[-0.00000000000000000000000000000000000000000000000000000000000000000001e-5]",
	    "[1234567890123456, -1234567890123456, 0.1, -0.0, 1e-400, 17e-1, 3.14159e2]",
	    "[1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324, 123456789012345.5]",
	};
	for (size_t i = 0; i < sizeof(read) / sizeof(read[0]); i++)
		ck_assert_msg(reads(read[i]), "not read: %s", read[i]);

	/* Refused on purpose, although cJSON reads them; and what neither reads. */
	static const char *const refused[] = {
	    "[03]",          "[-01.5]",         "[1.]",          "[1.e5]",           "{\"a\": 00}",
	    "[\"\\u0000\"]", "[\"a\\u0000b\"]", "[\"\\u12G4\"]", "{\"\\u00g0\": 1}", "[\"a\tb\"]",
	    "[-.5]",         "[-.25e1]",
	};
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		cJSON *theirs = cjson_parse(refused[i], strlen(refused[i]));
		ck_assert_msg(theirs != NULL, "cJSON refuses: %s", refused[i]);
		cJSON_Delete(theirs);
		ck_assert_msg(!reads(refused[i]), "read: %s", refused[i]);
	}
	static const char *const neither[] = {
	    "\xEF\xBB\xBF",  "{",           "[1, 2",   "{\"a\"", "{\"a\":",
	    "[\"\\ud83d\"]", "[\"\\u12\"]", "[1] [2]",
	};
	for (size_t i = 0; i < sizeof(neither) / sizeof(neither[0]); i++)
		ck_assert_msg(!reads(neither[i]), "read: %s", neither[i]);
}

/* Runs @check in the C locale and, when it is installed, under nl_NL, whose
 * decimal comma cJSON follows when it reads numbers. */
static void in_locales(void (*check)(void))
{
	check();
	if (test_setlocale_nl("the locale check of suite json-tree")) {
		check();
		setlocale(LC_ALL, "C");
	}
}

START_TEST(test_cases)
{
	in_locales(cases);
}
END_TEST

START_TEST(test_read_cases)
{
	in_locales(read_cases);
}
END_TEST

/* A nesting of @depth arrays, built in @buf. */
static const char *nested(char *buf, unsigned depth)
{
	memset(buf, '[', depth);
	memset(buf + depth, ']', depth);
	buf[2 * depth] = '\0';
	return buf;
}

/* The well-formedness check says what RFC 8259 says, within what cJSON
 * reads (compare() checks that on every text of this file). */
static void well_formed_cases(void)
{
	static const char *const good[] = {
	    "{}",
	    " [1, -0.5e+3, true, false, null] \r\n",
	    "\xef\xbb\xbf{\"a\": \"b\"}",
	    "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]",
	    "[\"\\u00e9\\u00E9\\uFFFF\\u0041\"]",
	    "[\"\\ud83d\\ude00 \\uDBFF\\uDFFF\"]",
	    "{\"caf\xc3\xa9 \\u00e9\": [\"\\n\"]}",
	    "[123456789012345678901234567890123456789012345678901234567890123]",
	    "\"x\"",
	    "0",
	    "\xef\xbb\xbf\x33", /* cJSON failed on it after its own skip of the mark */
	};
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		ck_assert_msg(big__json_well_formed(good[i], strlen(good[i])),
			      "not well-formed: %s", good[i]);
		compare(good[i], strlen(good[i]), 64, good[i]);
	}

	static const char *const bad[] = {
	    "",
	    "  ",
	    "\xef\xbb\xbf",
	    "[1,]",
	    "{\"a\" 1}",
	    "{\"a\": 1,}",
	    "{1: 2}",
	    "[1] [2]",
	    "[01]",
	    "[1.]",
	    "[-]",
	    "[1e+]",
	    "[tru]",
	    "[nul]",
	    "[1234567890123456789012345678901234567890123456789012345678901234]",
	    "[\"\\x\"]",
	    "[\"\\u12\"]",
	    "[\"\\u12G4\"]",
	    "[\"\\ude00\"]",
	    "[\"\\ud83d\"]",
	    "[\"\\ud83dx\"]",
	    "[\"\\ud83d\\n\"]",
	    "[\"\\ud83d\\u0041\"]",
	    "[\"\\ud83d\\ud83d\"]",
	    "[\"\\ud83d\\ude0\"]",
	    "[\"a\tb\"]",
	    "[\"open",
	    "[\"\\",
	    "{\"a\": [1}",
	    "[1, 2",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		ck_assert_msg(!big__json_well_formed(bad[i], strlen(bad[i])), "well-formed: %s",
			      bad[i]);
		compare(bad[i], strlen(bad[i]), 64, bad[i]);
	}

	/* cJSON reads at most CJSON_NESTING_LIMIT levels. */
	char *buf = malloc(2 * CJSON_NESTING_LIMIT + 3);
	ck_assert_ptr_nonnull(buf);
	ck_assert(big__json_well_formed(nested(buf, CJSON_NESTING_LIMIT), 2 * CJSON_NESTING_LIMIT));
	cJSON *deepest = cjson_parse(buf, 2 * CJSON_NESTING_LIMIT);
	ck_assert_ptr_nonnull(deepest);
	cJSON_Delete(deepest);
	ck_assert(!big__json_well_formed(nested(buf, CJSON_NESTING_LIMIT + 1),
					 2 * CJSON_NESTING_LIMIT + 2));
	free(buf);
}

START_TEST(test_well_formed)
{
	in_locales(well_formed_cases);
}
END_TEST

/* Every JSON file below @dir (the corpus of the fuzzers too). */
static void compare_dir(const char *dir, size_t *accepted, size_t *declined)
{
	DIR *d = opendir(dir);
	ck_assert_msg(d != NULL, "cannot open %s", dir);
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		DIR *sub = opendir(path);
		if (sub) {
			closedir(sub);
			compare_dir(path, accepted, declined);
			continue;
		}
		size_t len = 0;
		char *text = test_read_file(path, &len);
		ck_assert_msg(text != NULL, "cannot read %s", path);
		if (compare(text, len, 64, path))
			++*accepted;
		else
			++*declined;
		free(text);
	}
	closedir(d);
}

START_TEST(test_files)
{
	size_t accepted = 0, declined = 0;
	char *fuzz = test_data_path("../fuzz/corpus"),
	     *builtin = test_data_path("../../libbig/catalogues");
	texts_read = 0;
	compare_dir(test_data_dir(), &accepted, &declined);
	compare_dir(fuzz, &accepted, &declined);
	compare_dir(builtin, &accepted, &declined);
	free(fuzz);
	free(builtin);
	ck_assert_uint_gt(accepted, 500);
	ck_assert_uint_gt(declined, 100);
	/* the loaders' mode reads more: escapes, byte order marks */
	ck_assert_uint_gt(texts_read, accepted);
}
END_TEST

/* Small random edits of @doc: whatever is accepted is cJSON's tree, whatever
 * is well-formed cJSON reads. Returns how many were accepted; counts the
 * well-formed ones in *@well_formed. */
static size_t mutate(const char *doc, uint64_t seed, size_t *well_formed)
{
	static const char alphabet[] = "{}[]\",:0123456789.-+eE \n\t\\\"abtnfuDd\x01\xc3\xa9";
	char text[512];
	size_t accepted = 0, n = strlen(doc);
	ck_assert_uint_lt(n + 8, sizeof(text));
	*well_formed = 0;
	for (int round = 0; round < 20000; round++) {
		size_t len = n;
		memcpy(text, doc, len);
		for (int k = 0; k < 2; k++) {
			seed = seed * 6364136223846793005u + 1442695040888963407u;
			size_t at = (size_t)(seed >> 33) % len;
			char c = alphabet[(seed >> 20) % (sizeof(alphabet) - 1)];
			switch ((seed >> 8) % 3) {
			case 0:
				text[at] = c;
				break;
			case 1:
				memmove(text + at + 1, text + at, len - at);
				text[at] = c;
				len++;
				break;
			default:
				memmove(text + at, text + at + 1, len - at - 1);
				len--;
			}
		}
		accepted += compare(text, len, 64, "a mutation");
		*well_formed += big__json_well_formed(text, len);
	}
	return accepted;
}

static void mutations(void)
{
	static const char plain[] =
	    "{\"format\": \"libbig.assessment\", \"format_version\": 1,\n"
	    " \"organisation\": {\"id\": \"GM0001\", \"attributes\": {\"inhabitants\": 8134}},\n"
	    " \"results\": {\"5.01.01\": {\"status\": \"implemented\", \"maturity\": 2,\n"
	    "   \"criteria_met\": [\"performed\", \"documented\"], \"weight\": 1.5,\n"
	    "   \"explanation\": \"caf\xc3\xa9 \\\"quoted\\\"\", \"expires\": null, \"x\": [true, "
	    "false]}}}\n";
	/* \u escapes, which json-tree.c declines and the check reads. */
	static const char escaped[] =
	    "{\"a\\u00e9\": [\"\\ud83d\\ude00\", \"\\uD800\\uDC00x\", \"\\u0041\\u00ff\\uFFFF\"],\n"
	    " \"b\": {\"c\": [-1.5e-3, 0, true, null, \"\\n\\/\"]}, \"d\": \"\\udbff\\udfff\"}\n";
	size_t well_formed;
	ck_assert_uint_gt(mutate(plain, 0x9e3779b97f4a7c15u, &well_formed), 1000);
	ck_assert_uint_gt(well_formed, 1000);
	ck_assert_uint_eq(mutate(escaped, 0x2545f4914f6cdd1du, &well_formed), 0);
	ck_assert_uint_gt(well_formed, 1000);
}

START_TEST(test_mutations)
{
	in_locales(mutations);
}
END_TEST

static Suite *json_tree_suite(void)
{
	Suite *s = suite_create("json-tree");
	TCase *tc = tcase_create("same as cJSON");

	tcase_add_test(tc, test_cases);
	tcase_add_test(tc, test_read_cases);
	tcase_add_test(tc, test_well_formed);
	tcase_add_test(tc, test_files);
	tcase_add_test(tc, test_mutations);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return test_run_suite(json_tree_suite());
}
