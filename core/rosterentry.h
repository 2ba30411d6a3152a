#pragma once

#include "member.h"

namespace PartyLedger {

// What the roster shows of a member: the columns of the table and what search and counts need.
// The rest of the record (ID number, phone, the joining pipeline) is read when a member is
// selected, so opening a ledger of 100,000 members reads and holds only this much.
struct RosterEntry {
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    qint64 unitId = 0;
    QString adminPost;
    qint64 orgId = 0;
    QList<PartyPost> partyPosts;
    MemberCategory category = MemberCategory::Full;
    QDate joinDate;
    MemberStatus status = MemberStatus::Active;

    static RosterEntry of(const Member &m)
    {
        return {m.id,    m.name,       m.gender,   m.birthDate, m.unitId, m.adminPost,
                m.orgId, m.partyPosts, m.category, m.joinDate,  m.status};
    }
    bool isOnRoll() const { return isOnRollStatus(status); }
    int ageOn(QDate day) const { return ageBetween(birthDate, day); }
};

} // namespace PartyLedger
