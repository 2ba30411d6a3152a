#include "ledger.h"
#include "membereditor.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUndoStack>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
struct Roster {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    QUndoStack stack;
    std::unique_ptr<MemberEditor> editor;
    SmallTree tree;

    Roster()
    {
        ledger = createLedger(dir.filePath(QStringLiteral("roster.pldb")));
        tree = addSmallTree(*ledger);
        editor = std::make_unique<MemberEditor>(ledger.get(), &stack);
    }
    Member stored(qint64 id) const { return ledger->member(id).value(); }
};

Member second(qint64 orgId)
{
    Member m = validMember(orgId, QStringLiteral("黄美虹"));
    m.gender = Gender::Female;
    m.birthDate = QDate(1968, 10, 25);
    m.idNumber = QStringLiteral("350582196810251549"); // check digit worked out by hand: 9
    return m;
}
} // namespace

TEST_CASE("Adding a member is one step: undo removes it from the store, redo restores it",
          "[membereditor]")
{
    Roster r;
    const auto added = r.editor->addMember(validMember(r.tree.branchA));
    REQUIRE(added.ok());
    CHECK(r.ledger->member(added.value()).ok());
    r.stack.undo();
    CHECK_FALSE(r.ledger->member(added.value()).ok());
    r.stack.redo();
    CHECK(r.stored(added.value()).name == QStringLiteral("蔡良友"));
}

TEST_CASE("An invalid member is refused and nothing is pushed", "[membereditor]")
{
    Roster r;
    Member bad = validMember(r.tree.branchA);
    bad.idNumber = QStringLiteral("350582197604121239");
    const auto added = r.editor->addMember(bad);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().contains(QStringLiteral("check digit")));
    CHECK(r.stack.count() == 0);
    CHECK(r.ledger->members()->isEmpty());
    // A member belongs to a branch or group, never to a committee.
    CHECK_FALSE(r.editor->addMember(validMember(r.tree.committee)).ok());
}

TEST_CASE("Editing a member writes the change; undo writes the old record back", "[membereditor]")
{
    Roster r;
    const qint64 id = r.editor->addMember(validMember(r.tree.branchA)).value();
    Member changed = r.stored(id);
    changed.adminPost = QStringLiteral("副院长");
    changed.partyPosts = {{r.tree.committee, QStringLiteral("委员")}};
    REQUIRE(r.editor->editMember(changed).ok());
    CHECK(r.stored(id).adminPost == QStringLiteral("副院长"));
    CHECK(r.stored(id).partyPosts == changed.partyPosts);
    r.stack.undo();
    CHECK(r.stored(id).adminPost == QStringLiteral("办公室主任"));
    CHECK(r.stored(id).partyPosts == QList<PartyPost>{{r.tree.branchA, QStringLiteral("书记")}});
}

TEST_CASE("Transferring members records dated history; undo takes it all back", "[membereditor]")
{
    Roster r;
    const qint64 cai = r.editor->addMember(validMember(r.tree.branchA)).value();
    const qint64 huang = r.editor->addMember(second(r.tree.branchA)).value();
    REQUIRE(r.editor
                ->transferMembers({cai, huang}, r.tree.branchB, {}, QDate(2024, 3, 1),
                                  QStringLiteral("科室调整"))
                .ok());
    CHECK(r.stored(cai).orgId == r.tree.branchB);
    CHECK(r.stored(huang).orgId == r.tree.branchB);
    const QList<Transfer> history = r.ledger->transfers(cai).value();
    REQUIRE(history.size() == 1);
    CHECK(history.first().fromOrgId == r.tree.branchA);
    CHECK(history.first().toOrgId == r.tree.branchB);
    CHECK(history.first().date == QDate(2024, 3, 1));
    CHECK(history.first().note == QStringLiteral("科室调整"));
    CHECK(r.stack.undoText().contains(QStringLiteral("2")));

    r.stack.undo();
    CHECK(r.stored(cai).orgId == r.tree.branchA);
    CHECK(r.stored(huang).orgId == r.tree.branchA);
    CHECK(r.ledger->transfers(cai)->isEmpty());
    r.stack.redo();
    CHECK(r.stored(huang).orgId == r.tree.branchB);
    CHECK(r.ledger->transfers(huang)->size() == 1);
}

