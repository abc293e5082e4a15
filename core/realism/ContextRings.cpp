// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/ContextRings.h"

#include <opencv2/imgproc.hpp>

namespace pen::realism {
namespace {

constexpr int Tries = 200;

cv::Rect grown(const cv::Rect &box, int by)
{
    return {box.x - by, box.y - by, box.width + 2 * by, box.height + 2 * by};
}

// The ring's mask: the box grown by the gap and the ring, clipped to the image and to the object,
// without the box grown by the gap. The belt beyond the bag's edge is not clutter: a ring that
// saw it would tell the classifier how near the edge a box lies, and boxes elsewhere, wholly
// inside the object, lie further in than threats may.
// Measured on a crop a few pixels larger than the ring (the widest stencil, flat share's 9 x 9,
// reaches 4 pixels), not on the whole image: a 6-megapixel image has hundreds of rings.
// Empty where less than MinRingInObject of the ring lies in the object: nothing round the box to
// measure.
std::optional<PatchFeatures> ringFeatures(const cv::Mat1b &luma, const cv::Mat1b &object, const cv::Rect &box)
{
    constexpr int StencilReach = 5;
    constexpr double MinRingInObject = 0.25;
    const cv::Rect image(0, 0, luma.cols, luma.rows);
    const cv::Rect crop = grown(box, RingGap + RingWidth + StencilReach) & image;
    const cv::Point origin = crop.tl();
    cv::Mat1b ring(crop.size(), uchar(0));
    ring((grown(box, RingGap + RingWidth) & image) - origin).setTo(255);
    ring((grown(box, RingGap) & image) - origin).setTo(0);
    const int wholeRing = cv::countNonZero(ring);
    cv::bitwise_and(ring, object(crop), ring);
    if (wholeRing == 0 || cv::countNonZero(ring) < MinRingInObject * wholeRing)
        return std::nullopt;
    return maskedFeatures(luma(crop), ring);
}

bool clearOf(const cv::Rect &box, const QList<cv::Rect> &threats)
{
    constexpr int Reach = RingGap + RingWidth;
    for (const cv::Rect &threat : threats) {
        if ((grown(box, Reach) & grown(threat, Reach)).area() > 0)
            return false;
    }
    return true;
}

// One box of the threat's size at random, wholly inside the object and clear of the threats.
bool addRingElsewhere(const cv::Mat1b &luma, const cv::Mat1b &object, const cv::Rect &threat,
                      const QList<cv::Rect> &threatBoxes, cv::RNG &random, ImagePatches &elsewhere)
{
    const cv::Rect image(0, 0, luma.cols, luma.rows);
    for (int attempt = 0; attempt < Tries; ++attempt) {
        const cv::Rect box(random.uniform(0, std::max(1, luma.cols - threat.width)),
                           random.uniform(0, std::max(1, luma.rows - threat.height)), threat.width, threat.height);
        if ((box & image) != box || !clearOf(box, threatBoxes))
            continue;
        if (cv::countNonZero(object(box)) != box.area())
            continue;
        const std::optional<PatchFeatures> ring = ringFeatures(luma, object, box);
        if (!ring)
            continue;
        elsewhere.push_back(*ring);
        return true;
    }
    return false;
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
        const std::optional<PatchFeatures> threatRing = ringFeatures(luma, object, threat);
        if (!threatRing)
            continue;
        // All rings elsewhere or none: views where they rarely fit (a threat filling a small parcel)
        // would otherwise hold more threat rings than others, a cue of the view, not of the ring.
        ImagePatches elsewhere;
        for (int ring = 0; ring < RingsElsewherePerThreat; ++ring)
            if (!addRingElsewhere(luma, object, threat, threatBoxes, random, elsewhere))
                break;
        if (int(elsewhere.size()) < RingsElsewherePerThreat)
            continue;
        rings.threats.push_back(*threatRing);
        rings.elsewhere.insert(rings.elsewhere.end(), elsewhere.begin(), elsewhere.end());
    }
    return rings;
}

namespace {

struct RingSamples {
    QList<ImagePatches> threats;
    QList<ImagePatches> elsewhere;
};

RingSamples ringSamples(const QList<ContextRings> &images)
{
    RingSamples samples;
    for (const ContextRings &rings : images) {
        // Only images with both kinds keep the folds of the two samples on the same images.
        if (rings.threats.empty() || rings.elsewhere.empty())
            continue;
        samples.threats.append(rings.threats);
        samples.elsewhere.append(rings.elsewhere);
    }
    return samples;
}

} // namespace

std::optional<double> contextLeakageAuc(const QList<ContextRings> &images)
{
    const RingSamples samples = ringSamples(images);
    return twoSampleAuc(samples.threats, samples.elsewhere);
}

int threatRingsCounted(const QList<ContextRings> &images)
{
    int count = 0;
    for (const ImagePatches &threats : ringSamples(images).threats)
        count += int(threats.size());
    return count;
}

std::optional<AucWithInterval> contextLeakageAucWithInterval(const QList<ContextRings> &images)
{
    const RingSamples samples = ringSamples(images);
    return twoSampleAucWithInterval(samples.threats, samples.elsewhere);
}

} // namespace pen::realism
