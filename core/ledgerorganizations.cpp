// The store's part for the organization tree: reading one organization, editing, moving,
// dissolving and merging. Siblings keep their order as sort_order 0..n-1 once moved.
#include "ledger.h"

#include "sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

namespace PartyLedger {

using namespace SqlValues;

// The organization bound to the first ? and everything under it, as the table subtree(id).
// UNION, not UNION ALL: a damaged file with a loop of parents still ends.

namespace {

bool isBranch(const Organization &org)
{
    return org.kind == OrgKind::Branch || org.kind == OrgKind::TemporaryBranch;
}

// Where the members of a dissolved or merged organization (named by fromName) may go.
Result<void> checkReceiver(const Organization &to, const QString &fromName)
{
    if (!to.holdsMembers())
        return Error{Ledger::tr("The members of %1 cannot move to %2: a %3 holds organizations, "
                                "not members.")
                         .arg(fromName, to.displayName(), OrgKinds::label(to.kind))};
    if (to.isDissolved())
        return Error{Ledger::tr("The members of %1 cannot move to %2, which was dissolved on %3.")
                         .arg(fromName, to.displayName(), DateInput::format(to.dissolved))};
    return {};
}

// Dissolving before the founding date is refused by the schema too; this says it plainly.
Result<void> checkDissolvable(const Organization &org, QDate date)
{
    if (org.founded.isValid() && date < org.founded)
        return Error{
            Ledger::tr("%1 cannot be dissolved on %2: it was founded on %3.")
                .arg(org.displayName(), DateInput::format(date), DateInput::format(org.founded))};
    return {};
}

} // namespace

Result<Organization> Ledger::organization(qint64 orgId) const
{
    auto query = select(QStringLiteral("SELECT id, parent_id, kind, full_name, short_name, "
                                       "unit_id, founded, dissolved, is_retiree, is_non_public, "
                                       "sort_order FROM organizations WHERE id = ?"),
                        {orgId});
    if (!query)
        return Error{query.error()};
    if (!query->next()) {
        if (auto failed = readFailure(query.value()))
            return *failed;
        return Error{tr("The organization is no longer in the ledger; someone may have removed "
                        "it.")};
    }
    Organization org;
    org.id = query->value(0).toLongLong();
    org.parentId = idFrom(query->value(1));
    org.kind = OrgKinds::fromCode(query->value(2).toString()).value_or(OrgKind::Branch);
    org.fullName = query->value(3).toString();
    org.shortName = query->value(4).toString();
    org.unitId = idFrom(query->value(5));
    org.founded = dateFrom(query->value(6));
    org.dissolved = dateFrom(query->value(7));
    org.isRetiree = query->value(8).toInt() != 0;
    org.isNonPublic = query->value(9).toInt() != 0;
    org.sortOrder = query->value(10).toInt();
    return org;
}

Result<QList<qint64>> Ledger::childrenOf(qint64 parentId) const
{
    return idsOf(select(QStringLiteral("SELECT id FROM organizations WHERE parent_id IS ? ORDER "
                                       "BY sort_order, id"),
                        {idValue(parentId)}));
}

Result<QList<qint64>> Ledger::membersOnRollUnder(qint64 orgId) const
{
    return idsOf(select(QStringLiteral(PARTYLEDGER_SUBTREE
                                       "SELECT m.id FROM members m JOIN subtree s ON m.org_id = "
                                       "s.id WHERE m.status NOT IN ('transferred_out', "
                                       "'deceased') ORDER BY m.id"),
                        {orgId}));
}

Result<void> Ledger::checkPlace(const Organization &org, qint64 parentId) const
{
    if (parentId <= 0) {
        if (!OrgKinds::canBeChildOf(org.kind, std::nullopt))
            return Error{tr("%1 cannot be at the top of the tree: a %2 belongs under another "
                            "organization.")
                             .arg(org.displayName(), OrgKinds::label(org.kind))};
        return {};
    }
    auto exists = kindOf(parentId);
    if (!exists)
        return Error{exists.error()};
    if (!exists.value())
        return Error{tr("The organization %1 was not saved: its parent is not in the ledger.")
                         .arg(org.displayName())};
    auto parent = organization(parentId);
    if (!parent)
        return Error{parent.error()};
    if (org.id > 0 && parentId == org.id)
        return Error{tr("%1 cannot be placed under itself.").arg(org.displayName())};
    if (org.id > 0) {
        // Walking up from the new parent must not meet the organization itself.
        auto inside = select(QStringLiteral("WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT "
                                            "o.parent_id FROM organizations o JOIN up ON o.id = "
                                            "up.id WHERE o.parent_id IS NOT NULL) SELECT 1 FROM "
                                            "up WHERE id = ?"),
                             {parentId, org.id});
        if (!inside)
            return Error{inside.error()};
        if (inside->next())
            return Error{tr("%1 cannot be placed under %2, which is part of it.")
                             .arg(org.displayName(), parent->displayName())};
    }
    if (!OrgKinds::canBeChildOf(org.kind, parent->kind))
        return Error{tr("%1 cannot be placed under %2: a %3 cannot be placed under a %4.")
                         .arg(org.displayName(), parent->displayName(), OrgKinds::label(org.kind),
                              OrgKinds::label(parent->kind))};
    if (parent->isDissolved() && !org.isDissolved())
        return Error{tr("%1 cannot be placed under %2, which was dissolved on %3.")
                         .arg(org.displayName(), parent->displayName(),
                              DateInput::format(parent->dissolved))};
    return {};
}

Result<void> Ledger::updateOrganization(const Organization &org)
{
    return write([&]() -> Result<void> {
        auto before = organization(org.id);
        if (!before)
            return Error{before.error()};
        const QString name = before->displayName();
        if (org.fullName.trimmed().isEmpty())
            return Error{tr("%1 was not saved: the full name cannot be empty.").arg(name)};
        if (org.founded.isValid() && org.dissolved.isValid() && org.dissolved < org.founded)
            return Error{
                tr("%1 was not saved: it cannot be dissolved (%2) before it was founded "
                   "(%3).")
                    .arg(name, DateInput::format(org.dissolved), DateInput::format(org.founded))};
        const QString kind = OrgKinds::label(org.kind);
        if (org.kind != before->kind) {
            // The new kind must fit where the organization stands and what stands under it.
            if (before->parentId > 0) {
                auto parent = organization(before->parentId);
                if (!parent)
                    return Error{parent.error()};
                if (!OrgKinds::canBeChildOf(org.kind, parent->kind))
                    return Error{
                        tr("%1 cannot become a %2: a %2 cannot be placed under a %3 "
                           "(%4).")
                            .arg(name, kind, OrgKinds::label(parent->kind), parent->displayName())};
            } else if (!OrgKinds::canBeChildOf(org.kind, std::nullopt)) {
                return Error{tr("%1 cannot become a %2: a %2 cannot be at the top of the tree.")
                                 .arg(name, kind)};
            }
            auto children = childrenOf(org.id);
            if (!children)
                return Error{children.error()};
            for (qint64 childId : children.value()) {
                auto child = organization(childId);
                if (!child)
                    return Error{child.error()};
                if (!OrgKinds::canBeChildOf(child->kind, org.kind))
                    return Error{
                        tr("%1 cannot become a %2: a %3 (%4) cannot be placed under a "
                           "%2.")
                            .arg(name, kind, OrgKinds::label(child->kind), child->displayName())};
            }
            // Every member record, on the roll or history, names a branch or group.
            auto members =
                select(QStringLiteral("SELECT COUNT(*) FROM members WHERE org_id = ?"), {org.id});
            if (!members)
                return Error{members.error()};
            const int count = members->next() ? members->value(0).toInt() : 0;
            if (!org.holdsMembers() && count > 0)
                return Error{tr("%1 cannot become a %2: %n member(s) belong to it, and a %2 "
                                "holds organizations, not members.",
                                nullptr, count)
                                 .arg(name, kind)};
        }
        if (!before->isDissolved() && org.isDissolved()) {
            // Dissolving by editing the date would strand members and organizations.
            auto members = membersOnRollUnder(org.id);
            if (!members)
                return Error{members.error()};
            auto living = select(QStringLiteral("SELECT COUNT(*) FROM organizations WHERE "
                                                "parent_id = ? AND dissolved IS NULL"),
                                 {org.id});
            if (!living)
                return Error{living.error()};
            if (!members->isEmpty() || (living->next() && living->value(0).toInt() > 0))
                return Error{tr("%1 was not dissolved: members on the roll or organizations in "
                                "being are still under it. Dissolve it with the Dissolve command, "
                                "which moves them.")
                                 .arg(name)};
        }
        // Its recorded activities must stay inside its life.
        auto span =
            select(QStringLiteral("SELECT min(date), max(date) FROM activities WHERE org_id = ?"),
                   {org.id});
        if (!span)
            return Error{span.error()};
        if (span->next() && !span->value(0).isNull()) {
            const QDate first = dateFrom(span->value(0));
            const QDate last = dateFrom(span->value(1));
            if (org.founded.isValid() && org.founded > first)
                return Error{
                    tr("%1 was not saved: an activity of %2 is recorded for it, before "
                       "the founding date %3.")
                        .arg(name, DateInput::format(first), DateInput::format(org.founded))};
            if (org.dissolved.isValid() && org.dissolved < last)
                return Error{
                    tr("%1 was not saved: an activity of %2 is recorded for it, after "
                       "the dissolving date %3.")
                        .arg(name, DateInput::format(last), DateInput::format(org.dissolved))};
        }
        return run(QStringLiteral("UPDATE organizations SET kind = ?, full_name = ?, short_name = "
                                  "?, unit_id = ?, founded = ?, dissolved = ?, is_retiree = ?, "
                                  "is_non_public = ? WHERE id = ?"),
                   {OrgKinds::code(org.kind), org.fullName.trimmed(), org.shortName.trimmed(),
                    idValue(org.unitId), dateValue(org.founded), dateValue(org.dissolved),
                    int(org.isRetiree), int(org.isNonPublic), org.id},
                   tr("the organization %1").arg(name));
    });
}

Result<void> Ledger::arrangeChildren(qint64 parentId, const QList<qint64> &childIds)
{
    parentId = std::max<qint64>(parentId, 0);
    return write([&]() -> Result<void> {
        for (int position = 0; position < childIds.size(); ++position) {
            auto child = organization(childIds.at(position));
            if (!child)
                return Error{child.error()};
            // Only a child that changes parent is checked: the others are merely renumbered.
            if (child->parentId != parentId) {
                if (auto placed = checkPlace(child.value(), parentId); !placed)
                    return placed;
            }
            auto written = run(QStringLiteral("UPDATE organizations SET parent_id = ?, "
                                              "sort_order = ? WHERE id = ?"),
                               {idValue(parentId), position, child->id},
                               tr("the organization %1").arg(child->displayName()));
            if (!written)
                return written;
        }
        return {};
    });
}

Result<void> Ledger::moveOrganization(qint64 orgId, qint64 newParentId, int position)
{
    newParentId = std::max<qint64>(newParentId, 0);
    return write([&]() -> Result<void> {
        auto org = organization(orgId);
        if (!org)
            return Error{org.error()};
        if (auto placed = checkPlace(org.value(), newParentId); !placed)
            return placed;
        auto siblings = childrenOf(newParentId);
        if (!siblings)
            return Error{siblings.error()};
        siblings->removeAll(orgId);
        siblings->insert(std::clamp(position, 0, int(siblings->size())), orgId);
        if (org->parentId != newParentId) {
            auto left = childrenOf(org->parentId);
            if (!left)
                return Error{left.error()};
            left->removeAll(orgId);
            if (auto closed = arrangeChildren(org->parentId, left.value()); !closed)
                return closed;
        }
        return arrangeChildren(newParentId, siblings.value());
    });
}

Result<void> Ledger::removeOrganization(qint64 orgId)
{
    return write([&]() -> Result<void> {
        auto org = organization(orgId);
        if (!org)
            return Error{org.error()};
        // ON DELETE RESTRICT would refuse most of these too, but not in a sentence; honors
        // would silently lose their link (SET NULL).
        auto uses = select(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM organizations WHERE parent_id = ?), "
                           "(SELECT COUNT(*) FROM members WHERE org_id = ?), (SELECT COUNT(*) "
                           "FROM member_party_posts WHERE org_id = ?), (SELECT COUNT(*) FROM "
                           "member_transfers WHERE from_org_id = ? OR to_org_id = ?), (SELECT "
                           "COUNT(*) FROM award_recipients WHERE org_id = ?), (SELECT COUNT(*) "
                           "FROM activities WHERE org_id = ?)"),
            {orgId, orgId, orgId, orgId, orgId, orgId, orgId});
        if (!uses)
            return Error{uses.error()};
        const bool read = uses->next();
        if (auto failed = readFailure(uses.value()); !read && failed)
            return *failed;
        const QString reasons[] = {tr("organizations stand under it"),
                                   tr("members belong to it"),
                                   tr("members hold Party posts in it"),
                                   tr("member transfers refer to it"),
                                   tr("honor lists name it"),
                                   tr("activities are recorded for it")};
        for (int i = 0; i < 6; ++i) {
            if (uses->value(i).toInt() > 0)
                return Error{tr("%1 cannot be removed: %2.").arg(org->displayName(), reasons[i])};
        }
        if (auto removed = run(QStringLiteral("DELETE FROM organizations WHERE id = ?"), {orgId},
                               tr("the organization %1").arg(org->displayName()));
            !removed)
            return removed;
        auto siblings = childrenOf(org->parentId);
        if (!siblings)
            return Error{siblings.error()};
        return arrangeChildren(org->parentId, siblings.value());
    });
}

