#pragma once

#include "member.h"
#include "organization.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>

#include <functional>

class QUndoStack;

namespace PartyLedger {

class Ledger;

// Every edit of the organization tree as an undoable step, as MemberEditor does for the roster:
// written to the ledger first, pushed on the undo stack only when that succeeded; undo and redo
// write too, each in one transaction.
class OrgEditor : public QObject {
    Q_OBJECT
public:
    OrgEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent = nullptr);

    // Placed after its siblings under org.parentId; returns the new id.
    Result<qint64> addOrganization(Organization org);
    // Names, kind, unit, dates and flags; the place in the tree is moveOrganization's.
    Result<void> editOrganization(const Organization &org);
    // Under newParentId (0: the top) at position among its new siblings (clamped).
    Result<void> moveOrganization(qint64 orgId, qint64 newParentId, int position);
    // Dissolves the organization with whatever under it is in being; members on the roll there
    // move to the branch moveMembersTo (required when there are any).
    Result<void> dissolve(qint64 orgId, QDate date, qint64 moveMembersTo, const QString &note);
    // Branch fromId joins intoId: members and Party groups move over, fromId is dissolved.
    Result<void> merge(qint64 fromId, qint64 intoId, QDate date, const QString &note);

Q_SIGNALS:
    void organizationsChanged();
    void membersChanged(const QList<qint64> &memberIds); // empty: any of them
    // An undo or redo that could not be written; the undo history is cleared.
    void failed(const QString &message);

private:
    Result<void> perform(const QString &text, const std::function<Result<void>()> &forward,
                         const std::function<Result<void>()> &backward,
                         const std::function<void()> &changed);
    // Members on the roll under orgId as they are now: what undoing a dissolve or merge writes
    // back.
    Result<QList<Member>> membersUnder(qint64 orgId) const;
    // Takes back the transfers a step recorded and writes the members back as they were.
    Result<void> restoreMembers(const QList<qint64> &transferIds, const QList<Member> &before);

    Ledger *m_ledger;
    QUndoStack *m_undoStack;
};

} // namespace PartyLedger
