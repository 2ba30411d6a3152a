#include "ledgercheck.h"

#include "ledger.h"
#include "validation.h"

#include <QHash>

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
    }

    auto members = ledger.members();
    if (!members)
        return Error{members.error()};
    for (const Member &member : members.value()) {
        //: %1 name, %2 record number, %3 what is wrong
        const auto line = [&](const QString &problem) {
            return tr("Member %1 (record %2): %3").arg(member.name).arg(member.id).arg(problem);
        };
        for (const FieldProblem &problem : MemberValidator::validate(member))
            lines << line(problem.message);
        const Organization org = byId.value(member.orgId);
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
