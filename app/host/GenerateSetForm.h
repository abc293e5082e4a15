// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include "HostRecords.h"

#include <QGroupBox>
#include <QMap>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace pen::gui {

class AdminClient;

/// A trainer's practice set generated on the server: a preset with Threat Image Projection at a
/// chosen rate and category mix. What can be checked here is checked before the call; the call
/// runs on the client's worker, shows scans done of the total, and Cancel stops it (the server
/// then stores nothing).
class GenerateSetForm final : public QGroupBox {
    Q_OBJECT
public:
    explicit GenerateSetForm(AdminClient *client, QWidget *parent = nullptr);

    bool isGenerating() const { return m_generating; }

    /// The TIP mix as people type it, "narcotics=2,weapon=1"; the error, in the user's language,
    /// names the item at fault.
    static Expected<QMap<QString, double>> parseMix(const QString &text);

signals:
    void generated(const QString &name);
    /// The form's own checks refused the request (nothing was sent); message says why.
    void invalid(const QString &message);

private:
    Expected<SetGeneration> generation() const;
    void generate();
    void cancel();
    void showProgress(int scansDone, int scanCount);
    void setGenerating(bool generating);

    AdminClient *m_client = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_scans = nullptr;
    QSpinBox *m_seed = nullptr;
    QDoubleSpinBox *m_tipRate = nullptr;
    QLineEdit *m_tipMix = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    bool m_generating = false;
};

} // namespace pen::gui
