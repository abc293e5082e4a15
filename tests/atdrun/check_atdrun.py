#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Drives pentournament-atd-run as a host or a vendor does.

usage: check_atdrun.py run --work DIR TOOLS...           the three reference plugins on a generated set
       check_atdrun.py tdr-pydicom --work DIR            reads the run's reports back with pydicom
       check_atdrun.py bad-input --work DIR TOOLS...     refusals: a clear message and a non-zero exit
TOOLS: --atd-run, --imageset-tool, --classical, --random, --plugin-python, --plugin-script, --stubs.
"run" leaves the set, the JSON and the reports in DIR for "tdr-pydicom".
"""

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

TDR_SOP_CLASS = "1.2.840.10008.5.1.4.1.1.501.3"
SECONDS_PER_SCAN = 30
MEMORY_MB = 3072
SCANS = 4


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run_tool(args, timeout=600):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout)
    return result.returncode, result.stdout, result.stderr


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def generate_set(args, folder, scans):
    if folder.exists():
        shutil.rmtree(folder)
    code, out, err = run_tool([args.imageset_tool, "generate", "--preset", "find-the-cocaine", "--seed", "5",
                               "--scans", scans, folder])
    check(code == 0, f"pentournament-imageset generate failed ({code}): {out}{err}")
    return json.loads((folder / "manifest.json").read_text())


def plugin_arguments(args):
    program = f"{args.plugin_python} {args.plugin_script} --stubs {args.stubs}"
    return ["--library", args.classical, "--library", args.random, "--program", program]


def expected_code_sha256(plugin):
    """What the record's code hash must be: the one file's, or that of the list "name hash"."""
    files = plugin["codeFiles"]
    if len(files) == 1:
        return sha256(files[0])
    listing = "".join(f"{Path(f).name} {sha256(f)}\n" for f in files)
    return hashlib.sha256(listing.encode()).hexdigest()


def check_record(record, manifest, manifest_hash, args):
    name = record["plugin"]["name"]
    scan_ids = [scan["id"] for scan in manifest["scans"]]
    plugin = record["plugin"]
    if name in ("pen-classical", "pen-random"):
        library = args.classical if name == "pen-classical" else args.random
        check(plugin["codeSha256"] == sha256(library), f"{name}: codeSha256 is not the library's SHA-256")
    else:
        check(Path(args.plugin_script).resolve() in [Path(f).resolve() for f in plugin["codeFiles"]],
              f"{name}: the script is not among its code files {plugin['codeFiles']}")
    check(plugin["codeSha256"] == expected_code_sha256(plugin), f"{name}: codeSha256 does not match its code files")
    image_set = record["imageSet"]
    check(image_set["manifestSha256"] == manifest_hash, f"{name}: imageSet.manifestSha256 is not the manifest's hash")
    check(image_set["name"] == manifest["name"] and image_set["scans"] == len(scan_ids), f"{name}: imageSet {image_set}")
    settings = record["settings"]
    check(settings["secondsPerScan"] == SECONDS_PER_SCAN and settings["memoryBytes"] == MEMORY_MB << 20,
          f"{name}: settings {settings}")
    check(settings["maxObjects"] > 0 and settings["maxAnswerBytes"] > 0, f"{name}: settings {settings}")
    check(record["startedAt"] <= record["finishedAt"], f"{name}: finished before it started")
    answers = record["answers"]
    check([a["scanId"] for a in answers] == scan_ids, f"{name}: one answer per scan in the set's order")
    for answer in answers:
        if "failure" not in answer:
            check(isinstance(answer["alarm"], bool) and 0 <= answer["alarmScore"] <= 1, f"{name}: answer {answer}")
            for obj in answer["objects"]:
                check(obj["category"] in plugin["categories"] and 0 <= obj["probability"] <= 1, f"{name}: object {obj}")
    metrics = record["metrics"]
    check(0 <= metrics["pd"] <= 1 and 0 <= metrics["pfa"] <= 1, f"{name}: pd {metrics['pd']}, pfa {metrics['pfa']}")
    check(metrics["scans"] == len(scan_ids), f"{name}: metrics.scans {metrics['scans']}, the set has {len(scan_ids)}")
    failed = sum(1 for a in answers if "failure" in a)
    check(metrics["failures"] == failed, f"{name}: metrics.failures {metrics['failures']}, {failed} failed answers")
    check(metrics["targetScans"] + metrics["clearScans"] <= len(scan_ids), f"{name}: target and clear scans")
    check(metrics["threshold"] == plugin["operatingThreshold"], f"{name}: Pd/Pfa not at the declared threshold")
    check(metrics["latencyP50"] <= metrics["latencyP95"], f"{name}: p50 above p95")
    for value in (metrics.get("meanAp50"), metrics.get("meanApCoco")):
        check(value is None or 0 <= value <= 1, f"{name}: mean AP {value}")


def check_reports(record, tdr_folder):
    """One report per valid answer, none for failed ones, and nothing else."""
    name = record["plugin"]["name"]
    folder = tdr_folder / name
    valid = {a["scanId"] + ".dcm" for a in record["answers"] if "failure" not in a}
    present = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    check(present == valid, f"{name}: reports {sorted(present)}, expected {sorted(valid)}")


def command_run(args):
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    manifest = generate_set(args, work / "set", SCANS)
    manifest_hash = sha256(work / "set" / "manifest.json")
    tdr = work / "tdr"
    if tdr.exists():
        shutil.rmtree(tdr)
    code, out, err = run_tool([args.atd_run, "--set", work / "set", *plugin_arguments(args),
                               "--seconds-per-scan", SECONDS_PER_SCAN, "--memory-mb", MEMORY_MB,
                               "--json", work / "runs.json", "--tdr", tdr])
    print(out, err, sep="\n")
    check(code == 0, f"pentournament-atd-run exited with {code}")
    board = out[out.index("Leaderboard"):]
    for name in ("pen-classical", "pen-random", "python-example"):
        check(name in board, f"the leaderboard does not list {name}")
    runs = json.loads((work / "runs.json").read_text())["runs"]
    check(sorted(r["plugin"]["name"] for r in runs) == ["pen-classical", "pen-random", "python-example"],
          f"records for {[r['plugin']['name'] for r in runs]}")
    for record in runs:
        check_record(record, manifest, manifest_hash, args)
        check_reports(record, tdr)
    check(sum(1 for r in runs for a in r["answers"] if "failure" not in a) > 0, "no valid answer at all")

    print("ok: three plugins run, recorded and reported")


def command_tdr_pydicom(args):
    import pydicom

    work = Path(args.work)
    runs = json.loads((work / "runs.json").read_text())["runs"]
    read = 0
    for record in runs:
        for answer in record["answers"]:
            if "failure" in answer:
                continue
            path = work / "tdr" / record["plugin"]["name"] / (answer["scanId"] + ".dcm")
            ds = pydicom.dcmread(path)
            check(ds.SOPClassUID == TDR_SOP_CLASS, f"{path.name}: SOPClassUID {ds.SOPClassUID}")
            check(ds.Modality == "TDR", f"{path.name}: Modality {ds.Modality}")
            check(ds.TDRType == "MACHINE", f"{path.name}: TDRType {ds.TDRType}")
            check(ds.AlarmDecision == ("ALARM" if answer["alarm"] else "CLEAR"), f"{path.name}: AlarmDecision {ds.AlarmDecision}")
            check(len(ds.get("ThreatSequence", [])) == len(answer["objects"]), f"{path.name}: threat objects")
            plugin = record["plugin"]
            check(list(ds.ThreatDetectionAlgorithmAndVersion) == [plugin["name"], plugin["version"]],
                  f"{path.name}: algorithm {ds.ThreatDetectionAlgorithmAndVersion}")
            check(abs(float(ds.TotalProcessingTime) - answer["seconds"] * 1000) <= 1e-3 * answer["seconds"] * 1000 + 1e-3,
                  f"{path.name}: TotalProcessingTime {ds.TotalProcessingTime} ms, the host measured {answer['seconds']} s")
            read += 1
    check(read > 0, "no report to read")
    print(f"ok: {read} reports read with pydicom")


def expect_refusal(args, arguments, words, what):
    code, out, err = run_tool([args.atd_run, *arguments], timeout=120)
    check(code != 0, f"{what}: exit code 0")
    check(all(w in err for w in words), f"{what}: the message {err!r} does not say {words}")
    print(f"ok: {what}: exit {code}: {err.strip().splitlines()[-1]}")


def command_bad_input(args):
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    generate_set(args, work / "set", 1)
    stripped = work / "stripped"
    if stripped.exists():
        shutil.rmtree(stripped)
    code, out, err = run_tool([args.imageset_tool, "strip-truth", work / "set", stripped])
    check(code == 0, f"strip-truth failed: {out}{err}")
    blocker = work / "a-file"
    blocker.write_text("not a folder\n")
    random = ["--library", args.random]
    expect_refusal(args, random, ["--set"], "no --set")
    expect_refusal(args, ["--set", stripped, *random], ["no ground truth"], "a set without truth")
    expect_refusal(args, ["--set", work / "no-such-set", *random], ["no-such-set"], "a set that does not exist")
    expect_refusal(args, ["--set", work / "set"], ["--library", "--program"], "no plugin")
    expect_refusal(args, ["--set", work / "set", "--library", work / "no-such-plugin.so"],
                   ["no-such-plugin.so", "no plugin could be run"], "a library that does not exist")
    expect_refusal(args, ["--set", work / "set", "--program", work / "no-such-program"],
                   ["no-such-program", "no plugin could be run"], "a program that does not exist")
    expect_refusal(args, ["--set", work / "set", *random, "--tdr", blocker / "reports"],
                   ["--tdr", "reports"], "a report folder that cannot be made")
    expect_refusal(args, ["--set", work / "set", *random, "--seconds-per-scan", "0"], ["--seconds-per-scan"],
                   "a zero deadline")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("run", "tdr-pydicom", "bad-input"))
    parser.add_argument("--work", required=True)
    for tool in ("atd-run", "imageset-tool", "classical", "random", "plugin-python", "plugin-script", "stubs"):
        parser.add_argument("--" + tool)
    args = parser.parse_args()
    {"run": command_run, "tdr-pydicom": command_tdr_pydicom, "bad-input": command_bad_input}[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
