#pragma once

#include "award.h"
#include "honororder.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QUndoStack;

namespace PartyLedger {

class Ledger;

// Every edit of an award, as an undoable step: the edit is written to the ledger first, and only
// a write that succeeded is pushed on the undo stack. Undo and redo write to the ledger too, so
// the file always matches what the window shows.
class AwardEditor : public QObject {
    Q_OBJECT
public:
    AwardEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent = nullptr);

    Result<qint64> addAward(const Award &award);
    Result<void> removeAward(qint64 awardId);
    Result<void> editAwardDetails(const Award &details); // everything but the categories
    Result<qint64> addCategory(qint64 awardId, const AwardCategory &category);
    Result<void> removeCategory(qint64 awardId, qint64 categoryId);
    Result<void> renameCategory(qint64 awardId, qint64 categoryId, const QString &name);
    Result<qint64> addRecipient(qint64 awardId, qint64 categoryId, int position,
                                const AwardRecipient &recipient);
    Result<void> removeRecipients(qint64 awardId, const QList<qint64> &recipientIds);
    Result<void> editRecipient(qint64 awardId, const AwardRecipient &recipient);
    // Moves recipients, in their present order, to toPosition of the category, counted after
    // they have left their old places; one step however many.
    Result<void> moveRecipients(qint64 awardId, const QList<qint64> &recipientIds,
                                qint64 toCategoryId, int toPosition);
    // Puts every category of the award in this order, as one step (按姓氏笔画 and the like).
    Result<void> sortRecipients(qint64 awardId, HonorOrder order);

Q_SIGNALS:
    void awardChanged(qint64 awardId); // its details, categories or recipients
    void awardsChanged();              // an award was added or removed
    // An undo or redo that could not be written; the ledger is as it was before that step, and
    // the undo history is cleared, since it no longer matches the file.
    void failed(const QString &message);

private:
    // Each category's recipient ids, in order: what moves and sorts change and undo restores.
    using Arrangement = QList<std::pair<qint64, QList<qint64>>>;
    static Arrangement arrangementOf(const Award &award);
    Result<void> arrange(const Arrangement &arrangement);
    Result<void> rearrange(qint64 awardId, const QString &text, const Arrangement &before,
                           const Arrangement &after);
    // Runs forward now; pushes a step that runs backward on undo and forward again on redo.
    Result<void> perform(const QString &text, const std::function<Result<void>()> &forward,
                         const std::function<Result<void>()> &backward,
                         const std::function<void()> &changed);

    Ledger *m_ledger;
    QUndoStack *m_undoStack;
};

} // namespace PartyLedger
