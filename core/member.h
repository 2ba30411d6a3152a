#pragma once

#include <QAnyStringView>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace PartyLedger {

enum class Gender { Unknown, Male, Female };
enum class MemberCategory { Full, Probationary }; // 正式党员, 预备党员
// 在册, 流动, 离退休, 转出, 去世: the last two stay in history but are off the roll.
enum class MemberStatus { Active, Mobile, Retired, TransferredOut, Deceased };

// A post held in a Party organization (书记, 组织委员 ...); a member may hold several,
// in the branch and in the committee above it.
struct PartyPost {
    qint64 orgId = 0;
    QString post;

    friend bool operator==(const PartyPost &, const PartyPost &) = default;
};

// On the roll: neither transferred out nor deceased (those stay in the ledger as history).
bool isOnRollStatus(MemberStatus status);
// Whole years from birth to the given day; -1 when either date is missing.
int ageBetween(QDate birthDate, QDate day);

struct Member {
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QString ethnicity; // 民族
    QDate birthDate;
    QString idNumber; // 居民身份证号, 18 characters
    QString education;
    QString phone;
    qint64 unitId = 0;
    QString adminPost; // 行政职务, free text
    QString title;     // 职称
    qint64 orgId = 0;  // the branch (or group) the member belongs to
    QList<PartyPost> partyPosts;
    MemberCategory category = MemberCategory::Full;
    // The joining pipeline, in order: application, activist, candidate, join, confirmation.
    QDate applicationDate;
    QDate activistDate;
    QDate candidateDate;
    QDate joinDate;    // 入党日期: admission as probationary member
    QDate confirmDate; // 转正日期
    MemberStatus status = MemberStatus::Active;

    bool isOnRoll() const { return isOnRollStatus(status); }
    int ageOn(QDate day) const { return ageBetween(birthDate, day); }

    friend bool operator==(const Member &, const Member &) = default;
};

class MemberVocabulary {
    Q_DECLARE_TR_FUNCTIONS(MemberVocabulary)
public:
    static QString code(Gender gender);
    static QString code(MemberCategory category);
    static QString code(MemberStatus status);
    // Views, so a bulk read can pass the stored bytes without making a QString of each.
    static std::optional<Gender> genderFromCode(QAnyStringView code);
    static std::optional<MemberCategory> categoryFromCode(QAnyStringView code);
    static std::optional<MemberStatus> statusFromCode(QAnyStringView code);

    static QString label(Gender gender);
    static QString label(MemberCategory category);
    static QString label(MemberStatus status);
};

} // namespace PartyLedger
