#include "rosterfilterproxy.h"

#include "rostermodel.h"

namespace PartyLedger {

RosterFilterProxy::RosterFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RosterModel::SortRole);
}

void RosterFilterProxy::setRoster(RosterModel *roster)
{
    m_roster = roster;
    setSourceModel(roster);
}

void RosterFilterProxy::setScope(const QSet<qint64> &orgIds)
{
    m_filter.setScope(orgIds);
    invalidateRowsFilter();
}

void RosterFilterProxy::clearScope()
{
    m_filter.clearScope();
    invalidateRowsFilter();
}

void RosterFilterProxy::setQuery(const QString &text)
{
    m_filter.setQuery(text);
    invalidateRowsFilter();
}

bool RosterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_filter.accepts(m_roster->member(sourceRow).orgId, m_roster->searchText(sourceRow));
}

} // namespace PartyLedger
