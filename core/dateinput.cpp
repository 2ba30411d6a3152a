#include "dateinput.h"

#include <QRegularExpression>

namespace PartyLedger {

std::optional<QDate> DateInput::parse(const QString &given)
{
    const QString text = given.trimmed();
    if (text.isEmpty())
        return QDate();
    // Year, month and an optional day, separated by - / . or 年 月 (日 at the end).
    static const QRegularExpression separated(QStringLiteral(
        R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?|月)?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})?$)"));
    QRegularExpressionMatch match = separated.match(text);
    if (!match.hasMatch())
        match = compact.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    const int day = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString DateInput::format(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace PartyLedger
