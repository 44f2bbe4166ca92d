/*
 * libbig — reading libbig documents: the text of a file or buffer, read by
 * the JSON reader (json-tree.c), its format, and typed access to the tree
 * with errors that name the place (a JSON path, or line:column from
 * json-error.c when the text is not JSON).
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "errors-int.h"
#include "json-error.h"
#include "json-read.h"
#include "text.h"

#define DEFAULT_MAX_DEPTH 64u

static int read_file(char **out, size_t *len, const char *path, size_t max_bytes);
static int check_and_parse(struct big_json_doc *doc, const char *data, size_t len, size_t max_bytes,
			   unsigned max_depth, const char *format);

int big__json_open(struct big_json_doc *doc, const struct big_json_input *in,
		   const big_load_options *opts, big_document_kind kind,
		   struct big_diag_list *diags)
{
	const char *format = big_document_kind_name(kind); /* NULL: any JSON value */
	const big_load_options defaults = BIG_LOAD_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (opts->version != BIG_LOAD_OPTIONS_VERSION)
		return big__error_set(BIG_EINVAL, "unsupported big_load_options version %u",
				      opts->version);
	size_t max_bytes = opts->max_bytes ? opts->max_bytes : BIG_LOAD_DEFAULT_MAX_BYTES;
	unsigned max_depth = opts->max_depth ? opts->max_depth : DEFAULT_MAX_DEPTH;
	/* The limit cJSON set when it parsed for libbig; the reader recurses. */
	if (max_depth > CJSON_NESTING_LIMIT)
		max_depth = CJSON_NESTING_LIMIT;

	const char *data = in->data;
	size_t len = in->len;
	*doc = (struct big_json_doc){.source = in->path ? in->path : in->name,
				     .strict = (opts->flags & BIG_LOAD_STRICT) != 0,
				     .diags = diags};
	if (opts->source)
		doc->source = opts->source;
	if (in->path) {
		int rc = read_file(&doc->text, &len, in->path, max_bytes);
		if (rc)
			return rc;
		data = doc->text;
	}
	int rc = check_and_parse(doc, data, len, max_bytes, max_depth, format);
	if (rc)
		big__json_close(doc);
	return rc;
}

static int check_and_parse(struct big_json_doc *doc, const char *data, size_t len, size_t max_bytes,
			   unsigned max_depth, const char *format)
{
	int rc;
	if (!data)
		return big__error_set(BIG_EINVAL, "no input");
	if (len > max_bytes)
		return big__error_set_path(BIG_ELIMIT, doc->source, NULL,
					   "input of %zu bytes exceeds the limit of %zu bytes", len,
					   max_bytes);
	struct big_json_stop stop;
	rc = big__json_tree_read(&doc->tree, data, len, max_depth, &doc->root, &stop);
	if (rc == BIG_JSON_TREE_DECLINED)
		rc = big__json_syntax_error(doc->source, data, len, max_depth, &stop);
	if (rc || !format)
		return rc;

	struct big_jpath root = {NULL, NULL, 0};
	if (!cJSON_IsObject(doc->root))
		return big__json_fail(doc, BIG_ESCHEMA, &root,
				      "a libbig document is a JSON object");
	const cJSON *f = cJSON_GetObjectItemCaseSensitive(doc->root, "format");
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(doc->root, "format_version");
	if (!f)
		rc = big__json_missing(doc, &root, "format");
	else if (!cJSON_IsString(f) || strcmp(f->valuestring, format) != 0)
		rc = big__json_fail(doc, BIG_EVERSION, &(struct big_jpath){&root, "format", 0},
				    "expected \"%s\"", format);
	else if (!v)
		rc = big__json_missing(doc, &root, "format_version");
	else if (!cJSON_IsNumber(v) || v->valuedouble != 1.0)
		rc = big__json_fail(doc, BIG_EVERSION,
				    &(struct big_jpath){&root, "format_version", 0},
				    "unsupported format_version (this library reads version 1)");
	return rc;
}

