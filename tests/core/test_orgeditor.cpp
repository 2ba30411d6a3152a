#include "ledger.h"
#include "orgeditor.h"

#include "../support/testledger.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUndoStack>

using namespace PartyLedger;
using namespace PartyLedger::Testing;

namespace {
struct Tree {
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    QUndoStack stack;
    std::unique_ptr<OrgEditor> editor;
    SmallTree tree;
    QList<qint64> changedMembers; // the last membersChanged

    Tree()
    {
        ledger = createLedger(dir.filePath(QStringLiteral("orgs.pldb")));
        tree = addSmallTree(*ledger);
        editor = std::make_unique<OrgEditor>(ledger.get(), &stack);
        QObject::connect(editor.get(), &OrgEditor::membersChanged,
                         [this](const QList<qint64> &ids) { changedMembers = ids; });
    }
    // Read back through the full listing, as the tree view reads it.
    Organization org(qint64 id) const
    {
        for (const Organization &o : ledger->organizations().value()) {
            if (o.id == id)
                return o;
        }
        FAIL("no organization " << id);
        return {};
    }
    QList<qint64> children(qint64 parentId) const
    {
        QList<qint64> ids;
        for (const Organization &o : ledger->organizations().value()) {
            if (o.parentId == parentId)
                ids.append(o.id);
        }
        return ids;
    }
    // Everything the organizations table holds, to show that a refusal wrote nothing.
    QStringList shape() const
    {
        QStringList lines;
        for (const Organization &o : ledger->organizations().value())
            lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(o.id)
                         .arg(o.parentId)
                         .arg(o.sortOrder)
                         .arg(OrgKinds::code(o.kind), o.fullName, o.shortName,
                              o.dissolved.toString(Qt::ISODate));
        return lines;
    }
    Member member(qint64 id) const { return ledger->member(id).value(); }
    qint64 addMember(qint64 orgId, const QString &name)
    {
        Member m = validMember(orgId, name);
        if (name != QStringLiteral("蔡良友"))
            m.idNumber.clear(); // ID numbers are unique; one is enough here
        auto id = ledger->addMember(m);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    qint64 add(qint64 parentId, OrgKind kind, const QString &fullName, const QString &shortName)
    {
        Organization o;
        o.parentId = parentId;
        o.kind = kind;
        o.fullName = fullName;
        o.shortName = shortName;
        o.unitId = tree.unit;
        o.founded = QDate(2001, 7, 1);
        auto id = editor->addOrganization(o);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    qint64 addBranchC()
    {
        return add(tree.committee, OrgKind::Branch, QStringLiteral("中共晋江市医院第三支部委员会"),
                   QStringLiteral("市医院第三党支部"));
    }
};

bool says(const QString &message, std::initializer_list<const char16_t *> parts)
{
    for (const char16_t *part : parts) {
        if (!message.contains(QString::fromUtf16(part)))
            return false;
    }
    return true;
}
} // namespace

TEST_CASE("Adding an organization places it last; undo removes it, redo keeps its id",
          "[orgeditor]")
{
    Tree t;
    const qint64 c = t.addBranchC();
    CHECK(t.children(t.tree.committee) == QList<qint64>{t.tree.branchA, t.tree.branchB, c});
    CHECK(t.org(c).kind == OrgKind::Branch);
    CHECK(t.org(c).shortName == QStringLiteral("市医院第三党支部"));
    CHECK(t.stack.undoText() == QStringLiteral("Add 市医院第三党支部"));
    t.stack.undo();
    CHECK_FALSE(t.ledger->organization(c).ok());
    CHECK(t.children(t.tree.committee) == QList<qint64>{t.tree.branchA, t.tree.branchB});
    t.stack.redo();
    CHECK(t.org(c).fullName == QStringLiteral("中共晋江市医院第三支部委员会"));
    CHECK(t.children(t.tree.committee).last() == c);
}

TEST_CASE("An organization of the wrong kind for its parent is refused", "[orgeditor]")
{
    Tree t;
    const QStringList before = t.shape();
    Organization group;
    group.kind = OrgKind::Group;
    group.parentId = t.tree.committee;
    group.fullName = QStringLiteral("市医院党委直属党小组");
    auto refused = t.editor->addOrganization(group);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院党委直属党小组", u"市医院党委", u"Party group"}));

    Organization branch;
    branch.kind = OrgKind::Branch;
    branch.parentId = t.tree.group;
    branch.fullName = QStringLiteral("中共晋江市医院第九支部委员会");
    refused = t.editor->addOrganization(branch);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"第一党小组", u"cannot be placed under"}));

    branch.parentId = 0;
    CHECK_FALSE(t.editor->addOrganization(branch).ok()); // only a committee stands at the top
    CHECK(t.shape() == before);
    CHECK(t.stack.count() == 0);
}

