#include "activityeditor.h"

#include "ledger.h"
#include "ledgerstep.h"

#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace PartyLedger {

ActivityEditor::ActivityEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_undoStack(undoStack)
{
}

Result<void> ActivityEditor::perform(const QString &text,
                                     const std::function<Result<void>()> &forward,
                                     const std::function<Result<void>()> &backward,
                                     const std::function<void()> &changed)
{
    return LedgerStep::perform(m_undoStack, text, forward, backward, changed,
                               [this](const QString &message) {
                                   Q_EMIT activitiesChanged({});
                                   Q_EMIT typesChanged();
                                   Q_EMIT failed(message);
                               });
}

QString ActivityEditor::nameOf(const Activity &activity) const
{
    if (!activity.title.trimmed().isEmpty())
        return activity.title.trimmed();
    if (auto types = m_ledger->activityTypes()) {
        for (const ActivityType &type : types.value()) {
            if (type.id == activity.typeId)
                return type.name;
        }
    }
    return {};
}

Result<qint64> ActivityEditor::addActivity(const Activity &given)
{
    // The id of the first write is kept, so redo writes the activity back under it.
    auto activity = std::make_shared<Activity>(given);
    activity->id = 0;
    auto added = perform(
        tr("Add activity %1").arg(nameOf(given)),
        [this, activity]() -> Result<void> {
            auto id = m_ledger->addActivity(*activity);
            if (id)
                activity->id = id.value();
            return id ? Result<void>() : Error{id.error()};
        },
        [this, activity] { return m_ledger->removeActivity(activity->id); },
        [this, activity] { Q_EMIT activitiesChanged({activity->id}); });
    return added ? Result<qint64>(activity->id) : Error{added.error()};
}

Result<void> ActivityEditor::editActivity(const Activity &activity)
{
    auto before = m_ledger->activity(activity.id);
    if (!before)
        return Error{before.error()};
    const Activity old = before.value();
    return perform(
        tr("Edit activity %1").arg(nameOf(old)),
        [this, activity] { return m_ledger->updateActivity(activity); },
        [this, old] { return m_ledger->updateActivity(old); },
        [this, id = activity.id] { Q_EMIT activitiesChanged({id}); });
}

Result<void> ActivityEditor::removeActivities(const QList<qint64> &activityIds)
{
    QList<Activity> removed;
    for (qint64 id : activityIds) {
        auto activity = m_ledger->activity(id);
        if (!activity)
            return Error{activity.error()};
        removed.append(activity.value());
    }
    if (removed.isEmpty())
        return {};
    const auto forward = [this, activityIds]() {
        return m_ledger->write([&]() -> Result<void> {
            for (qint64 id : activityIds) {
                if (auto gone = m_ledger->removeActivity(id); !gone)
                    return gone;
            }
            return {};
        });
    };
    // Written back under their old ids, so earlier steps on the stack still find them.
    const auto backward = [this, removed]() -> Result<void> {
        auto added = m_ledger->addActivities(removed);
        return added ? Result<void>() : Error{added.error()};
    };
    const QString text = removed.size() == 1
                             ? tr("Remove activity %1").arg(nameOf(removed.first()))
                             : tr("Remove %n activity(ies)", nullptr, int(removed.size()));
    return perform(text, forward, backward,
                   [this, activityIds] { Q_EMIT activitiesChanged(activityIds); });
}

Result<qint64> ActivityEditor::duplicateActivity(qint64 activityId, QDate newDate)
{
    auto original = m_ledger->activity(activityId);
    if (!original)
        return Error{original.error()};
    auto copy = std::make_shared<Activity>(original.value());
    copy->id = 0;
    if (newDate.isValid())
        copy->date = newDate;
    auto added = perform(
        tr("Duplicate activity %1").arg(nameOf(*copy)),
        [this, copy]() -> Result<void> {
            auto id = m_ledger->addActivity(*copy);
            if (id)
                copy->id = id.value();
            return id ? Result<void>() : Error{id.error()};
        },
        [this, copy] { return m_ledger->removeActivity(copy->id); },
        [this, copy] { Q_EMIT activitiesChanged({copy->id}); });
    return added ? Result<qint64>(copy->id) : Error{added.error()};
}

Result<qint64> ActivityEditor::addType(const ActivityType &given)
{
    auto type = std::make_shared<ActivityType>(given);
    type->id = 0;
    auto added = perform(
        tr("Add activity type %1").arg(given.name.trimmed()),
        [this, type]() -> Result<void> {
            auto id = m_ledger->addActivityType(*type);
            if (!id)
                return Error{id.error()};
            // Redo writes it back under the same id and in the same place.
            if (type->id == 0) {
                auto types = m_ledger->activityTypes();
                if (types) {
                    for (const ActivityType &stored : types.value()) {
                        if (stored.id == id.value())
                            type->position = stored.position;
                    }
                }
            }
            type->id = id.value();
            return {};
        },
        [this, type] { return m_ledger->removeActivityType(type->id); },
        [this] { Q_EMIT typesChanged(); });
    return added ? Result<qint64>(type->id) : Error{added.error()};
}

Result<void> ActivityEditor::editType(const ActivityType &type)
{
    auto types = m_ledger->activityTypes();
    if (!types)
        return Error{types.error()};
    const auto found = std::find_if(types->cbegin(), types->cend(),
                                    [&](const ActivityType &t) { return t.id == type.id; });
    if (found == types->cend())
        return Error{tr("The activity type is no longer in the ledger; someone may have removed "
                        "it.")};
    const ActivityType old = *found;
    return perform(
        tr("Edit activity type %1").arg(old.name),
        [this, type] { return m_ledger->updateActivityType(type); },
        [this, old] { return m_ledger->updateActivityType(old); },
        [this] { Q_EMIT typesChanged(); });
}

} // namespace PartyLedger
