#include "idnumber.h"

#include <QRegularExpression>

namespace PartyLedger {

namespace {

constexpr int IdLength = 18;
constexpr int OldIdLength = 15;
constexpr int MinAge = 14;
constexpr int MaxAge = 120;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// 17 ASCII digits and a digit or X: the shape of every valid number, and of most typed ones.
bool hasIdShape(QStringView id)
{
    return id.size() == IdLength && allAsciiDigits(id.first(17)) &&
           (isAsciiDigit(id.at(17)) || id.at(17) == u'X');
}

// Province-level codes of GB/T 2260, including Taiwan, Hong Kong and Macao.
bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) ||
           code == 71 || code == 81 || code == 82;
}

// Excel shows an ID typed into a number cell as 3.50582E+17 or, once exported, with ".0";
// either way only 15 significant digits survived.
bool looksLikeSpreadsheetNumber(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[0-9]+(?:\\.[0-9]*)?[Ee]\\+?[0-9]+|[0-9]+\\.0+)$"));
    return pattern.match(text).hasMatch();
}

} // namespace

QString IdNumber::normalized(const QString &text)
{
    // Most ID numbers are already 17 ASCII digits and a digit or X: kept as they are, no copy.
    if (hasIdShape(text))
        return text;
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // Invisible marks pasted along from web pages and Word; a clerk cannot see to remove them.
        if (u == 0x200B || u == 0xFEFF)
            continue;
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits typed with a Chinese input method
            result.append(QChar(char16_t(u'0' + (u - 0xFF10))));
        else if (u == u'x' || u == 0xFF38 || u == 0xFF58)
            result.append(u'X');
        else
            result.append(c);
    }
    // QString::trimmed() knows U+3000, the full-width space, as white space.
    return result.trimmed();
}

QChar IdNumber::checkDigit(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checks[] = u"10X98765432";
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return QChar(checks[sum % 11]);
}

Result<IdNumberInfo> IdNumber::parse(const QString &text, QDate today)
{
    const QString id = normalized(text);
    if (id.isEmpty())
        return Error{tr("ID number is empty.")};
    const bool wellFormed = hasIdShape(id);
    if (!wellFormed && looksLikeSpreadsheetNumber(id))
        return Error{tr("ID number was stored by a spreadsheet as a number, which keeps only 15 "
                        "digits, so its last digits are lost; format the column as text and "
                        "enter the number again.")};
    if (id.size() == OldIdLength && allAsciiDigits(id))
        return Error{tr("ID number has the old 15-digit form; convert it to the 18-digit form "
                        "first.")};
    if (id.size() != IdLength)
        return Error{tr("ID number must have 18 characters, not %1.").arg(id.size())};

    const QStringView body = QStringView(id).first(17);
    const QChar last = id.at(17);
    if (!wellFormed)
        return Error{tr("ID number may hold only digits, with X as the last character.")};

    // The digits read by hand: every imported row is parsed, twice.
    const auto number = [&id](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i)
            value = value * 10 + (id.at(i).unicode() - u'0');
        return value;
    };
    if (!isProvinceCode(number(0, 2)))
        return Error{tr("ID number's region code %1 is not a Chinese region.").arg(id.first(6))};

    const QDate birth(number(6, 4), number(10, 2), number(12, 2));
    const auto shownDate = [&id]() -> QString {
        return id.sliced(6, 4) + u'-' + id.sliced(10, 2) + u'-' + id.sliced(12, 2);
    };
    if (!birth.isValid())
        return Error{
            tr("ID number holds the birth date %1, which is not a real date.").arg(shownDate())};
    if (birth < QDate(1900, 1, 1))
        return Error{
            tr("ID number holds the birth date %1, which is before 1900.").arg(shownDate())};
    if (birth > today)
        return Error{
            tr("ID number holds the birth date %1, which is in the future.").arg(shownDate())};

    const int age = ageBetween(birth, today);
    if (age < MinAge || age > MaxAge)
        return Error{tr("ID number gives an age of %1, which is not plausible.").arg(age)};

    const QChar expected = checkDigit(body);
    if (last != expected) {
        // A numeric cell that was widened back to 18 digits ends in zeros: say why, not just what.
        if (id.endsWith(QLatin1String("000")))
            return Error{tr("ID number's check digit should be %1, not 0, and the number ends in "
                            "000: a spreadsheet probably stored it as a number and lost its last "
                            "digits.")
                             .arg(expected)};
        return Error{tr("ID number's check digit (its last character) should be %1, not %2; "
                        "look for a mistyped digit.")
                         .arg(expected)
                         .arg(last)};
    }

    IdNumberInfo info;
    info.birthDate = birth;
    info.gender = (id.at(16).unicode() - u'0') % 2 == 1 ? Gender::Male : Gender::Female;
    info.regionCode = id.first(6);
    return info;
}

} // namespace PartyLedger
