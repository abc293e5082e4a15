// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/RealismFigures.h"

#include "realism/ObjectRegion.h"

#include <opencv2/imgproc.hpp>

#include <cstdlib>

namespace pen::realism {
namespace {

// A deep copy: the QImage's buffer does not outlive this function's callers.
cv::Mat3b rgbPixels(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat3b view(rgb.height(), rgb.width(),
                         const_cast<cv::Vec3b *>(reinterpret_cast<const cv::Vec3b *>(rgb.constBits())),
                         size_t(rgb.bytesPerLine()));
    return view.clone();
}

void measureGrey(const cv::Mat1b &luma, const ObjectRegion &region, RealismFigures &figures)
{
    figures.luma = lumaDistribution(luma, region.mask);
    figures.flatShare = flatShare(luma, region.interior);
    figures.edgeDensity = edgeDensity(luma, region.interior);
    figures.gradient = gradientPercentiles(luma, region.interior);
    cv::Mat1f transmission;
    luma.convertTo(transmission, CV_32F, 1.0 / 255);
    figures.spectrumSlope = powerSpectrumSlope(transmission, centredSquare(region.bounds));
    figures.lbpEntropy = lbpEntropy(luma, region.interior);
    figures.patches = interiorPatchFeatures(luma, region.interior);
}

void measureColour(const cv::Mat3b &rgb, const ObjectRegion &region, RealismFigures &figures)
{
    figures.colour = true;
    figures.lowValueShare = lowValueShare(rgb, region.mask);
    figures.distinctColours = distinctColours(rgb, region.mask);
    figures.hueValue = hueValueHistogram(rgb, region.mask);
}

} // namespace

bool hasColour(const QImage &image)
{
    if (image.isGrayscale())
        return false;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    qint64 coloured = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *pixel = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width(); ++x, pixel += 3) {
            if (std::abs(pixel[0] - pixel[1]) > 8 || std::abs(pixel[1] - pixel[2]) > 8
                || std::abs(pixel[0] - pixel[2]) > 8)
                ++coloured;
        }
    }
    return coloured > 0.01 * double(rgb.width()) * rgb.height();
}

cv::Mat1b lumaOf(const QImage &image)
{
    cv::Mat1b luma;
    cv::cvtColor(rgbPixels(image), luma, cv::COLOR_RGB2GRAY);
    return luma;
}

Expected<RealismFigures> measureImage(const QImage &image)
{
    if (image.isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("empty image"));
    const cv::Mat3b rgb = rgbPixels(image);
    cv::Mat1b luma;
    cv::cvtColor(rgb, luma, cv::COLOR_RGB2GRAY);
    auto region = findObjectRegion(luma);
    if (!region)
        return region.error();
    RealismFigures figures;
    figures.regionPixels = region->pixelCount;
    measureGrey(luma, *region, figures);
    if (hasColour(image))
        measureColour(rgb, *region, figures);
    return figures;
}

} // namespace pen::realism
