#!/usr/bin/env python3
"""bigscore's output files (docs/cli.md, "Output files").

- A regular file is replaced only when the new text is complete: on a full
  file system (a 64 KiB tmpfs, when this runs as root and may mount one in
  a mount namespace of its own) and beyond the file size limit (ulimit -f,
  for everyone) the command fails with exit 3 and the previous file is left
  byte for byte as it was, and no temporary file is left behind.
- A new file gets 0666 less the umask; an existing file keeps its
  permission bits.
- A symbolic link is written through (a chain, a relative link into
  another directory, a dangling link) and stays a link.
- `-o -` and `-o /dev/stdout` write to standard output, also when it is a
  file opened for appending (what was there stays); a FIFO is written
  directly and stays a FIFO; a directory is refused.

Usage: check-output.py BIGSCORE SOURCE_ROOT SCRATCH_DIR
       check-output.py --in-tmpfs BIGSCORE SOURCE_ROOT DIR   (run by the above)
"""

import os
import resource
import shutil
import stat
import subprocess
import sys
import threading

failures = []


def check(what, ok, detail=""):
    print("%s: %s%s" % ("ok" if ok else "FAIL", what,
                        (": " + detail) if detail and not ok else ""))
    if not ok:
        failures.append(what)


def run(args, stdout=subprocess.PIPE, limit=None):
    """Runs bigscore with umask 022 (and a file size limit); returns (exit, out, err)."""
    def child():
        os.umask(0o022)
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    p = subprocess.run(args, stdout=stdout, stderr=subprocess.PIPE, preexec_fn=child,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data, mode=None):
    with open(path, "wb") as f:
        f.write(data)
    if mode is not None:
        os.chmod(path, mode)


def leftovers(directory):
    return [n for n in os.listdir(directory) if n.startswith(".bigscore-")]


def full_disk_cases(bigscore, root, directory, what, limit=None):
    """Report and export over a previous file where the new text does not fit."""
    demo = os.path.join(root, "examples/data/demo-assessment.json")
    previous = b"<p>the report of last week</p>\n"
    for name, args in (("report -o", [bigscore, "report", demo, "-o"]),
                       ("catalogues export --output",
                        [bigscore, "catalogues", "export", "bio2", "--output"])):
        target = os.path.join(directory, "previous.html")
        write(target, previous, 0o640)
        code, out, err = run(args + [target], limit=limit)
        check("%s, %s: exit 3" % (name, what), code == 3, "exit %d: %s" % (code, err.strip()))
        check("%s, %s: the error names the file and says it is unchanged" % (name, what),
              "previous.html: " in err and "left as it was" in err, err.strip())
        check("%s, %s: the previous file is unchanged" % (name, what),
              read(target) == previous and stat.S_IMODE(os.stat(target).st_mode) == 0o640)
        check("%s, %s: no temporary file is left" % (name, what), not leftovers(directory),
              " ".join(leftovers(directory)))
        new = os.path.join(directory, "new.html")
        code, out, err = run(args + [new], limit=limit)
        check("%s, %s: a new file is not created" % (name, what),
              code == 3 and not os.path.exists(new) and not leftovers(directory))
        os.unlink(target)


def in_tmpfs(bigscore, root, directory):
    """Runs in a mount namespace with a 64 KiB tmpfs on DIRECTORY: fills it
    up to the last bytes, then lets bigscore write over a file in it."""
    filler = os.path.join(directory, "filler")
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"x" * 1024)
        except OSError:
            pass
    os.truncate(filler, os.path.getsize(filler) - 8192)  # two pages: the previous file
    full_disk_cases(bigscore, root, directory, "a full file system")
    return 1 if failures else 0


def tmpfs_cases(bigscore, root, scratch):
    directory = os.path.join(scratch, "tmpfs")
    os.makedirs(directory, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        print("skip: a full tmpfs needs root and unshare (the file size limit stands in)")
        return
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"],
                           capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        # a chroot (CI's fresh root) has no mount of its own to make private
        print("skip: cannot make a private mount namespace here (the file size limit "
              "stands in): " + probe.stderr.strip())
        return
    script = ('mount -t tmpfs -o size=64k tmpfs "$1" || exit 77; shift; exec "$@"')
    p = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script,
                        "sh", directory, sys.executable, os.path.abspath(__file__),
                        "--in-tmpfs", bigscore, root, directory],
                       capture_output=True, text=True, timeout=300)
    if p.returncode == 77:
        print("skip: cannot mount a tmpfs here (the file size limit stands in): "
              + p.stderr.strip())
        return
    sys.stdout.write(p.stdout)
    check("a full tmpfs: every case", p.returncode == 0, p.stderr.strip())


