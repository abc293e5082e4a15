// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "BundledSetFolders.h"

#include "imageset/ImageSet.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace pen::gui {
namespace {

// Bundled sets in the order a new officer should meet them.
const QStringList DemoOrder{QStringLiteral("practice"), QStringLiteral("find-the-cocaine"),
                            QStringLiteral("declaration-check"), QStringLiteral("find-the-most-cigarettes"),
                            QStringLiteral("starter")};

} // namespace

QStringList bundledSetFolders(const QStringList &folders)
{
    QStringList sets;
    for (const QString &path : folders) {
        const QDir folder(path);
        if (path.isEmpty() || !folder.exists())
            continue;
        if (QFileInfo::exists(folder.filePath(ImageSet::ManifestFileName))) {
            sets.append(folder.absolutePath());
            continue;
        }
        QStringList children = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::stable_sort(children.begin(), children.end(), [](const QString &a, const QString &b) {
            const auto rank = [](const QString &name) {
                return DemoOrder.contains(name) ? DemoOrder.indexOf(name) : DemoOrder.size();
            };
            return rank(a) < rank(b);
        });
        for (const QString &child : children) {
            if (QFileInfo::exists(QDir(folder.filePath(child)).filePath(ImageSet::ManifestFileName)))
                sets.append(QDir(folder.filePath(child)).absolutePath());
        }
        if (!sets.isEmpty())
            break; // the first folder with sets wins: an installed copy before the build's
    }
    return sets;
}

} // namespace pen::gui
