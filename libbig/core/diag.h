/*
 * libbig — private: a growable list of diagnostics that owns its strings.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_DIAG_H
#define BIG_DIAG_H

#include "big.h"
#include "errors-int.h"

struct big_diag_list {
	big_diagnostic *items;
	size_t count;
	size_t cap;
};

/* Appends a diagnostic; @code is a static string. 0 or BIG_ENOMEM. */
int big__diag_add(struct big_diag_list *list, big_severity severity, const char *code,
		  const char *path, const char *fmt, ...) BIG_PRINTF(5, 6);
/* Appends copies of all diagnostics of @from. 0 or BIG_ENOMEM. */
int big__diag_copy(struct big_diag_list *list, const struct big_diag_list *from);
const big_diagnostic *big__diag_get(const struct big_diag_list *list, size_t i);
void big__diag_clear(struct big_diag_list *list);

#endif /* BIG_DIAG_H */
