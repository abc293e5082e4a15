// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "RoundsPanel.h"

#include "AdminClient.h"
#include "DisplayNames.h"
#include "model/RoundSettings.h"
#include "model/ThreatCategories.h"
#include "practice/PracticeNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace pen::gui {
namespace {

QSpinBox *secondsBox(int value, int maximum, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setValue(value);
    box->setSuffix(QStringLiteral(" s"));
    return box;
}

QDoubleSpinBox *weightBox(const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 1000);
    box->setDecimals(1);
    return box;
}

} // namespace

RoundsPanel::RoundsPanel(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    createRoundTable();
    createScanFields();
    createScoringFields();
    createClockFields();
    QGroupBox *box = createRoundForm();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);
    connectForm();
    showDefaultsOf(RoundType::FindTheThreat);
}

void RoundsPanel::createRoundTable()
{
    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("rounds"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Type"), tr("Scans"), tr("Per scan"), tr("Round clock"),
                                        tr("Clocks start"), tr("Countdown"), tr("Break after")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void RoundsPanel::createScanFields()
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("roundTitle"));
    m_imageSet = new QComboBox(this);
    m_imageSet->setObjectName(QStringLiteral("roundImageSet"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("roundType"));
    for (RoundType type : {RoundType::FindTheThreat, RoundType::DeclarationCheck, RoundType::FindTheMost})
        m_type->addItem(PracticeNames::roundType(type), roundTypeKey(type));
    m_drawScans = new QSpinBox(this);
    m_drawScans->setObjectName(QStringLiteral("drawScans"));
    m_drawScans->setRange(0, 100000);
    m_drawScans->setSpecialValueText(tr("every scan of the set"));
    m_drawSeed = new QSpinBox(this);
    m_drawSeed->setObjectName(QStringLiteral("drawSeed"));
    m_drawSeed->setRange(0, std::numeric_limits<int>::max());
    m_drawSeed->setValue(1);
    m_drawSeed->setToolTip(tr("The same seed draws the same scans"));
    m_targets = new QListWidget(this);
    m_targets->setObjectName(QStringLiteral("targetCategories"));
    m_targets->setToolTip(
        tr("None ticked: every category counts as a target (declaration checks: the inconsistencies)"));
    for (const ThreatCategory &category : ThreatCategories::builtIn()) {
        auto *item = new QListWidgetItem(DisplayNames::category(category.key, ImageSet()), m_targets);
        item->setData(Qt::UserRole, category.key);
        item->setCheckState(Qt::Unchecked);
    }
    m_targets->setMaximumHeight(110);
}

void RoundsPanel::createScoringFields()
{
    m_feedback = new QComboBox(this);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->addItem(tr("after each scan (practice sessions)"), int(RoundSettings::Feedback::AfterEachScan));
    m_feedback->addItem(tr("at the end of the round"), int(RoundSettings::Feedback::AtEnd));
    m_categoryRequired = new QCheckBox(tr("a mark must name the right category"), this);
    m_categoryRequired->setObjectName(QStringLiteral("categoryRequired"));
    m_pointsPerHit = weightBox(QStringLiteral("pointsPerHit"), this);
    m_speedBonus = weightBox(QStringLiteral("speedBonus"), this);
    m_falseAlarmPenalty = weightBox(QStringLiteral("falseAlarmPenalty"), this);
}

void RoundsPanel::createClockFields()
{
    // The brief's numbers: 120 s per image, 10 minute breaks.
    m_secondsPerScan = secondsBox(120, 3600, QStringLiteral("secondsPerScan"), this);
    m_secondsPerScan->setSpecialValueText(tr("no per-scan clock"));
    m_roundSeconds = secondsBox(0, 24 * 3600, QStringLiteral("roundSeconds"), this);
    m_roundSeconds->setSpecialValueText(tr("no round clock"));
    m_clockStart = new QComboBox(this);
    m_clockStart->setObjectName(QStringLiteral("clockStart"));
    m_clockStart->addItem(tr("with the round: it ends for all at one time"),
                          int(RoundSettings::ClockStart::AtRoundStart));
    m_clockStart->addItem(tr("when each contestant joins, within the join window"),
                          int(RoundSettings::ClockStart::AtJoin));
    m_joinWindow = secondsBox(120, 24 * 3600, QStringLiteral("joinWindow"), this);
    m_joinWindow->setToolTip(
        tr("How long after the round's start a contestant may still join; who joins later sits the round out"));
    m_countdown = secondsBox(10, 600, QStringLiteral("countdown"), this);
    m_break = secondsBox(600, 24 * 3600, QStringLiteral("breakAfter"), this);
}

QGroupBox *RoundsPanel::createRoundForm()
{
    m_add = new QPushButton(tr("Add round"), this);
    m_add->setObjectName(QStringLiteral("addRound"));

    auto *box = new QGroupBox(tr("New round"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Image set"), m_imageSet);
    form->addRow(tr("Scans to draw"), m_drawScans);
    form->addRow(tr("Seed of the draw"), m_drawSeed);
    form->addRow(tr("Round type"), m_type);
    form->addRow(tr("Targets"), m_targets);
    form->addRow(tr("Feedback"), m_feedback);
    form->addRow(QString(), m_categoryRequired);
    form->addRow(tr("Points per target found"), m_pointsPerHit);
    form->addRow(tr("Speed bonus, at most"), m_speedBonus);
    form->addRow(tr("Penalty per false alarm"), m_falseAlarmPenalty);
    form->addRow(tr("Seconds per scan"), m_secondsPerScan);
    form->addRow(tr("Round seconds"), m_roundSeconds);
    form->addRow(tr("Clocks start"), m_clockStart);
    form->addRow(tr("Join window"), m_joinWindow);
    form->addRow(tr("Countdown"), m_countdown);
    form->addRow(tr("Break after"), m_break);
    form->addRow(m_add);
    return box;
}

void RoundsPanel::connectForm()
{
    connect(m_add, &QPushButton::clicked, this, &RoundsPanel::addRound);
    // The join window counts only when each contestant's clock starts at the join.
    connect(m_clockStart, &QComboBox::currentIndexChanged, this, [this] {
        m_joinWindow->setEnabled(m_clockStart->currentData().toInt() == int(RoundSettings::ClockStart::AtJoin));
    });
    m_joinWindow->setEnabled(false);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { showDefaultsOf(*roundTypeFromKey(m_type->currentData().toString())); });
}

void RoundsPanel::showDefaultsOf(RoundType type)
{
    const RoundSettings defaults = RoundSettings::defaultsFor(type);
    m_feedback->setCurrentIndex(m_feedback->findData(int(defaults.feedback)));
    m_categoryRequired->setChecked(defaults.categoryRequired);
    m_pointsPerHit->setValue(defaults.scoring.pointsPerHit);
    m_speedBonus->setValue(defaults.scoring.speedBonus);
    m_falseAlarmPenalty->setValue(defaults.scoring.falseAlarmPenalty);
    m_targets->setEnabled(type != RoundType::DeclarationCheck);
}

void RoundsPanel::setEvent(const EventDetails &event)
{
    m_eventId = event.summary.id;
    m_table->setRowCount(int(event.rounds.size()));
    for (int row = 0; row < int(event.rounds.size()); ++row) {
        const EventRound &round = event.rounds[row];
        const QStringList cells{round.title,
                                PracticeNames::roundType(round.type),
                                QString::number(round.scanCount),
                                PracticeNames::clock(round.secondsPerScan),
                                PracticeNames::clock(round.roundSeconds),
                                round.clockStartsAtJoin
                                    ? tr("at join (window %1)").arg(PracticeNames::clock(round.joinWindowSeconds))
                                    : tr("with the round"),
                                PracticeNames::clock(round.countdownSeconds),
                                PracticeNames::clock(round.breakSecondsAfter)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void RoundsPanel::setImageSets(const QList<ImageSetRecord> &sets)
{
    const QString selected = m_imageSet->currentData().toString();
    m_imageSet->clear();
    for (const ImageSetRecord &set : sets)
        m_imageSet->addItem(tr("%1 (%2 scans)").arg(set.name).arg(set.scanCount), set.id);
    m_imageSet->setCurrentIndex(std::max(0, m_imageSet->findData(selected)));
}

NewRound RoundsPanel::newRound() const
{
    NewRound round;
    round.eventId = m_eventId;
    round.drawScans = m_drawScans->value();
    round.drawSeed = quint64(m_drawSeed->value());
    round.plan.title = m_title->text().trimmed();
    round.plan.imageSetId = m_imageSet->currentData().toString();
    round.plan.countdownSeconds = m_countdown->value();
    round.plan.breakSecondsAfter = m_break->value();
    RoundSettings &settings = round.plan.settings;
    settings = RoundSettings::defaultsFor(*roundTypeFromKey(m_type->currentData().toString()));
    settings.secondsPerScan = m_secondsPerScan->value();
    settings.roundSeconds = m_roundSeconds->value();
    settings.targetCategories.clear();
    for (int row = 0; row < m_targets->count(); ++row) {
        if (m_targets->isEnabled() && m_targets->item(row)->checkState() == Qt::Checked)
            settings.targetCategories.append(m_targets->item(row)->data(Qt::UserRole).toString());
    }
    settings.feedback = RoundSettings::Feedback(m_feedback->currentData().toInt());
    settings.categoryRequired = m_categoryRequired->isChecked();
    settings.scoring.pointsPerHit = m_pointsPerHit->value();
    settings.scoring.speedBonus = m_speedBonus->value();
    settings.scoring.falseAlarmPenalty = m_falseAlarmPenalty->value();
    settings.clockStart = RoundSettings::ClockStart(m_clockStart->currentData().toInt());
    settings.joinWindowSeconds = m_joinWindow->value();
    return round;
}

void RoundsPanel::addRound()
{
    m_client->addRound(newRound(), [this](const EventRound &) {
        m_title->clear();
        emit roundAdded();
    });
}

} // namespace pen::gui
