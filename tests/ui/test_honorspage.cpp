#include "awardcontentmodel.h"
#include "honorspage.h"
#include "ledger.h"
#include "mainwindow.h"
#include "rostermodel.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
struct OpenDemo {
    QTemporaryDir dir;
    MainWindow window;
    HonorsPage *page = nullptr;
    QTreeView *tree = nullptr;

    OpenDemo()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openLedger(writeDemo(dir)).ok());
        window.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentIndex(1);
        page = window.honorsPage();
        tree = page->findChild<QTreeView *>(QStringLiteral("recipientTree"));
        REQUIRE(tree);
    }
    // Recipients per category, as the store has them.
    QList<int> storedCounts() const
    {
        QList<int> counts;
        const Award award = window.ledger()->award(page->currentAwardId()).value();
        for (const AwardCategory &c : award.categories)
            counts << int(c.recipients.size());
        return counts;
    }
    QList<int> shownCounts() const
    {
        QList<int> counts;
        const auto *model = page->contentModel();
        for (int c = 0; c < model->rowCount(); ++c)
            counts << model->rowCount(model->index(c, 0));
        return counts;
    }
};
} // namespace

TEST_CASE("The honors page opens on the demo award with its three categories", "[honorspage]")
{
    OpenDemo demo;
    QAbstractItemModelTester tester(demo.page->contentModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(demo.page->currentAwardId() > 0);
    CHECK(demo.shownCounts() == QList<int>{61, 11, 7});
    CHECK(demo.storedCounts() == QList<int>{61, 11, 7});
}

TEST_CASE("A member found by pinyin is added with a citation; undo removes it from the store",
          "[honorspage]")
{
    OpenDemo demo;
    // Select the last of the outstanding Party workers, so the new one goes after it.
    const QModelIndex workers = demo.page->contentModel()->index(1, 0);
    demo.tree->setCurrentIndex(demo.page->contentModel()->index(10, 0, workers));
    auto *search = demo.page->findChild<QLineEdit *>(QStringLiteral("personSearch"));
    REQUIRE(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("huangqinxiang"));
    QTest::keyClick(search, Qt::Key_Return);

    CHECK(demo.storedCounts() == QList<int>{61, 12, 7});
    CHECK(demo.shownCounts() == QList<int>{61, 12, 7});
    const AwardRecipient added =
        demo.window.ledger()->award(demo.page->currentAwardId())->categories[1].recipients[11];
    CHECK(added.name == QStringLiteral("黄钦祥"));
    CHECK(added.memberId > 0);
    CHECK(added.citation.startsWith(QStringLiteral("晋江市卫生监督行政执法大队")));

    demo.window.undoStack()->undo();
    CHECK(demo.storedCounts() == QList<int>{61, 11, 7});
    CHECK(demo.shownCounts() == QList<int>{61, 11, 7});
    demo.window.undoStack()->redo();
    CHECK(demo.storedCounts() == QList<int>{61, 12, 7});
}

TEST_CASE("The organization selected in the tree is added to the organizations", "[honorspage]")
{
    OpenDemo demo;
    auto *orgTree = demo.window.findChild<QTreeView *>(QStringLiteral("orgTree"));
    const QModelIndexList found = orgTree->model()->match(
        orgTree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("市红十字会党支部"), 1,
        Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    orgTree->setCurrentIndex(found.first());
    demo.page->addSelectedOrganization();
    CHECK(demo.storedCounts() == QList<int>{61, 11, 8});
    const AwardRecipient added =
        demo.window.ledger()->award(demo.page->currentAwardId())->categories[2].recipients.last();
    CHECK(added.orgId > 0);
    CHECK(added.name.startsWith(QStringLiteral("中共")));
}

TEST_CASE("Removing a selection, editing a citation in place and dragging all undo", "[honorspage]")
{
    OpenDemo demo;
    AwardContentModel *model = demo.page->contentModel();
    const QModelIndex people = model->index(0, 0);

    // Two recipients selected with Ctrl, removed as one step.
    demo.tree->selectionModel()->select(model->index(0, 0, people),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    demo.tree->selectionModel()->select(model->index(5, 0, people),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    demo.page->removeSelected();
    CHECK(demo.storedCounts() == QList<int>{59, 11, 7});
    demo.window.undoStack()->undo();
    CHECK(demo.storedCounts() == QList<int>{61, 11, 7});

    // A citation edited in place goes to the store as an undoable step.
    const QModelIndex citation =
        model->index(0, AwardContentModel::CitationColumn, model->index(0, 0));
    REQUIRE(model->setData(citation, QStringLiteral("晋江市卫生健康局办公室主任（已更正）")));
    CHECK(demo.window.ledger()
              ->award(demo.page->currentAwardId())
              ->categories[0]
              .recipients[0]
              .citation == QStringLiteral("晋江市卫生健康局办公室主任（已更正）"));
    CHECK(demo.window.undoStack()->undoText().contains(QStringLiteral("蔡良友")));
    demo.window.undoStack()->undo();
    CHECK(demo.window.ledger()
              ->award(demo.page->currentAwardId())
              ->categories[0]
              .recipients[0]
              .citation == QStringLiteral("晋江市卫生健康局办公室主任"));

    // A drag of the first outstanding member onto the Party workers' first line.
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    std::unique_ptr<QMimeData> dragged(model->mimeData({first}));
    const QModelIndex workersFirst = model->index(0, 0, model->index(1, 0));
    REQUIRE(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0, workersFirst));
    model->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, workersFirst);
    CHECK(demo.storedCounts() == QList<int>{60, 12, 7});
    CHECK(demo.window.ledger()
              ->award(demo.page->currentAwardId())
              ->categories[1]
              .recipients[0]
              .name == QStringLiteral("蔡良友"));
    // People never land among organizations.
    std::unique_ptr<QMimeData> again(model->mimeData({model->index(0, 0, model->index(0, 0))}));
    CHECK_FALSE(model->canDropMimeData(again.get(), Qt::MoveAction, -1, 0, model->index(2, 0)));
    demo.window.undoStack()->undo();
    CHECK(demo.storedCounts() == QList<int>{61, 11, 7});
}

TEST_CASE("A member's honors show in the details panel", "[honorspage]")
{
    OpenDemo demo;
    auto *search = demo.window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    auto *roster = demo.window.findChild<QTableView *>(QStringLiteral("rosterView"));
    QTest::keyClicks(search, QStringLiteral("cly"));
    REQUIRE(roster->model()->rowCount() == 1);
    roster->setCurrentIndex(roster->model()->index(0, 0));
    auto *honors = demo.window.findChild<QLabel *>(QStringLiteral("detailsHonors"));
    REQUIRE(honors);
    CHECK(honors->text().contains(QStringLiteral("优秀共产党员")));
    CHECK(honors->text().contains(QStringLiteral("2021")));
}

TEST_CASE("A member added from the roster gets the published style of citation, kept as written",
          "[honorspage]")
{
    OpenDemo demo;
    const RosterModel *roster = demo.window.rosterModel();
    qint64 chen = 0;
    for (int row = 0; row < roster->rowCount(); ++row) {
        if (roster->entry(row).name == QStringLiteral("陈英贤"))
            chen = roster->entry(row).id;
    }
    REQUIRE(chen > 0);
    demo.tree->setCurrentIndex(demo.page->contentModel()->index(1, 0)); // the Party workers
    demo.page->addMemberById(chen);
    const auto lastWorker = [&] {
        return demo.window.ledger()
            ->award(demo.page->currentAwardId())
            ->categories[1]
            .recipients.last();
    };
    CHECK(lastWorker().name == QStringLiteral("陈英贤"));
    CHECK(lastWorker().citation == QStringLiteral("晋江市医院第二党支部书记、医务科副科长"));

    // He changes post afterwards (another clerk, another connection): the list stays as printed.
    {
        auto other = Ledger::open(demo.window.ledger()->path());
        REQUIRE(other.ok());
        Member member = other.value()->member(chen).value();
        member.adminPost = QStringLiteral("副院长");
        member.partyPosts.clear();
        REQUIRE(other.value()->updateMember(member).ok());
    }
    CHECK(lastWorker().citation == QStringLiteral("晋江市医院第二党支部书记、医务科副科长"));
}

TEST_CASE("Dropping on the next row moves below it; several rows move together", "[honorspage]")
{
    OpenDemo demo;
    AwardContentModel *model = demo.page->contentModel();
    const auto names = [&](int category) {
        QStringList list;
        const Award award = demo.window.ledger()->award(demo.page->currentAwardId()).value();
        for (const AwardRecipient &r : award.categories[category].recipients)
            list << r.name;
        return list;
    };
    const QStringList before = names(1);

    // The first Party worker dropped on the second: they change places.
    std::unique_ptr<QMimeData> first(model->mimeData({model->index(0, 0, model->index(1, 0))}));
    model->dropMimeData(first.get(), Qt::MoveAction, -1, 0, model->index(1, 0, model->index(1, 0)));
    QStringList swapped = before;
    swapped.swapItemsAt(0, 1);
    CHECK(names(1) == swapped);
    demo.window.undoStack()->undo();
    CHECK(names(1) == before);

    // The third and fifth dragged together to the top keep their order.
    const QModelIndex workers = model->index(1, 0);
    std::unique_ptr<QMimeData> two(
        model->mimeData({model->index(2, 0, workers), model->index(4, 0, workers)}));
    model->dropMimeData(two.get(), Qt::MoveAction, 0, 0, workers);
    CHECK(names(1).mid(0, 2) == QStringList{before[2], before[4]});
    CHECK(names(1).size() == before.size());
    CHECK(demo.window.undoStack()->undoText().contains(QStringLiteral("2")));
    demo.window.undoStack()->undo();
    CHECK(names(1) == before);
}

TEST_CASE("The details panel follows honors as they are added", "[honorspage]")
{
    OpenDemo demo;
    auto *orgTree = demo.window.findChild<QTreeView *>(QStringLiteral("orgTree"));
    const QModelIndexList found = orgTree->model()->match(
        orgTree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("市红十字会党支部"), 1,
        Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    orgTree->setCurrentIndex(found.first());
    auto *honors = demo.window.findChild<QLabel *>(QStringLiteral("detailsHonors"));
    CHECK_FALSE(honors->text().contains(QStringLiteral("先进基层党组织")));
    demo.page->addSelectedOrganization();
    CHECK(honors->text().contains(QStringLiteral("先进基层党组织")));
    demo.window.undoStack()->undo();
    CHECK_FALSE(honors->text().contains(QStringLiteral("先进基层党组织")));
}

TEST_CASE("The toolbar search narrows the honor list too (pinyin and citations)", "[honorspage]")
{
    OpenDemo demo;
    auto *search = demo.window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QTest::keyClicks(search, QStringLiteral("cly"));
    AwardContentModel *model = demo.page->contentModel();
    const QModelIndex people = model->index(0, 0);
    QStringList shown;
    for (int r = 0; r < model->rowCount(people); ++r) {
        if (!demo.tree->isRowHidden(r, people))
            shown << model->index(r, 0, people).data().toString();
    }
    CHECK(shown == QStringList{QStringLiteral("蔡良友")});
    // Citations are searched as well: every recipient from 第三医院.
    search->clear();
    search->setText(QStringLiteral("第三医院")); // as an input method commits it, in one go
    int visible = 0;
    for (int r = 0; r < model->rowCount(people); ++r)
        visible += demo.tree->isRowHidden(r, people) ? 0 : 1;
    CHECK(visible == 3); // 洪光富, 陈雷, 邹杰
    search->clear();
    for (int r = 0; r < model->rowCount(people); ++r)
        CHECK_FALSE(demo.tree->isRowHidden(r, people));
}
