#include "rostermodel.h"

#include "chinesecollation.h"
#include "orgtreemodel.h"

#include <QApplication>
#include <QMimeData>
#include <QPalette>

namespace PartyLedger {

RosterModel::RosterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RosterModel::setRoster(QList<RosterEntry> roster, const QList<Unit> &units,
                            const QList<Organization> &organizations)
{
    beginResetModel();
    m_unitNames.clear();
    for (const Unit &unit : units)
        m_unitNames.insert(unit.id, unit.shortName.isEmpty() ? unit.name : unit.shortName);
    m_orgNames.clear();
    for (const Organization &org : organizations)
        m_orgNames.insert(org.id, org.displayName());
    m_rows.clear();
    for (QList<QByteArray> &keys : m_collationKeys)
        keys.clear();
    m_searchTexts.clear();
    m_rowOfMember.clear();
    m_rows.reserve(roster.size());
    for (RosterEntry &entry : roster) {
        const QString posts = partyPostsText(entry.orgId, entry.partyPosts);
        m_rows.append({std::move(entry), posts});
    }
    endResetModel();
}

void RosterModel::setOrganizations(const QList<Organization> &organizations)
{
    m_orgNames.clear();
    for (const Organization &org : organizations)
        m_orgNames.insert(org.id, org.displayName());
    QList<int> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        const RosterEntry &e = m_rows[row].entry;
        const QString posts = partyPostsText(e.orgId, e.partyPosts);
        if (posts != m_rows[row].partyPosts) {
            m_rows[row].partyPosts = posts;
            refreshCaches(row);
            changed.append(row);
        }
    }
    emitChanged(changed);
}

RosterModel::Row RosterModel::rowOf(RosterEntry entry) const
{
    const QString posts = partyPostsText(entry.orgId, entry.partyPosts);
    return {std::move(entry), posts};
}

int RosterModel::rowOfMember(qint64 memberId) const
{
    if (m_rowOfMember.size() != m_rows.size()) {
        m_rowOfMember.clear();
        m_rowOfMember.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOfMember.insert(m_rows[row].entry.id, row);
    }
    return m_rowOfMember.value(memberId, -1);
}

void RosterModel::refreshCaches(int row)
{
    const Row &r = m_rows[row];
    for (int column = 0; column < ColumnCount; ++column) {
        QList<QByteArray> &keys = m_collationKeys[size_t(column)];
        if (keys.isEmpty())
            continue; // made for the whole column when it is first sorted
        const QByteArray key = column == NameColumn ? ChineseCollation::nameSortKey(r.entry.name)
                                                    : ChineseCollation::sortKey(text(r, column));
        if (row < keys.size())
            keys[row] = key;
        else
            keys.append(key);
    }
    if (m_searchTexts.size() >= row && !m_searchTexts.isEmpty()) {
        const MemberSearchText search = MemberSearchText::of(
            r.entry.name, m_unitNames.value(r.entry.unitId),
            r.partyPosts.isEmpty() ? r.entry.adminPost
                                   : r.entry.adminPost + QLatin1Char(' ') + r.partyPosts);
        if (row < m_searchTexts.size())
            m_searchTexts[row] = search;
        else
            m_searchTexts.append(search);
    }
}

void RosterModel::emitChanged(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    for (int i = 0; i < rows.size();) {
        int last = i;
        while (last + 1 < rows.size() && rows[last + 1] == rows[last] + 1)
            ++last;
        Q_EMIT dataChanged(index(rows[i], 0), index(rows[last], ColumnCount - 1));
        i = last + 1;
    }
}

void RosterModel::removeRowsOf(QList<int> rows)
{
    // From the bottom up, so the row numbers still to remove stay right.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int i = 0; i < rows.size();) {
        int last = i;
        while (last + 1 < rows.size() && rows[last + 1] == rows[last] - 1)
            ++last;
        const int first = rows[last];
        const int count = rows[i] - first + 1;
        beginRemoveRows({}, first, rows[i]);
        m_rows.remove(first, count);
        for (QList<QByteArray> &keys : m_collationKeys) {
            if (!keys.isEmpty())
                keys.remove(first, count);
        }
        if (m_searchTexts.size() > first)
            m_searchTexts.remove(first, std::min<qsizetype>(count, m_searchTexts.size() - first));
        endRemoveRows();
        i = last + 1;
    }
    m_rowOfMember.clear();
}

