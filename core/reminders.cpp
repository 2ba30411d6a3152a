#include "reminders.h"

#include "ledger.h"
#include "validation.h"

#include <QHash>

#include <algorithm>

namespace PartyLedger {

Result<QList<ConfirmationDue>> Reminders::confirmationsDue(const Ledger &ledger, QDate today,
                                                           int withinDays)
{
    auto roster = ledger.roster();
    if (!roster)
        return Error{roster.error()};
    QList<ConfirmationDue> due;
    for (const RosterEntry &entry : roster.value()) {
        if (!entry.isOnRoll() || entry.category != MemberCategory::Probationary ||
            !entry.joinDate.isValid())
            continue;
        const QDate dueDate = entry.joinDate.addYears(1);
        const int daysLeft = int(today.daysTo(dueDate));
        if (daysLeft <= withinDays)
            due.append({entry.id, entry.name, entry.orgId, entry.joinDate, dueDate, daysLeft});
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const auto &a, const auto &b) { return a.dueDate < b.dueDate; });
    return due;
}

Result<QList<SmallBranch>> Reminders::smallBranches(const Ledger &ledger)
{
    auto organizations = ledger.organizations();
    auto roster = ledger.roster();
    if (!organizations || !roster)
        return Error{!organizations ? organizations.error() : roster.error()};
    // A group's members belong to the branch above it.
    QHash<qint64, qint64> branchOf;
    for (const Organization &org : organizations.value()) {
        if (org.kind == OrgKind::Branch || org.kind == OrgKind::TemporaryBranch)
            branchOf.insert(org.id, org.id);
    }
    for (const Organization &org : organizations.value()) {
        if (org.kind == OrgKind::Group)
            branchOf.insert(org.id, org.parentId);
    }
    QHash<qint64, int> full;
    for (const RosterEntry &entry : roster.value()) {
        if (entry.isOnRoll() && entry.category == MemberCategory::Full)
            ++full[branchOf.value(entry.orgId)];
    }
    QList<SmallBranch> small;
    for (const Organization &org : organizations.value()) {
        const bool branch = org.kind == OrgKind::Branch || org.kind == OrgKind::TemporaryBranch;
        if (branch && !org.isDissolved() && full.value(org.id) < MinimumFullMembers)
            small.append({org.id, org.displayName(), full.value(org.id)});
    }
    return small;
}

Result<QList<IncompleteMember>> Reminders::incompleteMembers(const Ledger &ledger, QDate today)
{
    auto members = ledger.members();
    if (!members)
        return Error{members.error()};
    QList<IncompleteMember> incomplete;
    for (const Member &member : members.value()) {
        if (!member.isOnRoll())
            continue;
        QStringList problems;
        for (const FieldProblem &problem : MemberValidator::validate(member, today))
            problems << problem.message;
        if (member.idNumber.isEmpty())
            problems << tr("The ID number is missing.");
        if (!problems.isEmpty())
            incomplete.append({member.id, member.name, problems});
    }
    return incomplete;
}

} // namespace PartyLedger
