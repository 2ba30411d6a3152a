#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace PartyLedger {

// Dates as office staff type them: 2021-07-01, 2021/7/1, 2021.7.1, 20210701, 2021年7月1日.
// A month without a day (2021.07, 2021年7月) means its first day, as Party records write
// 入党时间 to the month.
struct DateInput {
    // An empty text is a null date; text that is no date at all gives nullopt.
    static std::optional<QDate> parse(const QString &text);
    // How the program writes a date back into a field, and into the ledger: yyyy-MM-dd, empty
    // for a null date.
    static QString format(QDate date);
};

} // namespace PartyLedger
