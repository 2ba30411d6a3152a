#include "importeditor.h"
#include "ledger.h"
#include "orgimport.h"

#include "../support/testimport.h"
#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUndoStack>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
// The small tree: 中共晋江市医院委员会 (市医院党委) with two branches and a group.
struct Tree {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Ledger> ledger;
    SmallTree tree;

    Tree()
    {
        path = dir.filePath(QStringLiteral("orgs.pldb"));
        ledger = createLedger(path);
        tree = addSmallTree(*ledger);
    }
    QList<Organization> organizations() const { return ledger->organizations().value(); }
    const Organization *named(const QList<Organization> &orgs, const QString &fullName) const
    {
        for (const Organization &org : orgs) {
            if (org.fullName == fullName)
                return &org;
        }
        return nullptr;
    }
};

const QStringList header = {QStringLiteral("上级组织"), QStringLiteral("组织名称"),
                            QStringLiteral("组织类别"), QStringLiteral("简称"),
                            QStringLiteral("所属单位"), QStringLiteral("成立日期")};

// Children before their parents, parents named by short name, and two rows already there.
Sheet newHospital()
{
    return textSheet({
        header,
        {QStringLiteral("中医院党委"), QStringLiteral("中共晋江市中医院第一支部委员会"),
         QStringLiteral("党支部"), QStringLiteral("中医院第一党支部"),
         QStringLiteral("晋江市中医院"), QStringLiteral("2001-07-01")},
        {QStringLiteral("中医院第一党支部"),
         QStringLiteral("中医院第一支部第一党小组"),
         QStringLiteral("党小组"),
         {},
         {},
         {}},
        {{},
         QStringLiteral("中共晋江市中医院委员会"),
         QStringLiteral("党委"),
         QStringLiteral("中医院党委"),
         QStringLiteral("晋江市中医院"),
         QStringLiteral("1990-07-01")},
        {QStringLiteral("市医院党委"), QStringLiteral("中共晋江市医院第三支部委员会"),
         QStringLiteral("临时党支部"), QStringLiteral("市医院第三党支部"), QStringLiteral("市医院"),
         QStringLiteral("2020-02-01")},
        {{},
         QStringLiteral("中共晋江市医院委员会"),
         QStringLiteral("党委"),
         QStringLiteral("市医院党委"),
         QStringLiteral("晋江市医院"),
         QStringLiteral("1985-07-01")},
        {QStringLiteral("中共晋江市医院委员会"),
         QStringLiteral("中共晋江市医院第一支部委员会"),
         QStringLiteral("党支部"),
         {},
         {},
         {}},
    });
}

OrgImportPlan planned(const Ledger &ledger, const Sheet &sheet)
{
    auto mapping = OrgImport::detect(sheet);
    INFO(mapping.error().toStdString());
    REQUIRE(mapping.ok());
    auto plan = OrgImport::plan(ledger, sheet, mapping.value());
    INFO(plan.error().toStdString());
    REQUIRE(plan.ok());
    return plan.value();
}
} // namespace

TEST_CASE("Organizations come in whatever order, parents named by full or short name", "[import]")
{
    Tree t;
    OrgImportPlan plan = planned(*t.ledger, newHospital());
    for (const ImportProblem &p : plan.report.errors)
        UNSCOPED_INFO(p.row << " " << p.column.toStdString() << ": " << p.reason.toStdString());
    REQUIRE(plan.report.errors.isEmpty());
    CHECK(plan.report.rows == 6);
    CHECK(plan.report.inserted == 4);
    REQUIRE(plan.report.unchangedRows.size() == 2);
    CHECK(plan.report.unchangedRows.at(0).row == 6);
    CHECK(plan.report.unchangedRows.at(1).row == 7);
    CHECK(plan.report.created == QStringList{QStringLiteral("Unit 晋江市中医院")});
    // Parents first: the two at depth 0 in sheet order, then the branch, then its group.
    REQUIRE(plan.rows.size() == 4);
    CHECK(plan.rows.at(0).row == 4);
    CHECK(plan.rows.at(1).row == 5);
    CHECK(plan.rows.at(2).row == 2);
    CHECK(plan.rows.at(3).row == 3);

    const auto report = OrgImport::apply(*t.ledger, plan);
    REQUIRE(report.ok());
    CHECK(report->written);
    const QList<Organization> orgs = t.organizations();
    REQUIRE(orgs.size() == 8);
    const Organization *committee = t.named(orgs, QStringLiteral("中共晋江市中医院委员会"));
    const Organization *branch = t.named(orgs, QStringLiteral("中共晋江市中医院第一支部委员会"));
    const Organization *group = t.named(orgs, QStringLiteral("中医院第一支部第一党小组"));
    const Organization *temporary = t.named(orgs, QStringLiteral("中共晋江市医院第三支部委员会"));
    REQUIRE(committee);
    REQUIRE(branch);
    REQUIRE(group);
    REQUIRE(temporary);
    CHECK(committee->parentId == 0);
    CHECK(committee->kind == OrgKind::Committee);
    CHECK(committee->founded == QDate(1990, 7, 1));
    CHECK(branch->parentId == committee->id);
    CHECK(branch->shortName == QStringLiteral("中医院第一党支部"));
    CHECK(branch->unitId == committee->unitId);
    CHECK(group->parentId == branch->id);
    CHECK(group->kind == OrgKind::Group);
    CHECK(temporary->parentId == t.tree.committee);
    CHECK(temporary->kind == OrgKind::TemporaryBranch);
    CHECK(temporary->unitId == t.tree.unit);
    const QList<Unit> units = t.ledger->units().value();
    REQUIRE(units.size() == 2);
    CHECK(units.at(1).name == QStringLiteral("晋江市中医院"));
    CHECK(committee->unitId == units.at(1).id);

    // The same sheet again changes nothing: every row is there already.
    const OrgImportPlan again = planned(*t.ledger, newHospital());
    CHECK(again.report.errors.isEmpty());
    CHECK(again.report.inserted == 0);
    CHECK(again.report.unchangedRows.size() == 6);
}

