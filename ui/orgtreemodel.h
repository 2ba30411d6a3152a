#pragma once

#include "organization.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QSet>

namespace PartyLedger {

// The organization tree with member counts rolled up from each subtree.
class OrgTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, MembersColumn, ColumnCount };
    enum Role { OrgIdRole = Qt::UserRole + 1 };

    explicit OrgTreeModel(QObject *parent = nullptr);

    // membersByOrg: members on the roll directly in each organization.
    void setOrganizations(const QList<Organization> &organizations,
                          const QHash<qint64, int> &membersByOrg);

    qint64 orgId(const QModelIndex &index) const;
    const Organization *organization(qint64 orgId) const;
    // The organization and everything below it.
    QSet<qint64> subtree(qint64 orgId) const;
    int memberTotal(qint64 orgId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Organization org;
        int parent = -1; // index into m_nodes; -1 for a top-level organization
        int row = 0;     // among its siblings
        QList<int> children;
        int total = 0; // members in the whole subtree
    };
    QIcon iconFor(const Organization &org) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_nodeOfOrg;
};

} // namespace PartyLedger