TEST_CASE("A member transferred out of the ledger stays as history, off the roll", "[membereditor]")
{
    Roster r;
    const qint64 cai = r.editor->addMember(validMember(r.tree.branchA)).value();
    CHECK_FALSE(r.editor->transferMembers({cai}, 0, {}, QDate(2024, 5, 2), {}).ok());
    REQUIRE(r.editor
                ->transferMembers({cai}, 0, QStringLiteral("中共泉州市第一医院委员会"),
                                  QDate(2024, 5, 2), {})
                .ok());
    CHECK(r.stored(cai).status == MemberStatus::TransferredOut);
    CHECK(r.stored(cai).orgId == r.tree.branchA); // where they were, for the history
    CHECK(r.ledger->counts()->members == 0);
    CHECK(r.ledger->transfers(cai)->first().externalOrg ==
          QStringLiteral("中共泉州市第一医院委员会"));
    r.stack.undo();
    CHECK(r.stored(cai).status == MemberStatus::Active);
    CHECK(r.ledger->counts()->members == 1);
}

TEST_CASE("A transfer to a committee is refused and changes nothing", "[membereditor]")
{
    Roster r;
    const qint64 cai = r.editor->addMember(validMember(r.tree.branchA)).value();
    const int steps = r.stack.count();
    CHECK_FALSE(r.editor->transferMembers({cai}, r.tree.committee, {}, QDate(2024, 3, 1), {}).ok());
    CHECK(r.stored(cai).orgId == r.tree.branchA);
    CHECK(r.ledger->transfers(cai)->isEmpty());
    CHECK(r.stack.count() == steps);
}

TEST_CASE("Removing members is one step; undo brings back the record, its transfers and honors",
          "[membereditor]")
{
    Roster r;
    const qint64 id =
        r.editor->addMember(validMember(r.tree.branchA, QStringLiteral("蔡良友"))).value();
    REQUIRE(r.editor->transferMembers({id}, r.tree.branchB, {}, QDate(2024, 3, 1),
                                      QStringLiteral("介绍信 12 号")));
    Award award;
    award.title = QStringLiteral("表彰决定");
    award.level = AwardLevel::System;
    const qint64 awardId = r.ledger->addAward(award).value();
    const qint64 category =
        r.ledger
            ->addCategory(awardId, 0,
                          {0, QStringLiteral("优秀共产党员"), RecipientKind::Person, {}})
            .value();
    AwardRecipient recipient;
    recipient.memberId = id;
    recipient.name = QStringLiteral("蔡良友");
    const qint64 recipientId = r.ledger->addRecipient(category, 0, recipient).value();
    const Member before = r.stored(id);

    REQUIRE(r.editor->removeMembers({id}));
    CHECK_FALSE(r.ledger->member(id));
    CHECK(r.ledger->transfers(id).value().isEmpty());
    CHECK(r.ledger->recipientsOfMember(id).value().isEmpty());
    CHECK(r.stack.undoText() == QStringLiteral("Remove 蔡良友"));

    r.stack.undo();
    const Member after = r.stored(id);
    CHECK(after.name == before.name);
    CHECK(after.orgId == r.tree.branchB);
    CHECK(after.idNumber == before.idNumber);
    const QList<Transfer> transfers = r.ledger->transfers(id).value();
    REQUIRE(transfers.size() == 1);
    CHECK(transfers.first().note == QStringLiteral("介绍信 12 号"));
    CHECK(r.ledger->recipientsOfMember(id).value() == QList<qint64>{recipientId});

    // The transfer before the removal still undoes: the ids it recorded were kept.
    r.stack.undo();
    CHECK(r.stored(id).orgId == r.tree.branchA);
    CHECK(r.ledger->transfers(id).value().isEmpty());
}

TEST_CASE("Possible duplicates: the same ID number, or the same name and birth date",
          "[membereditor]")
{
    Roster r;
    const qint64 first =
        r.editor->addMember(validMember(r.tree.branchA, QStringLiteral("蔡良友"))).value();
    Member sameId = second(r.tree.branchB);
    sameId.idNumber = r.stored(first).idNumber.toLower(); // typed with a small x or not
    QList<Member> found = r.ledger->possibleDuplicates(sameId).value();
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == first);

    Member sameNameAndBirth = validMember(r.tree.branchB, QStringLiteral("蔡良友"));
    sameNameAndBirth.idNumber.clear();
    CHECK(r.ledger->possibleDuplicates(sameNameAndBirth).value().size() == 1);

    // A member is no duplicate of themselves, and another person is none either.
    CHECK(r.ledger->possibleDuplicates(r.stored(first)).value().isEmpty());
    CHECK(r.ledger->possibleDuplicates(second(r.tree.branchB)).value().isEmpty());
}
