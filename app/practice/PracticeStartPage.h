// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "model/RoundSettings.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pen::gui {

class HistoryChart;
class LevelsChart;

/// Where practice starts: the image sets to play (the bundled demo sets first, then any folder
/// the officer opens), the round settings the chosen set prescribes (which the officer may
/// change), and the history of past rounds. Manifests are read off the GUI thread.
class PracticeStartPage final : public QWidget {
    Q_OBJECT
public:
    explicit PracticeStartPage(QWidget *parent = nullptr);

    /// Lists the image sets found in these folders (each a set or a folder of sets).
    void findImageSets(const QStringList &folders);
    /// Adds one set folder and selects it once read.
    void addImageSet(const QString &folder);
    HistoryChart *historyChart() const { return m_history; }
    /// The trainee's adaptive levels over the rounds, beside the history chart.
    LevelsChart *levelsChart() const { return m_levelsChart; }
    /// Who is practising, on a PC that trainees share; the history shows their rounds only.
    QString trainee() const;
    QComboBox *traineeBox() const { return m_trainee; }
    /// The names the history knows, the last player first; the name shown stays.
    void setKnownTrainees(const QStringList &names);
    /// Which rounds the history chart shows: of one round type only, where one is chosen; of
    /// one threat category only (that category's hits and false alarms), where one is chosen.
    std::optional<RoundType> historyRoundType() const;
    QString historyCategory() const;
    QComboBox *historyTypeBox() const { return m_historyType; }
    QComboBox *historyCategoryBox() const { return m_historyCategory; }
    /// The categories that the trainee's rounds hold, offered in the category box; the choice stays.
    void setHistoryCategories(const QStringList &keys);
    /// Whether the next round draws its scans at the trainee's levels (AdaptiveTraining).
    bool isAdaptive() const;
    /// The trainee's level per category, as the form shows it beside the adaptive choice.
    void showLevels(const QMap<QString, int> &levels);
    QString levelsText() const;
    int setCount() const;
    QString selectedFolder() const;
    /// The folders of every set listed.
    QStringList setFolders() const;
    /// The settings as the form shows them.
    RoundSettings roundSettings() const;

signals:
    void startRequested(const QString &folder, const pen::ImageSet &set, const pen::RoundSettings &settings);
    void openFolderRequested();
    void threatLibraryRequested();
    /// All listed folders were read (for tests and the screenshot job).
    void imageSetsListed();
    void errorShown(const QString &message);
    /// Another trainee's name was chosen or typed in.
    void traineeChanged(const QString &name);
    /// Another round type or category was chosen for the history chart.
    void historyFilterChanged();

private:
    void read(const QStringList &setFolders, const QString &select);
    void listed(const QList<std::pair<QString, Expected<ImageSet>>> &sets, const QString &select);
    void selectionChanged();
    void typeChosen();
    void showSettings(const RoundSettings &settings);
    void updateFormula();

    QList<std::pair<QString, ImageSet>> m_sets;
    QComboBox *m_trainee = nullptr;
    QComboBox *m_historyType = nullptr;
    QCheckBox *m_adaptive = nullptr;
    QLabel *m_levels = nullptr;
    QComboBox *m_historyCategory = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_description = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_secondsPerScan = nullptr;
    QSpinBox *m_roundMinutes = nullptr;
    QComboBox *m_feedback = nullptr;
    QCheckBox *m_categoryRequired = nullptr;
    QLabel *m_formula = nullptr;
    QPushButton *m_start = nullptr;
    HistoryChart *m_history = nullptr;
    LevelsChart *m_levelsChart = nullptr;
    RoundSettings m_baseSettings;
};

} // namespace pen::gui
