#include "award.h"

#include <array>
#include <utility>

namespace PartyLedger {

namespace {
const std::array<std::pair<AwardLevel, const char *>, 6> levelCodes = {{
    {AwardLevel::National, "national"},
    {AwardLevel::Provincial, "provincial"},
    {AwardLevel::Municipal, "municipal"},
    {AwardLevel::County, "county"},
    {AwardLevel::System, "system"},
    {AwardLevel::Unit, "unit"},
}};
} // namespace

QString AwardVocabulary::code(AwardLevel level)
{
    for (const auto &[value, code] : levelCodes) {
        if (value == level)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<AwardLevel> AwardVocabulary::levelFromCode(const QString &code)
{
    for (const auto &[value, text] : levelCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString AwardVocabulary::label(AwardLevel level)
{
    switch (level) {
    case AwardLevel::National:
        return tr("National");
    case AwardLevel::Provincial:
        return tr("Provincial");
    case AwardLevel::Municipal:
        return tr("Municipal");
    case AwardLevel::County:
        return tr("County or district");
    case AwardLevel::System:
        return tr("Within the system");
    case AwardLevel::Unit:
        return tr("Within the unit");
    }
    return {};
}

QList<AwardLevel> AwardVocabulary::levels()
{
    QList<AwardLevel> all;
    for (const auto &[level, code] : levelCodes)
        all.append(level);
    return all;
}

QString AwardVocabulary::code(RecipientKind kind)
{
    return kind == RecipientKind::Organization ? QStringLiteral("organization")
                                               : QStringLiteral("person");
}

std::optional<RecipientKind> AwardVocabulary::recipientKindFromCode(const QString &code)
{
    if (code == QLatin1String("person"))
        return RecipientKind::Person;
    if (code == QLatin1String("organization"))
        return RecipientKind::Organization;
    return std::nullopt;
}

} // namespace PartyLedger
