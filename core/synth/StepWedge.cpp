// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/StepWedge.h"

#include "synth/SceneProjector.h"

namespace pen {
namespace {

// Doubling thicknesses, chosen per material so the thickest step still passes ~10 % of the
// high-energy signal and the thinnest absorbs a few per cent of it.
const QList<std::pair<QString, QList<double>>> &wedgeRows()
{
    static const QList<std::pair<QString, QList<double>>> rows{
        {QStringLiteral("polyethylene"), {10, 20, 40, 80}},
        {QStringLiteral("aluminium"), {2.5, 5, 10, 20}},
        {QStringLiteral("steel_304"), {0.5, 1, 2, 4}},
        {QStringLiteral("lead"), {0.1, 0.2, 0.4, 0.8}},
    };
    return rows;
}

QRectF stepBox(int row, int column)
{
    return QRectF(StepWedge::GapPx + column * (StepWedge::StepPx + StepWedge::GapPx),
                  StepWedge::GapPx + row * (StepWedge::StepPx + StepWedge::GapPx), StepWedge::StepPx,
                  StepWedge::StepPx);
}

} // namespace

QStringList StepWedge::materials()
{
    QStringList keys;
    for (const auto &row : wedgeRows())
        keys.append(row.first);
    return keys;
}

QList<StepWedge::Step> StepWedge::steps()
{
    QList<Step> all;
    for (const auto &[material, thicknesses] : wedgeRows()) {
        for (double mm : thicknesses)
            all.append({material, mm});
    }
    return all;
}

Scan StepWedge::scan(const AttenuationTable &attenuation, const DetectorSettings &settings)
{
    Scan scan;
    scan.id = QStringLiteral("step-wedge");
    scan.objectKind = ObjectKind::Other;
    scan.scanner = QStringLiteral("PEN-Tournament synthetic dual-energy %1 kV").arg(settings.tubeKVp);
    scan.provenance = {QStringLiteral("PEN-Tournament synthetic generator"), QStringLiteral("CC0-1.0"), {}};
    QList<SceneObject> scene;
    int columns = 0;
    for (qsizetype row = 0; row < wedgeRows().size(); ++row) {
        const auto &[material, thicknesses] = wedgeRows()[row];
        columns = std::max(columns, int(thicknesses.size()));
        for (qsizetype column = 0; column < thicknesses.size(); ++column) {
            const QRectF box = stepBox(int(row), int(column));
            const double mm = thicknesses[column];
            scene.append({SceneObject::Shape::Box, box, {}, material, 0, mm / 10.0});
            GroundTruthObject step{QStringLiteral("s%1").arg(scan.truth.size() + 1),
                                   QStringLiteral("other"),
                                   {Region{0, box, {}}},
                                   material,
                                   {},
                                   QStringLiteral("step-wedge step: %1 mm %2").arg(mm).arg(material)};
            step.thicknessMm = mm;
            scan.truth.append(step);
        }
    }
    const int width = GapPx + columns * (StepPx + GapPx);
    const int height = GapPx + int(wedgeRows().size()) * (StepPx + GapPx);
    ScanView view = SceneProjector(attenuation).project(width, height, scene, settings);
    view.label = QStringLiteral("top");
    view.pixelSizeMm = 1.0;
    scan.views.append(std::move(view));
    return scan;
}

} // namespace pen
