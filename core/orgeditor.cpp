#include "orgeditor.h"

#include "ledger.h"
#include "ledgerstep.h"

#include <QUndoStack>

#include <memory>

namespace PartyLedger {

namespace {
// The children of parentId in their order: organizations() reads by sort_order, id.
QList<qint64> childrenIn(const QList<Organization> &all, qint64 parentId)
{
    QList<qint64> ids;
    for (const Organization &org : all) {
        if (org.parentId == parentId)
            ids.append(org.id);
    }
    return ids;
}

// The organization and everything under it, each before its children.
QList<Organization> subtreeIn(const QList<Organization> &all, qint64 orgId)
{
    QList<Organization> subtree;
    for (const Organization &org : all) {
        if (org.id == orgId)
            subtree.append(org);
    }
    for (int i = 0; i < subtree.size(); ++i) {
        const qint64 parentId = subtree.at(i).id;
        for (const Organization &org : all) {
            if (org.parentId == parentId)
                subtree.append(org);
        }
    }
    return subtree;
}

QList<qint64> idsOf(const QList<Member> &members)
{
    QList<qint64> ids;
    for (const Member &member : members)
        ids.append(member.id);
    return ids;
}
} // namespace

OrgEditor::OrgEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_undoStack(undoStack)
{
}

Result<void> OrgEditor::perform(const QString &text, const std::function<Result<void>()> &forward,
                                const std::function<Result<void>()> &backward,
                                const std::function<void()> &changed)
{
    return LedgerStep::perform(m_undoStack, text, forward, backward, changed,
                               [this](const QString &message) {
                                   Q_EMIT organizationsChanged();
                                   Q_EMIT membersChanged({});
                                   Q_EMIT failed(message);
                               });
}

Result<QList<Member>> OrgEditor::membersUnder(qint64 orgId) const
{
    auto ids = m_ledger->membersOnRollUnder(orgId);
    if (!ids)
        return Error{ids.error()};
    QList<Member> members;
    for (qint64 id : ids.value()) {
        auto member = m_ledger->member(id);
        if (!member)
            return Error{member.error()};
        members.append(member.value());
    }
    return members;
}

Result<void> OrgEditor::restoreMembers(const QList<qint64> &transferIds,
                                       const QList<Member> &before)
{
    for (qint64 id : transferIds) {
        if (auto removed = m_ledger->removeTransfer(id); !removed)
            return removed;
    }
    for (const Member &member : before) {
        if (auto restored = m_ledger->updateMember(member); !restored)
            return restored;
    }
    return {};
}

Result<qint64> OrgEditor::addOrganization(Organization given)
{
    // The id of the first write is kept, so redo writes it back under the same id.
    auto org = std::make_shared<Organization>(std::move(given));
    org->sortOrder = -1; // after its siblings
    auto added = perform(
        tr("Add %1").arg(org->displayName()),
        [this, org]() -> Result<void> {
            auto id = m_ledger->addOrganization(*org);
            if (id)
                org->id = id.value();
            return id ? Result<void>() : Error{id.error()};
        },
        [this, org] { return m_ledger->removeOrganization(org->id); },
        [this] { Q_EMIT organizationsChanged(); });
    return added ? Result<qint64>(org->id) : Error{added.error()};
}

Result<void> OrgEditor::editOrganization(const Organization &org)
{
    auto before = m_ledger->organization(org.id);
    if (!before)
        return Error{before.error()};
    const Organization old = before.value();
    const bool onlyNames = org.kind == old.kind && org.unitId == old.unitId &&
                           org.founded == old.founded && org.dissolved == old.dissolved &&
                           org.isRetiree == old.isRetiree && org.isNonPublic == old.isNonPublic;
    const QString text =
        onlyNames ? tr("Rename %1").arg(old.displayName()) : tr("Edit %1").arg(old.displayName());
    return perform(
        text, [this, org] { return m_ledger->updateOrganization(org); },
        [this, old] { return m_ledger->updateOrganization(old); },
        [this] { Q_EMIT organizationsChanged(); });
}

Result<void> OrgEditor::moveOrganization(qint64 orgId, qint64 newParentId, int position)
{
    newParentId = std::max<qint64>(newParentId, 0);
    auto all = m_ledger->organizations();
    if (!all)
        return Error{all.error()};
    auto org = m_ledger->organization(orgId);
    if (!org)
        return Error{org.error()};
    // Undo puts back both orders: the one it left (itself included) and the one it joined.
    const qint64 oldParentId = org->parentId;
    const QList<qint64> left = childrenIn(all.value(), oldParentId);
    const QList<qint64> joined = childrenIn(all.value(), newParentId);
    return perform(
        tr("Move %1").arg(org->displayName()),
        [this, orgId, newParentId, position] {
            return m_ledger->moveOrganization(orgId, newParentId, position);
        },
        [this, oldParentId, newParentId, left, joined] {
            return m_ledger->write([&]() -> Result<void> {
                if (auto back = m_ledger->arrangeChildren(oldParentId, left); !back)
                    return back;
                if (newParentId == oldParentId)
                    return {};
                return m_ledger->arrangeChildren(newParentId, joined);
            });
        },
        [this] { Q_EMIT organizationsChanged(); });
}

Result<void> OrgEditor::dissolve(qint64 orgId, QDate date, qint64 moveMembersTo,
                                 const QString &note)
{
    auto org = m_ledger->organization(orgId);
    if (!org)
        return Error{org.error()};
    auto all = m_ledger->organizations();
    if (!all)
        return Error{all.error()};
    const QList<Organization> subtree = subtreeIn(all.value(), orgId);
    auto members = membersUnder(orgId);
    if (!members)
        return Error{members.error()};
    const QList<Member> before = members.value();
    const QList<qint64> memberIds = idsOf(before);
    auto recorded = std::make_shared<QList<qint64>>();
    const auto forward = [this, orgId, date, moveMembersTo, note, recorded]() -> Result<void> {
        auto transfers = m_ledger->dissolveOrganization(orgId, date, moveMembersTo, note);
        if (!transfers)
            return Error{transfers.error()};
        *recorded = transfers.value();
        return {};
    };
    const auto backward = [this, subtree, before, recorded] {
        return m_ledger->write([&]() -> Result<void> {
            if (auto restored = restoreMembers(*recorded, before); !restored)
                return restored;
            // In being again, top down; what was dissolved earlier keeps its date.
            for (const Organization &part : subtree) {
                if (part.isDissolved())
                    continue;
                if (auto revived = m_ledger->updateOrganization(part); !revived)
                    return revived;
            }
            return {};
        });
    };
    return perform(tr("Dissolve %1").arg(org->displayName()), forward, backward, [this, memberIds] {
        Q_EMIT organizationsChanged();
        Q_EMIT membersChanged(memberIds);
    });
}

Result<void> OrgEditor::merge(qint64 fromId, qint64 intoId, QDate date, const QString &note)
{
    auto from = m_ledger->organization(fromId);
    if (!from)
        return Error{from.error()};
    auto into = m_ledger->organization(intoId);
    if (!into)
        return Error{into.error()};
    auto all = m_ledger->organizations();
    if (!all)
        return Error{all.error()};
    const QList<qint64> fromChildren = childrenIn(all.value(), fromId);
    const QList<qint64> intoChildren = childrenIn(all.value(), intoId);
    // Everyone under the branch, its groups' members too: restoring an unmoved one is harmless.
    auto members = membersUnder(fromId);
    if (!members)
        return Error{members.error()};
    const QList<Member> before = members.value();
    const QList<qint64> memberIds = idsOf(before);
    auto recorded = std::make_shared<QList<qint64>>();
    const auto forward = [this, fromId, intoId, date, note, recorded]() -> Result<void> {
        auto transfers = m_ledger->mergeBranches(fromId, intoId, date, note);
        if (!transfers)
            return Error{transfers.error()};
        *recorded = transfers.value();
        return {};
    };
    const auto backward = [this, old = from.value(), intoId, fromChildren, intoChildren, before,
                           recorded] {
        return m_ledger->write([&]() -> Result<void> {
            if (auto restored = restoreMembers(*recorded, before); !restored)
                return restored;
            // In being again before its groups go back under it.
            if (auto revived = m_ledger->updateOrganization(old); !revived)
                return revived;
            if (auto back = m_ledger->arrangeChildren(old.id, fromChildren); !back)
                return back;
            return m_ledger->arrangeChildren(intoId, intoChildren);
        });
    };
    return perform(tr("Merge %1 into %2").arg(from->displayName(), into->displayName()), forward,
                   backward, [this, memberIds] {
                       Q_EMIT organizationsChanged();
                       Q_EMIT membersChanged(memberIds);
                   });
}

} // namespace PartyLedger
