// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "realism/PatchFeatures.h"

#include <QList>

#include <optional>
#include <vector>

namespace pen::realism {

/// The patches of one image. A two-sample test keeps them together, so that a classifier cannot
/// score by recognising an image it was trained on.
using ImagePatches = std::vector<PatchFeatures>;

/// How well a classifier tells two samples of images apart from their patches: the cross-validated
/// ROC AUC (0.5: no better than chance; 1: every time) of a random forest trained on sample a's
/// patches against sample b's. Folds split by image (image i of each sample in fold i % folds); the
/// held-out scores of every fold are pooled into one ROC. Deterministic for the same input. Empty
/// where either sample has fewer than `folds` images with patches.
std::optional<double> twoSampleAuc(const QList<ImagePatches> &a, const QList<ImagePatches> &b, int folds = 5);

/// A two-sample test's AUC with the spread that its sample sizes leave: `low` and `high` are the
/// 5th and 95th percentiles of the AUC over 400 bootstrap resamples of whole images (each
/// sample's images drawn with replacement, their held-out scores kept), so that two figures whose
/// intervals overlap widely are not read as different.
struct AucWithInterval {
    double auc = 0.5;
    double low = 0.5;
    double high = 0.5;
};

/// twoSampleAuc with its bootstrap interval; empty where twoSampleAuc is. Deterministic.
std::optional<AucWithInterval> twoSampleAucWithInterval(const QList<ImagePatches> &a, const QList<ImagePatches> &b,
                                                        int folds = 5);

/// The area under the ROC curve of scores of positives against negatives (the Mann-Whitney U,
/// ties counting one half).
double rocAuc(const std::vector<double> &positives, const std::vector<double> &negatives);

} // namespace pen::realism
