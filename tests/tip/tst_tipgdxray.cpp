// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Real isolated threats (GDXray, via pyxvis) from ../shared/data: registered only where that folder
// exists. The images are read in place, never copied.
#include "TestScans.h"
#include "TipFixtures.h"
#include "tip/TipResult.h"

#include <QTest>

using namespace pen;
using namespace pen::test;

namespace {

const Provenance GdxrayProvenance{QStringLiteral("GDXray (Mery et al.) via pyxvis"),
                                  QStringLiteral("GDXray terms: research and education only, no redistribution"),
                                  {}};

QString threatFolder(const QString &classFolder)
{
    return sharedDataDir() + QStringLiteral("/gdxray-threats/threatobjects/train/") + classFolder;
}

} // namespace

class TestTipGdxray final : public QObject {
    Q_OBJECT
private slots:
    void loadsRealThreats_data();
    void loadsRealThreats();
    void projectsARealThreatIntoASingleEnergyScan();
};

void TestTipGdxray::loadsRealThreats_data()
{
    // labels.csv: class_0 handgun (200), class_1 shuriken (100), class_2 razor_blade (100).
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("files");
    QTest::newRow("handgun") << QStringLiteral("class_0") << 200;
    QTest::newRow("shuriken") << QStringLiteral("class_1") << 100;
    QTest::newRow("razor blade") << QStringLiteral("class_2") << 100;
}

void TestTipGdxray::loadsRealThreats()
{
    QFETCH(QString, folder);
    QFETCH(int, files);
    ThreatLibrary library;
    QList<Error> skipped;
    auto added
        = library.loadFolder(threatFolder(folder), {{}, QStringLiteral("weapon"), {}, {}}, GdxrayProvenance, &skipped);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    for (const Error &error : skipped)
        qInfo("skipped: %s", qPrintable(error.message));
    QCOMPARE(*added + int(skipped.size()), files);
    QVERIFY2(*added >= files * 9 / 10, qPrintable(QString::number(*added)));
    for (const ThreatImage &threat : library.threats(QStringLiteral("weapon"))) {
        QCOMPARE(threat.channelCount(), 1);
        QCOMPARE(threat.provenance, GdxrayProvenance);
        QCOMPARE(threat.maskBounds(), QRect(0, 0, threat.width, threat.height));
        // Background specks dropped: the object fills a fair part of its box.
        qint64 filled = 0;
        for (quint16 value : threat.channels[0].pixels)
            filled += value < 65535 ? 1 : 0;
        QVERIFY2(filled * 100 >= qint64(threat.width) * threat.height * 15, qPrintable(threat.origin));
    }
    const ThreatImage &first = library.threats(QStringLiteral("weapon")).first();
    qInfo("%s: %d x %d", qPrintable(first.origin), first.width, first.height);
}

void TestTipGdxray::projectsARealThreatIntoASingleEnergyScan()
{
    ThreatLibrary library;
    auto added = library.loadFolder(threatFolder(QStringLiteral("class_2")),
                                    {{}, QStringLiteral("weapon"), QStringLiteral("steel_304"), {}}, GdxrayProvenance);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    // A bag (transmission 0.6) in a single-energy view with air around it.
    const Scan scan = airScanWithObject(1, 1600, 1200, QRect(100, 100, 1400, 1000), 39321);
    TipSettings settings;
    settings.rate = 1;
    settings.minInsideFraction = 1;
    std::mt19937 engine(2024);
    auto result = applyTip(scan, library, settings, engine);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->inserted.size(), 1);
    const GroundTruthObject &truth = result->inserted.first().truth;
    QCOMPARE(truth.note, QStringLiteral("TIP"));
    QCOMPARE(truth.material, QStringLiteral("steel_304"));
    const QRect box = truth.regions.first().box.toAlignedRect();
    QVERIFY(QRect(100, 100, 1400, 1000).contains(box));
    const QRect changed = changedBounds(scan.views[0], result->scan.views[0]);
    QVERIFY(box.contains(changed));
    QVERIFY2(std::abs(changed.width() - box.width()) <= 2 && std::abs(changed.height() - box.height()) <= 2,
             qPrintable(QStringLiteral("box %1x%2, changed %3x%4")
                            .arg(box.width())
                            .arg(box.height())
                            .arg(changed.width())
                            .arg(changed.height())));
    QVERIFY(truth.difficulty->overlap > 0 && truth.difficulty->overlap < 1);
    qInfo("%s at %d,%d turned %.1f°, overlap %.2f", qPrintable(result->inserted.first().origin), box.x(), box.y(),
          truth.difficulty->rotationDeg, truth.difficulty->overlap);
}

QTEST_APPLESS_MAIN(TestTipGdxray)
#include "tst_tipgdxray.moc"
