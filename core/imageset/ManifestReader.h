// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pen {

/// Reads a manifest's JSON into an ImageSet and collects every problem with the path of the
/// field at fault ("scans[2].views[0].width"). Internal to ImageSetManifest::parse.
class ManifestReader {
public:
    ImageSet read(const QJsonObject &root);
    const QStringList &problems() const { return m_problems; }

private:
    void problem(const QString &path, const QString &what);

    QString string(const QJsonObject &json, const QString &key, const QString &path, bool required);
    std::optional<int> integer(const QJsonObject &json, const QString &key, const QString &path, int minimum,
                               int maximum);
    std::optional<double> number(const QJsonObject &json, const QString &key, const QString &path, double minimum,
                                 double maximum);
    QJsonArray array(const QJsonObject &json, const QString &key, const QString &path, bool required);
    QJsonObject object(const QJsonValue &value, const QString &path);

    void readHeader(const QJsonObject &root, ImageSet &set);
    Provenance readProvenance(const QJsonObject &json, const QString &path);
    ImageSetEntry readEntry(const QJsonObject &json, const QString &path, const ImageSet &set);
    void readTruthLevel(const QJsonObject &json, const QString &path, Scan &scan);
    void readView(const QJsonObject &json, const QString &path, ImageSetEntry &entry);
    Declaration readDeclaration(const QJsonObject &json, const QString &path);
    GroundTruthObject readObject(const QJsonObject &json, const QString &path, const Scan &scan,
                                 const ThreatCategories &categories);
    std::optional<Region> readRegion(const QJsonObject &json, const QString &path, const Scan &scan);
    std::optional<QPointF> readPoint(const QJsonValue &value, const QString &path);
    bool checkInside(const QRectF &bounds, const ScanView &view, const QString &path);

    QStringList m_problems;
};

} // namespace pen