void big__json_close(struct big_json_doc *doc)
{
	big__json_tree_free(&doc->tree);
	doc->root = NULL;
	big_free(doc->text);
	doc->text = NULL;
}

/* What strerror_r() returned: its XSI form (int), which _POSIX_C_SOURCE
 * declares, fails only for a number it does not know, for which strerror()
 * says "Unknown error N"; its GNU form (_GNU_SOURCE) returns the text. */
static const char *xsi_error_text(int rc, char *buf, size_t size, int err)
{
	if (rc != 0)
		snprintf(buf, size, "Unknown error %d", err);
	return buf;
}

static const char *gnu_error_text(const char *text, char *buf, size_t size, int err)
{
	(void)buf, (void)size, (void)err;
	return text;
}

/* The text strerror() gives for @err, without its buffer shared between
 * threads: in @buf, or a constant. */
static const char *error_text(int err, char *buf, size_t size)
{
	return _Generic(strerror_r(err, buf, size), int: xsi_error_text, char *: gnu_error_text)(
	    strerror_r(err, buf, size), buf, size, err);
}

static int read_file(char **out, size_t *len, const char *path, size_t max_bytes)
{
	char why[256];
	*out = NULL;
	FILE *f = fopen(path, "rb");
	if (!f && errno == ENOMEM) /* the C library's FILE could not be allocated */
		return big__error_nomem();
	if (!f)
		return big__error_set_path(BIG_EIO, path, NULL, "cannot open: %s",
					   error_text(errno, why, sizeof(why)));
	struct big_strbuf_local {
		char *data;
		size_t len, cap;
	} b = {0};
	int rc = 0;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (b.len + n > max_bytes) {
			rc = big__error_set_path(BIG_ELIMIT, path, NULL,
						 "file exceeds the limit of %zu bytes", max_bytes);
			break;
		}
		if (big__grow((void **)&b.data, &b.cap, b.len + n + 1, 1)) {
			rc = BIG_ENOMEM;
			break;
		}
		memcpy(b.data + b.len, chunk, n);
		b.len += n;
	}
	if (!rc && ferror(f))
		rc = big__error_set_path(BIG_EIO, path, NULL, "cannot read: %s",
					 error_text(errno, why, sizeof(why)));
	fclose(f);
	if (!rc && !b.data && !(b.data = big__malloc(1)))
		rc = BIG_ENOMEM;
	if (rc) {
		big_free(b.data);
		return rc;
	}
	b.data[b.len] = '\0';
	*out = b.data;
	*len = b.len;
	return 0;
}

static bool identifier(const char *s)
{
	if (!*s || (*s >= '0' && *s <= '9'))
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_'))
			return false;
	return true;
}

static size_t render(const struct big_jpath *p, char *buf, size_t size)
{
	size_t n = p->up ? render(p->up, buf, size) : (size_t)snprintf(buf, size, "$");
	if (!p->up && !p->key)
		return n;
	char *at = buf + (n < size ? n : size - 1);
	size_t room = n < size ? size - n : 1;
	int k;
	if (!p->key)
		k = snprintf(at, room, "[%zu]", p->index);
	else if (identifier(p->key))
		k = snprintf(at, room, ".%s", p->key);
	else {
		/* Quote the key as a JSON string would be quoted. */
		k = snprintf(at, room, "[\"");
		if (k > 0 && (size_t)k < room)
			k += (int)big__text_escape(at + k, room - (size_t)k, p->key, true);
		if ((size_t)k < room)
			k += snprintf(at + k, room - k, "\"]");
	}
	return n + (k > 0 ? (size_t)k : 0);
}

void big__jpath_render(const struct big_jpath *path, char *buf, size_t size)
{
	if (size == 0)
		return;
	buf[0] = '\0';
	render(path, buf, size);
}

