// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/DemoImageSets.h"

#include "imageset/ImageSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pen::DemoImageSets {
namespace {

bool isImageSet(const QDir &folder)
{
    return QFileInfo(folder.filePath(ImageSet::ManifestFileName)).isFile();
}

QString firstSetIn(const QString &path)
{
    const QDir folder(path);
    if (path.isEmpty() || !folder.exists())
        return QString();
    if (isImageSet(folder))
        return folder.absolutePath();
    QStringList children = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // The starter set is what a new user should see first; the others follow by name.
    if (children.removeOne(QStringLiteral("starter")))
        children.prepend(QStringLiteral("starter"));
    for (const QString &child : children) {
        if (isImageSet(QDir(folder.filePath(child))))
            return QDir(folder.filePath(child)).absolutePath();
    }
    return QString();
}

} // namespace

QStringList searchFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("PEN_IMAGESETS_DIR");
    if (!fromEnvironment.isEmpty())
        folders.append(fromEnvironment);
    folders.append(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/pentournament/imagesets")));
#ifdef PEN_BUILD_IMAGESETS_DIR
    folders.append(QStringLiteral(PEN_BUILD_IMAGESETS_DIR));
#endif
    return folders;
}

QString findFirst(const QStringList &folders)
{
    for (const QString &folder : folders) {
        if (const QString set = firstSetIn(folder); !set.isEmpty())
            return set;
    }
    return QString();
}

} // namespace pen::DemoImageSets
