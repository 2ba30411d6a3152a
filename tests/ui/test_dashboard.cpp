#include "chartmodels.h"
#include "dashboardpage.h"
#include "ledger.h"
#include "orgtreemodel.h"
#include "translations.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {

QHash<qint64, int> membersByOrg(const Ledger &ledger)
{
    QHash<qint64, int> counts;
    for (const RosterEntry &m : ledger.roster().value())
        ++counts[m.orgId];
    return counts;
}

void loadTree(OrgTreeModel &tree, const Ledger &ledger)
{
    tree.setOrganizations(ledger.organizations().value(), membersByOrg(ledger));
}

QAbstractBarSeries *bars(const DashboardPage &page, DashboardPage::Chart chart)
{
    auto *series =
        qobject_cast<QAbstractBarSeries *>(page.chartView(chart)->chart()->series().value(0));
    REQUIRE(series);
    return series;
}

QPieSeries *pie(const DashboardPage &page, DashboardPage::Chart chart)
{
    auto *series = qobject_cast<QPieSeries *>(page.chartView(chart)->chart()->series().value(0));
    REQUIRE(series);
    return series;
}

QBarSet *setNamed(QAbstractBarSeries *series, const QString &label)
{
    for (QBarSet *set : series->barSets()) {
        if (set->label() == label)
            return set;
    }
    FAIL("no bar set " << label.toStdString());
    return nullptr;
}

// A small ledger with members in both branches and the group, honors in two years and
// activities in 2024.
struct SmallDashboard {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    SmallTree tree;
    OrgTreeModel model;
    qint64 fundsFen = 0;
    qint64 peopleServed = 0;
    qint64 households = 0;
    int activities = 0;

    SmallDashboard()
    {
        ledger = createLedger(dir.filePath(QStringLiteral("d.pldb")));
        tree = addSmallTree(*ledger);
        QList<qint64> people;
        auto add = [this, &people](qint64 orgId, const QString &name, Gender gender, QDate birth,
                                   QDate joined, const QString &education,
                                   MemberCategory category = MemberCategory::Full) {
            Member m = validMember(orgId, name);
            m.idNumber.clear();
            m.gender = gender;
            m.birthDate = birth;
            m.joinDate = joined;
            m.confirmDate = category == MemberCategory::Full ? joined.addYears(1) : QDate();
            m.category = category;
            m.applicationDate = m.activistDate = m.candidateDate = QDate();
            m.education = education;
            m.partyPosts.clear();
            auto id = ledger->addMember(m);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
            people.append(id.value());
        };
        add(tree.branchA, QStringLiteral("甲"), Gender::Male, QDate(1990, 3, 1), QDate(2015, 7, 1),
            QStringLiteral("大学本科"));
        add(tree.branchA, QStringLiteral("乙"), Gender::Female, QDate(1985, 3, 1),
            QDate(2015, 7, 1), QStringLiteral("研究生"));
        add(tree.branchA, QStringLiteral("丙"), Gender::Female, QDate(1999, 3, 1),
            QDate(2025, 1, 2), QStringLiteral("大学本科"), MemberCategory::Probationary);
        add(tree.branchB, QStringLiteral("丁"), Gender::Male, QDate(1970, 3, 1), QDate(1998, 7, 1),
            QStringLiteral("大专"));
        add(tree.group, QStringLiteral("戊"), Gender::Female, QDate(1962, 3, 1), QDate(2019, 7, 1),
            QStringLiteral("大学本科"));

        auto award = [this](AwardLevel level, QDate date, const QList<qint64> &memberIds) {
            Award a;
            a.title = QStringLiteral("表彰决定");
            a.date = date;
            a.level = level;
            a.grantor = QStringLiteral("晋江市卫健局");
            AwardCategory category;
            category.name = QStringLiteral("优秀共产党员");
            for (qint64 id : memberIds) {
                const Member m = ledger->member(id).value();
                category.recipients.append({0, id, 0, m.name, QString()});
            }
            a.categories = {category};
            auto added = ledger->addAward(a);
            INFO(added.error().toStdString());
            REQUIRE(added.ok());
        };
        award(AwardLevel::County, QDate(2023, 6, 30), {people[0], people[3]});
        award(AwardLevel::Provincial, QDate(2024, 7, 1), {people[1]});
        award(AwardLevel::County, QDate(2024, 6, 28), {people[4]});

        const QList<ActivityType> types = ledger->activityTypes().value();
        auto typeId = [&types](const QString &name) {
            for (const ActivityType &t : types) {
                if (t.name == name)
                    return t.id;
            }
            FAIL("no activity type " << name.toStdString());
            return qint64(0);
        };
        auto activity = [this](qint64 orgId, qint64 type, QDate date, qint64 served, qint64 helped,
                               qint64 fen) {
            Activity a;
            a.orgId = orgId;
            a.typeId = type;
            a.date = date;
            a.title = QStringLiteral("活动");
            a.headCount = 5;
            a.figures.peopleServed = served;
            a.figures.households = helped;
            a.figures.fundsFen = fen;
            auto added = ledger->addActivity(a);
            INFO(added.error().toStdString());
            REQUIRE(added.ok());
            peopleServed += served;
            households += helped;
            fundsFen += fen;
            ++activities;
        };
        const qint64 clinic = typeId(QStringLiteral("义诊"));
        const qint64 committee = typeId(QStringLiteral("支部委员会"));
        activity(tree.branchA, clinic, QDate(2024, 3, 5), 120, 0, 0);
        activity(tree.branchA, clinic, QDate(2024, 3, 19), 1500, 3, 123456);
        activity(tree.branchB, clinic, QDate(2024, 9, 9), 80, 2, 50000);
        activity(tree.branchA, committee, QDate(2024, 3, 12), 0, 0, 0);
        activity(tree.branchB, committee, QDate(2024, 5, 12), 0, 0, 0);
        activity(tree.branchB, committee, QDate(2023, 5, 12), 0, 0, 0); // another year
        loadTree(model, *ledger);
    }
};

