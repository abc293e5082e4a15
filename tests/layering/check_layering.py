#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""The source tree's layering, from its #include lines:

- core's folders include each other without a cycle (a folder may include its own headers and any
  folder below it, never one that includes it back);
- the desktop app, the client library and the ATD runner (atdrunner/, server/atdhost, server/atdrun) include none
  of the tournament server's own headers (its state, store, services and authentication);
- in the host's console (app/host) only the classes that talk to the server (the clients, the stream
  watchers, the background calls) and the one conversion (HostMessages) include the generated
  protocol headers (pen/v1/...) or name their types (v1::); its widgets see plain values;
- an include path names its module: the app sees core's folders and its own as include roots, so no
  folder of app/ has the name of a folder of core/ ("tournament/..." would mean either).

Usage: check_layering.py SOURCE_DIR. Prints each violation with the files that cause it and exits
1 if there is any, 0 otherwise. check_layering.py --self-test runs the checks on small trees made
for the purpose.
"""
import os
import re
import sys

INCLUDE = re.compile(r'\s*#\s*include\s+"([^"]+)"')
PROTOCOL_NAME = re.compile(r"\bv1::")
# Headers that only the tournament server itself may include: its folders, and the files at the
# top of server/ (found below).
SERVER_FOLDERS = ("rpc", "store", "auth", "admin", "demo")
# The files of app/host that may include the generated protocol headers.
HOST_WIRE_FILES = re.compile(r"(AdminClient|MachinesClient|HostMessages|MachineMessages|BackgroundCalls|\w*Watcher)\.(h|cpp)$")


def includes(path):
    with open(path, encoding="utf-8", errors="replace") as source:
        for line in source:
            match = INCLUDE.match(line)
            if match:
                yield match.group(1)


def sources(folder):
    for directory, _, names in os.walk(folder):
        for name in sorted(names):
            if name.endswith((".h", ".cpp")):
                yield os.path.join(directory, name)


def core_graph(core):
    folders = sorted(d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d)))
    edges = {folder: {} for folder in folders}
    for folder in folders:
        for path in sources(os.path.join(core, folder)):
            for included in includes(path):
                target = included.split("/")[0]
                if "/" in included and target in edges and target != folder:
                    edges[folder].setdefault(target, set()).add(os.path.relpath(path, core))
    return edges


def find_cycle(edges):
    """A cycle as a list of folders (first repeated last), or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(edges[node]):
            if state.get(target) == "open":
                return stack[stack.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(edges):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def server_only_headers(server):
    top = {name for name in os.listdir(server) if name.endswith(".h")}
    return top


def check_no_server_includes(root, folders, server_top):
    problems = []
    for folder in folders:
        for path in sources(os.path.join(root, folder)):
            for included in includes(path):
                first = included.split("/")[0]
                if ("/" in included and first in SERVER_FOLDERS) or included in server_top:
                    problems.append("%s includes %s, a header of the tournament server" %
                                    (os.path.relpath(path, root), included))
    return problems


def check_host_wire(root):
    problems = []
    host = os.path.join(root, "app", "host")
    if not os.path.isdir(host):
        return problems
    for path in sources(host):
        if HOST_WIRE_FILES.fullmatch(os.path.basename(path)):
            continue
        for included in includes(path):
            if included.startswith("pen/v1/"):
                problems.append("%s includes %s: in the host's console only the clients, the stream watchers and "
                                "HostMessages see the protocol" % (os.path.relpath(path, root), included))
        if names_protocol(path):
            problems.append("%s names v1:: types: in the host's console only the clients, the stream watchers and "
                            "HostMessages see the protocol" % os.path.relpath(path, root))
    return problems


def names_protocol(path):
    with open(path, encoding="utf-8", errors="replace") as source:
        return any(PROTOCOL_NAME.search(line.split("//")[0]) for line in source)


def self_test():
    """The checks themselves on small trees: each fails where it should and passes where it should."""
    import tempfile

    def tree(files):
        root = tempfile.mkdtemp()
        for path, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
            with open(os.path.join(root, path), "w", encoding="utf-8") as out:
                out.write(text)
        return root

    base = {"server/TournamentState.h": "", "app/Main.cpp": '#include "client/Connection.h"\n',
            "atdrunner/Run.cpp": '#include "atdrunner/Run.h"\n',
            "app/host/AdminClient.cpp": '#include "pen/v1/admin.pb.h"\n',
            "app/host/EventsWatcher.cpp": '#include "pen/v1/admin.pb.h"\n',
            "app/host/HostMessages.h": '#include "pen/v1/machines.pb.h"\n',
            "app/host/Panel.cpp": '#include "HostRecords.h"\n'}
    good = tree(dict(base, **{"core/a/A.h": '#include "b/B.h"\n', "core/b/B.h": '#include "b/C.h"\n'}))
    cyclic = tree(dict(base, **{"core/a/A.h": '#include "b/B.h"\n', "core/b/B.cpp": '#include "a/A.h"\n'}))
    app_to_server = tree(dict(base, **{"core/a/A.h": "", "app/Main.cpp": '#include "TournamentState.h"\n'}))
    runner_to_server = tree(dict(base, **{"core/a/A.h": "", "atdrunner/Run.cpp": '#include "rpc/Conversions.h"\n'}))
    widget_to_wire = tree(dict(base, **{"core/a/A.h": "", "app/host/Panel.cpp": '#include "pen/v1/admin.pb.h"\n'}))
    widget_names_wire = tree(dict(base, **{"core/a/A.h": "",
                                            "app/host/Panel.h": "void show(const v1::Leaderboard &);\n"}))
    same_name = tree(dict(base, **{"core/a/A.h": "", "core/tournament/Clock.h": "",
                                    "app/tournament/Page.h": '#include "tournament/Clock.h"\n'}))
    failures = []
    if check(good):
        failures.append("a good tree was refused")
    if not any("cycle: a -> b" in p for p in check(cyclic)):
        failures.append("a core cycle was not found")
    if not any("app/Main.cpp includes TournamentState.h" in p for p in check(app_to_server)):
        failures.append("the app including a server header was not found")
    if not any("atdrunner/Run.cpp includes rpc/Conversions.h" in p for p in check(runner_to_server)):
        failures.append("the runner including a server header was not found")
    if not any("app/host/Panel.cpp includes pen/v1/admin.pb.h" in p for p in check(widget_to_wire)):
        failures.append("a host widget including a protocol header was not found")
    if not any("app/host/Panel.h names v1::" in p for p in check(widget_names_wire)):
        failures.append("a host widget naming a protocol type was not found")
    if not any("app/tournament and core/tournament share a name" in p for p in check(same_name)):
        failures.append("an app folder named like a core folder was not found")
    for failure in failures:
        print("self-test: " + failure)
    if not failures:
        print("self-test ok: a good tree passes; a core cycle, app -> server, runner -> server and a host widget "
              "including or naming the protocol, and an app folder named like a core folder are caught")
    return 1 if failures else 0


def subfolders(folder):
    if not os.path.isdir(folder):
        return set()
    return {name for name in os.listdir(folder) if os.path.isdir(os.path.join(folder, name))}


def check_unambiguous_prefixes(root):
    """Folders of app/ and core/ that share a name: "name/X.h" could mean either."""
    shared = sorted(subfolders(os.path.join(root, "app")) & subfolders(os.path.join(root, "core")))
    return ["app/%s and core/%s share a name: an include \"%s/...\" could mean either" % (name, name, name)
            for name in shared]


def check(root):
    problems = []
    edges = core_graph(os.path.join(root, "core"))
    cycle = find_cycle(edges)
    if cycle:
        steps = []
        for a, b in zip(cycle, cycle[1:]):
            steps.append("%s -> %s (%s)" % (a, b, ", ".join(sorted(edges[a][b])[:3])))
        problems.append("core's folders include each other in a cycle: " + "; ".join(steps))
    server_top = server_only_headers(os.path.join(root, "server"))
    problems += check_no_server_includes(root, ["app", "client", "atdrunner", "server/atdhost", "server/atdrun"],
                                         server_top)
    problems += check_host_wire(root)
    problems += check_unambiguous_prefixes(root)
    return problems


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--self-test":
        return self_test()
    if len(sys.argv) != 2:
        print("usage: check_layering.py SOURCE_DIR | --self-test")
        return 2
    problems = check(sys.argv[1])
    for problem in problems:
        print(problem)
    if not problems:
        print("layering ok: core's folders without a cycle; app and ATD runner free of server headers; "
              "the host's widgets free of protocol headers; include prefixes name one module")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
