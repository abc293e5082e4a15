// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScreenshotJob.h"

#include "MainWindow.h"

#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace pen::gui {
namespace {

constexpr int SettleMs = 250;

} // namespace

ScreenshotJob::ScreenshotJob(MainWindow *window, QString file, int timeoutMs)
    : QObject(window), m_window(window), m_file(std::move(file))
{
    window->setQuietErrors(true);
    // A short pause lets the layouts settle (word-wrapped labels take two passes) before the grab.
    connect(window, &MainWindow::scanShown, this, [this] { QTimer::singleShot(SettleMs, this, &ScreenshotJob::save); });
    connect(window, &MainWindow::imageSetOpened, this, [this](const QString &, int scans) {
        if (scans == 0)
            QTimer::singleShot(SettleMs, this, &ScreenshotJob::save);
    });
    connect(window, &MainWindow::errorShown, this, &ScreenshotJob::fail);
    QTimer::singleShot(timeoutMs, this, [this] { fail(tr("No scan was shown in time.")); });
}

void ScreenshotJob::save()
{
    if (m_done)
        return;
    m_done = true;
    const QPixmap picture = m_window->grab();
    if (!picture.save(m_file)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Cannot write the screenshot %1.").arg(QDir::toNativeSeparators(m_file))));
        emit finished(1);
        return;
    }
    emit finished(0);
}

void ScreenshotJob::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "%s\n", qPrintable(tr("Screenshot failed: %1").arg(message)));
    emit finished(1);
}

} // namespace pen::gui
