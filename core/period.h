#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace PartyLedger {

// A reporting period: a year, a quarter, a month or any range of days, first and last day
// included.
struct Period {
    enum class Kind { Year, Quarter, Month, Range };
    Kind kind = Kind::Year;
    QDate first;
    QDate last;

    static Period year(int year);
    static Period quarter(int year, int quarter); // 1..4
    static Period month(int year, int month);     // 1..12
    static Period range(QDate first, QDate last);
    // "2023", "2023-Q4", "2023-07", "2023-03-01..2023-05-31": as the command line prints it.
    QString code() const;
    // 2023年, 2023年第4季度, 2023年7月: as reports write it (in the UI's language).
    QString label() const;
    bool contains(QDate date) const { return date >= first && date <= last; }
    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    // The months or quarters the period covers, in order (the 三会一课 check walks these).
    QList<Period> split(Kind into) const;

    friend bool operator==(const Period &, const Period &) = default;
};

class Periods {
    Q_DECLARE_TR_FUNCTIONS(Periods)
public:
    static QString label(const Period &period);
};

} // namespace PartyLedger
