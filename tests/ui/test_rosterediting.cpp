#include "datefield.h"
#include "dissolvedialog.h"
#include "ledger.h"
#include "mainwindow.h"
#include "memberdialog.h"
#include "orgdialog.h"
#include "orgtreemodel.h"
#include "reminderspage.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"
#include "transferdialog.h"

#include "../support/modal.h"
#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
// The text of the next message box, which is then answered with `button`.
std::shared_ptr<QString> answerNextMessage(QMessageBox::StandardButton button)
{
    auto text = std::make_shared<QString>();
    onNextModal<QMessageBox>([text, button](QMessageBox *box) {
        *text = box->text();
        if (QAbstractButton *b = box->button(button))
            b->click();
    });
    return text;
}

void clickOrganization(QTreeView *tree, const QString &name)
{
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    tree->scrollTo(found.first());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualRect(found.first()).center());
    REQUIRE(tree->currentIndex() == found.first());
}

QStringList rosterNames(QTableView *view)
{
    QStringList names;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        names << view->model()->index(r, RosterModel::NameColumn).data().toString();
    return names;
}

qint64 orgNamed(const Ledger &ledger, const QString &shortName)
{
    for (const Organization &org : ledger.organizations().value()) {
        if (org.shortName == shortName)
            return org.id;
    }
    return 0;
}

int storedCount(const Ledger &ledger)
{
    return int(ledger.members().value().size());
}

struct Window {
    QTemporaryDir dir;
    MainWindow window;
    QTreeView *tree = nullptr;
    QTableView *roster = nullptr;

    explicit Window(const QString &path = {})
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openLedger(path.isEmpty() ? writeDemo(dir) : path).ok());
        tree = window.orgTree();
        roster = window.rosterView();
    }
    const Ledger &ledger() const { return *window.ledger(); }
    // A key pressed in the roster; shortcuts need the window active again after a dialog.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        roster->setFocus();
        QTest::keyClick(roster, key, modifiers);
    }
    void selectRows(const QStringList &names)
    {
        roster->clearSelection();
        for (const QString &name : names) {
            const QStringList shown = rosterNames(roster);
            const int row = int(shown.indexOf(name));
            REQUIRE(row >= 0);
            const QRect rect = roster->visualRect(roster->model()->index(row, 0));
            roster->scrollTo(roster->model()->index(row, 0));
            QTest::mouseClick(roster->viewport(), Qt::LeftButton,
                              name == names.first() ? Qt::NoModifier : Qt::ControlModifier,
                              roster->visualRect(roster->model()->index(row, 0)).center());
            Q_UNUSED(rect);
        }
    }
};

// Types a member into the open form the way a clerk does: Chinese names pasted in (QTest cannot
// type Chinese), digits typed, Tab between fields.
void fillForm(MemberDialog *dialog, const QString &name, const QString &idNumber)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
    auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("idNumber"));
    id->setFocus();
    QTest::keyClicks(id, idNumber);
    QTest::keyClick(id, Qt::Key_Tab);
    auto *join = dialog->findChild<DateField *>(QStringLiteral("joinDate"));
    join->setFocus();
    QTest::keyClicks(join, QStringLiteral("2010/7/1"));
    auto *confirm = dialog->findChild<DateField *>(QStringLiteral("confirmDate"));
    confirm->setFocus();
    QTest::keyClicks(confirm, QStringLiteral("2011.7.1"));
    QTest::keyClick(confirm, Qt::Key_Tab);
}
} // namespace

TEST_CASE("An invalid ID number shows its message and nothing is written", "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const int before = storedCount(w.ledger());
    const int shown = w.roster->model()->rowCount();
    bool checked = false;
    onNextModal<MemberDialog>([&](MemberDialog *dialog) {
        // The last digit is wrong: the check digit of 35058219760412123 is 8.
        fillForm(dialog, QStringLiteral("王晓东"), QStringLiteral("350582197604121239"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("idNumberProblem"));
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(QStringLiteral("ID number")));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("name")), Qt::Key_Return);
        CHECK(dialog->isVisible()); // Enter did not save an invalid record
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("summary"))
                  ->text()
                  .contains(QStringLiteral("1 field")));
        CHECK(dialog->focusWidget() == dialog->findChild<QLineEdit *>(QStringLiteral("idNumber")));
        QTest::keyClick(dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog->isVisible());
        checked = true;
    });
    w.press(Qt::Key_N, Qt::ControlModifier);
    CHECK(checked);
    CHECK(storedCount(w.ledger()) == before);
    CHECK(w.roster->model()->rowCount() == shown);
    CHECK(w.window.undoStack()->count() == 0);
}

