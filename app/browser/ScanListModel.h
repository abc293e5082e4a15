// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"

#include <QAbstractTableModel>

namespace pen::gui {

/// The scans of an image set as a table: id, object kind, number of ground-truth objects.
class ScanListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, KindColumn, ObjectsColumn, ColumnCount };

    explicit ScanListModel(QObject *parent = nullptr);

    void setImageSet(const ImageSet &set);
    const ImageSet &imageSet() const { return m_set; }
    /// The entry of a row, or nullptr when the row is out of range.
    const ImageSetEntry *entry(int row) const;
    int rowOf(const QString &scanId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ImageSetEntry &entry, int column) const;

    ImageSet m_set;
};

} // namespace pen::gui
