#include "spreadsheetcommands.h"

#include "activityimport.h"
#include "commandline.h"
#include "commandlinesupport.h"
#include "csvexport.h"
#include "ledger.h"
#include "memberexport.h"
#include "memberimport.h"
#include "orgimport.h"
#include "spreadsheetfile.h"
#include "xlsxexport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace PartyLedger::SpreadsheetCommands {

using namespace CommandLineSupport;

namespace {

// A sheet and the columns the importer found in it.
template <typename Mapping> struct ChosenSheet {
    Sheet sheet;
    Mapping mapping;
};

// The sheet --sheet names, else the first whose header the importer recognizes; otherwise the
// (first) sheet's reason, which says what headers were looked for.
template <typename Detect>
auto chooseSheet(const Workbook &workbook, const QString &named, Detect detect)
    -> Result<ChosenSheet<std::decay_t<decltype(detect(Sheet()).value())>>>
{
    QString firstReason;
    for (const Sheet &sheet : workbook.sheets) {
        if (!named.isEmpty() && sheet.name != named)
            continue;
        auto mapping = detect(sheet);
        if (mapping)
            return ChosenSheet<std::decay_t<decltype(mapping.value())>>{sheet, mapping.value()};
        if (firstReason.isEmpty())
            firstReason = mapping.error();
    }
    if (!firstReason.isEmpty())
        return Error{firstReason};
    if (named.isEmpty())
        return Error{CommandLine::tr("The file holds no sheet.")};
    QStringList names;
    for (const Sheet &sheet : workbook.sheets)
        names.append(sheet.name);
    return Error{CommandLine::tr("The file has no sheet named %1; its sheets are: %2.")
                     .arg(named, names.join(QStringLiteral(", ")))};
}

void printReport(const ImportReport &report, bool dryRun)
{
    for (const ImportProblem &problem : report.errors) {
        out() << (problem.column.isEmpty()
                      ? CommandLine::tr("Row %1: %2").arg(problem.row).arg(problem.reason)
                      : CommandLine::tr("Row %1, %2: %3")
                            .arg(problem.row)
                            .arg(problem.column, problem.reason))
              << Qt::endl;
    }
    for (const ImportedRow &row : report.updatedRows)
        out() << CommandLine::tr("Row %1: %2 is already in the ledger and is updated.")
                     .arg(row.row)
                     .arg(row.name)
              << Qt::endl;
    for (const QString &created : report.created)
        out() << CommandLine::tr("Created: %1").arg(created) << Qt::endl;
    if (report.hasErrors())
        out() << CommandLine::tr("%1 rows, %n with problems: nothing was written.", nullptr,
                                 int(report.errors.size()))
                     .arg(report.rows)
              << Qt::endl;
    else if (dryRun)
        out() << CommandLine::tr("%1 rows checked: %2 would be added, %3 updated. Nothing was "
                                 "written (dry run).")
                     .arg(report.rows)
                     .arg(report.inserted)
                     .arg(report.updated)
              << Qt::endl;
    else
        out() << CommandLine::tr("%1 rows imported: %2 added, %3 updated.")
                     .arg(report.rows)
                     .arg(report.inserted)
                     .arg(report.updated)
              << Qt::endl;
}

} // namespace

