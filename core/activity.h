#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace PartyLedger {

// How often a 三会一课 duty must be held.
enum class DutyPeriod { Month, Quarter, Year };
// Who owes a duty: every branch (支部党员大会, 支部委员会, 党课) or every Party group (党小组会).
enum class DutyHolder { Branch, Group };

// A kind of activity (支部委员会, 义诊 ...). The bureau extends the list; a type that is one of the
// 三会一课 duties carries its rule, which is data the bureau may edit.
struct ActivityType {
    qint64 id = 0;
    QString name;
    bool isDuty = false; // one of 三会一课, with the rule below
    DutyPeriod dutyPeriod = DutyPeriod::Month;
    int dutyMinimum = 1; // at least this many per period
    DutyHolder dutyHolder = DutyHolder::Branch;
    int position = 0; // order in lists
};

// The figures an activity reports (服务统计).
struct ServiceFigures {
    qint64 peopleServed = 0;   // 服务群众人次
    qint64 problemsSolved = 0; // 解决问题件数
    qint64 households = 0;     // 帮扶户数
    qint64 fundsFen = 0;       // 帮扶资金, in fen (分): exact, 1 yuan = 100
    double hours = 0;          // 时长

    friend bool operator==(const ServiceFigures &, const ServiceFigures &) = default;
};

// One dated activity of one organization.
struct Activity {
    qint64 id = 0;
    qint64 orgId = 0;
    qint64 typeId = 0;
    QDate date;
    QString title;
    QList<qint64> participants; // member ids; when empty, headCount says how many took part
    int headCount = 0;
    ServiceFigures figures;
    QString note;

    // How many took part: the members listed, or the head count.
    int attendance() const { return participants.isEmpty() ? headCount : int(participants.size()); }
};

class ActivityVocabulary {
    Q_DECLARE_TR_FUNCTIONS(ActivityVocabulary)
public:
    static QString code(DutyPeriod period);
    static QString code(DutyHolder holder);
    static std::optional<DutyPeriod> periodFromCode(const QString &code);
    static std::optional<DutyHolder> holderFromCode(const QString &code);
    static QString label(DutyPeriod period); // 每月, 每季度, 每年
    // Yuan as people write it: 1234.5 -> "1,234.50"; and back, exact to the fen.
    static QString yuan(qint64 fen);
    static std::optional<qint64> fenFromYuan(const QString &text);
};

} // namespace PartyLedger
