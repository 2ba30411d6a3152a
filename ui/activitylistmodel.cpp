#include "activitylistmodel.h"

#include "chinesecollation.h"

namespace PartyLedger {

ActivityListModel::ActivityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivityListModel::setActivities(QList<Activity> activities, const QList<ActivityType> &types,
                                      const QHash<qint64, QString> &orgNames)
{
    beginResetModel();
    m_activities = std::move(activities);
    m_typeNames.clear();
    for (const ActivityType &type : types)
        m_typeNames.insert(type.id, type.name);
    m_orgNames = orgNames;
    endResetModel();
}

int ActivityListModel::rowOfActivity(qint64 id) const
{
    for (int row = 0; row < m_activities.size(); ++row) {
        if (m_activities[row].id == id)
            return row;
    }
    return -1;
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_activities.size())
        return {};
    const Activity &a = m_activities[index.row()];
    const auto number = [](qint64 n) {
        return n == 0 ? QString() : QString::number(n);
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return a.date.toString(Qt::ISODate);
        case OrganizationColumn:
            return m_orgNames.value(a.orgId);
        case TypeColumn:
            return m_typeNames.value(a.typeId);
        case TitleColumn:
            return a.title;
        case AttendanceColumn:
            return number(a.attendance());
        case PeopleServedColumn:
            return number(a.figures.peopleServed);
        case ProblemsSolvedColumn:
            return number(a.figures.problemsSolved);
        case HouseholdsColumn:
            return number(a.figures.households);
        case FundsColumn:
            return a.figures.fundsFen == 0 ? QString()
                                           : ActivityVocabulary::yuan(a.figures.fundsFen);
        case HoursColumn:
            return a.figures.hours == 0 ? QString() : QString::number(a.figures.hours);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= AttendanceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                  : QVariant();
    if (role == ActivityIdRole)
        return a.id;
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return a.date;
        case OrganizationColumn:
        case TypeColumn:
        case TitleColumn:
            return ChineseCollation::sortKey(data(index, Qt::DisplayRole).toString());
        case AttendanceColumn:
            return a.attendance();
        case PeopleServedColumn:
            return a.figures.peopleServed;
        case ProblemsSolvedColumn:
            return a.figures.problemsSolved;
        case HouseholdsColumn:
            return a.figures.households;
        case FundsColumn:
            return a.figures.fundsFen;
        case HoursColumn:
            return a.figures.hours;
        }
    }
    return {};
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case OrganizationColumn:
        return tr("Organization");
    case TypeColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    case AttendanceColumn:
        return tr("Took part");
    case PeopleServedColumn:
        return tr("People served");
    case ProblemsSolvedColumn:
        return tr("Problems solved");
    case HouseholdsColumn:
        return tr("Households");
    case FundsColumn:
        return tr("Funds (yuan)");
    case HoursColumn:
        return tr("Hours");
    }
    return {};
}

} // namespace PartyLedger
