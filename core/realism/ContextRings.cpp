// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/ContextRings.h"

#include <opencv2/imgproc.hpp>

namespace pen::realism {
namespace {

constexpr int Tries = 50;

cv::Rect grown(const cv::Rect &box, int by)
{
    return {box.x - by, box.y - by, box.width + 2 * by, box.height + 2 * by};
}

// The ring's mask: the grown box clipped to the image, without the box.
PatchFeatures ringFeatures(const cv::Mat1b &luma, const cv::Rect &box)
{
    const cv::Rect image(0, 0, luma.cols, luma.rows);
    cv::Mat1b ring(luma.size(), uchar(0));
    ring(grown(box, RingWidth) & image).setTo(255);
    ring(box & image).setTo(0);
    return maskedFeatures(luma, ring);
}

bool clearOf(const cv::Rect &box, const QList<cv::Rect> &threats)
{
    for (const cv::Rect &threat : threats) {
        if ((grown(box, RingWidth) & grown(threat, RingWidth)).area() > 0)
            return false;
    }
    return true;
}

} // namespace

ContextRings contextRings(const cv::Mat1b &luma, const cv::Mat1b &object, const QList<cv::Rect> &threatBoxes,
                          quint64 seed)
{
    ContextRings rings;
    cv::RNG random(seed == 0 ? 1 : seed);
    const cv::Rect image(0, 0, luma.cols, luma.rows);
    for (const cv::Rect &threat : threatBoxes) {
        if ((threat & image).area() == 0)
            continue;
        rings.threats.push_back(ringFeatures(luma, threat));
        for (int attempt = 0; attempt < Tries; ++attempt) {
            const cv::Rect box(random.uniform(0, std::max(1, luma.cols - threat.width)),
                               random.uniform(0, std::max(1, luma.rows - threat.height)), threat.width, threat.height);
            if ((box & image) != box || !clearOf(box, threatBoxes))
                continue;
            if (cv::countNonZero(object(box)) != box.area())
                continue;
            rings.elsewhere.push_back(ringFeatures(luma, box));
            break;
        }
    }
    return rings;
}

std::optional<double> contextLeakageAuc(const QList<ContextRings> &images)
{
    QList<ImagePatches> threats, elsewhere;
    for (const ContextRings &rings : images) {
        // Only images with both kinds keep the folds of the two samples on the same images.
        if (rings.threats.empty() || rings.elsewhere.empty())
            continue;
        threats.append(rings.threats);
        elsewhere.append(rings.elsewhere);
    }
    return twoSampleAuc(threats, elsewhere);
}

} // namespace pen::realism
