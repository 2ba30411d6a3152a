#include "activityeditor.h"
#include "idnumber.h"
#include "ledger.h"
#include "membereditor.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUndoStack>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {

struct Records {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    QUndoStack stack;
    std::unique_ptr<ActivityEditor> editor;
    SmallTree tree;
    qint64 cai = 0;               // branch A
    qint64 huang = 0;             // branch B
    QList<QList<qint64>> changes; // what activitiesChanged said, in order
    int typeChanges = 0;

    Records()
    {
        ledger = createLedger(dir.filePath(QStringLiteral("activities.pldb")));
        tree = addSmallTree(*ledger);
        editor = std::make_unique<ActivityEditor>(ledger.get(), &stack);
        QObject::connect(editor.get(), &ActivityEditor::activitiesChanged,
                         [this](const QList<qint64> &ids) { changes.append(ids); });
        QObject::connect(editor.get(), &ActivityEditor::typesChanged, [this] { ++typeChanges; });
        cai = ledger->addMember(validMember(tree.branchA)).value();
        Member second = validMember(tree.branchB, QStringLiteral("黄美虹"));
        second.partyPosts.clear();
        second.gender = Gender::Female;
        second.birthDate = QDate(1968, 10, 25);
        second.idNumber = QStringLiteral("350582196810251549");
        huang = ledger->addMember(second).value();
    }
    qint64 type(const QString &name) const
    {
        for (const ActivityType &t : ledger->activityTypes().value()) {
            if (t.name == name)
                return t.id;
        }
        FAIL("no activity type " << name.toStdString());
        return 0;
    }
    Activity activity(qint64 orgId, QDate date, const QList<qint64> &participants,
                      const QString &title = QStringLiteral("三月支部委员会")) const
    {
        Activity a;
        a.orgId = orgId;
        a.typeId = type(QStringLiteral("支部委员会"));
        a.date = date;
        a.title = title;
        a.participants = participants;
        a.headCount = 5;
        a.figures.hours = 1.5;
        return a;
    }
    Activity stored(qint64 id) const
    {
        auto a = ledger->activity(id);
        INFO(a.error().toStdString());
        REQUIRE(a.ok());
        return a.value();
    }
    bool exists(qint64 id) const { return ledger->activity(id).ok(); }
};

} // namespace

TEST_CASE("Adding an activity is one step: undo removes it, redo writes it back under its id",
          "[activityeditor]")
{
    Records r;
    const auto added =
        r.editor->addActivity(r.activity(r.tree.branchA, QDate(2024, 3, 12), {r.cai}));
    REQUIRE(added.ok());
    const qint64 id = added.value();
    CHECK(r.stored(id).participants == QList<qint64>{r.cai});
    CHECK(r.stack.undoText() == QStringLiteral("Add activity 三月支部委员会"));
    CHECK(r.changes.last() == QList<qint64>{id});

    r.stack.undo();
    CHECK_FALSE(r.exists(id));
    CHECK(r.ledger->activitiesOfMember(r.cai).value().isEmpty());
    r.stack.redo();
    CHECK(r.stored(id).participants == QList<qint64>{r.cai});
    CHECK(r.stored(id).title == QStringLiteral("三月支部委员会"));

    // Without a title the step is named after the type.
    REQUIRE(r.editor->addActivity(r.activity(r.tree.branchB, QDate(2024, 3, 1), {}, {})).ok());
    CHECK(r.stack.undoText() == QStringLiteral("Add activity 支部委员会"));
}

TEST_CASE("A refused activity pushes no step", "[activityeditor]")
{
    Records r;
    // 黄美虹 belongs to branch B, not A.
    const auto added =
        r.editor->addActivity(r.activity(r.tree.branchA, QDate(2024, 3, 12), {r.huang}));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().contains(QStringLiteral("黄美虹")));
    CHECK(r.stack.count() == 0);
    CHECK(r.ledger->activities(0, Period::year(2024))->isEmpty());
}

