// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The generator's noise-free attenuations against a second implementation that shares no code and
// no table with core/synth: tests/synth/reference_dual_energy.py computes a_low and a_high from the
// NIST tables and TASMIP in ../shared/data (docs/physics.md, "Physics checks"). Registered only
// where that folder exists.
#include "synth/AttenuationTable.h"
#include "synth/DualEnergyDetector.h"

#include <QProcess>
#include <QTest>

#include <cmath>

using namespace pen;

namespace {

struct Sample {
    QString material;
    double mm = 0;
    double densityGcm3 = 0; ///< 0: the table's nominal one
};

// Drug powders have no nominal density; 1.2 g/cm³ is a pressed brick, as in tst_materialbands.
constexpr double BrickDensity = 1.2;

// One line of the script's CSV (material,thickness_mm,density,a_low,a_high) as the two attenuations;
// a line of another shape or numbers that do not parse fail, naming the line.
bool readAttenuations(const QByteArray &line, double &low, double &high, QString &why)
{
    const QList<QByteArray> fields = line.trimmed().split(',');
    bool lowOk = false, highOk = false;
    if (fields.size() == 5) {
        low = fields[3].toDouble(&lowOk);
        high = fields[4].toDouble(&highOk);
    }
    if (lowOk && highOk && low > 0 && high > 0)
        return true;
    why = QStringLiteral("reference_dual_energy.py printed \"%1\", not material,mm,density,a_low,a_high")
              .arg(QString::fromUtf8(line.left(200)));
    return false;
}

} // namespace

class TestDualEnergyReference final : public QObject {
    Q_OBJECT
private slots:
    void agreesWithinOnePercent_data();
    void agreesWithinOnePercent();
};

void TestDualEnergyReference::agreesWithinOnePercent_data()
{
    QTest::addColumn<int>("kVp");
    QTest::newRow("default") << DetectorSettings{}.tubeKVp;
    QTest::newRow("160 kV, TASMIP carried on by Kramers' law") << 160;
}

void TestDualEnergyReference::agreesWithinOnePercent()
{
    QFETCH(int, kVp);
    auto table = AttenuationTable::bundled();
    QVERIFY2(table, table ? "" : qPrintable(table.error().message));
    DetectorSettings settings;
    settings.tubeKVp = kVp;
    auto detector = DualEnergyDetector::create(*table, settings);
    QVERIFY2(detector, detector ? "" : qPrintable(detector.error().message));
    const QString shared = qEnvironmentVariable("PEN_SHARED_DATA");
    QVERIFY2(!shared.isEmpty(), "PEN_SHARED_DATA is not set: this test is registered only where ../shared/data exists");
    const QString script
        = qEnvironmentVariable("PEN_SOURCE_DIR") + QStringLiteral("/tests/synth/reference_dual_energy.py");
    QVERIFY2(QFile::exists(script), qPrintable(script + QStringLiteral(" not found (PEN_SOURCE_DIR unset?)")));

    const QList<Sample> samples{
        {QStringLiteral("water"), 10},
        {QStringLiteral("water"), 100},
        {QStringLiteral("polyethylene"), 20},
        {QStringLiteral("polyethylene"), 200},
        {QStringLiteral("cocaine_hcl"), 50, BrickDensity},
        {QStringLiteral("sucrose"), 20},
        {QStringLiteral("pvc"), 10},
        {QStringLiteral("nacl"), 10},
        {QStringLiteral("aluminium"), 2},
        {QStringLiteral("aluminium"), 20},
        {QStringLiteral("titanium"), 5},
        {QStringLiteral("iron"), 1},
        {QStringLiteral("iron"), 5},
        {QStringLiteral("steel_304"), 4},
        {QStringLiteral("copper"), 0.5},
        {QStringLiteral("copper"), 5},
        {QStringLiteral("silver"), 1},
        {QStringLiteral("tungsten"), 0.2},
        {QStringLiteral("tungsten"), 1},
        {QStringLiteral("gold"), 0.2},
        {QStringLiteral("lead"), 0.22},
        {QStringLiteral("lead"), 1.2},
    };
    QStringList arguments{script, QStringLiteral("--kvp=%1").arg(kVp), shared};
    for (const Sample &sample : samples) {
        const double density = sample.densityGcm3 > 0 ? sample.densityGcm3 : table->density(sample.material);
        arguments << QStringLiteral("%1:%2:%3").arg(sample.material).arg(sample.mm).arg(density);
    }
    QProcess python;
    python.start(QStringLiteral("python3"), arguments);
    QVERIFY2(python.waitForStarted(), "python3 is needed by this test and could not be started: install python3");
    QVERIFY2(python.waitForFinished(60000), "reference_dual_energy.py did not finish within 60 s");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             qPrintable(QStringLiteral("reference_dual_energy.py failed: ")
                        + QString::fromUtf8(python.readAllStandardError())));
    const QList<QByteArray> lines = python.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), samples.size() + 1); // a header, then a line per sample
    for (qsizetype i = 0; i < samples.size(); ++i) {
        double low = 0, high = 0;
        QString why;
        QVERIFY2(readAttenuations(lines[i + 1], low, high, why), qPrintable(why));
        const Sample &sample = samples[i];
        const QList<MaterialLayer> layer{{sample.material, sample.densityGcm3, sample.mm / 10.0}};
        const double ourLow = -std::log(detector->transmission(DualEnergyDetector::Low, layer));
        const double ourHigh = -std::log(detector->transmission(DualEnergyDetector::High, layer));
        const QString numbers = QStringLiteral("%1 %2 mm: C++ a_low %3 a_high %4, reference %5 %6")
                                    .arg(sample.material)
                                    .arg(sample.mm)
                                    .arg(ourLow)
                                    .arg(ourHigh)
                                    .arg(low)
                                    .arg(high);
        qInfo().noquote() << numbers;
        QVERIFY2(std::abs(ourLow / low - 1) <= 0.01, qPrintable(numbers));
        QVERIFY2(std::abs(ourHigh / high - 1) <= 0.01, qPrintable(numbers));
    }
}

QTEST_APPLESS_MAIN(TestDualEnergyReference)
#include "tst_dualenergyreference.moc"
