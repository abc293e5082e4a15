// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TestScans.h"
#include "enhance/EnhancementPipeline.h"
#include "io/RasterImageIO.h"

#include <QBuffer>
#include <QDataStream>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <functional>

using namespace pen;

namespace {

ScanView singleEnergyView(int width, int height)
{
    ScanView view;
    view.kind = ViewKind::SingleEnergy;
    view.width = width;
    view.height = height;
    view.channels.push_back(test::gradientImage(width, height, 3));
    return view;
}

// A smooth picture: JPEG keeps it within a few grey levels, unlike the gradient's steep wraps.
ScanView smoothView(ViewKind kind, int width, int height)
{
    ScanView view;
    view.kind = kind;
    view.width = width;
    view.height = height;
    if (kind == ViewKind::Colour) {
        view.colour = RgbImage8(width, height);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                quint8 *p = view.colour.pixel(x, y);
                p[0] = quint8(x * 4);
                p[1] = quint8(y * 4);
                p[2] = 128;
            }
        }
        return view;
    }
    Image16 channel(width, height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            channel.at(x, y) = quint16((x + y) * 257 * 2);
    }
    view.channels.push_back(channel);
    return view;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray firstHalf(const QByteArray &bytes)
{
    return bytes.left(bytes.size() / 2);
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : bytes) {
        crc ^= uchar(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    QDataStream out(&chunk, QIODevice::WriteOnly);
    out << quint32(data.size());
    out.writeRawData(type.constData(), 4);
    out.writeRawData(data.constData(), int(data.size()));
    out << crc32(type + data);
    return chunk;
}

// A well-formed PNG header claiming 100000 x 100000 grey pixels, with a token of image data.
QByteArray absurdPng()
{
    QByteArray header;
    QDataStream out(&header, QIODevice::WriteOnly);
    out << quint32(100000) << quint32(100000) << quint8(8) << quint8(0) << quint8(0) << quint8(0) << quint8(0);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", QByteArray(16, '\0'))
        + pngChunk("IEND", {});
}

QImage greyPicture(int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.scanLine(y)[x] = uchar((x * 7 + y * 3) % 256);
    }
    return image;
}

int maxDifference(const Image16 &a, const Image16 &b)
{
    int worst = 0;
    for (size_t i = 0; i < a.pixels.size(); ++i)
        worst = std::max(worst, std::abs(int(a.pixels[i]) - int(b.pixels[i])));
    return worst;
}

int maxDifference(const RgbImage8 &a, const RgbImage8 &b)
{
    int worst = 0;
    for (size_t i = 0; i < a.rgb.size(); ++i)
        worst = std::max(worst, std::abs(int(a.rgb[i]) - int(b.rgb[i])));
    return worst;
}

} // namespace

using BytesMaker = std::function<QByteArray()>;
Q_DECLARE_METATYPE(BytesMaker)
Q_DECLARE_METATYPE(pen::ErrorCode)

class TestRasterImageIO final : public QObject {
    Q_OBJECT
private slots:
    void greyRoundTrip_data();
    void greyRoundTrip();
    void eightBitGreyIsScaled_data();
    void eightBitGreyIsScaled();
    void eightBitGreyRendersAsItself();
    void colourRoundTrip_data();
    void colourRoundTrip();
    void jpegIsApproximate_data();
    void jpegIsApproximate();
    void unreadableFiles_data();
    void unreadableFiles();
    void absurdHeaderSize();
    void missingFile();
    void refusedWrites_data();
    void refusedWrites();

private:
    QTemporaryDir m_dir;
};

void TestRasterImageIO::greyRoundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("png") << "grey16.png";
    QTest::newRow("tif") << "grey16.tif";
    QTest::newRow("tiff") << "grey16.tiff";
}

void TestRasterImageIO::greyRoundTrip()
{
    QFETCH(QString, fileName);
    const ScanView view = singleEnergyView(37, 23);
    QVERIFY(std::any_of(view.channels[0].pixels.begin(), view.channels[0].pixels.end(),
                        [](quint16 v) { return v > 4095; }));
    const QString path = m_dir.filePath(fileName);
    const auto written = writeRasterView(view, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    const auto read = readRasterView(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->kind, ViewKind::SingleEnergy);
    QCOMPARE(read->width, 37);
    QCOMPARE(read->height, 23);
    QVERIFY(read->channels == view.channels);
    QVERIFY(!read->displayEncoded); // sixteen bits: a detector's transmissions
    QCOMPARE(readRasterSize(path).value(), QSize(37, 23));
}

void TestRasterImageIO::eightBitGreyIsScaled_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("png") << "grey8.png" << QByteArray("png");
    QTest::newRow("tiff") << "grey8.tif" << QByteArray("tiff");
}

void TestRasterImageIO::eightBitGreyIsScaled()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, format);
    const QImage image = greyPicture(19, 11);
    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeBytes(path, encoded(image, format.constData())));
    const auto read = readRasterView(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->kind, ViewKind::SingleEnergy);
    QVERIFY(read->displayEncoded); // eight bits: a picture as a console showed it
    for (int y = 0; y < 11; ++y) {
        for (int x = 0; x < 19; ++x)
            QCOMPARE(read->channels[0].at(x, y), quint16(image.constScanLine(y)[x] * 257));
    }
}

