#pragma once

#include "memberfilter.h"
#include "organization.h"
#include "rosterentry.h"
#include "unit.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <array>

namespace PartyLedger {

// The roster: one row per member of the ledger, over plain RosterEntry structs; those off the
// roll (transferred out, deceased) are history, which the filter shows only when asked.
class RosterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        GenderColumn,
        AgeColumn,
        UnitColumn,
        AdminPostColumn,
        PartyPostsColumn,
        CategoryColumn,
        JoinDateColumn,
        StandingColumn,
        ColumnCount
    };
    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        SortRole, // a value that sorts the column right: a number, a date, a collation key
    };

    explicit RosterModel(QObject *parent = nullptr);

    void setRoster(QList<RosterEntry> roster, const QList<Unit> &units,
                   const QList<Organization> &organizations);

    // Brings the roster up to date with these members as the store now has them, without a
    // reset: changed rows in place, new members at the end, removed ones (removedIds) taken
    // out. Returns how the on-roll count of each organization changed.
    QHash<qint64, int> updateMembers(const QList<RosterEntry> &members,
                                     const QList<qint64> &removedIds);
    // The row of a member; -1 when there is none.
    int rowOfMember(qint64 memberId) const;
    // Organization names changed (renamed, merged): the Party posts column is written again.
    void setOrganizations(const QList<Organization> &organizations);

    const RosterEntry &entry(int row) const { return m_rows[row].entry; }
    // Search texts (pinyin, lower case) are built for all rows at the first search, or by
    // prepareSearch() once the window has painted: not on the way to the first paint.
    const MemberSearchText &searchText(int row) const;
    void prepareSearch() const;
    QString unitName(qint64 unitId) const { return m_unitNames.value(unitId); }
    // A byte string that sorts the column's text in Chinese (pinyin) order; made for the whole
    // column the first time it is asked for, then kept until the roster changes.
    const QByteArray &collationKey(int row, int column) const;
    // Party posts written out, with the organization where it is not the member's own.
    QString partyPostsText(qint64 ownOrgId, const QList<PartyPost> &posts) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Rows are dragged onto a branch of the tree to transfer those members.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    struct Row {
        RosterEntry entry;
        QString partyPosts;
    };
    QString text(const Row &row, int column) const;
    Row rowOf(RosterEntry entry) const;
    // Keeps the caches below in step with one row that changed or was added.
    void refreshCaches(int row);
    // Emits one signal per run of consecutive rows, from sorted row numbers.
    void emitChanged(QList<int> rows);
    void removeRowsOf(QList<int> rows);

    QList<Row> m_rows;
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QString> m_orgNames;
    QDate m_today = QDate::currentDate();
    // Collation keys are made the first time a column is sorted, then kept.
    mutable std::array<QList<QByteArray>, ColumnCount> m_collationKeys;
    mutable QList<MemberSearchText> m_searchTexts;
    mutable QHash<qint64, int> m_rowOfMember; // made at the first edit, kept after
};

} // namespace PartyLedger
