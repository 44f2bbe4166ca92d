#!/usr/bin/env python3
"""`import libbig` run in the project's root folder, where Python first finds
the folder libbig/ of C sources (libbig/__init__.py hands over):

1. with the module on PYTHONPATH: that module is imported;
2. with no module anywhere: an ImportError that says what to do;
3. with a built module in build/bindings/python only: that one is imported.

Cases 2 and 3 run in a temporary copy of the root folder's libbig/__init__.py.

Usage: check-source-import.py PYTHON SOURCE_ROOT MODULE_DIR
"""
import os
import subprocess
import sys
import tempfile

PROGRAM = "import libbig; print(libbig.__file__); print(libbig.version())"


def run(python, cwd, pythonpath):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    return subprocess.run([python, "-c", PROGRAM], cwd=cwd, env=env, capture_output=True,
                          text=True)


def fail(what, proc):
    print(f"FAIL: {what}\n--- stdout\n{proc.stdout}--- stderr\n{proc.stderr}", file=sys.stderr)
    sys.exit(1)


def main():
    python, root, module_dir = sys.argv[1:]
    module_file = os.path.realpath(os.path.join(module_dir, "libbig.py"))

    proc = run(python, root, module_dir)
    if proc.returncode != 0 or os.path.realpath(proc.stdout.split("\n")[0]) != module_file:
        fail(f"in {root} with PYTHONPATH={module_dir}, libbig must be {module_file}", proc)
    print(f"1. the root folder, PYTHONPATH set: {proc.stdout.split()[0]}")

    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "libbig"))
        with open(os.path.join(root, "libbig", "__init__.py"), encoding="utf-8") as f:
            shim = f.read()
        with open(os.path.join(tmp, "libbig", "__init__.py"), "w", encoding="utf-8") as f:
            f.write(shim)

        proc = run(python, tmp, "")
        said = proc.stderr.strip().split("\n")[-1]
        if (proc.returncode == 0 or not said.startswith("ImportError:")
                or "pip install --no-build-isolation ." not in said
                or "PYTHONPATH=build/bindings/python" not in said or "docs/python.md" not in said):
            fail("with no module built, the ImportError must say how to get one", proc)
        print(f"2. nothing built: {said[:100]}...")

        os.makedirs(os.path.join(tmp, "build", "bindings"))
        os.symlink(os.path.realpath(module_dir), os.path.join(tmp, "build", "bindings", "python"))
        proc = run(python, tmp, "")
        if proc.returncode != 0 or os.path.realpath(proc.stdout.split("\n")[0]) != module_file:
            fail("with a module in build/bindings/python only, that one must be imported", proc)
        print(f"3. the build folder's module: {proc.stdout.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
