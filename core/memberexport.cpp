#include "memberexport.h"

#include <QHash>
#include <QStringList>

namespace PartyLedger {

namespace {

// The importer's words, in Chinese whatever the UI language.
QString genderText(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("男");
    case Gender::Female:
        return QStringLiteral("女");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString categoryText(MemberCategory category)
{
    return category == MemberCategory::Probationary ? QStringLiteral("预备党员")
                                                    : QStringLiteral("正式党员");
}

QString statusText(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return QStringLiteral("在册");
    case MemberStatus::Mobile:
        return QStringLiteral("流动");
    case MemberStatus::Retired:
        return QStringLiteral("离退休");
    case MemberStatus::TransferredOut:
        return QStringLiteral("转出");
    case MemberStatus::Deceased:
        return QStringLiteral("去世");
    }
    return {};
}

// An empty text or a missing date is an empty cell, not an empty string.
QVariant cell(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant cell(QDate date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

} // namespace

ExportTable membersTable(const QList<Member> &members, const QList<Organization> &organizations,
                         const QList<Unit> &units)
{
    using Kind = ExportColumn::Kind;
    ExportTable table;
    table.sheetName = QStringLiteral("花名册");
    table.columns = {
        {QStringLiteral("姓名"), Kind::Text},         {QStringLiteral("性别"), Kind::Text},
        {QStringLiteral("民族"), Kind::Text},         {QStringLiteral("出生日期"), Kind::Date},
        {QStringLiteral("公民身份号码"), Kind::Text}, {QStringLiteral("学历"), Kind::Text},
        {QStringLiteral("联系电话"), Kind::Text},     {QStringLiteral("工作单位"), Kind::Text},
        {QStringLiteral("行政职务"), Kind::Text},     {QStringLiteral("职称"), Kind::Text},
        {QStringLiteral("所在党支部"), Kind::Text},   {QStringLiteral("人员类别"), Kind::Text},
        {QStringLiteral("入党日期"), Kind::Date},     {QStringLiteral("转正日期"), Kind::Date},
        {QStringLiteral("人员状态"), Kind::Text},     {QStringLiteral("党内职务"), Kind::Text},
    };
    QHash<qint64, QVariant> orgNames, unitNames;
    for (const Organization &org : organizations)
        orgNames.insert(org.id, cell(org.fullName.isEmpty() ? org.shortName : org.fullName));
    for (const Unit &unit : units)
        unitNames.insert(unit.id, cell(unit.name));

    table.rows.reserve(members.size());
    QStringList posts;
    for (const Member &m : members) {
        posts.clear();
        // The branch's posts only: the importer reads this column as posts in the member's
        // branch, so a committee post listed here would come back as a second, branch post.
        for (const PartyPost &post : m.partyPosts) {
            if (post.orgId == m.orgId && !post.post.isEmpty())
                posts.append(post.post);
        }
        table.rows.append({
            cell(m.name),
            cell(genderText(m.gender)),
            cell(m.ethnicity),
            cell(m.birthDate),
            cell(m.idNumber),
            cell(m.education),
            cell(m.phone),
            unitNames.value(m.unitId),
            cell(m.adminPost),
            cell(m.title),
            orgNames.value(m.orgId),
            cell(categoryText(m.category)),
            cell(m.joinDate),
            cell(m.confirmDate),
            cell(statusText(m.status)),
            cell(posts.join(u'、')),
        });
    }
    return table;
}

} // namespace PartyLedger
