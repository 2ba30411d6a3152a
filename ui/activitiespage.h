#pragma once

#include "activitydialog.h"
#include "organization.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace PartyLedger {

class ActivityEditor;
class ActivityListModel;
class Ledger;
class PeriodSelector;

// 活动: the activities of the organization selected in the tree (its whole subtree) in a period,
// with add, edit, duplicate as new and delete, each an undo step.
class ActivitiesPage : public QWidget {
    Q_OBJECT
public:
    explicit ActivitiesPage(QWidget *parent = nullptr);

    // membersOf offers an organization's members as participants.
    void setLedger(const Ledger *ledger, ActivityEditor *editor,
                   const QList<Organization> &organizations, const QHash<qint64, QString> &orgNames,
                   ActivityDialog::MembersFunction membersOf);
    void setOrganization(qint64 orgId);
    void setSearchText(const QString &text);
    // Reads the list again; the window calls it when the page is shown or activities changed.
    void refresh();

    QTableView *table() const { return m_table; }
    ActivityListModel *model() const { return m_model; }
    PeriodSelector *periodSelector() const { return m_period; }

    void addActivity();
    void editCurrent();
    void duplicateCurrent();
    void removeSelected();

Q_SIGNALS:
    void message(const QString &text);

private:
    qint64 currentId() const;
    void select(qint64 activityId);
    void updateButtons();

    const Ledger *m_ledger = nullptr;
    ActivityEditor *m_editor = nullptr;
    QList<Organization> m_organizations;
    QHash<qint64, QString> m_orgNames;
    ActivityDialog::MembersFunction m_membersOf;
    qint64 m_orgId = 0;
    PeriodSelector *m_period = nullptr;
    ActivityListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QList<QWidget *> m_selectionButtons;
    QWidget *m_addButton = nullptr;
};

} // namespace PartyLedger