struct ShownPage {
    DashboardPage page;
    explicit ShownPage(const OrgTreeModel *tree)
        : page(tree)
    {
        page.resize(1400, 900);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }
};

} // namespace

TEST_CASE("The dashboard's charts hold the ledger's figures", "[dashboard-ui]")
{
    SmallDashboard d;
    ShownPage shown(&d.model);
    DashboardPage &page = shown.page;
    for (int c = 0; c < DashboardPage::ChartCount; ++c) {
        QAbstractItemModelTester tester(page.chartModel(DashboardPage::Chart(c)),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    QAbstractItemModelTester shortfallTester(page.shortfallModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setLedger(d.ledger.get());
    page.setYear(2024);
    page.setOrganization(d.tree.committee);
    CHECK(page.year() == 2024);
    CHECK(page.heading() == QStringLiteral("市医院党委"));

    SECTION("members per child organization are the tree's rolled-up totals")
    {
        QAbstractBarSeries *series = bars(page, DashboardPage::MembersByOrganization);
        REQUIRE(series->count() == 1);
        const QBarSet *set = series->barSets().first();
        REQUIRE(set->count() == 2); // the two branches; the committee has no members of its own
        // Horizontal bars are drawn from the bottom: the first organization is the last bar.
        CHECK(set->at(1) == d.model.memberTotal(d.tree.branchA));
        CHECK(set->at(0) == d.model.memberTotal(d.tree.branchB));
        CHECK(set->at(1) == 3);
        CHECK(set->at(0) == 2); // with the group's member
        auto *axis =
            qobject_cast<QBarCategoryAxis *>(page.chartView(DashboardPage::MembersByOrganization)
                                                 ->chart()
                                                 ->axes(Qt::Vertical)
                                                 .value(0));
        REQUIRE(axis);
        CHECK(axis->categories() ==
              QStringList{QStringLiteral("市医院第二党支部"), QStringLiteral("市医院第一党支部")});
        const ChartTableModel *model = page.chartModel(DashboardPage::MembersByOrganization);
        CHECK(model->key(0).toLongLong() == d.tree.branchA);
        CHECK(model->key(1).toLongLong() == d.tree.branchB);
        CHECK(model->cell(0, 0).toString() == QStringLiteral("市医院第一党支部"));
    }

    SECTION("the member structure is the ledger's")
    {
        const MemberStructure s =
            d.ledger->memberStructure(d.tree.committee, QDate::currentDate()).value();
        REQUIRE(s.total() == 5);
        CHECK(page.figureText(DashboardPage::Members) == QStringLiteral("5"));
        CHECK(page.figureText(DashboardPage::Retirees) == QString::number(s.retirees));

        QPieSeries *gender = pie(page, DashboardPage::Gender);
        REQUIRE(gender->count() == 2);
        CHECK(gender->slices().at(0)->value() == s.male);
        CHECK(gender->slices().at(1)->value() == s.female);
        CHECK(gender->slices().at(1)->label().startsWith(QStringLiteral("Female")));
        CHECK(gender->sum() == s.total());

        QPieSeries *category = pie(page, DashboardPage::Category);
        REQUIRE(category->count() == 2);
        CHECK(category->slices().at(0)->value() == s.full);
        CHECK(category->slices().at(1)->value() == s.probationary);
        CHECK(s.probationary == 1);

        const QBarSet *ages = bars(page, DashboardPage::AgeBands)->barSets().value(0);
        REQUIRE(ages);
        REQUIRE(ages->count() == s.ageBands.size());
        for (int i = 0; i < ages->count(); ++i) {
            CHECK(ages->at(ages->count() - 1 - i) == s.ageBands[i].second);
            CHECK(page.chartModel(DashboardPage::AgeBands)->cell(i, 0) == s.ageBands[i].first);
        }

        const QBarSet *education = bars(page, DashboardPage::Education)->barSets().value(0);
        REQUIRE(education);
        REQUIRE(education->count() == s.education.size());
        for (int i = 0; i < education->count(); ++i)
            CHECK(education->at(education->count() - 1 - i) == s.education[i].second);
        CHECK(page.chartModel(DashboardPage::Education)->cell(0, 0) == QStringLiteral("大学本科"));
    }

    SECTION("new members per year are the ledger's over twenty years, the years between at zero")
    {
        auto *line = qobject_cast<QLineSeries *>(
            page.chartView(DashboardPage::NewMembers)->chart()->series().value(0));
        REQUIRE(line);
        const QList<YearCount> years =
            d.ledger->memberStructure(d.tree.committee, QDate::currentDate()).value().joinedPerYear;
        REQUIRE(line->count() == 20);
        CHECK(line->at(0).x() == 2005);
        CHECK(line->at(19).x() == 2024);
        QHash<int, int> expected;
        for (const YearCount &y : years)
            expected.insert(y.year, y.count);
        for (const QPointF &point : line->points())
            CHECK(point.y() == expected.value(int(point.x())));
        CHECK(line->at(2015 - 2005) == QPointF(2015, 2));
        CHECK(line->at(2019 - 2005) == QPointF(2019, 1));
        CHECK(expected.value(1998) == 1); // before the twenty years: not drawn
    }

    SECTION("honors are stacked by level over the five years up to the chosen one")
    {
        QAbstractBarSeries *series = bars(page, DashboardPage::Honors);
        const ChartTableModel *model = page.chartModel(DashboardPage::Honors);
        REQUIRE(model->rowCount() == 5);
        CHECK(model->cell(0, 0) == QStringLiteral("2020"));
        CHECK(model->cell(4, 0) == QStringLiteral("2024"));
        REQUIRE(series->count() == 2); // the levels that have honors, in rank order
        CHECK(series->barSets().at(0)->label() == AwardVocabulary::label(AwardLevel::Provincial));
        int total = 0;
        for (const HonorCount &h : d.ledger->honorsPerLevelAndYear(d.tree.committee).value()) {
            CHECK(setNamed(series, AwardVocabulary::label(h.level))->at(h.year - 2020) == h.count);
            total += h.count;
        }
        CHECK(total == 4);
        double shown = 0;
        for (const QBarSet *set : series->barSets())
            shown += set->sum();
        CHECK(shown == total);
    }

    SECTION("activities are stacked by type over the months of the year")
    {
        QAbstractBarSeries *series = bars(page, DashboardPage::Activities);
        REQUIRE(page.chartModel(DashboardPage::Activities)->rowCount() == 12);
        CHECK(page.chartModel(DashboardPage::Activities)->cell(11, 0) == QStringLiteral("12"));
        REQUIRE(series->count() == 2);
        // In the type list's order: 支部委员会 before 义诊.
        CHECK(series->barSets().at(0)->label() == QStringLiteral("支部委员会"));
        CHECK(series->barSets().at(1)->label() == QStringLiteral("义诊"));
        const QList<MonthlyTypeCount> counts =
            d.ledger->activitiesPerMonth(d.tree.committee, 2024).value();
        int total = 0;
        for (const MonthlyTypeCount &c : counts) {
            CHECK(setNamed(series, c.typeName)->at(c.month - 1) == c.count);
            total += c.count;
        }
        CHECK(total == 5);
        CHECK(setNamed(series, QStringLiteral("义诊"))->at(2) == 2); // March
        double shown = 0;
        for (const QBarSet *set : series->barSets())
            shown += set->sum();
        CHECK(shown == total);
    }

    SECTION("the service figures are the year's sums")
    {
        CHECK(page.figureText(DashboardPage::ActivityCount) == QStringLiteral("5"));
        CHECK(page.figureText(DashboardPage::PeopleServed) == QLocale().toString(d.peopleServed));
        CHECK(page.figureText(DashboardPage::PeopleServed) == QStringLiteral("1,700"));
        CHECK(page.figureText(DashboardPage::Households) == QStringLiteral("5"));
        CHECK(page.figureText(DashboardPage::Funds) == ActivityVocabulary::yuan(d.fundsFen));
        INFO(page.figureText(DashboardPage::Funds).toStdString());
        CHECK(page.figureText(DashboardPage::Funds) == QStringLiteral("1,734.56"));
        const auto statistics =
            d.ledger->activityStatistics(d.tree.committee, Period::year(2024)).value();
        CHECK(statistics.figures.peopleServed == d.peopleServed);
    }

    SECTION("the shortfall table lists the ledger's shortfalls")
    {
        const QList<Shortfall> shortfalls =
            d.ledger->dutyShortfalls(d.tree.committee, Period::year(2024)).value();
        const ChartTableModel *model = page.shortfallModel();
        REQUIRE(model->rowCount() == shortfalls.size());
        REQUIRE(!shortfalls.isEmpty());
        CHECK(model->cell(0, 0) == shortfalls.first().orgName);
        CHECK(model->cell(0, 1) == shortfalls.first().typeName);
        const Period period = shortfalls.first().period;
        CHECK(model->cell(0, 2) ==
              (period.kind == Period::Kind::Month
                   ? QLocale().monthName(period.first.month(), QLocale::ShortFormat)
                   : QStringLiteral("Q%1").arg((period.first.month() - 1) / 3 + 1)));
        CHECK(
            model->cell(0, 3) ==
            QStringLiteral("%1/%2").arg(shortfalls.first().held).arg(shortfalls.first().required));
        QSignalSpy clicked(&page, &DashboardPage::organizationClicked);
        Q_EMIT page.shortfallView()->activated(model->index(0, 0));
        REQUIRE(clicked.size() == 1);
        CHECK(clicked.first().first().toLongLong() == shortfalls.first().orgId);
    }

    SECTION("another organization or year reads again, quickly")
    {
        QElapsedTimer timer;
        timer.start();
        page.setOrganization(d.tree.branchB);
        CHECK(timer.elapsed() < 300);
        CHECK(page.heading() == QStringLiteral("市医院第二党支部"));
        // Branch B: its group, and the member directly in the branch.
        const QBarSet *set = bars(page, DashboardPage::MembersByOrganization)->barSets().first();
        REQUIRE(set->count() == 2);
        CHECK(set->at(0) == 1);
        CHECK(set->at(1) == 1);
        CHECK(page.chartModel(DashboardPage::MembersByOrganization)->key(0).toLongLong() ==
              d.tree.group);
        CHECK(page.chartModel(DashboardPage::MembersByOrganization)->key(1).toLongLong() ==
              d.tree.branchB);
        CHECK(page.figureText(DashboardPage::ActivityCount) == QStringLiteral("2"));

        page.setYear(2023);
        CHECK(page.figureText(DashboardPage::ActivityCount) == QStringLiteral("1"));
        CHECK(page.chartModel(DashboardPage::Honors)->cell(4, 0) == QStringLiteral("2023"));

        // The whole ledger: the committee is the one top-level organization.
        page.setOrganization(0);
        const QBarSet *top = bars(page, DashboardPage::MembersByOrganization)->barSets().first();
        REQUIRE(top->count() == 1);
        CHECK(top->at(0) == 5);
        CHECK(page.figureText(DashboardPage::Members) == QStringLiteral("5"));
    }
}

TEST_CASE("The dashboard reads the ledger only when shown", "[dashboard-ui]")
{
    SmallDashboard d;
    DashboardPage page(&d.model);
    page.setLedger(d.ledger.get());
    page.setYear(2024);
    page.setOrganization(d.tree.committee);
    CHECK(page.chartModel(DashboardPage::Activities)->rowCount() == 0);
    CHECK(page.figureText(DashboardPage::Members) == QStringLiteral("\u2014"));
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.chartModel(DashboardPage::Activities)->rowCount() == 12);
    CHECK(page.figureText(DashboardPage::Members) == QStringLiteral("5"));

    // A new member changes the tree's counts: the page reads again on the next turn.
    Member m = validMember(d.tree.branchB, QStringLiteral("己"));
    REQUIRE(d.ledger->addMember(m).ok());
    loadTree(d.model, *d.ledger);
    (void)QTest::qWaitFor(
        [&page] { return page.figureText(DashboardPage::Members) != QLatin1String("5"); });
    CHECK(page.figureText(DashboardPage::Members) == QStringLiteral("6"));
    CHECK(bars(page, DashboardPage::MembersByOrganization)->barSets().first()->at(1) == 3);

    page.setLedger(nullptr);
    (void)QTest::qWaitFor(
        [&page] { return page.figureText(DashboardPage::Members) != QLatin1String("6"); });
    CHECK(page.figureText(DashboardPage::Members) == QStringLiteral("\u2014"));
    CHECK(bars(page, DashboardPage::MembersByOrganization)->count() == 0);
}

TEST_CASE("Clicking a bar selects its organization; hovering tells the figure", "[dashboard-ui]")
{
    SmallDashboard d;
    ShownPage shown(&d.model);
    DashboardPage &page = shown.page;
    page.setLedger(d.ledger.get());
    page.setYear(2024);
    page.setOrganization(d.tree.committee);

    QSignalSpy clicked(&page, &DashboardPage::organizationClicked);
    QAbstractBarSeries *series = bars(page, DashboardPage::MembersByOrganization);
    QBarSet *set = series->barSets().first();
    // The bars from the bottom: branch B, then branch A on top.
    Q_EMIT series->clicked(0, set);
    REQUIRE(clicked.size() == 1);
    CHECK(clicked.first().first().toLongLong() == d.tree.branchB);
    Q_EMIT series->clicked(1, set);
    REQUIRE(clicked.size() == 2);
    CHECK(clicked.last().first().toLongLong() == d.tree.branchA);

    QChartView *view = page.chartView(DashboardPage::MembersByOrganization);
    Q_EMIT series->hovered(true, 1, set);
    CHECK(view->toolTip() == QStringLiteral("市医院第一党支部: 3 members"));
    Q_EMIT series->hovered(false, 1, set);
    CHECK(view->toolTip().isEmpty());

    QAbstractBarSeries *activities = bars(page, DashboardPage::Activities);
    QBarSet *clinic = activities->barSets().at(1);
    Q_EMIT activities->hovered(true, 2, clinic);
    CHECK(page.chartView(DashboardPage::Activities)->toolTip() ==
          QStringLiteral("%1, 义诊: 2 activities").arg(QLocale().standaloneMonthName(3)));

    QPieSeries *gender = pie(page, DashboardPage::Gender);
    Q_EMIT gender->hovered(gender->slices().at(1), true);
    CHECK(page.chartView(DashboardPage::Gender)->toolTip() ==
          QStringLiteral("Female: 3 members (60.0%)"));
}

TEST_CASE("The dashboard exports as one PDF page and each chart as a picture", "[dashboard-ui]")
{
    SmallDashboard d;
    ShownPage shown(&d.model);
    DashboardPage &page = shown.page;
    page.setLedger(d.ledger.get());
    page.setYear(2024);
    page.setOrganization(d.tree.committee);

    const QString pdf = d.dir.filePath(QStringLiteral("dashboard.pdf"));
    auto exported = page.exportPdf(pdf);
    INFO(exported.error().toStdString());
    REQUIRE(exported.ok());
    const QByteArray bytes = fileBytes(pdf);
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.contains("/Count 1"));
    if (const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        !pdfinfo.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {pdf});
        REQUIRE(info.waitForFinished(10000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        INFO(out.toStdString());
        CHECK(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        // Landscape A4: 842 x 595 points.
        CHECK(out.contains(
            QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595"))));
    }

    for (int c = 0; c < DashboardPage::ChartCount; ++c) {
        const auto chart = DashboardPage::Chart(c);
        const QString png = d.dir.filePath(QStringLiteral("chart%1.png").arg(c));
        auto saved = page.exportChartPng(chart, png);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        const QImage image(png);
        REQUIRE(!image.isNull());
        CHECK(image.size() == QSize(1200, 800));
        // Not blank: the title's dark text and the palette's colours are in it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        CHECK(colours.size() > 10);
    }
    CHECK(page.suggestedFileName(DashboardPage::Gender, QStringLiteral("png")) ==
          QStringLiteral("市医院党委-Gender.png"));
    CHECK(!page.exportChartPng(DashboardPage::Gender, d.dir.filePath(QStringLiteral("no/such.png")))
               .ok());
}

// Not run by default: writes the demo ledger's dashboard next to the build's tests, as
// dashboard.png (the page at 1400x900) and dashboard.pdf, for a person to look at.
TEST_CASE("The demo dashboard, for a person to look at", "[.][dashboard-look]")
{
    QTemporaryDir dir;
    auto ledger = Ledger::open(writeDemo(dir), Ledger::Access::ReadOnly);
    REQUIRE(ledger.ok());
    OrgTreeModel tree;
    loadTree(tree, *ledger.value());
    DashboardPage page(&tree);
    page.resize(1400, 900);
    page.setLedger(ledger.value().get());
    page.setYear(2025);
    if (qEnvironmentVariable("DASHBOARD_LANG") == QLatin1String("zh"))
        Translations::install(QStringLiteral("zh"));
    const qint64 root = tree.orgId(tree.index(0, 0));
    page.setOrganization(qEnvironmentVariableIntValue("DASHBOARD_ORG")
                             ? qEnvironmentVariableIntValue("DASHBOARD_ORG")
                             : root);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(100);
    const QDir out(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
    REQUIRE(page.grab().save(out.filePath(QStringLiteral("dashboard.png"))));
    REQUIRE(page.exportPdf(out.filePath(QStringLiteral("dashboard.pdf"))).ok());
    REQUIRE(page.exportChartPng(DashboardPage::Activities,
                                out.filePath(QStringLiteral("dashboard-activities.png")))
                .ok());
}
