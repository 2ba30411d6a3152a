#include "memberfilter.h"

#include "member.h"
#include "pinyin.h"

#include <QRegularExpression>

namespace PartyLedger {

MemberSearchText MemberSearchText::of(const Member &member, const QString &unitName,
                                      const QString &partyPosts)
{
    const PinyinKeys keys = Pinyin::ofName(member.name);
    return {member.name, keys.full, keys.initials, unitName,
            member.adminPost + QLatin1Char(' ') + partyPosts};
}

void MemberFilter::setScope(const QSet<qint64> &orgIds)
{
    m_scoped = true;
    m_scope = orgIds;
}

void MemberFilter::clearScope()
{
    m_scoped = false;
    m_scope.clear();
}

void MemberFilter::setQuery(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    m_words = text.toLower().split(spaces, Qt::SkipEmptyParts);
}

bool MemberFilter::matches(const MemberSearchText &text) const
{
    for (const QString &word : m_words) {
        const bool found = text.name.contains(word, Qt::CaseInsensitive) ||
                           text.pinyinFull.contains(word) || text.pinyinInitials.contains(word) ||
                           text.unit.contains(word, Qt::CaseInsensitive) ||
                           text.posts.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace PartyLedger
