#include "membereditor.h"

#include "ledger.h"
#include "ledgerstep.h"

#include <QUndoStack>

#include <memory>

namespace PartyLedger {

MemberEditor::MemberEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_undoStack(undoStack)
{
}

Result<void> MemberEditor::perform(const QString &text,
                                   const std::function<Result<void>()> &forward,
                                   const std::function<Result<void>()> &backward,
                                   const std::function<void()> &changed)
{
    return LedgerStep::perform(m_undoStack, text, forward, backward, changed,
                               [this](const QString &message) {
                                   Q_EMIT membersChanged({});
                                   Q_EMIT failed(message);
                               });
}

Result<qint64> MemberEditor::addMember(const Member &given)
{
    // The id of the first write is kept, so redo writes the member back under it.
    auto member = std::make_shared<Member>(given);
    auto added = perform(
        tr("Add %1").arg(given.name),
        [this, member]() -> Result<void> {
            auto id = m_ledger->addMember(*member);
            if (id)
                member->id = id.value();
            return id ? Result<void>() : Error{id.error()};
        },
        [this, member] { return m_ledger->removeMember(member->id); },
        [this, member] { Q_EMIT membersChanged({member->id}); });
    return added ? Result<qint64>(member->id) : Error{added.error()};
}

Result<void> MemberEditor::editMember(const Member &member)
{
    auto before = m_ledger->member(member.id);
    if (!before)
        return Error{before.error()};
    const Member old = before.value();
    return perform(
        tr("Edit %1").arg(old.name), [this, member] { return m_ledger->updateMember(member); },
        [this, old] { return m_ledger->updateMember(old); },
        [this, id = member.id] { Q_EMIT membersChanged({id}); });
}

Result<void> MemberEditor::transferMembers(const QList<qint64> &memberIds, qint64 toOrgId,
                                           const QString &externalOrg, QDate date,
                                           const QString &note)
{
    auto members = m_ledger->members(memberIds);
    if (!members)
        return Error{members.error()};
    const QList<Member> before = members.value();
    QList<Transfer> moves;
    for (const Member &member : before)
        moves.append(
            {0, member.id, member.orgId, toOrgId, externalOrg.trimmed(), date, note.trimmed()});
    if (moves.isEmpty())
        return {};
    if (!date.isValid())
        return Error{tr("A transfer needs its date.")};
    if (toOrgId == 0 && externalOrg.trimmed().isEmpty())
        return Error{tr("Say where the members are transferred to.")};
    // Undo takes back exactly the transfers this step recorded, and the members as they were.
    auto recorded = std::make_shared<QList<qint64>>();
    const auto forward = [this, moves, recorded]() -> Result<void> {
        auto transfers = m_ledger->transferMembers(moves);
        if (!transfers)
            return Error{transfers.error()};
        *recorded = transfers.value();
        return {};
    };
    const auto backward = [this, before, recorded]() {
        return m_ledger->undoTransfers(*recorded, before);
    };
    const QString text = before.size() == 1
                             ? tr("Transfer %1").arg(before.first().name)
                             : tr("Transfer %n member(s)", nullptr, int(before.size()));
    return perform(text, forward, backward,
                   [this, memberIds] { Q_EMIT membersChanged(memberIds); });
}

Result<void> MemberEditor::removeMembers(const QList<qint64> &memberIds)
{
    struct Removed {
        Member member;
        QList<Transfer> transfers;
        QList<qint64> recipients;
        QList<qint64> activities; // those listing the member, which lose them with the record
    };
    QList<Removed> removed;
    for (qint64 id : memberIds) {
        auto member = m_ledger->member(id);
        auto transfers = m_ledger->transfers(id);
        auto recipients = m_ledger->recipientsOfMember(id);
        auto activities = m_ledger->activitiesOfMember(id);
        for (const QString &error :
             {member.error(), transfers.error(), recipients.error(), activities.error()}) {
            if (!error.isEmpty())
                return Error{error};
        }
        removed.append({member.value(), transfers.value(), recipients.value(), activities.value()});
    }
    if (removed.isEmpty())
        return {};
    const auto forward = [this, memberIds]() {
        return m_ledger->write([&]() -> Result<void> {
            for (qint64 id : memberIds) {
                if (auto gone = m_ledger->removeMember(id); !gone)
                    return gone;
            }
            return {};
        });
    };
    // Written back under their old ids, so earlier steps on the stack still find them.
    const auto backward = [this, removed]() {
        return m_ledger->write([&]() -> Result<void> {
            for (const Removed &r : removed) {
                if (auto added = m_ledger->addMember(r.member); !added)
                    return Error{added.error()};
                for (const Transfer &transfer : r.transfers) {
                    if (auto added = m_ledger->addTransfer(transfer); !added)
                        return Error{added.error()};
                }
                if (auto linked = m_ledger->linkRecipients(r.recipients, r.member.id); !linked)
                    return linked;
                if (auto listed = m_ledger->addParticipations(r.member.id, r.activities); !listed)
                    return listed;
            }
            return {};
        });
    };
    const QString text = removed.size() == 1
                             ? tr("Remove %1").arg(removed.first().member.name)
                             : tr("Remove %n member(s)", nullptr, int(removed.size()));
    return perform(text, forward, backward,
                   [this, memberIds] { Q_EMIT membersChanged(memberIds); });
}

} // namespace PartyLedger
