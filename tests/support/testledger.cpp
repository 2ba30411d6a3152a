#include "testledger.h"

#include "demoledger.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace PartyLedger::Testing {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

std::unique_ptr<Ledger> createLedger(const QString &path)
{
    auto created = Ledger::create(path);
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    return std::move(created.value());
}

SmallTree addSmallTree(Ledger &ledger)
{
    SmallTree tree;
    tree.unit = ledger.addUnit({0, QStringLiteral("晋江市医院"), QStringLiteral("市医院")}).value();
    Organization committee;
    committee.kind = OrgKind::Committee;
    committee.fullName = QStringLiteral("中共晋江市医院委员会");
    committee.shortName = QStringLiteral("市医院党委");
    committee.unitId = tree.unit;
    committee.founded = QDate(1985, 7, 1);
    tree.committee = ledger.addOrganization(committee).value();

    Organization branch = committee;
    branch.kind = OrgKind::Branch;
    branch.parentId = tree.committee;
    branch.fullName = QStringLiteral("中共晋江市医院第一支部委员会");
    branch.shortName = QStringLiteral("市医院第一党支部");
    branch.sortOrder = 1;
    tree.branchA = ledger.addOrganization(branch).value();
    branch.fullName = QStringLiteral("中共晋江市医院第二支部委员会");
    branch.shortName = QStringLiteral("市医院第二党支部");
    branch.sortOrder = 2;
    tree.branchB = ledger.addOrganization(branch).value();

    Organization group = branch;
    group.kind = OrgKind::Group;
    group.parentId = tree.branchB;
    group.fullName = QStringLiteral("市医院第二党支部第一党小组");
    group.shortName = QStringLiteral("第一党小组");
    tree.group = ledger.addOrganization(group).value();
    return tree;
}

Member validMember(qint64 orgId, const QString &name)
{
    Member m;
    m.name = name;
    m.gender = Gender::Male;
    m.ethnicity = QStringLiteral("汉族");
    m.birthDate = QDate(1976, 4, 12);
    m.idNumber = QStringLiteral("350582197604121238"); // check digit worked out by hand: 8
    m.education = QStringLiteral("大学本科");
    m.phone = QStringLiteral("13805951234");
    m.adminPost = QStringLiteral("办公室主任");
    m.title = QStringLiteral("主治医师");
    m.orgId = orgId;
    m.partyPosts = {{orgId, QStringLiteral("书记")}};
    m.category = MemberCategory::Full;
    m.applicationDate = QDate(1997, 3, 1);
    m.activistDate = QDate(1998, 3, 1);
    m.candidateDate = QDate(1999, 3, 1);
    m.joinDate = QDate(2000, 7, 1);
    m.confirmDate = QDate(2001, 7, 1);
    return m;
}

QString writeDemo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto written = DemoLedger::write(path);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    return path;
}

} // namespace PartyLedger::Testing
