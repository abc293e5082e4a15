// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ImageSetManifest.h"

#include "imageset/ManifestReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pen {

Expected<ImageSet> ImageSetManifest::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::Format,
                         QStringLiteral("%1: not valid JSON at byte %2: %3")
                             .arg(fileName)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return makeError(ErrorCode::Format, fileName + QStringLiteral(": the manifest must be a JSON object"));
    ManifestReader reader;
    ImageSet set = reader.read(document.object());
    if (!reader.problems().isEmpty()) {
        QStringList lines;
        for (const QString &problem : reader.problems())
            lines.append(fileName + QStringLiteral(": ") + problem);
        return makeError(ErrorCode::Validation, lines.join(QLatin1Char('\n')));
    }
    return set;
}

} // namespace pen
