#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace PartyLedger {

// The subcommands that run without a window: check, info, generate, demo, honors, stats,
// summary, import, export.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static bool isCommand(const QString &word);
    // Runs `partyledger COMMAND ...`; returns the process exit code.
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace PartyLedger
