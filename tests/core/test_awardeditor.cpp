#include "awardeditor.h"
#include "ledger.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
// Names per category, in printed order, as the store has them now.
QList<QStringList> namesOf(const Ledger &ledger, qint64 awardId)
{
    QList<QStringList> names;
    for (const AwardCategory &category : ledger.award(awardId).value().categories) {
        QStringList list;
        for (const AwardRecipient &r : category.recipients)
            list << r.name;
        names << list;
    }
    return names;
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    QUndoStack stack;
    std::unique_ptr<AwardEditor> editor;
    qint64 awardId = 0;
    qint64 people = 0;
    qint64 workers = 0;

    Fixture()
    {
        ledger = createLedger(dir.filePath(QStringLiteral("awards.pldb")));
        editor = std::make_unique<AwardEditor>(ledger.get(), &stack);
        Award award;
        award.title = QStringLiteral("两优一先");
        award.date = QDate(2021, 6, 28);
        award.categories = {{0,
                             QStringLiteral("优秀共产党员"),
                             RecipientKind::Person,
                             {{0, 0, 0, QStringLiteral("甲"), QStringLiteral("单位一")},
                              {0, 0, 0, QStringLiteral("乙"), QStringLiteral("单位二")},
                              {0, 0, 0, QStringLiteral("丙"), QStringLiteral("单位三")}}},
                            {0,
                             QStringLiteral("优秀党务工作者"),
                             RecipientKind::Person,
                             {{0, 0, 0, QStringLiteral("丁"), {}}}}};
        awardId = editor->addAward(award).value();
        const Award stored = ledger->award(awardId).value();
        people = stored.categories[0].id;
        workers = stored.categories[1].id;
    }
    qint64 recipientId(int category, int row) const
    {
        return ledger->award(awardId).value().categories[category].recipients[row].id;
    }
};
} // namespace

