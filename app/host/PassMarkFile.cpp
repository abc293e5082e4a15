// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PassMarkFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

namespace pen::gui {

QString PassMarkFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("pass-marks.json"));
}

PassMarkFile::PassMarkFile(QString path) : m_path(std::move(path)) {}

Expected<QHash<QString, CohortStanding::PassMarks>> PassMarkFile::read() const
{
    QHash<QString, CohortStanding::PassMarks> marks;
    QFile file(m_path);
    if (!file.exists())
        return marks;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("PassMarkFile", "Cannot read the pass thresholds in %1: %2")
                             .arg(m_path, file.errorString()));
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    const auto malformed = [this](const QString &why) {
        return makeError(ErrorCode::Format,
                         QCoreApplication::translate("PassMarkFile", "The pass thresholds in %1 cannot be read: %2")
                             .arg(m_path, why));
    };
    if (parse.error != QJsonParseError::NoError)
        return malformed(parse.errorString());
    if (!document.isObject())
        return malformed(QCoreApplication::translate("PassMarkFile", "not a JSON object"));
    const QJsonObject events = document.object();
    for (auto event = events.begin(); event != events.end(); ++event) {
        if (!event.value().isObject())
            return malformed(
                QCoreApplication::translate("PassMarkFile", "the thresholds of %1 are not an object").arg(event.key()));
        const QJsonObject categories = event.value().toObject();
        for (auto category = categories.begin(); category != categories.end(); ++category) {
            const double mark = category.value().toDouble(std::nan(""));
            if (!std::isfinite(mark))
                return malformed(
                    QCoreApplication::translate("PassMarkFile", "the threshold of %1 in %2 is not a number")
                        .arg(category.key(), event.key()));
            marks[event.key()][category.key()] = mark;
        }
    }
    return marks;
}

Expected<void> PassMarkFile::write(const QString &eventId, const CohortStanding::PassMarks &marks) const
{
    // Another event's marks must survive, and a file that cannot be read is not overwritten.
    Expected<QHash<QString, CohortStanding::PassMarks>> all = read();
    if (!all)
        return all.error();
    (*all)[eventId] = marks;
    QJsonObject events;
    for (auto event = all->cbegin(); event != all->cend(); ++event) {
        QJsonObject categories;
        for (auto mark = event->cbegin(); mark != event->cend(); ++mark)
            categories.insert(mark.key(), mark.value());
        if (!categories.isEmpty())
            events.insert(event.key(), categories);
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(events).toJson()) < 0 || !file.commit())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("PassMarkFile", "Cannot save the pass thresholds in %1: %2")
                             .arg(m_path, file.errorString()));
    return {};
}

} // namespace pen::gui
