#include <catch2/catch.hpp>

#include "idnumber.h"
#include "ledger.h"
#include "ledgercheck.h"
#include "syntheticledger.h"
#include "validation.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

using namespace PartyLedger;

namespace {

constexpr int Members = 2000;

std::unique_ptr<Ledger> generated(const QTemporaryDir &dir, const QString &name,
                                  const SyntheticOptions &options)
{
    const QString path = dir.filePath(name);
    const Result<void> written = SyntheticLedger::generate(path, options);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    auto ledger = Ledger::open(path);
    INFO(ledger.error().toStdString());
    REQUIRE(ledger.ok());
    return std::move(ledger.value());
}

// Name and ID number of every member, in order: enough to tell two ledgers apart.
QStringList roster(const Ledger &ledger)
{
    const auto members = ledger.members();
    REQUIRE(members.ok());
    QStringList lines;
    for (const Member &m : members.value())
        lines << m.name + u' ' + m.idNumber;
    return lines;
}

} // namespace

TEST_CASE("A synthetic ledger is a valid county system of the size asked for", "[synthetic]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto ledger = generated(dir, QStringLiteral("county.pldb"), {Members, 7, {}});

    const auto counts = ledger->counts();
    REQUIRE(counts.ok());
    CHECK(counts->members == Members);
    CHECK(counts->committees >= 3);
    CHECK(counts->generalBranches >= 2);
    CHECK(counts->groups >= 1);
    // About 22 members a branch, as in a real county.
    CHECK(counts->branches >= Members / 30);
    CHECK(counts->branches <= Members / 15);
    CHECK(counts->probationaryMembers >= Members / 100);
    CHECK(counts->probationaryMembers <= Members / 20);

    const auto organizations = ledger->organizations();
    REQUIRE(organizations.ok());
    QHash<qint64, Organization> byId;
    for (const Organization &org : organizations.value())
        byId.insert(org.id, org);
    int retireeBranches = 0;
    int nonPublic = 0;
    for (const Organization &org : organizations.value()) {
        INFO(org.fullName.toStdString());
        const auto parent = byId.constFind(org.parentId);
        const std::optional<OrgKind> parentKind =
            parent == byId.constEnd() ? std::nullopt : std::optional<OrgKind>(parent->kind);
        CHECK(OrgKinds::canBeChildOf(org.kind, parentKind));
        retireeBranches += org.isRetiree ? 1 : 0;
        nonPublic += org.isNonPublic ? 1 : 0;
    }
    CHECK(retireeBranches >= 1);
    CHECK(nonPublic >= 1);

    const auto members = ledger->members();
    REQUIRE(members.ok());
    QSet<QString> idNumbers;
    QSet<qint64> secretaryOf;
    for (const Member &m : members.value()) {
        INFO(m.name.toStdString() << " " << m.idNumber.toStdString());
        CHECK(MemberValidator::validate(m).isEmpty());
        CHECK(byId.value(m.orgId).holdsMembers());
        const auto id = IdNumber::parse(m.idNumber);
        REQUIRE(id.ok());
        CHECK(id->birthDate == m.birthDate);
        CHECK(id->gender == m.gender);
        idNumbers.insert(m.idNumber);
        for (const PartyPost &post : m.partyPosts) {
            if (post.post == QStringLiteral("书记"))
                secretaryOf.insert(post.orgId);
        }
    }
    CHECK(idNumbers.size() == Members);
    // Every branch has a secretary.
    for (const Organization &org : organizations.value()) {
        if (org.kind == OrgKind::Branch && !org.isDissolved())
            CHECK(secretaryOf.contains(org.id));
    }

    const auto problems = LedgerCheck::run(*ledger);
    REQUIRE(problems.ok());
    INFO(problems->join(u'\n').toStdString());
    CHECK(problems->isEmpty());
}

TEST_CASE("A synthetic ledger depends on its seed alone", "[synthetic]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDate day(2025, 6, 30);
    const QStringList first = roster(*generated(dir, QStringLiteral("a.pldb"), {Members, 42, day}));
    const QStringList again = roster(*generated(dir, QStringLiteral("b.pldb"), {Members, 42, day}));
    const QStringList other = roster(*generated(dir, QStringLiteral("c.pldb"), {Members, 43, day}));
    CHECK(first.size() == Members);
    CHECK(first == again);
    CHECK(first != other);
}

TEST_CASE("A synthetic ledger that cannot be written leaves nothing behind", "[synthetic]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK_FALSE(SyntheticLedger::generate(dir.filePath(QStringLiteral("none.pldb")), {0, 1, {}}));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.pldb"))));
    const QDate tomorrow = QDate::currentDate().addDays(1);
    CHECK_FALSE(
        SyntheticLedger::generate(dir.filePath(QStringLiteral("later.pldb")), {10, 1, tomorrow}));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("later.pldb"))));

    // An existing file is refused and kept as it was.
    const QString existing = dir.filePath(QStringLiteral("existing.pldb"));
    QFile file(existing);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    CHECK_FALSE(SyntheticLedger::generate(existing, {10, 1, {}}));
    CHECK(QFileInfo(existing).size() == 7);
}
