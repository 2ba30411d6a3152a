#pragma once

#include <QString>

namespace PartyLedger {

// A work unit (单位): a hospital, health center or office that organizations and members belong to.
struct Unit {
    qint64 id = 0;
    QString name;
    QString shortName;
};

} // namespace PartyLedger
