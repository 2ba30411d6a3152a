#include "importcells.h"

#include "activity.h"
#include "dateinput.h"

#include <QRegularExpression>

#include <cmath>

namespace PartyLedger {

namespace {
// The usual 1900-01-01 to 2099-12-31: every date a ledger holds, and no number that is not one.
constexpr qint64 LastSerial = 73050;
constexpr int FirstYear = 1900;
constexpr int LastYear = 2100;

// yyyy-MM-dd, the form most cells hold, read without a regular expression: 100,000 rows with
// four dates each otherwise spend a third of an import in DateInput::parse.
std::optional<QDate> isoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// The unit words people type after a figure: 人, 人次, 件, 户, 次.
QString withoutUnit(QString text)
{
    static const QRegularExpression unit(QStringLiteral("\\s*(人次|人|件|户|次|个)$"));
    return text.remove(unit);
}
} // namespace

QDate ImportCells::fromExcelSerial(qint64 serial)
{
    // Serial 1 is 1900-01-01 and serial 60 the 29 February 1900 Excel counts; from 61 on, the
    // count runs from 1899-12-30.
    if (serial < 1 || serial == 60)
        return {};
    return serial < 60 ? QDate(1899, 12, 31).addDays(serial) : QDate(1899, 12, 30).addDays(serial);
}

Result<QDate> ImportCells::date(const SheetCell &cell)
{
    if (cell.isEmpty())
        return QDate();
    if (cell.kind == SheetCell::Kind::Date && cell.date.isValid())
        return cell.date;
    const QString shown = text(cell);
    if (auto iso = isoDate(shown))
        return *iso;
    // Made only when needed: most cells are dates, and a sentence per cell shows in 100,000 rows.
    const auto notADate = [&shown] {
        return Error{tr("“%1” is not a date; write it like 2021-07-01, 2021/7/1, 2021.07 or "
                        "2021年7月1日.")
                         .arg(shown)};
    };
    if (cell.kind == SheetCell::Kind::Number) {
        const double number = cell.number;
        const double whole = std::floor(number);
        if (number >= 19000101 && number <= 21001231 && number == whole) { // 20210701
            const auto typed = DateInput::parse(shown);
            return typed ? Result<QDate>(*typed) : notADate();
        }
        if (whole >= FirstYear && whole <= LastYear) {
            if (number == whole)
                return Error{tr("“%1” is only a year; give the month too, like %1.07.").arg(shown)};
            // 2021.07 typed into a number cell. The cell keeps 2021.1 for 2021.10 as well as
            // for 2021.1, so a one-digit 1 cannot be read either way.
            const QString decimals = shown.section(QLatin1Char('.'), 1);
            if (decimals == QLatin1String("1"))
                return Error{tr("“%1” could be January or October: the cell is a number, which "
                                "drops the 0 of .10. Format the column as text and type the "
                                "date again, like 2021-10.")
                                 .arg(shown)};
            if (decimals.size() <= 2) {
                const QDate month(int(whole), decimals.toInt(), 1);
                if (month.isValid())
                    return month;
            }
            return notADate();
        }
        if (number >= 1 && number <= LastSerial) {
            const QDate date = fromExcelSerial(qint64(whole));
            if (date.isValid())
                return date;
        }
        return notADate();
    }
    if (auto parsed = DateInput::parse(shown))
        return *parsed;
    return notADate();
}

Result<qint64> ImportCells::count(const SheetCell &cell)
{
    if (cell.isEmpty())
        return qint64(0);
    const QString shown = text(cell);
    const auto notACount = [&shown] {
        return Error{
            tr("“%1” is not a whole number; write digits only, like 12 or 1,200.").arg(shown)};
    };
    if (cell.kind == SheetCell::Kind::Number) {
        if (cell.number < 0)
            return Error{tr("%1 is below zero; a count cannot be negative.").arg(shown)};
        if (cell.number != std::floor(cell.number) || cell.number > 1e15)
            return notACount();
        return qint64(cell.number);
    }
    QString digits = withoutUnit(shown);
    digits.remove(QLatin1Char(',')).remove(QChar(0xFF0C));
    if (digits.startsWith(QLatin1Char('-')) && digits.size() > 1)
        return Error{tr("%1 is below zero; a count cannot be negative.").arg(shown)};
    static const QRegularExpression shape(QStringLiteral("^\\d{1,15}$"));
    if (!shape.match(digits).hasMatch())
        return notACount();
    return digits.toLongLong();
}

Result<qint64> ImportCells::fen(const SheetCell &cell)
{
    if (cell.isEmpty())
        return qint64(0);
    const QString shown = text(cell);
    if (shown.startsWith(QLatin1Char('-')))
        return Error{tr("%1 is below zero; an amount cannot be negative.").arg(shown)};
    const auto notAnAmount = [&shown] {
        return Error{tr("“%1” is not an amount in yuan; write it with at most two decimals, like "
                        "1234.50 or 1,234.5.")
                         .arg(shown)};
    };
    if (cell.kind == SheetCell::Kind::Number) {
        // A number cell holds binary fractions: 0.1 + 0.2 is 0.30000000000000004. Within a
        // millionth of a fen it is that fen; 1234.567 is not near any and stays an error.
        const double fen = cell.number * 100;
        const double rounded = std::round(fen);
        if (std::abs(fen - rounded) > 1e-6 || rounded > 1e15)
            return notAnAmount();
        return qint64(rounded);
    }
    if (auto fen = ActivityVocabulary::fenFromYuan(shown))
        return *fen;
    return notAnAmount();
}

Result<double> ImportCells::hours(const SheetCell &cell)
{
    if (cell.isEmpty())
        return 0.0;
    const QString shown = text(cell);
    double value = cell.number;
    bool ok = cell.kind == SheetCell::Kind::Number;
    if (!ok) {
        static const QRegularExpression unit(QStringLiteral("\\s*(小时|h|H|hours?)$"));
        QString number = shown;
        number.remove(unit);
        value = number.toDouble(&ok);
    }
    if (!ok || !std::isfinite(value))
        return Error{tr("“%1” is not a number of hours; write it like 2 or 1.5.").arg(shown)};
    if (value < 0)
        return Error{tr("%1 is below zero; hours cannot be negative.").arg(shown)};
    return value;
}

} // namespace PartyLedger
