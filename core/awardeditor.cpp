#include "awardeditor.h"

#include "ledger.h"
#include "ledgerstep.h"

#include <QUndoStack>

#include <algorithm>

namespace PartyLedger {

namespace {
struct Place {
    qint64 categoryId = 0;
    int position = 0;
    AwardRecipient recipient;
};

// Where each recipient stands now, in printed order, so undo can put it back.
QList<Place> placesOf(const Award &award, const QList<qint64> &recipientIds)
{
    QList<Place> places;
    for (const AwardCategory &category : award.categories) {
        for (int r = 0; r < category.recipients.size(); ++r) {
            if (recipientIds.contains(category.recipients[r].id))
                places.append({category.id, r, category.recipients[r]});
        }
    }
    return places;
}
} // namespace

AwardEditor::AwardEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_undoStack(undoStack)
{
}

Result<void> AwardEditor::perform(const QString &text, const std::function<Result<void>()> &forward,
                                  const std::function<Result<void>()> &backward,
                                  const std::function<void()> &changed)
{
    return LedgerStep::perform(m_undoStack, text, forward, backward, changed,
                               [this](const QString &message) {
                                   Q_EMIT awardsChanged();
                                   Q_EMIT failed(message);
                               });
}

AwardEditor::Arrangement AwardEditor::arrangementOf(const Award &award)
{
    Arrangement arrangement;
    for (const AwardCategory &category : award.categories) {
        QList<qint64> ids;
        for (const AwardRecipient &r : category.recipients)
            ids.append(r.id);
        arrangement.append({category.id, ids});
    }
    return arrangement;
}

Result<void> AwardEditor::arrange(const Arrangement &arrangement)
{
    return m_ledger->write([&]() -> Result<void> {
        for (const auto &[categoryId, ids] : arrangement) {
            if (auto placed = m_ledger->arrangeRecipients(categoryId, ids); !placed)
                return placed;
        }
        return {};
    });
}

Result<void> AwardEditor::rearrange(qint64 awardId, const QString &text, const Arrangement &before,
                                    const Arrangement &after)
{
    if (before == after)
        return {};
    return perform(
        text, [this, after] { return arrange(after); }, [this, before] { return arrange(before); },
        [this, awardId] { Q_EMIT awardChanged(awardId); });
}

Result<qint64> AwardEditor::addAward(const Award &given)
{
    // The ids of the first write are kept, so redo writes the award back as it was.
    auto award = std::make_shared<Award>(given);
    auto added = perform(
        tr("New award %1").arg(given.title),
        [this, award]() -> Result<void> {
            auto id = m_ledger->addAward(*award);
            if (!id)
                return Error{id.error()};
            auto written = m_ledger->award(id.value());
            if (!written)
                return Error{written.error()};
            *award = written.value();
            return {};
        },
        [this, award] { return m_ledger->removeAward(award->id); },
        [this] { Q_EMIT awardsChanged(); });
    return added ? Result<qint64>(award->id) : Error{added.error()};
}

Result<void> AwardEditor::removeAward(qint64 awardId)
{
    auto award = m_ledger->award(awardId);
    if (!award)
        return Error{award.error()};
    const Award saved = award.value();
    return perform(
        tr("Remove award %1").arg(saved.title),
        [this, awardId] { return m_ledger->removeAward(awardId); },
        [this, saved]() -> Result<void> {
            auto id = m_ledger->addAward(saved);
            return id ? Result<void>() : Error{id.error()};
        },
        [this] { Q_EMIT awardsChanged(); });
}

Result<void> AwardEditor::editAwardDetails(const Award &details)
{
    auto before = m_ledger->award(details.id);
    if (!before)
        return Error{before.error()};
    const Award old = before.value();
    return perform(
        tr("Edit award %1").arg(details.title),
        [this, details] { return m_ledger->updateAwardDetails(details); },
        [this, old] { return m_ledger->updateAwardDetails(old); },
        [this, id = details.id] {
            Q_EMIT awardChanged(id);
            Q_EMIT awardsChanged();
        });
}

Result<qint64> AwardEditor::addCategory(qint64 awardId, const AwardCategory &given)
{
    auto award = m_ledger->award(awardId);
    if (!award)
        return Error{award.error()};
    const int position = int(award->categories.size());
    auto category = std::make_shared<AwardCategory>(given);
    auto added = perform(
        tr("Add category %1").arg(given.name),
        [this, awardId, position, category]() -> Result<void> {
            auto id = m_ledger->addCategory(awardId, position, *category);
            if (id)
                category->id = id.value();
            return id ? Result<void>() : Error{id.error()};
        },
        [this, category] { return m_ledger->removeCategory(category->id); },
        [this, awardId] { Q_EMIT awardChanged(awardId); });
    return added ? Result<qint64>(category->id) : Error{added.error()};
}

Result<void> AwardEditor::removeCategory(qint64 awardId, qint64 categoryId)
{
    auto award = m_ledger->award(awardId);
    if (!award)
        return Error{award.error()};
    const auto &categories = award->categories;
    const auto found = std::find_if(categories.begin(), categories.end(),
                                    [&](const AwardCategory &c) { return c.id == categoryId; });
    if (found == categories.end())
        return Error{tr("The category is no longer in this award.")};
    const AwardCategory saved = *found;
    const int position = int(found - categories.begin());
    return perform(
        tr("Remove category %1").arg(saved.name),
        [this, categoryId] { return m_ledger->removeCategory(categoryId); },
        [this, awardId, position, saved]() -> Result<void> {
            auto id = m_ledger->addCategory(awardId, position, saved);
            return id ? Result<void>() : Error{id.error()};
        },
        [this, awardId] { Q_EMIT awardChanged(awardId); });
}

Result<void> AwardEditor::renameCategory(qint64 awardId, qint64 categoryId, const QString &name)
{
    auto award = m_ledger->award(awardId);
    if (!award)
        return Error{award.error()};
    for (const AwardCategory &category : award->categories) {
        if (category.id != categoryId)
            continue;
        const QString oldName = category.name;
        const RecipientKind kind = category.recipientKind;
        return perform(
            tr("Rename category %1").arg(oldName),
            [=, this] { return m_ledger->updateCategory(categoryId, name, kind); },
            [=, this] { return m_ledger->updateCategory(categoryId, oldName, kind); },
            [this, awardId] { Q_EMIT awardChanged(awardId); });
    }
    return Error{tr("The category is no longer in this award.")};
}

Result<qint64> AwardEditor::addRecipient(qint64 awardId, qint64 categoryId, int position,
                                         const AwardRecipient &given)
{
    auto recipient = std::make_shared<AwardRecipient>(given);
    auto added = perform(
        tr("Add %1").arg(given.name),
        [this, categoryId, position, recipient]() -> Result<void> {
            auto id = m_ledger->addRecipient(categoryId, position, *recipient);
            if (id)
                recipient->id = id.value();
            return id ? Result<void>() : Error{id.error()};
        },
        [this, recipient] { return m_ledger->removeRecipient(recipient->id); },
        [this, awardId] { Q_EMIT awardChanged(awardId); });
    return added ? Result<qint64>(recipient->id) : Error{added.error()};
}

Result<void> AwardEditor::removeRecipients(qint64 awardId, const QList<qint64> &recipientIds)
{
    auto award = m_ledger->award(awardId);
    if (!award)
        return Error{award.error()};
    const QList<Place> places = placesOf(award.value(), recipientIds);
    if (places.isEmpty())
        return {};
    const QString text = places.size() == 1
                             ? tr("Remove %1").arg(places.first().recipient.name)
                             : tr("Remove %n recipient(s)", nullptr, int(places.size()));
    return perform(
        text,
        [this, places] {
            return m_ledger->write([&]() -> Result<void> {
                for (const Place &place : places) {
                    if (auto removed = m_ledger->removeRecipient(place.recipient.id); !removed)
                        return removed;
                }
                return {};
            });
        },
        [this, places] {
            // Back in printed order, each at its old place, so the positions come out the same.
            return m_ledger->write([&]() -> Result<void> {
                for (const Place &place : places) {
                    auto added =
                        m_ledger->addRecipient(place.categoryId, place.position, place.recipient);
                    if (!added)
                        return Error{added.error()};
                }
                return {};
            });
        },
        [this, awardId] { Q_EMIT awardChanged(awardId); });
}

Result<void> AwardEditor::editRecipient(qint64 awardId, const AwardRecipient &recipient)
{
    auto award = m_ledger->award(awardId);
    if (!award)
        return Error{award.error()};
    const QList<Place> places = placesOf(award.value(), {recipient.id});
    if (places.isEmpty())
        return Error{tr("The recipient is no longer in this award.")};
    const AwardRecipient old = places.first().recipient;
    return perform(
        tr("Edit %1").arg(old.name),
        [this, recipient] { return m_ledger->updateRecipient(recipient); },
        [this, old] { return m_ledger->updateRecipient(old); },
        [this, awardId] { Q_EMIT awardChanged(awardId); });
}

Result<void> AwardEditor::moveRecipients(qint64 awardId, const QList<qint64> &recipientIds,
                                         qint64 toCategoryId, int toPosition)
{
    auto award = m_ledger->award(awardId);
    if (!award)
        return Error{award.error()};
    const Arrangement before = arrangementOf(award.value());
    Arrangement after = before;
    QList<qint64> moving; // in their present, printed order
    for (auto &[categoryId, ids] : after) {
        for (qint64 id : std::as_const(ids)) {
            if (recipientIds.contains(id))
                moving.append(id);
        }
        ids.removeIf([&](qint64 id) { return recipientIds.contains(id); });
    }
    auto target = std::find_if(after.begin(), after.end(),
                               [&](const auto &entry) { return entry.first == toCategoryId; });
    if (moving.isEmpty() || target == after.end())
        return Error{tr("The recipient is no longer in this award.")};
    const int at = std::clamp(toPosition, 0, int(target->second.size()));
    for (int i = 0; i < moving.size(); ++i)
        target->second.insert(at + i, moving[i]);
    const QList<Place> places = placesOf(award.value(), {moving.first()});
    const QString text = moving.size() == 1
                             ? tr("Move %1").arg(places.first().recipient.name)
                             : tr("Move %n recipient(s)", nullptr, int(moving.size()));
    return rearrange(awardId, text, before, after);
}

Result<void> AwardEditor::sortRecipients(qint64 awardId, HonorOrder order)
{
    auto award = m_ledger->award(awardId);
    if (!award)
        return Error{award.error()};
    Award sorted = award.value();
    for (AwardCategory &category : sorted.categories)
        category.recipients = HonorOrders::sorted(category.recipients, order);
    return rearrange(awardId, tr("Order the list: %1").arg(HonorOrders::label(order)),
                     arrangementOf(award.value()), arrangementOf(sorted));
}

} // namespace PartyLedger