QHash<qint64, int> RosterModel::updateMembers(const QList<RosterEntry> &members,
                                              const QList<qint64> &removedIds)
{
    QHash<qint64, int> delta;
    QList<int> changed;
    QList<int> gone;
    QList<Row> added;
    for (qint64 id : removedIds) {
        if (const int row = rowOfMember(id); row >= 0) {
            gone.append(row);
            if (m_rows[row].entry.isOnRoll())
                --delta[m_rows[row].entry.orgId];
        }
    }
    for (const RosterEntry &entry : members) {
        const int row = rowOfMember(entry.id);
        if (row >= 0 && m_rows[row].entry.isOnRoll())
            --delta[m_rows[row].entry.orgId];
        if (entry.isOnRoll())
            ++delta[entry.orgId];
        if (row >= 0) {
            m_rows[row] = rowOf(entry);
            refreshCaches(row);
            changed.append(row);
        } else {
            added.append(rowOf(entry));
        }
    }
    emitChanged(changed);
    if (!gone.isEmpty())
        removeRowsOf(gone);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row &row : added) {
            m_rows.append(std::move(row));
            refreshCaches(int(m_rows.size()) - 1);
            m_rowOfMember.insert(m_rows.last().entry.id, int(m_rows.size()) - 1);
        }
        endInsertRows();
    }
    for (auto it = delta.begin(); it != delta.end();)
        it = it.value() == 0 ? delta.erase(it) : std::next(it);
    return delta;
}

const MemberSearchText &RosterModel::searchText(int row) const
{
    prepareSearch();
    return m_searchTexts[row];
}

void RosterModel::prepareSearch() const
{
    if (m_searchTexts.size() == m_rows.size())
        return;
    m_searchTexts.clear();
    m_searchTexts.reserve(m_rows.size());
    for (const Row &row : m_rows) {
        const RosterEntry &e = row.entry;
        m_searchTexts.append(MemberSearchText::of(
            e.name, m_unitNames.value(e.unitId),
            row.partyPosts.isEmpty() ? e.adminPost
                                     : e.adminPost + QLatin1Char(' ') + row.partyPosts));
    }
}

QString RosterModel::partyPostsText(qint64 ownOrgId, const QList<PartyPost> &posts) const
{
    QStringList texts;
    for (const PartyPost &post : posts) {
        if (post.orgId == ownOrgId || post.orgId == 0)
            texts << post.post;
        else
            texts << m_orgNames.value(post.orgId) + post.post;
    }
    return texts.join(QStringLiteral("、"));
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::text(const Row &row, int column) const
{
    const RosterEntry &m = row.entry;
    switch (column) {
    case NameColumn:
        return m.name;
    case GenderColumn:
        return MemberVocabulary::label(m.gender);
    case AgeColumn: {
        const int age = m.ageOn(m_today);
        return age < 0 ? QString() : QString::number(age);
    }
    case UnitColumn:
        return m_unitNames.value(m.unitId);
    case AdminPostColumn:
        return m.adminPost;
    case PartyPostsColumn:
        return row.partyPosts;
    case CategoryColumn:
        return MemberVocabulary::label(m.category);
    case JoinDateColumn:
        return m.joinDate.toString(Qt::ISODate);
    case StandingColumn:
        return MemberVocabulary::label(m.status);
    default:
        return {};
    }
}

const QByteArray &RosterModel::collationKey(int row, int column) const
{
    QList<QByteArray> &keys = m_collationKeys[size_t(column)];
    if (keys.isEmpty()) {
        keys.reserve(m_rows.size());
        for (const Row &r : m_rows)
            keys.append(column == NameColumn ? ChineseCollation::nameSortKey(r.entry.name)
                                             : ChineseCollation::sortKey(text(r, column)));
    }
    return keys[row];
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == AgeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case Qt::ForegroundRole:
        // History (transferred out, deceased) is shown grey among the members on the roll.
        return row.entry.isOnRoll()
                   ? QVariant()
                   : QVariant(QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    case MemberIdRole:
        return row.entry.id;
    case SortRole:
        switch (index.column()) {
        case AgeColumn:
            return row.entry.ageOn(m_today);
        case JoinDateColumn:
            return row.entry.joinDate;
        default:
            return collationKey(index.row(), index.column());
        }
    default:
        return {};
    }
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList RosterModel::mimeTypes() const
{
    return {OrgTreeModel::membersMimeType()};
}

QMimeData *RosterModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QByteArray> ids;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row())) {
            rows.insert(index.row());
            ids.append(QByteArray::number(m_rows[index.row()].entry.id));
        }
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(OrgTreeModel::membersMimeType(), ids.join(','));
    return data;
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GenderColumn:
        return tr("Gender");
    case AgeColumn:
        return tr("Age");
    case UnitColumn:
        return tr("Unit");
    case AdminPostColumn:
        return tr("Administrative post");
    case PartyPostsColumn:
        return tr("Party posts");
    case CategoryColumn:
        return tr("Category");
    case JoinDateColumn:
        return tr("Join date");
    case StandingColumn:
        return tr("Standing");
    default:
        return {};
    }
}

} // namespace PartyLedger
