#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace PartyLedger {

// The texts of one member that a roster search looks at, prepared once per member, in lower case.
struct MemberSearchText {
    QString name;
    QString pinyinFull;
    QString pinyinInitials;
    QString unit;
    QString posts; // administrative post and Party posts

    // posts: the administrative post and the Party posts, as one text.
    static MemberSearchText of(const QString &name, const QString &unitName, const QString &posts);
};

// The roster's filter criteria: the organizations in scope, the words typed in the search box and
// whether members off the roll (transferred out, deceased: the ledger's history) are shown.
// Every word must match the name, unit or post, or the name's pinyin (full or initials).
class MemberFilter {
public:
    // No scope set means every organization.
    void setScope(const QSet<qint64> &orgIds);
    void clearScope();
    void setQuery(const QString &text);
    QString query() const { return m_words.join(QLatin1Char(' ')); }
    bool hasQuery() const { return !m_words.isEmpty(); }
    void setShowingHistory(bool show) { m_history = show; }
    bool isShowingHistory() const { return m_history; }
    bool showsStanding(bool onRoll) const { return onRoll || m_history; }

    bool inScope(qint64 orgId) const { return !m_scoped || m_scope.contains(orgId); }
    bool hasScope(const QSet<qint64> &orgIds) const { return m_scoped && m_scope == orgIds; }
    bool matches(const MemberSearchText &text) const;
    bool accepts(qint64 orgId, const MemberSearchText &text) const
    {
        return inScope(orgId) && matches(text);
    }

private:
    bool m_scoped = false;
    QSet<qint64> m_scope;
    QStringList m_words;
    bool m_history = false;
};

} // namespace PartyLedger
