#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Checks our DICOS Threat Detection Reports with independent tools.

usage: check_threat_reports.py pydicom WRITER
       check_threat_reports.py dciodvfy WRITER --dciodvfy PATH
WRITER is tdr_sample_writer, which writes the reports of SampleThreatReports.cpp into a folder.
"""
import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

TDR_SOP_CLASS = "1.2.840.10008.5.1.4.1.1.501.3"
FILES = ("machine_alarm.dcm", "officer_alarm.dcm", "machine_clear.dcm")


def threats(ds):
    """(category, description, flag, probability, polygon points) per potential threat object."""
    result = []
    for threat in ds.get("ThreatSequence", []):
        assessment = threat.ATDAssessmentSequence[0]
        values = [float(v) for v in threat.PTORepresentationSequence[0].BoundingPolygon]
        points = [tuple(values[i:i + 3]) for i in range(0, len(values), 3)]
        result.append((assessment.ThreatCategory, assessment.ThreatCategoryDescription,
                       assessment.ATDAssessmentFlag, float(assessment.ATDAssessmentProbability), points))
    return result


def check_pydicom(folder):
    import pydicom

    for name in FILES:
        ds = pydicom.dcmread(folder / name)
        assert ds.SOPClassUID == TDR_SOP_CLASS, (name, ds.SOPClassUID)
        assert ds.Modality == "TDR", (name, ds.Modality)
        assert ds.NumberOfTotalObjects == len(ds.get("ThreatSequence", [])), name

    machine = pydicom.dcmread(folder / "machine_alarm.dcm")
    assert machine.TDRType == "MACHINE" and machine.AlarmDecision == "ALARM"
    assert list(machine.ThreatDetectionAlgorithmAndVersion) == ["ReferenceDetector", "2.1.0"]
    assert machine.NumberOfTotalObjects == 3 and machine.NumberOfAlarmObjects == 3
    assert float(machine.TotalProcessingTime) == 1250.0
    assert threats(machine) == [
        ("CONTRABAND", "narcotics", "THREAT", 0.875, [(10.5, 20.25, 0.0), (40.5, 61.0, 0.0)]),
        ("PI", "weapon", "THREAT", 0.5, [(5.0, 5.0, 0.0), (60.5, 8.0, 0.0), (33.25, 47.0, 0.0)]),
        ("EXPLOSIVE", "explosive", "THREAT", 0.25, [(1.0, 2.0, 0.0), (4.0, 6.0, 0.0)]),
    ], threats(machine)
    image = machine.ThreatSequence[1].PTORepresentationSequence[0].ReferencedInstanceSequence[0]
    assert image.ReferencedSOPInstanceUID == "2.25.2222"

    officer = pydicom.dcmread(folder / "officer_alarm.dcm")
    assert officer.TDRType == "OPERATOR" and officer.AlarmDecision == "ALARM"
    assert str(officer.OperatorsName) == "Anna Müller-Lüdenscheidt", officer.OperatorsName
    assert officer.PatientID == "Übersee-Paket №7", officer.PatientID
    assert threats(officer) == [
        ("CONTRABAND", "cigarettes", "THREAT", 1.0,
         [(0.0, 0.0, 0.0), (16.0, 0.0, 0.0), (16.0, 9.0, 0.0), (0.0, 9.0, 0.0)]),
    ], threats(officer)

    clear = pydicom.dcmread(folder / "machine_clear.dcm")
    assert clear.AlarmDecision == "CLEAR" and clear.NumberOfTotalObjects == 0
    print("pydicom reads the reports as written")
    return 0


def check_dciodvfy(folder, dciodvfy):
    failures = 0
    for name in FILES:
        run = subprocess.run([dciodvfy, str(folder / name)], capture_output=True, text=True)
        output = run.stdout + run.stderr
        print(f"=== {name}\n{output}")
        # dciodvfy has no tables for DICOS, so it cannot find the TDR IOD; nothing else may fail.
        errors = [line for line in output.splitlines()
                  if line.startswith("Error") and "Information Object Not found" not in line]
        failures += len(errors)
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=["pydicom", "dciodvfy"])
    parser.add_argument("writer")
    parser.add_argument("--dciodvfy", default="dciodvfy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        subprocess.run([args.writer, str(folder)], check=True)
        if args.check == "pydicom":
            return check_pydicom(folder)
        return check_dciodvfy(folder, args.dciodvfy)


if __name__ == "__main__":
    sys.exit(main())
