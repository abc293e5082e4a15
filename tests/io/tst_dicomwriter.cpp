// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TestScans.h"
#include "io/DicomReader.h"
#include "io/DicomWriter.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace pen;

Q_DECLARE_METATYPE(Scan)
Q_DECLARE_METATYPE(DicomFlavour)

/// What a file written from view viewIndex of scan should read back as: no ground truth, no declaration.
static Scan storedPart(const Scan &scan, int viewIndex)
{
    Scan stored = scan;
    stored.views = {scan.views[viewIndex]};
    stored.truth.clear();
    stored.declaration.reset();
    return stored;
}

static Scan unusualScan()
{
    Scan scan = test::dualEnergyScan(QStringLiteral("Übersee-Container №7"), 33, 17);
    scan.scanner = QStringLiteral("Nuctech MT1213LH — a scanner name well over sixty-four characters, as some are");
    scan.provenance = {QStringLiteral("Zoll \"Hamburg\"\\Hafen"), QStringLiteral("CC-BY-4.0"),
                       QStringLiteral("https://example.org/set")};
    scan.views[0].pixelSizeMm.reset();
    scan.views[0].channels[0].pixels.front() = 65535;
    scan.views[0].channels[1].pixels.back() = 0;
    return scan;
}

class TestDicomWriter final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void roundTrip_data();
    void roundTrip();
    void groundTruthNeverWritten();
    void dicosAttributes();
    void singleFrameHasNoFramePointer();
    void overwritesExistingFile();
    void refusals_data();
    void refusals();

private:
    /// The data set of the file, or nullptr where DCMTK cannot load it.
    DcmDataset *load(const QString &path)
    {
        m_file = std::make_unique<DcmFileFormat>();
        return m_file->loadFile(OFFilename(QFile::encodeName(path).constData())).good() ? m_file->getDataset()
                                                                                        : nullptr;
    }
    static QString text(DcmDataset *dataset, const DcmTagKey &tag)
    {
        OFString value;
        return dataset->findAndGetOFStringArray(tag, value).good() ? QString::fromUtf8(value.c_str())
                                                                   : QStringLiteral("<absent>");
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DcmFileFormat> m_file;
};

void TestDicomWriter::roundTrip_data()
{
    QTest::addColumn<Scan>("scan");
    QTest::addColumn<int>("viewIndex");
    QTest::addColumn<DicomFlavour>("flavour");
    const Scan dual = test::dualEnergyScan(QStringLiteral("dual"));
    const Scan single = test::dualViewSingleEnergyScan(QStringLiteral("single"));
    const Scan colour = test::colourScan(QStringLiteral("colour"));
    Scan megavolt = dual;
    megavolt.views[0].peakKv = 6000;
    QTest::newRow("dual energy DICOS") << dual << 0 << DicomFlavour::DicosDx;
    QTest::newRow("MeV dual energy DICOS") << megavolt << 0 << DicomFlavour::DicosDx;
    QTest::newRow("MeV dual energy SC") << megavolt << 0 << DicomFlavour::SecondaryCapture;
    Scan picture = single;
    picture.views[0].displayEncoded = true;
    QTest::newRow("8-bit picture DICOS") << picture << 0 << DicomFlavour::DicosDx;
    QTest::newRow("dual energy SC") << dual << 0 << DicomFlavour::SecondaryCapture;
    QTest::newRow("single energy side view DICOS") << single << 1 << DicomFlavour::DicosDx;
    QTest::newRow("single energy SC") << single << 0 << DicomFlavour::SecondaryCapture;
    QTest::newRow("colour SC") << colour << 0 << DicomFlavour::SecondaryCapture;
    QTest::newRow("unusual metadata DICOS") << unusualScan() << 0 << DicomFlavour::DicosDx;
    QTest::newRow("unusual metadata SC") << unusualScan() << 0 << DicomFlavour::SecondaryCapture;
}

void TestDicomWriter::roundTrip()
{
    QFETCH(Scan, scan);
    QFETCH(int, viewIndex);
    QFETCH(DicomFlavour, flavour);
    const QString path = m_dir.filePath(QStringLiteral("round trip.dcm"));
    const Expected<void> written = writeDicomView(scan, viewIndex, path, flavour);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));

    const Expected<Scan> read = readDicomFile(path);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const Scan expected = storedPart(scan, viewIndex);
    QCOMPARE(read->id, expected.id);
    QCOMPARE(read->objectKind, expected.objectKind);
    QCOMPARE(read->scanner, expected.scanner);
    QCOMPARE(read->provenance, expected.provenance);
    QCOMPARE(read->views.size(), 1);
    QCOMPARE(read->views[0].pixelSizeMm, expected.views[0].pixelSizeMm);
    QCOMPARE(read->views[0].peakKv, expected.views[0].peakKv);
    QCOMPARE(read->views[0], expected.views[0]);
    // The peak voltage travels in the standard KVP attribute, where other readers find it.
    DcmDataset *dataset = load(path);
    QVERIFY(dataset);
    QCOMPARE(text(dataset, DCM_KVP),
             expected.views[0].peakKv ? QString::number(*expected.views[0].peakKv) : QStringLiteral("<absent>"));
    QCOMPARE(*read, expected);
    for (const Image16 &channel : read->views[0].channels)
        QVERIFY(*std::max_element(channel.pixels.begin(), channel.pixels.end()) > 4095);
}

