#pragma once

#include "result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTreeView;
class QUndoStack;

namespace PartyLedger {

class AwardEditor;
class HonorsPage;
class Ledger;
class MemberDetails;
class OrgTreeModel;
class RosterFilterProxy;
class RosterModel;

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
    void refreshDetails();
    void updateStatus();
    QString ledgerFolder() const;

    std::unique_ptr<Ledger> m_ledger;
    AwardEditor *m_awardEditor = nullptr; // edits the open ledger's awards
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
