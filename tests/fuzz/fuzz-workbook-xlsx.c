/*
 * Fuzz target: the XLSX workbook import. The input is an XLSX file, read
 * with big_workbook_add_xlsx() and imported against the small catalogue of
 * fuzz-workbook.h, lenient and strict, with the same checks as the CSV
 * target (fuzz-workbook.c). The seeds are templates big_workbook_write_xlsx()
 * wrote, filled and not (make-workbook-xlsx-seeds.py).
 *
 * SPDX-License-Identifier: MIT
 */
#include <big.h>
#include <stdint.h>
#include <stdlib.h>

#include "fuzz-workbook.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	big_workbook *wb = NULL;
	if (big_workbook_new(&wb))
		abort();
	if (big_workbook_add_xlsx(wb, (const char *)data, size, "fuzz.xlsx")) {
		if (!*big_error_last()->message)
			abort();
	} else {
		check_import(wb);
	}
	big_workbook_free(wb);
	return 0;
}
