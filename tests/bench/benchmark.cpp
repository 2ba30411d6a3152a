// Prints how long the things users wait for take on a large ledger. Not a test: it asserts
// nothing and only reports figures, for the README's table.
//
//   benchmark [--members N] [--activities N] [--ledger FILE.pldb]
#include "csvexport.h"
#include "dashboardpage.h"
#include "honorlistdocument.h"
#include "honorspage.h"
#include "ledger.h"
#include "mainwindow.h"
#include "membereditor.h"
#include "memberexport.h"
#include "memberimport.h"
#include "orgimport.h"
#include "orgtreemodel.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"
#include "spreadsheetfile.h"
#include "sqlitefloor.h"
#include "syntheticledger.h"
#include "xlsxexport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLineEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>
#include <QUndoStack>

#include <sys/resource.h>

using namespace PartyLedger;

namespace {
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports kilobytes
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QString &what, double milliseconds)
{
    out() << qSetFieldWidth(54) << Qt::left << what << qSetFieldWidth(0)
          << QString::number(milliseconds, 'f', 1) << " ms" << Qt::endl;
}
} // namespace

// Exporting the roster (issue 6): every member of the ledger as the roster table, then that
// table written as xlsx and as CSV, as `导出花名册` does.
namespace {
void benchmarkExport(const QString &source, const QTemporaryDir &dir)
{
    auto ledger = Ledger::open(source, Ledger::Access::ReadOnly);
    if (!ledger) {
        out() << ledger.error() << Qt::endl;
        return;
    }
    const QList<Member> members = ledger.value()->members().value();
    const QList<Organization> orgs = ledger.value()->organizations().value();
    const QList<Unit> units = ledger.value()->units().value();
    ledger.value().reset();

    QElapsedTimer timer;
    timer.start();
    const ExportTable table = membersTable(members, orgs, units);
    report(QStringLiteral("export %1 members: the roster table").arg(members.size()),
           timer.nsecsElapsed() / 1e6);
    const auto megabytes = [](const QString &path) {
        return QString::number(QFileInfo(path).size() / 1e6, 'f', 1);
    };
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    timer.restart();
    const auto toXlsx = writeXlsx(xlsx, {table});
    report(QStringLiteral("  written as xlsx (%1 MB)").arg(megabytes(xlsx)),
           timer.nsecsElapsed() / 1e6);
    if (!toXlsx)
        out() << toXlsx.error() << Qt::endl;
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    timer.restart();
    const auto toCsv = writeCsv(csv, table);
    report(QStringLiteral("  written as CSV (%1 MB)").arg(megabytes(csv)),
           timer.nsecsElapsed() / 1e6);
    if (!toCsv)
        out() << toCsv.error() << Qt::endl;
}
} // namespace