TEST_CASE("A valid member appears in the roster and the store; undo removes them from both",
          "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const qint64 branch = orgNamed(w.ledger(), QStringLiteral("市医院第二党支部"));
    const int totalBefore = w.window.orgTreeModel()->memberTotal(branch);
    const int before = storedCount(w.ledger());
    bool filled = false;
    onNextModal<MemberDialog>([&](MemberDialog *dialog) {
        // The branch selected in the tree is already chosen.
        CHECK(dialog->member().orgId == branch);
        fillForm(dialog, QStringLiteral("王晓东"), QStringLiteral("350582197604121238"));
        // The ID number filled in the birth date and gender.
        CHECK(dialog->findChild<DateField *>(QStringLiteral("birthDate"))->text() ==
              QStringLiteral("1976-04-12"));
        CHECK(dialog->member().gender == Gender::Male);
        CHECK(dialog->member().joinDate == QDate(2010, 7, 1));
        dialog->findChild<QLineEdit *>(QStringLiteral("partyPosts"))
            ->setText(QStringLiteral("书记、组织委员"));
        CHECK(dialog->problems().isEmpty());
        filled = true;
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("name")), Qt::Key_Return);
        CHECK_FALSE(dialog->isVisible());
    });
    w.press(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(filled);

    REQUIRE(storedCount(w.ledger()) == before + 1);
    CHECK(rosterNames(w.roster).contains(QStringLiteral("王晓东")));
    // The new member is selected, and the tree counts them.
    CHECK(w.roster->currentIndex().data().toString() == QStringLiteral("王晓东"));
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == totalBefore + 1);
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Add 王晓东"));
    const qint64 added = w.roster->currentIndex().data(RosterModel::MemberIdRole).toLongLong();
    const QList<PartyPost> posts = w.ledger().member(added).value().partyPosts;
    CHECK(posts ==
          QList<PartyPost>{{branch, QStringLiteral("书记")}, {branch, QStringLiteral("组织委员")}});

    w.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(storedCount(w.ledger()) == before);
    CHECK_FALSE(rosterNames(w.roster).contains(QStringLiteral("王晓东")));
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == totalBefore);
}

TEST_CASE("A second record with an ID number already in the ledger is refused", "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const Member existing = w.ledger().members().value().first();
    const int before = storedCount(w.ledger());
    onNextModal<MemberDialog>([&](MemberDialog *dialog) {
        fillForm(dialog, QStringLiteral("王晓东"), existing.idNumber);
        dialog->findChild<QComboBox *>(QStringLiteral("gender"))
            ->setCurrentIndex(int(existing.gender));
        dialog->accept();
        CHECK(dialog->isVisible());
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("idNumberProblem"));
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(existing.name));
    });
    w.press(Qt::Key_N, Qt::ControlModifier);
    CHECK(storedCount(w.ledger()) == before);
}

TEST_CASE("The same name and birth date asks before saving", "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    Member existing;
    for (const Member &m : w.ledger().members().value()) {
        if (m.confirmDate.isValid() && m.gender != Gender::Unknown) {
            existing = m;
            break;
        }
    }
    REQUIRE(existing.id > 0);
    const int before = storedCount(w.ledger());
    for (const auto answer : {QMessageBox::No, QMessageBox::Yes}) {
        std::shared_ptr<QString> question;
        onNextModal<MemberDialog>([&](MemberDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(existing.name);
            dialog->findChild<DateField *>(QStringLiteral("birthDate"))
                ->setDate(existing.birthDate);
            dialog->findChild<QComboBox *>(QStringLiteral("gender"))
                ->setCurrentIndex(int(existing.gender));
            dialog->findChild<DateField *>(QStringLiteral("joinDate"))->setDate(existing.joinDate);
            dialog->findChild<DateField *>(QStringLiteral("confirmDate"))
                ->setDate(existing.confirmDate);
            INFO(dialog->problems().values().join(QLatin1Char(' ')).toStdString());
            CHECK(dialog->problems().isEmpty());
            question = answerNextMessage(answer);
            dialog->accept();
            CHECK(dialog->isVisible() == (answer == QMessageBox::No));
        });
        w.press(Qt::Key_N, Qt::ControlModifier);
        REQUIRE(question);
        CHECK(question->contains(existing.name));
    }
    CHECK(storedCount(w.ledger()) == before + 1);
}

