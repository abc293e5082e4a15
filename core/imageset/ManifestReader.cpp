// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ManifestReader.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace pen {
namespace {

// Limits that no real scan reaches; beyond them a manifest is corrupt or hostile.
constexpr int MaxSide = 100000;
constexpr qint64 MaxPixelsPerView = qint64(1) << 28;
constexpr int MaxViews = 8;
constexpr int MaxProblems = 200;

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString field(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    return pattern.match(id).hasMatch();
}

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.size() > 512 || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(),
                        [](const QString &part) { return part.isEmpty() || part == u"." || part == u".."; });
}

} // namespace

void ManifestReader::problem(const QString &path, const QString &what)
{
    if (m_problems.size() < MaxProblems)
        m_problems.append(path + QStringLiteral(": ") + what);
    else if (m_problems.size() == MaxProblems)
        m_problems.append(QStringLiteral("(further problems not listed)"));
}

QString ManifestReader::string(const QJsonObject &json, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined()) {
        if (required)
            problem(field(path, key), QStringLiteral("is missing"));
        return {};
    }
    if (!value.isString()) {
        problem(field(path, key), QStringLiteral("must be a string"));
        return {};
    }
    if (value.toString().size() > 10000) {
        problem(field(path, key), QStringLiteral("is longer than 10000 characters"));
        return {};
    }
    return value.toString();
}

std::optional<int> ManifestReader::integer(const QJsonObject &json, const QString &key, const QString &path,
                                           int minimum, int maximum)
{
    const QJsonValue value = json.value(key);
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || d != std::floor(d) || d < minimum || d > maximum) {
        problem(field(path, key), QStringLiteral("must be an integer from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return int(d);
}

std::optional<double> ManifestReader::number(const QJsonObject &json, const QString &key, const QString &path,
                                             double minimum, double maximum)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || d < minimum || d > maximum) {
        problem(field(path, key), QStringLiteral("must be a number from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return d;
}

QJsonArray ManifestReader::array(const QJsonObject &json, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined()) {
        if (required)
            problem(field(path, key), QStringLiteral("is missing"));
        return {};
    }
    if (!value.isArray())
        problem(field(path, key), QStringLiteral("must be an array"));
    return value.toArray();
}

QJsonObject ManifestReader::object(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        problem(path, QStringLiteral("must be an object"));
    return value.toObject();
}

ImageSet ManifestReader::read(const QJsonObject &root)
{
    ImageSet set;
    readHeader(root, set);
    QSet<QString> ids;
    const QJsonArray scans = array(root, QStringLiteral("scans"), {}, true);
    for (qsizetype i = 0; i < scans.size(); ++i) {
        const QString path = indexed(QStringLiteral("scans"), i);
        ImageSetEntry entry = readEntry(object(scans[i], path), path, set);
        if (!entry.scan.id.isEmpty() && ids.contains(entry.scan.id))
            problem(field(path, QStringLiteral("id")), QStringLiteral("\"%1\" is used twice").arg(entry.scan.id));
        ids.insert(entry.scan.id);
        set.entries.append(std::move(entry));
    }
    return set;
}

void ManifestReader::readHeader(const QJsonObject &root, ImageSet &set)
{
    if (root.value(QStringLiteral("format")).toString() != u"pentournament-imageset")
        problem(QStringLiteral("format"), QStringLiteral("must be \"pentournament-imageset\""));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != ImageSet::FormatVersion) {
        problem(QStringLiteral("formatVersion"),
                version.isDouble() && version.toDouble() > ImageSet::FormatVersion
                    ? QStringLiteral("%1 is newer than this program reads (%2)")
                          .arg(version.toDouble())
                          .arg(ImageSet::FormatVersion)
                    : QStringLiteral("must be %1").arg(ImageSet::FormatVersion));
    }
    set.name = string(root, QStringLiteral("name"), {}, true);
    if (set.name.trimmed().isEmpty() && root.value(QStringLiteral("name")).isString())
        problem(QStringLiteral("name"), QStringLiteral("must not be empty"));
    set.description = string(root, QStringLiteral("description"), {}, false);
    set.provenance = readProvenance(object(root.value(QStringLiteral("provenance")), QStringLiteral("provenance")),
                                    QStringLiteral("provenance"));
    const QJsonValue truthFlag = root.value(QStringLiteral("groundTruthIncluded"));
    if (!truthFlag.isBool())
        problem(QStringLiteral("groundTruthIncluded"), QStringLiteral("must be true or false"));
    set.groundTruthIncluded = truthFlag.toBool(true);
    const QJsonArray categories = array(root, QStringLiteral("categories"), {}, false);
    ThreatCategories known;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString path = indexed(QStringLiteral("categories"), i);
        const QJsonObject json = object(categories[i], path);
        const ThreatCategory category{string(json, QStringLiteral("key"), path, true),
                                      string(json, QStringLiteral("name"), path, true)};
        if (!known.add(category))
            problem(field(path, QStringLiteral("key")),
                    QStringLiteral("\"%1\" is malformed or already defined").arg(category.key));
        else
            set.extraCategories.append(category);
    }
    if (root.contains(QStringLiteral("round"))) {
        auto round = RoundSettings::fromJson(object(root.value(QStringLiteral("round")), QStringLiteral("round")));
        if (round)
            set.round = *round;
        else
            problem(QStringLiteral("round"), round.error().message);
    }
}

