#include "ledgercheck.h"

#include "ledger.h"
#include "validation.h"

#include <QHash>
#include <QSet>

namespace PartyLedger {

Result<QStringList> LedgerCheck::run(const Ledger &ledger)
{
    auto problems = ledger.structuralProblems();
    if (!problems)
        return problems;
    QStringList lines = problems.value();
    if (!lines.isEmpty())
        return lines; // records are not worth reading from a damaged file

    auto organizations = ledger.organizations();
    if (!organizations)
        return Error{organizations.error()};
    QHash<qint64, Organization> byId;
    for (const Organization &org : organizations.value())
        byId.insert(org.id, org);

    for (const Organization &org : organizations.value()) {
        const auto parent = byId.constFind(org.parentId);
        if (parent == byId.constEnd()) {
            if (!OrgKinds::canBeChildOf(org.kind, std::nullopt))
                lines << tr("Organization %1: a %2 cannot be at the top of the tree.")
                             .arg(org.displayName(), OrgKinds::label(org.kind));
        } else if (!OrgKinds::canBeChildOf(org.kind, parent->kind)) {
            lines << tr("Organization %1: a %2 cannot be placed under a %3 (%4).")
                         .arg(org.displayName(), OrgKinds::label(org.kind),
                              OrgKinds::label(parent->kind), parent->displayName());
        }
        // Walking up must reach the top; a loop of parents would hide these from the tree.
        QSet<qint64> seen{org.id};
        for (auto up = parent; up != byId.constEnd(); up = byId.constFind(up->parentId)) {
            if (seen.contains(up->id)) {
                lines << tr("Organization %1 is its own ancestor: its chain of parent "
                            "organizations goes round in a loop.")
                             .arg(org.displayName());
                break;
            }
            seen.insert(up->id);
        }
    }

    auto members = ledger.members();
    if (!members)
        return Error{members.error()};
    for (const Member &member : members.value()) {
        // Named as a clerk finds them: by name and branch, not by an internal record number.
        const Organization org = byId.value(member.orgId);
        const auto line = [&](const QString &problem) {
            //: %1 name, %2 branch, %3 what is wrong
            return tr("Member %1 (%2): %3").arg(member.name, org.displayName(), problem);
        };
        for (const FieldProblem &problem : MemberValidator::validate(member))
            lines << line(problem.message);
        if (!org.holdsMembers())
            lines << line(tr("belongs to %1, which is a %2; members belong to a branch or group.")
                              .arg(org.displayName(), OrgKinds::label(org.kind)));
        else if (org.isDissolved() && member.isOnRoll())
            lines << line(tr("is still on the roll of %1, which was dissolved on %2.")
                              .arg(org.displayName(), org.dissolved.toString(Qt::ISODate)));
    }
    return lines;
}

} // namespace PartyLedger
