// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "HostRecords.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pen::gui {

class AdminClient;
class GenerateSetForm;

/// The image sets stored on the server, the upload of a set's folder with its progress, and the
/// generation of a practice set on the server (both run on a worker thread; the console stays usable).
class ImageSetsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ImageSetsPanel(AdminClient *client, QWidget *parent = nullptr);

    void setImageSets(const QList<ImageSetRecord> &sets);
    bool isUploading() const { return m_uploading; }

signals:
    void uploaded(const QString &name);
    void uploadFailed();
    void generated(const QString &name);
    /// The generation form refused what was typed before asking the server.
    void generationInvalid(const QString &message);

private:
    void chooseFolder();
    void upload();
    void showProgress(qint64 sent, qint64 total);
    void finishUpload();

    AdminClient *m_client = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_upload = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    GenerateSetForm *m_generate = nullptr;
    bool m_uploading = false;
};

} // namespace pen::gui
