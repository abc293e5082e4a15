// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/CocoImporter.h"

#include "importers/ImportProblems.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <optional>

namespace pen {
namespace {

/// Parses one COCO file, reporting every problem with its JSON path ("annotations[3].bbox").
class CocoParser {
public:
    CocoParser(QString path, ImportProblems &problems) : m_path(std::move(path)), m_problems(problems) {}

    QList<AnnotatedImage> parse(const QJsonObject &root, const QString &imagesFolder);
    QStringList badImages() const;

private:
    void problem(const QString &field, const QString &what)
    {
        m_problems.add(ErrorCode::Format, m_path + QStringLiteral(": ") + field, what);
    }
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &field);
    std::optional<qint64> id(const QJsonObject &object, const QString &key, const QString &field);
    void readImages(const QJsonArray &images, const QString &imagesFolder);
    void readCategories(const QJsonArray &categories);
    void readAnnotation(const QJsonObject &annotation, const QString &field);
    std::optional<QRectF> box(const QJsonValue &value, const QString &field);
    QList<QPointF> polygon(const QJsonValue &segmentation, const QString &field);

    QString m_path;
    ImportProblems &m_problems;
    QList<AnnotatedImage> m_images;
    QHash<qint64, qsizetype> m_imageIndex; ///< COCO image id -> index in m_images
    QHash<qint64, QString> m_categoryNames;
    QSet<qsizetype> m_badImages; ///< indices in m_images of images with a broken annotation
    QStringList m_brokenImages;  ///< fields of images[] entries too broken to read
};

QString item(const QString &array, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(array).arg(index);
}

QJsonArray CocoParser::array(const QJsonObject &object, const QString &key, const QString &field)
{
    if (!object.value(key).isArray())
        problem(field, QStringLiteral("must be an array"));
    return object.value(key).toArray();
}

std::optional<qint64> CocoParser::id(const QJsonObject &object, const QString &key, const QString &field)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != std::floor(number)) {
        problem(field + QLatin1Char('.') + key, QStringLiteral("must be a whole number of 0 or more"));
        return std::nullopt;
    }
    return qint64(number);
}

void CocoParser::readImages(const QJsonArray &images, const QString &imagesFolder)
{
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString field = item(QStringLiteral("images"), i);
        const QJsonObject json = images[i].toObject();
        const auto imageId = id(json, QStringLiteral("id"), field);
        const auto width = id(json, QStringLiteral("width"), field);
        const auto height = id(json, QStringLiteral("height"), field);
        const QString fileName = json.value(QStringLiteral("file_name")).toString();
        if (fileName.isEmpty())
            problem(field + QStringLiteral(".file_name"), QStringLiteral("must be a non-empty string"));
        if (imageId && m_imageIndex.contains(*imageId))
            problem(field + QStringLiteral(".id"), QStringLiteral("%1 is used twice").arg(*imageId));
        if (!imageId || !width || !height || fileName.isEmpty() || m_imageIndex.contains(*imageId)) {
            m_brokenImages.append(m_path + QStringLiteral(": ") + field);
            continue;
        }
        AnnotatedImage image;
        image.imagePath = QDir(imagesFolder).filePath(fileName);
        image.annotationFile = m_path;
        image.declaredSize = QSize(int(*width), int(*height));
        m_imageIndex.insert(*imageId, m_images.size());
        m_images.append(image);
    }
}

void CocoParser::readCategories(const QJsonArray &categories)
{
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString field = item(QStringLiteral("categories"), i);
        const QJsonObject json = categories[i].toObject();
        const auto categoryId = id(json, QStringLiteral("id"), field);
        const QString name = json.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            problem(field + QStringLiteral(".name"), QStringLiteral("must be a non-empty string"));
        if (categoryId && !name.isEmpty())
            m_categoryNames.insert(*categoryId, name);
    }
}

std::optional<QRectF> CocoParser::box(const QJsonValue &value, const QString &field)
{
    const QJsonArray numbers = value.toArray();
    const bool allNumbers
        = std::all_of(numbers.begin(), numbers.end(), [](const QJsonValue &v) { return v.isDouble(); });
    if (!value.isArray() || numbers.size() != 4 || !allNumbers) {
        problem(field, QStringLiteral("must be an array of four numbers [x, y, width, height]"));
        return std::nullopt;
    }
    return QRectF(numbers[0].toDouble(), numbers[1].toDouble(), numbers[2].toDouble(), numbers[3].toDouble());
}