Provenance ManifestReader::readProvenance(const QJsonObject &json, const QString &path)
{
    return Provenance{string(json, QStringLiteral("source"), path, true),
                      string(json, QStringLiteral("licence"), path, true),
                      string(json, QStringLiteral("url"), path, false)};
}

ImageSetEntry ManifestReader::readEntry(const QJsonObject &json, const QString &path, const ImageSet &set)
{
    ImageSetEntry entry;
    Scan &scan = entry.scan;
    scan.id = string(json, QStringLiteral("id"), path, true);
    if (!scan.id.isEmpty() && !isSafeId(scan.id))
        problem(field(path, QStringLiteral("id")),
                QStringLiteral("\"%1\" must be 1 to 128 letters, digits, '.', '_' or '-'").arg(scan.id.left(40)));
    const QString kind = string(json, QStringLiteral("objectKind"), path, true);
    if (const auto objectKind = objectKindFromKey(kind))
        scan.objectKind = *objectKind;
    else if (!kind.isEmpty())
        problem(field(path, QStringLiteral("objectKind")), QStringLiteral("unknown kind \"%1\"").arg(kind.left(40)));
    scan.scanner = string(json, QStringLiteral("scanner"), path, false);
    if (json.contains(QStringLiteral("provenance")))
        scan.provenance = readProvenance(
            object(json.value(QStringLiteral("provenance")), field(path, QStringLiteral("provenance"))),
            field(path, QStringLiteral("provenance")));
    const QJsonArray views = array(json, QStringLiteral("views"), path, true);
    if (views.isEmpty() || views.size() > MaxViews)
        problem(field(path, QStringLiteral("views")), QStringLiteral("must hold 1 to %1 views").arg(MaxViews));
    for (qsizetype i = 0; i < views.size() && i < MaxViews; ++i)
        readView(object(views[i], indexed(field(path, QStringLiteral("views")), i)),
                 indexed(field(path, QStringLiteral("views")), i), entry);
    if (json.contains(QStringLiteral("declaration"))) {
        const QString declarationPath = field(path, QStringLiteral("declaration"));
        scan.declaration
            = readDeclaration(object(json.value(QStringLiteral("declaration")), declarationPath), declarationPath);
    }
    const bool hasTruth = json.contains(QStringLiteral("truth"));
    if (!set.groundTruthIncluded && hasTruth)
        problem(field(path, QStringLiteral("truth")), QStringLiteral("present although groundTruthIncluded is false"));
    if (set.groundTruthIncluded) {
        const ThreatCategories categories = set.categories();
        readTruthLevel(json, path, scan);
        QSet<QString> objectIds;
        const QJsonArray truth = array(json, QStringLiteral("truth"), path, true);
        for (qsizetype i = 0; i < truth.size(); ++i) {
            const QString objectPath = indexed(field(path, QStringLiteral("truth")), i);
            GroundTruthObject object = readObject(this->object(truth[i], objectPath), objectPath, scan, categories);
            if (objectIds.contains(object.id))
                problem(field(objectPath, QStringLiteral("id")),
                        QStringLiteral("\"%1\" is used twice in this scan").arg(object.id));
            objectIds.insert(object.id);
            scan.truth.append(std::move(object));
        }
    }
    return entry;
}

void ManifestReader::readTruthLevel(const QJsonObject &json, const QString &path, Scan &scan)
{
    if (!json.contains(QStringLiteral("truthLevel")))
        return; // manifests before image-level labels: every truth was localised
    const QString key = string(json, QStringLiteral("truthLevel"), path, true);
    if (const auto level = truthLevelFromKey(key))
        scan.truthLevel = *level;
    else if (!key.isEmpty())
        problem(field(path, QStringLiteral("truthLevel")),
                QStringLiteral("\"%1\" is not localised, image-level or unknown").arg(key.left(40)));
}

