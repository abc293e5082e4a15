#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: PEN-Tournament contributors
"""Noise-free dual-energy attenuations a = -ln T of the default PEN-Tournament detector, computed
without any of the C++ code or the bundled (xraylib) tables: a second implementation of
docs/physics.md ("Image model") that tst_dualenergyphysics compares with DualEnergyDetector.

Inputs, all from the shared data folder (../shared/data):
- NIST SRD 126 mu/rho tables (attenuation/nist_xraymasscoef), interpolated by log-log cubic
  splines between absorption edges; compounds by the mixture rule over element tables, with
  atomic weights from Z/A; CsI, water, polyethylene and PVC from NIST's own compound tables.
- The TASMIP coefficients (spectra/tasmip_boone_seibert_1997_coefficients.csv), which stop at
  140 kVp; above, the 140 kVp spectrum is carried on by Kramers' law, N(E) ~ (kVp - E) / E
  (docs/physics.md, "Image model").

Model (DetectorSettings defaults; 140 kVp unless --kvp sets 30-160): the tube behind 3 mm Al;
front 0.3 mm CsI (low channel), then 0.6 mm Cu, then 4 mm CsI (high channel); energy-integrating
(weight N(E) * E * absorbed share); 1-keV bins from 10 keV (nothing below survives the filter) to
the tube voltage.

Usage: reference_dual_energy.py [--kvp=N] <shared data folder> material:thickness_mm:density_g_cm3 ...
Prints CSV: material,thickness_mm,density_g_cm3,a_low,a_high. Plain Python 3, no packages.
"""
import math
import os
import re
import sys

TASMIP_MAX_KVP = 140
KRAMERS_JOINT_KEV = 110  # bins up to here are scaled from TASMIP; above, Kramers' continuum
TUBE_FILTER_AL_MM = 3.0
FRONT_CSI_MM = 0.3
INTER_FILTER_CU_MM = 0.6
REAR_CSI_MM = 4.0
CSI_DENSITY = 4.51
AL_DENSITY = 2.699
CU_DENSITY = 8.96
FIRST_KEV = 10

SYMBOLS = {"H": 1, "C": 6, "N": 7, "O": 8, "Na": 11, "Si": 14, "Cl": 17, "Ca": 20, "Ti": 22, "Cr": 24,
           "Mn": 25, "Fe": 26, "Ni": 28, "Cu": 29, "Zn": 30, "Ag": 47, "Sn": 50, "W": 74, "Au": 79,
           "Pb": 82, "Al": 13}

# Keys as in assets/attenuation/materials.csv. A NIST compound table where NIST has one, else a
# chemical formula or nominal mass fractions (alloys, glass).
NIST_COMPOUNDS = {"water": "water", "polyethylene": "polyethylene", "pvc": "pvc", "pet_polyester": "mylar",
                  "csi": "cesium_iodide"}
FORMULAS = {"aluminium": "Al", "titanium": "Ti", "iron": "Fe", "copper": "Cu", "zinc": "Zn", "tin": "Sn",
            "silver": "Ag", "tungsten": "W", "gold": "Au", "lead": "Pb", "nacl": "NaCl",
            "sucrose": "C12H22O11", "cellulose": "C6H10O5", "cocaine_hcl": "C17H22ClNO4",
            "cocaine_base": "C17H21NO4", "heroin_base": "C21H23NO5", "tnt": "C7H5N3O6", "rdx": "C3H6N6O6"}
MASS_FRACTIONS = {"steel_304": {"Fe": 0.70, "Cr": 0.19, "Ni": 0.09, "Mn": 0.02},
                  "brass": {"Cu": 0.65, "Zn": 0.35},
                  "glass_soda_lime": {"O": 0.459800, "Na": 0.096441, "Si": 0.336553, "Ca": 0.107205}}


def read_nist(path):
    """(energy keV, mu/rho) rows; an absorption edge is a duplicated energy."""
    rows = []
    with open(path) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            mev, mu = line.split(",")[:2]
            rows.append((float(mev) * 1000.0, float(mu)))
    return rows


def segments(rows):
    """The table split at its absorption edges (duplicated energies) into smooth pieces, each as
    (ln E, ln mu/rho, second derivatives of the natural cubic spline through them)."""
    pieces, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] == rows[i - 1][0]:
            x = [math.log(e) for e, _ in rows[start:i]]
            y = [math.log(m) for _, m in rows[start:i]]
            pieces.append((x, y, spline_second_derivatives(x, y)))
            start = i
    return pieces


def spline_second_derivatives(x, y):
    n = len(x)
    d2, u = [0.0] * n, [0.0] * n
    for i in range(1, n - 1):
        sig = (x[i] - x[i - 1]) / (x[i + 1] - x[i - 1])
        p = sig * d2[i - 1] + 2.0
        d2[i] = (sig - 1.0) / p
        slope = (y[i + 1] - y[i]) / (x[i + 1] - x[i]) - (y[i] - y[i - 1]) / (x[i] - x[i - 1])
        u[i] = (6.0 * slope / (x[i + 1] - x[i - 1]) - sig * u[i - 1]) / p
    for i in range(n - 2, -1, -1):
        d2[i] = d2[i] * d2[i + 1] + u[i]
    return d2


def interpolate(pieces, kev):
    # Log-log cubic splines between edges, as NIST's XCOM interpolates: a straight line in log-log
    # overestimates mu/rho between the coarse grid points by up to 3 % (titanium near 120 keV),
    # where photoelectric absorption gives way to Compton scattering.
    # NIST rounds edge energies (lead's K edge, 88.005 keV, is listed as 88.00): an integer keV
    # that equals a listed edge lies just below the true edge, so the piece that ends there wins.
    t = math.log(kev)
    for x, y, d2 in pieces:
        if x[0] <= t <= x[-1] and len(x) > 1:
            i = max(j for j in range(len(x) - 1) if x[j] <= t)
            h = x[i + 1] - x[i]
            a, b = (x[i + 1] - t) / h, (t - x[i]) / h
            return math.exp(a * y[i] + b * y[i + 1] + ((a ** 3 - a) * d2[i] + (b ** 3 - b) * d2[i + 1]) * h * h / 6.0)
    raise ValueError("%g keV outside the NIST table" % kev)


