#include "commandline.h"
#include "commandlinesupport.h"
#include "spreadsheetcommands.h"

#include "annualsummary.h"
#include "demoledger.h"
#include "honorlistdocument.h"
#include "ledger.h"
#include "ledgercheck.h"
#include "syntheticledger.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace PartyLedger {

using namespace CommandLineSupport;

namespace {
int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto files = parse(parser, arguments, 1);
    if (!files)
        return Failed;
    auto ledger = Ledger::open(files->at(0), Ledger::Access::ReadOnly);
    if (!ledger)
        return fail(ledger.error());
    const auto problems = LedgerCheck::run(*ledger.value());
    if (!problems)
        return fail(problems.error());
    for (const QString &problem : problems.value())
        out() << problem << Qt::endl;
    if (!problems->isEmpty())
        return 1;
    out() << CommandLine::tr("%1: no problems found.").arg(QFileInfo(files->at(0)).fileName())
          << Qt::endl;
    return 0;
}

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    parser.addOption(json);
    const auto files = parse(parser, arguments, 1);
    if (!files)
        return Failed;
    auto ledger = Ledger::open(files->at(0), Ledger::Access::ReadOnly);
    if (!ledger)
        return fail(ledger.error());
    const auto counts = ledger.value()->counts();
    if (!counts)
        return fail(counts.error());
    const LedgerCounts &c = counts.value();
    if (parser.isSet(json)) {
        const QJsonObject document{
            {QStringLiteral("organizations"),
             QJsonObject{{QStringLiteral("committee"), c.committees},
                         {QStringLiteral("general_branch"), c.generalBranches},
                         {QStringLiteral("branch"), c.branches},
                         {QStringLiteral("group"), c.groups}}},
            {QStringLiteral("members"),
             QJsonObject{{QStringLiteral("total"), c.members},
                         {QStringLiteral("full"), c.fullMembers},
                         {QStringLiteral("probationary"), c.probationaryMembers}}}};
        out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact))
              << Qt::endl;
        return 0;
    }
    out() << CommandLine::tr("Ledger: %1").arg(ledger.value()->path()) << Qt::endl
          << CommandLine::tr("Committees: %1, general branches: %2, branches: %3, groups: %4")
                 .arg(c.committees)
                 .arg(c.generalBranches)
                 .arg(c.branches)
                 .arg(c.groups)
          << Qt::endl
          << CommandLine::tr("Members: %1 (full %2, probationary %3)")
                 .arg(c.members)
                 .arg(c.fullMembers)
                 .arg(c.probationaryMembers)
          << Qt::endl;
    return 0;
}

int generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption members(QStringLiteral("members"),
                                     CommandLine::tr("How many members to generate."),
                                     QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLine::tr("Seed; the same seed gives the same ledger."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption activities(
        QStringLiteral("activities"),
        CommandLine::tr("How many activity records to generate over the last five years."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(members);
    parser.addOption(seed);
    parser.addOption(activities);
    const auto files = parse(parser, arguments, 1);
    if (!files)
        return Failed;
    bool countOk = false, seedOk = false, activitiesOk = false;
    SyntheticOptions options;
    options.members = parser.value(members).toInt(&countOk);
    options.seed = parser.value(seed).toUInt(&seedOk);
    options.activities = parser.value(activities).toInt(&activitiesOk);
    if (!countOk || options.members < 1 || options.members > 10'000'000)
        return fail(CommandLine::tr("--members takes a whole number from 1 to 10000000."));
    if (!seedOk)
        return fail(CommandLine::tr("--seed takes a whole number from 0 to 4294967295."));
    if (!activitiesOk || options.activities < 0 || options.activities > 100'000'000)
        return fail(CommandLine::tr("--activities takes a whole number from 0 to 100000000."));
    if (auto written = SyntheticLedger::generate(files->at(0), options); !written)
        return fail(written.error());
    if (options.activities > 0)
        out() << CommandLine::tr("Wrote %1 with %2 members and %3 activities.")
                     .arg(files->at(0))
                     .arg(options.members)
                     .arg(options.activities)
              << Qt::endl;
    else
        out() << CommandLine::tr("Wrote %1 with %2 members.").arg(files->at(0)).arg(options.members)
              << Qt::endl;
    return 0;
}

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto files = parse(parser, arguments, 1);
    if (!files)
        return Failed;
    if (auto written = DemoLedger::write(files->at(0)); !written)
        return fail(written.error());
    out() << CommandLine::tr("Wrote the demo ledger to %1.").arg(files->at(0)) << Qt::endl;
    return 0;
}

int honorsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    parser.addOption(json);
    const auto words = parse(parser, arguments, 2); // list FILE
    if (!words)
        return Failed;
    auto ledger = Ledger::open(words->at(1), Ledger::Access::ReadOnly);
    if (!ledger)
        return fail(ledger.error());
    const auto awards = ledger.value()->awards();
    if (!awards)
        return fail(awards.error());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Award &award : awards.value()) {
            QJsonArray categories;
            for (const AwardCategory &category : award.categories)
                categories.append(QJsonObject{
                    {QStringLiteral("name"), category.name},
                    {QStringLiteral("kind"), AwardVocabulary::code(category.recipientKind)},
                    {QStringLiteral("count"), category.recipients.size()}});
            list.append(QJsonObject{{QStringLiteral("id"), award.id},
                                    {QStringLiteral("title"), award.title},
                                    {QStringLiteral("date"), award.date.toString(Qt::ISODate)},
                                    {QStringLiteral("level"), AwardVocabulary::code(award.level)},
                                    {QStringLiteral("grantor"), award.grantor},
                                    {QStringLiteral("categories"), categories}});
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    if (awards->isEmpty()) {
        out() << CommandLine::tr("%1 holds no awards.").arg(QFileInfo(words->at(1)).fileName())
              << Qt::endl;
        return 0;
    }
    // One line per award: id, date, level, title, then each category with its count.
    for (const Award &award : awards.value()) {
        QStringList counts;
        for (const AwardCategory &category : award.categories)
            counts.append(category.name + QLatin1Char(' ') +
                          QString::number(category.recipients.size()));
        out() << award.id << QStringLiteral("  ") << award.date.toString(Qt::ISODate)
              << QStringLiteral("  ") << AwardVocabulary::label(award.level) << QStringLiteral("  ")
              << award.title << QStringLiteral("  ") << counts.join(QStringLiteral(", "))
              << Qt::endl;
    }
    return 0;
}

int honorsPrint(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption awardOption(QStringLiteral("award"),
                                         CommandLine::tr("The id of the award to print."),
                                         QStringLiteral("ID"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), CommandLine::tr("Write a PDF."),
                                       QStringLiteral("OUT.pdf"));
    const QCommandLineOption odtOption(QStringLiteral("odt"),
                                       CommandLine::tr("Write an OpenDocument text."),
                                       QStringLiteral("OUT.odt"));
    const QCommandLineOption orderOption(QStringLiteral("order"),
                                         CommandLine::tr("entered, stroke, pinyin or unit."),
                                         QStringLiteral("ORDER"), QStringLiteral("entered"));
    const QCommandLineOption columnsOption(QStringLiteral("columns"), CommandLine::tr("1 or 2."),
                                           QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption titleOption(
        QStringLiteral("title"), CommandLine::tr("The title over the list, instead of Honor Roll."),
        QStringLiteral("TEXT"));
    const QCommandLineOption subtitleOption(
        QStringLiteral("subtitle"),
        CommandLine::tr("The line under the title; the award's title when not given."),
        QStringLiteral("TEXT"));
    parser.addOptions({awardOption, pdfOption, odtOption, orderOption, columnsOption, titleOption,
                       subtitleOption});
    const auto words = parse(parser, arguments, 2); // print FILE
    if (!words)
        return Failed;
    // Laying out text needs fonts, which only a QGuiApplication has; main() makes one for this.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(CommandLine::tr("Printing needs the graphical libraries; they did not start."));

    bool idOk = false;
    const qint64 awardId = parser.value(awardOption).toLongLong(&idOk);
    if (!parser.isSet(awardOption) || !idOk)
        return fail(CommandLine::tr("--award takes the id of an award; `partyledger honors list "
                                    "FILE` shows them."));
    if (parser.isSet(pdfOption) == parser.isSet(odtOption))
        return fail(CommandLine::tr("Give either --pdf OUT.pdf or --odt OUT.odt."));
    HonorListOptions options;
    const auto order = HonorOrders::fromCode(parser.value(orderOption));
    if (!order)
        return fail(CommandLine::tr("--order takes entered, stroke, pinyin or unit."));
    options.order = *order;
    const QString columns = parser.value(columnsOption);
    if (columns != QLatin1String("1") && columns != QLatin1String("2"))
        return fail(CommandLine::tr("--columns takes 1 or 2."));
    options.columns = columns.toInt();
    options.title = parser.value(titleOption).trimmed();
    options.subtitle = parser.value(subtitleOption).trimmed();

    auto ledger = Ledger::open(words->at(1), Ledger::Access::ReadOnly);
    if (!ledger)
        return fail(ledger.error());
    const auto awards = ledger.value()->awards();
    if (!awards)
        return fail(awards.error());
    const auto award = std::find_if(awards->cbegin(), awards->cend(),
                                    [&](const Award &a) { return a.id == awardId; });
    if (award == awards->cend())
        return fail(CommandLine::tr("%1 holds no award with id %2; `partyledger honors list "
                                    "FILE` shows them.")
                        .arg(QFileInfo(words->at(1)).fileName())
                        .arg(awardId));

    for (const QString &warning : HonorListDocument::warnings(*award, options))
        err() << CommandLine::tr("Warning: %1").arg(warning) << Qt::endl;
    const bool pdf = parser.isSet(pdfOption);
    const QString target = parser.value(pdf ? pdfOption : odtOption);
    QStringList notes;
    const auto written = pdf ? HonorListDocument::writePdf(*award, options, target, {}, &notes)
                             : HonorListDocument::writeOdt(*award, options, target);
    if (!written)
        return fail(written.error());
    for (const QString &note : std::as_const(notes))
        err() << CommandLine::tr("Warning: %1").arg(note) << Qt::endl;
    out() << CommandLine::tr("Wrote %1.").arg(target) << Qt::endl;
    return 0;
}

int honors(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    if (action == QLatin1String("list"))
        return honorsList(arguments);
    if (action == QLatin1String("print"))
        return honorsPrint(arguments);
    err() << CommandLine::usage();
    return Failed;
}

// --year, with --quarter or --month when given.
Result<Period> periodOf(const QCommandLineParser &parser, const QCommandLineOption &year,
                        const QCommandLineOption *quarter, const QCommandLineOption *month)
{
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!parser.isSet(year) || !ok || y < 1900 || y > 9999)
        return Error{CommandLine::tr("--year takes a year such as 2023.")};
    const bool byQuarter = quarter && parser.isSet(*quarter);
    const bool byMonth = month && parser.isSet(*month);
    if (byQuarter && byMonth)
        return Error{CommandLine::tr("Give either --quarter or --month, not both.")};
    if (byQuarter) {
        const int q = parser.value(*quarter).toInt(&ok);
        if (!ok || q < 1 || q > 4)
            return Error{CommandLine::tr("--quarter takes 1, 2, 3 or 4.")};
        return Period::quarter(y, q);
    }
    if (byMonth) {
        const int m = parser.value(*month).toInt(&ok);
        if (!ok || m < 1 || m > 12)
            return Error{CommandLine::tr("--month takes a month from 1 to 12.")};
        return Period::month(y, m);
    }
    return Period::year(y);
}

// One JSON value as text, so the object below keeps its keys in the documented order
// (QJsonObject would sort them).
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString jsonObject(const QList<std::pair<QString, QString>> &members)
{
    QStringList parts;
    for (const auto &[key, text] : members)
        parts.append(jsonText(key) + QLatin1Char(':') + text);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString statisticsJson(const Organization &org, const Period &period,
                       const ActivityStatistics &statistics)
{
    const QList<Shortfall> &shortfalls = statistics.shortfalls;
    QList<std::pair<QString, QString>> types;
    for (const TypeCount &type : statistics.types)
        types.append({type.typeName, QString::number(type.count)});
    const ServiceFigures &f = statistics.figures;
    QStringList missed;
    for (const Shortfall &shortfall : shortfalls)
        missed.append(jsonObject({{QStringLiteral("branch"), jsonText(shortfall.orgName)},
                                  {QStringLiteral("duty"), jsonText(shortfall.typeName)},
                                  {QStringLiteral("period"), jsonText(shortfall.period.code())}}));
    return jsonObject(
        {{QStringLiteral("org"), jsonText(org.displayName())},
         {QStringLiteral("period"), jsonText(period.code())},
         {QStringLiteral("activities"), jsonObject(types)},
         {QStringLiteral("figures"),
          jsonObject({{QStringLiteral("people_served"), QString::number(f.peopleServed)},
                      {QStringLiteral("problems_solved"), QString::number(f.problemsSolved)},
                      {QStringLiteral("households"), QString::number(f.households)},
                      {QStringLiteral("funds_fen"), QString::number(f.fundsFen)},
                      {QStringLiteral("hours"), jsonText(f.hours)}})},
         {QStringLiteral("participants"), QString::number(statistics.participants)},
         {QStringLiteral("shortfalls"),
          QLatin1Char('[') + missed.join(QLatin1Char(',')) + QLatin1Char(']')}});
}

// Columns of a terminal: Chinese characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 && !c.isLowSurrogate() ? 2 : 1;
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString hoursText(double hours)
{
    return QString::number(hours, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

void printStatistics(const Organization &org, const Period &period,
                     const ActivityStatistics &statistics)
{
    const QList<Shortfall> &shortfalls = statistics.shortfalls;
    out() << CommandLine::tr("Activities of %1, %2").arg(org.displayName(), period.label())
          << Qt::endl;
    if (statistics.activities == 0) {
        out() << CommandLine::tr("No activities recorded.") << Qt::endl;
    } else {
        QList<std::pair<QString, QString>> rows;
        for (const TypeCount &type : statistics.types)
            rows.append({type.typeName, QString::number(type.count)});
        rows.append({CommandLine::tr("Total"), QString::number(statistics.activities)});
        const ServiceFigures &f = statistics.figures;
        rows.append({CommandLine::tr("People served"), QString::number(f.peopleServed)});
        rows.append({CommandLine::tr("Problems solved"), QString::number(f.problemsSolved)});
        rows.append({CommandLine::tr("Households helped"), QString::number(f.households)});
        rows.append({CommandLine::tr("Funds (yuan)"), ActivityVocabulary::yuan(f.fundsFen)});
        rows.append({CommandLine::tr("Hours"), hoursText(f.hours)});
        int nameWidth = 0, valueWidth = 0;
        for (const auto &[name, value] : std::as_const(rows)) {
            nameWidth = std::max(nameWidth, displayWidth(name));
            valueWidth = std::max(valueWidth, displayWidth(value));
        }
        for (const auto &[name, value] : std::as_const(rows))
            out() << QStringLiteral("  ") << padded(name, nameWidth) << QStringLiteral("  ")
                  << QString(valueWidth - displayWidth(value), QLatin1Char(' ')) << value
                  << Qt::endl;
        const QString rate =
            QString::number(statistics.participationRate() * 100, 'f', 1) + QLatin1Char('%');
        out() << CommandLine::tr("Members taking part: %1 of %2 on the roll (%3)")
                     .arg(statistics.participants)
                     .arg(statistics.membersOnRoll)
                     .arg(rate)
              << Qt::endl;
    }
    if (shortfalls.isEmpty()) {
        out() << CommandLine::tr("Every 三会一课 duty due in the period was held.") << Qt::endl;
        return;
    }
    out() << CommandLine::tr("三会一课 duties not met (%n):", nullptr, int(shortfalls.size()))
          << Qt::endl;
    int orgWidth = 0, typeWidth = 0;
    for (const Shortfall &s : shortfalls) {
        orgWidth = std::max(orgWidth, displayWidth(s.orgName));
        typeWidth = std::max(typeWidth, displayWidth(s.typeName));
    }
    for (const Shortfall &s : shortfalls)
        out() << QStringLiteral("  ") << padded(s.orgName, orgWidth) << QStringLiteral("  ")
              << padded(s.typeName, typeWidth) << QStringLiteral("  ") << padded(s.period.code(), 7)
              << QStringLiteral("  ")
              << CommandLine::tr("held %1 of %2").arg(s.held).arg(s.required) << Qt::endl;
}

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption orgOption(
        QStringLiteral("org"),
        CommandLine::tr("The organization: its id, full name or short name."),
        QStringLiteral("NAME_OR_ID"));
    const QCommandLineOption yearOption(QStringLiteral("year"), CommandLine::tr("The year."),
                                        QStringLiteral("Y"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"),
                                           CommandLine::tr("One quarter of the year, 1 to 4."),
                                           QStringLiteral("Q"));
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         CommandLine::tr("One month of the year, 1 to 12."),
                                         QStringLiteral("M"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        CommandLine::tr("Judge the duties as on this day (YYYY-MM-DD) instead of today."),
        QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    parser.addOptions({orgOption, yearOption, quarterOption, monthOption, todayOption, json});
    const auto files = parse(parser, arguments, 1);
    if (!files)
        return Failed;
    const auto period = periodOf(parser, yearOption, &quarterOption, &monthOption);
    if (!period)
        return fail(period.error());
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid())
            return fail(CommandLine::tr("--today takes a date as YYYY-MM-DD."));
    }
    auto ledger = Ledger::open(files->at(0), Ledger::Access::ReadOnly);
    if (!ledger)
        return fail(ledger.error());
    const auto org = organizationNamed(*ledger.value(), parser.value(orgOption));
    if (!org)
        return fail(org.error());
    const auto statistics = ledger.value()->activityStatistics(
        org->id, period.value(), StatisticsPart::Participants | StatisticsPart::Shortfalls, today);
    if (!statistics)
        return fail(statistics.error());
    if (parser.isSet(json))
        out() << statisticsJson(org.value(), period.value(), statistics.value()) << Qt::endl;
    else
        printStatistics(org.value(), period.value(), statistics.value());
    return 0;
}

int summary(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption orgOption(
        QStringLiteral("org"),
        CommandLine::tr("The organization: its id, full name or short name."),
        QStringLiteral("NAME_OR_ID"));
    const QCommandLineOption yearOption(QStringLiteral("year"), CommandLine::tr("The year."),
                                        QStringLiteral("Y"));
    parser.addOptions({orgOption, yearOption});
    const auto files = parse(parser, arguments, 1);
    if (!files)
        return Failed;
    const auto period = periodOf(parser, yearOption, nullptr, nullptr);
    if (!period)
        return fail(period.error());
    auto ledger = Ledger::open(files->at(0), Ledger::Access::ReadOnly);
    if (!ledger)
        return fail(ledger.error());
    const auto org = organizationNamed(*ledger.value(), parser.value(orgOption));
    if (!org)
        return fail(org.error());
    const auto paragraph = AnnualSummary::write(*ledger.value(), org->id, period->first.year());
    if (!paragraph)
        return fail(paragraph.error());
    out() << paragraph.value() << Qt::endl;
    return 0;
}
} // namespace

bool CommandLine::isCommand(const QString &word)
{
    return word == QLatin1String("check") || word == QLatin1String("info") ||
           word == QLatin1String("generate") || word == QLatin1String("demo") ||
           word == QLatin1String("honors") || word == QLatin1String("stats") ||
           word == QLatin1String("summary") || word == QLatin1String("import") ||
           word == QLatin1String("export");
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  partyledger [FILE.pldb]            open the ledger in a window\n"
              "  partyledger check FILE.pldb        check the file and every record; one line "
              "per problem\n"
              "  partyledger info FILE.pldb [--json]  count organizations and members\n"
              "  partyledger generate OUT.pldb --members N --seed S [--activities N]\n"
              "                                     write a synthetic ledger\n"
              "  partyledger demo OUT.pldb          write the demo ledger\n"
              "  partyledger honors list FILE.pldb [--json]  list the awards with their ids "
              "and counts\n"
              "  partyledger honors print FILE.pldb --award ID (--pdf OUT.pdf | --odt OUT.odt)\n"
              "      [--order entered|stroke|pinyin|unit] [--columns 1|2]\n"
              "      [--title TEXT] [--subtitle TEXT]  write an honor list\n"
              "  partyledger stats FILE.pldb --org NAME_OR_ID --year Y [--quarter Q | --month M]\n"
              "      [--today YYYY-MM-DD] [--json]  activities, service figures and the "
              "三会一课 duties not met\n"
              "  partyledger summary FILE.pldb --org NAME_OR_ID --year Y  the year's activities "
              "as a report paragraph\n"
              "  partyledger import members|organizations|activities FILE.pldb DATA.(xlsx|csv)\n"
              "      [--sheet NAME] [--dry-run] [--create-missing] [--json]  check a sheet and "
              "import it: all rows or none\n"
              "  partyledger export members FILE.pldb OUT.(xlsx|csv) [--org NAME_OR_ID] "
              "[--history]\n"
              "                                     write the roster for Excel\n"
              "Options:\n"
              "  --language zh_CN|en                the language of the window for this run\n"
              "  -h, --help                         show this help\n"
              "  -v, --version                      show the version\n");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("check"))
        return check(arguments);
    if (command == QLatin1String("info"))
        return info(arguments);
    if (command == QLatin1String("generate"))
        return generate(arguments);
    if (command == QLatin1String("demo"))
        return demo(arguments);
    if (command == QLatin1String("honors"))
        return honors(arguments);
    if (command == QLatin1String("stats"))
        return stats(arguments);
    if (command == QLatin1String("summary"))
        return summary(arguments);
    if (command == QLatin1String("import"))
        return SpreadsheetCommands::importData(arguments);
    if (command == QLatin1String("export"))
        return SpreadsheetCommands::exportData(arguments);
    err() << usage();
    return Failed;
}

} // namespace PartyLedger
