#pragma once

#include "member.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace PartyLedger {

// What an 18-character resident ID number (居民身份证号, GB 11643-1999) tells about its holder.
struct IdNumberInfo {
    QDate birthDate;
    Gender gender = Gender::Unknown;
    QString regionCode; // the first six digits (地址码)
};

class IdNumber {
    Q_DECLARE_TR_FUNCTIONS(IdNumber)
public:
    // Trims white space (full-width too), turns full-width digits and X into ASCII, x into X.
    static QString normalized(const QString &text);
    // The GB 11643-1999 check character for 17 ASCII digits; a null QChar for anything else.
    static QChar checkDigit(QStringView first17);
    // Normalizes, then checks form, birth date, region, a plausible age at `today` and the
    // check digit; the error names the field and what is wrong, never the whole number.
    static Result<IdNumberInfo> parse(const QString &text, QDate today = QDate::currentDate());
};

} // namespace PartyLedger
