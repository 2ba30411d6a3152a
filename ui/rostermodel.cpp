#include "rostermodel.h"

#include "chinesecollation.h"

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
    m_rows.reserve(roster.size());
    for (RosterEntry &entry : roster) {
        if (!entry.isOnRoll())
            continue;
        const QString posts = partyPostsText(entry.orgId, entry.partyPosts);
        m_rows.append({std::move(entry), posts});
    }
    endResetModel();
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
    default:
        return {};
    }
}

} // namespace PartyLedger
