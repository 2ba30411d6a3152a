#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace PartyLedger {

class Ledger;

// The lists office staff keep an eye on (issue 3's reminders), computed from the ledger.
struct ConfirmationDue {
    qint64 memberId = 0;
    QString name;
    qint64 orgId = 0;
    QDate joinDate;
    QDate dueDate;    // one year after joining, when 转正 is due
    int daysLeft = 0; // negative: overdue
};

struct SmallBranch {
    qint64 orgId = 0;
    QString name;
    int fullMembers = 0; // a branch needs at least 3
};

struct IncompleteMember {
    qint64 memberId = 0;
    QString name;
    QStringList problems; // the validator's sentences
};

class Reminders {
    Q_DECLARE_TR_FUNCTIONS(Reminders)
public:
    static constexpr int MinimumFullMembers = 3;

    // Probationary members on the roll whose year ends within `withinDays` of today, overdue
    // ones included; soonest first.
    static Result<QList<ConfirmationDue>> confirmationsDue(const Ledger &ledger, QDate today,
                                                           int withinDays);
    // Branches in being with fewer than three full members on the roll (groups count to their
    // branch).
    static Result<QList<SmallBranch>> smallBranches(const Ledger &ledger);
    // Members on the roll whose record breaks a rule or lacks a required field.
    static Result<QList<IncompleteMember>> incompleteMembers(const Ledger &ledger, QDate today);
};

} // namespace PartyLedger