TEST_CASE("Organization rows that cannot be imported say why", "[import]")
{
    Tree t;
    const Sheet sheet = textSheet({
        header,
        {{}, QStringLiteral("中共某某党组"), QStringLiteral("党组"), {}, {}, {}}, // 2
        {{}, QStringLiteral("孤立党小组"), QStringLiteral("党小组"), {}, {}, {}}, // 3
        {QStringLiteral("第一党小组"),
         QStringLiteral("某支部"),
         QStringLiteral("党支部"),
         {},
         {},
         {}}, // 4
        {QStringLiteral("不存在的党委"),
         QStringLiteral("某支部二"),
         QStringLiteral("党支部"),
         {},
         {},
         {}}, // 5
        {QStringLiteral("循环乙"),
         QStringLiteral("循环甲"),
         QStringLiteral("党支部"),
         {},
         {},
         {}}, // 6
        {QStringLiteral("循环甲"),
         QStringLiteral("循环乙"),
         QStringLiteral("党支部"),
         {},
         {},
         {}}, // 7
        {QStringLiteral("市医院党委"),
         QStringLiteral("某党总支"),
         QStringLiteral("党总支"),
         {},
         {},
         QStringLiteral("2001-13-01")},               // 8
        {{}, {}, QStringLiteral("党委"), {}, {}, {}}, // 9
        {QStringLiteral("市医院党委"),
         QStringLiteral("某党总支"),
         QStringLiteral("党总支"),
         {},
         {},
         {}}, // 10
    });
    const OrgImportPlan plan = planned(*t.ledger, sheet);
    std::vector<std::pair<int, QString>> places;
    for (const ImportProblem &p : plan.report.errors) {
        UNSCOPED_INFO(p.row << " " << p.column.toStdString() << ": " << p.reason.toStdString());
        places.emplace_back(p.row, p.column);
    }
    const QString kind = QStringLiteral("组织类别");
    const QString parent = QStringLiteral("上级组织");
    CHECK(places == std::vector<std::pair<int, QString>>{{2, kind},
                                                         {3, kind},
                                                         {4, kind},
                                                         {5, parent},
                                                         {6, parent},
                                                         {8, QStringLiteral("成立日期")},
                                                         {9, QStringLiteral("组织名称")},
                                                         {10, QStringLiteral("组织名称")}});
    REQUIRE(plan.report.errors.size() == 8);
    CHECK(plan.report.errors.at(2).reason.contains(QStringLiteral("第一党小组")));
    CHECK(plan.report.errors.at(7).reason.contains(QStringLiteral("row 8")));

    const QByteArray before = untouchedHash(t.ledger, t.path);
    OrgImportPlan copy = planned(*t.ledger, sheet);
    const auto report = OrgImport::apply(*t.ledger, copy);
    REQUIRE(report.ok());
    CHECK_FALSE(report->written);
    CHECK(closedHash(t.ledger, t.path) == before);
}

TEST_CASE("An organization dry run writes nothing, and an import undoes as one step", "[import]")
{
    Tree t;
    const QByteArray before = untouchedHash(t.ledger, t.path);
    const auto dry = OrgImport::importSheet(*t.ledger, newHospital(), ImportMode::DryRun);
    REQUIRE(dry.ok());
    CHECK(dry->inserted == 4);
    CHECK_FALSE(dry->written);
    CHECK(closedHash(t.ledger, t.path) == before);

    reopen(t.ledger, t.path);
    QUndoStack stack;
    ImportEditor editor(t.ledger.get(), &stack);
    int signalled = 0;
    QObject::connect(&editor, &ImportEditor::organizationsChanged, [&] { ++signalled; });
    const auto imported = editor.importOrganizations(planned(*t.ledger, newHospital()));
    REQUIRE(imported.ok());
    CHECK(imported->written);
    CHECK(signalled == 1);
    const QList<Organization> after = t.organizations();
    CHECK(after.size() == 8);

    stack.undo();
    CHECK(t.organizations().size() == 4);
    CHECK(t.ledger->units().value().size() == 1);
    stack.redo();
    const QList<Organization> redone = t.organizations();
    REQUIRE(redone.size() == 8);
    for (const Organization &org : after) {
        const Organization *same = t.named(redone, org.fullName);
        REQUIRE(same);
        CHECK(same->id == org.id);
        CHECK(same->parentId == org.parentId);
    }
    CHECK(signalled == 3);
}
