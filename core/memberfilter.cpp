#include "memberfilter.h"

#include "pinyin.h"

#include <QRegularExpression>

namespace PartyLedger {

MemberSearchText MemberSearchText::of(const QString &name, const QString &unitName,
                                      const QString &posts)
{
    const PinyinKeys keys = Pinyin::ofName(name);
    // Lower case once here, so matching a keystroke against 100,000 members needs no case folding.
    return {name.toLower(), keys.full, keys.initials, unitName.toLower(), posts.toLower()};
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
        const bool found = text.name.contains(word) || text.pinyinFull.contains(word) ||
                           text.pinyinInitials.contains(word) || text.unit.contains(word) ||
                           text.posts.contains(word);
        if (!found)
            return false;
    }
    return true;
}

} // namespace PartyLedger
