// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QSet>
#include <QString>

namespace pen {

/// Turns image file names into scan ids that an image set accepts (1 to 128 letters, digits,
/// '.', '_' or '-', starting with a letter or digit) and that are unique within one import:
/// "bag 01.png" -> "bag_01", a second "bag_01" -> "bag_01-2". Not thread-safe.
class ScanIdAllocator {
public:
    QString allocate(const QString &imagePath);

private:
    static QString sanitised(const QString &baseName);

    QSet<QString> m_used;
};

} // namespace pen
