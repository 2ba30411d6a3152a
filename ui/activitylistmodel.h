#pragma once

#include "activity.h"

#include <QAbstractTableModel>
#include <QHash>

namespace PartyLedger {

// The activities of the selected subtree and period, one row each, over plain Activity structs.
class ActivityListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        OrganizationColumn,
        TypeColumn,
        TitleColumn,
        AttendanceColumn,
        PeopleServedColumn,
        ProblemsSolvedColumn,
        HouseholdsColumn,
        FundsColumn,
        HoursColumn,
        ColumnCount
    };
    enum Role { ActivityIdRole = Qt::UserRole + 1, SortRole };

    explicit ActivityListModel(QObject *parent = nullptr);

    void setActivities(QList<Activity> activities, const QList<ActivityType> &types,
                       const QHash<qint64, QString> &orgNames);
    const Activity &activity(int row) const { return m_activities[row]; }
    int rowOfActivity(qint64 id) const;
    QString typeName(qint64 typeId) const { return m_typeNames.value(typeId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Activity> m_activities;
    QHash<qint64, QString> m_typeNames;
    QHash<qint64, QString> m_orgNames;
};

} // namespace PartyLedger
