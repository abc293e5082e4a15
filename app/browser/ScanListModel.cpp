// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanListModel.h"

#include "DisplayNames.h"

namespace pen::gui {

ScanListModel::ScanListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScanListModel::setImageSet(const ImageSet &set)
{
    beginResetModel();
    m_set = set;
    endResetModel();
}

const ImageSetEntry *ScanListModel::entry(int row) const
{
    return row >= 0 && row < m_set.entries.size() ? &m_set.entries[row] : nullptr;
}

int ScanListModel::rowOf(const QString &scanId) const
{
    for (qsizetype row = 0; row < m_set.entries.size(); ++row) {
        if (m_set.entries[row].scan.id == scanId)
            return int(row);
    }
    return -1;
}

int ScanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_set.entries.size());
}

int ScanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScanListModel::data(const QModelIndex &index, int role) const
{
    const ImageSetEntry *scanEntry = entry(index.row());
    if (!scanEntry)
        return {};
    if (role == Qt::DisplayRole)
        return displayData(*scanEntry, index.column());
    if (role == Qt::TextAlignmentRole && index.column() == ObjectsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ScanListModel::displayData(const ImageSetEntry &scanEntry, int column) const
{
    switch (column) {
    case IdColumn: return scanEntry.scan.id;
    case KindColumn: return DisplayNames::objectKind(scanEntry.scan.objectKind);
    case ObjectsColumn:
        return m_set.groundTruthIncluded ? QVariant(int(scanEntry.scan.truth.size())) : QVariant(tr("hidden"));
    default: return {};
    }
}

QVariant ScanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Scan");
    case KindColumn: return tr("Kind");
    case ObjectsColumn: return tr("Objects");
    default: return {};
    }
}

} // namespace pen::gui
