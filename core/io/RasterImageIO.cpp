// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/RasterImageIO.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

#include <cstring>
#include <mutex>

namespace pen {
namespace {

// 2^28 pixels at four bytes a pixel (Qt decodes colour TIFF and grey-with-alpha PNG as ARGB32).
constexpr int AllocationLimitMb = 1024;
constexpr int JpegQuality = 95;

Error fileError(ErrorCode code, const QString &path, const QString &reason)
{
    return makeError(code, QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason);
}

void raiseAllocationLimitOnce()
{
    // Qt 6.4's default (128 MiB) refuses a 16-bit 8192 x 8192 scan, which a container scanner
    // produces; our own MaxRasterPixels check is what guards against absurd headers.
    static std::once_flag once;
    std::call_once(once, [] {
        if (QImageReader::allocationLimit() < AllocationLimitMb)
            QImageReader::setAllocationLimit(AllocationLimitMb);
    });
}

Expected<QByteArray> supportedFormat(QImageReader &reader, const QString &path)
{
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return fileError(ErrorCode::Format, path, QStringLiteral("not a PNG, TIFF or JPEG image"));
    if (format != "png" && format != "jpeg" && format != "tiff") {
        return fileError(ErrorCode::Unsupported, path,
                         QStringLiteral("%1 images are not supported (only PNG, TIFF and JPEG)")
                             .arg(QString::fromLatin1(format).toUpper()));
    }
    return format;
}

Expected<QSize> checkedSize(QImageReader &reader, const QString &path)
{
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return fileError(ErrorCode::Format, path, QStringLiteral("unreadable image header: ") + reader.errorString());
    if (qint64(size.width()) * qint64(size.height()) > MaxRasterPixels) {
        return fileError(ErrorCode::Unsupported, path,
                         QStringLiteral("%1 x %2 pixels is more than the %3 pixels an image may have")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(MaxRasterPixels));
    }
    return size;
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// Walks the chunks: a file cut anywhere before the IEND chunk is found out without decoding.
bool pngIsComplete(const QByteArray &bytes)
{
    qsizetype pos = 8; // the signature
    while (pos + 12 <= bytes.size()) {
        const qint64 length = bigEndian32(bytes, pos);
        if (std::memcmp(bytes.constData() + pos + 4, "IEND", 4) == 0)
            return true;
        pos += 12 + length;
    }
    return false;
}

// The end-of-image marker must follow the first scan (SOS) of the main image; markers before it
// may belong to an embedded EXIF thumbnail, which has its own EOI.
bool jpegIsComplete(const QByteArray &bytes)
{
    qsizetype pos = 2; // SOI
    while (pos + 4 <= bytes.size() && uchar(bytes[pos]) == 0xFF) {
        const uchar marker = uchar(bytes[pos + 1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xDA)
            return bytes.lastIndexOf(QByteArrayView("\xFF\xD9", 2)) > pos;
        const int length = (uchar(bytes[pos + 2]) << 8) | uchar(bytes[pos + 3]);
        pos += 2 + length;
    }
    return false;
}

Expected<void> checkComplete(const QByteArray &bytes, const QByteArray &format, const QString &path)
{
    const bool complete = format == "png" ? pngIsComplete(bytes) : format == "jpeg" ? jpegIsComplete(bytes) : true;
    if (!complete) {
        return fileError(
            ErrorCode::Format, path,
            QStringLiteral("truncated %1 file (no end marker)").arg(QString::fromLatin1(format).toUpper()));
    }
    return {};
}

Expected<QByteArray> readFileBytes(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fileError(ErrorCode::NotFound, path, QStringLiteral("no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(ErrorCode::Io, path, file.errorString());
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fileError(ErrorCode::Io, path, file.errorString());
    if (bytes.isEmpty())
        return fileError(ErrorCode::Format, path, QStringLiteral("empty file"));
    return bytes;
}

ScanView singleEnergyView(const QImage &grey)
{
    ScanView view;
    view.kind = ViewKind::SingleEnergy;
    view.width = grey.width();
    view.height = grey.height();
    Image16 channel(grey.width(), grey.height());
    const bool wide = grey.format() == QImage::Format_Grayscale16;
    // Eight bits are a picture as a console showed it; sixteen, a detector's transmissions.
    view.displayEncoded = !wide;
    for (int y = 0; y < grey.height(); ++y) {
        quint16 *out = &channel.at(0, y);
        if (wide) {
            std::memcpy(out, grey.constScanLine(y), size_t(grey.width()) * sizeof(quint16));
        } else {
            const uchar *in = grey.constScanLine(y);
            for (int x = 0; x < grey.width(); ++x)
                out[x] = quint16(in[x] * 257);
        }
    }
    view.channels.push_back(std::move(channel));
    return view;
}

ScanView colourView(const QImage &rgb)
{
    ScanView view;
    view.kind = ViewKind::Colour;
    view.width = rgb.width();
    view.height = rgb.height();
    view.colour = RgbImage8(rgb.width(), rgb.height());
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(view.colour.pixel(0, y), rgb.constScanLine(y), size_t(rgb.width()) * 3);
    return view;
}

ScanView viewFromImage(const QImage &image)
{
    // The file's declared colour type decides the kind: an RGB file of grey pixels is still the
    // vendor's colour rendering, not a single-energy measurement.
    if (image.format() == QImage::Format_Grayscale16 || image.format() == QImage::Format_Grayscale8)
        return singleEnergyView(image);
    if (image.isGrayscale())
        return singleEnergyView(image.convertToFormat(QImage::Format_Grayscale8));
    return colourView(image.convertToFormat(QImage::Format_RGB888));
}

Expected<QImage> decode(const QByteArray &bytes, const QString &path)
{
    raiseAllocationLimitOnce();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const auto format = supportedFormat(reader, path);
    if (!format)
        return format.error();
    if (const auto complete = checkComplete(bytes, *format, path); !complete)
        return complete.error();
    if (const auto size = checkedSize(reader, path); !size)
        return size.error();
    QImage image = reader.read();
    if (image.isNull())
        return fileError(ErrorCode::Format, path, QStringLiteral("cannot decode: ") + reader.errorString());
    return image;
}

} // namespace

Expected<ScanView> readRasterView(const QString &path)
{
    const auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    const auto image = decode(*bytes, path);
    if (!image)
        return image.error();
    return viewFromImage(*image);
}

Expected<QSize> readRasterSize(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fileError(ErrorCode::NotFound, path, QStringLiteral("no such file"));
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (const auto format = supportedFormat(reader, path); !format)
        return format.error();
    return checkedSize(reader, path);
}

namespace {

Expected<QByteArray> formatForSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return QByteArray("png");
    if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff"))
        return QByteArray("tiff");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QByteArray("jpeg");
    return fileError(ErrorCode::Unsupported, path,
                     QStringLiteral("unknown image suffix \"%1\" (use .png, .tif, .tiff, .jpg or .jpeg)").arg(suffix));
}

Expected<void> checkBuffers(const ScanView &view, const QString &path)
{
    const bool sized = view.width > 0 && view.height > 0;
    const size_t pixels = size_t(std::max(view.width, 0)) * size_t(std::max(view.height, 0));
    bool ok = sized;
    if (view.kind == ViewKind::Colour) {
        ok = ok && view.colour.width == view.width && view.colour.height == view.height
            && view.colour.rgb.size() == pixels * 3;
    } else {
        ok = ok && view.channels.size() == 1 && view.channels[0].width == view.width
            && view.channels[0].height == view.height && view.channels[0].pixels.size() == pixels;
    }
    if (!ok) {
        return fileError(
            ErrorCode::InvalidArgument, path,
            QStringLiteral("the view's pixel buffers do not match its %1 x %2 size").arg(view.width).arg(view.height));
    }
    return {};
}

QImage greyImage(const Image16 &channel, bool eightBit)
{
    QImage image(channel.width, channel.height, eightBit ? QImage::Format_Grayscale8 : QImage::Format_Grayscale16);
    for (int y = 0; y < channel.height; ++y) {
        const quint16 *in = channel.pixels.data() + size_t(y) * size_t(channel.width);
        if (!eightBit) {
            std::memcpy(image.scanLine(y), in, size_t(channel.width) * sizeof(quint16));
            continue;
        }
        uchar *out = image.scanLine(y);
        for (int x = 0; x < channel.width; ++x)
            out[x] = uchar((in[x] + 128) / 257);
    }
    return image;
}

QImage rgbImage(const RgbImage8 &colour)
{
    QImage image(colour.width, colour.height, QImage::Format_RGB888);
    for (int y = 0; y < colour.height; ++y)
        std::memcpy(image.scanLine(y), colour.pixel(0, y), size_t(colour.width) * 3);
    return image;
}

Expected<QImage> imageFromView(const ScanView &view, const QByteArray &format, const QString &path)
{
    if (view.kind == ViewKind::DualEnergy) {
        return fileError(ErrorCode::Unsupported, path,
                         QStringLiteral("a dual-energy view has two channels, which PNG, TIFF and JPEG cannot "
                                        "hold: store it as DICOM"));
    }
    if (const auto checked = checkBuffers(view, path); !checked)
        return checked.error();
    if (view.kind == ViewKind::Colour)
        return rgbImage(view.colour);
    return greyImage(view.channels[0], format == "jpeg");
}

} // namespace

Expected<void> writeRasterView(const ScanView &view, const QString &path)
{
    const auto format = formatForSuffix(path);
    if (!format)
        return format.error();
    const auto image = imageFromView(view, *format, path);
    if (!image)
        return image.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(ErrorCode::Io, path, file.errorString());
    QImageWriter writer(&file, *format);
    if (*format == "tiff")
        writer.setCompression(1); // LZW: lossless, and 16-bit scans compress well
    if (*format == "jpeg")
        writer.setQuality(JpegQuality);
    if (!writer.write(*image))
        return fileError(ErrorCode::Io, path, QStringLiteral("cannot encode: ") + writer.errorString());
    if (!file.commit())
        return fileError(ErrorCode::Io, path, file.errorString());
    return {};
}

} // namespace pen
