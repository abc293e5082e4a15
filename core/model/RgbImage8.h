// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QtGlobal>

#include <vector>

namespace pen {

/// An 8-bit RGB image (three bytes a pixel, row-major, no padding): the pre-rendered pseudo-colour
/// images of public datasets, which carry no energy channels.
struct RgbImage8 {
    int width = 0;
    int height = 0;
    std::vector<quint8> rgb;

    RgbImage8() = default;
    RgbImage8(int w, int h) : width(w), height(h), rgb(size_t(w) * size_t(h) * 3, 0) {}

    bool isEmpty() const { return width <= 0 || height <= 0; }
    const quint8 *pixel(int x, int y) const { return &rgb[(size_t(y) * size_t(width) + size_t(x)) * 3]; }
    quint8 *pixel(int x, int y) { return &rgb[(size_t(y) * size_t(width) + size_t(x)) * 3]; }
    friend bool operator==(const RgbImage8 &, const RgbImage8 &) = default;
};

} // namespace pen
