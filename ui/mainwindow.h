#pragma once

#include "organization.h"
#include "result.h"
#include "unit.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;
class QTreeView;
class QUndoStack;

namespace PartyLedger {

class ActivitiesPage;
class ActivityEditor;
class AwardEditor;
class DashboardPage;
class HonorsPage;
class ImportEditor;
class Ledger;
class MemberDetails;
class MemberEditor;
class OrgEditor;
class OrgTreeModel;
class RemindersPage;
class StatisticsPage;
class RosterFilterProxy;
class RosterModel;
enum class ImportKind;

// The one window: organization tree on the left, the pages in the middle, details on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a ledger in this window, replacing the open one; the error says why it could not.
    Result<void> openLedger(const QString &path);
    const Ledger *ledger() const { return m_ledger.get(); }

    OrgTreeModel *orgTreeModel() const { return m_orgModel; }
    RosterFilterProxy *rosterProxy() const { return m_rosterProxy; }
    RosterModel *rosterModel() const { return m_rosterModel; }
    HonorsPage *honorsPage() const { return m_honors; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QTableView *rosterView() const { return m_rosterView; }
    QTreeView *orgTree() const { return m_orgTree; }
    RemindersPage *remindersPage() const { return m_reminders; }
    ActivitiesPage *activitiesPage() const { return m_activities; }
    StatisticsPage *statisticsPage() const { return m_statistics; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ActivityEditor *activityEditor() const { return m_activityEditor; }
    MemberEditor *memberEditor() const { return m_memberEditor; }
    OrgEditor *orgEditor() const { return m_orgEditor; }
    ImportEditor *importEditor() const { return m_importEditor; }

    // The editing commands of the menus, each asking what it needs in a dialog.
    void newMember();
    void editCurrentMember();
    // toOrgId preselects the receiving branch (a drop on the tree); 0 lets the user choose.
    void transferSelectedMembers(qint64 toOrgId = 0);
    void transferMembers(const QList<qint64> &memberIds, qint64 toOrgId);
    void removeSelectedMembers();
    void addOrganization();
    void editOrganization();
    void moveOrganization(qint64 orgId, qint64 newParentId, int position);
    void moveSelectedOrganization(int offset);
    void dissolveOrganization();
    void mergeOrganization();
    // Shows the member in the roster, selecting their branch in the tree.
    void goToMember(qint64 memberId);
    // The import dialog for members, organizations or activities; path fills in its file.
    void importFile(ImportKind kind, const QString &path = {});
    // The roster as shown (scope, search, sort order) to an xlsx or CSV file the user names.
    void exportRoster();
    // Writes it to path (CSV when it ends in .csv): how many members, -1 when cancelled.
    Result<int> exportRosterTo(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void openInteractively(const QString &path);
    void newLedger();
    void chooseLedgerToOpen();
    void saveCopy();
    void fillRecentMenu();
    void chooseLanguage(const QString &language);
    void showAbout();
    void selectOrganization(qint64 orgId);
    void showSelectedMember();
    void showOrganizationDetails();
    void refreshDetails();
    void updateStatus();
    void updateActions();
    QString ledgerFolder() const;
    QList<qint64> selectedMemberIds() const;
    // The views follow the editors: changed members are put in place in the roster and the
    // tree's counts; a change of the tree reloads the (small) tree only.
    void applyMemberChanges(const QList<qint64> &memberIds);
    void reloadOrganizations();
    Result<void> reloadAll();
    void selectMemberRow(qint64 memberId);
    void showFailure(const QString &title, const QString &message);
    void markPagesStale();
    void refreshCurrentPage();
    QList<std::pair<qint64, QString>> membersOf(qint64 orgId) const;

    std::unique_ptr<Ledger> m_ledger;
    AwardEditor *m_awardEditor = nullptr; // edits the open ledger's awards
    MemberEditor *m_memberEditor = nullptr;
    OrgEditor *m_orgEditor = nullptr;
    ImportEditor *m_importEditor = nullptr;
    QList<Organization> m_organizations;
    QHash<qint64, QString> m_orgNames; // as the tree names them
    QList<Unit> m_units;
    QTabWidget *m_pages = nullptr;
    RemindersPage *m_reminders = nullptr;
    bool m_remindersStale = true;
    ActivityEditor *m_activityEditor = nullptr;
    ActivitiesPage *m_activities = nullptr;
    StatisticsPage *m_statistics = nullptr;
    DashboardPage *m_dashboard = nullptr;
    bool m_activitiesStale = true;
    bool m_statisticsStale = true;
    QAction *m_historyAction = nullptr;
    QAction *m_exportRosterAction = nullptr; // needs a ledger open
    QList<QAction *> m_memberActions;        // need a member selected
    QList<QAction *> m_organizationActions;  // need an organization selected
    QList<QAction *> m_ledgerActions;        // need a writable ledger
    QUndoStack *m_undoStack = nullptr;
    OrgTreeModel *m_orgModel = nullptr;
    RosterModel *m_rosterModel = nullptr;
    RosterFilterProxy *m_rosterProxy = nullptr;
    QTreeView *m_orgTree = nullptr;
    QTableView *m_rosterView = nullptr;
    QLineEdit *m_search = nullptr;
    MemberDetails *m_details = nullptr;
    HonorsPage *m_honors = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLedger = nullptr;
    QLabel *m_statusCount = nullptr;
    qint64 m_selectedOrg = 0;
};

} // namespace PartyLedger
