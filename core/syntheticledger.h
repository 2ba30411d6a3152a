#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace PartyLedger {

struct SyntheticOptions {
    int members = 1000;
    quint32 seed = 1;
    // The day the ledger describes: ages, join dates and the probationary year count back from
    // it. Null means today; fix it (2021 or later) to get the same ledger on any day.
    QDate today;
    // Activity records (服务统计) over the last five whole years before `today`: the branches'
    // 三会一课 duties (most hold them all, some fall short), the groups' meetings, study and
    // service with their figures. When fewer are asked for than such a county holds, the most
    // recent years are filled first; more are spread as extra study and service activities.
    int activities = 0;
};

// An invented county health system of any size, for benchmarks, screenshots and tests: the
// committee tree, units and members look real, but every name and number is made up.
class SyntheticLedger {
    Q_DECLARE_TR_FUNCTIONS(SyntheticLedger)
public:
    // Writes a new ledger file with a realistic but invented county health system; nothing is
    // left behind on failure. The same options give the same ledger.
    static Result<void> generate(const QString &path, const SyntheticOptions &options);
};

} // namespace PartyLedger
