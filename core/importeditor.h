#pragma once

#include "activityimport.h"
#include "importreport.h"
#include "memberimport.h"
#include "orgimport.h"
#include "result.h"
#include "sheet.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace PartyLedger {

class Ledger;

// An import as one undoable step, as MemberEditor does for edits: written first, pushed on the
// undo stack only when that succeeded. Undo removes what the import added and writes back the
// records it changed; redo writes the same records under the same ids again.
class ImportEditor : public QObject {
    Q_OBJECT
public:
    ImportEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent = nullptr);

    // A plan with errors writes nothing and pushes no step; its report says why. progress is
    // told during the first write only, not during undo or redo.
    Result<ImportReport> importMembers(const MemberImportPlan &plan,
                                       const SheetProgress &progress = {});
    Result<ImportReport> importOrganizations(const OrgImportPlan &plan,
                                             const SheetProgress &progress = {});
    Result<ImportReport> importActivities(const ActivityImportPlan &plan,
                                          const SheetProgress &progress = {});

Q_SIGNALS:
    void membersChanged(const QList<qint64> &memberIds); // empty: any of them
    void organizationsChanged();
    void activitiesChanged();
    // An undo or redo that could not be written; the undo history is cleared.
    void failed(const QString &message);

private:
    // Applies the plan now (with progress) and as redo (without); undo takes it back.
    template <typename Plan, typename Apply, typename Undo>
    Result<ImportReport> perform(const QString &text, const Plan &given,
                                 const SheetProgress &progress, Apply apply, Undo undo,
                                 const std::function<void()> &changed);

    Ledger *m_ledger;
    QUndoStack *m_undoStack;
};

} // namespace PartyLedger
