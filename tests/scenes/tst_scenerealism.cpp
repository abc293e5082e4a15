// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// What makes the synthetic scans look like a scanner's: cargo at a MeV scanner's pixel pitch, bags
// packed densely, garments with a varying thickness, a pistol that is dark but not opaque.
#include "scenes/CargoPlans.h"
#include "scenes/ClutterItems.h"
#include "scenes/LuggageScene.h"
#include "scenes/SceneTexture.h"
#include "scenes/ThreatShapes.h"
#include "synth/SceneProjector.h"
#include "synth/SceneShapes.h"

#include <QPolygonF>
#include <QTest>

#include <cmath>

using namespace pen;

class TestSceneRealism final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void containersAreThousandsOfPixelsLong();
    void vehiclesAtTheSamePitch();
    void bagsAreDenselyPacked();
    void clothingHasThicknessTexture();
    void mottleKeepsItsMeanAndStaysInside();
    void pistolIsDarkButNotOpaque();

private:
    std::optional<AttenuationTable> m_table;
};

void TestSceneRealism::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    m_table = *table;
}

void TestSceneRealism::containersAreThousandsOfPixelsLong()
{
    ScenePlan plan;
    plan.id = QStringLiteral("c");
    plan.kind = ObjectKind::Container;
    int forty = 0, twenty = 0;
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const Scan scan = CargoPlans::scan(plan, seed, 0, *m_table, false);
        const ScanView &view = scan.views.first();
        QVERIFY(*view.pixelSizeMm >= 4 && *view.pixelSizeMm <= 6);
        // The rig: the container, its tractor and the road round them, a pulse every 5 mm.
        const double lengthMm = view.width * *view.pixelSizeMm;
        QVERIFY2(view.width >= 1500, qPrintable(QString::number(view.width)));
        if (lengthMm > 16000) {
            QVERIFY2(view.width >= 3000, qPrintable(QString::number(view.width)));
            ++forty;
        } else {
            ++twenty;
        }
        QVERIFY(view.height >= 800); // the detector tower, road to the roof of a high cube
    }
    QVERIFY(forty > 0 && twenty > 0);
}

void TestSceneRealism::vehiclesAtTheSamePitch()
{
    ScenePlan plan;
    plan.id = QStringLiteral("v");
    plan.kind = ObjectKind::Vehicle;
    for (quint32 seed = 1; seed <= 4; ++seed) {
        const ScanView view = CargoPlans::scan(plan, seed, 0, *m_table, false).views.first();
        QCOMPARE(*view.pixelSizeMm, 5.0);                                      // the containers' portal
        QVERIFY2(view.width >= 1000, qPrintable(QString::number(view.width))); // a 4.2 m car or longer
    }
}

void TestSceneRealism::bagsAreDenselyPacked()
{
    // Fraction of the bag's inside where the contents attenuate the high channel by more than 10 %
    // (beyond the case itself): real bags are packed, not a few items on an empty floor.
    const SceneProjector projector(*m_table);
    double packed = 0;
    const int bags = 4;
    for (quint32 seed = 1; seed <= bags; ++seed) {
        ScenePlan plan;
        plan.id = QStringLiteral("b");
        plan.kind = ObjectKind::Baggage;
        SceneRandom random(seed);
        const SceneDraft draft = LuggageScene::baggage(plan, random, *m_table);
        const DraftView &top = draft.views.first();
        const QRect inside = top.objects.first().bounds.adjusted(40, 40, -40, -40).toRect();
        const auto full = projector.transmissions(top.width, top.height, top.objects, DetectorSettings{});
        const auto empty = projector.transmissions(top.width, top.height, top.objects.mid(0, 5), DetectorSettings{});
        QVERIFY(!full[1].empty());
        int count = 0, total = 0;
        for (int y = inside.top(); y <= inside.bottom(); y += 4) {
            for (int x = inside.left(); x <= inside.right(); x += 4) {
                const size_t i = size_t(y) * size_t(top.width) + size_t(x);
                count += std::log(empty[1][i] / full[1][i]) > 0.1 ? 1 : 0;
                ++total;
            }
        }
        packed += double(count) / total;
    }
    packed /= bags;
    QVERIFY2(packed > 0.6, qPrintable(QString::number(packed)));
}

