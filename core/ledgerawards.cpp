// The store's part for honors: award decisions, their categories and recipients.
#include "ledger.h"

#include "sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

namespace PartyLedger {

using namespace SqlValues;

namespace {
// Recipients keep the printed order as positions 0..n-1 within their category.
const QString OpenGap = QStringLiteral(
    "UPDATE award_recipients SET position = position + 1 WHERE category_id = ? AND position >= ?");
const QString CloseGap = QStringLiteral(
    "UPDATE award_recipients SET position = position - 1 WHERE category_id = ? AND position > ?");
const QString CategoryOpenGap = QStringLiteral(
    "UPDATE award_categories SET position = position + 1 WHERE award_id = ? AND position >= ?");
const QString CategoryCloseGap = QStringLiteral(
    "UPDATE award_categories SET position = position - 1 WHERE award_id = ? AND position > ?");
} // namespace

Result<void> Ledger::run(const QString &sql, const QVariantList &values, const QString &what)
{
    auto query = execute(sql, values, what);
    if (!query)
        return Error{query.error()};
    query.value()->finish();
    return {};
}

Result<qint64> Ledger::insertAward(const Award &award)
{
    auto awardId = insert(QStringLiteral("INSERT INTO awards (id, title, date, document_number, "
                                         "level, grantor) VALUES (?, ?, ?, ?, ?, ?)"),
                          {idValue(award.id), award.title, dateValue(award.date),
                           award.documentNumber, AwardVocabulary::code(award.level), award.grantor},
                          tr("the award %1").arg(award.title));
    if (!awardId)
        return awardId;
    for (int c = 0; c < award.categories.size(); ++c) {
        if (auto added = addCategory(awardId.value(), c, award.categories.at(c)); !added)
            return Error{added.error()};
    }
    return awardId;
}

Result<qint64> Ledger::addAward(const Award &award)
{
    Result<qint64> id = Error{};
    auto written = write([&]() -> Result<void> {
        id = insertAward(award);
        return id ? Result<void>() : Error{id.error()};
    });
    return written ? id : Error{written.error()};
}

Result<void> Ledger::updateAwardDetails(const Award &award)
{
    return write([&]() {
        return run(QStringLiteral("UPDATE awards SET title = ?, date = ?, document_number = ?, "
                                  "level = ?, grantor = ? WHERE id = ?"),
                   {award.title, dateValue(award.date), award.documentNumber,
                    AwardVocabulary::code(award.level), award.grantor, award.id},
                   tr("the award %1").arg(award.title));
    });
}

Result<void> Ledger::removeAward(qint64 awardId)
{
    return write([&]() {
        return run(QStringLiteral("DELETE FROM awards WHERE id = ?"), {awardId}, tr("the award"));
    });
}

Result<qint64> Ledger::addCategory(qint64 awardId, int position, const AwardCategory &category)
{
    Result<qint64> id = Error{};
    auto written = write([&]() -> Result<void> {
        if (auto gap = run(CategoryOpenGap, {awardId, position}, tr("the award")); !gap)
            return gap;
        id = insert(QStringLiteral("INSERT INTO award_categories (id, award_id, name, "
                                   "recipient_kind, position) VALUES (?, ?, ?, ?, ?)"),
                    {idValue(category.id), awardId, category.name,
                     AwardVocabulary::code(category.recipientKind), position},
                    tr("the award category %1").arg(category.name));
        if (!id)
            return Error{id.error()};
        for (int r = 0; r < category.recipients.size(); ++r) {
            if (auto added = addRecipient(id.value(), r, category.recipients.at(r)); !added)
                return Error{added.error()};
        }
        return {};
    });
    return written ? id : Error{written.error()};
}

Result<void> Ledger::updateCategory(qint64 categoryId, const QString &name, RecipientKind kind)
{
    return write([&]() {
        return run(
            QStringLiteral("UPDATE award_categories SET name = ?, recipient_kind = ? WHERE id = ?"),
            {name, AwardVocabulary::code(kind), categoryId}, tr("the award category %1").arg(name));
    });
}

Result<void> Ledger::removeCategory(qint64 categoryId)
{
    return write([&]() -> Result<void> {
        auto found =
            select(QStringLiteral("SELECT award_id, position FROM award_categories WHERE id = ?"),
                   {categoryId});
        if (!found)
            return Error{found.error()};
        if (!found->next())
            return Error{tr("The award category is no longer in the ledger.")};
        const QVariantList place = {found->value(0), found->value(1)};
        found->finish();
        if (auto removed = run(QStringLiteral("DELETE FROM award_categories WHERE id = ?"),
                               {categoryId}, tr("the award category"));
            !removed)
            return removed;
        return run(CategoryCloseGap, place, tr("the award"));
    });
}

Result<qint64> Ledger::addRecipient(qint64 categoryId, int position,
                                    const AwardRecipient &recipient)
{
    Result<qint64> id = Error{};
    auto written = write([&]() -> Result<void> {
        const auto at = clampedPosition(categoryId, position);
        if (!at)
            return Error{at.error()};
        if (auto gap = run(OpenGap, {categoryId, at.value()}, tr("the honor list")); !gap)
            return gap;
        id =
            insert(QStringLiteral("INSERT INTO award_recipients (id, category_id, member_id, "
                                  "org_id, name, citation, position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {idValue(recipient.id), categoryId, idValue(recipient.memberId),
                    idValue(recipient.orgId), recipient.name.trimmed(),
                    recipient.citation.trimmed(), at.value()},
                   tr("the recipient %1").arg(recipient.name));
        return id ? Result<void>() : Error{id.error()};
    });
    return written ? id : Error{written.error()};
}

Result<void> Ledger::updateRecipient(const AwardRecipient &recipient)
{
    return write([&]() {
        return run(
            QStringLiteral("UPDATE award_recipients SET name = ?, citation = ? WHERE id = ?"),
            {recipient.name, recipient.citation, recipient.id},
            tr("the recipient %1").arg(recipient.name));
    });
}

Result<void> Ledger::removeRecipient(qint64 recipientId)
{
    return write([&]() -> Result<void> {
        const auto place = placeOfRecipient(recipientId);
        if (!place)
            return Error{place.error()};
        if (auto removed = run(QStringLiteral("DELETE FROM award_recipients WHERE id = ?"),
                               {recipientId}, tr("the recipient"));
            !removed)
            return removed;
        return run(CloseGap, {place->first, place->second}, tr("the honor list"));
    });
}

Result<void> Ledger::arrangeRecipients(qint64 categoryId, const QList<qint64> &recipientIds)
{
    return write([&]() -> Result<void> {
        for (int position = 0; position < recipientIds.size(); ++position) {
            auto placed = run(QStringLiteral("UPDATE award_recipients SET category_id = ?, "
                                             "position = ? WHERE id = ?"),
                              {categoryId, position, recipientIds[position]}, tr("the honor list"));
            if (!placed)
                return placed;
        }
        return {};
    });
}

Result<int> Ledger::clampedPosition(qint64 categoryId, int position) const
{
    auto count =
        select(QStringLiteral("SELECT COUNT(*) FROM award_recipients WHERE category_id = ?"),
               {categoryId});
    if (!count)
        return Error{count.error()};
    const int size = count->next() ? count->value(0).toInt() : 0;
    return std::clamp(position, 0, size);
}

Result<std::pair<qint64, int>> Ledger::placeOfRecipient(qint64 recipientId) const
{
    auto found =
        select(QStringLiteral("SELECT category_id, position FROM award_recipients WHERE id = ?"),
               {recipientId});
    if (!found)
        return Error{found.error()};
    if (!found->next())
        return Error{tr("The recipient is no longer in the ledger.")};
    return std::pair(found->value(0).toLongLong(), found->value(1).toInt());
}

Result<QList<Award>> Ledger::readAwards(qint64 onlyAwardId) const
{
    // onlyAwardId 0 (bound as NULL) reads every award.
    auto query = select(
        QStringLiteral("SELECT a.id, a.title, a.date, a.document_number, a.level, a.grantor, "
                       "c.id, c.name, c.recipient_kind, r.id, r.member_id, r.org_id, r.name, "
                       "r.citation FROM awards a LEFT JOIN award_categories c ON c.award_id = "
                       "a.id LEFT JOIN award_recipients r ON r.category_id = c.id WHERE (? IS "
                       "NULL OR a.id = ?) ORDER BY a.date, a.id, c.position, c.id, r.position, "
                       "r.id"),
        {idValue(onlyAwardId), idValue(onlyAwardId)});
    if (!query)
        return Error{query.error()};
    QList<Award> awards;
    while (query->next()) {
        const qint64 awardId = query->value(0).toLongLong();
        if (awards.isEmpty() || awards.last().id != awardId) {
            Award award;
            award.id = awardId;
            award.title = query->value(1).toString();
            award.date = dateFrom(query->value(2));
            award.documentNumber = query->value(3).toString();
            award.level = AwardVocabulary::levelFromCode(query->value(4).toString())
                              .value_or(AwardLevel::System);
            award.grantor = query->value(5).toString();
            awards.append(award);
        }
        if (query->value(6).isNull())
            continue;
        QList<AwardCategory> &categories = awards.last().categories;
        const qint64 categoryId = query->value(6).toLongLong();
        if (categories.isEmpty() || categories.last().id != categoryId) {
            AwardCategory category;
            category.id = categoryId;
            category.name = query->value(7).toString();
            category.recipientKind =
                AwardVocabulary::recipientKindFromCode(query->value(8).toString())
                    .value_or(RecipientKind::Person);
            categories.append(category);
        }
        if (query->value(9).isNull())
            continue;
        categories.last().recipients.append({query->value(9).toLongLong(), idFrom(query->value(10)),
                                             idFrom(query->value(11)), query->value(12).toString(),
                                             query->value(13).toString()});
    }
    if (auto failed = readFailure(query.value()))
        return *failed;
    return awards;
}

Result<QList<Award>> Ledger::awards() const
{
    return readAwards(0);
}

Result<Award> Ledger::award(qint64 awardId) const
{
    auto found = readAwards(awardId);
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return Error{tr("The award is no longer in the ledger.")};
    return found->first();
}

Result<QList<HonorRecord>> Ledger::readHonors(qint64 memberId, qint64 orgId) const
{
    // One of the two ids is 0, bound as NULL, which matches nothing.
    auto query = select(QStringLiteral("SELECT a.id, a.title, a.date, a.level, c.name, r.citation "
                                       "FROM award_recipients r JOIN award_categories c ON c.id "
                                       "= r.category_id JOIN awards a ON a.id = c.award_id "
                                       "WHERE r.member_id = ? OR r.org_id = ? "
                                       "ORDER BY a.date DESC, a.id DESC"),
                        {idValue(memberId), idValue(orgId)});
    if (!query)
        return Error{query.error()};
    QList<HonorRecord> honors;
    while (query->next())
        honors.append({query->value(0).toLongLong(), query->value(1).toString(),
                       dateFrom(query->value(2)),
                       AwardVocabulary::levelFromCode(query->value(3).toString())
                           .value_or(AwardLevel::System),
                       query->value(4).toString(), query->value(5).toString()});
    if (auto failed = readFailure(query.value()))
        return *failed;
    return honors;
}

Result<QList<HonorRecord>> Ledger::honorsOfMember(qint64 memberId) const
{
    return readHonors(memberId, 0);
}

Result<QList<HonorRecord>> Ledger::honorsOfOrganization(qint64 orgId) const
{
    return readHonors(0, orgId);
}

} // namespace PartyLedger
