// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scoring/SignalDetection.h"

#include <cmath>
#include <numbers>

namespace pen {
namespace {

double rate(int count, int total)
{
    return total > 0 ? double(count) / total : 0.0;
}

double corrected(int count, int total)
{
    return (count + 0.5) / (total + 1.0);
}

// Acklam's rational approximation of the probit (relative error 1e-9), polished by one Halley
// step against erfc so that the result is exact to double precision.
double probitApproximation(double p)
{
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[]
        = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low)
        return -probitApproximation(1 - p);
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

} // namespace

double SignalDetection::hitRate() const
{
    return rate(hits, hits + misses);
}
double SignalDetection::falseAlarmRate() const
{
    return rate(falseAlarms, falseAlarms + correctRejections);
}
double SignalDetection::correctedHitRate() const
{
    return corrected(hits, hits + misses);
}
double SignalDetection::correctedFalseAlarmRate() const
{
    return corrected(falseAlarms, falseAlarms + correctRejections);
}

double SignalDetection::z(double p)
{
    if (!(p > 0 && p < 1))
        return std::nan("");
    const double x = probitApproximation(p);
    const double e = 0.5 * std::erfc(-x / std::numbers::sqrt2) - p;
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double SignalDetection::dPrime() const
{
    return z(correctedHitRate()) - z(correctedFalseAlarmRate());
}

double SignalDetection::aPrime() const
{
    const double h = correctedHitRate();
    const double f = correctedFalseAlarmRate();
    if (h >= f)
        return 0.5 + (h - f) * (1 + h - f) / (4 * h * (1 - f));
    return 0.5 - (f - h) * (1 + f - h) / (4 * f * (1 - h));
}

double SignalDetection::dA(double slope) const
{
    return std::sqrt(2 / (1 + slope * slope)) * (z(correctedHitRate()) - slope * z(correctedFalseAlarmRate()));
}

} // namespace pen
