#!/usr/bin/env python3
"""`import libbig` run in the project's root folder, where Python first finds
the folder libbig/ of C sources (libbig/__init__.py hands over):

1. with the module on PYTHONPATH: that module is imported;
2. with no module anywhere: an ImportError that says what to do;
3. with another checkout's libbig/ on PYTHONPATH (two copies of the file,
   which must not hand over to each other): the ImportError again;
4. with a built module in build/bindings/python only: that one is imported.

Cases 2 to 4 run in temporary copies of the root folder's libbig/__init__.py,
with Python's -S -s, so that a libbig installed on this machine (site or user
site folder) is not found instead.

Usage: check-source-import.py PYTHON SOURCE_ROOT MODULE_DIR
"""
import os
import subprocess
import sys
import tempfile

PROGRAM = "import libbig; print(libbig.__file__); print(libbig.version())"


def run(python, cwd, pythonpath, isolated=True):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    flags = ["-S", "-s"] if isolated else []
    return subprocess.run([python] + flags + ["-c", PROGRAM], cwd=cwd, env=env,
                          capture_output=True, text=True)


def told_what_to_do(proc):
    said = proc.stderr.strip().split("\n")[-1]
    return (proc.returncode != 0 and said.startswith("ImportError:")
            and "pip install --no-build-isolation ." in said
            and "PYTHONPATH=build/bindings/python" in said and "docs/python.md" in said)


def fail(what, proc):
    print(f"FAIL: {what}\n--- stdout\n{proc.stdout}--- stderr\n{proc.stderr}", file=sys.stderr)
    sys.exit(1)


def main():
    python, root, module_dir = sys.argv[1:]
    module_file = os.path.realpath(os.path.join(module_dir, "libbig.py"))

    proc = run(python, root, module_dir, isolated=False)
    if proc.returncode != 0 or os.path.realpath(proc.stdout.split("\n")[0]) != module_file:
        fail(f"in {root} with PYTHONPATH={module_dir}, libbig must be {module_file}", proc)
    print(f"1. the root folder, PYTHONPATH set: {proc.stdout.split()[0]}")

    with open(os.path.join(root, "libbig", "__init__.py"), encoding="utf-8") as f:
        shim = f.read()
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as other:
        for folder in (tmp, other):
            os.mkdir(os.path.join(folder, "libbig"))
            with open(os.path.join(folder, "libbig", "__init__.py"), "w", encoding="utf-8") as f:
                f.write(shim)

        proc = run(python, tmp, "")
        if not told_what_to_do(proc):
            fail("with no module built, the ImportError must say how to get one", proc)
        print(f"2. nothing built: {proc.stderr.strip().splitlines()[-1][:100]}...")

        proc = run(python, tmp, other)
        if not told_what_to_do(proc):
            fail("with another checkout's libbig/ on PYTHONPATH, the ImportError", proc)
        print("3. another checkout on PYTHONPATH: the ImportError")

        os.makedirs(os.path.join(tmp, "build", "bindings"))
        os.symlink(os.path.realpath(module_dir), os.path.join(tmp, "build", "bindings", "python"))
        proc = run(python, tmp, "")
        if proc.returncode != 0 or os.path.realpath(proc.stdout.split("\n")[0]) != module_file:
            fail("with a module in build/bindings/python only, that one must be imported", proc)
        print(f"4. the build folder's module: {proc.stdout.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
