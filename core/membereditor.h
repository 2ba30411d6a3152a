#pragma once

#include "member.h"
#include "result.h"
#include "transfer.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QUndoStack;

namespace PartyLedger {

class Ledger;

// Every edit of the roster as an undoable step, as AwardEditor does for honors: written to the
// ledger first, pushed on the undo stack only when that succeeded; undo and redo write too.
class MemberEditor : public QObject {
    Q_OBJECT
public:
    MemberEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent = nullptr);

    Result<qint64> addMember(const Member &member);
    Result<void> editMember(const Member &member);
    // Moves members to another branch of the ledger (toOrgId), or out of it (toOrgId 0, with
    // externalOrg naming where to), on one date with one note; one step however many.
    Result<void> transferMembers(const QList<qint64> &memberIds, qint64 toOrgId,
                                 const QString &externalOrg, QDate date, const QString &note);

    // Removes records entered by mistake (a member who left keeps a status instead), with their
    // Party posts and transfers; their honor-list entries stay, unlinked. Undo puts all back.
    Result<void> removeMembers(const QList<qint64> &memberIds);

Q_SIGNALS:
    void membersChanged(const QList<qint64> &memberIds);
    // An undo or redo that could not be written; the undo history is cleared.
    void failed(const QString &message);

private:
    Result<void> perform(const QString &text, const std::function<Result<void>()> &forward,
                         const std::function<Result<void>()> &backward,
                         const std::function<void()> &changed);

    Ledger *m_ledger;
    QUndoStack *m_undoStack;
};

} // namespace PartyLedger
