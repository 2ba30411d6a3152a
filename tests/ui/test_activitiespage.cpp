#include "activitiespage.h"
#include "activitydialog.h"
#include "activityeditor.h"
#include "activitylistmodel.h"
#include "activitytypesdialog.h"
#include "annualsummary.h"
#include "datefield.h"
#include "ledger.h"
#include "mainwindow.h"
#include "orgtreemodel.h"
#include "periodselector.h"
#include "statisticspage.h"

#include "../support/modal.h"
#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
// A small ledger: branch A with three members, branch B with one, founded 2000-01-01.
struct Fixture {
    QTemporaryDir dir;
    QString path;
    SmallTree tree;
    QList<qint64> membersA;
    Fixture()
    {
        path = dir.filePath(QStringLiteral("a.pldb"));
        auto ledger = createLedger(path);
        tree = addSmallTree(*ledger);
        const QStringList names = {QStringLiteral("蔡良友"), QStringLiteral("黄美虹"),
                                   QStringLiteral("陈英贤")};
        for (const QString &name : names) {
            Member m = validMember(tree.branchA, name);
            m.idNumber.clear();
            membersA << ledger->addMember(m).value();
        }
        Member b = validMember(tree.branchB, QStringLiteral("邹杰"));
        b.idNumber.clear();
        ledger->addMember(b).value();
    }
};

struct Window {
    MainWindow window;
    ActivitiesPage *page = nullptr;
    explicit Window(const QString &path)
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openLedger(path).ok());
        page = window.activitiesPage();
        window.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(page);
        page->periodSelector()->setPeriod(Period::year(2024));
    }
    void selectOrganization(qint64 orgId)
    {
        window.orgTree()->setCurrentIndex(window.orgTreeModel()->indexOf(orgId));
    }
};
} // namespace

TEST_CASE("An activity entered in the form is stored with its participants and exact funds",
          "[activitiespage]")
{
    Fixture f;
    Window w(f.path);
    w.selectOrganization(f.tree.branchA);
    QAbstractItemModelTester tester(w.page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    onNextModal<ActivityDialog>([&](ActivityDialog *dialog) {
        CHECK(dialog->activity().orgId == f.tree.branchA);   // the branch selected in the tree
        CHECK(dialog->activity().date == QDate(2024, 1, 1)); // today is not in 2024
        auto *date = dialog->findChild<DateField *>(QStringLiteral("date"));
        date->setText(QStringLiteral("2024年3月5日"));
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("type"));
        type->setCurrentIndex(type->findText(QStringLiteral("义诊")));
        dialog->findChild<QLineEdit *>(QStringLiteral("title"))
            ->setText(QStringLiteral("社区义诊"));
        auto *people = dialog->findChild<QListWidget *>(QStringLiteral("participants"));
        REQUIRE(people->count() == 3); // branch A's members only
        people->item(0)->setCheckState(Qt::Checked);
        people->item(2)->setCheckState(Qt::Checked);
        CHECK_FALSE(dialog->findChild<QSpinBox *>(QStringLiteral("headCount"))->isEnabled());
        dialog->findChild<QSpinBox *>(QStringLiteral("peopleServed"))->setValue(120);
        dialog->findChild<QLineEdit *>(QStringLiteral("funds"))->setText(QStringLiteral("1,200.5"));
        dialog->accept();
        CHECK_FALSE(dialog->isVisible());
    });
    w.page->addActivity();

    const QList<Activity> stored =
        w.window.ledger()->activities(f.tree.branchA, Period::year(2024)).value();
    REQUIRE(stored.size() == 1);
    const Activity &a = stored.first();
    CHECK(a.date == QDate(2024, 3, 5));
    CHECK(a.title == QStringLiteral("社区义诊"));
    CHECK(a.participants.size() == 2);
    CHECK(a.figures.peopleServed == 120);
    CHECK(a.figures.fundsFen == 120050);
    REQUIRE(w.page->model()->rowCount() == 1);
    CHECK(w.page->model()->index(0, ActivityListModel::FundsColumn).data().toString() ==
          QStringLiteral("1,200.50"));
    CHECK(w.page->model()->index(0, ActivityListModel::AttendanceColumn).data().toString() ==
          QStringLiteral("2"));

    // One undo step: gone from the store and the list.
    w.window.undoStack()->undo();
    CHECK(w.window.ledger()->activities(0, Period::year(2024)).value().isEmpty());
    CHECK(w.page->model()->rowCount() == 0);
}

TEST_CASE("An activity the store refuses keeps the form open with the reason", "[activitiespage]")
{
    Fixture f;
    Window w(f.path);
    w.selectOrganization(f.tree.branchA);
    onNextModal<ActivityDialog>([&](ActivityDialog *dialog) {
        // The branch was founded in 1985: an activity in 1980 cannot be its.
        dialog->findChild<DateField *>(QStringLiteral("date"))->setDate(QDate(1980, 5, 1));
        dialog->accept();
        CHECK(dialog->isVisible());
        const QString reason = dialog->findChild<QLabel *>(QStringLiteral("problem"))->text();
        CHECK(reason.contains(QStringLiteral("1985")));
        // Funds that are no amount are refused before anything is asked of the store.
        dialog->findChild<DateField *>(QStringLiteral("date"))->setDate(QDate(2024, 5, 1));
        dialog->findChild<QLineEdit *>(QStringLiteral("funds"))->setText(QStringLiteral("12.345"));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("problem"))
                  ->text()
                  .contains(QStringLiteral("two decimals")));
    });
    w.page->addActivity();
    CHECK(w.window.ledger()
              ->activities(0, Period::range(QDate(1900, 1, 1), QDate(2100, 1, 1)))
              .value()
              .isEmpty());
    CHECK(w.window.undoStack()->count() == 0);
}

