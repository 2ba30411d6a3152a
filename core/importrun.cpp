#include "importrun.h"

#include "ledger.h"

namespace PartyLedger {

Result<void> ImportRun::tell(const SheetProgress &progress, qint64 done, qint64 total)
{
    if (progress && !progress(done, total))
        return Error{tr("Cancelled; nothing was imported.")};
    return {};
}

Result<void> ImportRun::write(Ledger &ledger, ImportMode mode,
                              const std::function<Result<void>()> &body)
{
    bool accepted = false;
    auto written = ledger.write([&]() -> Result<void> {
        if (auto done = body(); !done)
            return done;
        if (mode == ImportMode::Write)
            return {};
        accepted = true;
        return Error{}; // everything was accepted; an error undoes it
    });
    // The dry run's own empty error; a failed rollback would have said so.
    if (!written && accepted && written.error().isEmpty())
        return {};
    return written;
}

} // namespace PartyLedger
