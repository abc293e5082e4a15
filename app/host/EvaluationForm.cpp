// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "EvaluationForm.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace pen::gui {

EvaluationForm::EvaluationForm(QWidget *parent) : QGroupBox(tr("Evaluation"), parent)
{
    m_set = new QComboBox(this);
    m_set->setObjectName(QStringLiteral("evaluationImageSet"));
    m_publicFraction = new QDoubleSpinBox(this);
    m_publicFraction->setObjectName(QStringLiteral("publicFraction"));
    m_publicFraction->setRange(0.05, 0.95);
    m_publicFraction->setSingleStep(0.05);
    m_publicFraction->setValue(0.5);
    m_publicFraction->setToolTip(
        tr("The share of the set's scans in the development phase; the rest is kept for the final"));
    m_developmentSubmissions = new QSpinBox(this);
    m_developmentSubmissions->setObjectName(QStringLiteral("developmentSubmissions"));
    m_developmentSubmissions->setRange(0, 1000);
    m_developmentSubmissions->setValue(10);
    m_finalSubmissions = new QSpinBox(this);
    m_finalSubmissions->setObjectName(QStringLiteral("finalSubmissions"));
    m_finalSubmissions->setRange(1, 100);
    m_finalSubmissions->setValue(1);
    m_secondsPerScan = new QDoubleSpinBox(this);
    m_secondsPerScan->setObjectName(QStringLiteral("machineSecondsPerScan"));
    m_secondsPerScan->setRange(0.1, 3600);
    m_secondsPerScan->setValue(10);
    m_secondsPerScan->setSuffix(tr(" s"));
    m_memory = new QSpinBox(this);
    m_memory->setObjectName(QStringLiteral("machineMemory"));
    m_memory->setRange(256, 1024 * 1024);
    m_memory->setValue(4096);
    m_memory->setSuffix(tr(" MB"));
    m_save = new QPushButton(tr("Save the evaluation"), this);
    m_save->setObjectName(QStringLiteral("configureEvaluation"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("evaluationSummary"));
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Image set:"), m_set);
    form->addRow(tr("Public fraction:"), m_publicFraction);
    form->addRow(tr("Development submissions:"), m_developmentSubmissions);
    form->addRow(tr("Final submissions:"), m_finalSubmissions);
    form->addRow(tr("Seconds per scan:"), m_secondsPerScan);
    form->addRow(tr("Memory per process:"), m_memory);
    form->addRow(m_save);
    form->addRow(m_summary);
    connect(m_save, &QPushButton::clicked, this, &EvaluationForm::configureRequested);
    setSettings(std::nullopt);
}

void EvaluationForm::setImageSets(const QList<ImageSetRecord> &sets)
{
    const QString selected = m_set->currentData().toString();
    m_set->clear();
    for (const ImageSetRecord &set : sets)
        m_set->addItem(tr("%1 (%n scan(s))", nullptr, set.scanCount).arg(set.name), set.id);
    m_set->setCurrentIndex(std::max(0, m_set->findData(selected)));
}

void EvaluationForm::setSettings(const std::optional<EvaluationSettings> &settings)
{
    if (!settings) {
        m_summary->setText(tr("No evaluation is set up for this event yet."));
        return;
    }
    if (m_set->findData(settings->imageSetId) >= 0)
        m_set->setCurrentIndex(m_set->findData(settings->imageSetId));
    m_publicFraction->setValue(settings->publicFraction);
    m_developmentSubmissions->setValue(settings->developmentSubmissions);
    m_finalSubmissions->setValue(settings->finalSubmissions);
    m_secondsPerScan->setValue(settings->secondsPerScan);
    m_memory->setValue(settings->memoryMb);
    m_summary->setText(
        tr("In force: %1 public scan(s) for development, %2 private for the final; %3 and %4 submission(s) per plugin.")
            .arg(settings->publicScans)
            .arg(settings->privateScans)
            .arg(settings->developmentSubmissions)
            .arg(settings->finalSubmissions));
}

EvaluationSettings EvaluationForm::settings(const QString &eventId) const
{
    EvaluationSettings settings;
    settings.eventId = eventId;
    settings.imageSetId = m_set->currentData().toString();
    settings.publicFraction = m_publicFraction->value();
    settings.developmentSubmissions = m_developmentSubmissions->value();
    settings.finalSubmissions = m_finalSubmissions->value();
    settings.secondsPerScan = m_secondsPerScan->value();
    settings.memoryMb = m_memory->value();
    return settings;
}

} // namespace pen::gui
