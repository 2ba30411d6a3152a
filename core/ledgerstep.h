#pragma once

#include "result.h"

#include <QString>

#include <functional>

class QUndoStack;

namespace PartyLedger {

// How the editors (AwardEditor, MemberEditor) make an edit undoable: forward is written to the
// ledger now; only if it succeeded is a step pushed on the stack, whose undo runs backward and
// whose redo runs forward again, both writing to the ledger. changed tells the views after
// every write. A step that fails on undo or redo reports it through failed and clears the
// stack, which no longer matches the file.
struct LedgerStep {
    static Result<void> perform(QUndoStack *stack, const QString &text,
                                const std::function<Result<void>()> &forward,
                                const std::function<Result<void>()> &backward,
                                const std::function<void()> &changed,
                                const std::function<void(const QString &)> &failed);
};

} // namespace PartyLedger
