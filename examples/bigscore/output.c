/*
 * bigscore — writing an output file (-o, --output) so that it is never left
 * half-written: a regular file (new, or reached through symbolic links) is
 * written to a temporary file in its own directory, flushed to the disk and
 * renamed over it only when complete; on any failure it is left as it was.
 * What cannot be replaced by a rename (standard output, a FIFO, a terminal,
 * a device) is written directly. docs/cli.md, "Output files", says which is
 * which.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "bigscore.h"

/* Most symbolic links followed to the file they end at (as Linux's MAXSYMLINKS). */
#define MAX_LINKS 40

/* Name of the temporary file in the target's directory (mkstemp() fills XXXXXX). */
static const char temp_name[] = ".bigscore-XXXXXX";

/* The length of the directory part of @p path, its final '/' included (0: none). */
static size_t dir_length(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? (size_t)(slash - path) + 1 : 0;
}

/* @p path with its directory part replaced by @p dir of @p dlen bytes, or NULL. */
static char *in_dir(const char *dir, size_t dlen, const char *name)
{
	size_t n = strlen(name);
	char *p = malloc(dlen + n + 1);

	if (p != NULL) {
		memcpy(p, dir, dlen);
		memcpy(p + dlen, name, n + 1);
	}
	return p;
}

/* The target of symbolic link @p link, or NULL (errno set: ENOMEM when out
 * of memory, whatever the allocator left in it). */
static char *read_link(const char *link, size_t hint)
{
	for (size_t size = hint + 2;; size *= 2) {
		char *target = malloc(size);
		ssize_t n;

		if (target == NULL) {
			errno = ENOMEM;
			return NULL;
		}
		if ((n = readlink(link, target, size)) < 0) {
			free(target);
			return NULL;
		}
		if ((size_t)n < size) {
			target[n] = '\0';
			return target;
		}
		free(target); /* the link grew since lstat(): read again */
	}
}

/*
 * The path that a chain of symbolic links starting at @p path ends at (it
 * need not exist: a dangling link is written through, creating its
 * target), as a new string; NULL with errno set on failure (ENOMEM when
 * out of memory).
 */
static char *final_path(const char *path)
{
	char *p = strdup(path);
	int err = ENOMEM;

	for (int hops = 0; p != NULL; hops++) {
		struct stat st;
		char *target, *next = NULL;

		if (lstat(p, &st) != 0 || !S_ISLNK(st.st_mode))
			return p;
		if (hops == MAX_LINKS) {
			err = ELOOP;
		} else if ((target = read_link(p, (size_t)st.st_size)) == NULL) {
			err = errno;
		} else {
			/* A relative target is relative to the link's directory. */
			next = target[0] == '/' ? strdup(target) : in_dir(p, dir_length(p), target);
			err = ENOMEM;
			free(target);
		}
		free(p);
		p = next;
	}
	errno = err;
	return NULL;
}

/* Writes all of @p text to @p fd; returns 0 or -1 (errno set). */
static int write_all(int fd, const char *text, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, text, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		text += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Writes to standard output (-, /dev/stdout or the file it is). */
static int write_stdout(const char *name, const char *text, size_t len)
{
	if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0)
		return bs_error(bs_errno_status(errno), "%s: %s", name, strerror(errno));
	return BS_OK;
}

/* Writes to something that is not a regular file (a FIFO, a terminal, a device). */
static int write_direct(const char *output, const char *text, size_t len)
{
	int fd = open(output, O_WRONLY | O_NOCTTY | O_CLOEXEC);

	if (fd < 0 || write_all(fd, text, len) != 0) {
		int err = errno;

		if (fd >= 0)
			close(fd);
		return bs_error(bs_errno_status(err), "%s: %s", output, strerror(err));
	}
	if (close(fd) != 0)
		return bs_error(bs_errno_status(errno), "%s: %s", output, strerror(errno));
	return BS_OK;
}

/*
 * Gives the temporary file @p fd the permission bits (and, where allowed,
 * the owner and group) of the file @p old it replaces, or, for a new file,
 * the mode fopen() would have given it (0666 less the umask).
 */
static int take_mode(int fd, const struct stat *old)
{
	mode_t mode;

	if (old == NULL) {
		mode_t mask = umask(0);

		umask(mask);
		mode = 0666 & ~mask;
	} else {
		/* Best effort: root may, and a user may for a group of theirs. */
		if (old->st_uid != geteuid() || old->st_gid != getegid())
			(void)!fchown(fd, old->st_uid, old->st_gid);
		mode = old->st_mode & 0777;
	}
	/* The file is ours, so a refusal means a file system that keeps no
	 * permission bits (FAT on a USB stick): its files all get its own. */
	if (fchmod(fd, mode) != 0 && errno != EPERM && errno != EOPNOTSUPP)
		return -1;
	return 0;
}

