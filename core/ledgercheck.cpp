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
        const std::optional<OrgKind> parentKind =
            parent == byId.constEnd() ? std::nullopt : std::optional<OrgKind>(parent->kind);
        if (!OrgKinds::canBeChildOf(org.kind, parentKind))
            lines << tr("Organization %1: a %2 cannot sit %3.")
                         .arg(org.displayName(), OrgKinds::label(org.kind),
                              parentKind ? tr("under a %1").arg(OrgKinds::label(*parentKind))
                                         : tr("at the top of the tree"));
    }

    auto members = ledger.members();
    if (!members)
        return Error{members.error()};
    for (const Member &member : members.value()) {
        const QString who = tr("Member %1 (record %2)").arg(member.name).arg(member.id);
        for (const FieldProblem &problem : MemberValidator::validate(member))
            lines << who + QStringLiteral(": ") + problem.message;
        const Organization org = byId.value(member.orgId);
        if (!org.holdsMembers())
            lines << who + QStringLiteral(": ") +
                         tr("belongs to %1, which is a %2; members belong to a branch or group.")
                             .arg(org.displayName(), OrgKinds::label(org.kind));
        else if (org.isDissolved() && member.isOnRoll())
            lines << who + QStringLiteral(": ") +
                         tr("is still on the roll of %1, which was dissolved on %2.")
                             .arg(org.displayName(), org.dissolved.toString(Qt::ISODate));
    }
    return lines;
}

} // namespace PartyLedger
