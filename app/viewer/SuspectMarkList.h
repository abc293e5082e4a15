// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "SuspectMark.h"
#include "imageset/ImageSet.h"
#include "model/ThreatCategories.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace pen::gui {

/// The officer's marks on the scan shown, in the order they were made, and the one selected.
/// A list model for a QListView: the display text is "1  Narcotics (top)", the tooltip adds the
/// box, the decoration is the category colour. The viewers draw and edit it; the answer is read from marks().
class SuspectMarkList final : public QAbstractListModel {
    Q_OBJECT
public:
    explicit SuspectMarkList(QObject *parent = nullptr);

    /// The categories offered when marking, with translated names: the built-in ones and a set's own.
    static QList<ThreatCategory> categoriesOf(const ImageSet &set);
    /// The same with the round's targets first, in their order: key 1 of the category menu is what
    /// the round asks to find (cigarettes in a cigarettes round), not the vocabulary's first entry.
    static QList<ThreatCategory> categoriesOf(const ImageSet &set, const QStringList &targetsFirst);

    void setCategories(const QList<ThreatCategory> &categories);
    const QList<ThreatCategory> &categories() const { return m_categories; }
    /// The translated name of a category key, or the key itself.
    QString categoryName(const QString &key) const;
    /// Names of the scan's views, for the display text.
    void setViewLabels(const QStringList &labels);

    /// Appends a mark and selects it; returns its row.
    int add(const SuspectMark &mark);
    void remove(int row);
    void clear();
    const QList<SuspectMark> &marks() const { return m_marks; }

    /// The selected row, or -1.
    int selected() const { return m_selected; }
    void select(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void selectionChanged(int row);
    /// After any add, remove or clear.
    void marksChanged();

private:
    QList<SuspectMark> m_marks;
    QList<ThreatCategory> m_categories;
    QStringList m_viewLabels;
    int m_selected = -1;
};

} // namespace pen::gui
