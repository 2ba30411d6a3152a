#include "ledger.h"
#include "ledgerfile.h"
#include "schema.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

TEST_CASE("A new ledger has the current format, our application id and foreign keys on", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.pldb"));
    createLedger(path).reset();
    const auto header = LedgerFile::inspect(path, Schema::currentVersion());
    REQUIRE(header.ok());
    CHECK(header->applicationId == LedgerFile::ApplicationId);
    CHECK(header->userVersion == Schema::currentVersion());

    auto ledger = Ledger::open(path);
    REQUIRE(ledger.ok());
    // A reference to a missing organization is refused, which only happens with foreign keys on.
    Member orphan = validMember(4242);
    const auto added = ledger.value()->addMember(orphan);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().contains(QStringLiteral("not in the ledger")));
}

TEST_CASE("Create refuses to overwrite an existing file", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.pldb"));
    writeBytes(path, "keep me");
    const auto created = Ledger::create(path);
    REQUIRE_FALSE(created.ok());
    CHECK(fileBytes(path) == "keep me");
}

TEST_CASE("Units, organizations and members come back as they were written", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roundtrip.pldb"));
    SmallTree tree;
    Member written;
    {
        auto ledger = createLedger(path);
        tree = addSmallTree(*ledger);
        written = validMember(tree.branchB);
        written.unitId = tree.unit;
        written.partyPosts = {{tree.branchB, QStringLiteral("书记")},
                              {tree.committee, QStringLiteral("委员")}};
        auto id = ledger->addMember(written);
        REQUIRE(id.ok());
        written.id = id.value();
    }
    auto reopened = Ledger::open(path);
    REQUIRE(reopened.ok());
    Ledger &ledger = *reopened.value();

    const auto units = ledger.units();
    REQUIRE(units->size() == 1);
    CHECK(units->first().name == QStringLiteral("晋江市医院"));
    CHECK(units->first().shortName == QStringLiteral("市医院"));

    const auto orgs = ledger.organizations();
    REQUIRE(orgs->size() == 4);
    const Organization &committee = orgs->first();
    CHECK(committee.id == tree.committee);
    CHECK(committee.parentId == 0);
    CHECK(committee.kind == OrgKind::Committee);
    CHECK(committee.fullName == QStringLiteral("中共晋江市医院委员会"));
    CHECK(committee.founded == QDate(1985, 7, 1));
    CHECK_FALSE(committee.dissolved.isValid());
    const auto group = std::find_if(orgs->begin(), orgs->end(),
                                    [&](const Organization &o) { return o.id == tree.group; });
    REQUIRE(group != orgs->end());
    CHECK(group->kind == OrgKind::Group);
    CHECK(group->parentId == tree.branchB);

    const auto members = ledger.members();
    REQUIRE(members->size() == 1);
    const Member &m = members->first();
    CHECK(m.id == written.id);
    CHECK(m.name == written.name);
    CHECK(m.gender == Gender::Male);
    CHECK(m.ethnicity == written.ethnicity);
    CHECK(m.birthDate == written.birthDate);
    CHECK(m.idNumber == written.idNumber);
    CHECK(m.education == written.education);
    CHECK(m.phone == written.phone);
    CHECK(m.unitId == tree.unit);
    CHECK(m.adminPost == written.adminPost);
    CHECK(m.title == written.title);
    CHECK(m.orgId == tree.branchB);
    CHECK(m.partyPosts == written.partyPosts);
    CHECK(m.category == MemberCategory::Full);
    CHECK(m.applicationDate == written.applicationDate);
    CHECK(m.activistDate == written.activistDate);
    CHECK(m.candidateDate == written.candidateDate);
    CHECK(m.joinDate == written.joinDate);
    CHECK(m.confirmDate == written.confirmDate);
    CHECK(m.status == MemberStatus::Active);
}

