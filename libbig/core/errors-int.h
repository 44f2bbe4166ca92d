/*
 * libbig — private: setting the per-thread last error.
 *
 * Every setter returns the code it was given, so that a failing function can
 * `return big__error_set(BIG_EINVAL, "…");`.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef BIG_ERRORS_INT_H
#define BIG_ERRORS_INT_H

#if defined(__GNUC__)
#define BIG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define BIG_PRINTF(f, a)
#endif

/* An error without a place in the input. */
int big__error_set(int code, const char *fmt, ...) BIG_PRINTF(2, 3);
/* An error at line:column of @source: "source:line:column: message". */
int big__error_set_at(int code, const char *source, int line, int column, const char *fmt, ...)
    BIG_PRINTF(5, 6);
/* An error at a JSON path of @source: "source: path: message". */
int big__error_set_path(int code, const char *source, const char *path, const char *fmt, ...)
    BIG_PRINTF(4, 5);
/* BIG_ENOMEM with a fixed message (allocates nothing). */
int big__error_nomem(void);

#endif /* BIG_ERRORS_INT_H */