void TestDicomWriter::groundTruthNeverWritten()
{
    const Scan scan = test::dualEnergyScan(QStringLiteral("secret"));
    for (DicomFlavour flavour : {DicomFlavour::DicosDx, DicomFlavour::SecondaryCapture}) {
        const QString path = m_dir.filePath(QStringLiteral("truth.dcm"));
        QVERIFY(writeDicomView(scan, 0, path, flavour));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const char *secret : {"narcotics", "cocaine", "behind the tiles", "Ceramic tiles", "690721"})
            QVERIFY2(!bytes.contains(secret), secret);
    }
}

void TestDicomWriter::dicosAttributes()
{
    Scan scan = test::dualEnergyScan(QStringLiteral("container"));
    scan.objectKind = ObjectKind::Container;
    const QString path = m_dir.filePath(QStringLiteral("dicos.dcm"));
    QVERIFY(writeDicomView(scan, 0, path, DicomFlavour::DicosDx));
    DcmDataset *dataset = load(path);
    QVERIFY(dataset);
    QCOMPARE(text(dataset, DCM_DICOSVersion), QStringLiteral("V03"));
    QCOMPARE(text(dataset, DCM_OOIType), QStringLiteral("CARGO"));
    QCOMPARE(text(dataset, DCM_OOITypeDescriptor), QStringLiteral("container"));
    QCOMPARE(text(dataset, DCM_ScanType), QStringLiteral("OPERATIONAL"));
    QCOMPARE(text(dataset, DCM_AcquisitionStatus), QStringLiteral("SUCCESSFUL"));
    QVERIFY(dataset->tagExists(DCM_AcquisitionContextSequence));
    QCOMPARE(text(dataset, DCM_FrameLabelVector), QStringLiteral("LOW ENERGY\\HIGH ENERGY"));
}

void TestDicomWriter::singleFrameHasNoFramePointer()
{
    const Scan scan = test::dualViewSingleEnergyScan(QStringLiteral("single"));
    const QString path = m_dir.filePath(QStringLiteral("single.dcm"));
    QVERIFY(writeDicomView(scan, 0, path, DicomFlavour::SecondaryCapture));
    DcmDataset *dataset = load(path);
    QVERIFY(dataset);
    QCOMPARE(text(dataset, DCM_NumberOfFrames), QStringLiteral("1"));
    QVERIFY(!dataset->tagExists(DCM_FrameIncrementPointer)); // secondary capture: only for several frames
    QVERIFY(!dataset->tagExists(DCM_FrameLabelVector));
    QVERIFY(!dataset->tagExists(DCM_DICOSVersion));
}

void TestDicomWriter::overwritesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.dcm"));
    QVERIFY(writeDicomView(test::dualEnergyScan(QStringLiteral("first")), 0, path, DicomFlavour::DicosDx));
    QVERIFY(writeDicomView(test::dualEnergyScan(QStringLiteral("second")), 0, path, DicomFlavour::DicosDx));
    QCOMPARE(readDicomFile(path)->id, QStringLiteral("second"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
}

void TestDicomWriter::refusals_data()
{
    QTest::addColumn<Scan>("scan");
    QTest::addColumn<int>("viewIndex");
    QTest::addColumn<DicomFlavour>("flavour");
    QTest::addColumn<int>("code");
    QTest::newRow("colour as DICOS") << test::colourScan(QStringLiteral("c")) << 0 << DicomFlavour::DicosDx
                                     << int(ErrorCode::Unsupported);
    QTest::newRow("no such view") << test::dualEnergyScan(QStringLiteral("d")) << 1 << DicomFlavour::DicosDx
                                  << int(ErrorCode::InvalidArgument);
    Scan missingChannel = test::dualEnergyScan(QStringLiteral("m"));
    missingChannel.views[0].channels.pop_back();
    QTest::newRow("missing channel") << missingChannel << 0 << DicomFlavour::SecondaryCapture
                                     << int(ErrorCode::InvalidArgument);
    Scan wrongSize = test::dualEnergyScan(QStringLiteral("w"));
    wrongSize.views[0].width += 1;
    QTest::newRow("channel size mismatch")
        << wrongSize << 0 << DicomFlavour::DicosDx << int(ErrorCode::InvalidArgument);
}

void TestDicomWriter::refusals()
{
    QFETCH(Scan, scan);
    QFETCH(int, viewIndex);
    QFETCH(DicomFlavour, flavour);
    QFETCH(int, code);
    const QString path = m_dir.filePath(QStringLiteral("refused.dcm"));
    const Expected<void> written = writeDicomView(scan, viewIndex, path, flavour);
    QVERIFY(!written);
    QCOMPARE(int(written.error().code), code);
    QVERIFY2(written.error().message.startsWith(path), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
}

QTEST_APPLESS_MAIN(TestDicomWriter)
#include "tst_dicomwriter.moc"