// A dataset's 8-bit grey picture is shown as it was: every grey level renders as itself (the
// console curve would make a grey of 20 a 50). The same levels as 16-bit transmissions do get
// the curve.
void TestRasterImageIO::eightBitGreyRendersAsItself()
{
    QImage ramp(256, 4, QImage::Format_Grayscale8);
    for (int y = 0; y < ramp.height(); ++y)
        for (int x = 0; x < 256; ++x)
            ramp.scanLine(y)[x] = uchar(x);
    const QString path = m_dir.filePath(QStringLiteral("ramp8.png"));
    QVERIFY(writeBytes(path, encoded(ramp, "png")));
    const auto read = readRasterView(path);
    QVERIFY(read);
    const auto shown = EnhancementPipeline::render(*read, nullptr, DisplaySettings{});
    QVERIFY(shown);
    for (int x = 0; x < 256; ++x)
        QVERIFY2(std::abs(qGray(shown->pixel(x, 2)) - x) <= 1,
                 qPrintable(QStringLiteral("%1 shown as %2").arg(x).arg(qGray(shown->pixel(x, 2)))));
    ScanView transmissions = *read;
    transmissions.displayEncoded = false;
    const auto curved = EnhancementPipeline::render(transmissions, nullptr, DisplaySettings{});
    QVERIFY(curved);
    QVERIFY(qGray(curved->pixel(20, 2)) > 40);
}

void TestRasterImageIO::colourRoundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("png") << "colour.png";
    QTest::newRow("tiff") << "colour.tiff";
}

void TestRasterImageIO::colourRoundTrip()
{
    QFETCH(QString, fileName);
    const ScanView view = test::colourScan(QStringLiteral("c"), 29, 17).views.first();
    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeRasterView(view, path));
    const auto read = readRasterView(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->kind, ViewKind::Colour);
    QVERIFY(read->channels.empty());
    QVERIFY(read->colour == view.colour);
}

void TestRasterImageIO::jpegIsApproximate_data()
{
    QTest::addColumn<ViewKind>("kind");
    QTest::newRow("grey") << ViewKind::SingleEnergy;
    QTest::newRow("colour") << ViewKind::Colour;
}

void TestRasterImageIO::jpegIsApproximate()
{
    QFETCH(ViewKind, kind);
    const ScanView view = smoothView(kind, 48, 40);
    const QString path = m_dir.filePath(QStringLiteral("smooth.jpg"));
    QVERIFY(writeRasterView(view, path));
    const auto read = readRasterView(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->kind, kind);
    QCOMPARE(read->width, 48);
    const int tolerance = 6; // grey levels of 8 bits
    if (kind == ViewKind::Colour)
        QVERIFY(maxDifference(read->colour, view.colour) <= tolerance);
    else
        QVERIFY(maxDifference(read->channels[0], view.channels[0]) <= tolerance * 257);
}

void TestRasterImageIO::unreadableFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<BytesMaker>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("reason");
    const QImage picture = greyPicture(64, 64);
    QTest::newRow("jpeg cut in half") << "half.jpg" << BytesMaker([=] { return firstHalf(encoded(picture, "jpeg")); })
                                      << ErrorCode::Format << "truncated JPEG";
    QTest::newRow("png cut in half") << "half.png" << BytesMaker([=] { return firstHalf(encoded(picture, "png")); })
                                     << ErrorCode::Format << "truncated PNG";
    QTest::newRow("empty file") << "empty.png" << BytesMaker([] { return QByteArray(); }) << ErrorCode::Format
                                << "empty file";
    QTest::newRow("text named png") << "text.png" << BytesMaker([] { return QByteArray("not an image\n"); })
                                    << ErrorCode::Format << "not a PNG, TIFF or JPEG image";
    QTest::newRow("bmp") << "image.bmp" << BytesMaker([=] { return encoded(picture, "bmp"); }) << ErrorCode::Unsupported
                         << "BMP images are not supported";
    QTest::newRow("absurd dimensions") << "huge.png" << BytesMaker(absurdPng) << ErrorCode::Unsupported
                                       << "100000 x 100000 pixels";
}

void TestRasterImageIO::unreadableFiles()
{
    QFETCH(QString, fileName);
    QFETCH(BytesMaker, bytes);
    QFETCH(ErrorCode, code);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeBytes(path, bytes()));
    const auto read = readRasterView(path);
    QVERIFY(!read);
    QCOMPARE(read.error().code, code);
    QVERIFY2(read.error().message.contains(fileName), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(reason), qPrintable(read.error().message));
}

void TestRasterImageIO::absurdHeaderSize()
{
    const QString path = m_dir.filePath(QStringLiteral("huge-header.png"));
    QVERIFY(writeBytes(path, absurdPng()));
    const auto size = readRasterSize(path);
    QVERIFY(!size);
    QVERIFY(size.error().message.contains(QStringLiteral("huge-header.png")));
}

void TestRasterImageIO::missingFile()
{
    const auto read = readRasterView(m_dir.filePath(QStringLiteral("absent.png")));
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::NotFound);
    QVERIFY(read.error().message.contains(QStringLiteral("absent.png")));
}

void TestRasterImageIO::refusedWrites_data()
{
    QTest::addColumn<ScanView>("view");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ErrorCode>("code");
    ScanView mismatched = singleEnergyView(8, 8);
    mismatched.width = 9;
    QTest::newRow("dual energy") << test::dualEnergyScan(QStringLiteral("d")).views.first() << "dual.png"
                                 << ErrorCode::Unsupported;
    QTest::newRow("unknown suffix") << singleEnergyView(8, 8) << "grey.bmp" << ErrorCode::Unsupported;
    QTest::newRow("buffer size mismatch") << mismatched << "mismatch.png" << ErrorCode::InvalidArgument;
}

void TestRasterImageIO::refusedWrites()
{
    QFETCH(ScanView, view);
    QFETCH(QString, fileName);
    QFETCH(ErrorCode, code);
    const QString path = m_dir.filePath(fileName);
    const auto written = writeRasterView(view, path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, code);
    QVERIFY(written.error().message.contains(fileName));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestRasterImageIO)
#include "tst_rasterimageio.moc"
