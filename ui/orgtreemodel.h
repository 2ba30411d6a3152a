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

    // Adds to the on-roll count of each organization (and so to every total above it).
    void addToMemberCounts(const QHash<qint64, int> &delta);
    QModelIndex indexOf(qint64 orgId) const;

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

    // Drag and drop: an organization is dragged to another place in the tree, members from the
    // roster onto a branch. The model only tells what was asked; the window's editors decide.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QString organizationMimeType();
    static QString membersMimeType();

Q_SIGNALS:
    // position: the place among the new parent's children, -1 for the end.
    void organizationMoveRequested(qint64 orgId, qint64 newParentId, int position);
    void membersDropped(const QList<qint64> &memberIds, qint64 orgId);

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
