// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ImageSetManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pen {
namespace {

QJsonObject provenanceJson(const Provenance &provenance)
{
    QJsonObject json{{"source", provenance.source}, {"licence", provenance.licence}};
    if (!provenance.url.isEmpty())
        json.insert("url", provenance.url);
    return json;
}

QJsonObject regionJson(const Region &region)
{
    QJsonObject json{{"view", region.viewIndex}};
    if (region.isPolygon()) {
        QJsonArray points;
        for (const QPointF &p : region.polygon)
            points.append(QJsonArray{p.x(), p.y()});
        json.insert("polygon", points);
    } else {
        const QRectF &b = region.box;
        json.insert("box", QJsonArray{b.x(), b.y(), b.width(), b.height()});
    }
    return json;
}

QJsonObject objectJson(const GroundTruthObject &object)
{
    QJsonArray regions;
    for (const Region &region : object.regions)
        regions.append(regionJson(region));
    QJsonObject json{{"id", object.id}, {"category", object.category}, {"regions", regions}};
    if (!object.material.isEmpty())
        json.insert("material", object.material);
    if (object.massKg)
        json.insert("massKg", *object.massKg);
    if (!object.note.isEmpty())
        json.insert("note", object.note);
    if (object.thicknessMm)
        json.insert("thicknessMm", *object.thicknessMm);
    if (object.difficulty) {
        const Difficulty &d = *object.difficulty;
        json.insert("difficulty",
                    QJsonObject{{"overlap", d.overlap}, {"clutter", d.clutter}, {"rotationDeg", d.rotationDeg}});
    }
    if (!object.inconsistency.isEmpty())
        json.insert("inconsistency", object.inconsistency);
    return json;
}

QJsonObject declarationJson(const Declaration &declaration)
{
    QJsonObject json{{"goodsDescription", declaration.goodsDescription}, {"hsCode", declaration.hsCode}};
    if (declaration.quantity)
        json.insert("quantity", *declaration.quantity);
    if (!declaration.quantityUnit.isEmpty())
        json.insert("quantityUnit", declaration.quantityUnit);
    if (declaration.grossWeightKg)
        json.insert("grossWeightKg", *declaration.grossWeightKg);
    if (!declaration.origin.isEmpty())
        json.insert("origin", declaration.origin);
    return json;
}

QJsonObject viewJson(const ScanView &view, const ViewFile &file)
{
    QJsonObject json{{"label", view.label}, {"kind", viewKindKey(view.kind)},
                     {"width", view.width}, {"height", view.height},
                     {"file", file.path},   {"sha256", file.sha256}};
    if (view.pixelSizeMm)
        json.insert("pixelSizeMm", *view.pixelSizeMm);
    if (view.peakKv)
        json.insert("peakKv", *view.peakKv);
    if (view.displayEncoded)
        json.insert("displayEncoded", true);
    return json;
}

QJsonObject entryJson(const ImageSetEntry &entry, bool withTruth)
{
    const Scan &scan = entry.scan;
    QJsonArray views;
    for (qsizetype i = 0; i < scan.views.size(); ++i)
        views.append(viewJson(scan.views[i], entry.files.value(i)));
    QJsonObject json{
        {"id", scan.id}, {"objectKind", objectKindKey(scan.objectKind)}, {"scanner", scan.scanner}, {"views", views}};
    if (!scan.provenance.source.isEmpty() || !scan.provenance.licence.isEmpty())
        json.insert("provenance", provenanceJson(scan.provenance));
    if (scan.declaration)
        json.insert("declaration", declarationJson(*scan.declaration));
    if (withTruth) {
        QJsonArray truth;
        for (const GroundTruthObject &object : scan.truth)
            truth.append(objectJson(object));
        json.insert("truth", truth);
        // Left out when localised, so that manifests of fully annotated sets stay as they were.
        if (scan.truthLevel != TruthLevel::Localised)
            json.insert("truthLevel", truthLevelKey(scan.truthLevel));
    }
    return json;
}

} // namespace

QByteArray ImageSetManifest::toJson(const ImageSet &set)
{
    QJsonArray categories;
    for (const ThreatCategory &category : set.extraCategories)
        categories.append(QJsonObject{{"key", category.key}, {"name", category.name}});
    QJsonArray scans;
    for (const ImageSetEntry &entry : set.entries)
        scans.append(entryJson(entry, set.groundTruthIncluded));
    QJsonObject root{{"format", "pentournament-imageset"},
                     {"formatVersion", ImageSet::FormatVersion},
                     {"name", set.name},
                     {"description", set.description},
                     {"provenance", provenanceJson(set.provenance)},
                     {"groundTruthIncluded", set.groundTruthIncluded},
                     {"categories", categories},
                     {"scans", scans}};
    if (set.round)
        root.insert(QStringLiteral("round"), set.round->toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pen
