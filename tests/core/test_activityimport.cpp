#include "activityimport.h"
#include "importeditor.h"
#include "ledger.h"

#include "../support/testimport.h"
#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUndoStack>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
struct Activities {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Ledger> ledger;
    SmallTree tree;

    Activities()
    {
        path = dir.filePath(QStringLiteral("activities.pldb"));
        ledger = createLedger(path);
        tree = addSmallTree(*ledger); // founded 1985-07-01
    }
    QList<Activity> of2024() const { return ledger->activities(0, Period::year(2024)).value(); }
    qint64 typeNamed(const QString &name) const
    {
        for (const ActivityType &type : ledger->activityTypes().value()) {
            if (type.name == name)
                return type.id;
        }
        return 0;
    }
};

const QStringList header = {
    QStringLiteral("日期"),         QStringLiteral("组织"),     QStringLiteral("类型"),
    QStringLiteral("标题"),         QStringLiteral("参与人数"), QStringLiteral("服务人次"),
    QStringLiteral("解决问题件数"), QStringLiteral("帮扶户数"), QStringLiteral("帮扶资金(元)"),
    QStringLiteral("时长（小时）"), QStringLiteral("备注")};

// A valid row under `header`.
QStringList held(const QString &date, const QString &type = QStringLiteral("义诊"),
                 const QString &org = QStringLiteral("市医院第一党支部"))
{
    return {date,
            org,
            type,
            QStringLiteral("社区义诊"),
            QStringLiteral("12"),
            QStringLiteral("150"),
            QStringLiteral("3"),
            {},
            QStringLiteral("1,234.50"),
            QStringLiteral("2.5"),
            QStringLiteral("带药品")};
}

Sheet twoActivities()
{
    Sheet sheet = textSheet({header,
                             held(QStringLiteral("2024-03-05")),
                             {{},
                              QStringLiteral("中共晋江市医院第二支部委员会"),
                              QStringLiteral("支部委员会"),
                              QStringLiteral("四月支委会"),
                              QStringLiteral("5人"),
                              {},
                              {},
                              {},
                              {},
                              QStringLiteral("2小时"),
                              {}}});
    sheet.rows[2][0] = dateCell(QDate(2024, 4, 1), 45383);
    sheet.rows[2][8] = numberCell(1234.5, QStringLiteral("1234.5"));
    return sheet;
}

ActivityImportPlan planned(const Ledger &ledger, const Sheet &sheet,
                           const ActivityImportOptions &options = {})
{
    auto mapping = ActivityImport::detect(sheet);
    INFO(mapping.error().toStdString());
    REQUIRE(mapping.ok());
    auto plan = ActivityImport::plan(ledger, sheet, mapping.value(), options);
    INFO(plan.error().toStdString());
    REQUIRE(plan.ok());
    return plan.value();
}
} // namespace

TEST_CASE("Activities are read with their figures, funds exact to the fen", "[import]")
{
    Activities a;
    ActivityImportPlan plan = planned(*a.ledger, twoActivities());
    for (const ImportProblem &p : plan.report.errors)
        UNSCOPED_INFO(p.row << " " << p.column.toStdString() << ": " << p.reason.toStdString());
    REQUIRE(plan.report.errors.isEmpty());
    CHECK(plan.report.rows == 2);
    CHECK(plan.report.inserted == 2);
    REQUIRE(ActivityImport::apply(*a.ledger, plan).value().written);

    const QList<Activity> stored = a.of2024();
    REQUIRE(stored.size() == 2);
    const Activity &clinic = stored.at(0);
    CHECK(clinic.date == QDate(2024, 3, 5));
    CHECK(clinic.orgId == a.tree.branchA);
    CHECK(clinic.typeId == a.typeNamed(QStringLiteral("义诊")));
    CHECK(clinic.title == QStringLiteral("社区义诊"));
    CHECK(clinic.headCount == 12);
    CHECK(clinic.figures.peopleServed == 150);
    CHECK(clinic.figures.problemsSolved == 3);
    CHECK(clinic.figures.households == 0);
    CHECK(clinic.figures.fundsFen == 123450);
    CHECK(clinic.figures.hours == 2.5);
    CHECK(clinic.note == QStringLiteral("带药品"));
    const Activity &meeting = stored.at(1);
    CHECK(meeting.date == QDate(2024, 4, 1));
    CHECK(meeting.orgId == a.tree.branchB);
    CHECK(meeting.typeId == a.typeNamed(QStringLiteral("支部委员会")));
    CHECK(meeting.headCount == 5);
    CHECK(meeting.figures.fundsFen == 123450);
    CHECK(meeting.figures.hours == 2.0);
}