// Importing a roster (issue 6): the generated ledger's tree and members written out as the
// sheets a reader would give (text cells, as from a CSV), then imported into a new ledger.
// The file's reading is not timed here: only working out, checking and writing.
namespace {
QString orgKindWord(OrgKind kind)
{
    switch (kind) {
    case OrgKind::Committee:
        return QStringLiteral("党委");
    case OrgKind::GeneralBranch:
        return QStringLiteral("党总支");
    case OrgKind::Branch:
        return QStringLiteral("党支部");
    case OrgKind::TemporaryBranch:
        return QStringLiteral("临时党支部");
    case OrgKind::Group:
        return QStringLiteral("党小组");
    }
    return {};
}

void benchmarkImport(const QString &source, const QTemporaryDir &dir)
{
    auto from = Ledger::open(source, Ledger::Access::ReadOnly);
    if (!from) {
        out() << from.error() << Qt::endl;
        return;
    }
    const QList<Organization> orgs = from.value()->organizations().value();
    const QList<Unit> units = from.value()->units().value();
    const QList<Member> members = from.value()->members().value();
    QHash<qint64, QString> orgNames;
    QHash<qint64, QString> unitNames;
    for (const Organization &org : orgs)
        orgNames.insert(org.id, org.fullName);
    for (const Unit &unit : units)
        unitNames.insert(unit.id, unit.name);
    const auto row = [](const QStringList &texts) {
        QList<SheetCell> cells;
        for (const QString &text : texts)
            cells.append(
                {text.isEmpty() ? SheetCell::Kind::Empty : SheetCell::Kind::Text, text, 0, {}});
        return cells;
    };
    const auto date = [](QDate d) {
        return d.toString(Qt::ISODate);
    };

    Sheet tree;
    tree.rows.append(
        row({QStringLiteral("上级组织"), QStringLiteral("组织名称"), QStringLiteral("组织类别"),
             QStringLiteral("简称"), QStringLiteral("所属单位"), QStringLiteral("成立日期")}));
    for (const Organization &org : orgs)
        tree.rows.append(row({orgNames.value(org.parentId), org.fullName, orgKindWord(org.kind),
                              org.shortName, unitNames.value(org.unitId), date(org.founded)}));
    Sheet roster;
    roster.rows.append(
        row(QStringLiteral("姓名 性别 民族 出生日期 身份证号 学历 手机 工作单位 职务 "
                           "职称 所在党支部 党内职务 人员类别 申请入党日期 "
                           "确定为入党积极分子日期 确定为发展对象日期 入党日期 "
                           "转正日期 人员状态")
                .split(QLatin1Char(' '))));
    for (const Member &m : members) {
        QStringList posts;
        for (const PartyPost &post : m.partyPosts) {
            if (post.orgId == m.orgId)
                posts << post.post;
        }
        roster.rows.append(
            row({m.name, m.gender == Gender::Female ? QStringLiteral("女") : QStringLiteral("男"),
                 m.ethnicity, date(m.birthDate), m.idNumber, m.education, m.phone,
                 unitNames.value(m.unitId), m.adminPost, m.title, orgNames.value(m.orgId),
                 posts.join(QStringLiteral("、")),
                 m.category == MemberCategory::Probationary ? QStringLiteral("预备党员")
                                                            : QStringLiteral("正式党员"),
                 date(m.applicationDate), date(m.activistDate), date(m.candidateDate),
                 date(m.joinDate), date(m.confirmDate), MemberVocabulary::label(m.status)}));
    }
    from.value().reset();

    const QString path = dir.filePath(QStringLiteral("imported.pldb"));
    auto created = Ledger::create(path);
    if (!created) {
        out() << created.error() << Qt::endl;
        return;
    }
    Ledger &ledger = *created.value();
    const auto failed = [](const ImportReport &report) {
        if (report.errors.isEmpty())
            return false;
        const ImportProblem &first = report.errors.first();
        out() << "  " << report.errors.size() << " errors, first: row " << first.row << " "
              << first.column << ": " << first.reason << Qt::endl;
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    auto treePlan = OrgImport::plan(ledger, tree, OrgImport::detect(tree).value());
    const auto treeReport = OrgImport::apply(ledger, treePlan.value());
    report(QStringLiteral("import %1 organizations (plan + write)").arg(orgs.size()),
           timer.nsecsElapsed() / 1e6);
    if (!treeReport || failed(treeReport.value()))
        return;

    for (const char *pass : {"insert", "update"}) {
        if (QByteArrayView(pass) == "update") { // every member's phone changed
            for (qsizetype row = 1; row < roster.rows.size(); ++row) {
                SheetCell &phone = roster.rows[row][6];
                phone = {SheetCell::Kind::Text,
                         QStringLiteral("139%1").arg(row, 8, 10, QLatin1Char('0')),
                         0,
                         {}};
            }
        }
        timer.restart();
        const auto mapping = MemberImport::detect(roster);
        auto plan = MemberImport::plan(ledger, roster, mapping.value());
        const double planned = timer.nsecsElapsed() / 1e6;
        if (!plan) {
            out() << plan.error() << Qt::endl;
            return;
        }
        timer.restart();
        const auto written = MemberImport::apply(ledger, plan.value());
        const double applied = timer.nsecsElapsed() / 1e6;
        if (!written) {
            out() << written.error() << Qt::endl;
            return;
        }
        const QString what = QString::fromLatin1(pass);
        report(
            QStringLiteral("import %1 members (%2): plan and check").arg(members.size()).arg(what),
            planned);
        report(QStringLiteral("  write"), applied);
        report(QStringLiteral("  total"), planned + applied);
        out() << "  (" << written->rows << " rows, " << written->inserted << " inserted, "
              << written->updated << " updated)" << Qt::endl;
        if (failed(written.value()))
            return;
    }

    // The exported roster files read back into a new ledger holding the same tree, as a clerk
    // imports them: reading, checking and writing, each timed.
    double csvTotal = 0;
    for (const QString &name : {QStringLiteral("roster.csv"), QStringLiteral("roster.xlsx")}) {
        const QString file = dir.filePath(name);
        const QString into = dir.filePath(name + QStringLiteral(".pldb"));
        auto fresh = Ledger::create(into);
        if (!fresh) {
            out() << fresh.error() << Qt::endl;
            return;
        }
        auto freshTree = OrgImport::plan(*fresh.value(), tree, OrgImport::detect(tree).value());
        if (!freshTree || !OrgImport::apply(*fresh.value(), freshTree.value()))
            return;
        // The ledger with its tree and no members, for SQLite's own write below.
        const QString empty = into + QStringLiteral(".empty");
        if (auto copied = fresh.value()->saveCopy(empty); !copied)
            out() << copied.error() << Qt::endl;
        timer.restart();
        const auto book = readSpreadsheet(file);
        const double read = timer.nsecsElapsed() / 1e6;
        if (!book) {
            out() << book.error() << Qt::endl;
            return;
        }
        const Sheet &sheet = book->sheets.first();
        timer.restart();
        auto plan = MemberImport::plan(*fresh.value(), sheet, MemberImport::detect(sheet).value());
        const double planned = timer.nsecsElapsed() / 1e6;
        if (!plan || failed(plan->report))
            return;
        timer.restart();
        const auto written = MemberImport::apply(*fresh.value(), plan.value());
        const double applied = timer.nsecsElapsed() / 1e6;
        if (!written)
            out() << written.error() << Qt::endl;
        report(QStringLiteral("import %1 (%2 rows): read").arg(name).arg(plan->report.rows), read);
        report(QStringLiteral("  check"), planned);
        report(QStringLiteral("  write"), applied);
        report(QStringLiteral("  total"), read + planned + applied);
        if (name.endsWith(QLatin1String(".csv"))) {
            csvTotal = read + planned + applied;
            fresh.value().reset();
            const Bench::WriteFloor floor = Bench::memberWriteFloor(into, empty);
            if (!floor.error.isEmpty()) {
                out() << "  (SQLite's own write could not run: " << floor.error << ")" << Qt::endl;
                continue;
            }
            report(QStringLiteral("  SQLite alone writing the same rows (C API)"), floor.total());
            out() << "  (members and posts " << QString::number(floor.insert, 'f', 0)
                  << " ms, indexes " << QString::number(floor.indexes, 'f', 0) << " ms, commit "
                  << QString::number(floor.commit, 'f', 0) << " ms)" << Qt::endl;
        }
    }

    // The floor: SQLite's own shell loading the same CSV into a bare table, no checks at all.
    QProcess shell;
    shell.setWorkingDirectory(dir.path());
    timer.restart();
    shell.start(QStringLiteral("sqlite3"),
                {dir.filePath(QStringLiteral("bare.db")), QStringLiteral(".mode csv"),
                 QStringLiteral(".import roster.csv bare")});
    if (!shell.waitForFinished(120000) || shell.exitCode() != 0) {
        out() << "  (sqlite3 .import could not run: " << shell.errorString() << ")" << Qt::endl;
        return;
    }
    const double floor = timer.nsecsElapsed() / 1e6;
    report(QStringLiteral("sqlite3 .import of roster.csv into a bare table"), floor);
    out() << "  (CSV import / sqlite3 .import: " << QString::number(csvTotal / floor, 'f', 1)
          << "x)" << Qt::endl;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartyLedgerBenchmark"));
    QCommandLineParser parser;
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption ledgerOption(QStringLiteral("ledger"),
                                          QStringLiteral("Use this ledger instead."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption activitiesOption(QStringLiteral("activities"),
                                              QStringLiteral("Activities."), QStringLiteral("N"),
                                              QStringLiteral("1000000"));
    parser.addOption(membersOption);
    parser.addOption(activitiesOption);
    const QCommandLineOption spreadsheetsOption(
        QStringLiteral("spreadsheets"), QStringLiteral("Only the spreadsheet export and import."));
    parser.addOption(ledgerOption);
    parser.addOption(spreadsheetsOption);
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(ledgerOption);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.pldb"));
        SyntheticOptions options;
        options.members = parser.value(membersOption).toInt();
        options.activities = parser.value(activitiesOption).toInt();
        options.seed = 2026;
        QElapsedTimer timer;
        timer.start();
        if (auto made = SyntheticLedger::generate(path, options); !made) {
            out() << made.error() << Qt::endl;
            return 1;
        }
        report(QStringLiteral("generate %1 members, %2 activities")
                   .arg(options.members)
                   .arg(options.activities),
               timer.nsecsElapsed() / 1e6);
    }

    if (parser.isSet(spreadsheetsOption)) {
        benchmarkExport(path, dir);
        benchmarkImport(path, dir);
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.show();
    if (auto opened = window.openLedger(path); !opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    window.repaint(); // paints synchronously: tree and roster are on screen after this
    report(QStringLiteral("open ledger to first paint (%1 members)")
               .arg(window.rosterModel()->rowCount()),
           timer.nsecsElapsed() / 1e6);
    {
        // Two parts of opening, measured again on their own (the file is in the OS cache now).
        timer.restart();
        auto ledger = Ledger::open(path, Ledger::Access::ReadOnly);
        report(QStringLiteral("  part: checking the file (header, quick_check)"),
               timer.nsecsElapsed() / 1e6);
        timer.restart();
        const auto roster = ledger.value()->roster();
        report(QStringLiteral("  part: reading the roster"), timer.nsecsElapsed() / 1e6);
    }

    // The window builds its search texts right after the first paint (a zero timer); here the
    // event loop does not run, so build them explicitly and say what it costs.
    timer.restart();
    window.rosterModel()->prepareSearch();
    report(QStringLiteral("search index, built just after the first paint"),
           timer.nsecsElapsed() / 1e6);

    // Type a name's initials key by key, as a clerk does, then a full pinyin, then clear.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    const QStringList keystrokes = {QStringLiteral("w"),
                                    QStringLiteral("wa"),
                                    QStringLiteral("wan"),
                                    QStringLiteral("wang"),
                                    QStringLiteral("wangj"),
                                    QStringLiteral("wangjia"),
                                    QString()};
    double worst = 0, total = 0;
    for (const QString &text : keystrokes) {
        timer.restart();
        search->setText(text);
        window.repaint();
        const double ms = timer.nsecsElapsed() / 1e6;
        worst = std::max(worst, ms);
        total += ms;
    }
    report(QStringLiteral("search keystroke, mean of %1").arg(keystrokes.size()),
           total / keystrokes.size());
    report(QStringLiteral("search keystroke, worst"), worst);

    timer.restart();
    window.rosterProxy()->sort(0, Qt::AscendingOrder);
    window.repaint();
    report(QStringLiteral("sort roster by name (first time)"), timer.nsecsElapsed() / 1e6);

    {
        // An honor list of 1,000 members of this ledger, their unit and post as the citation,
        // in stroke order, exported to PDF as a secretary does.
        auto ledger = Ledger::open(path, Ledger::Access::ReadOnly);
        const auto roster = ledger.value()->roster();
        QHash<qint64, QString> unitNames;
        for (const Unit &unit : ledger.value()->units().value())
            unitNames.insert(unit.id, unit.name);
        Award award;
        award.title = QStringLiteral("优秀共产党员表彰");
        award.date = QDate(2021, 6, 28);
        award.grantor = QStringLiteral("中共某某委员会");
        AwardCategory category;
        category.name = QStringLiteral("优秀共产党员");
        for (const RosterEntry &member : roster.value().mid(0, 1000))
            category.recipients.append(
                {0, member.id, 0, member.name, unitNames.value(member.unitId) + member.adminPost});
        award.categories.append(category);
        HonorListOptions options;
        options.order = HonorOrder::Stroke;
        timer.restart();
        const auto written =
            HonorListDocument::writePdf(award, options, dir.filePath(QStringLiteral("list.pdf")));
        report(QStringLiteral("honor list of %1 to PDF").arg(category.recipients.size()),
               timer.nsecsElapsed() / 1e6);
        if (!written)
            out() << written.error() << Qt::endl;

        // The same award in the honors editor: adding one more recipient, written to the file
        // and shown again. Only on the ledger generated here, never on one passed in.
        if (!parser.isSet(ledgerOption)) {
            auto writable = Ledger::open(path);
            const qint64 awardId = writable.value()->addAward(award).value();
            writable.value().reset();
            if (auto reopened = window.openLedger(path); !reopened) {
                out() << reopened.error() << Qt::endl;
                return 1;
            }
            window.honorsPage()->selectAward(awardId);
            double slowest = 0;
            for (int i = 0; i < 5; ++i) {
                timer.restart();
                window.honorsPage()->addMemberById(roster.value().at(1000 + i).id);
                window.repaint();
                slowest = std::max(slowest, timer.nsecsElapsed() / 1e6);
            }
            report(QStringLiteral("add a recipient to it in the editor, worst of 5"), slowest);
        }
    }

    // Roster editing, on the generated ledger only: one member's record saved and shown in the
    // roster (sorted by name, everyone in view), then 1,000 members moved to another branch
    // as one step, and that step undone.
    if (!parser.isSet(ledgerOption)) {
        const RosterModel *roster = window.rosterModel();
        const qint64 edited = roster->entry(500).id;
        Member member = window.ledger()->member(edited).value();
        double slowest = 0;
        bool shown = true;
        for (int i = 0; i < 5; ++i) {
            member.adminPost = QStringLiteral("办公室主任%1").arg(i);
            timer.restart();
            const auto saved = window.memberEditor()->editMember(member);
            window.repaint();
            slowest = std::max(slowest, timer.nsecsElapsed() / 1e6);
            shown = shown && saved &&
                    roster->entry(roster->rowOfMember(edited)).adminPost == member.adminPost;
        }
        report(QStringLiteral("save a member edit, shown in the roster, worst of 5"), slowest);
        if (!shown)
            out() << "  (the edit did not reach the roster)" << Qt::endl;

        QList<qint64> moving;
        for (int row = 0; row < roster->rowCount() && moving.size() < 1000; ++row)
            moving.append(roster->entry(row).id);
        qint64 target = 0;
        for (const Organization &org : window.ledger()->organizations().value()) {
            if (org.holdsMembers() && !org.isDissolved())
                target = org.id;
        }
        timer.restart();
        const auto moved = window.memberEditor()->transferMembers(
            moving, target, {}, QDate::currentDate(), QStringLiteral("benchmark"));
        window.repaint();
        report(QStringLiteral("move %1 members to another branch").arg(moving.size()),
               timer.nsecsElapsed() / 1e6);
        if (!moved)
            out() << moved.error() << Qt::endl;
        timer.restart();
        window.undoStack()->undo();
        window.repaint();
        report(QStringLiteral("  and undo the move"), timer.nsecsElapsed() / 1e6);
    }

    // Statistics and the dashboard, for the year before this one (a whole year of activities).
    {
        const int year = QDate::currentDate().year() - 1;
        const Ledger *ledger = window.ledger();
        // The first read of the activities checks their tables (quick_check), once per open.
        timer.restart();
        const auto first = ledger->activityStatistics(0, Period::year(year));
        report(QStringLiteral("first statistics after opening (checks activities)"),
               timer.nsecsElapsed() / 1e6);
        if (!first)
            out() << first.error() << Qt::endl;
        double worst = 0;
        for (int i = 0; i < 3; ++i) {
            timer.restart();
            // As the statistics page and `partyledger stats` ask: everything but the months.
            const auto stats = ledger->activityStatistics(
                0, Period::year(year), StatisticsPart::Participants | StatisticsPart::Shortfalls);
            worst = std::max(worst, timer.nsecsElapsed() / 1e6);
            if (i == 0)
                out() << "  (" << stats->activities << " activities, " << stats->participants
                      << " participants, " << stats->shortfalls.size() << " shortfalls)"
                      << Qt::endl;
        }
        report(QStringLiteral("statistics, whole tree, one year, worst of 3"), worst);
        timer.restart();
        const auto counted = ledger->activityStatistics(0, Period::year(year), {});
        report(QStringLiteral("  part: counts and figures alone"), timer.nsecsElapsed() / 1e6);

        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
        pages->setCurrentWidget(window.dashboardPage());
        window.dashboardPage()->setYear(year);
        window.repaint();
        // Select the committees under the root one after another, as a leader clicks the tree.
        OrgTreeModel *tree = window.orgTreeModel();
        const QModelIndex root = tree->index(0, 0);
        double slowest = 0;
        int clicked = 0;
        for (int row = 0; row < tree->rowCount(root) && clicked < 5; ++row, ++clicked) {
            timer.restart();
            window.orgTree()->setCurrentIndex(tree->index(row, 0, root));
            window.repaint();
            slowest = std::max(slowest, timer.nsecsElapsed() / 1e6);
        }
        timer.restart();
        window.orgTree()->setCurrentIndex(root);
        window.repaint();
        report(QStringLiteral("dashboard refresh for the whole tree"), timer.nsecsElapsed() / 1e6);
        report(QStringLiteral("dashboard refresh for another committee, worst of %1").arg(clicked),
               slowest);
    }

    out() << qSetFieldWidth(54) << Qt::left << QStringLiteral("peak memory") << qSetFieldWidth(0)
          << QString::number(peakMegabytes(), 'f', 0) << " MB" << Qt::endl;
    // After the peak memory above: the sheets held in memory are not what opening costs.
    benchmarkExport(path, dir); // leaves roster.xlsx and roster.csv for the import
    benchmarkImport(path, dir);
    return 0;
}