class Tables:
    def __init__(self, data):
        self.folder = os.path.join(data, "attenuation", "nist_xraymasscoef")
        self.atomic_weight = {}
        with open(os.path.join(self.folder, "elements.csv")) as f:
            next(f)
            for line in f:
                fields = line.split(",")
                self.atomic_weight[int(fields[0])] = int(fields[0]) / float(fields[3])
        self.cache = {}

    def element(self, z):
        return self.rows("elements/z%02d.csv" % z)

    def rows(self, name):
        if name not in self.cache:
            self.cache[name] = segments(read_nist(os.path.join(self.folder, name)))
        return self.cache[name]

    def fractions(self, material):
        if material in MASS_FRACTIONS:
            return {SYMBOLS[s]: w for s, w in MASS_FRACTIONS[material].items()}
        counts = {}
        for symbol, n in re.findall(r"([A-Z][a-z]?)(\d*)", FORMULAS[material]):
            counts[SYMBOLS[symbol]] = counts.get(SYMBOLS[symbol], 0) + int(n or 1)
        mass = sum(n * self.atomic_weight[z] for z, n in counts.items())
        return {z: n * self.atomic_weight[z] / mass for z, n in counts.items()}

    def mu_rho(self, material, kev):
        if material in NIST_COMPOUNDS:
            return interpolate(self.rows("compounds_mixtures/%s.csv" % NIST_COMPOUNDS[material]), kev)
        return sum(w * interpolate(self.element(z), kev) for z, w in self.fractions(material).items())


def tasmip(data, kvp):
    """Unfiltered photons per 1-keV bin at kvp (30-140), clipped at zero, by keV."""
    fluence = {}
    with open(os.path.join(data, "spectra", "tasmip_boone_seibert_1997_coefficients.csv")) as f:
        for line in f:
            if line.startswith("#") or line.startswith("energy") or not line.strip():
                continue
            fields = [float(x) for x in line.split(",")]
            kev = int(fields[0])
            if kev <= kvp:
                fluence[kev] = max(0.0, sum(a * kvp ** i for i, a in enumerate(fields[1:])))
    return fluence


def tube_spectrum(data, kvp):
    """Unfiltered photons per 1-keV bin at kvp, by keV. Above TASMIP's 140 kVp, Kramers' law for a
    thick target, N(E) = k (V - E) / E, applied to TASMIP's 140 kVp spectrum: bins up to the joint
    are scaled by (V - E) / (140 - E), keeping their filtration and lines; above it the continuum
    is Kramers' own, with k read off TASMIP at the joint."""
    if kvp <= TASMIP_MAX_KVP:
        return tasmip(data, kvp)
    base = tasmip(data, TASMIP_MAX_KVP)
    k = base[KRAMERS_JOINT_KEV] * KRAMERS_JOINT_KEV / (TASMIP_MAX_KVP - KRAMERS_JOINT_KEV)
    fluence = {}
    for kev in range(1, kvp):
        if kev <= KRAMERS_JOINT_KEV:
            fluence[kev] = base.get(kev, 0.0) * (kvp - kev) / (TASMIP_MAX_KVP - kev)
        else:
            fluence[kev] = k * (kvp - kev) / kev
    return fluence


def absorbed(mu_rho, density, mm):
    return 1.0 - math.exp(-mu_rho * density * mm / 10.0)


def channel_weights(tables, data, kvp):
    """Each channel's share of its open-beam signal by keV: N(E) * E * absorbed share, normalised."""
    low, high = {}, {}
    for kev, photons in tube_spectrum(data, kvp).items():
        if kev < FIRST_KEV:
            continue
        n = photons * math.exp(-tables.mu_rho("aluminium", kev) * AL_DENSITY * TUBE_FILTER_AL_MM / 10.0)
        csi = tables.mu_rho("csi", kev)
        front = absorbed(csi, CSI_DENSITY, FRONT_CSI_MM)
        through = (1 - front) * math.exp(-tables.mu_rho("copper", kev) * CU_DENSITY * INTER_FILTER_CU_MM / 10.0)
        low[kev] = n * kev * front
        high[kev] = n * kev * through * absorbed(csi, CSI_DENSITY, REAR_CSI_MM)
    return [{k: v / sum(w.values()) for k, v in w.items()} for w in (low, high)]


def attenuations(tables, weights, material, mm, density):
    result = []
    for w in weights:
        t = sum(share * math.exp(-tables.mu_rho(material, kev) * density * mm / 10.0) for kev, share in w.items())
        result.append(-math.log(t))
    return result


def main():
    args = sys.argv[1:]
    kvp = TASMIP_MAX_KVP
    if args and args[0].startswith("--kvp="):
        kvp = int(args.pop(0)[len("--kvp="):])
    if len(args) < 2 or not 30 <= kvp <= 160:
        sys.exit(__doc__)
    data = args[0]
    tables = Tables(data)
    weights = channel_weights(tables, data, kvp)
    print("material,thickness_mm,density_g_cm3,a_low,a_high")
    for item in args[1:]:
        material, mm, density = item.split(":")
        a_low, a_high = attenuations(tables, weights, material, float(mm), float(density))
        print("%s,%s,%s,%.6f,%.6f" % (material, mm, density, a_low, a_high))


if __name__ == "__main__":
    main()