def mode_and_link_cases(bigscore, scratch, expected):
    base = os.path.join(scratch, "files")
    shutil.rmtree(base, ignore_errors=True)
    os.makedirs(os.path.join(base, "a"))
    os.makedirs(os.path.join(base, "b"))
    export = [bigscore, "catalogues", "export", "bio2", "--output"]

    new = os.path.join(base, "new.json")
    code, _, err = run(export + [new])
    check("a new file is written", code == 0 and read(new) == expected, err)
    check("a new file gets 0666 less the umask (0644)",
          stat.S_IMODE(os.stat(new).st_mode) == 0o644, oct(os.stat(new).st_mode))

    readonly = os.path.join(base, "readonly.json")
    write(readonly, b"old\n", 0o444)
    code, _, err = run(export + [readonly])
    if os.geteuid() == 0:
        check("root writes over a read-only file, which stays read-only",
              code == 0 and read(readonly) == expected and
              stat.S_IMODE(os.stat(readonly).st_mode) == 0o444, err)
    else:
        check("a read-only file is refused and left as it was",
              code == 3 and read(readonly) == b"old\n", err)

    for mode in (0o600, 0o640, 0o664, 0o604):
        old = os.path.join(base, "old-%o.json" % mode)
        write(old, b"old\n", mode)
        code, _, err = run(export + [old])
        check("an existing file of mode %o keeps it" % mode,
              code == 0 and read(old) == expected and
              stat.S_IMODE(os.stat(old).st_mode) == mode,
              "exit %d, mode %o: %s" % (code, stat.S_IMODE(os.stat(old).st_mode), err))

    # a relative link into another directory, reached through a second link
    target = os.path.join(base, "b", "report.json")
    write(target, b"old\n", 0o640)
    os.symlink("../b/report.json", os.path.join(base, "a", "link.json"))
    os.symlink("a/link.json", os.path.join(base, "chain.json"))
    code, _, err = run(export + [os.path.join(base, "chain.json")])
    check("a chain of symbolic links is written through",
          code == 0 and read(target) == expected, err)
    check("the links stay links",
          os.path.islink(os.path.join(base, "chain.json")) and
          os.path.islink(os.path.join(base, "a", "link.json")))
    check("the file at the end keeps its mode", stat.S_IMODE(os.stat(target).st_mode) == 0o640)
    check("no temporary file is left in either directory",
          not leftovers(base) and not leftovers(os.path.join(base, "a")) and
          not leftovers(os.path.join(base, "b")))

    dangling = os.path.join(base, "dangling.json")
    os.symlink("b/created.json", dangling)
    code, _, err = run(export + [dangling])
    check("a dangling link is written through: its target is created",
          code == 0 and os.path.islink(dangling) and
          read(os.path.join(base, "b", "created.json")) == expected, err)

    loop = os.path.join(base, "loop.json")
    os.symlink("loop.json", loop)
    code, _, err = run(export + [loop])
    check("a loop of links is an I/O error", code == 3 and "loop.json: " in err, err)

    code, _, err = run(export + [base])
    check("a directory is refused (exit 3)", code == 3 and "Is a directory" in err, err)


def stream_cases(bigscore, scratch, expected):
    export = [bigscore, "catalogues", "export", "bio2", "--output"]
    for name in ("-", "/dev/stdout"):
        code, out, err = run(export + [name])
        check("--output %s writes to standard output (a pipe)" % name,
              code == 0 and out == expected, err)

    appended = os.path.join(scratch, "appended.json")
    write(appended, b"first line\n")
    with open(appended, "ab") as f:
        code, _, err = run(export + ["/dev/stdout"], stdout=f)
    check("--output /dev/stdout appends to the file standard output is",
          code == 0 and read(appended) == b"first line\n" + expected, err)

    fifo = os.path.join(scratch, "out.fifo")
    if os.path.exists(fifo):
        os.unlink(fifo)
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(read(fifo)))
    reader.start()
    code, _, err = run(export + [fifo])
    reader.join(60)
    check("a FIFO is written directly", code == 0 and got == [expected], err)
    check("the FIFO stays a FIFO", stat.S_ISFIFO(os.lstat(fifo).st_mode))
    check("no temporary file beside the FIFO", not leftovers(scratch))


def main(argv):
    if argv[1] == "--in-tmpfs":
        return in_tmpfs(*argv[2:5])
    bigscore, root, scratch = argv[1:4]
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    expected = read(os.path.join(root, "libbig/catalogues/bio2-1.2.json"))

    mode_and_link_cases(bigscore, scratch, expected)
    stream_cases(bigscore, scratch, expected)
    limited = os.path.join(scratch, "limited")
    os.makedirs(limited)
    full_disk_cases(bigscore, root, limited, "beyond ulimit -f", limit=4096)
    tmpfs_cases(bigscore, root, scratch)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
