// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "GroundTruthModel.h"

#include "DisplayNames.h"

namespace pen::gui {

GroundTruthModel::GroundTruthModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroundTruthModel::setScan(const Scan &scan, const ImageSet &set)
{
    beginResetModel();
    m_viewLabels.clear();
    for (const ScanView &view : scan.views)
        m_viewLabels.append(view.label);
    m_objects = scan.truth;
    m_categorySource = ImageSet{};
    m_categorySource.extraCategories = set.extraCategories; // only the names are needed
    m_currentView = 0;
    endResetModel();
}

void GroundTruthModel::clear()
{
    beginResetModel();
    m_viewLabels.clear();
    m_objects.clear();
    endResetModel();
}

void GroundTruthModel::setCurrentView(int viewIndex)
{
    m_currentView = viewIndex;
    if (!m_objects.isEmpty())
        emit dataChanged(index(0, RegionColumn), index(rowCount() - 1, RegionColumn));
}

int GroundTruthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_objects.size());
}

int GroundTruthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroundTruthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_objects.size())
        return {};
    const GroundTruthObject &object = m_objects[index.row()];
    if (role == Qt::DisplayRole)
        return displayData(object, index.column());
    if (role == Qt::DecorationRole && index.column() == CategoryColumn)
        return DisplayNames::categoryColour(object.category);
    if (role == Qt::ToolTipRole && index.column() == NoteColumn && !object.note.isEmpty())
        return object.note;
    if (role == Qt::TextAlignmentRole && index.column() == MassColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GroundTruthModel::displayData(const GroundTruthObject &object, int column) const
{
    switch (column) {
    case IdColumn: return object.id;
    case CategoryColumn: return DisplayNames::category(object.category, m_categorySource);
    case ViewColumn: return viewLabels(object);
    case RegionColumn: return regionText(object);
    case MaterialColumn: return object.material;
    case MassColumn: return DisplayNames::optionalNumber(object.massKg, tr("kg"));
    case NoteColumn: return object.note;
    default: return {};
    }
}

QString GroundTruthModel::viewLabels(const GroundTruthObject &object) const
{
    QStringList labels;
    for (const Region &region : object.regions)
        labels.append(m_viewLabels.value(region.viewIndex, QString::number(region.viewIndex + 1)));
    return labels.join(QStringLiteral(", "));
}

QString GroundTruthModel::regionText(const GroundTruthObject &object) const
{
    for (const Region &region : object.regions) {
        if (region.viewIndex == m_currentView)
            return DisplayNames::region(region);
    }
    return tr("not in this view");
}

QVariant GroundTruthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Object");
    case CategoryColumn: return tr("Category");
    case ViewColumn: return tr("View");
    case RegionColumn: return tr("Region (pixels)");
    case MaterialColumn: return tr("Material");
    case MassColumn: return tr("Mass");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

} // namespace pen::gui
