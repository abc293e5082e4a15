// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginTrialDialog.h"

#include "BundledSetFolders.h"
#include "MachineDetectionsView.h"
#include "MachineResultsView.h"
#include "PluginTrial.h"
#include "PluginTrialForm.h"
#include "imageset/DemoImageSets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pen::gui {

PluginTrialDialog::PluginTrialDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Try an ATD Plugin"));
    m_form = new PluginTrialForm(this);
    m_form->setImageSets(bundledSetFolders(DemoImageSets::searchFolders()));
    m_trial = new PluginTrial(this);
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("trialRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("trialCancel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("trialProgress"));
    m_progress->setFormat(tr("%v of %m scans"));
    m_message = new QLabel(
        tr("Choose a plugin and a practice set with ground truth, then run it: it is scored as in an event."), this);
    m_message->setObjectName(QStringLiteral("trialMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results = new MachineResultsView(this);
    m_results->setObjectName(QStringLiteral("trialResults"));
    m_detections = new MachineDetectionsView(this);
    m_detections->setObjectName(QStringLiteral("trialDetections"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trialTabs"));
    m_tabs->addTab(m_results, tr("Scores"));
    m_tabs->addTab(m_detections, tr("Detections"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    resize(1200, 860);

    connect(m_run, &QPushButton::clicked, this, &PluginTrialDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &PluginTrialDialog::cancel);
    connect(m_trial, &PluginTrial::progress, this, &PluginTrialDialog::showProgress);
    connect(m_trial, &PluginTrial::finished, this, &PluginTrialDialog::addResult);
    connect(m_trial, &PluginTrial::failed, this, &PluginTrialDialog::runFailed);
    setRunning(false);
}

PluginTrialDialog::~PluginTrialDialog() = default;

QString PluginTrialDialog::message() const
{
    return m_message->text();
}

bool PluginTrialDialog::isRunning() const
{
    return m_trial->isRunning();
}

void PluginTrialDialog::run()
{
    QString problem;
    const std::optional<TrialRequest> request = m_form->request(&problem);
    if (!request) {
        showFailure(problem);
        return;
    }
    m_runLabel = request->label;
    if (!m_trial->start(*request))
        return;
    m_progress->setRange(0, 0);
    m_message->setStyleSheet({});
    m_message->setText(tr("Running %1…").arg(m_runLabel));
    setRunning(true);
}

void PluginTrialDialog::cancel()
{
    m_trial->cancel();
}

void PluginTrialDialog::showProgress(int scansDone, int scanCount)
{
    m_progress->setRange(0, scanCount);
    m_progress->setValue(scansDone);
}

void PluginTrialDialog::addResult(const MachineResult &result)
{
    m_runs.append(result);
    // Ranked as a machine leaderboard ranks: mean AP at IoU 0.5, then Pd − Pfa, failures, speed.
    QList<MachineResult> ranked = m_runs;
    std::stable_sort(ranked.begin(), ranked.end(), [](const MachineResult &a, const MachineResult &b) {
        return atd::ranksBefore(a.metrics, b.metrics);
    });
    for (int i = 0; i < int(ranked.size()); ++i)
        ranked[i].rank = i + 1;
    m_results->setResults(ranked);
    m_results->selectRow(
        int(std::find_if(ranked.cbegin(), ranked.cend(),
                         [&](const MachineResult &r) { return r.label == result.label && r.metrics == result.metrics; })
            - ranked.cbegin()));
    m_detections->setResult(result);
    m_message->setStyleSheet({});
    m_message->setText(tr("%1 ran on %n scan(s): %2 failed.", nullptr, result.metrics.scans)
                           .arg(result.label)
                           .arg(result.metrics.failures));
    setRunning(false);
    emit runEnded();
}

void PluginTrialDialog::runFailed(const QString &message)
{
    showFailure(tr("%1 did not run: %2").arg(m_runLabel, message));
    setRunning(false);
    emit runEnded();
}

void PluginTrialDialog::showFailure(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setText(message);
}

void PluginTrialDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_form->setEnabled(!running);
    if (!running && m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
}

} // namespace pen::gui
