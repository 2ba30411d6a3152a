#pragma once

#include "organization.h"
#include "result.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace PartyLedger {

class Ledger;

// What every subcommand of the command line shares: its streams, its exit codes, the parsing
// of its options and the --org lookup.
namespace CommandLineSupport {

QTextStream &out();
QTextStream &err();

// Exit codes: 0 done, 1 the ledger has problems (or an import found errors and wrote nothing),
// 2 the command could not run.
constexpr int Failed = 2;

// Prints the message on stderr and returns Failed.
int fail(const QString &message);
// Parses a subcommand's own options; positional arguments come back in order.
std::optional<QStringList> parse(QCommandLineParser &parser, const QStringList &arguments,
                                 int positionals);
// The organization --org names: its id, else its full name, else its short name. A name that
// fits several organizations is refused with their ids, so the clerk can choose.
Result<Organization> organizationNamed(const Ledger &ledger, const QString &given);

} // namespace CommandLineSupport
} // namespace PartyLedger
