#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Writes detector_mu_rho_10_200keV.csv: total mu/rho (cm^2/g) of the scintillators CsI and Gd2O2S
on the 1-keV grid of ../attenuation, by the mixture rule over the NIST SRD 126 element tables,
interpolated log-log between tabulated energies (NIST's recommended interpolation).

Usage: make_detector_table.py <folder with NIST zNN.csv files>   (plain Python 3, no packages)
"""
import math
import os
import sys

# Mass fractions from the formulas and standard atomic weights.
MATERIALS = {
    "csi": {55: 132.905 / 259.810, 53: 126.904 / 259.810},
    "gos": {64: 2 * 157.25 / 378.56, 8: 2 * 15.999 / 378.56, 16: 32.06 / 378.56},
}


def element_table(folder, z):
    rows = []
    with open(os.path.join(folder, "z%02d.csv" % z)) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            mev, mu, _ = line.split(",")
            rows.append((float(mev) * 1000.0, float(mu)))
    return rows


def mu_rho(rows, kev):
    # Edges are duplicated energies; an integer keV never falls on one in 10-200 keV for these Z.
    for (e0, m0), (e1, m1) in zip(rows, rows[1:]):
        if e0 <= kev < e1:
            f = math.log(kev / e0) / math.log(e1 / e0)
            return math.exp(math.log(m0) + f * (math.log(m1) - math.log(m0)))
    raise ValueError(kev)


def main():
    folder = sys.argv[1]
    tables = {z: element_table(folder, z) for m in MATERIALS.values() for z in m}
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "detector_mu_rho_10_200keV.csv")
    with open(out, "w") as f:
        f.write("energy_keV," + ",".join(MATERIALS) + "\n")
        for kev in range(10, 201):
            values = [sum(w * mu_rho(tables[z], kev) for z, w in m.items()) for m in MATERIALS.values()]
            f.write("%d,%s\n" % (kev, ",".join("%.6e" % v for v in values)))


if __name__ == "__main__":
    main()
