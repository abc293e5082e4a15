// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "realism/RealismMeasurement.h"

#include <QList>
#include <QString>

#include <vector>

/// Summaries of measured images and the table that sets ours beside real ones. Pure functions.
namespace pen::realism {

/// A figure over a group of images: its median and the 10th to 90th percentile (linear
/// interpolation between order statistics). count 0 where no image has the figure.
struct FigureRange {
    double median = 0;
    double low = 0;  ///< 10th percentile
    double high = 0; ///< 90th percentile
    int count = 0;
};

FigureRange figureRange(std::vector<double> values);

/// One figure of ours against one reference group. The histogram distances are measured to the
/// reference's pooled histogram (the mean of its images' histograms); for the reference's own
/// range each real image is measured against the pool of the others, so that it is not compared
/// with itself.
struct FigureComparison {
    QString figure;
    int decimals = 3; ///< how the table prints it
    bool colourOnly = false;
    bool perReference = false; ///< a distance to the reference's pool, so ours differs by reference
    FigureRange ours;
    FigureRange reference;
    /// Whether both sides have the figure; then inside says if our median lies within the
    /// reference's 10-90 % range.
    bool comparable() const { return ours.count > 0 && reference.count > 0; }
    bool inside() const { return comparable() && ours.median >= reference.low && ours.median <= reference.high; }
};

/// Every figure of ours against reference, in the table's order.
QList<FigureComparison> compareFigures(const MeasuredImages &ours, const MeasuredImages &reference);

/// The printed table: a line per reference group, then for each group of ours its figures (median
/// and 10-90 % range) beside each reference's 10-90 % range and whether ours lies inside. Colour
/// figures appear for groups of ours that have colour images; the histogram distances have a row
/// per reference.
QString realismTable(const QList<MeasuredImages> &ours, const QList<MeasuredImages> &references);

/// The two-sample tests (twoSampleAuc on the images' patches): each pair of reference groups (two
/// real scanners, the yardstick), then each group of ours against each reference. Ours should not
/// be easier to tell from real images than one real scanner is from another.
QString twoSampleTable(const QList<MeasuredImages> &ours, const QList<MeasuredImages> &references);

} // namespace pen::realism
