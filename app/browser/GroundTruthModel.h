// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "model/Scan.h"

#include <QAbstractTableModel>

namespace pen::gui {

/// The ground-truth objects of one scan as a table, one row per object. The region column shows
/// the object's region in the view on screen; the category column carries the overlay colour.
class GroundTruthModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        CategoryColumn,
        ViewColumn,
        RegionColumn,
        MaterialColumn,
        MassColumn,
        NoteColumn,
        ColumnCount
    };

    explicit GroundTruthModel(QObject *parent = nullptr);

    /// set supplies the category names; scan's views and truth are shown (pixels are not needed).
    void setScan(const Scan &scan, const ImageSet &set);
    void clear();
    void setCurrentView(int viewIndex);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const GroundTruthObject &object, int column) const;
    QString viewLabels(const GroundTruthObject &object) const;
    QString regionText(const GroundTruthObject &object) const;

    QStringList m_viewLabels;
    QList<GroundTruthObject> m_objects;
    ImageSet m_categorySource;
    int m_currentView = 0;
};

} // namespace pen::gui
