// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/ImageLabelsImporter.h"

#include "importers/DatasetImageFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace pen {
namespace {

qsizetype columnOf(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names) {
        if (const qsizetype index = header.indexOf(name); index >= 0)
            return index;
    }
    return -1;
}

QStringList splitRow(const QString &line)
{
    QStringList fields = line.split(QLatin1Char(','));
    for (QString &field : fields)
        field = field.trimmed();
    return fields;
}

/// Parses the rows of one labels file, reporting every problem with its line.
class LabelsParser {
public:
    LabelsParser(QString path, QStringList header, QString imagesFolder, AnnotationRead &read);

    bool hasImageColumn() const { return m_imageColumn >= 0; }
    void parseRow(const QString &line, int lineNumber);

private:
    QString imagePath(const QString &name) const;
    bool readOneHot(const QStringList &fields, const QString &where, AnnotatedImage &image);
    void problem(const QString &where, const QString &what) { m_read.problems.add(ErrorCode::Format, where, what); }

    QString m_path;
    QStringList m_header; ///< as written, for class names
    QString m_imagesFolder;
    AnnotationRead &m_read;
    qsizetype m_imageColumn = -1;
    qsizetype m_labelColumn = -1;
    QSet<QString> m_seen;
};

LabelsParser::LabelsParser(QString path, QStringList header, QString imagesFolder, AnnotationRead &read)
    : m_path(std::move(path)), m_header(std::move(header)), m_imagesFolder(std::move(imagesFolder)), m_read(read)
{
    QStringList lower;
    for (const QString &name : m_header)
        lower.append(name.toLower());
    m_imageColumn = columnOf(lower,
                             {QStringLiteral("file"), QStringLiteral("filename"), QStringLiteral("file_name"),
                              QStringLiteral("image"), QStringLiteral("name")});
    m_labelColumn = columnOf(lower,
                             {QStringLiteral("labels"), QStringLiteral("label"), QStringLiteral("classes"),
                              QStringLiteral("class"), QStringLiteral("categories")});
}

QString LabelsParser::imagePath(const QString &name) const
{
    const QDir folder(m_imagesFolder);
    if (!QFileInfo(name).suffix().isEmpty())
        return folder.filePath(name);
    for (const QString &pattern : DatasetImageFile::patterns()) {
        const QString candidate = folder.filePath(name + pattern.mid(1));
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return folder.filePath(name);
}

bool LabelsParser::readOneHot(const QStringList &fields, const QString &where, AnnotatedImage &image)
{
    for (qsizetype c = 0; c < fields.size(); ++c) {
        if (c == m_imageColumn)
            continue;
        const QString &value = fields[c];
        if (value == u"1") {
            image.objects.append({m_header[c], {}, where});
        } else if (!value.isEmpty() && value != u"0" && value != u"-1") {
            problem(where,
                    QStringLiteral("column \"%1\" must be 1, 0 or -1, not \"%2\"").arg(m_header[c], value.left(20)));
            return false;
        }
    }
    return true;
}

void LabelsParser::parseRow(const QString &line, int lineNumber)
{
    const QString where = QStringLiteral("%1:%2").arg(m_path).arg(lineNumber);
    const QStringList fields = splitRow(line);
    const QString name = fields.value(m_imageColumn);
    bool ok = true;
    if (fields.size() != m_header.size()) {
        problem(where,
                QStringLiteral("expected %1 fields as the first line names, found %2")
                    .arg(m_header.size())
                    .arg(fields.size()));
        ok = false;
    } else if (name.isEmpty()) {
        problem(where, QStringLiteral("the image name is empty"));
        ok = false;
    } else if (m_seen.contains(name)) {
        problem(where, QStringLiteral("image \"%1\" is listed twice").arg(name));
        ok = false;
    }
    AnnotatedImage image;
    image.annotationFile = where;
    image.truthLevel = TruthLevel::ImageLevel;
    if (ok && m_labelColumn >= 0) {
        static const QRegularExpression separators(QStringLiteral("[;|]"));
        for (const QString &label : fields[m_labelColumn].split(separators, Qt::SkipEmptyParts))
            image.objects.append({label.trimmed(), {}, where});
    } else if (ok) {
        ok = readOneHot(fields, where, image);
    }
    if (!ok) {
        m_read.badImages.append(name.isEmpty() ? where : imagePath(name));
        return;
    }
    m_seen.insert(name);
    image.imagePath = imagePath(name);
    m_read.images.append(image);
}

} // namespace

ImporterCapabilities ImageLabelsImporter::capabilities() const
{
    ImporterCapabilities capabilities;
    capabilities.annotationsAreOneFile = true;
    return capabilities;
}

Expected<AnnotationRead> ImageLabelsImporter::readAnnotations(const ImportRequest &request) const
{
    const QString where = QDir::toNativeSeparators(request.annotations);
    QFile file(request.annotations);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         where + QStringLiteral(": cannot read the labels: ") + file.errorString());
    QTextStream in(&file);
    const QStringList header = splitRow(in.readLine());
    const QString imagesFolder
        = request.imagesFolder.isEmpty() ? QFileInfo(request.annotations).path() : request.imagesFolder;
    AnnotationRead read;
    LabelsParser parser(request.annotations, header, imagesFolder, read);
    if (!parser.hasImageColumn())
        return makeError(ErrorCode::Format,
                         where
                             + QStringLiteral(":1: the first line must name the image column "
                                              "(file, filename, image or name)"));
    for (int lineNumber = 2; !in.atEnd(); ++lineNumber) {
        if (const QString line = in.readLine(); !line.trimmed().isEmpty())
            parser.parseRow(line, lineNumber);
    }
    return read;
}

} // namespace pen
