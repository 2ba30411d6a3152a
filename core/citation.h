#pragma once

#include "organization.h"
#include "rosterentry.h"
#include "unit.h"

#include <QHash>
#include <QString>

namespace PartyLedger {

// The citation printed after a person's name on an honor list, taken from the roster when the
// person is added and kept as written afterwards: the Party posts with their organization, then
// the administrative post, as bureaus write them:
//   晋江市医院第二党支部书记、医务科副科长
// or, without Party posts, the unit and the post: 晋江市卫生健康局办公室主任.
class Citation {
public:
    static QString of(const RosterEntry &member, const QHash<qint64, Unit> &units,
                      const QHash<qint64, Organization> &organizations);
    // How an organization is named in a citation: its full name without 中共 and with the
    // committee word shortened (中共晋江市医院第二支部委员会 → 晋江市医院第二党支部).
    static QString organizationLabel(const Organization &organization);
};

} // namespace PartyLedger
