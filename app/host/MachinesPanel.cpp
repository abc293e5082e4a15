// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachinesPanel.h"

#include "AdminClient.h"
#include "EvaluationForm.h"
#include "HumanMachineView.h"
#include "MachinesClient.h"
#include "RegisterPluginForm.h"
#include "machines/MachineResultsTable.h"
#include "machines/MachineResultsView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pen::gui {
namespace {

void addPhases(QComboBox *combo, bool withRound)
{
    combo->addItem(MachinesPanel::tr("Development (public split)"), int(EvaluationPhase::Development));
    combo->addItem(MachinesPanel::tr("Final (private split)"), int(EvaluationPhase::Final));
    if (withRound)
        combo->addItem(MachinesPanel::tr("On a round, beside the officers"), int(EvaluationPhase::Round));
}

EvaluationPhase phaseOf(const QComboBox *combo)
{
    return EvaluationPhase(combo->currentData().toInt());
}

QTableWidget *pluginTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 5, parent);
    table->setObjectName(QStringLiteral("plugins"));
    table->setHorizontalHeaderLabels({MachinesPanel::tr("Label"), MachinesPanel::tr("Library or program"),
                                      MachinesPanel::tr("Vendor token"), MachinesPanel::tr("Development runs"),
                                      MachinesPanel::tr("Final runs")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return table;
}

} // namespace

