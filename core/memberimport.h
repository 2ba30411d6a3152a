#pragma once

#include "importcolumns.h"
#include "importreport.h"
#include "member.h"
#include "organization.h"
#include "result.h"
#include "sheet.h"
#include "unit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace PartyLedger {

class Ledger;

// What a column of a roster sheet (花名册) holds.
enum class MemberField {
    Ignored,
    Name,
    Gender,
    Ethnicity,
    BirthDate,
    IdNumber,
    Education,
    Phone,
    Unit,
    AdminPost,
    Title,
    Branch,
    PartyPosts,
    Category,
    ApplicationDate,
    ActivistDate,
    CandidateDate,
    JoinDate,
    ConfirmDate,
    Status,
};
using MemberMapping = ColumnMapping<MemberField>;

struct MemberImportOptions {
    // Branch names the ledger does not know are created under this organization: as branches
    // under a committee or general branch, as Party groups under a branch. 0: they are errors.
    qint64 createMissingUnder = 0;
    // The day the records are checked against, and the date of the transfer recorded for a
    // member whose branch the sheet changes.
    QDate today = QDate::currentDate();
};

// Everything an import will write, worked out and checked before anything is: the report to
// show, the unknown branches to ask about. apply() writes it; the ids it gets are kept here,
// so applying it again (redo) writes the same records under the same ids.
struct MemberImportPlan {
    struct Row {
        int row = 0;                  // as the sheet numbers it
        Member member;                // as it will be written; an update carries the stored id
        std::optional<Member> before; // the stored record an update replaces
        int newUnit = -1;             // index into newUnits when the import creates the unit
        int newBranch = -1;           // index into newBranches likewise
    };
    MemberMapping mapping;
    MemberImportOptions options;
    QList<Row> rows; // the rows without errors, in sheet order
    QList<UnknownName> unknownBranches;
    QList<Unit> newUnits;            // units named in the sheet and not in the ledger
    QList<Organization> newBranches; // unknown branches, when options.createMissingUnder is set
    QList<qint64> transfers;         // recorded by the last apply, for undo
    ImportReport report;
};

// The member roster from a sheet: columns recognized by their titles, every row converted and
// checked as the member form checks, then written all at once or not at all.
//
// A member whose ID number is already in the ledger is updated: each non-empty cell replaces
// the stored field, empty cells and columns the sheet lacks keep what is stored. A branch
// changed that way is recorded as a transfer on options.today. Units the ledger does not
// know are created (a roster's 工作单位 is where people work; the ledger keeps it as a unit).
class MemberImport {
    Q_DECLARE_TR_FUNCTIONS(MemberImport)
public:
    // Every field but Ignored, in the order a mapping editor lists them.
    static QList<MemberField> fields();
    static QString fieldLabel(MemberField field);
    // The header row and the field of each column, from the titles rosters use (Chinese and
    // English); an error when the first rows hold no header.
    static Result<MemberMapping> detect(const Sheet &sheet);
    // The mapping with its column titles in the row the user chose (zero-based).
    static MemberMapping mappingAt(const Sheet &sheet, int headerRow);
    // Where the command line's --create-missing puts unknown branches: the first committee at
    // the top of the tree that is in being; 0 when there is none.
    static Result<qint64> defaultParentForMissing(const Ledger &ledger);

    // Reads and checks every row against the ledger; writes nothing. A problem with a row
    // is in the report; an Error means the import could not be worked out at all (the ledger
    // could not be read, the parent for new branches is wrong, or progress said stop).
    static Result<MemberImportPlan> plan(const Ledger &ledger, const Sheet &sheet,
                                         const MemberMapping &mapping,
                                         const MemberImportOptions &options = {},
                                         const SheetProgress &progress = {});
    // Writes the plan in one transaction: with any error in its report, nothing. A dry run
    // writes everything and rolls it back. Stopped through progress, nothing is saved.
    static Result<ImportReport> apply(Ledger &ledger, MemberImportPlan &plan,
                                      ImportMode mode = ImportMode::Write,
                                      const SheetProgress &progress = {});
    // Takes an applied plan back: its new members, units and branches removed, the updated
    // members restored as they were; one transaction.
    static Result<void> undo(Ledger &ledger, const MemberImportPlan &plan);

    // detect, plan and apply in one go: what the command line runs.
    static Result<ImportReport> importSheet(Ledger &ledger, const Sheet &sheet,
                                            const MemberImportOptions &options = {},
                                            ImportMode mode = ImportMode::Write,
                                            const SheetProgress &progress = {});
};

} // namespace PartyLedger
