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

void addImages(const QList<ImagePatches> &images, int label, int folds, int fold, bool heldOut, Split &split)
{
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
    }
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

std::optional<double> twoSampleAuc(const QList<ImagePatches> &a, const QList<ImagePatches> &b, int folds)
{
    if (folds < 2 || imagesWithPatches(a) < folds || imagesWithPatches(b) < folds)
        return std::nullopt;
    std::vector<double> scoresA, scoresB;
    for (int fold = 0; fold < folds; ++fold) {
        Split train, test;
        addImages(a, 1, folds, fold, false, train);
        addImages(b, 0, folds, fold, false, train);
        addImages(a, 1, folds, fold, true, test);
        const int heldOutA = test.samples.rows;
        addImages(b, 0, folds, fold, true, test);
        cv::setRNGSeed(1 + fold); // the forest's bootstrap: the same input gives the same AUC
        cv::Ptr<cv::ml::RTrees> forest = cv::ml::RTrees::create();
        forest->setMaxDepth(8);
        forest->setMinSampleCount(4);
        forest->setTermCriteria(cv::TermCriteria(cv::TermCriteria::MAX_ITER, 60, 0));
        forest->train(cv::ml::TrainData::create(train.samples, cv::ml::ROW_SAMPLE, train.labels));
        const std::vector<double> scores = scoresOf(forest, test.samples);
        scoresA.insert(scoresA.end(), scores.begin(), scores.begin() + heldOutA);
        scoresB.insert(scoresB.end(), scores.begin() + heldOutA, scores.end());
    }
    return rocAuc(scoresA, scoresB);
}

} // namespace pen::realism
