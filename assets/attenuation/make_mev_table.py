#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Writes mu_rho_total_1_9keV.csv: total mu/rho (cm^2/g) of every material of materials.csv from 1 to
9 keV in 1-keV steps, below the 10-200 keV table, log-log interpolated in the NIST element tables
(an absorption edge between two grid points stays on its side), by the mixture rule. No detector
sees these energies; the tables reach 1 keV so that the attenuation of any photon a spectrum holds
is defined.
Writes mu_rho_total_100keV_20MeV.csv: total mu/rho (cm^2/g, photoelectric + Compton + Rayleigh +
pair production in the nuclear and electron fields) of every material of materials.csv at the NIST
SRD 126 energies from 100 keV to 20 MeV, by the mixture rule over the NIST element tables. MeV cargo
scanners need these energies; the 10-200 keV table stays the one of the baggage scanners.
Also writes ../spectra/detector_mu_rho_100keV_20MeV.csv: mu/rho and mu_en/rho (energy absorption) of
the CdWO4 scintillator of MeV cargo detectors, on the same energies.

Usage: make_mev_table.py <folder with NIST zNN.csv files and elements.csv>   (plain Python 3)
"""
import csv
import math
import os
import re
import sys

ENERGIES_MEV = [0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 15.0, 20.0]


def elements(folder):
    """Symbol -> (Z, atomic weight) from NIST's Z/A."""
    table = {}
    with open(os.path.join(folder, "elements.csv")) as f:
        for row in csv.DictReader(f):
            z = int(row["z"])
            table[row["symbol"]] = (z, z / float(row["zovera"]))
    return table


def element_mu_rho(folder, z, column=1):
    values = {}
    with open(os.path.join(folder, "elements", "z%02d.csv" % z)) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split(",")
            values[round(float(fields[0]), 6)] = float(fields[column])
    return values


def element_rows(folder, z):
    """(energy in MeV, mu/rho) in the file's order: an absorption edge is two rows at one energy."""
    rows = []
    with open(os.path.join(folder, "elements", "z%02d.csv" % z)) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split(",")
            rows.append((float(fields[0]), float(fields[1])))
    return rows


def interpolated(rows, mev):
    """log-log between the rows around mev; at an edge's energy the value above the edge."""
    for (e0, m0), (e1, m1) in zip(rows, rows[1:]):
        if e0 <= mev < e1 or (mev == e1 and e1 == rows[-1][0]):
            return math.exp(math.log(m0) + math.log(mev / e0) / math.log(e1 / e0) * math.log(m1 / m0))
    raise ValueError("%g MeV outside the table" % mev)


def mass_fractions(composition, atoms):
    """'H:0.1;C:0.9' as given, or a formula such as 'C17H22ClNO4' by atomic weights."""
    if ":" in composition:
        return {symbol: float(w) for symbol, w in (part.split(":") for part in composition.split(";"))}
    counts = {}
    for symbol, count in re.findall(r"([A-Z][a-z]?)(\d*)", composition):
        counts[symbol] = counts.get(symbol, 0) + (int(count) if count else 1)
    total = sum(atoms[s][1] * n for s, n in counts.items())
    return {s: atoms[s][1] * n / total for s, n in counts.items()}


def main():
    folder = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    atoms = elements(folder)
    with open(os.path.join(here, "materials.csv")) as f:
        materials = [(row["key"], mass_fractions(row["composition_mass_fractions"], atoms)) for row in csv.DictReader(f)]
    tables = {}
    for _, fractions in materials:
        for symbol in fractions:
            z = atoms[symbol][0]
            tables.setdefault(z, element_mu_rho(folder, z))
    rows = {z: element_rows(folder, z) for z in tables}
    with open(os.path.join(here, "mu_rho_total_1_9keV.csv"), "w") as f:
        f.write("energy_keV," + ",".join(key for key, _ in materials) + "\n")
        for kev in range(1, 10):
            values = [sum(w * interpolated(rows[atoms[s][0]], kev / 1000) for s, w in fractions.items())
                      for _, fractions in materials]
            f.write("%d,%s\n" % (kev, ",".join("%.4e" % v for v in values)))
    with open(os.path.join(here, "mu_rho_total_100keV_20MeV.csv"), "w") as f:
        f.write("energy_keV," + ",".join(key for key, _ in materials) + "\n")
        for mev in ENERGIES_MEV:
            values = [sum(w * tables[atoms[s][0]][round(mev, 6)] for s, w in fractions.items()) for _, fractions in materials]
            f.write("%g,%s\n" % (mev * 1000, ",".join("%.4e" % v for v in values)))

    cdwo4 = mass_fractions("CdWO4", atoms)
    total = {atoms[s][0]: element_mu_rho(folder, atoms[s][0]) for s in cdwo4}
    energy = {atoms[s][0]: element_mu_rho(folder, atoms[s][0], 2) for s in cdwo4}
    with open(os.path.join(here, "..", "spectra", "detector_mu_rho_100keV_20MeV.csv"), "w") as f:
        f.write("energy_keV,cdwo4,cdwo4_energy_absorption\n")
        for mev in ENERGIES_MEV:
            mu = sum(w * total[atoms[s][0]][round(mev, 6)] for s, w in cdwo4.items())
            mu_en = sum(w * energy[atoms[s][0]][round(mev, 6)] for s, w in cdwo4.items())
            f.write("%g,%.4e,%.4e\n" % (mev * 1000, mu, mu_en))


if __name__ == "__main__":
    main()
