// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace pen::gui {

/// The scan's metadata (scanner, source, licence, view, pixel size) and its customs declaration.
/// Value labels are named after their field ("scanner", "hsCode", ...) for tests.
class ScanDetailsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ScanDetailsPanel(QWidget *parent = nullptr);

    void setScan(const Scan &scan, int viewIndex);
    void clear();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &name);
    void showDeclaration(const std::optional<Declaration> &declaration);

    QGroupBox *m_declarationBox = nullptr;
    QLabel *m_scanner = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_view = nullptr;
    QLabel *m_pixelSize = nullptr;
    QLabel *m_peakVoltage = nullptr;
    QLabel *m_goods = nullptr;
    QLabel *m_hsCode = nullptr;
    QLabel *m_quantity = nullptr;
    QLabel *m_weight = nullptr;
    QLabel *m_origin = nullptr;
};

} // namespace pen::gui
