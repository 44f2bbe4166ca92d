/*
 * libbig — XLSX workbooks when libbig is built without them (meson option
 * `xlsx` disabled): both directions fail with an error naming the feature.
 *
 * SPDX-License-Identifier: MIT
 */
#include "xlsx.h"

#include "big.h"
#include "errors-int.h"

static int missing(void)
{
	return big__error_set(BIG_EUNSUPPORTED, "this libbig was built without XLSX workbooks "
						"(meson option xlsx): use a CSV workbook");
}

int big__xlsx_write(const struct big_book *book, const char *path)
{
	(void)book;
	(void)path;
	return missing();
}

int big__xlsx_read(struct big_book *book, const void *data, size_t len, const char *source)
{
	(void)book;
	(void)data;
	(void)len;
	(void)source;
	return missing();
}
