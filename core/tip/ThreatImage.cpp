// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tip/ThreatImage.h"

#include "io/RasterImageIO.h"

#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>

namespace pen {
namespace {

constexpr double FullScale = 65535.0;

struct Rotation {
    double c = 1;
    double s = 0;
};

// Exact cosine and sine for quarter turns, so that 90° rotations move pixels without resampling error.
Rotation rotationFor(double degrees)
{
    const double turns = degrees / 90.0;
    if (turns == std::round(turns) && std::abs(turns) < 1e9) {
        static constexpr std::array<Rotation, 4> quarter{{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}};
        return quarter[size_t(((std::llround(turns) % 4) + 4) % 4)];
    }
    const double radians = degrees * 3.14159265358979323846 / 180.0;
    return {std::cos(radians), std::sin(radians)};
}

// −ln T per channel, the quantity that adds up along a ray and so may be interpolated.
// A zero pixel is taken as a quarter count, which rounds back to zero.
std::vector<std::vector<float>> attenuations(const ThreatImage &image)
{
    std::vector<std::vector<float>> result;
    for (const Image16 &channel : image.channels) {
        std::vector<float> values(channel.pixels.size());
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = float(-std::log(std::max(double(channel.pixels[i]), 0.25) / FullScale));
        result.push_back(std::move(values));
    }
    return result;
}

// Pixel index coordinate, snapped where floating-point error would move an exact position a hair.
double snapped(double value)
{
    const double nearest = std::round(value);
    return std::abs(value - nearest) < 1e-9 ? nearest : value;
}

// Bilinear sample of the threat at source index coordinates (u, v): interpolates −ln T over the
// neighbours that belong to the threat and keeps the pixel where they carry at least half the weight.
void resample(const ThreatImage &source, const std::vector<std::vector<float>> &mu, double u, double v,
              std::vector<quint16> &out)
{
    const double x0 = std::floor(u), y0 = std::floor(v);
    const double fx = u - x0, fy = v - y0;
    double inside = 0;
    std::array<double, 2> sum{};
    for (int k = 0; k < 4; ++k) {
        const int x = int(x0) + (k & 1), y = int(y0) + (k >> 1);
        const double w = ((k & 1) ? fx : 1 - fx) * ((k >> 1) ? fy : 1 - fy);
        if (w <= 0 || x < 0 || y < 0 || x >= source.width || y >= source.height || !source.attenuates(x, y))
            continue;
        inside += w;
        for (size_t c = 0; c < mu.size(); ++c)
            sum[c] += w * mu[c][size_t(y) * size_t(source.width) + size_t(x)];
    }
    for (size_t c = 0; c < out.size(); ++c)
        out[c] = inside >= 0.5 ? quint16(std::lround(FullScale * std::exp(-sum[c] / inside))) : quint16(65535);
}

QRectF sceneBounds(const QList<SceneObject> &scene)
{
    QRectF bounds;
    for (const SceneObject &object : scene)
        bounds
            |= object.shape == SceneObject::Shape::Polygon ? QPolygonF(object.polygon).boundingRect() : object.bounds;
    return bounds;
}

Expected<void> checkMaterials(const AttenuationTable &table, const QList<SceneObject> &scene)
{
    for (const SceneObject &object : scene) {
        if (!table.contains(object.material))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("material \"%1\" is not in the attenuation table").arg(object.material));
        if (object.densityGcm3 <= 0 && table.density(object.material) <= 0)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("material \"%1\" has no nominal density: set densityGcm3").arg(object.material));
    }
    return {};
}

// The grey levels of an isolated image: a single-energy channel, or a colour image whose pixels are
// grey within JPEG's chroma noise (many datasets store grey X-ray images as RGB JPEG).
Expected<Image16> greyLevels(const ScanView &view)
{
    if (!view.hasPixels())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the image has no pixels"));
    if (view.kind == ViewKind::SingleEnergy)
        return view.channels.front();
    if (view.kind == ViewKind::DualEnergy)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("a dual-energy image is not an isolated single-energy "
                                        "threat: build dual-energy threats with fromScene"));
    Image16 grey(view.width, view.height);
    double chroma = 0;
    for (size_t i = 0; i < grey.pixels.size(); ++i) {
        const quint8 *rgb = &view.colour.rgb[i * 3];
        grey.pixels[i] = quint16((rgb[0] + rgb[1] + rgb[2]) * 257 / 3);
        chroma += std::abs(rgb[0] - rgb[1]) + std::abs(rgb[1] - rgb[2]);
    }
    if (chroma / double(grey.pixels.size()) > 6.0)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("a coloured image (a vendor's pseudo-colour rendering?) "
                                        "carries no transmission"));
    return grey;
}