MachinesPanel::MachinesPanel(AdminClient *admin, QWidget *parent) : QWidget(parent), m_admin(admin)
{
    m_client = new MachinesClient(admin, this);
    m_register = new RegisterPluginForm(this);
    m_evaluation = new EvaluationForm(this);
    m_pluginTable = pluginTable(this);
    m_boardPhase = new QComboBox(this);
    m_boardPhase->setObjectName(QStringLiteral("leaderboardPhase"));
    addPhases(m_boardPhase, false);
    m_results = new MachineResultsView(this);
    m_results->setObjectName(QStringLiteral("machineLeaderboard"));
    m_humanMachine = new HumanMachineView(m_client, this);
    m_humanMachine->setObjectName(QStringLiteral("humanMachine"));

    auto *setup = new QWidget(this);
    auto *setupLayout = new QHBoxLayout(setup);
    setupLayout->addWidget(m_register, 1);
    setupLayout->addWidget(m_evaluation, 1);
    auto *pluginsPage = new QSplitter(Qt::Vertical, this);
    pluginsPage->addWidget(setup);
    pluginsPage->addWidget(m_pluginTable);
    auto *boardPage = new QWidget(this);
    auto *boardBar = new QHBoxLayout;
    boardBar->addWidget(new QLabel(tr("Phase:"), boardPage));
    boardBar->addWidget(m_boardPhase, 1);
    auto *boardLayout = new QVBoxLayout(boardPage);
    boardLayout->addLayout(boardBar);
    boardLayout->addWidget(m_results, 1);
    auto *views = new QTabWidget(this);
    views->setObjectName(QStringLiteral("machineViews"));
    views->addTab(pluginsPage, tr("Plugins and evaluation"));
    views->addTab(boardPage, tr("Machine leaderboard"));
    views->addTab(m_humanMachine, tr("Officers and machines"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createRunBar());
    layout->addWidget(views, 1);

    connect(m_register, &RegisterPluginForm::registerRequested, this, &MachinesPanel::registerPlugin);
    connect(m_evaluation, &EvaluationForm::configureRequested, this, &MachinesPanel::configureEvaluation);
    connect(m_boardPhase, &QComboBox::currentIndexChanged, this, &MachinesPanel::refreshLeaderboard);
    connect(m_client, &MachinesClient::failed, this, &MachinesPanel::failure);
}

MachinesPanel::~MachinesPanel() = default;

QWidget *MachinesPanel::createRunBar()
{
    auto *bar = new QWidget(this);
    m_runPlugin = new QComboBox(bar);
    m_runPlugin->setObjectName(QStringLiteral("runPlugin"));
    m_runPhase = new QComboBox(bar);
    m_runPhase->setObjectName(QStringLiteral("runPhase"));
    addPhases(m_runPhase, true);
    m_runRound = new QComboBox(bar);
    m_runRound->setObjectName(QStringLiteral("runRound"));
    m_runRound->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_run = new QPushButton(tr("Run"), bar);
    m_run->setObjectName(QStringLiteral("runPluginButton"));
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setFormat(tr("%v of %m scans"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Run"), bar));
    layout->addWidget(m_runPlugin, 1);
    layout->addWidget(new QLabel(tr("in"), bar));
    layout->addWidget(m_runPhase);
    layout->addWidget(m_runRound);
    layout->addWidget(m_run);
    layout->addWidget(m_cancel);
    layout->addWidget(m_progress, 1);
    connect(m_runPhase, &QComboBox::currentIndexChanged, this, &MachinesPanel::showPhaseChoice);
    connect(m_run, &QPushButton::clicked, this, &MachinesPanel::runPlugin);
    connect(m_cancel, &QPushButton::clicked, m_client, &MachinesClient::cancelRun);
    connect(m_client, &MachinesClient::runProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    showPhaseChoice();
    return bar;
}

void MachinesPanel::showPhaseChoice()
{
    m_runRound->setEnabled(phaseOf(m_runPhase) == EvaluationPhase::Round);
}

void MachinesPanel::setEvent(const EventDetails &event)
{
    const QString selectedRound = m_runRound->currentData().toString();
    m_runRound->clear();
    for (const EventRound &round : event.rounds)
        m_runRound->addItem(round.title, round.id);
    m_runRound->setCurrentIndex(std::max(0, m_runRound->findData(selectedRound)));
    m_humanMachine->setEvent(event);
    const QString eventId = event.summary.id;
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    showPlugins({});
    m_board = {};
    m_results->setResults({});
    m_evaluation->setSettings(std::nullopt);
    // Only hosts manage machines: the event's machines are read when the tab is opened, so that a
    // trainer's console never asks.
    m_stale = true;
    if (isVisible())
        refresh();
}

void MachinesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MachinesPanel::setImageSets(const QList<ImageSetRecord> &sets)
{
    m_evaluation->setImageSets(sets);
}

void MachinesPanel::refresh()
{
    m_stale = false;
    if (m_eventId.isEmpty())
        return;
    m_admin->listTokens(m_eventId, [this](const QList<TokenSummary> &tokens) { m_register->setTokens(tokens); });
    m_client->listPlugins(m_eventId, [this, eventId = m_eventId](const QList<RegisteredPlugin> &plugins) {
        if (eventId == m_eventId)
            showPlugins(plugins);
    });
    // An event without an evaluation yet is the usual start, not a failure: none comes back.
    m_client->evaluation(m_eventId, [this, eventId = m_eventId](const std::optional<EvaluationSettings> &settings) {
        if (eventId == m_eventId && settings)
            m_evaluation->setSettings(settings);
    });
    refreshLeaderboard();
}

void MachinesPanel::refreshLeaderboard()
{
    if (m_eventId.isEmpty())
        return;
    m_client->leaderboard(m_eventId, phaseOf(m_boardPhase),
                          [this, eventId = m_eventId](const MachineLeaderboard &board) {
                              if (eventId != m_eventId || board.phase != phaseOf(m_boardPhase))
                                  return;
                              m_board = board;
                              m_results->setResults(board.runs);
                          });
}

void MachinesPanel::showPlugins(const QList<RegisteredPlugin> &plugins)
{
    m_plugins = plugins;
    const QString selected = m_runPlugin->currentData().toString();
    m_runPlugin->clear();
    m_pluginTable->setRowCount(0);
    m_pluginTable->setRowCount(int(plugins.size()));
    for (int row = 0; row < int(plugins.size()); ++row) {
        const RegisteredPlugin &plugin = plugins[row];
        const QStringList cells
            = {plugin.label, plugin.code, plugin.vendorTokenId.isEmpty() ? tr("none") : plugin.vendorTokenId,
               QString::number(plugin.developmentRuns), QString::number(plugin.finalRuns)};
        for (int column = 0; column < int(cells.size()); ++column)
            m_pluginTable->setItem(row, column, new QTableWidgetItem(cells[column]));
        m_runPlugin->addItem(plugin.label, plugin.id);
    }
    m_runPlugin->setCurrentIndex(std::max(0, m_runPlugin->findData(selected)));
}

void MachinesPanel::registerPlugin()
{
    QString problem;
    const auto registration = m_register->registration(m_eventId, &problem);
    if (!registration) {
        emit failure(tr("Registering the plugin"), problem);
        return;
    }
    m_client->registerPlugin(*registration, [this](const RegisteredPlugin &plugin) {
        emit notice(tr("Plugin %1 registered.").arg(plugin.label));
        m_register->clear();
        refresh();
    });
}

void MachinesPanel::configureEvaluation()
{
    m_client->configure(m_evaluation->settings(m_eventId), [this](const EvaluationSettings &settings) {
        m_evaluation->setSettings(settings);
        emit notice(tr("Evaluation saved: %1 public and %2 private scan(s).")
                        .arg(settings.publicScans)
                        .arg(settings.privateScans));
    });
}

void MachinesPanel::runPlugin()
{
    const PluginRun run{m_eventId, m_runPlugin->currentData().toString(), phaseOf(m_runPhase),
                        m_runRound->currentData().toString()};
    if (run.pluginId.isEmpty()) {
        emit failure(tr("Running the plugin"), tr("register a plugin first"));
        return;
    }
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    emit notice(tr("Running %1…").arg(m_runPlugin->currentText()));
    m_client->runPlugin(run, [this, phase = run.phase](const std::optional<MachineResult> &result, bool cancelled) {
        runFinished(result, phase, cancelled);
    });
}

void MachinesPanel::runFinished(const std::optional<MachineResult> &run, EvaluationPhase phase, bool cancelled)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    if (run) {
        const MachineResult &result = *run;
        emit notice(tr("%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).", nullptr, result.metrics.failures)
                        .arg(result.label, MachineResultsTable::number(result.metrics.meanAp50),
                             MachineResultsTable::number(result.metrics.pd, 2),
                             MachineResultsTable::number(result.metrics.pfa, 2)));
        if (phase == EvaluationPhase::Round)
            m_humanMachine->refresh();
    } else if (cancelled) {
        emit notice(tr("Run cancelled; it does not count as a submission."));
    }
    refresh();
    emit runEnded();
}

} // namespace pen::gui
