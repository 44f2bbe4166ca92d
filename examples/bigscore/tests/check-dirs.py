#!/usr/bin/env python3
"""Directory operands (docs/cli.md, "Conventions"): nothing left out without
a word, every file read once, the order the same on every file system.

Over copies of examples/data/collab/2025 (the sociale dienst SV0001 and its
members):
- a dangling *.json link, a FIFO named *.json, a file and a folder without
  read permission, a name with control characters: each is an error naming
  it (exit 3, nothing on standard output) for validate, aggregate (its
  assessments and --collaborations) and report --peers; with
  --skip-unreadable a warning, and the command does its work (exit 0);
  validate validates the other files either way. The permission cases run
  as 'nobody' when this runs as root (root reads everything).
- a folder reached again through a symbolic link (and a link to its
  parent, a loop), a file reached again through a hard link or as a second
  operand: read once, by the first path in sorted order; the aggregate is
  the one of the plain folder.
- two different files that assess one organisation remain an error.

Usage: check-dirs.py BIGSCORE SOURCE_ROOT SCRATCH_DIR
"""

import json
import os
import pwd
import shutil
import stat
import subprocess
import sys

failures = []
NOBODY = None


def check(what, ok, detail=""):
    print("%s: %s%s" % ("ok" if ok else "FAIL", what,
                        (": " + detail) if detail and not ok else ""))
    if not ok:
        failures.append(what)


def run(args, as_nobody=False):
    def child():
        if as_nobody:
            os.setgid(NOBODY.pw_gid)
            os.setgroups([])
            os.setuid(NOBODY.pw_uid)
    p = subprocess.run(args, capture_output=True, timeout=120,
                       preexec_fn=child if as_nobody else None)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr


def remove(d):
    """Removes D, also what was made unreadable in it."""
    for top, dirs, _ in os.walk(d):
        for sub in dirs:
            os.chmod(os.path.join(top, sub), 0o755)
    shutil.rmtree(d, ignore_errors=True)


def fresh(scratch, name, source):
    """A copy of the folder SOURCE as SCRATCH/NAME."""
    d = os.path.join(scratch, name)
    remove(d)
    shutil.copytree(source, d)
    os.chmod(d, 0o755)
    return d


def unreadable_cases(bigscore, root, scratch):
    collab = os.path.join(root, "examples/data/collab")
    sv0001 = os.path.join(collab, "SV0001.json")
    members = os.path.join(collab, "2025")
    as_nobody = os.geteuid() == 0 and NOBODY is not None
    if as_nobody and run([bigscore, "--version"], True)[0] != 0:
        # e.g. a build below /root (CI's fresh root): nobody cannot reach it;
        # the fresh root's pass as a user runs these cases as that user
        print("skip: the permission cases: user nobody cannot run %s from here" % bigscore)
        as_nobody = False
        nobody_blocked = True
    else:
        nobody_blocked = False

    def dangling(d):
        os.symlink("GM9999-moved-away.json", os.path.join(d, "GM9907.json"))
        return "GM9907.json", "a symbolic link to nothing (dangling)", False

    def fifo(d):
        os.mkfifo(os.path.join(d, "GM9908.json"))
        return "GM9908.json", "a FIFO, not a file", False

    def no_read_file(d):
        os.chmod(os.path.join(d, "GM9903.json"), 0)
        return "GM9903.json", "Permission denied", True

    def no_read_folder(d):
        sub = os.path.join(d, "sub")
        os.makedirs(sub)
        shutil.move(os.path.join(d, "GM9903.json"), sub)
        os.chmod(sub, 0)
        return "sub", "Permission denied", True

    def control_name(d):
        shutil.copy(os.path.join(d, "GM9903.json"), os.path.join(d, "GM\x1b[2J\n.json"))
        return "GM\\x1b[2J\\n.json", "a name with control characters", False

    for case in (dangling, fifo, no_read_file, no_read_folder, control_name):
        d = fresh(scratch, case.__name__, members)
        name, why, permission = case(d)
        what = case.__name__.replace("_", " ")
        if permission and os.geteuid() == 0 and not as_nobody:
            print("skip: %s (root reads everything, and %s)" % (
                what, "nobody cannot run bigscore here" if nobody_blocked
                else "there is no user nobody"))
            continue
        nobody = permission and as_nobody
        expect = "%s/%s: %s" % (d, name, why)

        code, out, err = run([bigscore, "aggregate", "--collaboration", sv0001, d], nobody)
        text = err.decode("utf-8", "replace")
        check("aggregate, %s: exit 3" % what, code == 3, "exit %d: %s" % (code, text))
        check("aggregate, %s: the error names it" % what, ("bigscore: " + expect) in text, text)
        check("aggregate, %s: the error says how to go on" % what,
              "--skip-unreadable leaves them out" in text, text)
        check("aggregate, %s: nothing on standard output" % what, out == "", out)
        check("aggregate, %s: no control character reaches the terminal" % what,
              not any(b < 0x20 and b != 0x0a for b in err) and b"\n.json" not in err)

        code, out, err = run([bigscore, "aggregate", "--skip-unreadable", "--json",
                              "--collaboration", sv0001, d], nobody)
        text = err.decode("utf-8", "replace")
        check("aggregate --skip-unreadable, %s: exit 0 and a warning" % what,
              code == 0 and ("warning: %s; left out (--skip-unreadable)" % expect) in text,
              "exit %d: %s" % (code, text))

        code, out, err = run([bigscore, "validate", d], nobody)
        text = err.decode("utf-8", "replace")
        check("validate, %s: exit 3, the other files validated" % what,
              code == 3 and ("bigscore: " + expect) in text and
              "GM9901.json: OK (assessment of GM9901" in out, "exit %d: %s" % (code, text))
        code, out, err = run([bigscore, "validate", "--skip-unreadable", "-q", d], nobody)
        check("validate --skip-unreadable, %s: exit 0" % what, code == 0, err.decode())

        if case is dangling:
            peers = [bigscore, "report", "-o", os.path.join(scratch, "report.html"),
                     "--peers", d, os.path.join(members, "GM9901.json")]
            code, out, err = run(peers)
            check("report --peers, %s: exit 3" % what,
                  code == 3 and expect in err.decode(), err.decode())
            code, out, err = run(peers[:2] + ["--skip-unreadable"] + peers[2:])
            check("report --peers --skip-unreadable, %s: exit 0" % what, code == 0, err.decode())
        if case is fifo:
            cd = fresh(scratch, "collaborations", collab)
            shutil.rmtree(os.path.join(cd, "2024"))
            shutil.rmtree(os.path.join(cd, "2025"))
            os.mkfifo(os.path.join(cd, "RG0001.json"))
            regio = os.path.join(root, "examples/bigscore/tests/data/regio.json")
            args = [bigscore, "aggregate", "--collaboration", regio, "--collaborations", cd,
                    members]
            code, out, err = run(args)
            check("aggregate --collaborations, a FIFO: exit 3",
                  code == 3 and "RG0001.json: a FIFO, not a file" in err.decode(),
                  err.decode())
            code, out, err = run(args[:2] + ["--skip-unreadable"] + args[2:])
            check("aggregate --collaborations --skip-unreadable, a FIFO: exit 0",
                  code == 0, err.decode())
        remove(d)


