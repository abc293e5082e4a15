// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanDetailsPanel.h"

#include "DisplayNames.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace pen::gui {
namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

} // namespace

ScanDetailsPanel::ScanDetailsPanel(QWidget *parent) : QWidget(parent)
{
    auto *scanBox = new QGroupBox(tr("Scan"), this);
    auto *scanForm = new QFormLayout(scanBox);
    m_scanner = addRow(scanForm, tr("Scanner:"), QStringLiteral("scanner"));
    m_source = addRow(scanForm, tr("Source:"), QStringLiteral("source"));
    m_licence = addRow(scanForm, tr("Licence:"), QStringLiteral("licence"));
    m_view = addRow(scanForm, tr("View:"), QStringLiteral("view"));
    m_pixelSize = addRow(scanForm, tr("Pixel size:"), QStringLiteral("pixelSize"));
    m_peakVoltage = addRow(scanForm, tr("Peak voltage:"), QStringLiteral("peakVoltage"));

    m_declarationBox = new QGroupBox(tr("Declaration"), this);
    auto *declarationForm = new QFormLayout(m_declarationBox);
    m_goods = addRow(declarationForm, tr("Goods:"), QStringLiteral("goods"));
    m_hsCode = addRow(declarationForm, tr("HS code:"), QStringLiteral("hsCode"));
    m_quantity = addRow(declarationForm, tr("Quantity:"), QStringLiteral("quantity"));
    m_weight = addRow(declarationForm, tr("Gross weight:"), QStringLiteral("grossWeight"));
    m_origin = addRow(declarationForm, tr("Origin:"), QStringLiteral("origin"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scanBox);
    layout->addWidget(m_declarationBox);
    layout->addStretch();
    clear();
}

QLabel *ScanDetailsPanel::addRow(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void ScanDetailsPanel::setScan(const Scan &scan, int viewIndex)
{
    m_scanner->setText(orDash(scan.scanner));
    m_source->setText(orDash(scan.provenance.source));
    m_licence->setText(orDash(scan.provenance.licence));
    const ScanView view = scan.views.value(viewIndex);
    m_view->setText(tr("%1, %2, %3 × %4 pixels")
                        .arg(orDash(view.label), DisplayNames::viewKind(view.kind))
                        .arg(view.width)
                        .arg(view.height));
    m_pixelSize->setText(view.pixelSizeMm ? DisplayNames::optionalNumber(view.pixelSizeMm, tr("mm")) : tr("unknown"));
    // A linac's voltage in MV: at MeV the material colours are the MeV classes (the legend says which).
    m_peakVoltage->setText(!view.peakKv            ? tr("unknown")
                               : view.isMegavolt() ? tr("%1 MV (linear accelerator)").arg(*view.peakKv / 1000)
                                                   : tr("%1 kV").arg(*view.peakKv));
    showDeclaration(scan.declaration);
}

void ScanDetailsPanel::showDeclaration(const std::optional<Declaration> &declaration)
{
    m_declarationBox->setVisible(declaration.has_value());
    if (!declaration)
        return;
    m_goods->setText(orDash(declaration->goodsDescription));
    m_hsCode->setText(orDash(declaration->hsCode));
    m_quantity->setText(orDash(DisplayNames::optionalNumber(declaration->quantity, declaration->quantityUnit)));
    m_weight->setText(orDash(DisplayNames::optionalNumber(declaration->grossWeightKg, tr("kg"))));
    m_origin->setText(orDash(declaration->origin));
}

void ScanDetailsPanel::clear()
{
    for (QLabel *label : {m_scanner, m_source, m_licence, m_view, m_pixelSize, m_peakVoltage})
        label->setText(QStringLiteral("–"));
    m_declarationBox->setVisible(false);
}

} // namespace pen::gui
