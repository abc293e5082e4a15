// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Physics read off the generated pixels of the step wedge (noise and blur on, as a user sees it).
#include "PixelStats.h"
#include "synth/MaterialBands.h"
#include "synth/StepWedge.h"

#include <QTest>

using namespace pen;

namespace {

struct Measured {
    double thicknessMm = 0;
    double aLow = 0;  ///< −ln T_low
    double aHigh = 0; ///< −ln T_high
    double ratio() const { return aLow / aHigh; }
};

} // namespace

class TestStepWedge final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void truthDescribesEveryStep();
    void ratioStableAcrossThickness_data();
    void ratioStableAcrossThickness();
    void thickerTransmitsLess_data();
    void thickerTransmitsLess();
    void ratiosOrderByZeff();
    void leadKEdgeLowersItsRatio();
    void bandsHoldAcrossThickness_data();
    void bandsHoldAcrossThickness();

private:
    std::optional<AttenuationTable> m_table;
    QHash<QString, QList<Measured>> m_steps; ///< by material, thinnest first

    void addMaterialColumn();
};

void TestStepWedge::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY2(table, table ? "" : qPrintable(table.error().message));
    m_table = *table;
    const Scan scan = StepWedge::scan(*m_table);
    QCOMPARE(scan.views.size(), 1);
    QCOMPARE(scan.views[0].channels.size(), size_t(2));
    for (const GroundTruthObject &step : scan.truth) {
        // Stay clear of the blurred edges.
        const QRect inner = step.regions[0].box.toRect().adjusted(6, 6, -6, -6);
        m_steps[step.material].append({*step.thicknessMm, test::meanAttenuation(scan.views[0].channels[0], inner),
                                       test::meanAttenuation(scan.views[0].channels[1], inner)});
    }
}

void TestStepWedge::truthDescribesEveryStep()
{
    const Scan scan = StepWedge::scan(*m_table, DetectorSettings{20000, false, 1});
    QCOMPARE(scan.truth.size(), StepWedge::steps().size());
    for (qsizetype i = 0; i < scan.truth.size(); ++i) {
        QCOMPARE(scan.truth[i].category, QStringLiteral("other"));
        QCOMPARE(scan.truth[i].material, StepWedge::steps()[i].material);
        QCOMPARE(*scan.truth[i].thicknessMm, StepWedge::steps()[i].thicknessMm);
        QVERIFY(QRectF(0, 0, scan.views[0].width, scan.views[0].height).contains(scan.truth[i].regions[0].box));
    }
}

void TestStepWedge::addMaterialColumn()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<double>("tolerance");
}

void TestStepWedge::ratioStableAcrossThickness_data()
{
    addMaterialColumn();
    // R = μ_low/μ_high only for a monochromatic beam; beam hardening lowers it as the step
    // thickens, most where photoelectric absorption dominates. Measured spreads (from the mean)
    // over the wedge's 8:1 thickness range: polyethylene 0.4 %, aluminium 8 %, steel 18 %,
    // lead 14 % (docs/physics.md). The tolerances keep the 10 % aim where physics allows it.
    QTest::newRow("polyethylene") << QStringLiteral("polyethylene") << 0.10;
    QTest::newRow("aluminium") << QStringLiteral("aluminium") << 0.10;
    QTest::newRow("steel_304") << QStringLiteral("steel_304") << 0.20;
    QTest::newRow("lead") << QStringLiteral("lead") << 0.16;
}

void TestStepWedge::ratioStableAcrossThickness()
{
    QFETCH(QString, material);
    QFETCH(double, tolerance);
    const QList<Measured> &steps = m_steps.value(material);
    QVERIFY(steps.size() >= 3);
    double mean = 0;
    for (const Measured &step : steps)
        mean += step.ratio() / double(steps.size());
    for (const Measured &step : steps)
        QVERIFY2(std::abs(step.ratio() / mean - 1) <= tolerance,
                 qPrintable(QStringLiteral("%1 mm: R %2, mean %3").arg(step.thicknessMm).arg(step.ratio()).arg(mean)));
}

void TestStepWedge::thickerTransmitsLess_data()
{
    addMaterialColumn();
    for (const QString &material : StepWedge::materials())
        QTest::newRow(qPrintable(material)) << material << 0.0;
}

void TestStepWedge::thickerTransmitsLess()
{
    QFETCH(QString, material);
    const QList<Measured> &steps = m_steps.value(material);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        // Every step is readable: T_high well inside (0, 1).
        QVERIFY2(steps[i].aHigh > 0.05 && steps[i].aHigh < 3.5, qPrintable(QString::number(steps[i].aHigh)));
        QVERIFY(steps[i].aLow > steps[i].aHigh); // low energies are absorbed more
        if (i > 0) {
            QVERIFY(steps[i].aLow > steps[i - 1].aLow);
            QVERIFY(steps[i].aHigh > steps[i - 1].aHigh);
        }
    }
}

void TestStepWedge::ratiosOrderByZeff()
{
    // Every plastic step below every aluminium step below every steel step, whatever the thickness.
    const QStringList order{QStringLiteral("polyethylene"), QStringLiteral("aluminium"), QStringLiteral("steel_304")};
    for (qsizetype m = 1; m < order.size(); ++m) {
        double lowerMax = 0, upperMin = 1e9;
        for (const Measured &step : m_steps.value(order[m - 1]))
            lowerMax = std::max(lowerMax, step.ratio());
        for (const Measured &step : m_steps.value(order[m]))
            upperMin = std::min(upperMin, step.ratio());
        QVERIFY2(lowerMax < upperMin,
                 qPrintable(order[m - 1] + u' ' + QString::number(lowerMax) + u' ' + order[m] + u' '
                            + QString::number(upperMin)));
    }
}

void TestStepWedge::leadKEdgeLowersItsRatio()
{
    // Not the textbook order, but the physics of a 140 kV beam: lead's K edge (88 keV) sits inside
    // the high channel, so μ_high jumps and R falls below steel's at every step (docs/physics.md).
    const QList<Measured> &lead = m_steps.value(QStringLiteral("lead"));
    const QList<Measured> &steel = m_steps.value(QStringLiteral("steel_304"));
    for (qsizetype i = 0; i < lead.size(); ++i)
        QVERIFY(lead[i].ratio() < steel[i].ratio());
    // Still heavier than plastic, step for step.
    for (qsizetype i = 0; i < lead.size(); ++i)
        QVERIFY(lead[i].ratio() > m_steps.value(QStringLiteral("polyethylene"))[i].ratio());
}

void TestStepWedge::bandsHoldAcrossThickness_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<int>("expected");
    QTest::newRow("polyethylene") << QStringLiteral("polyethylene") << int(MaterialClass::Organic);
    QTest::newRow("aluminium") << QStringLiteral("aluminium") << int(MaterialClass::Mixed);
    QTest::newRow("steel_304") << QStringLiteral("steel_304") << int(MaterialClass::Inorganic);
}

void TestStepWedge::bandsHoldAcrossThickness()
{
    QFETCH(QString, material);
    QFETCH(int, expected);
    const auto detector = DualEnergyDetector::create(*m_table, DetectorSettings{});
    QVERIFY(detector);
    const MaterialBands bands = MaterialBands::calibrate(*detector);
    for (const Measured &step : m_steps.value(material))
        QCOMPARE(int(bands.classify(step.aLow, step.aHigh)), expected);
}

QTEST_APPLESS_MAIN(TestStepWedge)
#include "tst_stepwedge.moc"
