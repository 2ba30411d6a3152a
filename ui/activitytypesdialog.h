#pragma once

#include "activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace PartyLedger {

class ActivityEditor;
class Ledger;

// The bureau's list of activity types: add a type, rename one, and mark which are 三会一课
// duties with their rule (how often, how many times, owed by branches or by Party groups).
// Each change is written at once as an undo step.
class ActivityTypesDialog : public QDialog {
    Q_OBJECT
public:
    ActivityTypesDialog(const Ledger *ledger, ActivityEditor *editor, QWidget *parent = nullptr);

    void addType();
    void saveCurrent();

private:
    void reload(qint64 select = 0);
    void showCurrent();
    ActivityType typeInForm() const;

    const Ledger *m_ledger;
    ActivityEditor *m_editor;
    QList<ActivityType> m_types;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_duty = nullptr;
    QComboBox *m_period = nullptr;
    QSpinBox *m_minimum = nullptr;
    QComboBox *m_holder = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace PartyLedger