TEST_CASE("Editing a member from the roster writes the store and the row; undo restores both",
          "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const QString name = rosterNames(w.roster).first();
    w.selectRows({name});
    const qint64 id = w.roster->currentIndex().data(RosterModel::MemberIdRole).toLongLong();
    onNextModal<MemberDialog>([&](MemberDialog *dialog) {
        CHECK(dialog->member().id == id);
        auto *post = dialog->findChild<QLineEdit *>(QStringLiteral("adminPost"));
        post->setText(QStringLiteral("院长"));
        QTest::keyClick(post, Qt::Key_Enter);
    });
    w.press(Qt::Key_F2);
    CHECK(w.ledger().member(id).value().adminPost == QStringLiteral("院长"));
    const int row = w.window.rosterModel()->rowOfMember(id);
    CHECK(w.window.rosterModel()->entry(row).adminPost == QStringLiteral("院长"));

    w.window.undoStack()->undo();
    CHECK(w.ledger().member(id).value().adminPost != QStringLiteral("院长"));
    CHECK(w.window.rosterModel()->entry(row).adminPost != QStringLiteral("院长"));
}

TEST_CASE("Members dropped on another branch are transferred, dated, as one undo step",
          "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const qint64 from = orgNamed(w.ledger(), QStringLiteral("市医院第二党支部"));
    const qint64 to = orgNamed(w.ledger(), QStringLiteral("市疾控中心党支部"));
    const QStringList names = rosterNames(w.roster).mid(0, 2);
    REQUIRE(names.size() == 2);
    w.selectRows(names);
    QList<qint64> ids;
    for (const QModelIndex &row : w.roster->selectionModel()->selectedRows())
        ids << row.data(RosterModel::MemberIdRole).toLongLong();
    REQUIRE(ids.size() == 2);
    const int fromTotal = w.window.orgTreeModel()->memberTotal(from);
    const int toTotal = w.window.orgTreeModel()->memberTotal(to);

    // What the view does when the rows are dropped on the branch.
    std::unique_ptr<QMimeData> dragged(
        w.roster->model()->mimeData(w.roster->selectionModel()->selectedRows()));
    REQUIRE(dragged);
    onNextModal<TransferDialog>([&](TransferDialog *dialog) {
        CHECK(dialog->targetOrgId() == to); // the branch it was dropped on
        auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("note"));
        note->setText(QStringLiteral("介绍信 7 号"));
        QTest::keyClick(note, Qt::Key_Return);
    });
    OrgTreeModel *tree = w.window.orgTreeModel();
    tree->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, tree->indexOf(to));
    QApplication::processEvents(); // the window acts on a drop once the drag is over

    for (qint64 id : ids) {
        CHECK(w.ledger().member(id).value().orgId == to);
        const QList<Transfer> history = w.ledger().transfers(id).value();
        REQUIRE(history.size() == 1);
        CHECK(history.first().fromOrgId == from);
        CHECK(history.first().toOrgId == to);
        CHECK(history.first().date == QDate::currentDate());
        CHECK(history.first().note == QStringLiteral("介绍信 7 号"));
    }
    // Gone from the selected branch's roster; the counts moved with them.
    for (const QString &name : names)
        CHECK_FALSE(rosterNames(w.roster).contains(name));
    CHECK(tree->memberTotal(from) == fromTotal - 2);
    CHECK(tree->memberTotal(to) == toTotal + 2);
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Transfer 2 member(s)"));
    // The Edit menu says what Ctrl+Z will undo.
    bool named = false;
    for (QAction *action : w.window.findChildren<QAction *>())
        named = named || (action->shortcut() == QKeySequence::Undo &&
                          action->text().contains(QStringLiteral("Transfer 2 member(s)")));
    CHECK(named);
    // The member's details show the dated move.
    w.window.goToMember(ids.first());
    auto *history = w.window.findChild<QLabel *>(QStringLiteral("detailsTransfers"));
    REQUIRE(history);
    CHECK(history->text().contains(QStringLiteral("介绍信 7 号")));
    CHECK(history->text().contains(QStringLiteral("市医院第二党支部 → 市疾控中心党支部")));
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));

    w.window.undoStack()->undo();
    for (qint64 id : ids) {
        CHECK(w.ledger().member(id).value().orgId == from);
        CHECK(w.ledger().transfers(id).value().isEmpty());
    }
    CHECK(rosterNames(w.roster).contains(names.first()));
    CHECK(tree->memberTotal(from) == fromTotal);
    CHECK(tree->memberTotal(to) == toTotal);
}

