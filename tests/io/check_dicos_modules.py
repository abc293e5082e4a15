#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Compares DICOS files with the module tables of dicos_modules.json, module by module and
attribute by attribute, and names every missing module and attribute.

usage: check_dicos_modules.py FILE...                  check files, the IOD taken from the SOP class
       check_dicos_modules.py --iod DX FILE...         check files against one IOD
       check_dicos_modules.py selftest DICOM_WRITER TDR_WRITER
The self-test checks the files of dicom_sample_writer and tdr_sample_writer: the DICOS DX and TDR
files must pass, and a secondary capture file and DICOS files with an attribute removed must fail.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

TABLES = Path(__file__).with_name("dicos_modules.json")


def tag_of(text):
    group, element = text.strip("()").split(",")
    return int(group, 16) << 16 | int(element, 16)


def is_empty(element):
    value = element.value
    return value is None or (hasattr(value, "__len__") and len(value) == 0)


def values_of(element):
    value = element.value
    if isinstance(value, (bytes, bytearray)):
        return [value]
    if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
        return [str(v) for v in value]
    return [str(value)]


def holds(condition, ds):
    element = ds.get(tag_of_keyword(ds, condition["keyword"]))
    if condition.get("present"):
        return element is not None
    if element is None or is_empty(element):
        return False
    if "equals" in condition:
        return condition["equals"] in values_of(element)
    if condition.get("nonzero"):
        return any(str(v) not in ("0", "") for v in values_of(element))
    return False


def tag_of_keyword(ds, keyword):
    from pydicom.datadict import tag_for_keyword

    return tag_for_keyword(keyword)


def check_attributes(ds, attributes, where):
    """Problems with the attributes of one data set or sequence item."""
    problems = []
    for attribute in attributes:
        kind = attribute["type"]
        if kind == "3":
            continue
        if kind.endswith("C") and not holds(attribute["condition"], ds):
            continue
        name = f"{attribute['keyword']} {attribute['tag']} (type {kind})"
        element = ds.get(tag_of(attribute["tag"]))
        if element is None:
            problems.append(f"{where}: missing {name}")
            continue
        if kind.startswith("1") and is_empty(element):
            problems.append(f"{where}: empty {name}")
            continue
        allowed = attribute.get("values")
        if allowed and not is_empty(element):
            wrong = [v for v in values_of(element) if v not in allowed]
            if wrong:
                problems.append(f"{where}: {name} is {wrong}, expected one of {allowed}")
        if "items" in attribute and element.VR == "SQ":
            for index, item in enumerate(element.value):
                problems += check_attributes(item, attribute["items"],
                                             f"{where} > {attribute['keyword']}[{index}]")
    return problems


def module_present(ds, module):
    return any(tag_of(a["tag"]) in ds for a in module["attributes"])


def check_dataset(ds, iod):
    """Problems of one data set against one IOD of the tables; empty when it conforms."""
    problems = []
    for module in iod["modules"]:
        name = f"module {module['module']} ({module['usage']})"
        if module["usage"] == "U" and not module_present(ds, module):
            continue
        if module["usage"] == "C" and not holds(module["condition"], ds):
            continue
        found = check_attributes(ds, module["attributes"], name)
        required = [a for a in module["attributes"] if a["type"] in ("1", "2")]
        if required and len([p for p in found if ": missing " in p]) == len(required):
            problems.append(f"{name}: missing (none of its required attributes is present)")
        problems += found
    return problems


def iod_for(ds, tables, name=None):
    if name:
        return name, tables["iods"][name]
    for key, iod in tables["iods"].items():
        if str(ds.get("SOPClassUID", "")) == iod["sopClassUid"]:
            return key, iod
    return "DX", tables["iods"]["DX"]  # not a DICOS object: compare with the image IOD


def check_files(paths, tables, iod_name=None):
    import pydicom

    failures = 0
    for path in paths:
        ds = pydicom.dcmread(path)
        name, iod = iod_for(ds, tables, iod_name)
        problems = check_dataset(ds, iod)
        print(f"=== {path}: DICOS {name}, {len(problems)} problem(s)")
        for problem in problems:
            print(f"  {problem}")
        failures += bool(problems)
    return failures


def expect_failure(ds, iod, label, *names):
    """True when checking ds finds problems and they name every one of names."""
    problems = check_dataset(ds, iod)
    text = "\n".join(problems)
    missed = [n for n in names if n not in text]
    print(f"--- {label}: {len(problems)} problem(s), as expected" if problems and not missed
          else f"--- {label}: FAILED to report {missed or 'anything'}")
    for problem in problems:
        print(f"  {problem}")
    return bool(problems) and not missed


def self_test(folder, tables):
    import pydicom

    dx, tdr = tables["iods"]["DX"], tables["iods"]["TDR"]
    images = [folder / n for n in ("dicos_dual.dcm", "dicos_single.dcm")]
    reports = [folder / n for n in ("machine_alarm.dcm", "officer_alarm.dcm", "machine_clear.dcm")]
    failures = check_files(images, tables, "DX") + check_files(reports, tables, "TDR")
    ok = expect_failure(pydicom.dcmread(folder / "sc_dual.dcm"), dx, "secondary capture as DICOS DX",
                        "DICOSVersion", "OOIType", "module DX Detector (M): missing",
                        "module Acquisition Context (M): missing")
    for keyword, module in (("DICOSVersion", "SOP Common"), ("ImagerPixelSpacing", "DX Detector"),
                            ("AcquisitionContextSequence", "Acquisition Context")):
        ds = pydicom.dcmread(images[0])
        delattr(ds, keyword)
        ok &= expect_failure(ds, dx, f"DICOS DX without {keyword}", f"module {module} (M): missing {keyword}")
    ds = pydicom.dcmread(reports[0])
    del ds.ThreatSequence[0].ATDAssessmentSequence[0].ThreatCategory
    ok &= expect_failure(ds, tdr, "TDR without a Threat Category", "ATDAssessmentSequence[0]: missing ThreatCategory")
    ds = pydicom.dcmread(reports[0])
    del ds.OOIType
    ok &= expect_failure(ds, tdr, "TDR without OOI Type", "module Object of Inspection (M): missing OOIType")
    return 1 if failures or not ok else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("args", nargs="+")
    parser.add_argument("--iod", choices=["DX", "TDR"])
    options = parser.parse_args()
    tables = json.loads(TABLES.read_text(encoding="utf-8"))
    if options.args[0] != "selftest":
        return 1 if check_files(options.args, tables, options.iod) else 0
    if len(options.args) != 3:
        parser.error("selftest needs DICOM_WRITER and TDR_WRITER")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for writer in options.args[1:]:
            subprocess.run([writer, str(folder)], check=True)
        return self_test(folder, tables)


if __name__ == "__main__":
    sys.exit(main())
