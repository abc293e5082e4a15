// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "SuspectMarkList.h"

#include "DisplayNames.h"

#include <algorithm>

namespace pen::gui {

SuspectMarkList::SuspectMarkList(QObject *parent) : QAbstractListModel(parent), m_categories(categoriesOf(ImageSet()))
{
}

QList<ThreatCategory> SuspectMarkList::categoriesOf(const ImageSet &set)
{
    QList<ThreatCategory> categories;
    for (const ThreatCategory &category : ThreatCategories::builtIn())
        categories.append({category.key, DisplayNames::category(category.key, set)});
    categories.append(set.extraCategories);
    return categories;
}

QList<ThreatCategory> SuspectMarkList::categoriesOf(const ImageSet &set, const QStringList &targetsFirst)
{
    QList<ThreatCategory> rest = categoriesOf(set);
    QList<ThreatCategory> ordered;
    for (const QString &key : targetsFirst) {
        const auto found
            = std::find_if(rest.begin(), rest.end(), [&](const ThreatCategory &c) { return c.key == key; });
        if (found != rest.end()) {
            ordered.append(*found);
            rest.erase(found);
        }
    }
    return ordered + rest;
}

void SuspectMarkList::setCategories(const QList<ThreatCategory> &categories)
{
    beginResetModel();
    m_categories = categories;
    endResetModel();
}

QString SuspectMarkList::categoryName(const QString &key) const
{
    for (const ThreatCategory &category : m_categories) {
        if (category.key == key)
            return category.name;
    }
    return key;
}

void SuspectMarkList::setViewLabels(const QStringList &labels)
{
    beginResetModel();
    m_viewLabels = labels;
    endResetModel();
}

int SuspectMarkList::add(const SuspectMark &mark)
{
    const int row = int(m_marks.size());
    beginInsertRows({}, row, row);
    m_marks.append(mark);
    endInsertRows();
    emit marksChanged();
    select(row);
    return row;
}

void SuspectMarkList::remove(int row)
{
    if (row < 0 || row >= m_marks.size())
        return;
    beginRemoveRows({}, row, row);
    m_marks.removeAt(row);
    endRemoveRows();
    if (m_selected == row)
        select(-1);
    else if (m_selected > row)
        select(m_selected - 1);
    emit marksChanged();
}

void SuspectMarkList::clear()
{
    beginResetModel();
    m_marks.clear();
    endResetModel();
    select(-1);
    emit marksChanged();
}

void SuspectMarkList::select(int row)
{
    const int next = row >= 0 && row < m_marks.size() ? row : -1;
    if (next == m_selected)
        return;
    m_selected = next;
    emit selectionChanged(next);
}

int SuspectMarkList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_marks.size());
}

QVariant SuspectMarkList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_marks.size())
        return {};
    const SuspectMark &mark = m_marks.at(index.row());
    if (role == Qt::DecorationRole)
        return DisplayNames::categoryColour(mark.category);
    const int view = mark.region.viewIndex;
    const QString label = view < m_viewLabels.size() ? m_viewLabels.at(view) : QString::number(view + 1);
    if (role == Qt::DisplayRole)
        return tr("%1  %2 (%3)").arg(index.row() + 1).arg(categoryName(mark.category), label);
    if (role == Qt::ToolTipRole)
        return tr("%1 — %2: %3").arg(categoryName(mark.category), label, DisplayNames::region(mark.region));
    return {};
}

} // namespace pen::gui