TEST_CASE("Delete asks first; a removal undoes", "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const QString name = rosterNames(w.roster).first();
    w.selectRows({name});
    const qint64 id = w.roster->currentIndex().data(RosterModel::MemberIdRole).toLongLong();

    auto question = answerNextMessage(QMessageBox::No);
    w.press(Qt::Key_Delete);
    CHECK(question->contains(name));
    CHECK(w.ledger().member(id));

    answerNextMessage(QMessageBox::Yes);
    w.press(Qt::Key_Delete);
    CHECK_FALSE(w.ledger().member(id));
    CHECK_FALSE(rosterNames(w.roster).contains(name));

    w.window.undoStack()->undo();
    CHECK(w.ledger().member(id).value().name == name);
    CHECK(rosterNames(w.roster).contains(name));
}

TEST_CASE("A branch added under a committee takes new members; all of it undoes", "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院党委"));
    const qint64 committee = orgNamed(w.ledger(), QStringLiteral("市医院党委"));
    const int orgsBefore = int(w.ledger().organizations().value().size());
    onNextModal<OrgDialog>([&](OrgDialog *dialog) {
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
        QStringList kinds;
        for (int i = 0; i < kind->count(); ++i)
            kinds << kind->itemText(i);
        // Under a committee: no Party group.
        CHECK_FALSE(kinds.contains(OrgKinds::label(OrgKind::Group)));
        CHECK(kind->currentData().toInt() == int(OrgKind::Branch));
        dialog->findChild<QLineEdit *>(QStringLiteral("fullName"))
            ->setText(QStringLiteral("中共晋江市医院第九支部委员会"));
        dialog->findChild<QLineEdit *>(QStringLiteral("shortName"))
            ->setText(QStringLiteral("市医院第九党支部"));
        dialog->accept();
    });
    w.window.addOrganization();
    const qint64 branch = orgNamed(w.ledger(), QStringLiteral("市医院第九党支部"));
    REQUIRE(branch > 0);
    CHECK(w.ledger().organization(branch).value().parentId == committee);
    // The new branch is selected, so Ctrl+N puts the member there.
    CHECK(w.tree->currentIndex().data().toString() == QStringLiteral("市医院第九党支部"));
    onNextModal<MemberDialog>([&](MemberDialog *dialog) {
        CHECK(dialog->member().orgId == branch);
        fillForm(dialog, QStringLiteral("王晓东"), QStringLiteral("350582197604121238"));
        dialog->accept();
    });
    w.press(Qt::Key_N, Qt::ControlModifier);
    CHECK(rosterNames(w.roster) == QStringList{QStringLiteral("王晓东")});
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == 1);

    w.window.undoStack()->undo(); // the member
    w.window.undoStack()->undo(); // the branch
    CHECK(w.ledger().organizations().value().size() == orgsBefore);
    CHECK_FALSE(w.window.orgTreeModel()->organization(branch));
}

TEST_CASE("A forbidden move in the tree is refused with the reason, and nothing moves",
          "[rosterediting]")
{
    Window w;
    const qint64 committee = orgNamed(w.ledger(), QStringLiteral("市医院党委"));
    const qint64 branch = orgNamed(w.ledger(), QStringLiteral("市医院第二党支部"));
    const qint64 otherBranch = orgNamed(w.ledger(), QStringLiteral("市疾控中心党支部"));
    const QList<Organization> before = w.ledger().organizations().value();
    OrgTreeModel *tree = w.window.orgTreeModel();
    const auto drop = [&](qint64 dragged, qint64 onto) {
        std::unique_ptr<QMimeData> data(tree->mimeData({tree->indexOf(dragged)}));
        auto message = answerNextMessage(QMessageBox::Ok);
        tree->dropMimeData(data.get(), Qt::MoveAction, -1, 0, tree->indexOf(onto));
        QApplication::processEvents();
        return *message;
    };
    // A committee onto a branch inside it: the tree would loop.
    const QString loop = drop(committee, branch);
    CHECK(loop.contains(QStringLiteral("市医院党委")));
    CHECK(loop.contains(QStringLiteral("which is part of it")));
    // A branch onto another branch: the nesting rules forbid it.
    const QString nesting = drop(branch, otherBranch);
    CHECK(nesting.contains(QStringLiteral("市疾控中心党支部")));
    CHECK(nesting.contains(QStringLiteral("a Branch cannot be placed under a Branch")));

    const QList<Organization> after = w.ledger().organizations().value();
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < before.size(); ++i) {
        CHECK(after[i].parentId == before[i].parentId);
        CHECK(after[i].sortOrder == before[i].sortOrder);
    }
    CHECK(tree->indexOf(branch).parent() ==
          tree->indexOf(w.ledger().organization(branch).value().parentId));
    CHECK(w.window.undoStack()->count() == 0);
}

