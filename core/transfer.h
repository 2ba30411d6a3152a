#pragma once

#include <QDate>
#include <QString>

namespace PartyLedger {

// One move of a member's Party relationship (组织关系转接), kept as dated history.
struct Transfer {
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 fromOrgId = 0; // 0: came from outside the ledger
    qint64 toOrgId = 0;   // 0: left the ledger, see externalOrg
    QString externalOrg;  // the organization outside the ledger, when there is one
    QDate date;
    QString note;
};

} // namespace PartyLedger
