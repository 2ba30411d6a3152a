#pragma once

#include "exporttable.h"
#include "member.h"
#include "organization.h"
#include "unit.h"

#include <QList>

namespace PartyLedger {

// The roster (花名册) as a table with the columns and Chinese headings the member importer
// recognizes, so an exported file imports back unchanged. Headings and values are Chinese
// whatever the UI language: they are data, not interface. Branches and units go by their full
// names, which the importer matches without ambiguity (short names repeat across hospitals).
// 党内职务 lists the posts held in the member's own branch, joined with 、.
ExportTable membersTable(const QList<Member> &members, const QList<Organization> &organizations,
                         const QList<Unit> &units);

} // namespace PartyLedger
