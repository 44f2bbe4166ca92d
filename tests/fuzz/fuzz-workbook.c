/*
 * Fuzz target: the CSV workbook import. The input is one or more CSV files:
 * the first is the requirements sheet, each line "=== NAME\n" starts the
 * file NAME (e.g. "=== w-Organisatie.csv"). They are read into a workbook
 * and imported against a small catalogue, lenient and strict. A failure
 * must name its errors; an assessment that comes out must come back the
 * same through its own template (the round trip of docs/workbooks.md).
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-workbook.h"
#include "fuzz.h"

/* Reads the files of @data into @wb; how many were refused. */
static void read_files(big_workbook *wb, const char *data, size_t size)
{
	static const char marker[] = "\n=== ";
	const char *p = data, *end = data + size, *name = "w.csv";
	size_t name_len = 5;
	while (p <= end) {
		const char *next = NULL;
		for (const char *q = p; q + sizeof(marker) - 1 <= end; q++)
			if (memcmp(q, marker, sizeof(marker) - 1) == 0) {
				next = q;
				break;
			}
		const char *stop = next ? next + 1 : end; /* the file ends with its newline */
		char file[64];
		size_t n = name_len < sizeof(file) - 1 ? name_len : sizeof(file) - 1;
		memcpy(file, name, n);
		file[n] = '\0';
		if (strlen(file) == n) { /* no NUL in the name */
			int rc = big_workbook_add_csv(wb, file, p, (size_t)(stop - p));
			if (rc && !*big_error_last()->message)
				abort();
		}
		if (!next)
			break;
		name = next + sizeof(marker) - 1;
		const char *nl = memchr(name, '\n', (size_t)(end - name));
		name_len = (size_t)((nl ? nl : end) - name);
		p = nl ? nl + 1 : end + 1;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	big_workbook *wb = NULL;
	if (big_workbook_new(&wb))
		abort();
	read_files(wb, (const char *)data, size);
	check_import(wb);
	big_workbook_free(wb);
	return 0;
}
