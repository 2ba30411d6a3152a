// Prints how long the things users wait for take on a large ledger. Not a test: it asserts
// nothing and only reports figures, for the README's table.
//
//   benchmark [--members N] [--activities N] [--ledger FILE.pldb]
#include "dashboardpage.h"
#include "honorlistdocument.h"
#include "honorspage.h"
#include "ledger.h"
#include "mainwindow.h"
#include "membereditor.h"
#include "orgtreemodel.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"
#include "syntheticledger.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QLineEdit>
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
    parser.addOption(ledgerOption);
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
            const auto stats = ledger->activityStatistics(0, Period::year(year));
            const auto shortfalls = ledger->dutyShortfalls(0, Period::year(year));
            worst = std::max(worst, timer.nsecsElapsed() / 1e6);
            if (i == 0)
                out() << "  (" << stats->activities << " activities, " << shortfalls->size()
                      << " shortfalls)" << Qt::endl;
        }
        report(QStringLiteral("statistics, whole tree, one year, worst of 3"), worst);

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
    return 0;
}
