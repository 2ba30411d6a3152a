#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace PartyLedger {

enum class AwardLevel { National, Provincial, Municipal, County, System, Unit };
enum class RecipientKind { Person, Organization }; // counted 名 or 个

// One line of an honor list. The citation is a snapshot taken when the recipient was added,
// so later roster changes never rewrite a published list.
struct AwardRecipient {
    qint64 id = 0;
    qint64 memberId = 0; // 0: not a member of this ledger
    qint64 orgId = 0;    // for organization recipients
    QString name;
    QString citation;
};

struct AwardCategory {
    qint64 id = 0;
    QString name; // 优秀共产党员
    RecipientKind recipientKind = RecipientKind::Person;
    QList<AwardRecipient> recipients;
};

// An award decision (表彰决定) with its ordered categories.
struct Award {
    qint64 id = 0;
    QString title;
    QDate date;
    QString documentNumber; // 文号
    AwardLevel level = AwardLevel::System;
    QString grantor;
    QList<AwardCategory> categories;
};

// One honor of a member or organization, as its details list it.
struct HonorRecord {
    qint64 awardId = 0;
    QString awardTitle;
    QDate date;
    AwardLevel level = AwardLevel::System;
    QString category;
    QString citation;
};

// The award list's filter: a year (0: any) and a level (none: any).
struct AwardFilter {
    int year = 0;
    std::optional<AwardLevel> level;

    bool accepts(const Award &award) const
    {
        return (year == 0 || award.date.year() == year) && (!level || award.level == *level);
    }
};

class AwardVocabulary {
    Q_DECLARE_TR_FUNCTIONS(AwardVocabulary)
public:
    static QString label(AwardLevel level); // 国家级, 省级 ...
    static QList<AwardLevel> levels();
    static QString code(AwardLevel level);
    static std::optional<AwardLevel> levelFromCode(const QString &code);
    static QString code(RecipientKind kind);
    static std::optional<RecipientKind> recipientKindFromCode(const QString &code);
};

} // namespace PartyLedger
