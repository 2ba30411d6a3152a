#include "annualsummary.h"

#include "ledger.h"

#include <QStringList>

namespace PartyLedger {

namespace {
// A meeting is held (召开); anything else is carried out (开展).
bool isMeeting(const QString &typeName)
{
    return typeName.endsWith(QStringLiteral("会")) || typeName.endsWith(QStringLiteral("会议"));
}

// A whole part and hundredths, without trailing zeros: 5, 5.2, 5.23.
QString decimal(qint64 hundredths)
{
    QString text = QString::number(hundredths / 100);
    const int rest = int(hundredths % 100);
    if (rest == 0)
        return text;
    text += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
    if (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}
} // namespace

QString AnnualSummary::money(qint64 fen)
{
    if (fen >= 1'000'000) // 10,000 yuan: hundredths of 万 are 100 yuan, 10,000 fen
        return decimal((fen + 5'000) / 10'000) + QStringLiteral("万元");
    return decimal(fen) + QStringLiteral("元");
}

QString AnnualSummary::write(const QString &orgName, OrgKind kind, int year,
                             const ActivityStatistics &statistics)
{
    const bool forBranches = kind == OrgKind::Committee || kind == OrgKind::GeneralBranch;
    const QString subject = orgName + (forBranches ? QStringLiteral("所属各党支部") : QString());
    const QString opening = QStringLiteral("%1年，%2").arg(year).arg(subject);
    if (statistics.activities <= 0)
        return opening + QStringLiteral("未记录党组织活动。");

    QStringList held, carriedOut;
    for (const TypeCount &type : statistics.types) {
        if (type.count > 0)
            (isMeeting(type.typeName) ? held : carriedOut)
                .append(QStringLiteral("%1%2次").arg(type.typeName).arg(type.count));
    }
    QStringList clauses;
    if (!held.isEmpty())
        clauses.append(QStringLiteral("召开") + held.join(QStringLiteral("、")));
    if (!carriedOut.isEmpty())
        clauses.append(QStringLiteral("开展") + carriedOut.join(QStringLiteral("、")));
    QString text = opening + QStringLiteral("共") + clauses.join(QStringLiteral("，"));
    if (statistics.participants > 0) {
        text += QStringLiteral("，%1名党员参加活动").arg(statistics.participants);
        if (statistics.membersOnRoll > 0) {
            // Tenths of a percent, rounded half up.
            const qint64 tenths =
                (qint64(statistics.participants) * 2000 + statistics.membersOnRoll) /
                (2 * qint64(statistics.membersOnRoll));
            const QString rate = tenths % 10 == 0
                                     ? QString::number(tenths / 10)
                                     : QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
            text += QStringLiteral("（占在册党员的%1%）").arg(rate);
        }
    }

    const ServiceFigures &f = statistics.figures;
    QStringList service;
    if (f.peopleServed > 0)
        service.append(QStringLiteral("服务群众%1人次").arg(f.peopleServed));
    if (f.problemsSolved > 0)
        service.append(QStringLiteral("解决实际问题%1件").arg(f.problemsSolved));
    if (f.households > 0)
        service.append(QStringLiteral("结对帮扶%1户").arg(f.households));
    if (f.fundsFen > 0)
        service.append(QStringLiteral("落实帮扶资金") + money(f.fundsFen));
    if (!service.isEmpty())
        text += QStringLiteral("；") + service.join(QStringLiteral("，"));
    return text + QStringLiteral("。");
}

OrgKind AnnualSummary::kindFromName(const QString &orgName)
{
    const QString name = orgName.trimmed();
    const auto ends = [&](const char *suffix) {
        return name.endsWith(QString::fromUtf8(suffix));
    };
    if (ends("党总支") || ends("总支部委员会") || ends("总支委员会"))
        return OrgKind::GeneralBranch;
    if (ends("支部委员会") || ends("支部"))
        return OrgKind::Branch;
    if (ends("党小组") || ends("小组"))
        return OrgKind::Group;
    if (ends("党委") || ends("委员会"))
        return OrgKind::Committee;
    return OrgKind::Branch;
}

QString AnnualSummary::write(const QString &orgName, int year, const ActivityStatistics &statistics)
{
    return write(orgName, kindFromName(orgName), year, statistics);
}

Result<QString> AnnualSummary::write(const Ledger &ledger, qint64 orgId, int year)
{
    QString name = ledger.name();
    OrgKind kind = OrgKind::Committee;
    if (orgId > 0) {
        auto org = ledger.organization(orgId);
        if (!org)
            return Error{org.error()};
        name = org->displayName();
        kind = org->kind;
    } else {
        auto all = ledger.organizations();
        if (!all)
            return Error{all.error()};
        QList<Organization> top;
        for (const Organization &org : all.value()) {
            if (org.parentId == 0)
                top.append(org);
        }
        if (top.size() == 1) {
            name = top.first().displayName();
            kind = top.first().kind;
        }
    }
    auto statistics = ledger.activityStatistics(orgId, Period::year(year));
    if (!statistics)
        return Error{statistics.error()};
    return write(name, kind, year, statistics.value());
}

} // namespace PartyLedger
