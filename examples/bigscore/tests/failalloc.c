/*
 * failalloc — an LD_PRELOAD shim for the allocation sweep of bigscore
 * (check-alloc-sweep.py): it counts the allocations of the process (bigscore,
 * libbig, cJSON, the C library: malloc, calloc, realloc, reallocarray,
 * posix_memalign, aligned_alloc, memalign) and makes one of them fail.
 *
 *   BIG_FAILALLOC_AT=N     the Nth allocation (from 1) fails with ENOMEM, and
 *                          no other; 0 or unset: none fails
 *   BIG_FAILALLOC_COUNT=F  at exit, the number of allocations made is
 *                          written to the file F (to size the sweep)
 *
 * Counting starts when the shim is loaded, so the dynamic loader's own
 * allocations before it are not counted; the C library's afterwards are
 * (stdio buffers, locale data), as they are bigscore's too. It calls the C
 * library's own allocator through glibc's __libc_* entry points, so that it
 * needs no dlsym() (which allocates).
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t size);
extern void *__libc_memalign(size_t align, size_t size);
extern void __libc_free(void *p);

static unsigned long count, fail_at;
static const char *count_file;

/* Whether this allocation is the one to fail. Not thread-safe on purpose:
 * bigscore allocates on one thread. */
static int failing(void)
{
	return ++count == fail_at;
}

/* The decimal digits of @v into @buf (at least 21 bytes); their length. */
static size_t digits(char *buf, unsigned long v)
{
	char tmp[21];
	size_t n = 0, k = 0;
	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	while (n)
		buf[k++] = tmp[--n];
	buf[k++] = '\n';
	return k;
}

static void write_count(void)
{
	char buf[24];
	int fd = open(count_file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return;
	size_t n = digits(buf, count);
	if (write(fd, buf, n) != (ssize_t)n)
		(void)0; /* the sweep then finds no count and says so */
	close(fd);
}

__attribute__((constructor)) static void setup(void)
{
	const char *at = getenv("BIG_FAILALLOC_AT");
	for (; at && *at >= '0' && *at <= '9'; at++)
		fail_at = fail_at * 10 + (unsigned long)(*at - '0');
	count_file = getenv("BIG_FAILALLOC_COUNT");
	if (count_file)
		atexit(write_count);
}

void *malloc(size_t size)
{
	if (failing()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_malloc(size);
}

void *calloc(size_t n, size_t size)
{
	if (failing()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_calloc(n, size);
}

void *realloc(void *p, size_t size)
{
	if (failing()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_realloc(p, size);
}

void *reallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, n * size);
}

void *memalign(size_t align, size_t size)
{
	if (failing()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_memalign(align, size);
}

void *aligned_alloc(size_t align, size_t size)
{
	return memalign(align, size);
}

int posix_memalign(void **out, size_t align, size_t size)
{
	void *p = memalign(align, size);
	if (!p)
		return ENOMEM;
	*out = p;
	return 0;
}

void free(void *p)
{
	__libc_free(p);
}
