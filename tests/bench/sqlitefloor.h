#pragma once

#include <QString>

namespace PartyLedger::Bench {

// What SQLite alone needs to write an import's members: the rows `imported` holds (members,
// their Party posts; its units are copied first, untimed) written into `empty`, a copy of the
// same ledger taken before the import, through SQLite's C API with nothing else to do: values
// already UTF-8, no checks, the same pragmas as the ledger's connection and the same plan as
// the store (indexes by name and branch built at the end, one transaction).
struct WriteFloor {
    double insert = 0;  // ms: members and posts
    double indexes = 0; // ms: building the two indexes dropped before
    double commit = 0;  // ms
    QString error;      // empty when it ran

    double total() const { return insert + indexes + commit; }
};

WriteFloor memberWriteFloor(const QString &imported, const QString &empty);

} // namespace PartyLedger::Bench