TEST_CASE("An allowed drag moves a branch to another committee; undo puts it back",
          "[rosterediting]")
{
    Window w;
    const qint64 branch = orgNamed(w.ledger(), QStringLiteral("市医院第二党支部"));
    const qint64 target = orgNamed(w.ledger(), QStringLiteral("市医院晋南分院党总支"));
    const qint64 parentBefore = w.ledger().organization(branch).value().parentId;
    OrgTreeModel *tree = w.window.orgTreeModel();
    QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::Warning);
    const int members = tree->memberTotal(branch);
    std::unique_ptr<QMimeData> dragged(tree->mimeData({tree->indexOf(branch)}));
    tree->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, tree->indexOf(target));
    QApplication::processEvents();
    CHECK(w.ledger().organization(branch).value().parentId == target);
    CHECK(tree->indexOf(branch).parent() == tree->indexOf(target));
    CHECK(tree->memberTotal(branch) == members);
    w.window.undoStack()->undo();
    CHECK(w.ledger().organization(branch).value().parentId == parentBefore);
}

TEST_CASE("The reminders list probationary members due for confirmation and go to them",
          "[rosterediting]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.pldb"));
    qint64 due = 0;
    {
        auto ledger = createLedger(path);
        const SmallTree tree = addSmallTree(*ledger);
        Member m = validMember(tree.branchA, QStringLiteral("许三妹"));
        m.category = MemberCategory::Probationary;
        m.joinDate = QDate::currentDate().addYears(-1).addDays(10); // due in ten days
        m.applicationDate = m.joinDate.addYears(-2);
        m.activistDate = m.joinDate.addYears(-1);
        m.candidateDate = m.joinDate.addMonths(-3);
        m.confirmDate = QDate();
        due = ledger->addMember(m).value();
        Member later = validMember(tree.branchA, QStringLiteral("邹杰"));
        later.idNumber.clear();
        later.category = MemberCategory::Probationary;
        later.joinDate = QDate::currentDate().addMonths(-2); // due in ten months
        later.applicationDate = later.joinDate.addYears(-2);
        later.activistDate = later.joinDate.addYears(-1);
        later.candidateDate = later.joinDate.addMonths(-3);
        later.confirmDate = QDate();
        ledger->addMember(later).value();
    }
    Window w(path);
    auto *pages = w.window.findChild<QTabWidget *>(QStringLiteral("pages"));
    pages->setCurrentWidget(w.window.remindersPage());
    QTreeWidget *list = w.window.remindersPage()->confirmations();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("许三妹"));
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("10"));
    // Both branches have fewer than three full members.
    CHECK(w.window.remindersPage()->smallBranches()->topLevelItemCount() == 2);

    Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
    CHECK(pages->currentWidget() == w.roster);
    CHECK(w.roster->currentIndex().data(RosterModel::MemberIdRole).toLongLong() == due);
}