void ManifestReader::readView(const QJsonObject &json, const QString &path, ImageSetEntry &entry)
{
    ScanView view;
    view.label = string(json, QStringLiteral("label"), path, false);
    const QString kind = string(json, QStringLiteral("kind"), path, true);
    if (const auto viewKind = viewKindFromKey(kind))
        view.kind = *viewKind;
    else if (!kind.isEmpty())
        problem(field(path, QStringLiteral("kind")), QStringLiteral("unknown kind \"%1\"").arg(kind.left(40)));
    view.width = integer(json, QStringLiteral("width"), path, 1, MaxSide).value_or(0);
    view.height = integer(json, QStringLiteral("height"), path, 1, MaxSide).value_or(0);
    if (qint64(view.width) * view.height > MaxPixelsPerView)
        problem(path, QStringLiteral("%1 x %2 pixels is more than a scan can have").arg(view.width).arg(view.height));
    view.pixelSizeMm = number(json, QStringLiteral("pixelSizeMm"), path, 1e-4, 1000);
    view.peakKv = number(json, QStringLiteral("peakKv"), path, 1, 100000);
    if (const QJsonValue encoded = json.value(QStringLiteral("displayEncoded")); !encoded.isUndefined()) {
        if (encoded.isBool())
            view.displayEncoded = encoded.toBool();
        else
            problem(field(path, QStringLiteral("displayEncoded")), QStringLiteral("must be true or false"));
    }
    ViewFile file{string(json, QStringLiteral("file"), path, true), string(json, QStringLiteral("sha256"), path, true)};
    if (!file.path.isEmpty() && !isSafeRelativePath(file.path))
        problem(field(path, QStringLiteral("file")),
                QStringLiteral("\"%1\" must be a relative path inside the set").arg(file.path.left(80)));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!file.sha256.isEmpty() && !hex.match(file.sha256).hasMatch())
        problem(field(path, QStringLiteral("sha256")), QStringLiteral("must be 64 lower-case hex digits"));
    entry.scan.views.append(view);
    entry.files.append(file);
}

Declaration ManifestReader::readDeclaration(const QJsonObject &json, const QString &path)
{
    Declaration declaration;
    declaration.goodsDescription = string(json, QStringLiteral("goodsDescription"), path, true);
    declaration.hsCode = string(json, QStringLiteral("hsCode"), path, true);
    static const QRegularExpression hsPattern(QStringLiteral("^[0-9]{4,10}$"));
    if (!declaration.hsCode.isEmpty() && !hsPattern.match(declaration.hsCode).hasMatch())
        problem(field(path, QStringLiteral("hsCode")), QStringLiteral("must be 4 to 10 digits"));
    declaration.quantity = number(json, QStringLiteral("quantity"), path, 0, 1e9);
    declaration.quantityUnit = string(json, QStringLiteral("quantityUnit"), path, false);
    declaration.grossWeightKg = number(json, QStringLiteral("grossWeightKg"), path, 0, 1e7);
    declaration.origin = string(json, QStringLiteral("origin"), path, false);
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
    if (!declaration.origin.isEmpty() && !countryPattern.match(declaration.origin).hasMatch())
        problem(field(path, QStringLiteral("origin")), QStringLiteral("must be a two-letter country code"));
    return declaration;
}

