#pragma once

#include "award.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace PartyLedger {

// The awards of the ledger, one row each: date, title, level, how many were honored.
class AwardListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, LevelColumn, CountColumn, ColumnCount };
    enum Role { AwardIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setAwards(const QList<Award> &awards);
    const Award &award(int row) const { return m_awards[row]; }
    int rowOfAward(qint64 awardId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Award> m_awards;
};

// The list as filtered by year and level (criteria: core's AwardFilter).
class AwardFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(const AwardFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AwardFilter m_filter;
};

} // namespace PartyLedger
