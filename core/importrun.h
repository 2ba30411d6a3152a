#pragma once

#include "importcolumns.h"
#include "importreport.h"
#include "result.h"
#include "sheet.h"

#include <QCoreApplication>

#include <functional>

namespace PartyLedger {

class Ledger;

// What the three imports share when they work through a sheet and write it.
class ImportRun {
    Q_DECLARE_TR_FUNCTIONS(ImportRun)
public:
    // Tells progress; an Error when it says stop.
    static Result<void> tell(const SheetProgress &progress, qint64 done, qint64 total);
    // Calls read(index) for each data row of the sheet that is not blank where the mapping
    // reads, counting them in report.rows and telling progress every `step` rows and at the end.
    template <typename Field, typename Read>
    static Result<void> readRows(const Sheet &sheet, const ColumnMapping<Field> &mapping,
                                 ImportReport &report, const SheetProgress &progress, int step,
                                 Read &&read)
    {
        const qint64 total = std::max<qint64>(0, sheet.rows.size() - mapping.firstDataRow);
        for (int index = mapping.firstDataRow; index < sheet.rows.size(); ++index) {
            const qint64 done = index - mapping.firstDataRow;
            if (done % step == 0) {
                if (auto going = tell(progress, done, total); !going)
                    return going;
            }
            if (ImportColumns::isBlank(sheet, index, mapping))
                continue;
            ++report.rows;
            read(index);
        }
        return tell(progress, total, total);
    }
    // Runs body in one write transaction. A dry run rolls everything back once the body has
    // succeeded: the store has then refused nothing, and nothing is kept.
    static Result<void> write(Ledger &ledger, ImportMode mode,
                              const std::function<Result<void>()> &body);
};

} // namespace PartyLedger
