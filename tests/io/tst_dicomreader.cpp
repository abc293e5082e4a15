// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DicomCrafting.h"
#include "TestScans.h"
#include "io/DicomReader.h"
#include "io/DicomWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using test::CraftedImage;

Q_DECLARE_METATYPE(CraftedImage)
Q_DECLARE_METATYPE(E_TransferSyntax)
Q_DECLARE_METATYPE(ErrorCode)
Q_DECLARE_METATYPE(DicomFlavour)

static QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

static CraftedImage image(const QString &photometric, int bitsAllocated, int bitsStored, int samples = 1,
                          int planar = 0, int frames = 1)
{
    CraftedImage crafted;
    crafted.photometric = photometric;
    crafted.bitsAllocated = bitsAllocated;
    crafted.bitsStored = bitsStored;
    crafted.samples = samples;
    crafted.planarConfiguration = planar;
    crafted.frames = frames;
    return crafted;
}

static CraftedImage signedImage(const QString &photometric, int bitsAllocated, int bitsStored, int frames = 1)
{
    CraftedImage crafted = image(photometric, bitsAllocated, bitsStored, 1, 0, frames);
    crafted.pixelRepresentation = 1;
    return crafted;
}

/// Frames larger than the reader takes in one piece, with an odd pixel count.
static CraftedImage large(CraftedImage crafted)
{
    crafted.columns = 401;
    crafted.rows = 331;
    return crafted;
}

static CraftedImage dicosVolume(int frames)
{
    CraftedImage crafted = image(QStringLiteral("MONOCHROME2"), 16, 16, 1, 0, frames);
    crafted.numberOfFramesAsUS = true;
    return crafted;
}

class TestDicomReader final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void craftedFiles_data();
    void craftedFiles();
    void chosenFrame_data();
    void chosenFrame();
    void frameOutOfRange();
    void paletteColour();
    void fileMetadata();
    void ourLargeFilesReadTheSameFromMemory_data();
    void ourLargeFilesReadTheSameFromMemory();
    void brokenFiles_data();
    void brokenFiles();
    void missingFile();

private:
    QTemporaryDir m_dir;
    QByteArray m_validFile;
};

void TestDicomReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("valid.dcm"));
    QCOMPARE(test::craftDicomFile(image(QStringLiteral("MONOCHROME2"), 16, 16, 1, 0, 2), path), QString());
    m_validFile = fileBytes(path);
    QVERIFY(m_validFile.size() > 1000);
}

