#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace PartyLedger {

// What the 100-byte SQLite header says about a file, read without opening it with SQLite,
// so a file that is not ours is never touched by the engine.
struct LedgerHeader {
    quint32 applicationId = 0;
    int userVersion = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0; // 0 when the header's count is not trustworthy
    qint64 fileSize = 0;
};

class LedgerFile {
    Q_DECLARE_TR_FUNCTIONS(LedgerFile)
public:
    static constexpr quint32 ApplicationId = 0x504C4442; // "PLDB"

    // Refuses, with a reason, a missing file, a non-SQLite file, another program's database,
    // a truncated ledger and one written by a newer PartyLedger.
    static Result<LedgerHeader> inspect(const QString &path, int newestKnownVersion);
};

} // namespace PartyLedger