std::vector<quint16> borderPixels(const Image16 &image)
{
    std::vector<quint16> border;
    for (int x = 0; x < image.width; ++x)
        border.insert(border.end(), {image.at(x, 0), image.at(x, image.height - 1)});
    for (int y = 1; y + 1 < image.height; ++y)
        border.insert(border.end(), {image.at(0, y), image.at(image.width - 1, y)});
    return border;
}

// The level of the empty background: the median of the border, which must be bright and nearly uniform.
Expected<double> backgroundLevel(const Image16 &image)
{
    std::vector<quint16> border = borderPixels(image);
    std::nth_element(border.begin(), border.begin() + std::ptrdiff_t(border.size() / 2), border.end());
    const double level = border[border.size() / 2];
    if (level < 4096)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("the border is dark (median %1 of 65535): "
                                        "no empty background to measure")
                             .arg(level));
    // A median taken over an object lying on the border would pass for background: refuse a border
    // that differs much from its median either way.
    const double tolerance = (1 - ThreatImage::RealMaskThreshold) * level;
    const auto busy
        = std::count_if(border.cbegin(), border.cend(), [&](quint16 v) { return std::abs(v - level) > tolerance; });
    if (double(busy) > 0.25 * double(border.size()))
        return makeError(ErrorCode::Validation,
                         QStringLiteral("%1% of the border differs from its median: the object "
                                        "touches the edge or the background is not empty")
                             .arg(qRound(100.0 * double(busy) / double(border.size()))));
    return level;
}

// Connected parts of the mask (4-neighbours): the part index of every pixel, -1 outside, and the sizes.
std::pair<std::vector<int>, std::vector<int>> maskParts(const Image16 &image)
{
    std::vector<int> part(image.pixels.size(), -1);
    std::vector<int> sizes, stack;
    for (size_t start = 0; start < part.size(); ++start) {
        if (part[start] >= 0 || image.pixels[start] == 65535)
            continue;
        const int id = int(sizes.size());
        sizes.push_back(0);
        part[start] = id;
        stack.push_back(int(start));
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            ++sizes.back();
            const int x = i % image.width, y = i / image.width;
            for (auto [dx, dy] : {std::pair{-1, 0}, std::pair{1, 0}, std::pair{0, -1}, std::pair{0, 1}}) {
                const int nx = x + dx, ny = y + dy;
                const size_t n = size_t(ny) * size_t(image.width) + size_t(nx);
                if (nx >= 0 && ny >= 0 && nx < image.width && ny < image.height && part[n] < 0
                    && image.pixels[n] < 65535) {
                    part[n] = id;
                    stack.push_back(int(n));
                }
            }
        }
    }
    return {std::move(part), std::move(sizes)};
}

// Real images carry noise: specks of background a little darker than 97 % would stretch the threat's
// box over the whole image. Parts of at most 1 % of the largest one are background, not threat.
void dropSpecks(Image16 &image)
{
    const auto [part, sizes] = maskParts(image);
    if (sizes.empty())
        return;
    const int largest = *std::max_element(sizes.cbegin(), sizes.cend());
    for (size_t i = 0; i < part.size(); ++i) {
        if (part[i] >= 0 && qint64(sizes[size_t(part[i])]) * 100 <= largest)
            image.pixels[i] = 65535;
    }
}

} // namespace

bool ThreatImage::attenuates(int x, int y) const
{
    for (const Image16 &channel : channels) {
        if (channel.at(x, y) < 65535)
            return true;
    }
    return false;
}

