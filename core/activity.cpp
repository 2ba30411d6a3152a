#include "activity.h"

#include <QRegularExpression>

namespace PartyLedger {

QString ActivityVocabulary::code(DutyPeriod period)
{
    switch (period) {
    case DutyPeriod::Month:
        return QStringLiteral("month");
    case DutyPeriod::Quarter:
        return QStringLiteral("quarter");
    case DutyPeriod::Year:
        return QStringLiteral("year");
    }
    return {};
}

QString ActivityVocabulary::code(DutyHolder holder)
{
    return holder == DutyHolder::Group ? QStringLiteral("group") : QStringLiteral("branch");
}

std::optional<DutyPeriod> ActivityVocabulary::periodFromCode(const QString &code)
{
    for (DutyPeriod period : {DutyPeriod::Month, DutyPeriod::Quarter, DutyPeriod::Year}) {
        if (ActivityVocabulary::code(period) == code)
            return period;
    }
    return std::nullopt;
}

std::optional<DutyHolder> ActivityVocabulary::holderFromCode(const QString &code)
{
    for (DutyHolder holder : {DutyHolder::Branch, DutyHolder::Group}) {
        if (ActivityVocabulary::code(holder) == code)
            return holder;
    }
    return std::nullopt;
}

QString ActivityVocabulary::label(DutyPeriod period)
{
    switch (period) {
    case DutyPeriod::Month:
        return tr("monthly");
    case DutyPeriod::Quarter:
        return tr("quarterly");
    case DutyPeriod::Year:
        return tr("yearly");
    }
    return {};
}

QString ActivityVocabulary::yuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = fen < 0 ? -fen : fen;
    // Thousands grouped with commas whatever the locale: amounts read the same everywhere.
    QString whole = QString::number(abs / 100);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QLatin1Char(','));
    return sign + whole + QLatin1Char('.') +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> ActivityVocabulary::fenFromYuan(const QString &given)
{
    // Digits with optional thousands separators and at most two decimals; never through a
    // double, so 0.1 + 0.2 stays 30 fen.
    QString text = given.trimmed();
    text.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    if (text.endsWith(QChar(0x5143))) // 元
        text.chop(1);
    static const QRegularExpression shape(QStringLiteral(R"(^(\d{1,13})(?:\.(\d{1,2}))?$)"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(1).toLongLong();
    QString cents = match.captured(2);
    while (cents.size() < 2)
        cents += QLatin1Char('0');
    return whole * 100 + cents.toLongLong();
}

} // namespace PartyLedger
