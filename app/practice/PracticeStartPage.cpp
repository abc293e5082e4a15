// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PracticeStartPage.h"

#include "DisplayNames.h"

#include "BundledSetFolders.h"
#include "HistoryChart.h"
#include "LevelsChart.h"
#include "PracticeNames.h"
#include "imageset/ImageSetFolder.h"
#include "rounds/AdaptiveTraining.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace pen::gui {
namespace {

RoundSettings settingsOf(const ImageSet &set)
{
    return set.round.value_or(RoundSettings{});
}

} // namespace

PracticeStartPage::PracticeStartPage(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("imageSetList"));
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumWidth(300);
    connect(m_list, &QListWidget::currentRowChanged, this, &PracticeStartPage::selectionChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_start->click(); });
    auto *open = new QPushButton(tr("Open image set folder…"));
    connect(open, &QPushButton::clicked, this, &PracticeStartPage::openFolderRequested);
    auto *library = new QPushButton(tr("Threat library…"));
    library->setObjectName(QStringLiteral("openThreatLibrary"));
    library->setToolTip(tr("Every kind of threat in these sets, explained and shown alone"));
    connect(library, &QPushButton::clicked, this, &PracticeStartPage::threatLibraryRequested);
    auto *setsBox = new QGroupBox(tr("Image sets"));
    auto *setsLayout = new QVBoxLayout(setsBox);
    setsLayout->addWidget(m_list);
    setsLayout->addWidget(open);
    setsLayout->addWidget(library);

    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("setDescription"));
    m_description->setWordWrap(true);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("roundType"));
    m_type->setToolTip(tr("The set's own round type comes first; others are offered where the set suits them"));
    connect(m_type, &QComboBox::activated, this, &PracticeStartPage::typeChosen);
    m_secondsPerScan = new QSpinBox;
    m_secondsPerScan->setObjectName(QStringLiteral("secondsPerScan"));
    m_secondsPerScan->setRange(0, 3600);
    m_secondsPerScan->setSuffix(tr(" s"));
    m_secondsPerScan->setSpecialValueText(tr("no clock"));
    m_roundMinutes = new QSpinBox;
    m_roundMinutes->setObjectName(QStringLiteral("roundMinutes"));
    m_roundMinutes->setRange(0, 600);
    m_roundMinutes->setSuffix(tr(" min"));
    m_roundMinutes->setSpecialValueText(tr("no clock"));
    m_feedback = new QComboBox;
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->addItem(tr("after each scan"), int(RoundSettings::Feedback::AfterEachScan));
    m_feedback->addItem(tr("at the end of the round"), int(RoundSettings::Feedback::AtEnd));
    m_categoryRequired = new QCheckBox(tr("a mark must name the right category"));
    m_categoryRequired->setObjectName(QStringLiteral("categoryRequired"));
    m_formula = new QLabel;
    m_formula->setObjectName(QStringLiteral("scoringFormula"));
    m_formula->setWordWrap(true);
    for (QSpinBox *spin : {m_secondsPerScan, m_roundMinutes})
        connect(spin, &QSpinBox::valueChanged, this, &PracticeStartPage::updateFormula);
    m_start = new QPushButton(tr("Start round"));
    m_start->setObjectName(QStringLiteral("startRound"));
    m_start->setDefault(true);
    m_start->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_sets.size())
            emit startRequested(m_sets[row].first, m_sets[row].second, roundSettings());
    });

    m_trainee = new QComboBox;
    m_trainee->setObjectName(QStringLiteral("trainee"));
    m_trainee->setEditable(true);
    m_trainee->setInsertPolicy(QComboBox::NoInsert);
    m_trainee->lineEdit()->setPlaceholderText(tr("your name, where trainees share this PC"));
    connect(m_trainee, &QComboBox::currentTextChanged, this,
            [this](const QString &name) { emit traineeChanged(name.trimmed()); });

    auto *roundBox = new QGroupBox(tr("Round"));
    auto *form = new QFormLayout(roundBox);
    form->addRow(tr("Trainee:"), m_trainee);
    form->addRow(m_description);
    form->addRow(tr("Round type:"), m_type);
    form->addRow(tr("Time per scan:"), m_secondsPerScan);
    form->addRow(tr("Time for the round:"), m_roundMinutes);
    form->addRow(tr("Feedback:"), m_feedback);
    form->addRow(m_categoryRequired);
    m_adaptive = new QCheckBox(tr("adapt the scans to my levels"));
    m_adaptive->setObjectName(QStringLiteral("adaptive"));
    m_adaptive->setToolTip(tr("Each threat category's targets are drawn at your level in it, which rises after "
                              "rounds where you find three in four of them and falls where you find fewer than half"));
    m_levels = new QLabel;
    m_levels->setObjectName(QStringLiteral("adaptiveLevels"));
    m_levels->setWordWrap(true);
    form->addRow(m_adaptive);
    form->addRow(m_levels);
    form->addRow(tr("Scoring:"), m_formula);
    form->addRow(m_start);

    m_history = new HistoryChart;
    m_history->setObjectName(QStringLiteral("historyChart"));
    m_historyType = new QComboBox;
    m_historyType->setObjectName(QStringLiteral("historyType"));
    m_historyType->addItem(tr("All round types"), -1);
    for (const RoundType type : {RoundType::FindTheThreat, RoundType::DeclarationCheck, RoundType::FindTheMost})
        m_historyType->addItem(PracticeNames::roundType(type), int(type));
    m_historyCategory = new QComboBox;
    m_historyCategory->setObjectName(QStringLiteral("historyCategory"));
    m_historyCategory->addItem(tr("All categories"), QString());
    for (QComboBox *box : {m_historyType, m_historyCategory})
        connect(box, &QComboBox::currentIndexChanged, this, &PracticeStartPage::historyFilterChanged);
    auto *historyFilter = new QHBoxLayout;
    historyFilter->addWidget(new QLabel(tr("History of:")));
    historyFilter->addWidget(m_historyType);
    historyFilter->addWidget(m_historyCategory);
    historyFilter->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(roundBox);
    right->addLayout(historyFilter);
    m_levelsChart = new LevelsChart;
    m_levelsChart->setObjectName(QStringLiteral("levelsChart"));
    auto *charts = new QTabWidget;
    charts->setObjectName(QStringLiteral("historyCharts"));
    charts->addTab(m_history, tr("Results"));
    charts->addTab(m_levelsChart, tr("Levels"));
    right->addWidget(charts, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(setsBox, 2);
    layout->addLayout(right, 3);
}