TEST_CASE("Editing an activity writes the change; undo writes the old record back",
          "[activityeditor]")
{
    Records r;
    const qint64 id =
        r.editor->addActivity(r.activity(r.tree.committee, QDate(2024, 3, 12), {r.cai})).value();
    Activity changed = r.stored(id);
    changed.typeId = r.type(QStringLiteral("结对帮扶"));
    changed.title = QStringLiteral("结对帮扶上坪村");
    changed.participants = {r.cai, r.huang};
    changed.figures.households = 4;
    changed.figures.fundsFen = 500050; // 5,000.50 yuan
    REQUIRE(r.editor->editActivity(changed).ok());
    CHECK(r.stack.undoText() == QStringLiteral("Edit activity 三月支部委员会"));
    CHECK(r.stored(id).figures.fundsFen == 500050);
    CHECK(r.stored(id).participants == QList<qint64>{r.cai, r.huang});

    r.stack.undo();
    const Activity old = r.stored(id);
    CHECK(old.title == QStringLiteral("三月支部委员会"));
    CHECK(old.typeId == r.type(QStringLiteral("支部委员会")));
    CHECK(old.participants == QList<qint64>{r.cai});
    CHECK(old.figures.fundsFen == 0);
    CHECK(old.figures.households == 0);
    r.stack.redo();
    CHECK(r.stored(id).title == QStringLiteral("结对帮扶上坪村"));
    CHECK(r.stored(id).figures.households == 4);

    // A change the store refuses is not pushed.
    const int steps = r.stack.count();
    changed.date = QDate(1980, 1, 1); // before the committee was founded
    CHECK_FALSE(r.editor->editActivity(changed).ok());
    CHECK(r.stack.count() == steps);
    CHECK(r.stored(id).date == QDate(2024, 3, 12));
}

TEST_CASE("Removing several activities is one step; undo restores them under their ids",
          "[activityeditor]")
{
    Records r;
    const qint64 first =
        r.editor->addActivity(r.activity(r.tree.branchA, QDate(2024, 1, 9), {r.cai})).value();
    const qint64 second =
        r.editor->addActivity(r.activity(r.tree.committee, QDate(2024, 2, 9), {r.cai, r.huang}))
            .value();
    const qint64 kept =
        r.editor->addActivity(r.activity(r.tree.branchB, QDate(2024, 3, 9), {r.huang})).value();
    const int steps = r.stack.count();

    REQUIRE(r.editor->removeActivities({first, second}).ok());
    CHECK(r.stack.count() == steps + 1);
    CHECK(r.stack.undoText().contains(QStringLiteral("2")));
    CHECK(r.changes.last() == QList<qint64>{first, second});
    CHECK_FALSE(r.exists(first));
    CHECK_FALSE(r.exists(second));
    CHECK(r.exists(kept));
    CHECK(r.ledger->activitiesOfMember(r.cai).value().isEmpty());

    r.stack.undo();
    CHECK(r.stored(first).participants == QList<qint64>{r.cai});
    CHECK(r.stored(second).participants == QList<qint64>{r.cai, r.huang});
    CHECK(r.stored(second).date == QDate(2024, 2, 9));
    CHECK(r.ledger->activitiesOfMember(r.huang).value() == QList<qint64>{second, kept});
    r.stack.redo();
    CHECK_FALSE(r.exists(first));
    CHECK_FALSE(r.exists(second));
    // The additions before the removal still undo: the ids they recorded were kept.
    r.stack.undo();
    r.stack.undo();
    CHECK_FALSE(r.exists(kept));
    CHECK(r.exists(second));

    REQUIRE(r.editor->removeActivities({first}).ok());
    CHECK(r.stack.undoText() == QStringLiteral("Remove activity 三月支部委员会"));
    CHECK_FALSE(r.editor->removeActivities({987654}).ok());
}