/* Flushes the directory of @p path, so that the rename itself is on the disk. */
static void sync_dir(const char *path)
{
	size_t dlen = dir_length(path);
	char *dir = dlen ? in_dir(path, dlen, ".") : NULL;
	int fd = open(dir ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	/* Not every file system can flush a directory; the file itself is. */
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

/*
 * Writes @p text to the regular file (or the place for a new one) that
 * @p output leads to: a temporary file beside it, flushed, then renamed
 * over it. The signals that end a program from the terminal wait until the
 * temporary file is renamed or removed.
 */
static int write_replacing(const char *output, const char *text, size_t len)
{
	char *target = final_path(output), *temp = NULL;
	struct stat st;
	const struct stat *old = NULL;
	sigset_t block, saved;
	int fd = -1, err = 0, status = BS_OK;

	if (target == NULL)
		return errno == ENOMEM
			   ? bs_error(BS_INTERNAL, "out of memory")
			   : bs_error(bs_errno_status(errno), "%s: %s", output, strerror(errno));
	if (stat(target, &st) == 0)
		old = &st;
	/* A file we may not write stays so, although its directory would let
	 * us rename another file over it. */
	if (old != NULL && access(target, W_OK) != 0) {
		err = errno;
		free(target);
		return bs_error(bs_errno_status(err), "%s: %s", output, strerror(err));
	}
	temp = in_dir(target, dir_length(target), temp_name);
	if (temp == NULL) {
		free(target);
		return bs_error(BS_INTERNAL, "out of memory");
	}
	/* Every signal that would end the program waits until the temporary
	 * file is renamed or removed; not those a fault raises (blocking them
	 * is undefined), and SIGKILL and SIGSTOP cannot be blocked. */
	sigfillset(&block);
	sigdelset(&block, SIGSEGV);
	sigdelset(&block, SIGBUS);
	sigdelset(&block, SIGFPE);
	sigdelset(&block, SIGILL);
	sigdelset(&block, SIGTRAP);
	sigdelset(&block, SIGABRT);
	sigprocmask(SIG_BLOCK, &block, &saved);
	if ((fd = mkstemp(temp)) < 0)
		err = errno;
	else if (take_mode(fd, old) != 0 || write_all(fd, text, len) != 0 || fsync(fd) != 0)
		err = errno;
	if (fd >= 0 && close(fd) != 0 && err == 0)
		err = errno; /* a file system that reports late (NFS) */
	if (fd >= 0 && err == 0 && rename(temp, target) != 0)
		err = errno;
	if (fd >= 0 && err != 0)
		unlink(temp);
	sigprocmask(SIG_SETMASK, &saved, NULL);
	if (err == 0)
		sync_dir(target);
	else if (fd < 0) /* the directory, not the file, refused */
		status = bs_error(bs_errno_status(err),
				  "%s: cannot make a temporary file in its folder %.*s: %s%s",
				  output, dir_length(target) ? (int)dir_length(target) : 1,
				  dir_length(target) ? target : ".", strerror(err),
				  old ? "; the file is left as it was" : "");
	else if (old != NULL)
		status = bs_error(bs_errno_status(err), "%s: %s; the file is left as it was",
				  output, strerror(err));
	else
		status = bs_error(bs_errno_status(err), "%s: %s", output, strerror(err));
	free(temp);
	free(target);
	return status;
}

int bs_write_output(const char *output, const char *text, size_t len)
{
	struct stat st, out;

	if (output == NULL || strcmp(output, "-") == 0)
		return write_stdout("<stdout>", text, len);
	if (stat(output, &st) != 0)
		return write_replacing(output, text, len); /* a new file */
	/* /dev/stdout, /proc/self/fd/1 …, whatever standard output is. */
	if (fstat(STDOUT_FILENO, &out) == 0 && st.st_dev == out.st_dev && st.st_ino == out.st_ino)
		return write_stdout(output, text, len);
	if (S_ISDIR(st.st_mode))
		return bs_error(BS_IO, "%s: %s", output, strerror(EISDIR));
	if (!S_ISREG(st.st_mode))
		return write_direct(output, text, len);
	return write_replacing(output, text, len);
}