TEST_CASE("Adding a recipient writes it; undo removes it from the store; redo restores it",
          "[awardeditor]")
{
    Fixture f;
    const auto added = f.editor->addRecipient(
        f.awardId, f.people, 1, {0, 0, 0, QStringLiteral("戊"), QStringLiteral("新")});
    REQUIRE(added.ok());
    CHECK(namesOf(*f.ledger, f.awardId)[0] ==
          QStringList{QStringLiteral("甲"), QStringLiteral("戊"), QStringLiteral("乙"),
                      QStringLiteral("丙")});
    CHECK(f.stack.undoText().contains(QStringLiteral("戊")));
    f.stack.undo();
    CHECK(namesOf(*f.ledger, f.awardId)[0] ==
          QStringList{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")});
    f.stack.redo();
    CHECK(f.recipientId(0, 1) == added.value());
}

TEST_CASE("Removing several recipients is one step that undo puts back in place", "[awardeditor]")
{
    Fixture f;
    const qint64 first = f.recipientId(0, 0);
    const qint64 third = f.recipientId(0, 2);
    REQUIRE(f.editor->removeRecipients(f.awardId, {first, third}).ok());
    CHECK(namesOf(*f.ledger, f.awardId)[0] == QStringList{QStringLiteral("乙")});
    CHECK(f.stack.count() == 2); // the award, then this removal
    f.stack.undo();
    CHECK(namesOf(*f.ledger, f.awardId)[0] ==
          QStringList{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")});
    CHECK(f.recipientId(0, 0) == first);
    CHECK(f.recipientId(0, 2) == third);
}

TEST_CASE("Moving a recipient between categories and back", "[awardeditor]")
{
    Fixture f;
    const qint64 yi = f.recipientId(0, 1);
    REQUIRE(f.editor->moveRecipients(f.awardId, {yi}, f.workers, 0).ok());
    CHECK(namesOf(*f.ledger, f.awardId) ==
          QList<QStringList>{{QStringLiteral("甲"), QStringLiteral("丙")},
                             {QStringLiteral("乙"), QStringLiteral("丁")}});
    f.stack.undo();
    CHECK(namesOf(*f.ledger, f.awardId) ==
          QList<QStringList>{{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")},
                             {QStringLiteral("丁")}});
    // Within one category: the last to the top.
    REQUIRE(f.editor->moveRecipients(f.awardId, {f.recipientId(0, 2)}, f.people, 0).ok());
    CHECK(namesOf(*f.ledger, f.awardId)[0] ==
          QStringList{QStringLiteral("丙"), QStringLiteral("甲"), QStringLiteral("乙")});
}

TEST_CASE("Editing a citation, removing a category and removing the award all undo",
          "[awardeditor]")
{
    Fixture f;
    AwardRecipient jia = f.ledger->award(f.awardId).value().categories[0].recipients[0];
    jia.citation = QStringLiteral("改过的事迹");
    REQUIRE(f.editor->editRecipient(f.awardId, jia).ok());
    CHECK(f.ledger->award(f.awardId)->categories[0].recipients[0].citation == jia.citation);
    f.stack.undo();
    CHECK(f.ledger->award(f.awardId)->categories[0].recipients[0].citation ==
          QStringLiteral("单位一"));

    const Award before = f.ledger->award(f.awardId).value();
    const QList<QStringList> namesBefore = namesOf(*f.ledger, f.awardId);
    REQUIRE(f.editor->removeCategory(f.awardId, f.people).ok());
    CHECK(f.ledger->award(f.awardId)->categories.size() == 1);
    f.stack.undo();
    CHECK(namesOf(*f.ledger, f.awardId) == namesBefore);
    CHECK(f.ledger->award(f.awardId)->categories[0].id == f.people);

    REQUIRE(f.editor->removeAward(f.awardId).ok());
    CHECK(f.ledger->awards()->isEmpty());
    f.stack.undo();
    const Award restored = f.ledger->award(f.awardId).value();
    CHECK(restored.title == before.title);
    CHECK(restored.categories[0].recipients[2].id == before.categories[0].recipients[2].id);
}

TEST_CASE("A citation is a snapshot: later changes to the member leave it as published",
          "[awardeditor]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("snapshot.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    Member member = validMember(tree.branchA);
    member.id = ledger->addMember(member).value();
    QUndoStack stack;
    AwardEditor editor(ledger.get(), &stack);
    Award award;
    award.title = QStringLiteral("表彰");
    award.categories = {{0, QStringLiteral("优秀共产党员"), RecipientKind::Person, {}}};
    const qint64 awardId = editor.addAward(award).value();
    const qint64 category = ledger->award(awardId)->categories[0].id;
    REQUIRE(
        editor
            .addRecipient(awardId, category, 0,
                          {0, member.id, 0, member.name, QStringLiteral("晋江市医院办公室主任")})
            .ok());

    member.adminPost = QStringLiteral("副院长");
    member.orgId = tree.branchB;
    REQUIRE(ledger->updateMember(member).ok());
    const AwardRecipient recipient = ledger->award(awardId)->categories[0].recipients[0];
    CHECK(recipient.citation == QStringLiteral("晋江市医院办公室主任"));
    CHECK(recipient.memberId == member.id);
    CHECK(ledger->honorsOfMember(member.id)->size() == 1);
}

TEST_CASE("A failed edit pushes nothing and changes nothing", "[awardeditor]")
{
    Fixture f;
    const int steps = f.stack.count();
    const auto added =
        f.editor->addRecipient(f.awardId, 987654, 0, {0, 0, 0, QStringLiteral("无处安放"), {}});
    REQUIRE_FALSE(added.ok());
    CHECK(f.stack.count() == steps);
    CHECK(namesOf(*f.ledger, f.awardId)[0].size() == 3);
}

TEST_CASE("Several recipients move as one step and keep their order", "[awardeditor]")
{
    Fixture f;
    const qint64 jia = f.recipientId(0, 0);
    const qint64 bing = f.recipientId(0, 2);
    REQUIRE(f.editor->moveRecipients(f.awardId, {bing, jia}, f.workers, 1).ok());
    CHECK(namesOf(*f.ledger, f.awardId) ==
          QList<QStringList>{{QStringLiteral("乙")},
                             {QStringLiteral("丁"), QStringLiteral("甲"), QStringLiteral("丙")}});
    CHECK(f.stack.undoText().contains(QStringLiteral("2")));
    f.stack.undo();
    CHECK(namesOf(*f.ledger, f.awardId) ==
          QList<QStringList>{{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")},
                             {QStringLiteral("丁")}});
}

TEST_CASE("Positions stay 0..n-1 whatever position is asked for", "[awardeditor]")
{
    Fixture f;
    REQUIRE(
        f.editor->addRecipient(f.awardId, f.workers, 99, {0, 0, 0, QStringLiteral("戊"), {}}).ok());
    REQUIRE(f.editor->moveRecipients(f.awardId, {f.recipientId(0, 0)}, f.workers, 42).ok());
    // Beyond the end means at the end; a hole in the positions would break the printed order.
    CHECK(namesOf(*f.ledger, f.awardId)[1] ==
          QStringList{QStringLiteral("丁"), QStringLiteral("戊"), QStringLiteral("甲")});
    QList<int> positions;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(f.ledger->path());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT position FROM award_recipients WHERE "
                                          "category_id = %1 ORDER BY position")
                               .arg(f.workers)));
        while (query.next())
            positions << query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    CHECK(positions == QList<int>{0, 1, 2});
}

TEST_CASE("An undo that cannot be written reports it and clears the history", "[awardeditor]")
{
    Fixture f;
    QStringList failures;
    QObject::connect(f.editor.get(), &AwardEditor::failed,
                     [&](const QString &message) { failures << message; });
    const qint64 id =
        f.editor->addRecipient(f.awardId, f.people, 0, {0, 0, 0, QStringLiteral("戊"), {}}).value();
    // Someone removes it behind the editor's back; undoing the addition now has nothing to do.
    REQUIRE(f.ledger->removeRecipient(id).ok());
    f.stack.undo();
    CHECK(failures.size() == 1);
    QCoreApplication::processEvents();
    CHECK(f.stack.count() == 0);
}
