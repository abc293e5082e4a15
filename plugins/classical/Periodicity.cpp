// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "Periodicity.h"

#include <opencv2/core.hpp>

#include <algorithm>

namespace pen::classical {
namespace {

// The profile less its running mean over `width` samples: what is left are the thin dips of card
// walls between cells, not the block's edges or a gradual change in thickness.
std::vector<float> highPassed(const std::vector<float> &profile, int width)
{
    const int n = int(profile.size()), half = std::max(1, width / 2);
    std::vector<float> out(profile.size());
    for (int i = 0; i < n; ++i) {
        const int from = std::max(0, i - half), to = std::min(n - 1, i + half);
        double sum = 0;
        for (int j = from; j <= to; ++j)
            sum += profile[size_t(j)];
        out[size_t(i)] = float(profile[size_t(i)] - sum / (to - from + 1));
    }
    return out;
}

// Autocorrelation by the Wiener–Khinchin theorem, zero-padded so that it does not wrap around,
// each lag divided by its number of overlapping samples and by the variance.
std::vector<double> autocorrelation(const std::vector<float> &values)
{
    const int n = int(values.size());
    cv::Mat signal = cv::Mat::zeros(1, cv::getOptimalDFTSize(2 * n), CV_32F);
    std::copy(values.begin(), values.end(), signal.ptr<float>());
    cv::Mat spectrum, power, correlation;
    cv::dft(signal, spectrum, cv::DFT_COMPLEX_OUTPUT);
    cv::mulSpectrums(spectrum, spectrum, power, 0, true);
    cv::idft(power, correlation, cv::DFT_REAL_OUTPUT | cv::DFT_SCALE);
    const float *c = correlation.ptr<float>();
    std::vector<double> r(size_t(n), 0.0);
    const double variance = c[0] / n;
    if (variance <= 0)
        return r;
    for (int lag = 0; lag < n; ++lag)
        r[size_t(lag)] = c[lag] / double(n - lag) / variance;
    return r;
}

} // namespace

Periodicity Periodicity::of(const std::vector<float> &profile, int minPeriod)
{
    const int n = int(profile.size());
    const int maxPeriod = n / 2;
    if (minPeriod < 2 || maxPeriod <= minPeriod)
        return {};
    const std::vector<double> r = autocorrelation(highPassed(profile, minPeriod));
    Periodicity best;
    for (int lag = minPeriod; lag <= maxPeriod; ++lag) {
        const size_t l = size_t(lag);
        const bool peak = r[l] >= r[l - 1] && r[l] >= r[l + 1];
        // A true period repeats at twice the lag too, where the profile is long enough to show it.
        const double strength = 3 * lag <= n ? std::min(r[l], r[2 * l]) : r[l];
        if (peak && strength > best.strength)
            best = {lag, strength};
    }
    return best;
}

} // namespace pen::classical
