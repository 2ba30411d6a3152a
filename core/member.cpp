#include "member.h"

namespace PartyLedger {

bool isOnRollStatus(MemberStatus status)
{
    return status != MemberStatus::TransferredOut && status != MemberStatus::Deceased;
}

int ageBetween(QDate birthDate, QDate day)
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

QString MemberVocabulary::code(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString MemberVocabulary::code(MemberCategory category)
{
    return category == MemberCategory::Probationary ? QStringLiteral("probationary")
                                                    : QStringLiteral("full");
}

QString MemberVocabulary::code(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return QStringLiteral("active");
    case MemberStatus::Mobile:
        return QStringLiteral("mobile");
    case MemberStatus::Retired:
        return QStringLiteral("retired");
    case MemberStatus::TransferredOut:
        return QStringLiteral("transferred_out");
    case MemberStatus::Deceased:
        return QStringLiteral("deceased");
    }
    return {};
}

std::optional<Gender> MemberVocabulary::genderFromCode(QAnyStringView code)
{
    for (Gender g : {Gender::Unknown, Gender::Male, Gender::Female}) {
        if (QAnyStringView::equal(MemberVocabulary::code(g), code))
            return g;
    }
    return std::nullopt;
}

std::optional<MemberCategory> MemberVocabulary::categoryFromCode(QAnyStringView code)
{
    for (MemberCategory c : {MemberCategory::Full, MemberCategory::Probationary}) {
        if (QAnyStringView::equal(MemberVocabulary::code(c), code))
            return c;
    }
    return std::nullopt;
}

std::optional<MemberStatus> MemberVocabulary::statusFromCode(QAnyStringView code)
{
    for (MemberStatus s : {MemberStatus::Active, MemberStatus::Mobile, MemberStatus::Retired,
                           MemberStatus::TransferredOut, MemberStatus::Deceased}) {
        if (QAnyStringView::equal(MemberVocabulary::code(s), code))
            return s;
    }
    return std::nullopt;
}

QString MemberVocabulary::label(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return tr("Male");
    case Gender::Female:
        return tr("Female");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString MemberVocabulary::label(MemberCategory category)
{
    return category == MemberCategory::Probationary ? tr("Probationary") : tr("Full");
}

QString MemberVocabulary::label(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return tr("Active");
    case MemberStatus::Mobile:
        return tr("Mobile member");
    case MemberStatus::Retired:
        return tr("Retired");
    case MemberStatus::TransferredOut:
        return tr("Transferred out");
    case MemberStatus::Deceased:
        return tr("Deceased");
    }
    return {};
}

} // namespace PartyLedger