Result<QList<qint64>> Ledger::dissolveOrganization(qint64 orgId, QDate date, qint64 moveMembersTo,
                                                   const QString &note)
{
    QList<qint64> transfers;
    auto written = write([&]() -> Result<void> {
        auto org = organization(orgId);
        if (!org)
            return Error{org.error()};
        const QString name = org->displayName();
        if (!date.isValid())
            return Error{tr("Give the date %1 is dissolved on.").arg(name)};
        if (org->isDissolved())
            return Error{
                tr("%1 was already dissolved on %2.").arg(name, DateInput::format(org->dissolved))};
        auto subtree =
            idsOf(select(QStringLiteral(PARTYLEDGER_SUBTREE "SELECT id FROM subtree"), {orgId}));
        if (!subtree)
            return Error{subtree.error()};
        // What under it is still in being is dissolved with it, on the same date.
        QList<qint64> living;
        for (qint64 id : subtree.value()) {
            auto part = organization(id);
            if (!part)
                return Error{part.error()};
            if (part->isDissolved())
                continue; // keeps the date it was dissolved on
            if (auto fits = checkDissolvable(part.value(), date); !fits)
                return fits;
            living.append(id);
        }
        auto members = membersOnRollUnder(orgId);
        if (!members)
            return Error{members.error()};
        if (!members->isEmpty() && moveMembersTo <= 0)
            return Error{
                tr("%1 still has %n member(s) on the roll; choose the branch they move to.",
                   nullptr, int(members->size()))
                    .arg(name)};
        if (moveMembersTo > 0) {
            auto exists = kindOf(moveMembersTo);
            if (!exists)
                return Error{exists.error()};
            if (!exists.value())
                return Error{
                    tr("The branch the members of %1 move to is not in the ledger.").arg(name)};
            auto to = organization(moveMembersTo);
            if (!to)
                return Error{to.error()};
            if (subtree->contains(moveMembersTo))
                return Error{tr("The members of %1 cannot move to %2, which is dissolved with it.")
                                 .arg(name, to->displayName())};
            if (auto fits = checkReceiver(to.value(), name); !fits)
                return fits;
        }
        QList<Transfer> moves;
        for (qint64 memberId : members.value())
            moves.append({0, memberId, 0, moveMembersTo, {}, date, note.trimmed()});
        auto moved = transferMembers(moves);
        if (!moved)
            return Error{moved.error()};
        transfers = moved.value();
        for (qint64 id : std::as_const(living)) {
            auto dissolved =
                run(QStringLiteral("UPDATE organizations SET dissolved = ? WHERE id = ?"),
                    {dateValue(date), id}, tr("the organization %1").arg(name));
            if (!dissolved)
                return dissolved;
        }
        return {};
    });
    return written ? Result<QList<qint64>>(transfers) : Error{written.error()};
}