QRect ThreatImage::maskBounds() const
{
    int left = width, top = height, right = -1, bottom = -1;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (!attenuates(x, y))
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

ThreatImage ThreatImage::cropped(QRect rect) const
{
    ThreatImage result = *this;
    result.width = rect.width();
    result.height = rect.height();
    for (size_t c = 0; c < channels.size(); ++c) {
        Image16 part(rect.width(), rect.height());
        for (int y = 0; y < rect.height(); ++y) {
            for (int x = 0; x < rect.width(); ++x)
                part.at(x, y) = channels[c].at(rect.left() + x, rect.top() + y);
        }
        result.channels[c] = std::move(part);
    }
    return result;
}

ThreatImage ThreatImage::transformed(double rotationDeg, double scale) const
{
    const Rotation r = rotationFor(rotationDeg);
    // The rotated, scaled rectangle's bounding box; the epsilon keeps 90° turns from growing a pixel.
    const int outWidth = std::max(1, int(std::ceil(scale * (width * std::abs(r.c) + height * std::abs(r.s)) - 1e-9)));
    const int outHeight = std::max(1, int(std::ceil(scale * (width * std::abs(r.s) + height * std::abs(r.c)) - 1e-9)));
    ThreatImage result = *this;
    result.width = outWidth;
    result.height = outHeight;
    result.channels.assign(channels.size(), Image16(outWidth, outHeight, 65535));
    if (label.massKg)
        result.label.massKg = *label.massKg * scale * scale;
    const auto mu = attenuations(*this);
    std::vector<quint16> values(channels.size());
    for (int y = 0; y < outHeight; ++y) {
        for (int x = 0; x < outWidth; ++x) {
            // Output pixel centre → source position, turning back about both centres.
            const double px = x + 0.5 - outWidth / 2.0, py = y + 0.5 - outHeight / 2.0;
            const double u = (r.c * px + r.s * py) / scale + width / 2.0 - 0.5;
            const double v = (-r.s * px + r.c * py) / scale + height / 2.0 - 0.5;
            resample(*this, mu, snapped(u), snapped(v), values);
            for (size_t c = 0; c < values.size(); ++c)
                result.channels[c].at(x, y) = values[c];
        }
    }
    const QRect bounds = result.maskBounds();
    return bounds.isEmpty() ? result : result.cropped(bounds);
}

Expected<ThreatImage> ThreatImage::fromScene(const AttenuationTable &table, const QList<SceneObject> &scene,
                                             const ThreatLabel &label)
{
    if (scene.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("threat \"%1\": the scene is empty").arg(label.name));
    if (auto ok = checkMaterials(table, scene); !ok)
        return ok.error().withContext(QStringLiteral("threat \"%1\"").arg(label.name));
    // Move the scene to the origin, so that any scene coordinates give the same threat image.
    const QRect area = sceneBounds(scene).toAlignedRect();
    QList<SceneObject> moved = scene;
    for (SceneObject &object : moved) {
        object.bounds.translate(-area.topLeft());
        for (QPointF &point : object.polygon)
            point -= area.topLeft();
    }
    // No noise and no blur: the threat's own transmission, so that projecting it into a scan adds
    // the scan's noise and blur once, not twice.
    DetectorSettings detector;
    detector.noise = false;
    detector.blurSigmaPx = 0;
    const ScanView view = SceneProjector(table).project(area.width(), area.height(), moved, detector);
    ThreatImage threat;
    threat.label = label;
    threat.origin = QStringLiteral("synthetic");
    threat.provenance = {QStringLiteral("PEN-Tournament synthetic generator"), QStringLiteral("CC0-1.0"), {}};
    threat.width = view.width;
    threat.height = view.height;
    threat.channels = view.channels;
    const QRect bounds = threat.maskBounds();
    if (bounds.isEmpty())
        return makeError(ErrorCode::Validation,
                         QStringLiteral("threat \"%1\": the scene attenuates nothing").arg(label.name));
    return threat.cropped(bounds);
}

Expected<ThreatImage> ThreatImage::fromIsolatedView(const ScanView &view, const ThreatLabel &label)
{
    auto grey = greyLevels(view);
    if (!grey)
        return grey.error();
    auto level = backgroundLevel(*grey);
    if (!level)
        return level.error();
    ThreatImage threat;
    threat.label = label;
    threat.width = grey->width;
    threat.height = grey->height;
    threat.channels = {Image16(grey->width, grey->height, 65535)};
    for (size_t i = 0; i < grey->pixels.size(); ++i) {
        const double transmission = std::min(1.0, grey->pixels[i] / *level);
        // Background noise stays exactly 1, so projecting leaves the target untouched there.
        if (transmission < RealMaskThreshold)
            threat.channels[0].pixels[i] = quint16(std::lround(transmission * FullScale));
    }
    dropSpecks(threat.channels[0]);
    const QRect bounds = threat.maskBounds();
    if (bounds.isEmpty())
        return makeError(
            ErrorCode::Validation,
            QStringLiteral("no object: nothing is darker than %1% of the background").arg(RealMaskThreshold * 100));
    return threat.cropped(bounds);
}

Expected<ThreatImage> ThreatImage::fromImageFile(const QString &path, const ThreatLabel &label)
{
    auto view = readRasterView(path);
    if (!view)
        return view.error();
    auto threat = fromIsolatedView(*view, label);
    if (!threat)
        return threat.error().withContext(path);
    threat->origin = path;
    return threat;
}

} // namespace pen
