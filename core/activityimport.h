#pragma once

#include "activity.h"
#include "importcolumns.h"
#include "importreport.h"
#include "result.h"
#include "sheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PartyLedger {

class Ledger;

// What a column of an activity sheet holds.
enum class ActivityField {
    Ignored,
    Date,
    Organization,
    Type,
    Title,
    HeadCount,
    PeopleServed,
    ProblemsSolved,
    Households,
    Funds,
    Hours,
    Note,
};
using ActivityMapping = ColumnMapping<ActivityField>;

struct ActivityImportOptions {
    // Types the ledger does not know are added (as types without a 三会一课 rule) instead of
    // being errors.
    bool createMissingTypes = false;
};

// The activities a sheet adds, worked out and checked before anything is written.
struct ActivityImportPlan {
    struct Row {
        int row = 0;       // as the sheet numbers it
        Activity activity; // its id set once written
        int newType = -1;  // index into newTypes when its type is added by the import
    };
    ActivityMapping mapping;
    ActivityImportOptions options;
    QList<Row> rows; // the rows without errors, in sheet order
    QList<UnknownName> unknownTypes;
    QList<ActivityType> newTypes; // with createMissingTypes; ids set once written
    ImportReport report;
};

// Activity records (服务统计) from a sheet: 日期, 组织, 类型, 标题, 参与人数, 服务人次,
// 解决问题件数, 帮扶户数, 帮扶资金 (yuan, exact to the fen), 时长 (hours), 备注. Organizations are
// named by full or short name, types by their name in the ledger's list. Every row is checked as
// the store checks an activity (its date within the organization's life, no negative figure) and
// reported with its row before anything is written; then all are written with
// Ledger::addActivities, or none.
class ActivityImport {
    Q_DECLARE_TR_FUNCTIONS(ActivityImport)
public:
    static QList<ActivityField> fields();
    static QString fieldLabel(ActivityField field);
    static Result<ActivityMapping> detect(const Sheet &sheet);
    // The mapping with its column titles in the row the user chose (zero-based).
    static ActivityMapping mappingAt(const Sheet &sheet, int headerRow);
    static Result<ActivityImportPlan> plan(const Ledger &ledger, const Sheet &sheet,
                                           const ActivityMapping &mapping,
                                           const ActivityImportOptions &options = {},
                                           const SheetProgress &progress = {});
    static Result<ImportReport> apply(Ledger &ledger, ActivityImportPlan &plan,
                                      ImportMode mode = ImportMode::Write,
                                      const SheetProgress &progress = {});
    // Removes the activities and the types an applied plan added.
    static Result<void> undo(Ledger &ledger, const ActivityImportPlan &plan);
    static Result<ImportReport> importSheet(Ledger &ledger, const Sheet &sheet,
                                            const ActivityImportOptions &options = {},
                                            ImportMode mode = ImportMode::Write,
                                            const SheetProgress &progress = {});
};

} // namespace PartyLedger