void TestDicomReader::craftedFiles_data()
{
    QTest::addColumn<CraftedImage>("crafted");
    QTest::addColumn<E_TransferSyntax>("xfer");
    const QString mono1 = QStringLiteral("MONOCHROME1"), mono2 = QStringLiteral("MONOCHROME2");
    const QString rgb = QStringLiteral("RGB");
    QTest::newRow("MONOCHROME1 8-bit") << image(mono1, 8, 8) << EXS_LittleEndianExplicit;
    QTest::newRow("MONOCHROME1 16-bit") << image(mono1, 16, 16) << EXS_LittleEndianExplicit;
    QTest::newRow("MONOCHROME1 12 of 16 bits") << image(mono1, 16, 12) << EXS_LittleEndianExplicit;
    QTest::newRow("MONOCHROME2 8-bit") << image(mono2, 8, 8) << EXS_LittleEndianExplicit;
    QTest::newRow("MONOCHROME2 16-bit implicit VR") << image(mono2, 16, 16) << EXS_LittleEndianImplicit;
    QTest::newRow("MONOCHROME2 16-bit big endian") << image(mono2, 16, 16) << EXS_BigEndianExplicit;
    QTest::newRow("dual energy 16-bit") << image(mono2, 16, 16, 1, 0, 2) << EXS_LittleEndianExplicit;
    QTest::newRow("dual energy 8-bit") << image(mono2, 8, 8, 1, 0, 2) << EXS_LittleEndianExplicit;
    QTest::newRow("RGB planar 0") << image(rgb, 8, 8, 3, 0) << EXS_LittleEndianExplicit;
    QTest::newRow("RGB planar 1") << image(rgb, 8, 8, 3, 1) << EXS_LittleEndianExplicit;
    QTest::newRow("RLE 16-bit dual energy") << image(mono2, 16, 16, 1, 0, 2) << EXS_RLELossless;
    QTest::newRow("RLE 8-bit MONOCHROME1") << image(mono1, 8, 8) << EXS_RLELossless;
    QTest::newRow("RLE RGB") << image(rgb, 8, 8, 3, 0) << EXS_RLELossless;
    QTest::newRow("JPEG-LS lossless 16-bit") << image(mono2, 16, 16) << EXS_JPEGLSLossless;
    QTest::newRow("JPEG-LS lossless 8-bit") << image(mono2, 8, 8) << EXS_JPEGLSLossless;
    QTest::newRow("JPEG-LS lossless dual energy") << image(mono2, 16, 16, 1, 0, 2) << EXS_JPEGLSLossless;
    QTest::newRow("JPEG lossless 16-bit") << image(mono2, 16, 16) << EXS_JPEGProcess14SV1;
    QTest::newRow("JPEG lossless 8-bit") << image(mono2, 8, 8) << EXS_JPEGProcess14SV1;
    QTest::newRow("JPEG lossless 12-bit MONOCHROME1") << image(mono1, 16, 12) << EXS_JPEGProcess14SV1;
    // Signed values are offset by 2^(BitsStored-1) into 16 bits (see DicomRenderedPixels.h).
    QTest::newRow("signed 16-bit") << signedImage(mono2, 16, 16) << EXS_LittleEndianExplicit;
    QTest::newRow("signed 12 of 16 bits MONOCHROME1") << signedImage(mono1, 16, 12) << EXS_LittleEndianExplicit;
    QTest::newRow("signed 8-bit") << signedImage(mono2, 8, 8) << EXS_LittleEndianExplicit;
    QTest::newRow("signed 16-bit big endian") << signedImage(mono2, 16, 16) << EXS_BigEndianExplicit;
    QTest::newRow("signed dual energy RLE") << signedImage(mono2, 16, 16, 2) << EXS_RLELossless;
    // Other multi-frame images: the first frame.
    QTest::newRow("3 frames") << image(mono2, 16, 16, 1, 0, 3) << EXS_LittleEndianExplicit;
    QTest::newRow("RGB 2 frames") << image(rgb, 8, 8, 3, 0, 2) << EXS_LittleEndianExplicit;
    QTest::newRow("DICOS volume, NumberOfFrames US") << dicosVolume(4) << EXS_LittleEndianExplicit;
    QTest::newRow("large 12 of 16 bits MONOCHROME1 dual energy")
        << large(image(mono1, 16, 12, 1, 0, 2)) << EXS_LittleEndianExplicit;
    QTest::newRow("large 8-bit dual energy implicit VR")
        << large(image(mono2, 8, 8, 1, 0, 2)) << EXS_LittleEndianImplicit;
    QTest::newRow("large 16-bit dual energy big endian")
        << large(image(mono2, 16, 16, 1, 0, 2)) << EXS_BigEndianExplicit;
}

void TestDicomReader::craftedFiles()
{
    QFETCH(CraftedImage, crafted);
    QFETCH(E_TransferSyntax, xfer);
    const QString path = m_dir.filePath(QStringLiteral("crafted.dcm"));
    QCOMPARE(test::craftDicomFile(crafted, path, xfer), QString());

    const Expected<Scan> fromFile = readDicomFile(path);
    QVERIFY2(fromFile, fromFile ? "" : qPrintable(fromFile.error().message));
    QCOMPARE(fromFile->views.size(), 1);
    QCOMPARE(fromFile->views[0], test::expectedView(crafted));

    const Expected<Scan> fromBuffer = readDicomBuffer(fileBytes(path), QStringLiteral("in memory"));
    QVERIFY2(fromBuffer, fromBuffer ? "" : qPrintable(fromBuffer.error().message));
    QCOMPARE(fromBuffer->views, fromFile->views);
}

