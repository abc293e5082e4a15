// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TestScans.h"
#include "imageset/ImageSetFolder.h"
#include "imageset/ImageSetWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;

namespace {

QList<Scan> sampleScans()
{
    return {test::dualEnergyScan(QStringLiteral("c1")), test::dualViewSingleEnergyScan(QStringLiteral("b2")),
            test::colourScan(QStringLiteral("p3"))};
}

ImageSet header()
{
    ImageSet set;
    set.name = QStringLiteral("Folder test");
    set.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    return set;
}

QString writeSet(const QString &folder)
{
    ImageSetWriter writer(folder, header());
    if (auto begun = writer.begin(); !begun)
        return begun.error().message;
    for (const Scan &scan : sampleScans()) {
        if (auto added = writer.addScan(scan); !added)
            return added.error().message;
    }
    auto finished = writer.finish();
    return finished ? QString() : finished.error().message;
}

} // namespace

class TestImageSetFolder final : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsPixelsMetadataAndTruth();
    void progressIsReported();
    void strippedCopyHasNoTruthAndMatches();
    void tamperedCopyIsDetected();
    void missingFileIsReported();
    void changedFileIsReported();
    void writerRefusesNonEmptyFolder();
    void writerRefusesBadIds();
    void noManifest();
};

void TestImageSetFolder::roundTripKeepsPixelsMetadataAndTruth()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("set"));
    QCOMPARE(writeSet(folder), QString());
    auto set = ImageSetFolder::open(folder, ImageSetFolder::Check::Full);
    QVERIFY2(set, set ? "" : qPrintable(set.error().message));
    QCOMPARE(set->entries.size(), 3);
    QCOMPARE(set->objectCount(), 4);
    const QList<Scan> expected = sampleScans();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        auto scan = ImageSetFolder::loadScan(folder, set->entries[i]);
        QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message));
        QCOMPARE(*scan, expected[i]);
    }
}

void TestImageSetFolder::progressIsReported()
{
    QTemporaryDir dir;
    QCOMPARE(writeSet(dir.path()), QString());
    QList<int> done;
    auto set = ImageSetFolder::open(dir.path(), ImageSetFolder::Check::Full, [&](int d, int total) {
        QCOMPARE(total, 3);
        done.append(d);
    });
    QVERIFY(set);
    QCOMPARE(done, QList<int>({1, 2, 3}));
}

void TestImageSetFolder::strippedCopyHasNoTruthAndMatches()
{
    QTemporaryDir dir;
    const QString full = dir.filePath(QStringLiteral("full"));
    const QString stripped = dir.filePath(QStringLiteral("stripped"));
    QCOMPARE(writeSet(full), QString());
    auto written = ImageSetFolder::writeWithoutTruth(full, stripped);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QFile manifest(QDir(stripped).filePath(ImageSet::ManifestFileName));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray json = manifest.readAll();
    QVERIFY(!json.contains("narcotics"));
    QVERIFY(!json.contains("cocaine"));
    QVERIFY(!json.contains("\"truth\""));
    auto set = ImageSetFolder::open(stripped, ImageSetFolder::Check::Full);
    QVERIFY(set);
    QVERIFY(!set->groundTruthIncluded);
    QCOMPARE(set->objectCount(), 0);
    auto scan = ImageSetFolder::loadScan(stripped, set->entries.first());
    QVERIFY(scan);
    QVERIFY(scan->truth.isEmpty());
    QCOMPARE(scan->views, sampleScans().first().views);
    auto match = ImageSetFolder::checkStrippedCopy(full, stripped);
    QVERIFY2(match, match ? "" : qPrintable(match.error().message));
}

void TestImageSetFolder::tamperedCopyIsDetected()
{
    QTemporaryDir dir;
    const QString full = dir.filePath(QStringLiteral("full"));
    const QString stripped = dir.filePath(QStringLiteral("stripped"));
    QCOMPARE(writeSet(full), QString());
    QVERIFY(ImageSetFolder::writeWithoutTruth(full, stripped));
    QVERIFY(!ImageSetFolder::checkStrippedCopy(full, full)); // the full set is no stripped copy
    // Swap one scan file for another's bytes: the hash check catches it.
    const QString a = QDir(stripped).filePath(QStringLiteral("scans/b2-top.dcm"));
    const QString b = QDir(stripped).filePath(QStringLiteral("scans/b2-side.dcm"));
    QVERIFY(QFile::remove(a));
    QVERIFY(QFile::copy(b, a));
    auto match = ImageSetFolder::checkStrippedCopy(full, stripped);
    QVERIFY(!match);
    QVERIFY2(match.error().message.contains(QStringLiteral("b2-top.dcm: sha256 differs")),
             qPrintable(match.error().message));
}

void TestImageSetFolder::missingFileIsReported()
{
    QTemporaryDir dir;
    QCOMPARE(writeSet(dir.path()), QString());
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("scans/p3-top.png"))));
    auto set = ImageSetFolder::open(dir.path());
    QVERIFY(!set);
    QVERIFY2(set.error().message.contains(QStringLiteral("p3-top.png: missing (scans[2].views[0].file)")),
             qPrintable(set.error().message));
}

void TestImageSetFolder::changedFileIsReported()
{
    QTemporaryDir dir;
    QCOMPARE(writeSet(dir.path()), QString());
    QFile file(dir.filePath(QStringLiteral("scans/c1-top.dcm")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    QVERIFY(ImageSetFolder::open(dir.path(), ImageSetFolder::Check::ManifestOnly));
    auto set = ImageSetFolder::open(dir.path(), ImageSetFolder::Check::Full);
    QVERIFY(!set);
    QVERIFY2(set.error().message.contains(QStringLiteral("c1-top.dcm: sha256 differs")),
             qPrintable(set.error().message));
    auto scan = ImageSetFolder::loadScan(
        dir.path(),
        ImageSetEntry{test::dualEnergyScan(QStringLiteral("c1")), {{QStringLiteral("scans/c1-top.dcm"), {}}}});
    QVERIFY(!scan);
    QVERIFY(scan.error().message.contains(QStringLiteral("c1-top.dcm")));
}

void TestImageSetFolder::writerRefusesNonEmptyFolder()
{
    QTemporaryDir dir;
    QFile stray(dir.filePath(QStringLiteral("stray.txt")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    ImageSetWriter writer(dir.path(), header());
    auto begun = writer.begin();
    QVERIFY(!begun);
    QVERIFY(begun.error().message.contains(QStringLiteral("not empty")));
    QVERIFY(!ImageSetFolder::writeWithoutTruth(dir.path(), dir.path()));
}

void TestImageSetFolder::writerRefusesBadIds()
{
    QTemporaryDir dir;
    ImageSetWriter writer(dir.path(), header());
    QVERIFY(writer.begin());
    QVERIFY(!writer.addScan(test::colourScan(QStringLiteral("../escape"))));
    QVERIFY(writer.addScan(test::colourScan(QStringLiteral("ok"))));
    auto twice = writer.addScan(test::colourScan(QStringLiteral("ok")));
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(QStringLiteral("used twice")));
}

void TestImageSetFolder::noManifest()
{
    QTemporaryDir dir;
    auto set = ImageSetFolder::open(dir.path());
    QVERIFY(!set);
    QCOMPARE(set.error().code, ErrorCode::NotFound);
    QVERIFY(set.error().message.contains(QStringLiteral("no manifest")));
}

QTEST_GUILESS_MAIN(TestImageSetFolder)
#include "tst_imagesetfolder.moc"
