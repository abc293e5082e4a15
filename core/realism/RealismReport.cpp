// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/RealismReport.h"

#include "realism/TwoSampleTest.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pen::realism {
namespace {

// Sums of the images' histograms. The Bhattacharyya distance ignores scale, so a sum serves as
// the mean, and the pool without one image is the sum less its histogram.
struct Pool {
    LumaHistogram luma{};
    int lumaCount = 0;
    HueValueHistogram hueValue{};
    int hueValueCount = 0;
};

Pool poolOf(const QList<RealismFigures> &images)
{
    Pool pool;
    for (const RealismFigures &figures : images) {
        std::transform(pool.luma.begin(), pool.luma.end(), figures.luma.histogram.begin(), pool.luma.begin(),
                       std::plus<>());
        ++pool.lumaCount;
        if (!figures.colour)
            continue;
        std::transform(pool.hueValue.begin(), pool.hueValue.end(), figures.hueValue.begin(), pool.hueValue.begin(),
                       std::plus<>());
        ++pool.hueValueCount;
    }
    return pool;
}

// Rounding leaves tiny negative sums, which the distance's square roots must not see.
Pool poolWithout(Pool pool, const RealismFigures &figures)
{
    const auto less = [](double sum, double own) { return std::max(0.0, sum - own); };
    std::transform(pool.luma.begin(), pool.luma.end(), figures.luma.histogram.begin(), pool.luma.begin(), less);
    --pool.lumaCount;
    if (figures.colour) {
        std::transform(pool.hueValue.begin(), pool.hueValue.end(), figures.hueValue.begin(), pool.hueValue.begin(),
                       less);
        --pool.hueValueCount;
    }
    return pool;
}

using Value = std::optional<double>;

struct FigureDefinition {
    const char *name;
    int decimals;
    bool colourOnly;
    bool perReference;
    Value (*value)(const RealismFigures &, const Pool &);
};

Value colourValue(const RealismFigures &f, double value)
{
    return f.colour ? Value(value) : std::nullopt;
}

const std::array<FigureDefinition, 12> &definitions()
{
    using F = const RealismFigures &;
    using P = const Pool &;
    static const std::array<FigureDefinition, 12> table{{
        {"dark share (luma < 0.5)", 3, false, false, [](F f, P) { return Value(f.luma.darkShare); }},
        {"median attenuation -ln(luma)", 3, false, false, [](F f, P) { return Value(f.luma.medianAttenuation); }},
        {"luma histogram distance", 3, false, true,
         [](F f, P p) { return p.lumaCount ? Value(histogramDistance(f.luma.histogram, p.luma)) : std::nullopt; }},
        {"flat share (9x9 sd < 1.5)", 3, false, false, [](F f, P) { return Value(f.flatShare); }},
        {"edge density (Canny 50/150)", 4, false, false, [](F f, P) { return Value(f.edgeDensity); }},
        {"gradient p50 (luma/pixel)", 4, false, false, [](F f, P) { return Value(f.gradient.p50); }},
        {"gradient p90 (luma/pixel)", 4, false, false, [](F f, P) { return Value(f.gradient.p90); }},
        {"power spectrum slope", 2, false, false, [](F f, P) { return f.spectrumSlope; }},
        {"LBP entropy (bits)", 2, false, false, [](F f, P) { return Value(f.lbpEntropy); }},
        {"low-value share (V < 0.3)", 3, true, false, [](F f, P) { return colourValue(f, f.lowValueShare); }},
        {"distinct colours", 0, true, false, [](F f, P) { return colourValue(f, f.distinctColours); }},
        {"hue-value histogram distance", 3, true, true,
         [](F f, P p) {
             return f.colour && p.hueValueCount ? Value(histogramDistance(f.hueValue, p.hueValue)) : std::nullopt;
         }},
    }};
    return table;
}

FigureRange rangeOf(const FigureDefinition &definition, const QList<RealismFigures> &images, const Pool &pool,
                    bool leaveOneOut)
{
    std::vector<double> values;
    for (const RealismFigures &figures : images) {
        if (const Value value = definition.value(figures, leaveOneOut ? poolWithout(pool, figures) : pool))
            values.push_back(*value);
    }
    return figureRange(std::move(values));
}

double interpolated(const std::vector<double> &sorted, double share)
{
    const double position = share * double(sorted.size() - 1);
    const auto below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

// --- the table ---

constexpr int NumberWidth = 13;
constexpr int RangeWidth = 19;

// A printed row: a figure of ours beside the references it is compared with (nullptr: not shown).
// A histogram distance depends on the reference, so it has a row per reference.
struct TableRow {
    QString label;
    const FigureComparison *ours = nullptr;
    QList<const FigureComparison *> references;
};

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString rangeText(const FigureRange &range, int decimals)
{
    return range.count ? number(range.low, decimals) + QStringLiteral(" - ") + number(range.high, decimals)
                       : QStringLiteral("-");
}

int referenceWidth(const MeasuredImages &reference)
{
    return std::max(RangeWidth, int(reference.name.size()) + 8);
}

QString headerLine(const QList<MeasuredImages> &references, int labelWidth)
{
    QString line = QStringLiteral("figure").leftJustified(labelWidth)
        + QStringLiteral("ours median").leftJustified(NumberWidth)
        + QStringLiteral("ours 10-90%").leftJustified(RangeWidth);
    for (const MeasuredImages &reference : references)
        line += (reference.name + QStringLiteral(" 10-90%")).leftJustified(referenceWidth(reference))
            + QStringLiteral("in   ");
    return line.trimmed();
}

int colourCount(const MeasuredImages &group)
{
    return int(
        std::count_if(group.images.begin(), group.images.end(), [](const RealismFigures &f) { return f.colour; }));
}

QString groupTitle(const MeasuredImages &group)
{
    const QString what = group.mode.isEmpty() ? QStringLiteral("reference %1: %2 images (%3 colour)")
                                                    .arg(group.name)
                                                    .arg(group.images.size())
                                                    .arg(colourCount(group))
                                              : QStringLiteral("%1, %2 mode: %3 images of %4 scans")
                                                    .arg(group.name, group.mode)
                                                    .arg(group.images.size())
                                                    .arg(group.scans);
    return group.skipped.isEmpty() ? what : what + QStringLiteral(", %1 skipped").arg(group.skipped.size());
}

QString figureLine(const TableRow &row, const QList<MeasuredImages> &references, int labelWidth)
{
    const FigureRange &ours = row.ours->ours;
    const int decimals = row.ours->decimals;
    QString line = row.label.leftJustified(labelWidth)
        + (ours.count ? number(ours.median, decimals) : QStringLiteral("-")).leftJustified(NumberWidth)
        + rangeText(ours, decimals).leftJustified(RangeWidth);
    for (qsizetype r = 0; r < references.size(); ++r) {
        const FigureComparison *comparison = row.references[r];
        const QString verdict = !comparison || !comparison->comparable() ? QStringLiteral("-")
            : comparison->inside()                                       ? QStringLiteral("yes")
                                                                         : QStringLiteral("no");
        const QString range = comparison ? rangeText(comparison->reference, decimals) : QStringLiteral("-");
        line += range.leftJustified(referenceWidth(references[r])) + verdict.leftJustified(5);
    }
    return line.trimmed();
}

QList<TableRow> tableRows(const QList<QList<FigureComparison>> &byReference, const QList<MeasuredImages> &references,
                          bool colour)
{
    QList<TableRow> rows;
    for (qsizetype i = 0; i < byReference.first().size(); ++i) {
        const FigureComparison &first = byReference.first()[i];
        if (first.colourOnly && !colour)
            continue;
        if (!first.perReference) {
            TableRow row{first.figure, &first, {}};
            for (qsizetype r = 0; r < references.size(); ++r)
                row.references.append(&byReference[r][i]);
            rows.append(row);
            continue;
        }
        for (qsizetype r = 0; r < references.size(); ++r) {
            if (byReference[r][i].ours.count == 0) // the reference has no such histogram
                continue;
            TableRow row{QStringLiteral("%1 (%2)").arg(first.figure, references[r].name), &byReference[r][i],
                         QList<const FigureComparison *>(references.size(), nullptr)};
            row.references[r] = &byReference[r][i];
            rows.append(row);
        }
    }
    return rows;
}

QStringList groupBlock(const MeasuredImages &group, const QList<MeasuredImages> &references)
{
    QStringList lines{groupTitle(group)};
    if (group.images.isEmpty())
        return lines;
    QList<QList<FigureComparison>> byReference;
    for (const MeasuredImages &reference : references)
        byReference.append(compareFigures(group, reference));
    if (references.isEmpty())
        byReference.append(compareFigures(group, MeasuredImages{}));
    const QList<TableRow> rows = tableRows(byReference, references, colourCount(group) > 0);
    int labelWidth = 8;
    for (const TableRow &row : rows)
        labelWidth = std::max(labelWidth, int(row.label.size()) + 2);
    lines << headerLine(references, labelWidth);
    int inside = 0;
    int comparable = 0;
    for (const TableRow &row : rows) {
        lines << figureLine(row, references, labelWidth);
        for (const FigureComparison *comparison : row.references) {
            comparable += comparison && comparison->comparable();
            inside += comparison && comparison->inside();
        }
    }
    lines << QStringLiteral("inside the real range: %1 of %2 comparisons").arg(inside).arg(comparable);
    return lines;
}

} // namespace

FigureRange figureRange(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return {interpolated(values, 0.5), interpolated(values, 0.1), interpolated(values, 0.9), int(values.size())};
}

QList<FigureComparison> compareFigures(const MeasuredImages &ours, const MeasuredImages &reference)
{
    const Pool pool = poolOf(reference.images);
    QList<FigureComparison> comparisons;
    for (const FigureDefinition &definition : definitions()) {
        comparisons.append({QLatin1String(definition.name), definition.decimals, definition.colourOnly,
                            definition.perReference, rangeOf(definition, ours.images, pool, false),
                            rangeOf(definition, reference.images, pool, true)});
    }
    return comparisons;
}

QString realismTable(const QList<MeasuredImages> &ours, const QList<MeasuredImages> &references)
{
    QStringList lines;
    for (const MeasuredImages &reference : references)
        lines << groupTitle(reference);
    for (const MeasuredImages &group : ours)
        lines << QString() << groupBlock(group, references);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

QString groupName(const MeasuredImages &group)
{
    return group.mode.isEmpty() ? group.name : group.name + QLatin1Char(' ') + group.mode;
}

QString aucText(const std::optional<AucWithInterval> &auc, const QString &tooFew)
{
    if (!auc)
        return QStringLiteral("-  (fewer than 5 %1)").arg(tooFew);
    return QStringLiteral("%1  (%2-%3)")
        .arg(QString::number(auc->auc, 'f', 2), QString::number(auc->low, 'f', 2), QString::number(auc->high, 'f', 2));
}

QString patchAucText(const MeasuredImages &a, const MeasuredImages &b)
{
    return aucText(twoSampleAucWithInterval(patchesOf(a), patchesOf(b)), QStringLiteral("images with patches"));
}

QString leakageText(const QList<ContextRings> &rings)
{
    const std::optional<AucWithInterval> auc = contextLeakageAucWithInterval(rings);
    const QString text = aucText(auc, QStringLiteral("views with threats"));
    return auc ? text + QStringLiteral(", %1 threats").arg(threatRingsCounted(rings)) : text;
}

// Each mode's rings of all sets of ours together: a set holds a few dozen threats, too few for a
// steady figure alone.
QList<MeasuredImages> allSetsByMode(const QList<MeasuredImages> &ours)
{
    QList<MeasuredImages> modes;
    for (const MeasuredImages &group : ours) {
        auto same
            = std::find_if(modes.begin(), modes.end(), [&](const MeasuredImages &m) { return m.mode == group.mode; });
        if (same == modes.end()) {
            modes.append(MeasuredImages{QStringLiteral("all sets"), group.mode, 0, {}, {}, {}});
            same = modes.end() - 1;
        }
        same->contextRings.append(group.contextRings);
    }
    return modes;
}

} // namespace

QString twoSampleTable(const QList<MeasuredImages> &ours, const QList<MeasuredImages> &references)
{
    QString table
        = QStringLiteral("\ntwo-sample test: cross-validated ROC AUC of a random forest telling %1-pixel patches "
                         "of the bag apart (0.50: cannot; 1.00: always), with its 5-95 % bootstrap interval over "
                         "images\n")
              .arg(PatchSide);
    for (qsizetype i = 0; i < references.size(); ++i) {
        for (qsizetype j = i + 1; j < references.size(); ++j) {
            table += QStringLiteral("  %1 vs %2 (two real scanners)  %3\n")
                         .arg(groupName(references[i]), groupName(references[j]),
                              patchAucText(references[i], references[j]));
        }
    }
    for (const MeasuredImages &group : ours) {
        for (const MeasuredImages &reference : references) {
            table += QStringLiteral("  %1 vs %2  %3\n")
                         .arg(groupName(group), groupName(reference), patchAucText(group, reference));
        }
    }
    table
        += QStringLiteral("\ncontext leakage: ROC AUC of the same classifier finding threats from a ring of %1 pixels "
                          "around each box, %2 pixels away from it, against rings around %3 boxes of its size placed "
                          "elsewhere in the object (0.50: chance; wanted at most 0.60), with its 5-95 % bootstrap "
                          "interval over views\n")
               .arg(RingWidth)
               .arg(RingGap)
               .arg(RingsElsewherePerThreat);
    for (const MeasuredImages &reference : references) {
        if (!reference.contextRings.isEmpty())
            table += QStringLiteral("  %1 (real, its own annotations)  %2\n")
                         .arg(groupName(reference), leakageText(reference.contextRings));
    }
    for (const MeasuredImages &group : ours)
        table += QStringLiteral("  %1  %2\n").arg(groupName(group), leakageText(group.contextRings));
    if (ours.size() > 2) {
        for (const MeasuredImages &mode : allSetsByMode(ours))
            table += QStringLiteral("  %1  %2\n").arg(groupName(mode), leakageText(mode.contextRings));
    }
    return table;
}

} // namespace pen::realism