void TestSceneRealism::clothingHasThicknessTexture()
{
    // The fabric's thickness along the beam varies smoothly inside a garment: neither flat nor noise.
    SceneRandom random(5);
    const ClutterItem item = ClutterItems::clothing(random, QPointF(500, 500), LuggageScene::PixelMm);
    QRectF bounds;
    for (const SceneObject &o : item.objects)
        bounds = bounds.united(o.bounds);
    const QRectF core = bounds.adjusted(bounds.width() * 0.25, bounds.height() * 0.25, -bounds.width() * 0.25,
                                        -bounds.height() * 0.25);
    QList<double> samples;
    double neighbourStep = 0;
    for (int j = 0; j < 20; ++j) {
        for (int i = 0; i < 20; ++i) {
            double cm = 0;
            const double x = core.left() + i * core.width() / 19, y = core.top() + j * core.height() / 19;
            for (const SceneObject &o : item.objects)
                if (o.material != u"brass" && o.material != u"polystyrene")
                    cm += SceneShapes::thicknessAt(o, x, y);
            if (i > 0)
                neighbourStep += std::abs(cm - samples.last());
            samples << cm;
        }
    }
    double mean = 0, squares = 0;
    for (double v : samples) {
        mean += v;
        squares += v * v;
    }
    mean /= samples.size();
    const double sd = std::sqrt(squares / samples.size() - mean * mean);
    QVERIFY2(sd / mean > 0.1, qPrintable(QString::number(sd / mean)));
    // Low frequency: neighbouring samples differ far less than random values of that spread would.
    QVERIFY2(neighbourStep / (20 * 19) < sd,
             qPrintable(QString::number(neighbourStep / (20 * 19)) + u' ' + QString::number(sd)));
}

void TestSceneRealism::mottleKeepsItsMeanAndStaysInside()
{
    SceneRandom random(3);
    const QRectF area(100, 100, 600, 400);
    const QList<SceneObject> bumps = SceneTexture::mottle(area, QStringLiteral("cellulose"), 0.2, 2.0, 80, random);
    QVERIFY(bumps.size() > 10);
    double sum = 0;
    for (const SceneObject &o : bumps) {
        QVERIFY(area.contains(o.bounds));
        sum += SceneShapes::volumeCm3(o, 10); // 1 px = 1 cm
    }
    const double meanCm = sum / (area.width() * area.height());
    QVERIFY2(meanCm > 1.4 && meanCm < 2.6, qPrintable(QString::number(meanCm)));
}

void TestSceneRealism::pistolIsDarkButNotOpaque()
{
    // On its own, most of a pistol transmits between 1 % (impenetrable) and 40 % in the high channel.
    const SceneProjector projector(*m_table);
    const Threat pistol = ThreatShapes::pistol(QPointF(150, 120), 1.0, 0, *m_table);
    const auto t = projector.transmissions(300, 240, pistol.objects, DetectorSettings{});
    const QPolygonF outline(pistol.outline);
    int inside = 0, opaque = 0, dark = 0;
    for (int y = 0; y < 240; ++y) {
        for (int x = 0; x < 300; ++x) {
            if (!outline.containsPoint(QPointF(x + 0.5, y + 0.5), Qt::OddEvenFill))
                continue;
            const float high = t[1][size_t(y) * 300 + size_t(x)];
            ++inside;
            opaque += high < 0.01f ? 1 : 0;
            dark += high < 0.4f ? 1 : 0;
        }
    }
    QVERIFY(inside > 1000);
    QVERIFY2(opaque < inside / 20, qPrintable(QString::number(opaque)));
    QVERIFY2(dark > inside / 2, qPrintable(QString::number(dark)));
}

QTEST_APPLESS_MAIN(TestSceneRealism)
#include "tst_scenerealism.moc"
