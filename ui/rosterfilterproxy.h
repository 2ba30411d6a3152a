#pragma once

#include "memberfilter.h"

#include <QSortFilterProxyModel>

namespace PartyLedger {

class RosterModel;

// The roster as the page shows it: the selected subtree, narrowed by the search box
// (criteria from core's MemberFilter), sorted in Chinese order.
class RosterFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RosterFilterProxy(QObject *parent = nullptr);

    void setRoster(RosterModel *roster);
    void setScope(const QSet<qint64> &orgIds);
    void clearScope();
    void setQuery(const QString &text);
    QString query() const { return m_filter.query(); }
    // Members transferred out or deceased, kept as history, are shown too.
    void setShowingHistory(bool show);

    // Rows are numbered 1, 2, 3 as shown, like a spreadsheet, not by their place in the ledger.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    RosterModel *m_roster = nullptr;
    MemberFilter m_filter;
};

} // namespace PartyLedger
