#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every C++ file of the tree is formatted as the repository's .clang-format says.

Usage: check_format.py SOURCE_DIR       the tree's own files
       check_format.py --self-test      the check on a small tree made to pass and one made to fail

The formatter is clang-format 14, Debian 12's: other versions lay out some constructs differently,
so another version is refused rather than trusted.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SOURCE_FOLDERS = ["app", "atdrunner", "client", "core", "plugins", "proto", "server", "tests", "tools"]
EXTENSIONS = (".cpp", ".h")
EXPECTED_MAJOR = 14
BATCH = 200
VIOLATION = re.compile(r"^(.+?):\d+:\d+: error: code should be clang-formatted", re.MULTILINE)


def formatter():
    for name in (f"clang-format-{EXPECTED_MAJOR}", "clang-format"):
        path = shutil.which(name)
        if path is None:
            continue
        version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
        match = re.search(r"version (\d+)\.", version)
        if match and int(match.group(1)) == EXPECTED_MAJOR:
            return path
        sys.exit(f"{path} is {version.strip()!r}; the house format is defined by clang-format {EXPECTED_MAJOR}")
    sys.exit(f"clang-format {EXPECTED_MAJOR} is not installed (Debian 12: apt-get install clang-format)")


def sources(root):
    for folder in SOURCE_FOLDERS:
        for directory, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                if name.endswith(EXTENSIONS):
                    yield os.path.join(directory, name)


def unformatted(root, tool):
    """The files under root whose formatted text differs from what they hold."""
    # One clang-format run checks many files: starting the tool costs far more than formatting a file.
    paths = list(sources(root))
    wrong = set()
    for start in range(0, len(paths), BATCH):
        batch = paths[start:start + BATCH]
        result = subprocess.run([tool, "--style=file", "--dry-run", "--Werror", *batch], capture_output=True, text=True)
        named = {os.path.abspath(m.group(1)) for m in VIOLATION.finditer(result.stderr)}
        if result.returncode != 0 and not named:
            sys.exit(f"{tool} failed: {result.stderr.strip()}")
        wrong |= named
    return [os.path.relpath(path, root) for path in paths if os.path.abspath(path) in wrong]


def check(root, tool):
    wrong = unformatted(root, tool)
    for path in wrong:
        print(f"not formatted: {path} (run: clang-format -i --style=file {path})")
    count = sum(1 for _ in sources(root))
    print(f"{count - len(wrong)} of {count} C++ files formatted as .clang-format says")
    return 1 if wrong else 0


def self_test(tool):
    here = os.path.dirname(os.path.abspath(__file__))
    style = os.path.join(here, "..", "..", ".clang-format")
    with tempfile.TemporaryDirectory() as root:
        shutil.copy(style, os.path.join(root, ".clang-format"))
        os.makedirs(os.path.join(root, "core"))
        good = os.path.join(root, "core", "Good.cpp")
        with open(good, "w") as f:
            f.write("int twice(int x)\n{\n    return 2 * x;\n}\n")
        if unformatted(root, tool):
            print("self-test: a formatted file was reported")
            return 1
        bad = os.path.join(root, "core", "Bad.cpp")
        with open(bad, "w") as f:
            f.write("int twice(int x) {   return 2*x; }\n")
        if unformatted(root, tool) != [os.path.join("core", "Bad.cpp")]:
            print("self-test: an unformatted file was not reported")
            return 1
    print("self-test: formatted files pass, an unformatted one is named")
    return 0


def main():
    tool = formatter()
    if sys.argv[1:] == ["--self-test"]:
        return self_test(tool)
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    return check(sys.argv[1], tool)


if __name__ == "__main__":
    sys.exit(main())
