// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/PolynomialRoots.h"

#include <cmath>

namespace pen {
namespace {

// The one root in (a, b) of p, monotonic there with p(a) and p(b) of opposite signs: Newton steps
// where they stay inside the bracket, bisection otherwise.
double rootInBracket(const Polynomial &p, const Polynomial &dp, double a, double b)
{
    const bool risingAtA = p.at(a) < 0;
    const double tolerance = 1e-12 * (b - a);
    double x = 0.5 * (a + b);
    for (int iteration = 0; iteration < 100 && b - a > tolerance; ++iteration) {
        const double value = p.at(x);
        if (value == 0)
            return x;
        if ((value < 0) == risingAtA)
            a = x;
        else
            b = x;
        const double slope = dp.at(x);
        const double newton = slope != 0 ? x - value / slope : a;
        x = newton > a && newton < b ? newton : 0.5 * (a + b);
    }
    return x;
}

} // namespace

double Polynomial::at(double x) const
{
    double value = 0;
    for (int i = degree; i >= 0; --i)
        value = value * x + c[size_t(i)];
    return value;
}

Polynomial Polynomial::derivative() const
{
    Polynomial d;
    d.degree = degree > 0 ? degree - 1 : 0;
    for (int i = 1; i <= degree; ++i)
        d.c[size_t(i - 1)] = double(i) * c[size_t(i)];
    return d;
}

PolynomialRoots realRootsBetween(const Polynomial &p, double low, double high)
{
    PolynomialRoots roots;
    if (p.degree < 1 || !(high > low))
        return roots;
    const Polynomial dp = p.derivative();
    std::array<double, Polynomial::MaxDegree + 1> breaks{low};
    int count = 1;
    for (double critical : realRootsBetween(dp, low, high)) {
        if (critical > breaks[size_t(count - 1)] && critical < high)
            breaks[size_t(count++)] = critical;
    }
    breaks[size_t(count++)] = high;
    for (int i = 0; i + 1 < count; ++i) {
        const double fa = p.at(breaks[size_t(i)]), fb = p.at(breaks[size_t(i + 1)]);
        if (fa == 0)
            roots.add(breaks[size_t(i)]);
        else if (fb != 0 && (fa < 0) != (fb < 0))
            roots.add(rootInBracket(p, dp, breaks[size_t(i)], breaks[size_t(i + 1)]));
    }
    if (p.at(high) == 0 && roots.count < p.degree)
        roots.add(high);
    return roots;
}

} // namespace pen
