// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/StarterSet.h"
#include "synth/SceneProjector.h"

#include <QTest>

#include <cmath>

using namespace pen;

namespace {

// Mean of ln T_low / ln T_high over a region of a noiseless single-object scene.
double ratioOf(const ScanView &view, QRect area)
{
    double sum = 0;
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const double low = view.channels[0].at(x, y) / 65535.0;
            const double high = view.channels[1].at(x, y) / 65535.0;
            sum += std::log(low) / std::log(high);
            ++n;
        }
    }
    return sum / n;
}

} // namespace

class TestStarterSet final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tablesLoad();
    void sameSeedSamePixels();
    void materialsOrderByRatio();
    void thickerTransmitsLess();
    void truthInsideViews();

private:
    std::optional<AttenuationTable> m_table;
};

void TestStarterSet::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY2(table, table ? "" : qPrintable(table.error().message));
    m_table = *table;
}

void TestStarterSet::tablesLoad()
{
    QVERIFY(m_table->contains(QStringLiteral("cocaine_hcl")));
    QCOMPARE(m_table->minKeV(), 10);
    QCOMPARE(m_table->maxKeV(), 200);
    QCOMPARE(m_table->density(QStringLiteral("lead")), 11.35);
    // Lead's K edge at 88 keV: attenuation jumps up across it.
    QVERIFY(m_table->muRho(QStringLiteral("lead"), 89) > 2 * m_table->muRho(QStringLiteral("lead"), 87));
    QVERIFY(!AttenuationTable::parse("energy_keV,a\n10,x\n", "key\n"));
}

void TestStarterSet::sameSeedSamePixels()
{
    const QList<Scan> a = StarterSet::scans(*m_table, 7);
    const QList<Scan> b = StarterSet::scans(*m_table, 7);
    const QList<Scan> c = StarterSet::scans(*m_table, 8);
    QCOMPARE(a, b);
    QVERIFY(a.first().views.first().channels != c.first().views.first().channels);
}

void TestStarterSet::materialsOrderByRatio()
{
    // The physics a material-colour view relies on: R = ln T_low / ln T_high grows with Z_eff.
    const SceneProjector projector(*m_table);
    QList<double> ratios;
    for (const char *material : {"polyethylene", "cocaine_hcl", "aluminium", "iron"}) {
        const SceneObject slab{SceneObject::Shape::Box, QRectF(0, 0, 8, 8), {}, QString::fromLatin1(material), 0, 0.5};
        const ScanView view = projector.project(8, 8, {slab}, DetectorSettings{20000, false, 1});
        ratios.append(ratioOf(view, QRect(1, 1, 6, 6)));
    }
    QVERIFY2(std::is_sorted(ratios.begin(), ratios.end()),
             qPrintable(QString::number(ratios[0]) + u' ' + QString::number(ratios[3])));
    QVERIFY(ratios.first() > 1.0);
}

void TestStarterSet::thickerTransmitsLess()
{
    const SceneProjector projector(*m_table);
    const QList<SceneObject> steps{
        {SceneObject::Shape::Box, QRectF(0, 0, 10, 10), {}, QStringLiteral("aluminium"), 0, 0.5},
        {SceneObject::Shape::Box, QRectF(10, 0, 10, 10), {}, QStringLiteral("aluminium"), 0, 1.0},
        {SceneObject::Shape::Box, QRectF(20, 0, 10, 10), {}, QStringLiteral("aluminium"), 0, 2.0}};
    const ScanView view = projector.project(30, 10, steps, DetectorSettings{20000, false, 1});
    for (int channel : {0, 1}) {
        const Image16 &image = view.channels[size_t(channel)];
        QVERIFY(image.at(5, 5) > image.at(15, 5));
        QVERIFY(image.at(15, 5) > image.at(25, 5));
    }
    QVERIFY(view.channels[0].at(5, 5) < view.channels[1].at(5, 5)); // low energy is absorbed more
}

void TestStarterSet::truthInsideViews()
{
    for (const Scan &scan : StarterSet::scans(*m_table)) {
        for (const GroundTruthObject &object : scan.truth) {
            for (const Region &region : object.regions) {
                const ScanView &view = scan.views[region.viewIndex];
                QVERIFY(QRectF(0, 0, view.width, view.height).contains(region.bounds()));
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestStarterSet)
#include "tst_starterset.moc"