GroundTruthObject ManifestReader::readObject(const QJsonObject &json, const QString &path, const Scan &scan,
                                             const ThreatCategories &categories)
{
    GroundTruthObject object;
    if (scan.truthLevel == TruthLevel::Unknown)
        problem(path, QStringLiteral("a scan whose truthLevel is unknown holds no objects"));
    object.id = string(json, QStringLiteral("id"), path, true);
    if (!object.id.isEmpty() && !isSafeId(object.id))
        problem(field(path, QStringLiteral("id")), QStringLiteral("must be 1 to 128 letters, digits, '.', '_' or '-'"));
    object.category = string(json, QStringLiteral("category"), path, true);
    if (!object.category.isEmpty() && !categories.contains(object.category))
        problem(field(path, QStringLiteral("category")),
                QStringLiteral("\"%1\" is not a known category (declare it under \"categories\")")
                    .arg(object.category.left(40)));
    const QJsonArray regions = array(json, QStringLiteral("regions"), path, true);
    // An image-level label says what the image holds, not where: it has no region, by definition.
    const bool imageLevel = scan.truthLevel == TruthLevel::ImageLevel;
    if (imageLevel != regions.isEmpty() && json.value(QStringLiteral("regions")).isArray())
        problem(field(path, QStringLiteral("regions")),
                imageLevel ? QStringLiteral("must be empty: the scan's truth is image-level")
                           : QStringLiteral("must hold at least one region"));
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const QString regionPath = indexed(field(path, QStringLiteral("regions")), i);
        if (auto region = readRegion(this->object(regions[i], regionPath), regionPath, scan))
            object.regions.append(*region);
    }
    object.material = string(json, QStringLiteral("material"), path, false);
    object.massKg = number(json, QStringLiteral("massKg"), path, 0, 1e6);
    object.note = string(json, QStringLiteral("note"), path, false);
    object.thicknessMm = number(json, QStringLiteral("thicknessMm"), path, 0, 1e5);
    if (json.contains(QStringLiteral("difficulty"))) {
        const QString difficultyPath = field(path, QStringLiteral("difficulty"));
        const QJsonObject d = this->object(json.value(QStringLiteral("difficulty")), difficultyPath);
        object.difficulty = Difficulty{number(d, QStringLiteral("overlap"), difficultyPath, 0, 1).value_or(0),
                                       number(d, QStringLiteral("clutter"), difficultyPath, 0, 1).value_or(0),
                                       number(d, QStringLiteral("rotationDeg"), difficultyPath, -360, 360).value_or(0)};
    }
    object.inconsistency = string(json, QStringLiteral("inconsistency"), path, false);
    if (!object.inconsistency.isEmpty() && !GroundTruthObject::inconsistencyKinds().contains(object.inconsistency))
        problem(field(path, QStringLiteral("inconsistency")),
                QStringLiteral("must be one of %1")
                    .arg(GroundTruthObject::inconsistencyKinds().join(QStringLiteral(", "))));
    return object;
}

std::optional<Region> ManifestReader::readRegion(const QJsonObject &json, const QString &path, const Scan &scan)
{
    const auto view = integer(json, QStringLiteral("view"), path, 0, MaxViews - 1);
    if (!view)
        return std::nullopt;
    if (*view >= scan.views.size()) {
        problem(field(path, QStringLiteral("view")), QStringLiteral("scan has no view %1").arg(*view));
        return std::nullopt;
    }
    Region region;
    region.viewIndex = *view;
    if (json.contains(QStringLiteral("polygon"))) {
        const QJsonArray points = array(json, QStringLiteral("polygon"), path, true);
        if (points.size() < 3 || points.size() > 10000) {
            problem(field(path, QStringLiteral("polygon")), QStringLiteral("must hold 3 to 10000 points"));
            return std::nullopt;
        }
        for (qsizetype i = 0; i < points.size(); ++i) {
            const auto point = readPoint(points[i], indexed(field(path, QStringLiteral("polygon")), i));
            if (!point)
                return std::nullopt;
            region.polygon.append(*point);
        }
    } else {
        const QJsonArray box = array(json, QStringLiteral("box"), path, true);
        const bool numbers
            = box.size() == 4 && std::all_of(box.begin(), box.end(), [](const QJsonValue &v) { return v.isDouble(); });
        if (!numbers || box[2].toDouble() <= 0 || box[3].toDouble() <= 0) {
            problem(field(path, QStringLiteral("box")),
                    QStringLiteral("must be [x, y, width, height] with positive width and height"));
            return std::nullopt;
        }
        region.box = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());
    }
    if (!checkInside(region.bounds(), scan.views[region.viewIndex], path))
        return std::nullopt;
    return region;
}

std::optional<QPointF> ManifestReader::readPoint(const QJsonValue &value, const QString &path)
{
    const QJsonArray xy = value.toArray();
    if (!value.isArray() || xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble()) {
        problem(path, QStringLiteral("must be [x, y]"));
        return std::nullopt;
    }
    return QPointF(xy[0].toDouble(), xy[1].toDouble());
}

bool ManifestReader::checkInside(const QRectF &bounds, const ScanView &view, const QString &path)
{
    if (view.width <= 0 || view.height <= 0)
        return false; // the view's own size is wrong and already reported
    if (bounds.left() < 0 || bounds.top() < 0 || bounds.right() > view.width || bounds.bottom() > view.height) {
        problem(path,
                QStringLiteral("region (%1, %2)-(%3, %4) lies outside the %5 x %6 view")
                    .arg(bounds.left())
                    .arg(bounds.top())
                    .arg(bounds.right())
                    .arg(bounds.bottom())
                    .arg(view.width)
                    .arg(view.height));
        return false;
    }
    return true;
}

} // namespace pen
