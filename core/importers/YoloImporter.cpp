// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/YoloImporter.h"

#include "importers/DatasetImageFile.h"
#include "importers/ImportProblems.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <optional>

namespace pen {
namespace {

const QString classNamesFileName = QStringLiteral("classes.txt");

QString findClassNamesFile(const ImportRequest &request)
{
    if (!request.classNamesFile.isEmpty())
        return request.classNamesFile;
    // Datasets keep classes.txt either beside the labels or one level up, beside images/ and labels/.
    const QDir labels(request.annotations);
    for (const QString &candidate :
         {labels.filePath(classNamesFileName), labels.filePath(QStringLiteral("../") + classNamesFileName)}) {
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return labels.filePath(classNamesFileName);
}

Expected<QStringList> readClassNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         QDir::toNativeSeparators(path) + QStringLiteral(": cannot read the class names: ")
                             + file.errorString());
    }
    QStringList names;
    QTextStream in(&file);
    while (!in.atEnd()) {
        if (const QString name = in.readLine().trimmed(); !name.isEmpty())
            names.append(name);
    }
    if (names.isEmpty())
        return makeError(ErrorCode::Format, QDir::toNativeSeparators(path) + QStringLiteral(": no class names"));
    return names;
}

/// Parses the label files of one import, reporting every problem with its line.
class YoloLabelParser {
public:
    YoloLabelParser(QStringList classNames, ImportProblems &problems)
        : m_classNames(std::move(classNames)), m_problems(problems)
    {
    }

    void parseFile(const QString &path, QSize imageSize, AnnotatedImage &image);

private:
    void parseLine(const QString &line, const QString &where, QSize imageSize, AnnotatedImage &image);
    std::optional<QList<double>> coordinates(const QStringList &fields, const QString &where);
    void problem(const QString &where, const QString &what) { m_problems.add(ErrorCode::Format, where, what); }

    QStringList m_classNames;
    ImportProblems &m_problems;
};

void YoloLabelParser::parseFile(const QString &path, QSize imageSize, AnnotatedImage &image)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_problems.add(ErrorCode::Io, path, file.errorString());
        return;
    }
    QTextStream in(&file);
    for (int lineNumber = 1; !in.atEnd(); ++lineNumber) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty())
            parseLine(line, QStringLiteral("%1:%2").arg(path).arg(lineNumber), imageSize, image);
    }
}

std::optional<QList<double>> YoloLabelParser::coordinates(const QStringList &fields, const QString &where)
{
    QList<double> values;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        bool ok = false;
        const double value = fields[i].toDouble(&ok);
        if (!ok || value < 0 || value > 1) {
            problem(where,
                    QStringLiteral("\"%1\" is not a normalised coordinate between 0 and 1").arg(fields[i].left(20)));
            return std::nullopt;
        }
        values.append(value);
    }
    return values;
}

void YoloLabelParser::parseLine(const QString &line, const QString &where, QSize imageSize, AnnotatedImage &image)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList fields = line.split(space);
    const bool isBox = fields.size() == 5;
    const bool isPolygon = fields.size() >= 7 && fields.size() % 2 == 1;
    if (!isBox && !isPolygon) {
        problem(where,
                QStringLiteral("expected 5 fields \"class cx cy w h\" (or a polygon), found %1").arg(fields.size()));
        return;
    }
    bool ok = false;
    const int classIndex = fields[0].toInt(&ok);
    if (!ok || classIndex < 0 || classIndex >= m_classNames.size()) {
        problem(where,
                QStringLiteral("class \"%1\" is not an index of the %2 class names")
                    .arg(fields[0])
                    .arg(m_classNames.size()));
        return;
    }
    const auto values = coordinates(fields, where);
    if (!values)
        return;
    const double w = imageSize.width(), h = imageSize.height();
    AnnotatedObject object;
    object.className = m_classNames[classIndex];
    object.location = where;
    if (isBox) {
        const auto &v = *values;
        object.region.box = QRectF((v[0] - v[2] / 2) * w, (v[1] - v[3] / 2) * h, v[2] * w, v[3] * h);
    } else {
        for (qsizetype i = 0; i + 1 < values->size(); i += 2)
            object.region.polygon.append(QPointF(values->at(i) * w, values->at(i + 1) * h));
    }
    image.objects.append(object);
}

void reportLabelsWithoutImage(const QDir &labels, const QSet<QString> &used, ImportProblems &problems)
{
    for (const QString &name : labels.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        if (name != classNamesFileName && !used.contains(name))
            problems.add(ErrorCode::NotFound, labels.filePath(name),
                         QStringLiteral("no image of that name in the images folder"));
    }
}

} // namespace

ImporterCapabilities YoloImporter::capabilities() const
{
    ImporterCapabilities capabilities;
    capabilities.polygons = true;
    capabilities.needsClassNames = true;
    capabilities.importsUnannotatedImages = true;
    return capabilities;
}

Expected<AnnotationRead> YoloImporter::readAnnotations(const ImportRequest &request) const
{
    const QDir labels(request.annotations), images(request.imagesFolder);
    if (request.annotations.isEmpty() || !labels.exists())
        return makeError(ErrorCode::NotFound,
                         QDir::toNativeSeparators(request.annotations) + QStringLiteral(": no such labels folder"));
    if (request.imagesFolder.isEmpty() || !images.exists())
        return makeError(ErrorCode::NotFound,
                         QDir::toNativeSeparators(request.imagesFolder) + QStringLiteral(": no such images folder"));
    const auto classNames = readClassNames(findClassNamesFile(request));
    if (!classNames)
        return classNames.error();
    AnnotationRead read;
    ImportProblems &problems = read.problems;
    YoloLabelParser parser(*classNames, problems);
    QSet<QString> usedLabels;
    for (const QString &name : images.entryList(DatasetImageFile::patterns(), QDir::Files, QDir::Name)) {
        AnnotatedImage image;
        image.imagePath = images.filePath(name);
        const QString labelName = QFileInfo(name).completeBaseName() + QStringLiteral(".txt");
        image.annotationFile = labels.filePath(labelName);
        if (labels.exists(labelName)) {
            usedLabels.insert(labelName);
            // Normalised coordinates need the image's size; its header is enough.
            const auto size = DatasetImageFile::readSize(image.imagePath);
            const int before = problems.count();
            if (size) {
                image.declaredSize = *size;
                parser.parseFile(image.annotationFile, *size, image);
            } else {
                problems.add(size.error());
            }
            if (problems.count() > before) { // a label file with a bad line would lose a threat
                read.badImages.append(image.imagePath);
                continue;
            }
        }
        read.images.append(image);
    }
    reportLabelsWithoutImage(labels, usedLabels, problems);
    return read;
}

} // namespace pen