TEST_CASE("A save the file refuses says why, keeps what was typed and changes nothing",
          "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const int before = storedCount(w.ledger());
    const QString connection = QStringLiteral("another-program");
    {
        // Another program holds the ledger's write lock while the clerk saves.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        other.setDatabaseName(w.ledger().path());
        REQUIRE(other.open());
        REQUIRE(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
        onNextModal<MemberDialog>([&](MemberDialog *dialog) {
            fillForm(dialog, QStringLiteral("王晓东"), QStringLiteral("350582197604121238"));
            auto message = answerNextMessage(QMessageBox::Ok);
            dialog->accept();
            CHECK(message->contains(QStringLiteral("busy")));
            CHECK(dialog->isVisible());
            CHECK(dialog->member().name == QStringLiteral("王晓东"));
            CHECK(storedCount(w.ledger()) == before);
            // Once the other program is done, the same form saves.
            REQUIRE(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
            dialog->accept();
            CHECK_FALSE(dialog->isVisible());
        });
        w.press(Qt::Key_N, Qt::ControlModifier);
        other.close();
    }
    QSqlDatabase::removeDatabase(connection);
    CHECK(storedCount(w.ledger()) == before + 1);
    CHECK(w.window.undoStack()->count() == 1);
}

TEST_CASE("Shift selects a range of the roster; one transfer moves them all", "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院党委"));
    const qint64 to = orgNamed(w.ledger(), QStringLiteral("市疾控中心党支部"));
    REQUIRE(w.roster->model()->rowCount() >= 4);
    w.selectRows({rosterNames(w.roster).first()});
    const QModelIndex fourth = w.roster->model()->index(3, 0);
    QTest::mouseClick(w.roster->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      w.roster->visualRect(fourth).center());
    REQUIRE(w.roster->selectionModel()->selectedRows().size() == 4);
    QList<qint64> ids;
    for (const QModelIndex &row : w.roster->selectionModel()->selectedRows())
        ids << row.data(RosterModel::MemberIdRole).toLongLong();

    onNextModal<TransferDialog>([&](TransferDialog *dialog) {
        dialog->setTarget(to);
        dialog->accept();
    });
    w.press(Qt::Key_T, Qt::ControlModifier);
    for (qint64 id : ids)
        CHECK(w.ledger().member(id).value().orgId == to);
    CHECK(w.window.undoStack()->count() == 1);
}

TEST_CASE("The transfer dialog moves nobody until a receiver is chosen", "[rosterediting]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("t.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    TransferDialog dialog(ledger->organizations().value(), QStringLiteral("蔡良友"));
    dialog.show();
    CHECK(dialog.targetOrgId() == -1);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);

    // A name typed in full picks that branch; the committee is not offered at all.
    auto *target = dialog.findChild<QComboBox *>(QStringLiteral("target"));
    target->setCurrentText(QStringLiteral("市医院第二党支部"));
    CHECK(dialog.targetOrgId() == tree.branchB);
    CHECK(target->findText(QStringLiteral("市医院党委")) < 0);

    // Out of the ledger needs the receiving organization's name.
    dialog.setTarget(0);
    auto *external = dialog.findChild<QLineEdit *>(QStringLiteral("externalOrg"));
    CHECK(external->isEnabled());
    dialog.accept();
    CHECK(dialog.isVisible());
    external->setText(QStringLiteral("中共泉州市第一医院委员会"));
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.externalOrg() == QStringLiteral("中共泉州市第一医院委员会"));
}

TEST_CASE("Dissolving a branch from the tree moves its members; undo brings it back",
          "[rosterediting]")
{
    Window w;
    const qint64 branch = orgNamed(w.ledger(), QStringLiteral("市医院第二党支部"));
    const qint64 receiver = orgNamed(w.ledger(), QStringLiteral("市疾控中心党支部"));
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const int members = w.window.orgTreeModel()->memberTotal(branch);
    REQUIRE(members > 0);
    const QList<qint64> ids = [&] {
        QList<qint64> list;
        for (int r = 0; r < w.roster->model()->rowCount(); ++r)
            list << w.roster->model()->index(r, 0).data(RosterModel::MemberIdRole).toLongLong();
        return list;
    }();
    onNextModal<DissolveDialog>([&](DissolveDialog *dialog) {
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("target"));
        target->setCurrentIndex(target->findData(receiver));
        dialog->findChild<DateField *>(QStringLiteral("date"))->setDate(QDate(2024, 1, 1));
        dialog->accept();
    });
    w.window.dissolveOrganization();
    CHECK(w.ledger().organization(branch).value().dissolved == QDate(2024, 1, 1));
    for (qint64 id : ids)
        CHECK(w.ledger().member(id).value().orgId == receiver);
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == 0);
    CHECK(w.window.orgTreeModel()->indexOf(branch).data().toString().contains(
        QStringLiteral("dissolved")));

    w.window.undoStack()->undo();
    CHECK_FALSE(w.ledger().organization(branch).value().isDissolved());
    for (qint64 id : ids)
        CHECK(w.ledger().member(id).value().orgId == branch);
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == members);
}