TEST_CASE("Duplicating an activity writes a copy on the new date; undo removes only the copy",
          "[activityeditor]")
{
    Records r;
    Activity original = r.activity(r.tree.committee, QDate(2024, 4, 2), {r.cai, r.huang});
    original.typeId = r.type(QStringLiteral("义诊"));
    original.title = QStringLiteral("走进溪口村义诊");
    original.figures = {260, 12, 0, 0, 4.0};
    const qint64 id = r.editor->addActivity(original).value();

    const auto copied = r.editor->duplicateActivity(id, QDate(2024, 5, 7));
    REQUIRE(copied.ok());
    const qint64 copy = copied.value();
    CHECK(copy != id);
    CHECK(r.stack.undoText() == QStringLiteral("Duplicate activity 走进溪口村义诊"));
    const Activity written = r.stored(copy);
    CHECK(written.date == QDate(2024, 5, 7));
    CHECK(written.orgId == r.tree.committee);
    CHECK(written.typeId == original.typeId);
    CHECK(written.title == original.title);
    CHECK(written.figures == original.figures);
    CHECK(written.participants == QList<qint64>{r.cai, r.huang});
    CHECK(r.stored(id).date == QDate(2024, 4, 2));

    r.stack.undo();
    CHECK_FALSE(r.exists(copy));
    CHECK(r.exists(id));
    r.stack.redo();
    CHECK(r.stored(copy).date == QDate(2024, 5, 7));

    // The copy passes the checks on its own date: before 黄美虹 joined, it is refused.
    CHECK_FALSE(r.editor->duplicateActivity(id, QDate(1990, 5, 7)).ok());
}

TEST_CASE("Activity types are added and edited as steps", "[activityeditor]")
{
    Records r;
    ActivityType visit;
    visit.name = QStringLiteral("上门慰问");
    const auto added = r.editor->addType(visit);
    REQUIRE(added.ok());
    const qint64 id = added.value();
    CHECK(r.stack.undoText() == QStringLiteral("Add activity type 上门慰问"));
    CHECK(r.typeChanges == 1);
    CHECK(r.ledger->activityTypes()->last().id == id);
    r.stack.undo();
    CHECK(r.ledger->activityTypes()->size() == 18);
    r.stack.redo();
    CHECK(r.ledger->activityTypes()->last().id == id);
    CHECK(r.ledger->activityTypes()->last().name == QStringLiteral("上门慰问"));

    ActivityType themeDay;
    for (const ActivityType &t : r.ledger->activityTypes().value()) {
        if (t.name == QStringLiteral("主题党日"))
            themeDay = t;
    }
    REQUIRE(themeDay.id > 0);
    themeDay.isDuty = true;
    themeDay.dutyPeriod = DutyPeriod::Month;
    themeDay.dutyMinimum = 1;
    REQUIRE(r.editor->editType(themeDay).ok());
    CHECK(r.stack.undoText() == QStringLiteral("Edit activity type 主题党日"));
    const auto ruleOf = [&] {
        for (const ActivityType &t : r.ledger->activityTypes().value()) {
            if (t.id == themeDay.id)
                return t;
        }
        return ActivityType{};
    };
    CHECK(ruleOf().isDuty);
    r.stack.undo();
    CHECK_FALSE(ruleOf().isDuty);
    r.stack.redo();
    CHECK(ruleOf().dutyPeriod == DutyPeriod::Month);
    CHECK(r.typeChanges >= 5);

    // The same name twice is refused and pushes nothing.
    const int steps = r.stack.count();
    CHECK_FALSE(r.editor->addType(visit).ok());
    CHECK(r.stack.count() == steps);
}

TEST_CASE("Undoing a member's removal lists them in their activities again", "[activityeditor]")
{
    Records r;
    MemberEditor members(r.ledger.get(), &r.stack);
    const qint64 meeting =
        r.editor->addActivity(r.activity(r.tree.branchB, QDate(2024, 3, 12), {r.huang})).value();
    const qint64 clinic =
        r.editor->addActivity(r.activity(r.tree.committee, QDate(2024, 4, 1), {r.cai, r.huang}))
            .value();

    REQUIRE(members.removeMembers({r.huang}).ok());
    CHECK(r.stored(meeting).participants.isEmpty());
    CHECK(r.stored(clinic).participants == QList<qint64>{r.cai});

    r.stack.undo();
    CHECK(r.ledger->member(r.huang).ok());
    CHECK(r.ledger->activitiesOfMember(r.huang).value() == QList<qint64>{meeting, clinic});
    CHECK(r.stored(meeting).participants == QList<qint64>{r.huang});
    CHECK(r.stored(clinic).participants == QList<qint64>{r.cai, r.huang});
    r.stack.redo();
    CHECK(r.ledger->activitiesOfMember(r.huang).value().isEmpty());
}
