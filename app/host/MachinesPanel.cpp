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

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

void addPhases(QComboBox *combo, bool withRound)
{
    combo->addItem(MachinesPanel::tr("Development (public split)"), int(v1::EVALUATION_PHASE_DEVELOPMENT));
    combo->addItem(MachinesPanel::tr("Final (private split)"), int(v1::EVALUATION_PHASE_FINAL));
    if (withRound)
        combo->addItem(MachinesPanel::tr("On a round, beside the officers"), int(v1::EVALUATION_PHASE_ROUND));
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
    m_runRound->setEnabled(m_runPhase->currentData().toInt() == v1::EVALUATION_PHASE_ROUND);
}

void MachinesPanel::setEvent(const v1::EventDetails &event)
{
    const QString selectedRound = m_runRound->currentData().toString();
    m_runRound->clear();
    for (const v1::RoundInfo &round : event.rounds())
        m_runRound->addItem(text(round.title()), text(round.round_id()));
    m_runRound->setCurrentIndex(std::max(0, m_runRound->findData(selectedRound)));
    m_humanMachine->setEvent(event);
    const QString eventId = text(event.summary().event_id());
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    showPlugins({});
    m_board.Clear();
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

void MachinesPanel::setImageSets(const v1::ListImageSetsReply &sets)
{
    m_evaluation->setImageSets(sets);
}

void MachinesPanel::refresh()
{
    m_stale = false;
    if (m_eventId.isEmpty())
        return;
    m_admin->listTokens(m_eventId, [this](const v1::ListTokensReply &tokens) { m_register->setTokens(tokens); });
    m_client->listPlugins(m_eventId, [this, eventId = m_eventId](const v1::ListPluginsReply &plugins) {
        if (eventId == m_eventId)
            showPlugins(plugins);
    });
    // An event without an evaluation yet is the usual start, not a failure.
    m_client->evaluation(
        m_eventId,
        [this, eventId = m_eventId](const v1::EvaluationSettings &settings) {
            if (eventId == m_eventId)
                m_evaluation->setSettings(settings);
        },
        [this](const grpc::Status &status) {
            if (status.error_code() != grpc::StatusCode::NOT_FOUND)
                emit failure(tr("Reading the evaluation"), AdminClient::describe(status));
        });
    refreshLeaderboard();
}

void MachinesPanel::refreshLeaderboard()
{
    if (m_eventId.isEmpty())
        return;
    const auto phase = v1::EvaluationPhase(m_boardPhase->currentData().toInt());
    m_client->leaderboard(m_eventId, phase, [this, eventId = m_eventId](const v1::MachineLeaderboard &board) {
        if (eventId != m_eventId || board.phase() != m_boardPhase->currentData().toInt())
            return;
        m_board = board;
        QList<MachineResult> results;
        for (const v1::MachineRunSummary &run : board.runs())
            results.append(MachineResult::fromProto(run));
        m_results->setResults(results);
    });
}

void MachinesPanel::showPlugins(const v1::ListPluginsReply &plugins)
{
    m_plugins = plugins;
    const QString selected = m_runPlugin->currentData().toString();
    m_runPlugin->clear();
    m_pluginTable->setRowCount(0);
    m_pluginTable->setRowCount(plugins.plugins_size());
    for (int row = 0; row < plugins.plugins_size(); ++row) {
        const v1::PluginSummary &plugin = plugins.plugins(row);
        const QStringList cells = {text(plugin.label()), text(plugin.code()),
                                   plugin.vendor_token_id().empty() ? tr("none") : text(plugin.vendor_token_id()),
                                   QString::number(plugin.development_runs()), QString::number(plugin.final_runs())};
        for (int column = 0; column < int(cells.size()); ++column)
            m_pluginTable->setItem(row, column, new QTableWidgetItem(cells[column]));
        m_runPlugin->addItem(text(plugin.label()), text(plugin.plugin_id()));
    }
    m_runPlugin->setCurrentIndex(std::max(0, m_runPlugin->findData(selected)));
}

void MachinesPanel::registerPlugin()
{
    QString problem;
    const auto request = m_register->request(m_eventId, &problem);
    if (!request) {
        emit failure(tr("Registering the plugin"), problem);
        return;
    }
    m_client->registerPlugin(*request, [this](const v1::PluginSummary &plugin) {
        emit notice(tr("Plugin %1 registered.").arg(text(plugin.label())));
        m_register->clear();
        refresh();
    });
}

void MachinesPanel::configureEvaluation()
{
    m_client->configure(m_evaluation->request(m_eventId), [this](const v1::EvaluationSettings &settings) {
        m_evaluation->setSettings(settings);
        emit notice(tr("Evaluation saved: %1 public and %2 private scan(s).")
                        .arg(settings.public_scans())
                        .arg(settings.private_scans()));
    });
}

void MachinesPanel::runPlugin()
{
    v1::RunPluginRequest request;
    request.set_event_id(m_eventId.toStdString());
    request.set_plugin_id(m_runPlugin->currentData().toString().toStdString());
    request.set_phase(v1::EvaluationPhase(m_runPhase->currentData().toInt()));
    if (request.phase() == v1::EVALUATION_PHASE_ROUND)
        request.set_round_id(m_runRound->currentData().toString().toStdString());
    if (request.plugin_id().empty()) {
        emit failure(tr("Running the plugin"), tr("register a plugin first"));
        return;
    }
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    emit notice(tr("Running %1…").arg(m_runPlugin->currentText()));
    m_client->runPlugin(request, [this](const std::optional<v1::MachineRunSummary> &run, bool cancelled) {
        runFinished(run, cancelled);
    });
}

void MachinesPanel::runFinished(const std::optional<v1::MachineRunSummary> &run, bool cancelled)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    if (run) {
        const MachineResult result = MachineResult::fromProto(*run);
        emit notice(tr("%1 scored: mean AP@0.5 %2, Pd %3, Pfa %4, %n failure(s).", nullptr, result.metrics.failures)
                        .arg(result.label, MachineResultsTable::number(result.metrics.meanAp50),
                             MachineResultsTable::number(result.metrics.pd, 2),
                             MachineResultsTable::number(result.metrics.pfa, 2)));
        if (run->phase() == v1::EVALUATION_PHASE_ROUND)
            m_humanMachine->refresh();
    } else if (cancelled) {
        emit notice(tr("Run cancelled; it does not count as a submission."));
    }
    refresh();
    emit runEnded();
}

} // namespace pen::gui
