// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "model/Scan.h"

#include <QObject>
#include <QString>

namespace pen::gui {

/// A scan with its pixels, read off the GUI thread.
struct LoadedScan {
    Scan scan;
};

/// Opens image sets and loads scans on the global thread pool; results and errors arrive as
/// signals on the GUI thread. Only the newest request of each kind is reported: a result that
/// arrives after a newer request was made is dropped, so fast browsing never shows a stale scan.
class ImageSetLoader final : public QObject {
    Q_OBJECT
public:
    explicit ImageSetLoader(QObject *parent = nullptr);

    void openSet(const QString &folder);
    void loadScan(const QString &folder, const ImageSetEntry &entry);
    bool isBusy() const { return m_running > 0; }

signals:
    void setOpened(const QString &folder, const pen::ImageSet &set);
    void scanLoaded(const pen::gui::LoadedScan &scan);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void started();
    void finished();

    quint64 m_setRequest = 0;
    quint64 m_scanRequest = 0;
    int m_running = 0;
};

} // namespace pen::gui
