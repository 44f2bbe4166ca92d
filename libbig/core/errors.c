/*
 * libbig — the per-thread last error.
 *
 * The error lives in fixed thread-local buffers, so that setting it never
 * allocates and can report an allocation failure.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "big.h"
#include "errors-int.h"
#include "text.h"

#define BIG_MESSAGE_MAX 2048
#define BIG_WHAT_MAX    768
#define BIG_SOURCE_MAX  256
#define BIG_PATH_MAX    512

struct big_error_state {
	big_error error;
	char message[BIG_MESSAGE_MAX];
	char source[BIG_SOURCE_MAX];
	char path[BIG_PATH_MAX];
};

static _Thread_local struct big_error_state tls;

static struct big_error_state *state(void)
{
	if (!tls.error.message) {
		strcpy(tls.message, "no error");
		tls.error.message = tls.message;
		tls.error.source = tls.source;
		tls.error.path = tls.path;
	}
	return &tls;
}

static void copy(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

static int set(int code, const char *source, const char *path, int line, int column,
	       const char *fmt, va_list ap) BIG_PRINTF(6, 0);

static int set(int code, const char *source, const char *path, int line, int column,
	       const char *fmt, va_list ap)
{
	struct big_error_state *s = state();
	char what[BIG_WHAT_MAX], message[BIG_MESSAGE_MAX];

	vsnprintf(what, sizeof(what), fmt, ap);
	copy(s->source, sizeof(s->source), source);
	copy(s->path, sizeof(s->path), path);
	s->error.code = code;
	s->error.line = line;
	s->error.column = column;
	if (source && line > 0)
		snprintf(message, sizeof(message), "%s:%d:%d: %s", source, line, column, what);
	else if (source && path && *path)
		snprintf(message, sizeof(message), "%s: %s: %s", source, path, what);
	else if (source)
		snprintf(message, sizeof(message), "%s: %s", source, what);
	else
		copy(message, sizeof(message), what);
	/* Text quoted from a document (an id, a title, a file name) cannot
	 * write control characters into a terminal or a log. */
	big__text_escape(s->message, sizeof(s->message), message, false);
	return code;
}

int big__error_set(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set(code, NULL, NULL, 0, 0, fmt, ap);
	va_end(ap);
	return code;
}

int big__error_set_at(int code, const char *source, int line, int column, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set(code, source, NULL, line, column, fmt, ap);
	va_end(ap);
	return code;
}

int big__error_set_path(int code, const char *source, const char *path, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set(code, source, path, 0, 0, fmt, ap);
	va_end(ap);
	return code;
}

int big__error_nomem(void)
{
	return big__error_set(BIG_ENOMEM, "out of memory");
}

const big_error *big_error_last(void)
{
	return &state()->error;
}

void big_error_clear(void)
{
	struct big_error_state *s = state();
	s->error.code = BIG_OK;
	s->error.line = 0;
	s->error.column = 0;
	strcpy(s->message, "no error");
	s->source[0] = '\0';
	s->path[0] = '\0';
}