TEST_CASE("Transfers and awards round trip", "[store]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("awards.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    const qint64 memberId = ledger->addMember(validMember(tree.branchA)).value();

    REQUIRE(ledger
                ->addTransfer({0,
                               memberId,
                               tree.branchA,
                               tree.branchB,
                               {},
                               QDate(2022, 3, 1),
                               QStringLiteral("科室调整")})
                .ok());
    REQUIRE(ledger
                ->addTransfer({0,
                               memberId,
                               tree.branchB,
                               0,
                               QStringLiteral("中共泉州市第一医院委员会"),
                               QDate(2023, 5, 2),
                               {}})
                .ok());
    const auto transfers = ledger->transfers(memberId);
    REQUIRE(transfers->size() == 2);
    CHECK(transfers->at(0).toOrgId == tree.branchB);
    CHECK(transfers->at(0).note == QStringLiteral("科室调整"));
    CHECK(transfers->at(1).toOrgId == 0);
    CHECK(transfers->at(1).externalOrg == QStringLiteral("中共泉州市第一医院委员会"));
    CHECK(transfers->at(1).date == QDate(2023, 5, 2));

    Award award;
    award.title = QStringLiteral("两优一先表彰");
    award.date = QDate(2021, 6, 28);
    award.level = AwardLevel::County;
    award.grantor = QStringLiteral("中共晋江市卫计系统委员会");
    award.categories = {
        {0,
         QStringLiteral("优秀共产党员"),
         RecipientKind::Person,
         {{0, memberId, 0, QStringLiteral("蔡良友"), QStringLiteral("市医院办公室主任")},
          {0, 0, 0, QStringLiteral("王外人"), QStringLiteral("外单位")}}},
        {0,
         QStringLiteral("先进基层党组织"),
         RecipientKind::Organization,
         {{0, 0, tree.branchA, QStringLiteral("中共晋江市医院第一支部委员会"), {}}}},
        {0, QStringLiteral("空类别"), RecipientKind::Person, {}},
    };
    REQUIRE(ledger->addAward(award).ok());
    const auto awards = ledger->awards();
    REQUIRE(awards->size() == 1);
    const Award &read = awards->first();
    CHECK(read.title == award.title);
    CHECK(read.level == AwardLevel::County);
    REQUIRE(read.categories.size() == 3);
    CHECK(read.categories[0].recipients.size() == 2);
    CHECK(read.categories[0].recipients[0].memberId == memberId);
    CHECK(read.categories[0].recipients[1].name == QStringLiteral("王外人"));
    CHECK(read.categories[0].recipients[1].memberId == 0);
    CHECK(read.categories[1].recipientKind == RecipientKind::Organization);
    CHECK(read.categories[1].recipients[0].orgId == tree.branchA);
    CHECK(read.categories[2].recipients.isEmpty());
}

TEST_CASE("A failed write leaves nothing of itself behind", "[store]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("atomic.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    Member first = validMember(tree.branchA, QStringLiteral("甲"));
    Member twin = validMember(tree.branchA, QStringLiteral("乙")); // same ID number

    const auto written = ledger->write([&]() -> Result<void> {
        if (auto a = ledger->addMember(first); !a)
            return Error{a.error()};
        if (auto b = ledger->addMember(twin); !b)
            return Error{b.error()};
        return {};
    });
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().contains(QStringLiteral("already recorded")));
    CHECK(ledger->members()->isEmpty());
    // The connection is usable again after the rollback.
    CHECK(ledger->addMember(first).ok());
    CHECK(ledger->members()->size() == 1);
}

TEST_CASE("An invalid member is refused before it reaches the file", "[store]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("invalid.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    Member m = validMember(tree.branchA);
    m.idNumber = QStringLiteral("350582197604121239"); // wrong check digit
    const auto added = ledger->addMember(m);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().contains(QStringLiteral("蔡良友")));
    CHECK(ledger->members()->isEmpty());
}

TEST_CASE("Counts report organizations by kind and members on the roll", "[store]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("counts.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    Member full = validMember(tree.branchA, QStringLiteral("甲"));
    Member probationary = validMember(tree.branchB, QStringLiteral("乙"));
    probationary.idNumber.clear();
    probationary.category = MemberCategory::Probationary;
    probationary.confirmDate = QDate();
    Member gone = validMember(tree.branchB, QStringLiteral("丙"));
    gone.idNumber.clear();
    gone.status = MemberStatus::Deceased;
    for (const Member &m : {full, probationary, gone})
        REQUIRE(ledger->addMember(m).ok());

    const auto counts = ledger->counts();
    REQUIRE(counts.ok());
    CHECK(counts->committees == 1);
    CHECK(counts->generalBranches == 0);
    CHECK(counts->branches == 2);
    CHECK(counts->groups == 1);
    CHECK(counts->members == 2);
    CHECK(counts->fullMembers == 1);
    CHECK(counts->probationaryMembers == 1);
}

TEST_CASE("Save a copy writes a complete ledger through the backup API", "[store]")
{
    QTemporaryDir dir;
    const QString demo = writeDemo(dir);
    auto ledger = Ledger::open(demo);
    REQUIRE(ledger.ok());
    const QString copy = dir.filePath(QStringLiteral("copy.pldb"));
    REQUIRE(ledger.value()->saveCopy(copy).ok());
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".partial")));
    auto opened = Ledger::open(copy, Ledger::Access::ReadOnly);
    REQUIRE(opened.ok());
    CHECK(opened.value()->members()->size() == ledger.value()->members()->size());
    CHECK_FALSE(ledger.value()->saveCopy(demo).ok()); // never over the open ledger itself
}

TEST_CASE("A read-only ledger reads but refuses every write", "[store]")
{
    QTemporaryDir dir;
    const QString demo = writeDemo(dir);
    const QByteArray before = fileBytes(demo);
    {
        auto ledger = Ledger::open(demo, Ledger::Access::ReadOnly);
        REQUIRE(ledger.ok());
        CHECK(ledger.value()->isReadOnly());
        CHECK(ledger.value()->members()->size() == 72);
        const auto added = ledger.value()->addUnit({0, QStringLiteral("新单位"), {}});
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().contains(QStringLiteral("read-only")));
    }
    CHECK(fileBytes(demo) == before);
}
