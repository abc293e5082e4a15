// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace pen {
class MaterialBands;
}

namespace pen::gui {

class ScanViewerPane;
class ViewerToolBar;

/// The threat library, as screening trainers keep one: every kind of threat and contraband the
/// sets hold, each explained (ThreatDescription) beside examples rendered alone from the scenes
/// they were hidden in (TargetsAlone), in the viewer with all its modes, so that an officer sees
/// why it looks as it does and which mode shows it best. Sets are read off the GUI thread.
class ThreatLibraryPage final : public QWidget {
    Q_OBJECT
public:
    explicit ThreatLibraryPage(std::shared_ptr<const MaterialBands> bands, QWidget *parent = nullptr);
    ~ThreatLibraryPage() override;

    /// Gathers the examples of the sets in these folders (their targets alone).
    void showSets(const QStringList &setFolders);
    /// Kinds listed, in library order; each row is a ThreatDescription's kind.
    QStringList kinds() const;
    int exampleCount(const QString &kind) const;
    /// Selects a kind and shows its first example (again, where it is selected already).
    void selectKind(const QString &kind);
    void showExample(int index);
    int currentExample() const { return m_example; }

    ScanViewerPane *viewerPane() const { return m_pane; }
    ViewerToolBar *toolBar() const { return m_toolBar; }

signals:
    void backRequested();
    /// The examples of the sets given to showSets() are gathered.
    void examplesListed();
    /// An example is in the viewer.
    void exampleShown(const QString &kind, int index);
    void failed(const QString &message);

private:
    struct Example {
        QString folder; ///< of the targets-alone set
        ImageSetEntry entry;
    };
    using Examples = QMap<QString, QList<Example>>;

    void listed(const Examples &examples);
    void kindChanged();
    QString currentKind() const;

    std::shared_ptr<const MaterialBands> m_bands;
    Examples m_examples;
    int m_example = -1;
    quint64 m_listRequest = 0;
    quint64 m_loadRequest = 0;

    QListWidget *m_kinds = nullptr;
    ScanViewerPane *m_pane = nullptr;
    ViewerToolBar *m_toolBar = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_position = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_bestMode = nullptr;
};

} // namespace pen::gui