Result<QList<qint64>> Ledger::mergeBranches(qint64 fromId, qint64 intoId, QDate date,
                                            const QString &note)
{
    QList<qint64> transfers;
    auto written = write([&]() -> Result<void> {
        auto from = organization(fromId);
        if (!from)
            return Error{from.error()};
        auto into = organization(intoId);
        if (!into)
            return Error{into.error()};
        const QString name = from->displayName();
        if (fromId == intoId)
            return Error{tr("%1 cannot be merged into itself.").arg(name)};
        for (const Organization &org : {from.value(), into.value()}) {
            if (!isBranch(org))
                return Error{tr("%1 is a %2; only branches can be merged.")
                                 .arg(org.displayName(), OrgKinds::label(org.kind))};
        }
        if (from->isDissolved())
            return Error{tr("%1 was already dissolved on %2.")
                             .arg(name, DateInput::format(from->dissolved))};
        if (auto fits = checkReceiver(into.value(), name); !fits)
            return fits;
        if (!date.isValid())
            return Error{
                tr("Give the date %1 is merged into %2 on.").arg(name, into->displayName())};
        if (auto fits = checkDissolvable(from.value(), date); !fits)
            return fits;

        // Groups in being go under the new branch with their members; dissolved ones stay as
        // history, and whoever is still on their roll moves with the branch's own members.
        auto children = childrenOf(fromId);
        if (!children)
            return Error{children.error()};
        QList<qint64> groups, stay;
        for (qint64 id : children.value()) {
            auto group = organization(id);
            if (!group)
                return Error{group.error()};
            (group->isDissolved() ? stay : groups).append(id);
        }
        QList<Transfer> moves;
        for (qint64 orgId : QList<qint64>{fromId} + stay) {
            auto members = idsOf(select(QStringLiteral("SELECT id FROM members WHERE org_id = ? "
                                                       "AND status NOT IN ('transferred_out', "
                                                       "'deceased') ORDER BY id"),
                                        {orgId}));
            if (!members)
                return Error{members.error()};
            for (qint64 memberId : members.value())
                moves.append({0, memberId, 0, intoId, {}, date, note.trimmed()});
        }
        auto intoChildren = childrenOf(intoId);
        if (!intoChildren)
            return Error{intoChildren.error()};
        if (auto placed = arrangeChildren(intoId, intoChildren.value() + groups); !placed)
            return placed;
        if (auto closed = arrangeChildren(fromId, stay); !closed)
            return closed;
        auto moved = transferMembers(moves);
        if (!moved)
            return Error{moved.error()};
        transfers = moved.value();
        return run(QStringLiteral("UPDATE organizations SET dissolved = ? WHERE id = ?"),
                   {dateValue(date), fromId}, tr("the organization %1").arg(name));
    });
    return written ? Result<QList<qint64>>(transfers) : Error{written.error()};
}

} // namespace PartyLedger
