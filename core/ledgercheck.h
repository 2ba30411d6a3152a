#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace PartyLedger {

class Ledger;

// `partyledger check`: the engine's integrity check, then every record against the rules a
// clerk's edit must pass. One sentence per problem; none means the ledger is clean.
class LedgerCheck {
    Q_DECLARE_TR_FUNCTIONS(LedgerCheck)
public:
    static Result<QStringList> run(const Ledger &ledger);
};

} // namespace PartyLedger
