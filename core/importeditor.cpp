#include "importeditor.h"

#include "ledger.h"
#include "ledgerstep.h"

#include <memory>

namespace PartyLedger {

ImportEditor::ImportEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_undoStack(undoStack)
{
}

template <typename Plan, typename Apply, typename Undo>
Result<ImportReport> ImportEditor::perform(const QString &text, const Plan &given,
                                           const SheetProgress &progress, Apply apply, Undo undo,
                                           const std::function<void()> &changed)
{
    if (given.report.hasErrors() || given.rows.isEmpty()) {
        ImportReport report = given.report;
        report.written = false;
        return report;
    }
    // Shared by the step's redo and undo: apply keeps the ids it wrote in the plan.
    auto plan = std::make_shared<Plan>(given);
    auto report = std::make_shared<ImportReport>();
    auto firstProgress = std::make_shared<SheetProgress>(progress);
    Ledger *ledger = m_ledger;
    const auto forward = [ledger, plan, report, firstProgress, apply]() -> Result<void> {
        auto applied = apply(*ledger, *plan, ImportMode::Write, *firstProgress);
        *firstProgress = {}; // the dialog that followed the first write is gone at redo
        if (!applied)
            return Error{applied.error()};
        *report = applied.value();
        return {};
    };
    const auto backward = [ledger, plan, undo]() {
        return undo(*ledger, *plan);
    };
    auto done = LedgerStep::perform(m_undoStack, text, forward, backward, changed,
                                    [this](const QString &message) {
                                        Q_EMIT membersChanged({});
                                        Q_EMIT failed(message);
                                    });
    if (!done)
        return Error{done.error()};
    return *report;
}

Result<ImportReport> ImportEditor::importMembers(const MemberImportPlan &plan,
                                                 const SheetProgress &progress)
{
    return perform(tr("Import %n member(s)", nullptr, int(plan.rows.size())), plan, progress,
                   &MemberImport::apply, &MemberImport::undo, [this] {
                       Q_EMIT organizationsChanged();
                       Q_EMIT membersChanged({});
                   });
}

Result<ImportReport> ImportEditor::importOrganizations(const OrgImportPlan &plan,
                                                       const SheetProgress &progress)
{
    return perform(tr("Import %n organization(s)", nullptr, int(plan.rows.size())), plan, progress,
                   &OrgImport::apply, &OrgImport::undo, [this] { Q_EMIT organizationsChanged(); });
}

Result<ImportReport> ImportEditor::importActivities(const ActivityImportPlan &plan,
                                                    const SheetProgress &progress)
{
    return perform(tr("Import %n activity record(s)", nullptr, int(plan.rows.size())), plan,
                   progress, &ActivityImport::apply, &ActivityImport::undo,
                   [this] { Q_EMIT activitiesChanged(); });
}

} // namespace PartyLedger
