// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QObject>
#include <QString>

namespace pen::gui {

class MainWindow;

/// Waits until the window shows a scan (or an empty set), saves a grab of it to a file and reports
/// an exit code: 0 when saved, 1 on a load error, a write error or a timeout. For the docs and CI.
class ScreenshotJob final : public QObject {
    Q_OBJECT
public:
    ScreenshotJob(MainWindow *window, QString file, int timeoutMs = 60000);

    /// Fails at once, e.g. when there was no image set to open.
    void fail(const QString &message);

signals:
    void finished(int exitCode);

private:
    void save();

    MainWindow *m_window = nullptr;
    QString m_file;
    bool m_done = false;
};

} // namespace pen::gui
