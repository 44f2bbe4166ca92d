/*
 * bigscore — operands that are directories: the *.json files a directory
 * stands for, in an order that does not depend on the file system, each
 * file read once however many paths reach it, and every entry that cannot
 * be read reported (docs/cli.md, "Conventions"), never left out without a
 * word: a collaboration aggregated without a member is a wrong result.
 *
 * SPDX-License-Identifier: MIT
 */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bigscore.h"

const char bs_skip_help[] =
    "  --skip-unreadable  leave out, with a warning, an entry of a directory that\n"
    "                     cannot be read (a dangling link, a FIFO, no permission);\n"
    "                     without it such an entry is an error (exit 3)\n";

/* Deepest folder bs_expand() descends into. */
#define MAX_DEPTH 32

/* A file or a directory by device and inode: what is read once. */
struct file_id {
	dev_t dev;
	ino_t ino;
	bool used;
};

/* One expansion of the operands. */
struct expand {
	struct bs_list *files, *from_dir;
	unsigned int flags;
	struct file_id *seen; /* a hash set, open addressing */
	size_t seen_count, seen_size;
	size_t problems; /* entries that cannot be read, reported */
};

static size_t hash(dev_t dev, ino_t ino)
{
	uint64_t h = ((uint64_t)dev * 0x9E3779B97F4A7C15u) ^ (uint64_t)ino;

	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDu;
	return (size_t)(h ^ (h >> 33));
}

/* Adds @p dev @p ino to the set (room assured); returns whether it was there. */
static bool insert(struct expand *x, dev_t dev, ino_t ino)
{
	size_t mask = x->seen_size - 1;

	for (size_t i = hash(dev, ino) & mask;; i = (i + 1) & mask) {
		struct file_id *s = &x->seen[i];

		if (!s->used) {
			*s = (struct file_id){dev, ino, true};
			x->seen_count++;
			return false;
		}
		if (s->dev == dev && s->ino == ino)
			return true;
	}
}

/*
 * Marks the file or directory @p st as read. Returns 1 when it was read
 * already (through another path), 0 when not, BS_INTERNAL when out of memory
 * (reported).
 */
static int seen_before(struct expand *x, const struct stat *st)
{
	if (2 * (x->seen_count + 1) > x->seen_size) {
		size_t size = x->seen_size ? 2 * x->seen_size : 64, old_size = x->seen_size;
		struct file_id *old = x->seen;

		if ((x->seen = calloc(size, sizeof(*x->seen))) == NULL) {
			x->seen = old;
			return bs_error(BS_INTERNAL, "out of memory");
		}
		x->seen_size = size;
		x->seen_count = 0;
		for (size_t i = 0; i < old_size; i++)
			if (old[i].used)
				insert(x, old[i].dev, old[i].ino);
		free(old);
	}
	return insert(x, st->st_dev, st->st_ino) ? 1 : 0;
}

/* Whether @p s holds a control character (bs_control_length()). */
static bool has_control(const char *s)
{
	for (; *s; s++)
		if (bs_control_length(s))
			return true;
	return false;
}

/*
 * Reports an entry of a directory that cannot be read, with why: an error,
 * or with BS_EXPAND_SKIP_UNREADABLE a warning (the entry is left out).
 */
static void problem(struct expand *x, const char *path, const char *why)
{
	bool skip = x->flags & BS_EXPAND_SKIP_UNREADABLE;

	fputs(skip ? "warning: " : "bigscore: ", stderr);
	bs_put_escaped(stderr, path);
	bs_fprintf(stderr, ": %s%s\n", why, skip ? "; left out (--skip-unreadable)" : "");
	x->problems++;
}

/* Why @p path, which stat() could not follow (errno @p err), cannot be read. */
static const char *unfollowed(const char *path, int err)
{
	struct stat st;

	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		if (err == ENOENT)
			return "a symbolic link to nothing (dangling)";
		if (err == ELOOP)
			return "a loop of symbolic links";
	}
	return strerror(err);
}

/* What @p st is when it is not a regular file or a directory. */
static const char *not_a_file(const struct stat *st)
{
	if (S_ISFIFO(st->st_mode))
		return "a FIFO, not a file";
	if (S_ISSOCK(st->st_mode))
		return "a socket, not a file";
	if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))
		return "a device, not a file";
	return "not a regular file";
}

