#pragma once

#include "activity.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>

#include <functional>

class QUndoStack;

namespace PartyLedger {

class Ledger;

// Every edit of the activity records (服务统计) and their types as an undoable step, as
// MemberEditor does for the roster: written to the ledger first, pushed on the undo stack only
// when that succeeded; undo and redo write too.
class ActivityEditor : public QObject {
    Q_OBJECT
public:
    ActivityEditor(Ledger *ledger, QUndoStack *undoStack, QObject *parent = nullptr);

    // Returns the new activity's id, which undo and redo keep.
    Result<qint64> addActivity(const Activity &activity);
    // Replaces every field of the activity with this id, its participants included.
    Result<void> editActivity(const Activity &activity);
    // One step however many; undo writes them back under their ids, with their participants.
    Result<void> removeActivities(const QList<qint64> &activityIds);
    // "Duplicate as new": the same organization, type, title, figures and participants on
    // newDate (the same day when newDate is null). Returns the copy's id.
    Result<qint64> duplicateActivity(qint64 activityId, QDate newDate);

    Result<qint64> addType(const ActivityType &type);
    Result<void> editType(const ActivityType &type); // name and 三会一课 rule

Q_SIGNALS:
    // The activities written, removed or written back; empty after a failed undo or redo.
    void activitiesChanged(const QList<qint64> &activityIds);
    void typesChanged();
    // An undo or redo that could not be written; the undo history is cleared.
    void failed(const QString &message);

private:
    Result<void> perform(const QString &text, const std::function<Result<void>()> &forward,
                         const std::function<Result<void>()> &backward,
                         const std::function<void()> &changed);
    // What an undo text calls the activity: its title, or its type's name when it has none.
    QString nameOf(const Activity &activity) const;

    Ledger *m_ledger;
    QUndoStack *m_undoStack;
};

} // namespace PartyLedger