void TestDicomReader::chosenFrame_data()
{
    QTest::addColumn<CraftedImage>("crafted");
    QTest::addColumn<int>("frame");
    QTest::newRow("frame 2 of 3") << image(QStringLiteral("MONOCHROME2"), 16, 16, 1, 0, 3) << 2;
    QTest::newRow("frame 1 of a dual-energy pair") << image(QStringLiteral("MONOCHROME2"), 16, 16, 1, 0, 2) << 1;
    QTest::newRow("frame 1 of 2 RGB, planar") << image(QStringLiteral("RGB"), 8, 8, 3, 1, 2) << 1;
    QTest::newRow("frame 3 of 4, signed") << signedImage(QStringLiteral("MONOCHROME1"), 16, 12, 4) << 3;
    QTest::newRow("frame 5 of 6, DICOS volume") << dicosVolume(6) << 5;
    QTest::newRow("frame 2 of 3, large 8-bit") << large(image(QStringLiteral("MONOCHROME1"), 8, 8, 1, 0, 3)) << 2;
}

void TestDicomReader::chosenFrame()
{
    QFETCH(CraftedImage, crafted);
    QFETCH(int, frame);
    const QString path = m_dir.filePath(QStringLiteral("frames.dcm"));
    QCOMPARE(test::craftDicomFile(crafted, path, EXS_RLELossless), QString());
    const Expected<Scan> fromFile = readDicomFile(path, DicomReadOptions{frame});
    QVERIFY2(fromFile, fromFile ? "" : qPrintable(fromFile.error().message));
    QCOMPARE(fromFile->views[0], test::expectedView(crafted, frame));
    QVERIFY(fromFile->views[0] != test::expectedView(crafted, 0));
    const Expected<Scan> fromBuffer = readDicomBuffer(fileBytes(path), QStringLiteral("in memory"), {frame});
    QVERIFY2(fromBuffer, fromBuffer ? "" : qPrintable(fromBuffer.error().message));
    QCOMPARE(fromBuffer->views, fromFile->views);
}

void TestDicomReader::frameOutOfRange()
{
    const QString path = m_dir.filePath(QStringLiteral("three frames.dcm"));
    QCOMPARE(test::craftDicomFile(image(QStringLiteral("MONOCHROME2"), 8, 8, 1, 0, 3), path), QString());
    for (const int frame : {3, -1}) {
        const Expected<Scan> scan = readDicomFile(path, {frame});
        QVERIFY(!scan);
        QCOMPARE(scan.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(scan.error().message,
                 QStringLiteral("%1: Secondary Capture Image: frame %2 was asked for, the image "
                                "has 3 frames")
                     .arg(path)
                     .arg(frame));
    }
}

// Palette colour becomes RGB through DCMTK: each 16-bit table entry keeps its top 8 bits.
void TestDicomReader::paletteColour()
{
    const QString path = m_dir.filePath(QStringLiteral("palette.dcm"));
    QCOMPARE(test::craftPaletteColourFile(path), QString());
    const Expected<Scan> scan = readDicomFile(path);
    QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message));
    QCOMPARE(scan->views[0], test::expectedPaletteView());
}

void TestDicomReader::fileMetadata()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign scan.dcm"));
    QCOMPARE(test::craftDicomFile(CraftedImage{}, path), QString());
    const Expected<Scan> scan = readDicomFile(path);
    QVERIFY(scan);
    QCOMPARE(scan->id, QStringLiteral("foreign scan"));
    QCOMPARE(scan->scanner, QStringLiteral("Crafted Test"));
    QCOMPARE(scan->objectKind, ObjectKind::Other);
    QCOMPARE(scan->views[0].pixelSizeMm, std::optional<double>(0.5));
    QCOMPARE(readDicomBuffer(fileBytes(path), QStringLiteral("buffer"))->id, QStringLiteral("buffer"));
}

// Pixel data far larger than what DCMTK reads at once: its loading is deferred, from the file or
// from the bytes in memory, and both must give the pixels written.
void TestDicomReader::ourLargeFilesReadTheSameFromMemory_data()
{
    QTest::addColumn<DicomFlavour>("flavour");
    QTest::newRow("DICOS DX") << DicomFlavour::DicosDx;
    QTest::newRow("secondary capture") << DicomFlavour::SecondaryCapture;
}

