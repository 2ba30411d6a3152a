#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PartyLedger {

// One step of the SQLite schema. A step runs statement by statement (one statement per exec)
// inside one transaction; its last statement sets user_version to its version.
struct Migration {
    int version = 0;
    QStringList statements;
};

class Schema {
public:
    static const QList<Migration> &migrations();
    static int currentVersion();
};

} // namespace PartyLedger
