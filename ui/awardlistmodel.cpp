#include "awardlistmodel.h"

namespace PartyLedger {

void AwardListModel::setAwards(const QList<Award> &awards)
{
    beginResetModel();
    m_awards = awards;
    endResetModel();
}

int AwardListModel::rowOfAward(qint64 awardId) const
{
    for (int row = 0; row < m_awards.size(); ++row) {
        if (m_awards[row].id == awardId)
            return row;
    }
    return -1;
}

int AwardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_awards.size());
}

int AwardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AwardListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Award &award = m_awards[index.row()];
    if (role == AwardIdRole)
        return award.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return award.date.toString(Qt::ISODate);
    case TitleColumn:
        return award.title;
    case LevelColumn:
        return AwardVocabulary::label(award.level);
    case CountColumn: {
        int people = 0, organizations = 0;
        for (const AwardCategory &category : award.categories) {
            (category.recipientKind == RecipientKind::Person ? people : organizations) +=
                int(category.recipients.size());
        }
        return organizations ? tr("%1 people, %2 organizations").arg(people).arg(organizations)
                             : tr("%1 people").arg(people);
    }
    default:
        return {};
    }
}

QVariant AwardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Award");
    case LevelColumn:
        return tr("Level");
    case CountColumn:
        return tr("Honored");
    default:
        return {};
    }
}

void AwardFilterProxy::setFilter(const AwardFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool AwardFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_filter.accepts(static_cast<const AwardListModel *>(sourceModel())->award(sourceRow));
}

} // namespace PartyLedger