QString PracticeStartPage::trainee() const
{
    return m_trainee->currentText().trimmed();
}

void PracticeStartPage::setKnownTrainees(const QStringList &names)
{
    const QString shown = m_trainee->currentText();
    const QSignalBlocker quiet(m_trainee);
    m_trainee->clear();
    m_trainee->addItems(names);
    m_trainee->setCurrentText(shown);
}

std::optional<RoundType> PracticeStartPage::historyRoundType() const
{
    const int type = m_historyType->currentData().toInt();
    return type < 0 ? std::nullopt : std::optional<RoundType>(RoundType(type));
}

QString PracticeStartPage::historyCategory() const
{
    return m_historyCategory->currentData().toString();
}

void PracticeStartPage::setHistoryCategories(const QStringList &keys)
{
    const QString chosen = historyCategory();
    const QSignalBlocker quiet(m_historyCategory);
    while (m_historyCategory->count() > 1)
        m_historyCategory->removeItem(1);
    for (const QString &key : keys)
        m_historyCategory->addItem(DisplayNames::category(key, {}), key);
    m_historyCategory->setCurrentIndex(std::max(0, m_historyCategory->findData(chosen)));
}

bool PracticeStartPage::isAdaptive() const
{
    return m_adaptive->isChecked();
}

void PracticeStartPage::showLevels(const QMap<QString, int> &levels)
{
    QStringList parts;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        parts << tr("%1: level %2 of %3")
                     .arg(DisplayNames::category(it.key(), {}))
                     .arg(it.value())
                     .arg(AdaptiveTraining::LevelCount);
    m_levels->setText(parts.isEmpty() ? tr("Levels: all categories start at 1.")
                                      : tr("Levels: %1").arg(parts.join(QStringLiteral(", "))));
}

QString PracticeStartPage::levelsText() const
{
    return m_levels->text();
}

int PracticeStartPage::setCount() const
{
    return int(m_sets.size());
}

QStringList PracticeStartPage::setFolders() const
{
    QStringList folders;
    for (const auto &[folder, set] : m_sets)
        folders.append(folder);
    return folders;
}

