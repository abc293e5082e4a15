// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/TwoSampleTest.h"

#include <opencv2/ml.hpp>

#include <algorithm>

namespace pen::realism {
namespace {

struct Split {
    cv::Mat1f samples;
    cv::Mat1i labels;
};

// The held-out scores of one image's patches.
using ImageScores = std::vector<double>;

// Adds the patches of the images in (heldOut) or out of (!heldOut) the fold; returns how many
// patches each added image gave.
std::vector<size_t> addImages(const QList<ImagePatches> &images, int label, int folds, int fold, bool heldOut,
                              Split &split)
{
    std::vector<size_t> added;
    int index = 0;
    for (const ImagePatches &patches : images) {
        if (patches.empty())
            continue;
        if ((index++ % folds == fold) != heldOut)
            continue;
        for (const PatchFeatures &features : patches) {
            split.samples.push_back(cv::Mat1f(1, PatchFeatureCount, const_cast<float *>(features.data())));
            split.labels.push_back(label);
        }
        added.push_back(patches.size());
    }
    return added;
}

// Cuts a fold's scores, in the order the images were added, into one list per image.
void appendPerImage(const std::vector<double> &scores, size_t from, const std::vector<size_t> &counts,
                    std::vector<ImageScores> &images)
{
    for (size_t count : counts) {
        images.emplace_back(scores.begin() + std::ptrdiff_t(from), scores.begin() + std::ptrdiff_t(from + count));
        from += count;
    }
}

std::vector<double> pooled(const std::vector<ImageScores> &images)
{
    std::vector<double> scores;
    for (const ImageScores &image : images)
        scores.insert(scores.end(), image.begin(), image.end());
    return scores;
}

std::vector<double> resampled(const std::vector<ImageScores> &images, cv::RNG &random)
{
    std::vector<double> scores;
    for (size_t i = 0; i < images.size(); ++i) {
        const ImageScores &image = images[size_t(random.uniform(0, int(images.size())))];
        scores.insert(scores.end(), image.begin(), image.end());
    }
    return scores;
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[size_t(fraction * double(values.size() - 1) + 0.5)];
}

int imagesWithPatches(const QList<ImagePatches> &images)
{
    return int(std::count_if(images.cbegin(), images.cend(), [](const ImagePatches &p) { return !p.empty(); }));
}

// The forest's share of votes for label 1, for each held-out patch.
std::vector<double> scoresOf(const cv::Ptr<cv::ml::RTrees> &forest, const cv::Mat1f &samples)
{
    cv::Mat votes;
    forest->getVotes(samples, votes, 0);
    // The first row names the classes; each further row counts one sample's votes.
    const int column = votes.at<int>(0, 0) == 1 ? 0 : 1;
    std::vector<double> scores;
    for (int row = 1; row < votes.rows; ++row) {
        const double total = votes.at<int>(row, 0) + votes.at<int>(row, 1);
        scores.push_back(total > 0 ? votes.at<int>(row, column) / total : 0.5);
    }
    return scores;
}

} // namespace

double rocAuc(const std::vector<double> &positives, const std::vector<double> &negatives)
{
    if (positives.empty() || negatives.empty())
        return 0.5;
    std::vector<double> sorted = negatives;
    std::sort(sorted.begin(), sorted.end());
    double wins = 0;
    for (double score : positives) {
        const auto below = std::lower_bound(sorted.begin(), sorted.end(), score);
        const auto above = std::upper_bound(sorted.begin(), sorted.end(), score);
        wins += double(below - sorted.begin()) + 0.5 * double(above - below);
    }
    return wins / (double(positives.size()) * double(negatives.size()));
}

namespace {

struct HeldOutScores {
    std::vector<ImageScores> a;
    std::vector<ImageScores> b;
};

std::optional<HeldOutScores> heldOutScores(const QList<ImagePatches> &a, const QList<ImagePatches> &b, int folds)
{
    if (folds < 2 || imagesWithPatches(a) < folds || imagesWithPatches(b) < folds)
        return std::nullopt;
    HeldOutScores held;
    for (int fold = 0; fold < folds; ++fold) {
        Split train, test;
        addImages(a, 1, folds, fold, false, train);
        addImages(b, 0, folds, fold, false, train);
        const std::vector<size_t> countsA = addImages(a, 1, folds, fold, true, test);
        const int heldOutA = test.samples.rows;
        const std::vector<size_t> countsB = addImages(b, 0, folds, fold, true, test);
        cv::setRNGSeed(1 + fold); // the forest's bootstrap: the same input gives the same AUC
        cv::Ptr<cv::ml::RTrees> forest = cv::ml::RTrees::create();
        forest->setMaxDepth(8);
        forest->setMinSampleCount(4);
        forest->setTermCriteria(cv::TermCriteria(cv::TermCriteria::MAX_ITER, 60, 0));
        forest->train(cv::ml::TrainData::create(train.samples, cv::ml::ROW_SAMPLE, train.labels));
        const std::vector<double> scores = scoresOf(forest, test.samples);
        appendPerImage(scores, 0, countsA, held.a);
        appendPerImage(scores, size_t(heldOutA), countsB, held.b);
    }
    return held;
}

} // namespace

std::optional<double> twoSampleAuc(const QList<ImagePatches> &a, const QList<ImagePatches> &b, int folds)
{
    const std::optional<HeldOutScores> held = heldOutScores(a, b, folds);
    if (!held)
        return std::nullopt;
    return rocAuc(pooled(held->a), pooled(held->b));
}

std::optional<AucWithInterval> twoSampleAucWithInterval(const QList<ImagePatches> &a, const QList<ImagePatches> &b,
                                                        int folds)
{
    constexpr int Resamples = 400;
    const std::optional<HeldOutScores> held = heldOutScores(a, b, folds);
    if (!held)
        return std::nullopt;
    cv::RNG random(12345);
    std::vector<double> aucs;
    for (int i = 0; i < Resamples; ++i)
        aucs.push_back(rocAuc(resampled(held->a, random), resampled(held->b, random)));
    return AucWithInterval{rocAuc(pooled(held->a), pooled(held->b)), percentile(aucs, 0.05), percentile(aucs, 0.95)};
}

} // namespace pen::realism
