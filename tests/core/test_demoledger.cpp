#include "demoledger.h"
#include "ledger.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
struct PublishedSection {
    QString heading;
    int count = 0;
    QStringList lines; // "蔡良友 晋江市卫生健康局办公室主任"
};

// The honor list as published (tests/fixtures/guangrongbang-2021.txt, copied from the newspaper
// page in shared/reference): "一、优秀共产党员(61名)" headings, then "- name citation" lines.
QList<PublishedSection> publishedList()
{
    QFile file(QStringLiteral(PARTYLEDGER_FIXTURES "/guangrongbang-2021.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QRegularExpression heading(QStringLiteral("^[一二三]、(.+)\\((\\d+)[名个]\\)$"));
    QList<PublishedSection> sections;
    for (const QString &raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        const auto match = heading.match(line);
        if (match.hasMatch())
            sections.append({match.captured(1), match.captured(2).toInt(), {}});
        else if (line.startsWith(QLatin1String("- ")) && !sections.isEmpty())
            sections.last().lines << line.mid(2);
    }
    return sections;
}
} // namespace

TEST_CASE("The demo ledger holds the published 2021 honor list exactly", "[demo]")
{
    QTemporaryDir dir;
    auto ledger = Ledger::open(writeDemo(dir));
    REQUIRE(ledger.ok());
    const auto awards = ledger.value()->awards();
    REQUIRE(awards->size() == 1);
    const Award &award = awards->first();
    CHECK(award.date == QDate(2021, 6, 28));

    const QList<PublishedSection> published = publishedList();
    REQUIRE(published.size() == 3);
    REQUIRE(award.categories.size() == 3);
    const QList<int> expectedCounts = {61, 11, 7};
    for (int s = 0; s < 3; ++s) {
        const AwardCategory &category = award.categories[s];
        CHECK(category.name == published[s].heading);
        CHECK(published[s].count == expectedCounts[s]);
        REQUIRE(category.recipients.size() == published[s].count);
        REQUIRE(published[s].lines.size() == published[s].count);
        for (int r = 0; r < category.recipients.size(); ++r) {
            const AwardRecipient &recipient = category.recipients[r];
            const QString line = recipient.citation.isEmpty()
                                     ? recipient.name
                                     : recipient.name + QLatin1Char(' ') + recipient.citation;
            CHECK(line == published[s].lines[r]);
            if (category.recipientKind == RecipientKind::Person)
                CHECK(recipient.memberId > 0);
            else
                CHECK(recipient.orgId > 0);
        }
    }
    CHECK(award.categories[2].recipientKind == RecipientKind::Organization);
}

TEST_CASE("The demo ledger's tree and roster have the published shape", "[demo]")
{
    QTemporaryDir dir;
    auto ledger = Ledger::open(writeDemo(dir));
    REQUIRE(ledger.ok());
    const auto counts = ledger.value()->counts();
    REQUIRE(counts.ok());
    // The article: the system committee has 5 committees, 1 general branch and 53 branches.
    CHECK(counts->committees == 6);
    CHECK(counts->generalBranches == 1);
    CHECK(counts->branches == 53);
    CHECK(counts->members == 72);
    CHECK(counts->fullMembers + counts->probationaryMembers == 72);

    const auto members = ledger.value()->members();
    const auto cai = std::find_if(members->begin(), members->end(), [](const Member &m) {
        return m.name == QStringLiteral("蔡良友");
    });
    REQUIRE(cai != members->end());
    CHECK(cai->adminPost == QStringLiteral("办公室主任"));
}

TEST_CASE("Writing the demo over an existing file is refused", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.pldb"));
    writeBytes(path, "mine");
    CHECK_FALSE(DemoLedger::write(path).ok());
    CHECK(fileBytes(path) == "mine");
}

TEST_CASE("The demo ledger carries its invented activities, every one valid", "[demo]")
{
    QTemporaryDir dir;
    auto ledger = Ledger::open(writeDemo(dir));
    REQUIRE(ledger.ok());
    // scripts/demo-activities.py writes 3,072 records from 2025-01 to 2026-10; each went through
    // the store's checks (dates in the organization's life, participants its members).
    const QList<Activity> all =
        ledger.value()
            ->activities(0, Period::range(QDate(2025, 1, 1), QDate(2026, 10, 31)))
            .value();
    CHECK(all.size() == 3072);
    CHECK(ledger.value()->activities(0, Period::year(2024)).value().isEmpty());
    const auto withFunds = std::count_if(all.begin(), all.end(),
                                         [](const Activity &a) { return a.figures.fundsFen > 0; });
    CHECK(withFunds > 0);
}
