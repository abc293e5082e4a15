#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Writes mu_rho_total_100keV_20MeV.csv: total mu/rho (cm^2/g, photoelectric + Compton + Rayleigh +
pair production in the nuclear and electron fields) of every material of materials.csv at the NIST
SRD 126 energies from 100 keV to 20 MeV, by the mixture rule over the NIST element tables. MeV cargo
scanners need these energies; the 10-200 keV table stays the one of the baggage scanners.
Also writes ../spectra/detector_mu_rho_100keV_20MeV.csv: mu/rho and mu_en/rho (energy absorption) of
the CdWO4 scintillator of MeV cargo detectors, on the same energies.

Usage: make_mev_table.py <folder with NIST zNN.csv files and elements.csv>   (plain Python 3)
"""
import csv
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
