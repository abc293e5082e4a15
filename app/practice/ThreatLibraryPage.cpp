// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ThreatLibraryPage.h"

#include "ScrollingColumn.h"
#include "ThreatDescription.h"
#include "imageset/ImageSetFolder.h"
#include "imageset/TargetsAlone.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/ViewerKeypad.h"
#include "viewer/ViewerToolBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QtConcurrent/QtConcurrentRun>

namespace pen::gui {

ThreatLibraryPage::ThreatLibraryPage(std::shared_ptr<const MaterialBands> bands, QWidget *parent)
    : QWidget(parent), m_bands(std::move(bands))
{
    m_kinds = new QListWidget;
    m_kinds->setObjectName(QStringLiteral("threatKinds"));
    m_kinds->setFixedWidth(240);
    connect(m_kinds, &QListWidget::currentRowChanged, this, &ThreatLibraryPage::kindChanged);
    auto *back = new QPushButton(tr("Back to practice"));
    back->setObjectName(QStringLiteral("backToPractice"));
    connect(back, &QPushButton::clicked, this, &ThreatLibraryPage::backRequested);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Threat library</b>")));
    left->addWidget(m_kinds, 1);
    left->addWidget(back);

    m_pane = new ScanViewerPane;
    m_pane->setObjectName(QStringLiteral("libraryViewer"));
    m_pane->setMarkListVisible(false);
    m_toolBar = new ViewerToolBar(m_pane);
    for (ViewerTool tool : {ViewerTool::Mark, ViewerTool::DeleteMark})
        m_toolBar->action(tool)->setVisible(false);
    m_previous = new QPushButton(tr("Previous example"));
    m_previous->setObjectName(QStringLiteral("previousExample"));
    connect(m_previous, &QPushButton::clicked, this, [this] { showExample(m_example - 1); });
    m_next = new QPushButton(tr("Next example"));
    m_next->setObjectName(QStringLiteral("nextExample"));
    connect(m_next, &QPushButton::clicked, this, [this] { showExample(m_example + 1); });
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("examplePosition"));
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_position, 1, Qt::AlignCenter);
    navigation->addWidget(m_next);
    auto *centre = new QVBoxLayout;
    centre->addLayout(navigation);
    centre->addWidget(m_toolBar);
    centre->addWidget(m_pane, 1);
    centre->addWidget(new ViewerKeypad(m_pane, m_toolBar));

    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("threatDescription"));
    m_description->setTextFormat(Qt::RichText);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QScrollArea *scroll = scrollingColumn(m_description);
    m_bestMode = new QPushButton;
    m_bestMode->setObjectName(QStringLiteral("bestMode"));
    connect(m_bestMode, &QPushButton::clicked, this, [this] {
        QAction *best = m_toolBar->action(
            ThreatDescription::of(m_examples.value(currentKind()).value(m_example).entry.scan.truth.value(0)).bestTool);
        if (!best->isCheckable() || !best->isChecked()) // shows the mode, never toggles it off
            best->trigger();
    });
    auto *panel = new QWidget;
    panel->setFixedWidth(320);
    auto *right = new QVBoxLayout(panel);
    right->addWidget(scroll, 1);
    right->addWidget(m_bestMode);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(centre, 1);
    layout->addWidget(panel);
    kindChanged();
}

ThreatLibraryPage::~ThreatLibraryPage() = default;

void ThreatLibraryPage::showSets(const QStringList &setFolders)
{
    const quint64 request = ++m_listRequest;
    QtConcurrent::run([setFolders] {
        Examples examples;
        for (const QString &setFolder : setFolders) {
            const QString folder = TargetsAlone::folderOf(setFolder);
            const auto set = ImageSetFolder::open(folder);
            if (!set)
                continue; // an imported set, or one generated before targets were kept alone
            for (const ImageSetEntry &entry : set->entries) {
                if (!entry.scan.truth.isEmpty())
                    examples[ThreatDescription::of(entry.scan.truth.first()).kind].append({folder, entry});
            }
        }
        return examples;
    }).then(this, [this, request](const Examples &examples) {
        if (request == m_listRequest)
            listed(examples);
    });
}

void ThreatLibraryPage::listed(const Examples &examples)
{
    const QString kept = currentKind();
    m_examples = examples;
    const QSignalBlocker blocker(m_kinds);
    m_kinds->clear();
    for (const ThreatDescription &description : ThreatDescription::all()) {
        const int count = int(m_examples.value(description.kind).size());
        if (count == 0)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%n example(s))", nullptr, count).arg(description.name));
        item->setData(Qt::UserRole, description.kind);
        m_kinds->addItem(item);
    }
    const QStringList listedKinds = kinds();
    m_kinds->setCurrentRow(std::max(0, int(listedKinds.indexOf(kept))));
    kindChanged();
    emit examplesListed();
}

QStringList ThreatLibraryPage::kinds() const
{
    QStringList listed;
    for (int row = 0; row < m_kinds->count(); ++row)
        listed.append(m_kinds->item(row)->data(Qt::UserRole).toString());
    return listed;
}

int ThreatLibraryPage::exampleCount(const QString &kind) const
{
    return int(m_examples.value(kind).size());
}

QString ThreatLibraryPage::currentKind() const
{
    const QListWidgetItem *item = m_kinds->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ThreatLibraryPage::selectKind(const QString &kind)
{
    const int row = int(kinds().indexOf(kind));
    if (row == m_kinds->currentRow())
        kindChanged(); // shown again from its first example, as a click on another kind would
    else
        m_kinds->setCurrentRow(row);
}

void ThreatLibraryPage::kindChanged()
{
    const QString kind = currentKind();
    m_example = -1;
    m_pane->setScan(nullptr);
    if (kind.isEmpty()) {
        m_description->setText(tr("No set here holds its targets rendered alone. The bundled demo sets and sets "
                                  "generated by this version do."));
        m_position->clear();
        for (QPushButton *button : {m_previous, m_next, m_bestMode})
            button->setEnabled(false);
        return;
    }
    const QList<Example> &examples = m_examples[kind];
    const ThreatDescription description = ThreatDescription::of(examples.first().entry.scan.truth.value(0));
    m_description->setText(description.richText());
    m_pane->setDisplaySettings(DisplaySettings{}); // each kind is first seen in the material colours
    m_bestMode->setText(tr("Show it with %1").arg(ViewerTools::name(description.bestTool)));
    m_bestMode->setEnabled(true);
    showExample(0);
}

void ThreatLibraryPage::showExample(int index)
{
    const QString kind = currentKind();
    const QList<Example> examples = m_examples.value(kind);
    if (examples.isEmpty())
        return;
    m_example = std::clamp(index, 0, int(examples.size()) - 1);
    m_previous->setEnabled(m_example > 0);
    m_next->setEnabled(m_example + 1 < examples.size());
    const Example example = examples[m_example];
    m_position->setText(tr("Example %1 of %2").arg(m_example + 1).arg(examples.size()));
    const quint64 request = ++m_loadRequest;
    const int shown = m_example;
    QtConcurrent::run([example] {
        return ImageSetFolder::loadScan(example.folder, example.entry);
    }).then(this, [this, request, kind, shown](const Expected<Scan> &scan) {
        if (request != m_loadRequest)
            return;
        if (!scan) {
            emit failed(scan.error().message);
            return;
        }
        m_pane->setScan(std::make_shared<const Scan>(*scan), m_bands);
        emit exampleShown(kind, shown);
    });
}

} // namespace pen::gui
