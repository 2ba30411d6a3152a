#pragma once

#include "organization.h"
#include "result.h"
#include "statistics.h"

#include <QString>

namespace PartyLedger {

class Ledger;

// The paragraph a bureau's annual report gives an organization's year of activities, written
// from the statistics alone: nothing is added that the figures do not say, a type never held
// is left out, and every count is exact (funds of 10,000 yuan or more in 万元 with at most two
// decimals, i.e. to the nearest 100 yuan; less in 元 to the fen). It is Chinese whatever the
// window's language, like the printed reports:
//   2023年，市医院党委所属各党支部共召开支部党员大会4次、支部委员会12次，开展党课4次、主题
//   党日12次，45名党员参加活动（占在册党员的90%）；服务群众1530人次，结对帮扶13户，落实帮扶
//   资金5万元。
// Meetings (types named …会 or …会议: the 三会, 组织生活会, 民主生活会) are 召开; every other
// type (党课, 主题党日, study, service) is 开展, each group in the type list's order. Service
// figures: people served → 服务群众…人次, problems solved → 解决实际问题…件, households →
// 结对帮扶…户, funds → 落实帮扶资金…万元/元. Hours are not reported. A committee or general
// branch speaks for 所属各党支部; a branch or group for itself.
class AnnualSummary {
public:
    static QString write(const QString &orgName, OrgKind kind, int year,
                         const ActivityStatistics &statistics);
    // The same with the kind read from the name: …党委, …党总支, …总支部委员会 and other
    // …委员会 are committees or general branches; …支部委员会, …党支部 and …党小组 speak for
    // themselves, as does any other name. Pass the kind when it is known.
    static QString write(const QString &orgName, int year, const ActivityStatistics &statistics);
    static OrgKind kindFromName(const QString &orgName);
    // The organization's year as the ledger records it (rootOrgId 0: the whole ledger, named
    // after its single top-level organization, else after the file).
    static Result<QString> write(const Ledger &ledger, qint64 orgId, int year);

    // Money as the paragraph writes it: "5万元", "5.23万元", "1234.5元".
    static QString money(qint64 fen);
};

} // namespace PartyLedger
