#include "commandline.h"

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
#include <QTextStream>

namespace PartyLedger {

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Exit codes: 0 done, 1 the ledger has problems, 2 the command could not run.
constexpr int Failed = 2;

int fail(const QString &message)
{
    err() << message << Qt::endl;
    return Failed;
}

// Parses a subcommand's own options; positional arguments come back in order.
std::optional<QStringList> parse(QCommandLineParser &parser, const QStringList &arguments,
                                 int positionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return std::nullopt;
    }
    const QStringList rest = parser.positionalArguments().mid(1); // drop the command word
    if (rest.size() != positionals) {
        err() << CommandLine::usage();
        return std::nullopt;
    }
    return rest;
}

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
    parser.addOption(members);
    parser.addOption(seed);
    const auto files = parse(parser, arguments, 1);
    if (!files)
        return Failed;
    bool countOk = false, seedOk = false;
    SyntheticOptions options;
    options.members = parser.value(members).toInt(&countOk);
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!countOk || options.members < 1 || options.members > 10'000'000)
        return fail(CommandLine::tr("--members takes a whole number from 1 to 10000000."));
    if (!seedOk)
        return fail(CommandLine::tr("--seed takes a whole number from 0 to 4294967295."));
    if (auto written = SyntheticLedger::generate(files->at(0), options); !written)
        return fail(written.error());
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
} // namespace

bool CommandLine::isCommand(const QString &word)
{
    return word == QLatin1String("check") || word == QLatin1String("info") ||
           word == QLatin1String("generate") || word == QLatin1String("demo") ||
           word == QLatin1String("honors");
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  partyledger [FILE.pldb]            open the ledger in a window\n"
              "  partyledger check FILE.pldb        check the file and every record; one line "
              "per problem\n"
              "  partyledger info FILE.pldb [--json]  count organizations and members\n"
              "  partyledger generate OUT.pldb --members N --seed S  write a synthetic ledger\n"
              "  partyledger demo OUT.pldb          write the demo ledger\n"
              "  partyledger honors list FILE.pldb [--json]  list the awards with their ids "
              "and counts\n"
              "  partyledger honors print FILE.pldb --award ID (--pdf OUT.pdf | --odt OUT.odt)\n"
              "      [--order entered|stroke|pinyin|unit] [--columns 1|2]\n"
              "      [--title TEXT] [--subtitle TEXT]  write an honor list\n"
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
    err() << usage();
    return Failed;
}

} // namespace PartyLedger
