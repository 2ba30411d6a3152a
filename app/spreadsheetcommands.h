#pragma once

#include <QStringList>

namespace PartyLedger::SpreadsheetCommands {

// `partyledger import members|organizations|activities FILE.pldb DATA.(xlsx|csv) [--sheet NAME]
// [--dry-run] [--create-missing] [--json]`: the report, one line per problem; exit 1 when
// errors kept anything from being written.
int importData(const QStringList &arguments);
// `partyledger export members FILE.pldb OUT.(xlsx|csv) [--org NAME_OR_ID] [--history]`.
int exportData(const QStringList &arguments);

} // namespace PartyLedger::SpreadsheetCommands