int importData(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CommandLine::tr("Check everything, write nothing."));
    const QCommandLineOption createMissing(
        QStringLiteral("create-missing"),
        CommandLine::tr("Create the branches (members) or activity types the ledger lacks."));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         CommandLine::tr("The sheet of the workbook to read."),
                                         QStringLiteral("NAME"));
    parser.addOptions({dryRun, createMissing, json, sheetOption});
    const auto given = parse(parser, arguments, 3);
    if (!given)
        return Failed;
    const QString kind = given->at(0);
    if (kind != QLatin1String("members") && kind != QLatin1String("organizations") &&
        kind != QLatin1String("activities"))
        return fail(CommandLine::tr("import takes members, organizations or activities, not %1.")
                        .arg(kind));
    const auto workbook = readSpreadsheet(given->at(2));
    if (!workbook)
        return fail(workbook.error());
    const bool dry = parser.isSet(dryRun);
    const QString named = parser.value(sheetOption);

    // Planned on a read-only connection: a sheet with errors, or a dry run, leaves the ledger's
    // file byte for byte as it was (a writable connection alone changes its header).
    auto reading = Ledger::open(given->at(1), Ledger::Access::ReadOnly);
    if (!reading)
        return fail(reading.error());
    const auto run = [&](auto &&plan, auto &&apply) -> Result<ImportReport> {
        if (!plan)
            return Error{plan.error()};
        if (plan->report.hasErrors() || dry)
            return plan->report;
        reading.value().reset();
        auto writing = Ledger::open(given->at(1));
        if (!writing)
            return Error{writing.error()};
        if (writing.value()->isReadOnly())
            return Error{CommandLine::tr("%1 can only be read: nothing can be imported into it.")
                             .arg(QFileInfo(given->at(1)).fileName())};
        return apply(*writing.value(), plan.value());
    };

    Result<ImportReport> report = Error{QString()};
    const Ledger &ledger = *reading.value();
    if (kind == QLatin1String("members")) {
        const auto sheet = chooseSheet(workbook.value(), named, &MemberImport::detect);
        if (!sheet)
            return fail(sheet.error());
        MemberImportOptions options;
        if (parser.isSet(createMissing)) {
            const auto parent = MemberImport::defaultParentForMissing(ledger);
            if (!parent)
                return fail(parent.error());
            options.createMissingUnder = parent.value();
        }
        report = run(
            MemberImport::plan(ledger, sheet->sheet, sheet->mapping, options),
            [](Ledger &into, MemberImportPlan &plan) { return MemberImport::apply(into, plan); });
    } else if (kind == QLatin1String("organizations")) {
        const auto sheet = chooseSheet(workbook.value(), named, &OrgImport::detect);
        if (!sheet)
            return fail(sheet.error());
        report =
            run(OrgImport::plan(ledger, sheet->sheet, sheet->mapping),
                [](Ledger &into, OrgImportPlan &plan) { return OrgImport::apply(into, plan); });
    } else {
        const auto sheet = chooseSheet(workbook.value(), named, &ActivityImport::detect);
        if (!sheet)
            return fail(sheet.error());
        ActivityImportOptions options;
        options.createMissingTypes = parser.isSet(createMissing);
        report = run(ActivityImport::plan(ledger, sheet->sheet, sheet->mapping, options),
                     [](Ledger &into, ActivityImportPlan &plan) {
                         return ActivityImport::apply(into, plan);
                     });
    }
    if (!report)
        return fail(report.error());
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact))
              << Qt::endl;
    else
        printReport(report.value(), dry);
    return report->hasErrors() ? 1 : 0;
}

int exportData(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption orgOption(
        QStringLiteral("org"),
        CommandLine::tr("Only this organization and those under it: its id, full name or short "
                        "name."),
        QStringLiteral("NAME_OR_ID"));
    const QCommandLineOption history(
        QStringLiteral("history"),
        CommandLine::tr("Include members off the roll (transferred out, deceased)."));
    parser.addOptions({orgOption, history});
    const auto given = parse(parser, arguments, 3);
    if (!given)
        return Failed;
    if (given->at(0) != QLatin1String("members"))
        return fail(CommandLine::tr("export takes members, not %1.").arg(given->at(0)));
    const QString target = given->at(2);
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return fail(
            CommandLine::tr("The file to write must end in .xlsx or .csv: %1.").arg(target));

    auto ledger = Ledger::open(given->at(1), Ledger::Access::ReadOnly);
    if (!ledger)
        return fail(ledger.error());
    const auto organizations = ledger.value()->organizations();
    const auto units = ledger.value()->units();
    auto members = ledger.value()->members();
    for (const QString &error : {organizations.error(), units.error(), members.error()}) {
        if (!error.isEmpty())
            return fail(error);
    }

    // The tree's order (organizations() reads it so), each organization's members in the order
    // they were entered: a roster by branch, as a 花名册 is printed.
    QHash<qint64, QList<qint64>> children;
    for (const Organization &org : organizations.value())
        children[org.parentId].append(org.id);
    QList<qint64> pending;
    if (parser.isSet(orgOption)) {
        const auto org = organizationNamed(*ledger.value(), parser.value(orgOption));
        if (!org)
            return fail(org.error());
        pending.append(org->id);
    } else {
        pending = children.value(0);
    }
    QHash<qint64, int> place; // tree position of each organization exported
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeFirst();
        if (place.contains(id))
            continue; // a damaged file's loop of parents
        place.insert(id, int(place.size()));
        pending = children.value(id) + pending;
    }
    QList<Member> chosen;
    for (const Member &member : members.value()) {
        if (place.contains(member.orgId) && (parser.isSet(history) || member.isOnRoll()))
            chosen.append(member);
    }
    std::stable_sort(chosen.begin(), chosen.end(), [&place](const Member &a, const Member &b) {
        return place.value(a.orgId) < place.value(b.orgId);
    });

    const ExportTable table = membersTable(chosen, organizations.value(), units.value());
    const auto written =
        suffix == QLatin1String("xlsx") ? writeXlsx(target, {table}) : writeCsv(target, table);
    if (!written)
        return fail(written.error());
    out() << CommandLine::tr("%n members written to %1.", nullptr, int(chosen.size())).arg(target)
          << Qt::endl;
    return 0;
}

} // namespace PartyLedger::SpreadsheetCommands
