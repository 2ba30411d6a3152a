#include "orgtreemodel.h"

#include <QApplication>
#include <QDataStream>
#include <QMimeData>
#include <QPalette>

#include <algorithm>

namespace PartyLedger {

OrgTreeModel::OrgTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void OrgTreeModel::setOrganizations(const QList<Organization> &organizations,
                                    const QHash<qint64, int> &membersByOrg)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_nodeOfOrg.clear();
    m_nodes.reserve(organizations.size());
    for (const Organization &org : organizations) {
        m_nodeOfOrg.insert(org.id, int(m_nodes.size()));
        m_nodes.append({org, -1, 0, {}, membersByOrg.value(org.id)});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        // An organization whose parent is missing is shown at the top rather than lost.
        const int parent = m_nodeOfOrg.value(m_nodes[i].org.parentId, -1);
        m_nodes[i].parent = parent;
        (parent < 0 ? m_roots : m_nodes[parent].children).append(i);
    }
    const auto bySortOrder = [this](int a, int b) {
        return std::pair(m_nodes[a].org.sortOrder, m_nodes[a].org.id) <
               std::pair(m_nodes[b].org.sortOrder, m_nodes[b].org.id);
    };
    std::stable_sort(m_roots.begin(), m_roots.end(), bySortOrder);
    for (Node &node : m_nodes)
        std::stable_sort(node.children.begin(), node.children.end(), bySortOrder);
    for (int r = 0; r < m_roots.size(); ++r)
        m_nodes[m_roots[r]].row = r;

    // Roll counts up, children before parents: walk the tree depth first, then backwards.
    QList<int> order = m_roots;
    for (int i = 0; i < order.size(); ++i) {
        const Node &node = m_nodes[order[i]];
        for (int r = 0; r < node.children.size(); ++r) {
            m_nodes[node.children[r]].row = r;
            order.append(node.children[r]);
        }
    }
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (m_nodes[*it].parent >= 0)
            m_nodes[m_nodes[*it].parent].total += m_nodes[*it].total;
    }
    endResetModel();
}

void OrgTreeModel::addToMemberCounts(const QHash<qint64, int> &delta)
{
    // Totals first, then one signal per organization whose total changed: a thousand members
    // moved share their committees.
    QSet<int> changed;
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        for (int node = m_nodeOfOrg.value(it.key(), -1); node >= 0; node = m_nodes[node].parent) {
            m_nodes[node].total += it.value();
            changed.insert(node);
        }
    }
    for (int node : std::as_const(changed)) {
        const QModelIndex index = createIndex(m_nodes[node].row, MembersColumn, node);
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

QModelIndex OrgTreeModel::indexOf(qint64 orgId) const
{
    const int node = m_nodeOfOrg.value(orgId, -1);
    return node < 0 ? QModelIndex() : createIndex(m_nodes[node].row, 0, quintptr(node));
}

qint64 OrgTreeModel::orgId(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes[int(index.internalId())].org.id : 0;
}

const Organization *OrgTreeModel::organization(qint64 orgId) const
{
    const int node = m_nodeOfOrg.value(orgId, -1);
    return node < 0 ? nullptr : &m_nodes[node].org;
}

QSet<qint64> OrgTreeModel::subtree(qint64 orgId) const
{
    QSet<qint64> ids;
    QList<int> pending{m_nodeOfOrg.value(orgId, -1)};
    while (!pending.isEmpty()) {
        const int node = pending.takeLast();
        if (node < 0)
            continue;
        ids.insert(m_nodes[node].org.id);
        pending += m_nodes[node].children;
    }
    return ids;
}

int OrgTreeModel::memberTotal(qint64 orgId) const
{
    const int node = m_nodeOfOrg.value(orgId, -1);
    return node < 0 ? 0 : m_nodes[node].total;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &siblings =
        parent.isValid() ? m_nodes[int(parent.internalId())].children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[int(child.internalId())].parent;
    return parent < 0 ? QModelIndex() : createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes[int(index.internalId())];
    const Organization &org = node.org;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MembersColumn)
            return node.total;
        return org.isDissolved() ? tr("%1 (dissolved)").arg(org.displayName()) : org.displayName();
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %n member(s) in total", nullptr, node.total)
            .arg(org.fullName, OrgKinds::label(org.kind));
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(iconFor(org)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MembersColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    case Qt::ForegroundRole:
        return org.isDissolved()
                   ? QVariant(QApplication::palette().brush(QPalette::Disabled, QPalette::Text))
                   : QVariant();
    case OrgIdRole:
        return org.id;
    default:
        return {};
    }
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Organization") : tr("Members");
}

QString OrgTreeModel::organizationMimeType()
{
    return QStringLiteral("application/x-partyledger-organization");
}

QString OrgTreeModel::membersMimeType()
{
    return QStringLiteral("application/x-partyledger-members");
}

Qt::ItemFlags OrgTreeModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return base | Qt::ItemIsDropEnabled; // the top level takes committees
    return base | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions OrgTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList OrgTreeModel::mimeTypes() const
{
    return {organizationMimeType(), membersMimeType()};
}

QMimeData *OrgTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One organization is dragged at a time: the first of the selection.
    for (const QModelIndex &index : indexes) {
        if (!index.isValid())
            continue;
        auto *data = new QMimeData;
        data->setData(organizationMimeType(), QByteArray::number(orgId(index)));
        return data;
    }
    return nullptr;
}

bool OrgTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                   const QModelIndex &parent) const
{
    if (data->hasFormat(membersMimeType())) {
        const Organization *target = organization(orgId(parent));
        return target && target->holdsMembers() && !target->isDissolved();
    }
    return data->hasFormat(organizationMimeType());
}

bool OrgTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(membersMimeType())) {
        QList<qint64> ids;
        const QList<QByteArray> parts = data->data(membersMimeType()).split(',');
        for (const QByteArray &part : parts) {
            if (const qint64 id = part.toLongLong(); id > 0)
                ids.append(id);
        }
        Q_EMIT membersDropped(ids, orgId(parent));
        return false; // the editor moves them; the view must not remove anything itself
    }
    const qint64 dragged = data->data(organizationMimeType()).toLongLong();
    Q_EMIT organizationMoveRequested(dragged, orgId(parent), row);
    return false;
}

QIcon OrgTreeModel::iconFor(const Organization &org) const
{
    // Loaded once: data() is called for every visible row on every paint.
    static const QIcon committee(QStringLiteral(":/icons/committee.svg"));
    static const QIcon generalBranch(QStringLiteral(":/icons/general-branch.svg"));
    static const QIcon branch(QStringLiteral(":/icons/branch.svg"));
    static const QIcon group(QStringLiteral(":/icons/group.svg"));
    switch (org.kind) {
    case OrgKind::Committee:
        return committee;
    case OrgKind::GeneralBranch:
        return generalBranch;
    case OrgKind::Branch:
    case OrgKind::TemporaryBranch:
        return branch;
    case OrgKind::Group:
        return group;
    }
    return {};
}

} // namespace PartyLedger
