// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TestScans.h"
#include "imageset/ImageSetManifest.h"

#include <QTest>

using namespace pen;

namespace {

// One localised, one image-level and one unknown scan, as the manifest stores them.
ImageSet setWithEveryTruthLevel()
{
    ImageSet set;
    set.name = QStringLiteral("Levels");
    set.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    for (const char *id : {"boxed", "labelled", "unknown"}) {
        Scan scan = test::dualEnergyScan(QString::fromLatin1(id));
        ImageSetEntry entry;
        for (ScanView &view : scan.views) {
            view.channels.clear();
            entry.files.append({QStringLiteral("scans/%1.dcm").arg(scan.id), QString(64, QLatin1Char('a'))});
        }
        entry.scan = scan;
        set.entries.append(entry);
    }
    Scan &labelled = set.entries[1].scan;
    labelled.truthLevel = TruthLevel::ImageLevel;
    for (GroundTruthObject &object : labelled.truth)
        object.regions.clear();
    set.entries[2].scan.truthLevel = TruthLevel::Unknown;
    set.entries[2].scan.truth.clear();
    return set;
}

Expected<ImageSet> parse(const QByteArray &json)
{
    return ImageSetManifest::parse(json, QStringLiteral("manifest.json"));
}

} // namespace

class TestTruthLevelManifest final : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void oldManifestsAreLocalised();
    void malformed_data();
    void malformed();
};

void TestTruthLevelManifest::roundTrip()
{
    const ImageSet set = setWithEveryTruthLevel();
    const QByteArray json = ImageSetManifest::toJson(set);
    QVERIFY(json.contains("\"truthLevel\": \"image-level\""));
    QVERIFY(json.contains("\"truthLevel\": \"unknown\""));
    const auto parsed = parse(json);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(*parsed, set);
    QCOMPARE(parsed->entries[1].scan.truthLevel, TruthLevel::ImageLevel);
}

void TestTruthLevelManifest::oldManifestsAreLocalised()
{
    ImageSet set = setWithEveryTruthLevel();
    set.entries.resize(1);
    const QByteArray json = ImageSetManifest::toJson(set);
    QVERIFY(!json.contains("truthLevel")); // localised truth leaves the manifest as it always was
    const auto parsed = parse(json);
    QVERIFY(parsed);
    QCOMPARE(parsed->entries[0].scan.truthLevel, TruthLevel::Localised);
}

void TestTruthLevelManifest::malformed_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown level") << QByteArray("\"truthLevel\": \"unknown\"")
                                   << QByteArray("\"truthLevel\": \"partial\"")
                                   << "scans[2].truthLevel: \"partial\" is not localised, image-level or unknown";
    QTest::newRow("labels without regions called localised")
        << QByteArray("\"truthLevel\": \"image-level\"") << QByteArray("\"truthLevel\": \"localised\"")
        << "scans[1].truth[0].regions: must hold at least one region";
}

void TestTruthLevelManifest::malformed()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    QByteArray json = ImageSetManifest::toJson(setWithEveryTruthLevel());
    QVERIFY(json.contains(from));
    json.replace(from, to);
    const auto parsed = parse(json);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

QTEST_APPLESS_MAIN(TestTruthLevelManifest)
#include "tst_truthlevelmanifest.moc"