def read_once_cases(bigscore, root, scratch):
    collab = os.path.join(root, "examples/data/collab")
    sv0001 = os.path.join(collab, "SV0001.json")
    tree = os.path.join(scratch, "tree")
    shutil.rmtree(tree, ignore_errors=True)
    os.makedirs(tree)
    plain = fresh(tree, "b-real", os.path.join(collab, "2025"))
    os.symlink("b-real", os.path.join(tree, "a-link"))       # read first, through the link
    os.symlink("..", os.path.join(plain, "up"))                # a loop back to tree/
    os.makedirs(os.path.join(tree, "c"))
    os.link(os.path.join(plain, "GM9901.json"), os.path.join(tree, "c", "GM9901.json"))

    code, out, err = run([bigscore, "validate", "-q", tree])
    check("validate over links, a loop and a hard link: exit 0", code == 0, err.decode())
    code, out, err = run([bigscore, "validate", tree])
    names = [line.split(":")[0] for line in out.splitlines()]
    want = sorted(os.path.join(tree, "a-link", n) for n in os.listdir(plain)
                  if n.endswith(".json"))
    check("each file is read once, by its first path in sorted order", names == want,
          "\n".join(names))

    base = [bigscore, "aggregate", "--json", "--collaboration", sv0001]
    code, want_json, err = run(base + [plain])
    code2, got_json, err2 = run(base + [tree, os.path.join(plain, "GM9902.json")])
    check("aggregate over the tree and a file in it: exit 0", code == 0 and code2 == 0,
          err2.decode())
    same = code2 == 0 and json.loads(got_json)["overall"] == json.loads(want_json)["overall"]
    check("aggregate over the tree is the aggregate of the folder", same)

    copy = os.path.join(plain, "GM9901-copy.json")
    shutil.copy(os.path.join(plain, "GM9901.json"), copy)
    code, out, err = run(base + [tree])
    check("two different files of one organisation remain an error",
          code == 1 and "organisation GM9901 has another assessment in" in err.decode(),
          "exit %d: %s" % (code, err.decode()))
    os.unlink(copy)


def main(argv):
    global NOBODY
    bigscore, root, scratch = argv[1:4]
    os.umask(0o022)
    remove(scratch)
    os.makedirs(scratch)
    os.chmod(scratch, 0o755)
    try:
        NOBODY = pwd.getpwnam("nobody")
    except KeyError:
        NOBODY = None
    unreadable_cases(bigscore, root, scratch)
    read_once_cases(bigscore, root, scratch)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
