// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "tournament/CohortStanding.h"

#include <QHash>
#include <QString>

namespace pen::gui {

/// The trainer's pass thresholds, per training session (event id), kept in a JSON file on this PC:
/// {"<event id>": {"<category>": <least d′>, …}, …}. Written whole and atomically.
class PassMarkFile {
public:
    /// The file in the application's configuration folder.
    static QString defaultPath();

    explicit PassMarkFile(QString path = defaultPath());

    /// Reads the file; a missing file holds no marks. A file that is not such JSON is an error
    /// naming it, and it is left as it is.
    Expected<QHash<QString, CohortStanding::PassMarks>> read() const;
    /// Replaces one event's marks, keeping every other event's.
    Expected<void> write(const QString &eventId, const CohortStanding::PassMarks &marks) const;

private:
    QString m_path;
};

} // namespace pen::gui
