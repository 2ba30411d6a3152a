#include "period.h"

namespace PartyLedger {

Period Period::year(int year)
{
    return {Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

Period Period::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

Period Period::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

Period Period::range(QDate first, QDate last)
{
    return {Kind::Range, first, last};
}

QString Period::code() const
{
    switch (kind) {
    case Kind::Year:
        return QString::number(first.year());
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
    case Kind::Month:
        return first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Range:
        break;
    }
    return first.toString(Qt::ISODate) + QStringLiteral("..") + last.toString(Qt::ISODate);
}

QString Period::label() const
{
    return Periods::label(*this);
}

QList<Period> Period::split(Kind into) const
{
    QList<Period> parts;
    if (!isValid())
        return parts;
    QDate start(first.year(), first.month(), 1);
    if (into == Kind::Quarter)
        start = QDate(first.year(), (first.month() - 1) / 3 * 3 + 1, 1);
    while (start <= last) {
        const Period part = into == Kind::Quarter
                                ? quarter(start.year(), (start.month() - 1) / 3 + 1)
                            : into == Kind::Year ? year(start.year())
                                                 : month(start.year(), start.month());
        parts.append(part);
        start = part.last.addDays(1);
    }
    return parts;
}

QString Periods::label(const Period &period)
{
    const int year = period.first.year();
    switch (period.kind) {
    case Period::Kind::Year:
        return tr("year %1").arg(year);
    case Period::Kind::Quarter:
        return tr("Q%2 %1").arg(year).arg((period.first.month() - 1) / 3 + 1);
    case Period::Kind::Month:
        return tr("%2/%1").arg(year).arg(period.first.month());
    case Period::Kind::Range:
        break;
    }
    return tr("%1 to %2")
        .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
}

} // namespace PartyLedger
