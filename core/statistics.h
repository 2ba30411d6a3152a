#pragma once

#include "activity.h"
#include "award.h"
#include "period.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace PartyLedger {

// What the statistics view, the dashboard, the summary paragraph and `partyledger stats` show;
// aggregated by the store in SQL (ledgerstatistics.cpp), never by loading every activity.

struct TypeCount {
    qint64 typeId = 0;
    QString typeName;
    int count = 0;
};

// What Ledger::activityStatistics works out besides the counts and figures per type.
enum class StatisticsPart {
    Participants = 0x1, // distinct members taking part, members on the roll
    Shortfalls = 0x2,   // the 三会一课 duties fallen short of
    Months = 0x4,       // counts and figures per month and type
};
Q_DECLARE_FLAGS(StatisticsParts, StatisticsPart)

// A 三会一课 duty an organization fell short of in one period (a month or a quarter).
struct Shortfall {
    qint64 orgId = 0;
    QString orgName; // as the tree names it
    qint64 typeId = 0;
    QString typeName;
    Period period;
    int required = 0;
    int held = 0;
};

struct MonthlyTypeCount {
    int month = 0; // 1..12
    qint64 typeId = 0;
    QString typeName;
    int count = 0;
    ServiceFigures figures; // the sums of these activities: the dashboard's totals need no
                            // second pass over the year
};

// The activities of an organization's subtree in a period.
struct ActivityStatistics {
    QList<TypeCount> types; // each type held at least once, in the type list's order
    ServiceFigures figures; // sums over the activities
    int activities = 0;
    int participants = 0;             // distinct members listed as taking part
    int membersOnRoll = 0;            // members on the roll of the subtree today
    QList<Shortfall> shortfalls;      // with StatisticsPart::Shortfalls
    QList<MonthlyTypeCount> perMonth; // with StatisticsPart::Months, month by month
    double participationRate() const
    {
        return membersOnRoll > 0 ? double(participants) / membersOnRoll : 0.0;
    }
};

struct YearCount {
    int year = 0;
    int count = 0;
};

// Who the members on the roll of a subtree are, for the dashboard.
struct MemberStructure {
    int male = 0;
    int female = 0;
    int genderUnknown = 0;
    QList<std::pair<QString, int>> ageBands;  // "35岁及以下", "36-45岁", ... in order
    QList<std::pair<QString, int>> education; // as entered, most first
    int full = 0;
    int probationary = 0;
    int retirees = 0; // status retired, or in a retirees' branch
    // Everyone of the subtree who joined, per year, whatever their standing now (history).
    QList<YearCount> joinedPerYear;
    int total() const { return male + female + genderUnknown; }
};

struct HonorCount {
    int year = 0;
    AwardLevel level = AwardLevel::System;
    int count = 0; // recipients: people and organizations of the subtree
};

} // namespace PartyLedger

// Outside the namespace: inside, it would hide Qt's operator| from code in the namespace.
Q_DECLARE_OPERATORS_FOR_FLAGS(PartyLedger::StatisticsParts)
