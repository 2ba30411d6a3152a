#pragma once

#include "activity.h"
#include "organization.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace PartyLedger {

class DateField;

// An activity, new or existing: when, which organization, what, who took part (ticked from the
// organization's members, or just a head count) and the figures. `save` writes it; when the
// store refuses (a date outside the organization's life, a participant who was not a member
// then) the reason is shown and the form keeps what was typed.
class ActivityDialog : public QDialog {
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<void>(const Activity &)>;
    // The members a participant may be picked from: id and name, for an organization's subtree.
    using MembersFunction = std::function<QList<std::pair<qint64, QString>>(qint64 orgId)>;

    ActivityDialog(const QList<Organization> &organizations, const QList<ActivityType> &types,
                   MembersFunction membersOf, SaveFunction save, QWidget *parent = nullptr);

    void setActivity(const Activity &activity);
    Activity activity() const;

    void accept() override;

private:
    void fillMembers();
    void updateHeadCount();

    MembersFunction m_membersOf;
    SaveFunction m_save;
    Activity m_original;
    QComboBox *m_org = nullptr;
    QComboBox *m_type = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_participants = nullptr;
    QSpinBox *m_headCount = nullptr;
    QSpinBox *m_peopleServed = nullptr;
    QSpinBox *m_problemsSolved = nullptr;
    QSpinBox *m_households = nullptr;
    QLineEdit *m_funds = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace PartyLedger