TEST_CASE("Editing an organization writes its properties; undo writes the old ones back",
          "[orgeditor]")
{
    Tree t;
    Organization edited = t.org(t.tree.branchA);
    edited.kind = OrgKind::TemporaryBranch;
    edited.founded = QDate(2020, 2, 1);
    edited.isRetiree = true;
    edited.isNonPublic = true;
    edited.parentId = t.tree.branchB; // not an edit's business: ignored
    edited.sortOrder = 7;
    REQUIRE(t.editor->editOrganization(edited).ok());
    CHECK(t.stack.undoText() == QStringLiteral("Edit 市医院第一党支部"));
    Organization stored = t.org(t.tree.branchA);
    CHECK(stored.kind == OrgKind::TemporaryBranch);
    CHECK(stored.founded == QDate(2020, 2, 1));
    CHECK(stored.isRetiree);
    CHECK(stored.isNonPublic);
    CHECK(stored.parentId == t.tree.committee);
    CHECK(stored.sortOrder == 1);

    t.stack.undo();
    stored = t.org(t.tree.branchA);
    CHECK(stored.kind == OrgKind::Branch);
    CHECK(stored.founded == QDate(1985, 7, 1));
    CHECK_FALSE(stored.isRetiree);
    CHECK_FALSE(stored.isNonPublic);
    t.stack.redo();
    CHECK(t.org(t.tree.branchA).kind == OrgKind::TemporaryBranch);
}

TEST_CASE("Renaming is a step of its own", "[orgeditor]")
{
    Tree t;
    Organization renamed = t.org(t.tree.branchA);
    renamed.fullName = QStringLiteral("  中共晋江市医院内科支部委员会 ");
    renamed.shortName = QStringLiteral("市医院内科党支部");
    REQUIRE(t.editor->editOrganization(renamed).ok());
    CHECK(t.stack.undoText() == QStringLiteral("Rename 市医院第一党支部"));
    CHECK(t.org(t.tree.branchA).fullName == QStringLiteral("中共晋江市医院内科支部委员会"));
    CHECK(t.org(t.tree.branchA).shortName == QStringLiteral("市医院内科党支部"));
    t.stack.undo();
    CHECK(t.org(t.tree.branchA).shortName == QStringLiteral("市医院第一党支部"));
}