QList<QPointF> CocoParser::polygon(const QJsonValue &segmentation, const QString &field)
{
    // Several polygons (an occluded object) or an RLE mask cannot be one outline: use the bbox.
    const QJsonArray polygons = segmentation.toArray();
    if (!segmentation.isArray() || polygons.size() != 1 || !polygons[0].isArray())
        return {};
    const QJsonArray coordinates = polygons[0].toArray();
    QList<QPointF> points;
    for (qsizetype i = 0; i + 1 < coordinates.size(); i += 2)
        points.append(QPointF(coordinates[i].toDouble(), coordinates[i + 1].toDouble()));
    const bool allNumbers
        = std::all_of(coordinates.begin(), coordinates.end(), [](const QJsonValue &v) { return v.isDouble(); });
    if (!allNumbers || coordinates.size() % 2 != 0 || points.size() < 3) {
        problem(field, QStringLiteral("a polygon must be an array of x, y numbers with three points or more"));
        return {};
    }
    return points;
}

void CocoParser::readAnnotation(const QJsonObject &annotation, const QString &field)
{
    const auto imageId = id(annotation, QStringLiteral("image_id"), field);
    const auto categoryId = id(annotation, QStringLiteral("category_id"), field);
    const auto bbox = box(annotation.value(QStringLiteral("bbox")), field + QStringLiteral(".bbox"));
    const QList<QPointF> outline
        = polygon(annotation.value(QStringLiteral("segmentation")), field + QStringLiteral(".segmentation"));
    if (imageId && !m_imageIndex.contains(*imageId))
        problem(field + QStringLiteral(".image_id"), QStringLiteral("no image has id %1").arg(*imageId));
    if (categoryId && !m_categoryNames.contains(*categoryId))
        problem(field + QStringLiteral(".category_id"), QStringLiteral("no category has id %1").arg(*categoryId));
    if (!imageId || !categoryId || !bbox || !m_imageIndex.contains(*imageId)
        || !m_categoryNames.contains(*categoryId)) {
        // Imported without this object, the image would pass for cleaner than it is.
        if (imageId && m_imageIndex.contains(*imageId))
            m_badImages.insert(m_imageIndex.value(*imageId));
        return;
    }
    AnnotatedObject object;
    object.className = m_categoryNames.value(*categoryId);
    object.region.box = *bbox;
    object.region.polygon = outline;
    object.location = m_path + QStringLiteral(": ") + field;
    m_images[m_imageIndex.value(*imageId)].objects.append(object);
}

QStringList CocoParser::badImages() const
{
    QStringList paths = m_brokenImages;
    for (const qsizetype index : m_badImages)
        paths.append(m_images[index].imagePath);
    return paths;
}

QList<AnnotatedImage> CocoParser::parse(const QJsonObject &root, const QString &imagesFolder)
{
    readImages(array(root, QStringLiteral("images"), QStringLiteral("images")), imagesFolder);
    readCategories(array(root, QStringLiteral("categories"), QStringLiteral("categories")));
    const QJsonArray annotations = array(root, QStringLiteral("annotations"), QStringLiteral("annotations"));
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QString field = item(QStringLiteral("annotations"), i);
        if (!annotations[i].isObject())
            problem(field, QStringLiteral("must be an object"));
        else
            readAnnotation(annotations[i].toObject(), field);
    }
    QList<AnnotatedImage> sound;
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        if (!m_badImages.contains(i))
            sound.append(m_images[i]);
    }
    return sound;
}

Expected<QJsonObject> readRoot(const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, where + QStringLiteral(": no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, where + QStringLiteral(": ") + file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::Format,
                         QStringLiteral("%1: not valid JSON at byte %2: %3")
                             .arg(where)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return makeError(ErrorCode::Format, where + QStringLiteral(": the top level must be an object"));
    return document.object();
}

} // namespace

ImporterCapabilities CocoImporter::capabilities() const
{
    ImporterCapabilities capabilities;
    capabilities.annotationsAreOneFile = true;
    capabilities.polygons = true;
    capabilities.importsUnannotatedImages = true;
    return capabilities;
}

Expected<AnnotationRead> CocoImporter::readAnnotations(const ImportRequest &request) const
{
    const auto root = readRoot(request.annotations);
    if (!root)
        return root.error();
    AnnotationRead read;
    CocoParser parser(request.annotations, read.problems);
    read.images = parser.parse(*root, request.imagesFolder);
    read.badImages = parser.badImages();
    return read;
}

} // namespace pen
