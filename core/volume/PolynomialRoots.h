// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <array>
#include <cstddef>

namespace pen {

/// c[0] + c[1]·x + … + c[degree]·x^degree, of degree up to 4 (the ray–torus quartic), kept on the
/// stack: a projector solves one per ray.
struct Polynomial {
    static constexpr int MaxDegree = 4;
    std::array<double, MaxDegree + 1> c{};
    int degree = 0;

    double at(double x) const;
    Polynomial derivative() const;
};

/// Real roots, ascending.
struct PolynomialRoots {
    std::array<double, Polynomial::MaxDegree> values{};
    int count = 0;

    void add(double root) { values[std::size_t(count++)] = root; }
    const double *begin() const { return values.data(); }
    const double *end() const { return values.data() + count; }
};

/// The real roots of p in [low, high]. The roots of the derivative split the interval into pieces
/// where p is monotonic, so each piece holds at most one root, which a safeguarded Newton
/// iteration brackets down to about 1e-12 of the interval's width. A root of even multiplicity
/// that touches zero without crossing it is found only where p is exactly zero there; callers that
/// integrate a sign (inside/outside) lose nothing by that.
PolynomialRoots realRootsBetween(const Polynomial &p, double low, double high);

} // namespace pen