TEST_CASE("Edits that break the tree or the record are refused and write nothing", "[orgeditor]")
{
    Tree t;
    t.addMember(t.tree.branchA, QStringLiteral("蔡良友"));
    const QStringList before = t.shape();
    const int steps = t.stack.count();

    Organization edited = t.org(t.tree.branchA);
    edited.fullName = QStringLiteral("  ");
    auto refused = t.editor->editOrganization(edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第一党支部", u"full name"}));

    edited = t.org(t.tree.branchA);
    edited.kind = OrgKind::Group; // a group under a committee
    refused = t.editor->editOrganization(edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第一党支部", u"Party group", u"市医院党委"}));

    edited.kind = OrgKind::GeneralBranch; // fits under the committee, but holds no members
    refused = t.editor->editOrganization(edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第一党支部", u"1 member"}));

    edited = t.org(t.tree.branchB);
    edited.kind = OrgKind::Committee; // its Party group cannot stand under a committee
    refused = t.editor->editOrganization(edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第二党支部", u"第一党小组"}));

    edited = t.org(t.tree.branchB);
    edited.dissolved = QDate(1980, 1, 1); // before its founding
    refused = t.editor->editOrganization(edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第二党支部", u"1980-01-01", u"1985-07-01"}));

    edited = t.org(t.tree.branchA);
    edited.dissolved = QDate(2024, 1, 1); // its member would be stranded: Dissolve moves them
    CHECK_FALSE(t.editor->editOrganization(edited).ok());

    CHECK(t.shape() == before);
    CHECK(t.stack.count() == steps);
}

TEST_CASE("Reordering siblings renumbers them; undo restores the order", "[orgeditor]")
{
    Tree t;
    const qint64 c = t.addBranchC();
    REQUIRE(t.editor->moveOrganization(c, t.tree.committee, 0).ok());
    CHECK(t.stack.undoText() == QStringLiteral("Move 市医院第三党支部"));
    CHECK(t.children(t.tree.committee) == QList<qint64>{c, t.tree.branchA, t.tree.branchB});
    CHECK(t.org(c).sortOrder == 0);
    CHECK(t.org(t.tree.branchA).sortOrder == 1);
    CHECK(t.org(t.tree.branchB).sortOrder == 2);

    t.stack.undo();
    CHECK(t.children(t.tree.committee) == QList<qint64>{t.tree.branchA, t.tree.branchB, c});
    t.stack.redo();
    CHECK(t.children(t.tree.committee) == QList<qint64>{c, t.tree.branchA, t.tree.branchB});

    // A position past the end means last.
    REQUIRE(t.editor->moveOrganization(c, t.tree.committee, 99).ok());
    CHECK(t.children(t.tree.committee) == QList<qint64>{t.tree.branchA, t.tree.branchB, c});
    CHECK(t.org(c).sortOrder == 2);
}

TEST_CASE("Moving a branch to another committee takes its groups along; undo puts it back",
          "[orgeditor]")
{
    Tree t;
    const qint64 other = t.add(0, OrgKind::Committee, QStringLiteral("中共晋江市中医院委员会"),
                               QStringLiteral("市中医院党委"));
    const qint64 existing =
        t.add(other, OrgKind::Branch, QStringLiteral("中共晋江市中医院第一支部委员会"),
              QStringLiteral("市中医院第一党支部"));
    const qint64 cai = t.addMember(t.tree.group, QStringLiteral("蔡良友"));

    REQUIRE(t.editor->moveOrganization(t.tree.branchB, other, 0).ok());
    CHECK(t.org(t.tree.branchB).parentId == other);
    CHECK(t.children(other) == QList<qint64>{t.tree.branchB, existing});
    CHECK(t.children(t.tree.branchB) == QList<qint64>{t.tree.group});
    CHECK(t.children(t.tree.committee) == QList<qint64>{t.tree.branchA});
    CHECK(t.org(t.tree.branchA).sortOrder == 0);
    CHECK(t.member(cai).orgId == t.tree.group); // members stay with their group

    t.stack.undo();
    CHECK(t.org(t.tree.branchB).parentId == t.tree.committee);
    CHECK(t.children(t.tree.committee) == QList<qint64>{t.tree.branchA, t.tree.branchB});
    CHECK(t.children(other) == QList<qint64>{existing});
    t.stack.redo();
    CHECK(t.org(t.tree.branchB).parentId == other);
}

TEST_CASE("An organization cannot go under itself or its own descendant", "[orgeditor]")
{
    Tree t;
    const qint64 sub =
        t.add(t.tree.committee, OrgKind::Committee, QStringLiteral("中共晋江市医院内科总委员会"),
              QStringLiteral("内科党委"));
    const QStringList before = t.shape();
    const int steps = t.stack.count();

    auto refused = t.editor->moveOrganization(t.tree.committee, sub, 0);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院党委", u"内科党委"}));
    refused = t.editor->moveOrganization(t.tree.committee, t.tree.committee, 0);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院党委", u"itself"}));
    // The nesting rules hold for moves too.
    refused = t.editor->moveOrganization(t.tree.group, t.tree.committee, 0);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"第一党小组", u"市医院党委", u"cannot be placed under"}));
    CHECK_FALSE(t.editor->moveOrganization(t.tree.branchA, 0, 0).ok());

    CHECK(t.shape() == before);
    CHECK(t.stack.count() == steps);
}

TEST_CASE("Dissolving with members on the roll needs the branch they move to", "[orgeditor]")
{
    Tree t;
    const qint64 cai = t.addMember(t.tree.group, QStringLiteral("蔡良友"));
    const QStringList before = t.shape();
    auto refused = t.editor->dissolve(t.tree.branchB, QDate(2024, 6, 30), 0, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第二党支部", u"1 member", u"choose the branch"}));
    // Nor may they move into what is dissolved, or to a committee.
    CHECK_FALSE(t.editor->dissolve(t.tree.branchB, QDate(2024, 6, 30), t.tree.group, {}).ok());
    CHECK_FALSE(t.editor->dissolve(t.tree.branchB, QDate(2024, 6, 30), t.tree.committee, {}).ok());
    CHECK(t.shape() == before);
    CHECK(t.member(cai).orgId == t.tree.group);
    CHECK(t.ledger->transfers(cai)->isEmpty());
    CHECK(t.stack.count() == 0);
}

TEST_CASE("Dissolving moves the members and marks the subtree; undo takes it all back",
          "[orgeditor]")
{
    Tree t;
    const qint64 cai = t.addMember(t.tree.branchB, QStringLiteral("蔡良友"));
    const qint64 huang = t.addMember(t.tree.group, QStringLiteral("黄美虹"));
    Member gone = validMember(t.tree.branchB, QStringLiteral("陈国华"));
    gone.idNumber.clear();
    gone.status = MemberStatus::Deceased; // off the roll: stays where they were, as history
    const qint64 chen = t.ledger->addMember(gone).value();
    const QDate date(2024, 6, 30);

    REQUIRE(
        t.editor->dissolve(t.tree.branchB, date, t.tree.branchA, QStringLiteral("科室合并")).ok());
    CHECK(t.stack.undoText() == QStringLiteral("Dissolve 市医院第二党支部"));
    CHECK(t.org(t.tree.branchB).dissolved == date);
    CHECK(t.org(t.tree.group).dissolved == date);
    CHECK_FALSE(t.org(t.tree.branchA).isDissolved());
    CHECK(t.member(cai).orgId == t.tree.branchA);
    CHECK(t.member(huang).orgId == t.tree.branchA);
    CHECK(t.member(chen).orgId == t.tree.branchB);
    CHECK(t.ledger->transfers(chen)->isEmpty());
    const QList<Transfer> history = t.ledger->transfers(huang).value();
    REQUIRE(history.size() == 1);
    CHECK(history.first().fromOrgId == t.tree.group);
    CHECK(history.first().toOrgId == t.tree.branchA);
    CHECK(history.first().date == date);
    CHECK(history.first().note == QStringLiteral("科室合并"));
    CHECK(t.ledger->transfers(cai)->first().fromOrgId == t.tree.branchB);
    CHECK(t.changedMembers == QList<qint64>{cai, huang});

    t.stack.undo();
    CHECK_FALSE(t.org(t.tree.branchB).isDissolved());
    CHECK_FALSE(t.org(t.tree.group).isDissolved());
    CHECK(t.member(cai).orgId == t.tree.branchB);
    CHECK(t.member(huang).orgId == t.tree.group);
    CHECK(t.ledger->transfers(cai)->isEmpty());
    CHECK(t.ledger->transfers(huang)->isEmpty());
    CHECK(t.changedMembers == QList<qint64>{cai, huang});

    t.stack.redo();
    CHECK(t.org(t.tree.group).dissolved == date);
    CHECK(t.member(huang).orgId == t.tree.branchA);
    CHECK(t.ledger->transfers(huang)->size() == 1);
}

TEST_CASE("A committee is dissolved together with everything under it", "[orgeditor]")
{
    Tree t;
    const qint64 other = t.add(0, OrgKind::Committee, QStringLiteral("中共晋江市中医院委员会"),
                               QStringLiteral("市中医院党委"));
    const qint64 receiver =
        t.add(other, OrgKind::Branch, QStringLiteral("中共晋江市中医院第一支部委员会"),
              QStringLiteral("市中医院第一党支部"));
    const qint64 cai = t.addMember(t.tree.branchA, QStringLiteral("蔡良友"));
    // Dissolved earlier: keeps its own date.
    Organization earlier = t.org(t.tree.group);
    earlier.dissolved = QDate(2010, 1, 1);
    REQUIRE(t.ledger->updateOrganization(earlier).ok());

    REQUIRE(t.editor->dissolve(t.tree.committee, QDate(2024, 1, 1), receiver, {}).ok());
    for (qint64 id : {t.tree.committee, t.tree.branchA, t.tree.branchB})
        CHECK(t.org(id).dissolved == QDate(2024, 1, 1));
    CHECK(t.org(t.tree.group).dissolved == QDate(2010, 1, 1));
    CHECK(t.member(cai).orgId == receiver);
    CHECK(t.ledger->counts()->branches == 1);

    t.stack.undo();
    for (qint64 id : {t.tree.committee, t.tree.branchA, t.tree.branchB})
        CHECK_FALSE(t.org(id).isDissolved());
    CHECK(t.org(t.tree.group).dissolved == QDate(2010, 1, 1));
    CHECK(t.member(cai).orgId == t.tree.branchA);
}

TEST_CASE("Dissolving before the founding date is refused", "[orgeditor]")
{
    Tree t;
    const QStringList before = t.shape();
    auto refused = t.editor->dissolve(t.tree.branchA, QDate(1980, 1, 1), 0, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第一党支部", u"1985-07-01"}));
    // Every part of the subtree is checked: here the group, founded later than its branch.
    Organization group = t.org(t.tree.group);
    group.founded = QDate(2017, 3, 15);
    REQUIRE(t.ledger->updateOrganization(group).ok());
    refused = t.editor->dissolve(t.tree.branchB, QDate(2016, 12, 31), 0, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"第一党小组", u"2017-03-15"}));
    CHECK_FALSE(t.org(t.tree.branchB).isDissolved());
    CHECK_FALSE(t.editor->dissolve(t.tree.branchB, QDate(), 0, {}).ok());
    CHECK(t.stack.count() == 0);
    CHECK(t.shape().size() == before.size());
}

TEST_CASE("Merging a branch moves its members and groups, then dissolves it; undo restores all",
          "[orgeditor]")
{
    Tree t;
    const qint64 groupA =
        t.add(t.tree.branchA, OrgKind::Group, QStringLiteral("市医院第一党支部第一党小组"),
              QStringLiteral("第一支部第一党小组"));
    const qint64 cai = t.addMember(t.tree.branchA, QStringLiteral("蔡良友"));
    const qint64 huang = t.addMember(groupA, QStringLiteral("黄美虹"));
    const qint64 lin = t.addMember(t.tree.group, QStringLiteral("林志强"));
    const QDate date(2024, 9, 1);

    REQUIRE(
        t.editor->merge(t.tree.branchA, t.tree.branchB, date, QStringLiteral("两支部合并")).ok());
    CHECK(t.stack.undoText() == QStringLiteral("Merge 市医院第一党支部 into 市医院第二党支部"));
    CHECK(t.org(t.tree.branchA).dissolved == date);
    CHECK_FALSE(t.org(t.tree.branchB).isDissolved());
    CHECK(t.member(cai).orgId == t.tree.branchB);
    CHECK(t.member(huang).orgId == groupA); // moved with the group
    CHECK(t.member(lin).orgId == t.tree.group);
    CHECK(t.org(groupA).parentId == t.tree.branchB);
    CHECK_FALSE(t.org(groupA).isDissolved());
    CHECK(t.children(t.tree.branchB) == QList<qint64>{t.tree.group, groupA});
    CHECK(t.children(t.tree.branchA).isEmpty());
    const QList<Transfer> history = t.ledger->transfers(cai).value();
    REQUIRE(history.size() == 1);
    CHECK(history.first().fromOrgId == t.tree.branchA);
    CHECK(history.first().toOrgId == t.tree.branchB);
    CHECK(history.first().date == date);
    CHECK(history.first().note == QStringLiteral("两支部合并"));
    CHECK(t.ledger->transfers(huang)->isEmpty());

    t.stack.undo();
    CHECK_FALSE(t.org(t.tree.branchA).isDissolved());
    CHECK(t.member(cai).orgId == t.tree.branchA);
    CHECK(t.member(huang).orgId == groupA);
    CHECK(t.org(groupA).parentId == t.tree.branchA);
    CHECK(t.children(t.tree.branchA) == QList<qint64>{groupA});
    CHECK(t.children(t.tree.branchB) == QList<qint64>{t.tree.group});
    CHECK(t.ledger->transfers(cai)->isEmpty());

    t.stack.redo();
    CHECK(t.org(t.tree.branchA).dissolved == date);
    CHECK(t.org(groupA).parentId == t.tree.branchB);
    CHECK(t.member(cai).orgId == t.tree.branchB);
    CHECK(t.ledger->transfers(cai)->size() == 1);
}

TEST_CASE("Merges that make no sense are refused", "[orgeditor]")
{
    Tree t;
    const QDate date(2024, 9, 1);
    auto refused = t.editor->merge(t.tree.branchA, t.tree.branchA, date, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第一党支部", u"itself"}));
    refused = t.editor->merge(t.tree.group, t.tree.branchA, date, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"第一党小组", u"only branches"}));
    CHECK_FALSE(t.editor->merge(t.tree.branchA, t.tree.committee, date, {}).ok());
    REQUIRE(t.editor->dissolve(t.tree.branchB, QDate(2023, 1, 1), 0, {}).ok());
    refused = t.editor->merge(t.tree.branchA, t.tree.branchB, date, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第二党支部", u"2023-01-01"}));
    CHECK(t.stack.count() == 1);
}

TEST_CASE("Only an organization nothing refers to can be removed", "[orgeditor]")
{
    Tree t;
    t.addMember(t.tree.branchA, QStringLiteral("蔡良友"));
    auto refused = t.ledger->removeOrganization(t.tree.branchA);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第一党支部", u"members belong to it"}));
    refused = t.ledger->removeOrganization(t.tree.branchB);
    REQUIRE_FALSE(refused.ok());
    CHECK(says(refused.error(), {u"市医院第二党支部", u"under it"}));
    CHECK(t.ledger->organization(t.tree.branchA).ok());

    const qint64 c = t.addBranchC();
    REQUIRE(t.ledger->removeOrganization(t.tree.group).ok());
    CHECK(t.children(t.tree.branchB).isEmpty());
    REQUIRE(t.ledger->removeOrganization(c).ok());
    CHECK_FALSE(t.ledger->organization(c).ok());
}

TEST_CASE("An organization's dates and removal respect its recorded activities", "[orgeditor]")
{
    QTemporaryDir dir;
    auto ledger = createLedger(dir.filePath(QStringLiteral("o.pldb")));
    const SmallTree tree = addSmallTree(*ledger);
    Activity a;
    a.orgId = tree.branchA;
    a.typeId = ledger->activityTypes().value().first().id;
    a.date = QDate(2020, 5, 1);
    a.headCount = 9;
    REQUIRE(ledger->addActivity(a));

    Organization org = ledger->organization(tree.branchA).value();
    org.founded = QDate(2021, 1, 1); // after the activity
    const auto later = ledger->updateOrganization(org);
    REQUIRE_FALSE(later);
    CHECK(later.error().contains(QStringLiteral("2020-05-01")));
    org.founded = QDate(1985, 7, 1);
    org.dissolved = QDate(2019, 12, 31); // before it
    CHECK_FALSE(ledger->updateOrganization(org));
    CHECK_FALSE(ledger->organization(tree.branchA).value().isDissolved());

    Organization empty;
    empty.kind = OrgKind::Branch;
    empty.parentId = tree.committee;
    empty.fullName = QStringLiteral("中共晋江市医院第九支部委员会");
    const qint64 ninth = ledger->addOrganization(empty).value();
    a.orgId = ninth;
    REQUIRE(ledger->addActivity(a));
    const auto removed = ledger->removeOrganization(ninth);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().contains(QStringLiteral("activities")));
}