int big__json_fail(const struct big_json_doc *doc, int code, const struct big_jpath *path,
		   const char *fmt, ...)
{
	char where[512], what[512];
	va_list ap;
	big__jpath_render(path, where, sizeof(where));
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return big__error_set_path(code, doc->source, where, "%s", what);
}

int big__json_unknown(const struct big_json_doc *doc, const struct big_jpath *path,
		      const cJSON *item)
{
	(void)item;
	if (doc->strict)
		return big__json_fail(doc, BIG_ESCHEMA, path, "unknown field (strict mode)");
	char where[512];
	big__jpath_render(path, where, sizeof(where));
	return big__diag_add(doc->diags, BIG_SEVERITY_WARNING, "unknown-field", where,
			     "unknown field '%s' ignored", path->key ? path->key : "");
}

int big__json_collect(const struct big_json_doc *doc, const cJSON *obj,
		      const struct big_jpath *path, struct big_json_field *fields, size_t count)
{
	int rc = big__json_object(doc, obj, path);
	if (rc)
		return rc;
	for (const cJSON *m = obj->child; m; m = m->next) {
		struct big_jpath mp = {path, m->string, 0};
		size_t i = 0;
		while (i < count && (fields[i].name[0] != m->string[0] ||
				     strcmp(fields[i].name, m->string) != 0))
			i++;
		if (i == count)
			rc = big__json_unknown(doc, &mp, m);
		else if (fields[i].item)
			rc = big__json_fail(doc, BIG_EDUPLICATE, &mp, "field given twice");
		else
			fields[i].item = m;
		if (rc)
			return rc;
	}
	return 0;
}

static const char *type_name(const cJSON *item)
{
	if (cJSON_IsObject(item))
		return "an object";
	if (cJSON_IsArray(item))
		return "an array";
	if (cJSON_IsString(item))
		return "a string";
	if (cJSON_IsNumber(item))
		return "a number";
	if (cJSON_IsBool(item))
		return "a boolean";
	return "null";
}

static int wrong_type(const struct big_json_doc *doc, const cJSON *item,
		      const struct big_jpath *path, const char *want)
{
	return big__json_fail(doc, BIG_ESCHEMA, path, "expected %s, found %s", want,
			      type_name(item));
}

int big__json_object(const struct big_json_doc *doc, const cJSON *item,
		     const struct big_jpath *path)
{
	return cJSON_IsObject(item) ? 0 : wrong_type(doc, item, path, "an object");
}

int big__json_array(const struct big_json_doc *doc, const cJSON *item, const struct big_jpath *path)
{
	return cJSON_IsArray(item) ? 0 : wrong_type(doc, item, path, "an array");
}

int big__json_string(const struct big_json_doc *doc, const cJSON *item,
		     const struct big_jpath *path, const char **out)
{
	if (!cJSON_IsString(item))
		return wrong_type(doc, item, path, "a string");
	/* No \u0000 can cut it short: the reader refuses that escape. */
	*out = item->valuestring;
	return 0;
}

int big__json_nonempty_string(const struct big_json_doc *doc, const cJSON *item,
			      const struct big_jpath *path, const char **out)
{
	int rc = big__json_string(doc, item, path, out);
	if (!rc && !**out)
		rc = big__json_fail(doc, BIG_ESCHEMA, path, "must not be empty");
	return rc;
}

/* A control character in the id or title @s at @path: a warning, or an
 * error in strict mode. */
static int control_character(const struct big_json_doc *doc, const struct big_jpath *path,
			     const char *s)
{
	size_t at;
	unsigned c = big__text_control(s, &at);
	if (!c)
		return 0;
	if (doc->strict)
		return big__json_fail(doc, BIG_ESCHEMA, path,
				      "control character U+%04X at byte %zu of an id or a title "
				      "(strict mode)",
				      c, at);
	if (!doc->diags)
		return 0;
	char where[512];
	big__jpath_render(path, where, sizeof(where));
	return big__diag_add(doc->diags, BIG_SEVERITY_WARNING, "control-character", where,
			     "control character U+%04X at byte %zu of an id or a title", c, at);
}

