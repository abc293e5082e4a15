// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QtGlobal>

#include <vector>

namespace pen {

/// A 16-bit single-channel image, row-major, no padding. For energy channels the value is the
/// transmitted intensity: 65535 means nothing absorbed, 0 means nothing came through.
struct Image16 {
    int width = 0;
    int height = 0;
    std::vector<quint16> pixels;

    Image16() = default;
    Image16(int w, int h, quint16 fill = 0) : width(w), height(h), pixels(size_t(w) * size_t(h), fill) {}

    bool isEmpty() const { return width <= 0 || height <= 0; }
    quint16 at(int x, int y) const { return pixels[size_t(y) * size_t(width) + size_t(x)]; }
    quint16 &at(int x, int y) { return pixels[size_t(y) * size_t(width) + size_t(x)]; }
    friend bool operator==(const Image16 &, const Image16 &) = default;
};

} // namespace pen
