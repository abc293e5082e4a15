// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/ScanIdAllocator.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace pen {

QString ScanIdAllocator::sanitised(const QString &baseName)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    static const QRegularExpression unsafeStart(QStringLiteral("^[._-]+"));
    QString id = baseName;
    id.replace(unsafe, QStringLiteral("_"));
    id.remove(unsafeStart);
    // Leave room for a "-NNN" suffix within the 128 characters an id may have.
    id.truncate(120);
    return id.isEmpty() ? QStringLiteral("scan") : id;
}

QString ScanIdAllocator::allocate(const QString &imagePath)
{
    const QString base = sanitised(QFileInfo(imagePath).completeBaseName());
    QString id = base;
    for (int n = 2; m_used.contains(id); ++n)
        id = base + QStringLiteral("-%1").arg(n);
    m_used.insert(id);
    return id;
}

} // namespace pen