TEST_CASE("A member who died leaves the roll but stays in the ledger, shown as history",
          "[rosterediting]")
{
    Window w;
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const qint64 branch = orgNamed(w.ledger(), QStringLiteral("市医院第二党支部"));
    const int total = w.window.orgTreeModel()->memberTotal(branch);
    const QString name = rosterNames(w.roster).first();
    w.selectRows({name});
    const qint64 id = w.roster->currentIndex().data(RosterModel::MemberIdRole).toLongLong();
    onNextModal<MemberDialog>([&](MemberDialog *dialog) {
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(status->findData(int(MemberStatus::Deceased)));
        dialog->accept();
    });
    w.press(Qt::Key_F2);
    CHECK(w.ledger().member(id).value().status == MemberStatus::Deceased);
    CHECK_FALSE(rosterNames(w.roster).contains(name));
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == total - 1);

    auto *history = w.window.findChild<QAction *>(QStringLiteral("showHistory"));
    REQUIRE(history);
    history->trigger();
    CHECK(rosterNames(w.roster).contains(name));
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == total - 1); // history is not counted
    history->trigger();

    w.window.undoStack()->undo();
    CHECK(rosterNames(w.roster).contains(name));
    CHECK(w.window.orgTreeModel()->memberTotal(branch) == total);
}

TEST_CASE("Tab goes through the member form in the order it reads", "[rosterediting]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("t.pldb")));
    addSmallTree(*ledger);
    MemberDialog dialog(ledger.get(), ledger->organizations().value(), ledger->units().value(),
                        [](const Member &) { return Result<void>(); });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setFocus();
    const QStringList expected = {QStringLiteral("name"),
                                  QStringLiteral("idNumber"),
                                  QStringLiteral("gender"),
                                  QStringLiteral("birthDate"),
                                  QStringLiteral("ethnicity"),
                                  QStringLiteral("education"),
                                  QStringLiteral("phone"),
                                  QStringLiteral("unitId"),
                                  QStringLiteral("adminPost"),
                                  QStringLiteral("title"),
                                  QStringLiteral("orgId"),
                                  QStringLiteral("partyPosts"),
                                  QStringLiteral("category"),
                                  QStringLiteral("status"),
                                  QStringLiteral("applicationDate"),
                                  QStringLiteral("activistDate"),
                                  QStringLiteral("candidateDate"),
                                  QStringLiteral("joinDate"),
                                  QStringLiteral("confirmDate")};
    QStringList visited;
    for (int i = 0; i < expected.size(); ++i) {
        // An editable list's focus is in its line edit: name the field it belongs to.
        QWidget *focus = dialog.focusWidget();
        while (focus && !expected.contains(focus->objectName()))
            focus = focus->parentWidget();
        visited << (focus ? focus->objectName() : QStringLiteral("?"));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    }
    CHECK(visited == expected);
}

TEST_CASE("Organizations are reordered and renamed from the tree, and undo", "[rosterediting]")
{
    Window w;
    OrgTreeModel *tree = w.window.orgTreeModel();
    clickOrganization(w.tree, QStringLiteral("市医院第二党支部"));
    const qint64 branch = orgNamed(w.ledger(), QStringLiteral("市医院第二党支部"));
    const int row = tree->indexOf(branch).row();
    REQUIRE(row > 0);
    w.window.moveSelectedOrganization(-1);
    CHECK(tree->indexOf(branch).row() == row - 1);
    CHECK(w.tree->currentIndex() == tree->indexOf(branch)); // still selected where it went
    w.window.undoStack()->undo();
    CHECK(tree->indexOf(branch).row() == row);

    onNextModal<OrgDialog>([&](OrgDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("shortName"))
            ->setText(QStringLiteral("市医院内科党支部"));
        dialog->accept();
    });
    w.window.editOrganization();
    CHECK(w.ledger().organization(branch).value().shortName == QStringLiteral("市医院内科党支部"));
    CHECK(tree->indexOf(branch).data().toString() == QStringLiteral("市医院内科党支部"));
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Rename 市医院第二党支部"));
    w.window.undoStack()->undo();
    CHECK(tree->indexOf(branch).data().toString() == QStringLiteral("市医院第二党支部"));
}
