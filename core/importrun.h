#pragma once

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
    // Runs body in one write transaction. A dry run rolls everything back once the body has
    // succeeded: the store has then refused nothing, and nothing is kept.
    static Result<void> write(Ledger &ledger, ImportMode mode,
                              const std::function<Result<void>()> &body);
};

} // namespace PartyLedger
