// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Scans of 3-D packed bags: views, determinism, truth boxes against the threat's own shadow, density.
#include "packing/BagPacker.h"
#include "scenes/PackedBagSet.h"
#include "scenes/PackedPlans.h"
#include "scenes/PackedScene.h"
#include "volume/LineScanProjector.h"

#include <QTest>

#include <algorithm>

using namespace pen;

namespace {

const AttenuationTable &table()
{
    static const AttenuationTable t = *AttenuationTable::bundled();
    return t;
}

PackedBag suitcaseWith(const QString &threat, quint32 seed)
{
    PackingOptions options;
    options.threats = {{threat}};
    return BagPacker::packSuitcase(seed, options);
}

const PlacedItem &threatOf(const PackedBag &bag)
{
    return *std::find_if(bag.items.begin(), bag.items.end(), [](const PlacedItem &i) { return i.isThreat; });
}

DetectorSettings ideal()
{
    DetectorSettings d;
    d.noise = false;
    return d;
}

// The bounding box of the pixels where view's transmission falls below 1, and how many there are.
QRect shadowOf(const ViewTransmissions &view, int &count, const QRectF &truthBox, int &inside)
{
    QRect box;
    count = inside = 0;
    for (int row = 0; row < view.height; ++row) {
        for (int column = 0; column < view.width; ++column) {
            if (view.at(1, column, row) >= 0.999f)
                continue;
            ++count;
            box = box.united(QRect(column, row, 1, 1));
            inside += truthBox.contains(QPointF(column + 0.5, row + 0.5)) ? 1 : 0;
        }
    }
    return box;
}

} // namespace

class TestPackedScene : public QObject {
    Q_OBJECT

private slots:
    void viewsHaveTheGeometrysSizes()
    {
        const LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
        const Scan scan = PackedBagSet::scan(1, 0, table());
        QCOMPARE(scan.views.size(), 2);
        for (int v = 0; v < 2; ++v) {
            QCOMPARE(scan.views[v].kind, ViewKind::DualEnergy);
            QCOMPARE(scan.views[v].width, geometry.views[size_t(v)].elementCount());
            QCOMPARE(scan.views[v].height, geometry.rows);
            QCOMPARE(scan.views[v].channels.size(), size_t(2));
        }
        QVERIFY(scan.objectKind == ObjectKind::Baggage || scan.objectKind == ObjectKind::Parcel);
    }

    void sameSeedSameBytes()
    {
        const Scan a = PackedBagSet::scan(7, 2, table());
        QVERIFY(a == PackedBagSet::scan(7, 2, table()));
        const Scan b = PackedBagSet::scan(8, 2, table());
        QVERIFY(a.views[0].channels[1].pixels != b.views[0].channels[1].pixels);
    }

    void halfTheScansHoldAThreat()
    {
        int loaded = 0;
        for (int i = 0; i < PackedBagSet::ScanCount; ++i) {
            const Scan scan = PackedBagSet::scan(3, i, table(), false);
            loaded += scan.truth.isEmpty() ? 0 : 1;
            for (const GroundTruthObject &truth : scan.truth)
                QCOMPARE(truth.regions.size(), 2);
        }
        QCOMPARE(loaded, PackedBagSet::ScanCount / 2);
    }

    void truthBoxesHoldTheThreatsShadow_data()
    {
        QTest::addColumn<QString>("threat");
        QTest::addColumn<uint>("seed");
        QTest::newRow("pistol") << QStringLiteral("pistol") << 11u;
        QTest::newRow("knife") << QStringLiteral("knife") << 12u;
        QTest::newRow("cocaine brick") << QStringLiteral("cocaine brick") << 13u;
        QTest::newRow("pipe bomb") << QStringLiteral("pipe bomb") << 14u;
        QTest::newRow("cigarettes") << QStringLiteral("cigarettes") << 15u;
        QTest::newRow("banknotes") << QStringLiteral("banknotes") << 16u;
    }

    void truthBoxesHoldTheThreatsShadow()
    {
        QFETCH(QString, threat);
        QFETCH(uint, seed);
        const PackedBag bag = suitcaseWith(threat, seed);
        const LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
        const Scan scan
            = PackedScene::scanOf(bag, geometry, table(), {QStringLiteral("s"), ObjectKind::Baggage, 1, false});
        QCOMPARE(scan.truth.size(), 1);
        const auto alone
            = LineScanProjector(table()).transmissions(PackedScene::partsOf(bag, threatOf(bag)), geometry, ideal());
        QCOMPARE(alone.size(), size_t(2));
        QList<QRectF> boxes;
        for (int v = 0; v < 2; ++v) {
            const QRectF truthBox = scan.truth[0].regions[v].bounds();
            int count = 0, inside = 0;
            const QRect shadow = shadowOf(alone[size_t(v)], count, truthBox, inside);
            QVERIFY(count > 0);
            QVERIFY2(inside >= 0.99 * count,
                     qPrintable(QStringLiteral("view %1: %2 of %3").arg(v).arg(inside).arg(count)));
            const double ratio = truthBox.width() * truthBox.height() / (shadow.width() * shadow.height());
            QVERIFY2(ratio <= 1.5, qPrintable(QStringLiteral("view %1: box %2 × the shadow").arg(v).arg(ratio)));
            boxes.append(truthBox);
        }
        QVERIFY(std::abs(boxes[0].top() - boxes[1].top()) <= 2);
        QVERIFY(std::abs(boxes[0].bottom() - boxes[1].bottom()) <= 2);
    }