int big__json_text(const struct big_json_doc *doc, const cJSON *item, const struct big_jpath *path,
		   enum big_text_kind kind, const char **out)
{
	int rc = kind == BIG_TEXT_ID ? big__json_nonempty_string(doc, item, path, out)
				     : big__json_string(doc, item, path, out);
	return rc || kind == BIG_TEXT_FREE ? rc : control_character(doc, path, *out);
}

int big__json_copy_string(const struct big_json_doc *doc, struct big_arena *arena,
			  const cJSON *item, const struct big_jpath *path, enum big_text_kind kind,
			  const char **out)
{
	const char *s = NULL;
	int rc = big__json_text(doc, item, path, kind, &s);
	if (rc)
		return rc;
	*out = big__arena_strdup(arena, s);
	return *out ? 0 : BIG_ENOMEM;
}

int big__json_string_list(const struct big_json_doc *doc, struct big_arena *arena,
			  const cJSON *array, const struct big_jpath *path, const char ***out,
			  size_t *count)
{
	int rc = big__json_array(doc, array, path);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(array), i = 0;
	const char **items = big__arena_alloc(arena, n * sizeof(*items));
	if (!items)
		return BIG_ENOMEM;
	for (const cJSON *it = array->child; it; it = it->next, i++) {
		struct big_jpath ip = {path, NULL, i};
		if ((rc = big__json_copy_string(doc, arena, it, &ip, BIG_TEXT_ID, &items[i])))
			return rc;
	}
	*out = items;
	*count = n;
	return 0;
}

int big__json_number(const struct big_json_doc *doc, const cJSON *item,
		     const struct big_jpath *path, double *out)
{
	if (!cJSON_IsNumber(item))
		return wrong_type(doc, item, path, "a number");
	if (!isfinite(item->valuedouble))
		return big__json_fail(doc, BIG_ERANGE, path, "number out of range");
	*out = item->valuedouble;
	return 0;
}

int big__json_int(const struct big_json_doc *doc, const cJSON *item, const struct big_jpath *path,
		  int min, int max, int *out)
{
	double d = 0;
	int rc = big__json_number(doc, item, path, &d);
	if (rc)
		return rc;
	if (d != floor(d))
		return big__json_fail(doc, BIG_ESCHEMA, path, "expected a whole number");
	if (d < min || d > max)
		return big__json_fail(doc, BIG_ERANGE, path, "must be between %d and %d", min, max);
	*out = (int)d;
	return 0;
}

int big__json_bool(const struct big_json_doc *doc, const cJSON *item, const struct big_jpath *path,
		   bool *out)
{
	if (!cJSON_IsBool(item))
		return wrong_type(doc, item, path, "a boolean");
	*out = cJSON_IsTrue(item);
	return 0;
}

int big__json_date(const struct big_json_doc *doc, const cJSON *item, const struct big_jpath *path,
		   const char **out)
{
	int rc = big__json_string(doc, item, path, out);
	if (!rc && !big__date_valid(*out))
		rc = big__json_fail(doc, BIG_ESCHEMA, path, "expected a date YYYY-MM-DD");
	return rc;
}

int big__json_missing(const struct big_json_doc *doc, const struct big_jpath *path, const char *key)
{
	struct big_jpath member = {path, key, 0};
	return big__json_fail(doc, BIG_ESCHEMA, &member, "missing required field '%s'", key);
}

bool big__date_valid(const char *s)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	for (int i = 0; i < 10; i++) {
		bool digit = s[i] >= '0' && s[i] <= '9';
		if ((i == 4 || i == 7) ? s[i] != '-' : !digit)
			return false;
	}
	if (s[10] != '\0')
		return false;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return false;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(m == 2 && d == 29 && !leap);
}
