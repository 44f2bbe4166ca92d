/*
 * bigscore — writes a cJSON tree as libbig writes its documents: two-space
 * indentation (or one line), "key": value, numbers in the shortest form
 * that reads back to the same double. The tool never calls setlocale, so
 * printf and strtod use the C locale's decimal point.
 *
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

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

static void print_string(FILE *f, const cJSON *v)
{
	char *text = cJSON_PrintUnformatted(v); /* quoted and escaped */

	fputs(text ? text : "\"\"", f);
	cJSON_free(text);
}

static void newline(FILE *f, int depth, int compact)
{
	if (!compact)
		fprintf(f, "\n%*s", 2 * depth, "");
}

static void print_value(FILE *f, const cJSON *v, int depth, int compact)
{
	const cJSON *item;
	int object = cJSON_IsObject(v);

	if (cJSON_IsNull(v))
		fputs("null", f);
	else if (cJSON_IsBool(v))
		fputs(cJSON_IsTrue(v) ? "true" : "false", f);
	else if (cJSON_IsNumber(v))
		print_number(f, v->valuedouble);
	else if (cJSON_IsString(v))
		print_string(f, v);
	if (!object && !cJSON_IsArray(v))
		return;
	fputc(object ? '{' : '[', f);
	cJSON_ArrayForEach(item, v)
	{
		newline(f, depth + 1, compact);
		if (object) {
			cJSON key = {.type = cJSON_String, .valuestring = item->string};

			print_string(f, &key);
			fputs(compact ? ":" : ": ", f);
		}
		print_value(f, item, depth + 1, compact);
		if (item->next)
			fputc(',', f);
	}
	if (v->child)
		newline(f, depth, compact);
	fputc(object ? '}' : ']', f);
}

void bs_json_print(FILE *f, const cJSON *doc, int compact)
{
	print_value(f, doc, 0, compact);
	fputc('\n', f);
}