QString PracticeStartPage::selectedFolder() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_sets.size() ? m_sets[row].first : QString();
}

void PracticeStartPage::findImageSets(const QStringList &folders)
{
    read(bundledSetFolders(folders), {});
}

void PracticeStartPage::addImageSet(const QString &folder)
{
    read({QDir(folder).absolutePath()}, QDir(folder).absolutePath());
}

void PracticeStartPage::read(const QStringList &setFolders, const QString &select)
{
    QtConcurrent::run([setFolders] {
        QList<std::pair<QString, Expected<ImageSet>>> sets;
        for (const QString &folder : setFolders)
            sets.append({folder, ImageSetFolder::open(folder)});
        return sets;
    }).then(this, [this, select](const QList<std::pair<QString, Expected<ImageSet>>> &sets) { listed(sets, select); });
}

void PracticeStartPage::listed(const QList<std::pair<QString, Expected<ImageSet>>> &sets, const QString &select)
{
    for (const auto &[folder, set] : sets) {
        if (!set) {
            emit errorShown(set.error().message);
            continue;
        }
        const auto known
            = std::find_if(m_sets.begin(), m_sets.end(), [&](const auto &entry) { return entry.first == folder; });
        if (known != m_sets.end()) {
            known->second = *set;
        } else {
            m_sets.append({folder, *set});
            auto *item = new QListWidgetItem(tr("%1 — %n scan(s)", nullptr, int(set->entries.size())).arg(set->name));
            item->setToolTip(QDir::toNativeSeparators(folder));
            m_list->addItem(item);
        }
        if (folder == select || m_list->currentRow() < 0) {
            const int row
                = int(std::distance(m_sets.begin(), std::find_if(m_sets.begin(), m_sets.end(), [&](const auto &entry) {
                                        return entry.first == folder;
                                    })));
            m_list->setCurrentRow(row);
        }
    }
    emit imageSetsListed();
}

void PracticeStartPage::selectionChanged()
{
    const int row = m_list->currentRow();
    m_start->setEnabled(row >= 0 && row < m_sets.size() && !m_sets[row].second.entries.isEmpty());
    if (row < 0 || row >= m_sets.size())
        return;
    const ImageSet &set = m_sets[row].second;
    m_description->setText(set.description.isEmpty() ? set.name : set.description);
    // The set decides which kinds of round it can be played as (its own first).
    m_type->clear();
    for (RoundType type : set.playableRoundTypes())
        m_type->addItem(PracticeNames::roundType(type), int(type));
    m_type->setEnabled(m_type->count() > 1);
    showSettings(settingsOf(set));
}

// Another kind of round of the same set: that type's clocks, feedback and scoring, the set's own
// targets kept where the type names categories.
void PracticeStartPage::typeChosen()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sets.size())
        return;
    const RoundSettings own = settingsOf(m_sets[row].second);
    const auto type = RoundType(m_type->currentData().toInt());
    if (type == own.type) {
        showSettings(own);
        return;
    }
    RoundSettings settings = RoundSettings::defaultsFor(type);
    if (type != RoundType::DeclarationCheck && own.type != RoundType::DeclarationCheck)
        settings.targetCategories = own.targetCategories;
    showSettings(settings);
}

void PracticeStartPage::showSettings(const RoundSettings &settings)
{
    m_baseSettings = settings;
    m_type->setCurrentIndex(m_type->findData(int(settings.type)));
    m_secondsPerScan->setValue(settings.secondsPerScan);
    m_roundMinutes->setValue((settings.roundSeconds + 59) / 60);
    m_feedback->setCurrentIndex(m_feedback->findData(int(settings.feedback)));
    m_categoryRequired->setChecked(settings.categoryRequired);
    updateFormula();
}

RoundSettings PracticeStartPage::roundSettings() const
{
    RoundSettings settings = m_baseSettings;
    settings.secondsPerScan = m_secondsPerScan->value();
    settings.roundSeconds = m_roundMinutes->value() * 60;
    settings.feedback = RoundSettings::Feedback(m_feedback->currentData().toInt());
    settings.categoryRequired = m_categoryRequired->isChecked();
    return settings;
}

void PracticeStartPage::updateFormula()
{
    m_formula->setText(PracticeNames::scoringFormula(roundSettings()));
}

} // namespace pen::gui