TEST_CASE("Activity rows that cannot be imported say why, before anything is written", "[import]")
{
    Activities a;
    QStringList tooPrecise = held(QStringLiteral("2024-03-05"));
    tooPrecise[8] = QStringLiteral("1234.567");
    QStringList negative = held(QStringLiteral("2024-03-05"));
    negative[5] = QStringLiteral("-5");
    QStringList unknownOrg = held(QStringLiteral("2024-03-05"));
    unknownOrg[1] = QStringLiteral("不存在的支部");
    QStringList noDate = held({});
    QStringList badHours = held(QStringLiteral("2024-03-05"));
    badHours[9] = QStringLiteral("两小时");
    QStringList halfPerson = held(QStringLiteral("2024-03-05"));
    halfPerson[4] = QStringLiteral("1.5");
    Sheet sheet = textSheet({
        header,
        tooPrecise,                                                   // 2
        negative,                                                     // 3
        held(QStringLiteral("1980-01-01")),                           // 4
        unknownOrg,                                                   // 5
        held(QStringLiteral("2024-03-05"), QStringLiteral("读书会")), // 6
        noDate,                                                       // 7
        badHours,                                                     // 8
        halfPerson,                                                   // 9
        held(QStringLiteral("2024-03-05")),                           // 10
    });
    sheet.rows[9][8] = numberCell(1234.567, QStringLiteral("1234.567")); // row 10

    const QByteArray before = untouchedHash(a.ledger, a.path);
    ActivityImportPlan plan = planned(*a.ledger, sheet);
    std::vector<std::pair<int, QString>> places;
    for (const ImportProblem &p : plan.report.errors) {
        UNSCOPED_INFO(p.row << " " << p.column.toStdString() << ": " << p.reason.toStdString());
        places.emplace_back(p.row, p.column);
    }
    const QString funds = QStringLiteral("帮扶资金(元)");
    CHECK(places == std::vector<std::pair<int, QString>>{{2, funds},
                                                         {3, QStringLiteral("服务人次")},
                                                         {4, QStringLiteral("日期")},
                                                         {5, QStringLiteral("组织")},
                                                         {6, QStringLiteral("类型")},
                                                         {7, QStringLiteral("日期")},
                                                         {8, QStringLiteral("时长（小时）")},
                                                         {9, QStringLiteral("参与人数")},
                                                         {10, funds}});
    REQUIRE(plan.report.errors.size() == 9);
    CHECK(plan.report.errors.at(0).reason.contains(QStringLiteral("two decimals")));
    CHECK(plan.report.errors.at(1).reason.contains(QStringLiteral("negative")));
    CHECK(plan.report.errors.at(2).reason.contains(QStringLiteral("1985-07-01")));
    REQUIRE(plan.unknownTypes.size() == 1);
    CHECK(plan.unknownTypes.first().name == QStringLiteral("读书会"));
    CHECK(plan.unknownTypes.first().rows == QList<int>{6});

    const auto report = ActivityImport::apply(*a.ledger, plan);
    REQUIRE(report.ok());
    CHECK_FALSE(report->written);
    CHECK(closedHash(a.ledger, a.path) == before);

    CHECK(ActivityImport::fieldLabel(ActivityField::Funds) == QStringLiteral("Funds (yuan)"));
}

TEST_CASE("Unknown activity types are created with the flag", "[import]")
{
    Activities a;
    const Sheet sheet =
        textSheet({header, held(QStringLiteral("2024-03-05"), QStringLiteral("读书会")),
                   held(QStringLiteral("2024-05-05"), QStringLiteral("读书会"))});
    ActivityImportOptions options;
    options.createMissingTypes = true;
    ActivityImportPlan plan = planned(*a.ledger, sheet, options);
    REQUIRE(plan.report.errors.isEmpty());
    CHECK(plan.newTypes.size() == 1);
    CHECK(plan.report.created == QStringList{QStringLiteral("Activity type 读书会")});

    QUndoStack stack;
    ImportEditor editor(a.ledger.get(), &stack);
    REQUIRE(editor.importActivities(plan).value().written);
    const qint64 type = a.typeNamed(QStringLiteral("读书会"));
    REQUIRE(type > 0);
    for (const ActivityType &t : a.ledger->activityTypes().value()) {
        if (t.id == type)
            CHECK_FALSE(t.isDuty);
    }
    const QList<Activity> stored = a.of2024();
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).typeId == type);

    stack.undo();
    CHECK(a.of2024().isEmpty());
    CHECK(a.typeNamed(QStringLiteral("读书会")) == 0);
    stack.redo();
    CHECK(a.typeNamed(QStringLiteral("读书会")) == type);
    REQUIRE(a.of2024().size() == 2);
    CHECK(a.of2024().at(0).id == stored.at(0).id);
}

TEST_CASE("An activity dry run and a cancelled import write nothing", "[import]")
{
    Activities a;
    const QByteArray before = untouchedHash(a.ledger, a.path);
    const auto dry =
        ActivityImport::importSheet(*a.ledger, twoActivities(), {}, ImportMode::DryRun);
    REQUIRE(dry.ok());
    CHECK(dry->inserted == 2);
    CHECK_FALSE(dry->written);
    ActivityImportPlan plan = planned(*a.ledger, twoActivities());
    qint64 told = 0;
    const auto cancelled =
        ActivityImport::apply(*a.ledger, plan, ImportMode::Write, [&](qint64 done, qint64 total) {
            told = done;
            return done < total; // stop at the end
        });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(told == 2);
    CHECK(cancelled.error().contains(QStringLiteral("Cancelled")));
    CHECK(closedHash(a.ledger, a.path) == before);
}
