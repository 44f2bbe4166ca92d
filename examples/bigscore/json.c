/*
 * bigscore — writes a cJSON tree as libbig writes its documents: two-space
 * indentation (or one line), "key": value, numbers in the shortest form
 * that reads back to the same double. The tool never calls setlocale, so
 * printf and strtod use the C locale's decimal point.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "bigscore.h"

static void print_number(FILE *f, double v)
{
	char buf[40];

	if (!isfinite(v)) {
		fputs("null", f);
		return;
	}
	if (v == floor(v) && fabs(v) < 1e15) {
		fprintf(f, "%.0f", v);
		return;
	}
	for (int precision = 1; precision <= 17; precision++) {
		snprintf(buf, sizeof(buf), "%.*g", precision, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	fputs(buf, f);
}

/* Writes @v quoted and escaped; false when cJSON could not (out of memory). */
static bool print_string(FILE *f, const cJSON *v)
{
	char *text = cJSON_PrintUnformatted(v);

	if (text == NULL)
		return false;
	fputs(text, f);
	cJSON_free(text);
	return true;
}

static void newline(FILE *f, int depth, int compact)
{
	if (!compact)
		fprintf(f, "\n%*s", 2 * depth, "");
}

/* Writes @v; false when a part could not be written (out of memory). */
static bool print_value(FILE *f, const cJSON *v, int depth, int compact)
{
	const cJSON *item;
	int object = cJSON_IsObject(v);
	bool ok = true;

	if (cJSON_IsNull(v))
		fputs("null", f);
	else if (cJSON_IsBool(v))
		fputs(cJSON_IsTrue(v) ? "true" : "false", f);
	else if (cJSON_IsNumber(v))
		print_number(f, v->valuedouble);
	else if (cJSON_IsString(v))
		ok = print_string(f, v);
	if (!object && !cJSON_IsArray(v))
		return ok;
	fputc(object ? '{' : '[', f);
	cJSON_ArrayForEach(item, v)
	{
		newline(f, depth + 1, compact);
		if (object) {
			cJSON key = {.type = cJSON_String, .valuestring = item->string};

			ok = ok && print_string(f, &key);
			fputs(compact ? ":" : ": ", f);
		}
		ok = ok && print_value(f, item, depth + 1, compact);
		if (item->next)
			fputc(',', f);
	}
	if (v->child)
		newline(f, depth, compact);
	fputc(object ? '}' : ']', f);
	return ok;
}

int bs_json_print(FILE *f, const cJSON *doc, int compact)
{
	struct bs_memout m;
	FILE *mem = doc ? bs_memout_open(&m) : NULL;
	int status;

	if (mem == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	bool ok = print_value(mem, doc, 0, compact);
	fputc('\n', mem);
	status = bs_memout_close(&m, mem);
	if (status == BS_OK && !ok)
		status = bs_error(BS_INTERNAL, "out of memory");
	if (status == BS_OK && (fwrite(m.text, 1, m.len, f) != m.len || fflush(f) != 0))
		status = bs_error(bs_errno_status(errno), "standard output: %s", strerror(errno));
	free(m.text);
	return status;
}
