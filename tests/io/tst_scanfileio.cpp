// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TestScans.h"
#include "io/ScanFileIO.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;

class TestScanFileIO final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void storageSuffixes();
    void storedViewsReadBack_data();
    void storedViewsReadBack();
    void dicomWithoutPreambleBySuffix();
    void missingFile();

private:
    QTemporaryDir m_dir;
};

void TestScanFileIO::storageSuffixes()
{
    QCOMPARE(storageSuffix(test::dualEnergyScan(QStringLiteral("d")).views[0]), QStringLiteral(".dcm"));
    QCOMPARE(storageSuffix(test::dualViewSingleEnergyScan(QStringLiteral("s")).views[1]), QStringLiteral(".dcm"));
    QCOMPARE(storageSuffix(test::colourScan(QStringLiteral("c")).views[0]), QStringLiteral(".png"));
}

void TestScanFileIO::storedViewsReadBack_data()
{
    QTest::addColumn<Scan>("scan");
    QTest::newRow("dual energy") << test::dualEnergyScan(QStringLiteral("dual"));
    QTest::newRow("single energy") << test::dualViewSingleEnergyScan(QStringLiteral("single"));
    QTest::newRow("colour") << test::colourScan(QStringLiteral("colour"));
}

void TestScanFileIO::storedViewsReadBack()
{
    QFETCH(Scan, scan);
    // A name that is not the scan id, and a DICOS file that does not end in .dcm: found by content.
    const bool colour = scan.views[0].kind == ViewKind::Colour;
    const QString finalPath = m_dir.filePath(colour ? QStringLiteral("stored.png") : QStringLiteral("stored.dcm.bin"));
    const Expected<void> written = writeStoredView(scan, 0, finalPath);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const Expected<Scan> read = readScanFile(finalPath);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->views.size(), 1);
    QCOMPARE(read->views[0].channels, scan.views[0].channels);
    QCOMPARE(read->views[0].colour, scan.views[0].colour);
    if (colour)
        QCOMPARE(read->id, QStringLiteral("stored"));
    else
        QCOMPARE(read->id, scan.id);
}

void TestScanFileIO::dicomWithoutPreambleBySuffix()
{
    const QString withPreamble = m_dir.filePath(QStringLiteral("full.dcm"));
    QVERIFY(writeStoredView(test::dualEnergyScan(QStringLiteral("bare")), 0, withPreamble));
    DcmFileFormat file;
    QVERIFY(file.loadFile(OFFilename(withPreamble.toLocal8Bit().constData())).good());
    const QString bare = m_dir.filePath(QStringLiteral("bare.dcm"));
    QVERIFY(file.saveFile(OFFilename(bare.toLocal8Bit().constData()), EXS_LittleEndianExplicit, EET_ExplicitLength,
                          EGL_recalcGL, EPD_noChange, 0, 0, EWM_dataset)
                .good());
    const Expected<Scan> read = readScanFile(bare);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->id, QStringLiteral("bare"));
    QCOMPARE(read->views[0].kind, ViewKind::DualEnergy);
}

void TestScanFileIO::missingFile()
{
    const Expected<Scan> read = readScanFile(m_dir.filePath(QStringLiteral("absent.png")));
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::NotFound);
}

QTEST_APPLESS_MAIN(TestScanFileIO)
#include "tst_scanfileio.moc"
