// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomScanComment.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pen {

static const QLatin1String MarkerKey("penTournament");

QString scanCommentFor(const Scan &scan, const ScanView &view)
{
    QJsonObject provenance{{QStringLiteral("source"), scan.provenance.source},
                           {QStringLiteral("licence"), scan.provenance.licence}};
    if (!scan.provenance.url.isEmpty())
        provenance.insert(QStringLiteral("url"), scan.provenance.url);
    QJsonObject root{{MarkerKey, 1},
                     {QStringLiteral("scanId"), scan.id},
                     {QStringLiteral("objectKind"), objectKindKey(scan.objectKind)},
                     {QStringLiteral("scanner"), scan.scanner},
                     {QStringLiteral("viewLabel"), view.label},
                     {QStringLiteral("provenance"), provenance}};
    if (view.displayEncoded)
        root.insert(QStringLiteral("displayEncoded"), true);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

bool applyScanComment(const QString &comment, Scan &scan, ScanView &view)
{
    const QJsonDocument document = QJsonDocument::fromJson(comment.toUtf8());
    const QJsonObject root = document.object();
    if (root.value(MarkerKey).toInt() != 1)
        return false;
    scan.id = root.value(QStringLiteral("scanId")).toString(scan.id);
    scan.objectKind
        = objectKindFromKey(root.value(QStringLiteral("objectKind")).toString()).value_or(ObjectKind::Other);
    scan.scanner = root.value(QStringLiteral("scanner")).toString(scan.scanner);
    view.label = root.value(QStringLiteral("viewLabel")).toString(view.label);
    view.displayEncoded = root.value(QStringLiteral("displayEncoded")).toBool(false);
    const QJsonObject provenance = root.value(QStringLiteral("provenance")).toObject();
    scan.provenance.source = provenance.value(QStringLiteral("source")).toString();
    scan.provenance.licence = provenance.value(QStringLiteral("licence")).toString();
    scan.provenance.url = provenance.value(QStringLiteral("url")).toString();
    return true;
}

} // namespace pen
