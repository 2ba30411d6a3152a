#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace PartyLedger {

class Ledger;

// The demo ledger: the 晋江 health system built from its published 2021 honor list
// (data/demo-ledger.json, compiled into the program as a resource).
class DemoLedger {
    Q_DECLARE_TR_FUNCTIONS(DemoLedger)
public:
    // Fills an empty ledger from the demo source, in one transaction.
    static Result<void> load(Ledger &ledger, const QByteArray &json);
    // Creates a new ledger file holding the demo; nothing is left behind if it fails.
    static Result<void> write(const QString &path);
};

} // namespace PartyLedger