/* Whether the entry @p path is a document by its name: *.json (not hidden). */
static bool json_name(const char *path)
{
	size_t n = strlen(path);

	return n >= 6 && strcmp(path + n - 5, ".json") == 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds @p path (a new string, handed over) from directory operand @p top. */
static int add(struct expand *x, char *path, const char *top)
{
	int status = bs_list_add(x->files, path);

	if (status != BS_OK) {
		free(path);
		return status;
	}
	return x->from_dir ? bs_list_add(x->from_dir, top) : BS_OK;
}

/* The entries of directory @p dir (not hidden ones) as paths, sorted by byte. */
static int list_names(struct bs_list *names, const char *dir, DIR *dp)
{
	size_t dlen = strlen(dir);
	int slash = dlen > 0 && dir[dlen - 1] == '/';
	struct dirent *e;
	int status = BS_OK;

	names->owns = 1;
	/* readdir() returns NULL at the end and on an error, which only errno
	 * tells apart: a listing cut short by an error must not leave members
	 * out without a word. */
	while (status == BS_OK && (errno = 0, e = readdir(dp)) != NULL) {
		size_t len = dlen + strlen(e->d_name) + 2;
		char *path;

		if (e->d_name[0] == '.')
			continue;
		if ((path = malloc(len)) == NULL)
			return bs_error(BS_INTERNAL, "out of memory");
		snprintf(path, len, "%s%s%s", dir, slash ? "" : "/", e->d_name);
		if ((status = bs_list_add(names, path)) != BS_OK)
			free(path);
	}
	if (status == BS_OK && errno != 0)
		return bs_error(bs_errno_status(errno), "%s: %s", dir, strerror(errno));
	if (names->count)
		qsort(names->items, names->count, sizeof(*names->items), by_name);
	return status;
}

static int list_directory(struct expand *x, const char *top, const char *dir, int depth);

/* One entry @p path of a directory of operand @p top. */
static int list_entry(struct expand *x, const char *top, const char *path, int depth)
{
	bool json = json_name(path);
	struct stat st;
	int seen;

	if (stat(path, &st) != 0) {
		/* A dangling link may have been a folder or a document: reported
		 * whatever its name. */
		problem(x, path, unfollowed(path, errno));
		return BS_OK;
	}
	if (!S_ISDIR(st.st_mode) && !json)
		return BS_OK; /* not a document */
	if (has_control(path)) {
		problem(x, path, "a name with control characters");
		return BS_OK;
	}
	if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
		problem(x, path, not_a_file(&st));
		return BS_OK;
	}
	if (S_ISREG(st.st_mode) && access(path, R_OK) != 0) {
		problem(x, path, strerror(errno));
		return BS_OK;
	}
	if ((seen = seen_before(x, &st)) != 0)
		return seen == 1 ? BS_OK : seen; /* read through another path */
	if (S_ISDIR(st.st_mode))
		return list_directory(x, top, path, depth + 1);
	size_t n = strlen(path) + 1;
	char *copy = malloc(n);

	if (copy == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	return add(x, memcpy(copy, path, n), top);
}

/*
 * Appends the *.json files of directory @p dir and of its subdirectories
 * (not hidden ones), each directory's entries in sorted order, to the
 * files; @p top, the operand, to from_dir for each. A subdirectory that
 * cannot be read is a problem(); the operand itself an error.
 */
static int list_directory(struct expand *x, const char *top, const char *dir, int depth)
{
	struct bs_list names = {0};
	DIR *dp;
	int status;

	if (depth > MAX_DEPTH)
		return bs_error(BS_INPUT, "%s: folders nested deeper than %d", dir, MAX_DEPTH);
	if ((dp = opendir(dir)) == NULL) {
		if (errno == ENOMEM)
			return bs_error(BS_INTERNAL, "out of memory");
		if (depth == 0)
			return bs_error(bs_errno_status(errno), "%s: %s", dir, strerror(errno));
		problem(x, dir, strerror(errno));
		return BS_OK;
	}
	status = list_names(&names, dir, dp);
	closedir(dp);
	for (size_t i = 0; status == BS_OK && i < names.count; i++)
		status = list_entry(x, top, names.items[i], depth);
	bs_list_free(&names);
	return status;
}

/* One operand: a directory, or a file (or "-") taken as it is. */
static int expand_operand(struct expand *x, const char *path)
{
	struct stat st;
	int seen;

	if (strcmp(path, "-") != 0 && stat(path, &st) == 0) {
		if ((S_ISDIR(st.st_mode) || S_ISREG(st.st_mode)) &&
		    (seen = seen_before(x, &st)) != 0)
			return seen == 1 ? BS_OK
					 : seen; /* given already, or in a directory given */
		if (S_ISDIR(st.st_mode))
			return list_directory(x, path, path, 0);
	}
	size_t n = strlen(path) + 1;
	char *copy = malloc(n);

	if (copy == NULL)
		return bs_error(BS_INTERNAL, "out of memory");
	/* A file that cannot be read is reported when it is read. */
	return add(x, memcpy(copy, path, n), NULL);
}

int bs_expand(struct bs_list *files, struct bs_list *from_dir, const struct bs_list *operands,
	      unsigned int flags)
{
	struct expand x = {files, from_dir, flags, NULL, 0, 0, 0};
	int status = BS_OK;

	files->owns = 1;
	for (size_t i = 0; status == BS_OK && i < operands->count; i++)
		status = expand_operand(&x, operands->items[i]);
	free(x.seen);
	if (status != BS_OK || x.problems == 0 || (flags & BS_EXPAND_SKIP_UNREADABLE))
		return status;
	return bs_error(BS_IO,
			"%zu %s in the folders given cannot be read; --skip-unreadable leaves "
			"them out with a warning",
			x.problems, x.problems == 1 ? "entry" : "entries");
}

/* Prints the note for the documents skipped in one directory operand. */
static void skipped_note(const struct bs_skipped *sk)
{
	if (sk->count == 1)
		bs_fprintf(stderr, "note: %s: skipped %s, not %s\n", sk->dir, sk->first, sk->one);
	else if (sk->count > 1)
		bs_fprintf(stderr, "note: %s: skipped %zu documents that are not %s (%s, ...)\n",
			   sk->dir, sk->count, sk->many, sk->first);
}

void bs_skipped_add(struct bs_skipped *sk, const char *dir, const char *file)
{
	if (sk->dir != dir) {
		skipped_note(sk);
		sk->dir = dir;
		sk->count = 0;
	}
	if (sk->count++ == 0)
		sk->first = file;
}

void bs_skipped_end(struct bs_skipped *sk)
{
	skipped_note(sk);
	sk->count = 0;
}