TEST_CASE("Duplicating an activity opens a copy dated today; deleting undoes", "[activitiespage]")
{
    Fixture f;
    Window w(f.path);
    Activity a;
    a.orgId = f.tree.branchA;
    a.typeId = w.window.ledger()->activityTypes().value().first().id;
    a.date = QDate(2024, 6, 1);
    a.title = QStringLiteral("支部党员大会");
    a.participants = f.membersA;
    REQUIRE(w.window.activityEditor()->addActivity(a));
    w.selectOrganization(f.tree.committee);
    REQUIRE(w.page->model()->rowCount() == 1); // the committee's subtree holds branch A
    w.page->table()->selectRow(0);

    onNextModal<ActivityDialog>([&](ActivityDialog *dialog) {
        const Activity copy = dialog->activity();
        CHECK(copy.id == 0);
        CHECK(copy.date == QDate::currentDate());
        CHECK(copy.participants.size() == 3);
        CHECK(copy.title == a.title);
        dialog->findChild<DateField *>(QStringLiteral("date"))->setDate(QDate(2024, 9, 1));
        dialog->accept();
    });
    w.page->duplicateCurrent();
    CHECK(w.window.ledger()->activities(0, Period::year(2024)).value().size() == 2);
    CHECK(w.page->model()->rowCount() == 2);

    w.page->table()->selectAll();
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    w.page->removeSelected();
    CHECK(w.window.ledger()->activities(0, Period::year(2024)).value().isEmpty());
    w.window.undoStack()->undo();
    CHECK(w.window.ledger()->activities(0, Period::year(2024)).value().size() == 2);
    CHECK(w.page->model()->rowCount() == 2);
}

TEST_CASE("A 三会一课 rule edited in the types dialog changes the shortfalls; undo restores it",
          "[activitiespage]")
{
    Fixture f;
    Window w(f.path);
    const Ledger &ledger = *w.window.ledger();
    const Period year = Period::year(2024);
    const QDate today(2025, 6, 1);
    // Nothing held in 2024: branch A owes 12 committee meetings among its shortfalls.
    const auto committeeShortfalls = [&] {
        int n = 0;
        for (const Shortfall &s : ledger.dutyShortfalls(f.tree.branchA, year, today).value())
            n += s.typeName == QStringLiteral("支部委员会");
        return n;
    };
    REQUIRE(committeeShortfalls() == 12);

    ActivityTypesDialog dialog(&ledger, w.window.activityEditor());
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("types"));
    const int row = [&] {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QStringLiteral("支部委员会")))
                return i;
        }
        return -1;
    }();
    REQUIRE(row >= 0);
    list->setCurrentRow(row);
    auto *period = dialog.findChild<QComboBox *>(QStringLiteral("period"));
    period->setCurrentIndex(period->findData(int(DutyPeriod::Quarter)));
    dialog.saveCurrent();
    CHECK(committeeShortfalls() == 4); // now owed once a quarter

    dialog.addType();
    CHECK(ledger.activityTypes().value().last().name == QStringLiteral("New type"));

    w.window.undoStack()->undo(); // the new type
    w.window.undoStack()->undo(); // the rule
    CHECK(committeeShortfalls() == 12);
}

TEST_CASE("The statistics page shows the store's figures and the summary of the year",
          "[activitiespage]")
{
    Fixture f;
    Window w(f.path);
    const auto types = w.window.ledger()->activityTypes().value();
    const auto typeNamed = [&types](const QString &name) {
        for (const ActivityType &t : types) {
            if (t.name == name)
                return t.id;
        }
        return qint64(0);
    };
    Activity clinic;
    clinic.orgId = f.tree.branchA;
    clinic.typeId = typeNamed(QStringLiteral("义诊"));
    clinic.date = QDate(2024, 5, 1);
    clinic.participants = f.membersA.mid(0, 2);
    clinic.figures.peopleServed = 300;
    clinic.figures.fundsFen = 1234567;
    REQUIRE(w.window.activityEditor()->addActivity(clinic));
    Activity meeting = clinic;
    meeting.typeId = typeNamed(QStringLiteral("支部委员会"));
    meeting.figures = {};
    meeting.participants = f.membersA;
    REQUIRE(w.window.activityEditor()->addActivity(meeting));

    w.selectOrganization(f.tree.committee);
    StatisticsPage *page = w.window.statisticsPage();
    w.window.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(page);
    page->periodSelector()->setPeriod(Period::year(2024));
    QStandardItemModel *typesModel = page->typeCounts();
    REQUIRE(typesModel->rowCount() == 2);
    CHECK(typesModel->item(0)->text() == QStringLiteral("支部委员会"));
    CHECK(typesModel->item(1, 1)->data(Qt::UserRole).toInt() == 1);
    QStandardItemModel *figures = page->figures();
    const auto figure = [figures](int row) {
        return figures->item(row, 1)->text();
    };
    CHECK(figure(0) == QStringLiteral("2"));                     // activities
    CHECK(figure(4) == QStringLiteral("12,345.67"));             // funds
    CHECK(figures->item(6, 1)->data(Qt::UserRole).toInt() == 3); // distinct members
    const ActivityStatistics stats =
        w.window.ledger()->activityStatistics(f.tree.committee, Period::year(2024)).value();
    CHECK(page->summary() == AnnualSummary::write(QStringLiteral("市医院党委"), 2024, stats));
    CHECK(page->summary().contains(QStringLiteral("1.23万元")));
}
