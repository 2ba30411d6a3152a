#pragma once

#include "importcolumns.h"
#include "importreport.h"
#include "organization.h"
#include "result.h"
#include "sheet.h"
#include "unit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PartyLedger {

class Ledger;

// What a column of an organization sheet holds.
enum class OrgField { Ignored, Parent, Name, Kind, ShortName, Unit, Founded };
using OrgMapping = ColumnMapping<OrgField>;

// The organizations a sheet adds, worked out and checked before anything is written.
struct OrgImportPlan {
    struct Row {
        int row = 0;          // as the sheet numbers it
        Organization org;     // parentId set when the parent is already in the ledger
        int parentIndex = -1; // else the index in rows of the new parent (which comes first)
        int newUnit = -1;     // index into newUnits when the import creates the unit
    };
    OrgMapping mapping;
    QList<Row> rows; // the new organizations, each after its parent; ids set once written
    QList<Unit> newUnits;
    ImportReport report;
};

// The organization tree from a sheet (上级组织, 组织名称, 组织类别, 简称, 所属单位, 成立日期), so a
// new bureau can set up its tree from Excel. A parent is named by full or short name and may
// be in the ledger or anywhere in the sheet, above or below the row; an empty parent makes a
// top-level organization. An organization already in the ledger with the same full name under
// the same parent is left as it is and reported unchanged. Unknown units are created.
class OrgImport {
    Q_DECLARE_TR_FUNCTIONS(OrgImport)
public:
    static QList<OrgField> fields();
    static QString fieldLabel(OrgField field);
    static Result<OrgMapping> detect(const Sheet &sheet);
    // The mapping with its column titles in the row the user chose (zero-based).
    static OrgMapping mappingAt(const Sheet &sheet, int headerRow);
    // Reads and checks every row against the ledger and the rest of the sheet; writes nothing.
    static Result<OrgImportPlan> plan(const Ledger &ledger, const Sheet &sheet,
                                      const OrgMapping &mapping,
                                      const SheetProgress &progress = {});
    // All in one transaction, parents first; with any error in the report, nothing. A dry run
    // writes and rolls back.
    static Result<ImportReport> apply(Ledger &ledger, OrgImportPlan &plan,
                                      ImportMode mode = ImportMode::Write,
                                      const SheetProgress &progress = {});
    // Removes what an applied plan added, children first, then its new units.
    static Result<void> undo(Ledger &ledger, const OrgImportPlan &plan);
    static Result<ImportReport> importSheet(Ledger &ledger, const Sheet &sheet,
                                            ImportMode mode = ImportMode::Write,
                                            const SheetProgress &progress = {});
};

} // namespace PartyLedger
