// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TestScans.h"

#include <QDir>

namespace pen::test {

Image16 gradientImage(int width, int height, int seed)
{
    Image16 image(width, height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.at(x, y) = quint16((x * 977 + y * 4099 + seed * 7919) % 65536);
    }
    return image;
}

static ScanView energyView(const QString &label, ViewKind kind, int width, int height, int seed)
{
    ScanView view;
    view.label = label;
    view.kind = kind;
    view.width = width;
    view.height = height;
    view.pixelSizeMm = 0.8;
    for (int c = 0; c < view.expectedChannelCount(); ++c)
        view.channels.push_back(gradientImage(width, height, seed + c));
    return view;
}

Scan dualEnergyScan(const QString &id, int width, int height)
{
    Scan scan;
    scan.id = id;
    scan.objectKind = ObjectKind::Container;
    scan.scanner = QStringLiteral("Test scanner 6 MeV");
    scan.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    scan.views.append(energyView(QStringLiteral("top"), ViewKind::DualEnergy, width, height, 3));
    scan.declaration = Declaration{QStringLiteral("Ceramic tiles"),
                                   QStringLiteral("690721"),
                                   1200.0,
                                   QStringLiteral("boxes"),
                                   18500.5,
                                   QStringLiteral("ES")};
    GroundTruthObject brick{QStringLiteral("o1"),
                            QStringLiteral("narcotics"),
                            {Region{0, QRectF(4.5, 6, 10, 8), {}}},
                            QStringLiteral("cocaine_hcl"),
                            1.25,
                            QStringLiteral("behind the tiles")};
    brick.thicknessMm = 80;
    brick.difficulty = Difficulty{0.45, 0.3, 15};
    GroundTruthObject wall{QStringLiteral("o2"),
                           QStringLiteral("hidden-compartment"),
                           {Region{0, {}, {QPointF(1, 1), QPointF(20, 2), QPointF(12, 15)}}},
                           {},
                           {},
                           {}};
    wall.inconsistency = QStringLiteral("undeclared-goods");
    scan.truth = {brick, wall};
    return scan;
}

Scan dualViewSingleEnergyScan(const QString &id, int width, int height)
{
    Scan scan;
    scan.id = id;
    scan.objectKind = ObjectKind::Baggage;
    scan.scanner = QStringLiteral("Test dual-view scanner");
    scan.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    scan.views.append(energyView(QStringLiteral("top"), ViewKind::SingleEnergy, width, height, 11));
    scan.views.append(energyView(QStringLiteral("side"), ViewKind::SingleEnergy, width, height, 12));
    scan.truth = {GroundTruthObject{QStringLiteral("gun"),
                                    QStringLiteral("weapon"),
                                    {Region{0, QRectF(2, 2, 8, 6), {}}, Region{1, QRectF(3, 1, 9, 5), {}}},
                                    QStringLiteral("steel_304"),
                                    0.9,
                                    {}}};
    return scan;
}

Scan colourScan(const QString &id, int width, int height)
{
    Scan scan;
    scan.id = id;
    scan.objectKind = ObjectKind::Parcel;
    scan.scanner = QStringLiteral("Pseudo-colour rendering");
    ScanView view;
    view.label = QStringLiteral("top");
    view.kind = ViewKind::Colour;
    view.width = width;
    view.height = height;
    view.colour = RgbImage8(width, height);
    for (size_t i = 0; i < view.colour.rgb.size(); ++i)
        view.colour.rgb[i] = quint8((i * 37) % 256);
    scan.views.append(view);
    scan.truth = {GroundTruthObject{
        QStringLiteral("k"), QStringLiteral("weapon"), {Region{0, QRectF(1, 1, 5, 5), {}}}, {}, {}, {}}};
    return scan;
}

QString sharedDataDir()
{
    const QString dir = qEnvironmentVariable("PEN_SHARED_DATA");
    return (!dir.isEmpty() && QDir(dir).exists()) ? dir : QString();
}

} // namespace pen::test
