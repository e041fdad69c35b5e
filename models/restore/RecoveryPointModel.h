// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/RecoveryPoint.h"

#include <QAbstractTableModel>
#include <QList>

// Recovery points of one item, newest first: time, tier (snapshot / vault), consistency and
// whether the VM was encrypted. Never exposes the key and secret backup data.
class RecoveryPointModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        TierColumn,
        ConsistencyColumn,
        EncryptedColumn,
        ColumnCount
    };
    enum Role
    {
        PointIdRole = Qt::UserRole + 1
    };

    explicit RecoveryPointModel(QObject *parent = nullptr);

    void setPoints(const QList<RecoveryPoint> &points);
    const RecoveryPoint &point(int row) const { return m_points.at(row); }
    int rowOf(const QString &pointId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString tierText(const RecoveryPoint &point);
    static QString consistencyText(const QString &type);

private:
    QList<RecoveryPoint> m_points;
};
