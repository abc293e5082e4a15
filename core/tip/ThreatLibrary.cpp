// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tip/ThreatLibrary.h"

#include "model/ThreatCategories.h"
#include "tip/SyntheticThreats.h"

#include <QDir>
#include <QFileInfo>

namespace pen {

Expected<ThreatLibrary> ThreatLibrary::builtIn(const AttenuationTable &table)
{
    auto threats = SyntheticThreats::all(table);
    if (!threats)
        return threats.error();
    ThreatLibrary library;
    for (ThreatImage &threat : *threats) {
        if (auto added = library.add(std::move(threat)); !added)
            return added.error();
    }
    return library;
}

Expected<void> ThreatLibrary::add(ThreatImage threat)
{
    if (!ThreatCategories::isValidKey(threat.label.category))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("threat \"%1\": malformed category key \"%2\"")
                             .arg(threat.label.name, threat.label.category));
    if (threat.isEmpty() || threat.maskBounds().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("threat \"%1\": the image is empty").arg(threat.label.name));
    m_threats[threat.label.category].append(std::move(threat));
    return {};
}

Expected<int> ThreatLibrary::loadFolder(const QString &folder, const ThreatLabel &label, const Provenance &provenance,
                                        QList<Error> *skipped)
{
    const QDir dir(folder);
    if (!dir.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no such folder").arg(folder));
    if (!ThreatCategories::isValidKey(label.category))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: malformed category key \"%2\"").arg(folder, label.category));
    const QStringList patterns{QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                               QStringLiteral("*.tif"), QStringLiteral("*.tiff")};
    const QFileInfoList files
        = dir.entryInfoList(patterns, QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    int added = 0;
    QList<Error> problems;
    for (const QFileInfo &file : files) {
        ThreatLabel fileLabel = label;
        if (fileLabel.name.isEmpty())
            fileLabel.name = file.completeBaseName();
        auto threat = ThreatImage::fromImageFile(file.filePath(), fileLabel);
        if (!threat) {
            problems << threat.error();
            continue;
        }
        threat->provenance = provenance;
        m_threats[label.category].append(std::move(*threat));
        ++added;
    }
    if (skipped)
        *skipped << problems;
    if (added == 0)
        return makeError(
            ErrorCode::Validation,
            QStringLiteral("%1: no usable threat image among %2 files%3")
                .arg(folder)
                .arg(files.size())
                .arg(problems.isEmpty() ? QString() : QStringLiteral(" (first: %1)").arg(problems.first().message)));
    return added;
}

const QList<ThreatImage> &ThreatLibrary::threats(const QString &category) const
{
    static const QList<ThreatImage> none;
    const auto it = m_threats.constFind(category);
    return it == m_threats.cend() ? none : *it;
}

int ThreatLibrary::size() const
{
    int count = 0;
    for (const QList<ThreatImage> &threats : m_threats)
        count += int(threats.size());
    return count;
}

} // namespace pen
