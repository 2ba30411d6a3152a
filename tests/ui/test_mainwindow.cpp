#include "ledger.h"
#include "mainwindow.h"
#include "orgtreemodel.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
// Clicks an organization in the tree the way a person does: scrolled into view, then a click.
void clickOrganization(QTreeView *tree, const QString &name)
{
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    tree->scrollTo(found.first());
    const QRect rect = tree->visualRect(found.first());
    REQUIRE(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(tree->currentIndex() == found.first());
}

QStringList visibleNames(QTableView *view)
{
    QStringList names;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        names << view->model()->index(r, RosterModel::NameColumn).data().toString();
    names.sort();
    return names;
}

// The members of a subtree worked out from the ledger itself, independent of the models.
QStringList membersUnder(const Ledger &ledger, const QString &shortName)
{
    const QList<Organization> orgs = ledger.organizations().value();
    QSet<qint64> subtree;
    for (const Organization &org : orgs) {
        if (org.shortName == shortName)
            subtree.insert(org.id);
    }
    REQUIRE(subtree.size() == 1);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Organization &org : orgs) {
            if (subtree.contains(org.parentId) && !subtree.contains(org.id)) {
                subtree.insert(org.id);
                grew = true;
            }
        }
    }
    QStringList names;
    for (const Member &m : ledger.members().value()) {
        if (subtree.contains(m.orgId) && m.isOnRoll())
            names << m.name;
    }
    names.sort();
    return names;
}
} // namespace

TEST_CASE("Selecting a node shows exactly that subtree's members", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString demo = writeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openLedger(demo).ok());
    CHECK(window.windowTitle().contains(QStringLiteral("demo")));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("orgTree"));
    auto *roster = window.findChild<QTableView *>(QStringLiteral("rosterView"));
    REQUIRE(tree);
    REQUIRE(roster);
    CHECK(roster->model()->rowCount() == 72); // the root is selected after opening

    const QStringList organizations = {
        QStringLiteral("市医院党委"), QStringLiteral("市医院第二党支部"),
        QStringLiteral("市医院晋南分院党总支"), QStringLiteral("市疾控中心党支部")};
    for (const QString &org : organizations) {
        INFO(org.toStdString());
        const QStringList expected = membersUnder(*window.ledger(), org);
        clickOrganization(tree, org);
        CHECK(visibleNames(roster) == expected);
        CHECK_FALSE(expected.isEmpty());
    }
}

TEST_CASE("Typing cly in the search box leaves 蔡良友", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString demo = writeDemo(dir);
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openLedger(demo).ok());

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    auto *roster = window.findChild<QTableView *>(QStringLiteral("rosterView"));
    REQUIRE(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("cly"));
    REQUIRE(roster->model()->rowCount() == 1);
    CHECK(roster->model()->index(0, RosterModel::NameColumn).data().toString() ==
          QStringLiteral("蔡良友"));

    // Clicking the row shows the member in the details panel.
    const QRect row = roster->visualRect(roster->model()->index(0, RosterModel::NameColumn));
    QTest::mouseClick(roster->viewport(), Qt::LeftButton, {}, row.center());
    auto *heading = window.findChild<QLabel *>(QStringLiteral("detailsHeading"));
    REQUIRE(heading);
    CHECK(heading->text() == QStringLiteral("蔡良友"));

    // Full pinyin works too, and clearing the box brings everyone back.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("cailiangyou"));
    CHECK(roster->model()->rowCount() == 1);
    search->clear();
    CHECK(roster->model()->rowCount() == 72);
}

TEST_CASE("Opening a file that is not a ledger keeps the open one and says why", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString demo = writeDemo(dir);
    const QString text = dir.filePath(QStringLiteral("roster.pldb"));
    writeBytes(text, "姓名,性别\n蔡良友,男\n");
    MainWindow window;
    REQUIRE(window.openLedger(demo).ok());
    const auto opened = window.openLedger(text);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("roster.pldb")));
    CHECK(window.ledger()->path() == QFileInfo(demo).absoluteFilePath());
    CHECK(window.rosterModel()->rowCount() == 72);
    CHECK(fileBytes(text) == "姓名,性别\n蔡良友,男\n");
}