    void truthIsTheSameWithoutPixels()
    {
        // Without pixels the difficulty is measured on the item's rows alone: the same figures.
        ScenePlan plan;
        plan.id = QStringLiteral("x");
        plan.kind = ObjectKind::Baggage;
        plan.contraband = {{QStringLiteral("pistol"), Concealment::BehindDense}};
        const Scan withPixels = PackedPlans::scan(plan, 4, 0, table());
        const Scan sizesOnly = PackedPlans::scan(plan, 4, 0, table(), false);
        QCOMPARE(withPixels.truth.size(), 1);
        QVERIFY(withPixels.truth[0].difficulty);
        QCOMPARE(withPixels.truth[0].category, QStringLiteral("weapon"));
        QCOMPARE(sizesOnly.truth, withPixels.truth);
        QVERIFY(!sizesOnly.views[0].hasPixels());
    }

    void aFalseFloorIsRecordedAsAHiddenCompartment()
    {
        ScenePlan plan;
        plan.id = QStringLiteral("x");
        plan.kind = ObjectKind::Baggage;
        plan.contraband = {{QStringLiteral("cocaine"), Concealment::FalseWall}};
        QCOMPARE(PackedPlans::scan(plan, 2, 0, table(), false).truth.size(), 1);
        plan.recordCompartment = true;
        const Scan scan = PackedPlans::scan(plan, 2, 0, table(), false);
        QCOMPARE(scan.truth.size(), 2);
        const GroundTruthObject &drug = scan.truth[0], &compartment = scan.truth[1];
        QCOMPARE(drug.category, QStringLiteral("narcotics"));
        QCOMPARE(compartment.category, QStringLiteral("hidden-compartment"));
        QVERIFY(compartment.difficulty);
        // The side view (rows along the belt, columns up the detector): the floor lies over the
        // drug, so its box spans the drug's rows.
        QVERIFY(compartment.regions[1].bounds().top() <= drug.regions[1].bounds().top() + 2);
        QVERIFY(compartment.regions[1].bounds().bottom() >= drug.regions[1].bounds().bottom() - 2);
    }

    void targetsAloneHoldTheirItemOnEmptyBelt()
    {
        ScenePlan plan;
        plan.id = QStringLiteral("scan-009");
        plan.kind = ObjectKind::Parcel;
        plan.contraband = {{QStringLiteral("heroin"), Concealment::InsideGoods}};
        constexpr double Margin = 48;
        const PackedScans made = PackedPlans::scanAndTargets(plan, 6, 8, table(), Margin);
        QCOMPARE(made.scan, PackedPlans::scan(plan, 6, 8, table()));
        QCOMPARE(made.targetsAlone.size(), 1);
        const Scan &alone = made.targetsAlone[0];
        QCOMPARE(alone.id, QStringLiteral("scan-009-o1"));
        QCOMPARE(alone.truth.size(), 1);
        QCOMPARE(alone.truth[0].category, QStringLiteral("narcotics"));
        QCOMPARE(alone.truth[0].difficulty, made.scan.truth[0].difficulty);
        QCOMPARE(alone.views.size(), 2);
        for (int v = 0; v < 2; ++v) {
            const ScanView &view = alone.views[v];
            const QRectF region = alone.truth[0].regions[v].bounds();
            QCOMPARE(region.size(), made.scan.truth[0].regions[v].bounds().size());
            QVERIFY(view.width < made.scan.views[v].width && view.height < made.scan.views[v].height);
            // The brick darkens its box; the belt round it is air, within noise.
            const Image16 &high = view.channels[ScanView::HighEnergy];
            const QPoint centre = region.center().toPoint();
            QVERIFY(high.at(centre.x(), centre.y()) < 0.9 * 65535);
            QVERIFY2(high.at(1, 1) > 0.97 * 65535, qPrintable(QString::number(high.at(1, 1))));
        }
    }

    void bagPixelsAreDense()
    {
        const PackedBag bag = BagPacker::packSuitcase(5);
        const LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
        const auto views = LineScanProjector(table()).transmissions(bag.scene, geometry, ideal());
        Bounds3 footprint;
        for (const PlacedItem &item : bag.items)
            footprint.include(item.bounds);
        const QRect box = PackedScene::regionOf(footprint, geometry, 0).toAlignedRect();
        std::vector<float> high;
        for (int row = box.top(); row < box.bottom(); ++row)
            for (int column = box.left(); column < box.right(); ++column)
                high.push_back(views[0].at(1, column, row));
        QVERIFY(high.size() > 10000);
        std::nth_element(high.begin(), high.begin() + long(high.size() / 2), high.end());
        QVERIFY2(high[high.size() / 2] < 0.6, qPrintable(QString::number(high[high.size() / 2])));
    }
};

QTEST_GUILESS_MAIN(TestPackedScene)
#include "tst_packedscene.moc"