void TestDicomReader::ourLargeFilesReadTheSameFromMemory()
{
    QFETCH(DicomFlavour, flavour);
    const Scan scan = test::dualEnergyScan(QStringLiteral("large"), 500, 360);
    const QString path = m_dir.filePath(QStringLiteral("large.dcm"));
    const Expected<void> written = writeDicomView(scan, 0, path, flavour);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));

    const Expected<Scan> fromFile = readDicomFile(path);
    QVERIFY2(fromFile, fromFile ? "" : qPrintable(fromFile.error().message));
    const Expected<Scan> fromBuffer = readDicomBuffer(fileBytes(path), QStringLiteral("in memory"));
    QVERIFY2(fromBuffer, fromBuffer ? "" : qPrintable(fromBuffer.error().message));
    const ScanView &original = scan.views.first();
    for (const Expected<Scan> *read : {&fromFile, &fromBuffer}) {
        const ScanView &view = (*read)->views.first();
        QCOMPARE(view.channels.size(), original.channels.size());
        for (std::size_t c = 0; c < view.channels.size(); ++c)
            QVERIFY2(view.channels[c].pixels == original.channels[c].pixels,
                     qPrintable(QStringLiteral("%1, channel %2").arg(read == &fromFile ? "file" : "memory").arg(c)));
    }
}

void TestDicomReader::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("reason"); // a word the message must contain

    QByteArray corrupted = m_validFile;
    corrupted.replace(300, 64, QByteArray(64, '\xff'));
    QTest::newRow("empty") << QByteArray() << ErrorCode::Format << QString();
    QTest::newRow("not DICOM") << QByteArray("hello, this is a text file\n").repeated(20) << ErrorCode::Format
                               << QString();
    QTest::newRow("cut in half") << m_validFile.left(m_validFile.size() / 2) << ErrorCode::Format << QString();
    QTest::newRow("cut at 200 bytes") << m_validFile.left(200) << ErrorCode::Format << QString();
    QTest::newRow("corrupted bytes") << corrupted << ErrorCode::Format << QString();

    const auto craftedBytes = [this](const CraftedImage &crafted) {
        const QString path = m_dir.filePath(QStringLiteral("broken.dcm"));
        return test::craftDicomFile(crafted, path).isEmpty() ? fileBytes(path) : QByteArray();
    };
    CraftedImage absurd;
    absurd.columns = absurd.rows = 65535;
    absurd.pixelDataBytes = 16;
    QTest::newRow("65535 x 65535") << craftedBytes(absurd) << ErrorCode::Format << QStringLiteral("absurd");
    CraftedImage short16;
    short16.pixelDataBytes = 10;
    QTest::newRow("pixel data too short") << craftedBytes(short16) << ErrorCode::Format << QStringLiteral("bytes");
    CraftedImage zero;
    zero.columns = 0;
    zero.pixelDataBytes = 0;
    QTest::newRow("zero columns") << craftedBytes(zero) << ErrorCode::Format << QString();
    CraftedImage noPixels;
    noPixels.withPixelData = false;
    QTest::newRow("missing pixel data") << craftedBytes(noPixels) << ErrorCode::Format << QStringLiteral("pixel data");
    const QString j2k = m_dir.filePath(QStringLiteral("j2k.dcm"));
    QTest::newRow("JPEG 2000") << (test::craftJpeg2000File(j2k).isEmpty() ? fileBytes(j2k) : QByteArray())
                               << ErrorCode::Unsupported
                               << QStringLiteral("JPEG 2000 (transfer syntax 1.2.840.10008.1.2.4.90) is not supported");
}

void TestDicomReader::brokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("%1.dcm").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(writeBytes(path, bytes));

    const Expected<Scan> fromFile = readDicomFile(path);
    QVERIFY(!fromFile);
    QVERIFY2(fromFile.error().message.startsWith(path), qPrintable(fromFile.error().message));
    QVERIFY2(fromFile.error().message.contains(reason), qPrintable(fromFile.error().message));
    QCOMPARE(fromFile.error().code, code);

    const Expected<Scan> fromBuffer = readDicomBuffer(bytes, QStringLiteral("buffer.dcm"));
    QVERIFY(!fromBuffer);
    QVERIFY2(fromBuffer.error().message.startsWith(QStringLiteral("buffer.dcm: ")),
             qPrintable(fromBuffer.error().message));
    QCOMPARE(fromBuffer.error().code, code);
}

void TestDicomReader::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("nothing here.dcm"));
    const Expected<Scan> scan = readDicomFile(path);
    QVERIFY(!scan);
    QCOMPARE(scan.error().code, ErrorCode::NotFound);
    QVERIFY(scan.error().message.contains(path));
}

QTEST_APPLESS_MAIN(TestDicomReader)
#include "tst_dicomreader.moc"
