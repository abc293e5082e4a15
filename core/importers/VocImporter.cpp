// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/VocImporter.h"

#include "importers/ImportProblems.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <optional>

namespace pen {
namespace {

/// Parses one VOC annotation file, reporting every problem with its line.
class VocFileParser {
public:
    VocFileParser(QString path, ImportProblems &problems) : m_path(std::move(path)), m_problems(problems) {}

    std::optional<AnnotatedImage> parse(QIODevice &device, const QString &imagesFolder);

private:
    QString here() const { return QStringLiteral("%1:%2").arg(m_path).arg(m_xml.lineNumber()); }
    void problem(const QString &where, const QString &what) { m_problems.add(ErrorCode::Format, where, what); }
    std::optional<double> number(const QString &where);
    void readSize(AnnotatedImage &image);
    void readObject(AnnotatedImage &image);
    std::optional<QRectF> readBox(const QString &where);

    QString m_path;
    ImportProblems &m_problems;
    QXmlStreamReader m_xml;
    int m_problemsBefore = 0;
};

std::optional<double> VocFileParser::number(const QString &where)
{
    const QString element = m_xml.name().toString();
    const QString text = m_xml.readElementText().trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) {
        problem(where, QStringLiteral("<%1> must be a number, not \"%2\"").arg(element, text.left(40)));
        return std::nullopt;
    }
    return value;
}

void VocFileParser::readSize(AnnotatedImage &image)
{
    const QString where = here();
    std::optional<double> width, height;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("width"))
            width = number(here());
        else if (m_xml.name() == QLatin1String("height"))
            height = number(here());
        else
            m_xml.skipCurrentElement();
    }
    if (m_xml.hasError()) // reported once, by parse()
        return;
    if (!width || !height || *width < 1 || *height < 1 || *width != int(*width) || *height != int(*height)) {
        problem(where, QStringLiteral("<size> needs a positive whole <width> and <height>"));
        return;
    }
    image.declaredSize = QSize(int(*width), int(*height));
}

std::optional<QRectF> VocFileParser::readBox(const QString &where)
{
    std::optional<double> xmin, ymin, xmax, ymax;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (name == QLatin1String("xmin"))
            xmin = number(here());
        else if (name == QLatin1String("ymin"))
            ymin = number(here());
        else if (name == QLatin1String("xmax"))
            xmax = number(here());
        else if (name == QLatin1String("ymax"))
            ymax = number(here());
        else
            m_xml.skipCurrentElement();
    }
    if (m_xml.hasError())
        return std::nullopt;
    if (!xmin || !ymin || !xmax || !ymax) {
        problem(where, QStringLiteral("<bndbox> needs <xmin>, <ymin>, <xmax> and <ymax>"));
        return std::nullopt;
    }
    return QRectF(*xmin, *ymin, *xmax - *xmin, *ymax - *ymin);
}

void VocFileParser::readObject(AnnotatedImage &image)
{
    AnnotatedObject object;
    object.location = here();
    std::optional<QRectF> box;
    bool hasBox = false;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("name")) {
            object.className = m_xml.readElementText().trimmed();
        } else if (m_xml.name() == QLatin1String("bndbox")) {
            hasBox = true;
            box = readBox(here());
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return;
    if (object.className.isEmpty())
        problem(object.location, QStringLiteral("<object> has no <name>"));
    if (!hasBox)
        problem(object.location, QStringLiteral("<object> has no <bndbox>"));
    if (object.className.isEmpty() || !box)
        return;
    object.region.box = *box;
    image.objects.append(object);
}

std::optional<AnnotatedImage> VocFileParser::parse(QIODevice &device, const QString &imagesFolder)
{
    m_problemsBefore = m_problems.count();
    m_xml.setDevice(&device);
    AnnotatedImage image;
    image.annotationFile = m_path;
    QString fileName;
    if (!m_xml.readNextStartElement() || m_xml.name() != QLatin1String("annotation")) {
        if (!m_xml.hasError())
            problem(here(), QStringLiteral("the root element must be <annotation>"));
    }
    while (!m_xml.hasError() && m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("filename"))
            fileName = m_xml.readElementText().trimmed();
        else if (m_xml.name() == QLatin1String("size"))
            readSize(image);
        else if (m_xml.name() == QLatin1String("object"))
            readObject(image);
        else
            m_xml.skipCurrentElement();
    }
    if (m_xml.hasError())
        problem(QStringLiteral("%1:%2:%3").arg(m_path).arg(m_xml.lineNumber()).arg(m_xml.columnNumber()),
                QStringLiteral("malformed XML: ") + m_xml.errorString());
    else if (fileName.isEmpty())
        problem(m_path, QStringLiteral("<filename> is missing"));
    if (m_problems.count() > m_problemsBefore)
        return std::nullopt;
    image.imagePath = QDir(imagesFolder).filePath(fileName);
    return image;
}

} // namespace

ImporterCapabilities VocImporter::capabilities() const
{
    return {};
}

Expected<AnnotationRead> VocImporter::readAnnotations(const ImportRequest &request) const
{
    const QDir folder(request.annotations);
    if (request.annotations.isEmpty() || !folder.exists()) {
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("%1: no such annotations folder").arg(QDir::toNativeSeparators(request.annotations)));
    }
    AnnotationRead read;
    for (const QString &name : folder.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
        const QString path = folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            read.problems.add(ErrorCode::Io, path, file.errorString());
            read.badImages.append(path);
            continue;
        }
        if (auto image = VocFileParser(path, read.problems).parse(file, request.imagesFolder))
            read.images.append(std::move(*image));
        else
            read.badImages.append(path);
    }
    return read;
}

} // namespace pen
