#include "mainwindow.h"

#include "activitiespage.h"
#include "activityeditor.h"
#include "awardeditor.h"
#include "dashboardpage.h"
#include "dissolvedialog.h"
#include "honorspage.h"
#include "importdialog.h"
#include "importeditor.h"
#include "ledger.h"
#include "memberdetails.h"
#include "memberdialog.h"
#include "membereditor.h"
#include "memberexport.h"
#include "modelexport.h"
#include "orgdialog.h"
#include "orgeditor.h"
#include "orgtreemodel.h"
#include "periodselector.h"
#include "reminderspage.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"
#include "settings.h"
#include "statisticspage.h"
#include "transferdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <tuple>

namespace PartyLedger {

namespace {
QString fileFilter()
{
    return MainWindow::tr("PartyLedger ledgers (*.pldb)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_orgModel(new OrgTreeModel(this))
    , m_rosterModel(new RosterModel(this))
    , m_rosterProxy(new RosterFilterProxy(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/partyledger.svg")));
    m_rosterProxy->setRoster(m_rosterModel);

    auto *pages = new QTabWidget(this);
    m_pages = pages;
    pages->setObjectName(QStringLiteral("pages"));
    pages->setDocumentMode(true);
    m_rosterView = new QTableView(pages);
    m_rosterView->setObjectName(QStringLiteral("rosterView"));
    m_rosterView->setModel(m_rosterProxy);
    m_rosterView->setSortingEnabled(true);
    m_rosterView->sortByColumn(-1, Qt::AscendingOrder); // the ledger's own order until asked
    m_rosterView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rosterView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rosterView->setAlternatingRowColors(true);
    m_rosterView->setWordWrap(false);
    m_rosterView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rosterView->verticalHeader()->setDefaultSectionSize(m_rosterView->fontMetrics().height() +
                                                          10);
    m_rosterView->horizontalHeader()->setStretchLastSection(true);
    // Rows are dragged onto a branch in the tree to transfer them.
    m_rosterView->setDragEnabled(true);
    m_rosterView->setDragDropMode(QAbstractItemView::DragOnly);
    m_rosterView->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QList<int> widths = {72, 44, 44, 130, 150, 110, 76, 90, 60};
    for (int column = 0; column < widths.size(); ++column)
        m_rosterView->setColumnWidth(column, widths[column]);
    pages->addTab(m_rosterView, tr("Roster"));
    m_honors = new HonorsPage(m_rosterModel, pages);
    m_honors->setObjectName(QStringLiteral("honorsPage"));
    connect(m_honors, &HonorsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    pages->addTab(m_honors, tr("Honors"));
    m_activities = new ActivitiesPage(pages);
    m_activities->setObjectName(QStringLiteral("activitiesPage"));
    connect(m_activities, &ActivitiesPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    pages->addTab(m_activities, tr("Activities"));
    m_statistics = new StatisticsPage(pages);
    m_statistics->setObjectName(QStringLiteral("statisticsPage"));
    connect(m_statistics, &StatisticsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    pages->addTab(m_statistics, tr("Statistics"));
    m_dashboard = new DashboardPage(m_orgModel, pages);
    m_dashboard->setObjectName(QStringLiteral("dashboardPage"));
    connect(m_dashboard, &DashboardPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_dashboard, &DashboardPage::organizationClicked, this, [this](qint64 orgId) {
        const QModelIndex index = m_orgModel->indexOf(orgId);
        m_orgTree->setCurrentIndex(index);
        m_orgTree->scrollTo(index);
    });
    pages->addTab(m_dashboard, tr("Dashboard"));
    m_reminders = new RemindersPage(pages);
    m_reminders->setObjectName(QStringLiteral("remindersPage"));
    connect(m_reminders, &RemindersPage::memberActivated, this, &MainWindow::goToMember);
    connect(m_reminders, &RemindersPage::organizationActivated, this, [this](qint64 orgId) {
        m_orgTree->setCurrentIndex(m_orgModel->indexOf(orgId));
        m_pages->setCurrentWidget(m_rosterView);
    });
    connect(m_reminders, &RemindersPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    pages->addTab(m_reminders, tr("Reminders"));
    // Pages that read much of the ledger are brought up to date when looked at.
    connect(pages, &QTabWidget::currentChanged, this, &MainWindow::refreshCurrentPage);
    setCentralWidget(pages);

    createDocks();
    createActions();

    m_statusLedger = new QLabel(this);
    m_statusCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLedger);
    statusBar()->addPermanentWidget(m_statusCount);

    connect(m_rosterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedMember);
    connect(m_rosterView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_rosterView, &QAbstractItemView::activated, this, &MainWindow::editCurrentMember);
    // Queued: the dialog or message a drop leads to opens after the drag has finished, not
    // inside the drop event while the drag is still under way.
    connect(m_orgModel, &OrgTreeModel::membersDropped, this, &MainWindow::transferMembers,
            Qt::QueuedConnection);
    connect(m_orgModel, &OrgTreeModel::organizationMoveRequested, this,
            &MainWindow::moveOrganization, Qt::QueuedConnection);
    connect(m_rosterProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_rosterProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_rosterProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_rosterProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    resize(1280, 800);
    if (!restoreGeometry(Settings::windowGeometry()))
        resize(1280, 800);
    restoreState(Settings::windowState());
    setWindowTitle(tr("PartyLedger"));
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_orgTree = new QTreeView(this);
    m_orgTree->setObjectName(QStringLiteral("orgTree"));
    m_orgTree->setModel(m_orgModel);
    m_orgTree->setUniformRowHeights(true);
    m_orgTree->header()->setStretchLastSection(false);
    m_orgTree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_orgTree->header()->setSectionResizeMode(OrgTreeModel::MembersColumn,
                                              QHeaderView::ResizeToContents);
    // Organizations are dragged to another place in the tree; members are dropped on branches.
    m_orgTree->setDragDropMode(QAbstractItemView::DragDrop);
    m_orgTree->setDefaultDropAction(Qt::MoveAction);
    m_orgTree->setDropIndicatorShown(true);
    m_orgTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_orgTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { selectOrganization(m_orgModel->orgId(current)); });

    auto *treeDock = new QDockWidget(tr("Organizations"), this);
    treeDock->setObjectName(QStringLiteral("organizationsDock"));
    treeDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    treeDock->setWidget(m_orgTree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    m_details = new MemberDetails(this);
    m_details->setObjectName(QStringLiteral("memberDetails"));
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    resizeDocks({treeDock, detailsDock}, {290, 240}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(QIcon(QStringLiteral(":/icons/new.svg")),
                                             tr("&New Ledger..."), this, &MainWindow::newLedger);
    // Ctrl+N is New Member, used many times a day; a new ledger is made once.
    // Toolbar buttons show short words without the menu's accelerator mark, "新建" not "新建(N)".
    newAction->setIconText(tr("New"));
    QAction *openAction =
        fileMenu->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open..."), this,
                            &MainWindow::chooseLedgerToOpen);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setIconText(tr("Open"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fileMenu->addSeparator();
    QAction *copyAction = fileMenu->addAction(tr("Save a &Copy..."), this, &MainWindow::saveCopy);
    copyAction->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    QMenu *importMenu =
        fileMenu->addMenu(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import"));
    importMenu->menuAction()->setIconText(tr("Import"));
    importMenu->menuAction()->setObjectName(QStringLiteral("importMenu"));
    QList<QAction *> importActions;
    for (const auto &[kind, text, name] :
         {std::tuple(ImportKind::Members, tr("&Members from Excel/CSV..."), "importMembers"),
          std::tuple(ImportKind::Organizations, tr("&Organizations from Excel/CSV..."),
                     "importOrganizations"),
          std::tuple(ImportKind::Activities, tr("&Activities from Excel/CSV..."),
                     "importActivities")}) {
        QAction *action =
            importMenu->addAction(text, this, [this, kind = kind] { importFile(kind); });
        action->setObjectName(QLatin1String(name));
        importActions.append(action);
    }
    m_exportRosterAction =
        fileMenu->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export Roster..."),
                            this, &MainWindow::exportRoster);
    m_exportRosterAction->setIconText(tr("Export"));
    m_exportRosterAction->setObjectName(QStringLiteral("exportRoster"));
    m_exportRosterAction->setToolTip(
        tr("The members the roster shows, in its order, to an Excel workbook or CSV file"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setIconText(tr("Undo"));
    undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    QAction *redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setIconText(tr("Redo"));
    redoAction->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);

    // The frame's menus are 文件 编辑 视图 数据 报表 帮助 (ui-layout.md): the roster's and the
    // tree's commands are two parts of Edit.
    editMenu->addSeparator();
    QMenu *memberMenu = editMenu->addMenu(tr("&Members"));
    QAction *newMemberAction =
        memberMenu->addAction(tr("&New Member..."), this, &MainWindow::newMember);
    newMemberAction->setShortcut(QKeySequence::New);
    newMemberAction->setIconText(tr("New Member"));
    newMemberAction->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    QAction *editMemberAction =
        memberMenu->addAction(tr("&Edit Member..."), this, &MainWindow::editCurrentMember);
    editMemberAction->setShortcut(Qt::Key_F2);
    QAction *transferAction =
        memberMenu->addAction(tr("&Transfer..."), this, [this] { transferSelectedMembers(); });
    transferAction->setShortcut(Qt::CTRL | Qt::Key_T);
    QAction *removeAction =
        memberMenu->addAction(tr("&Remove..."), this, &MainWindow::removeSelectedMembers);
    removeAction->setShortcut(QKeySequence::Delete);
    // Delete removes members only while the roster has the focus, not text in the search box.
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rosterView->addActions({newMemberAction, editMemberAction, transferAction, removeAction});
    m_memberActions = {editMemberAction, transferAction, removeAction};

    QMenu *orgMenu = editMenu->addMenu(tr("&Organization"));
    QAction *addOrgAction = orgMenu->addAction(tr("&Add Organization Under This..."), this,
                                               &MainWindow::addOrganization);
    QAction *orgPropertiesAction =
        orgMenu->addAction(tr("&Properties..."), this, &MainWindow::editOrganization);
    QAction *moveUpAction =
        orgMenu->addAction(tr("Move &Up"), this, [this] { moveSelectedOrganization(-1); });
    moveUpAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Up);
    QAction *moveDownAction =
        orgMenu->addAction(tr("Move &Down"), this, [this] { moveSelectedOrganization(1); });
    moveDownAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Down);
    orgMenu->addSeparator();
    QAction *mergeAction = orgMenu->addAction(tr("&Merge Into Another Branch..."), this,
                                              &MainWindow::mergeOrganization);
    QAction *dissolveAction =
        orgMenu->addAction(tr("D&issolve..."), this, &MainWindow::dissolveOrganization);
    m_orgTree->addActions({addOrgAction, orgPropertiesAction, moveUpAction, moveDownAction,
                           mergeAction, dissolveAction});
    m_organizationActions = {orgPropertiesAction, moveUpAction, moveDownAction, mergeAction,
                             dissolveAction};
    m_ledgerActions = {newMemberAction, addOrgAction};
    m_ledgerActions += importActions;

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
    viewMenu->addSeparator();
    m_historyAction = viewMenu->addAction(tr("Members Off the Roll (&History)"));
    m_historyAction->setObjectName(QStringLiteral("showHistory"));
    m_historyAction->setCheckable(true);
    m_historyAction->setToolTip(tr("Show members transferred out or deceased, kept as history"));
    connect(m_historyAction, &QAction::toggled, m_rosterProxy,
            &RosterFilterProxy::setShowingHistory);
    viewMenu->addSeparator();
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices = {
        {QStringLiteral("zh_CN"), QStringLiteral("中文")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, label] : choices) {
        QAction *action =
            languageMenu->addAction(label, this, [this, code = code] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(Settings::language() == code);
        languages->addAction(action);
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About PartyLedger"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(newAction);
    toolBar->addAction(openAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    toolBar->addSeparator();
    toolBar->addAction(importMenu->menuAction());
    // The button opens the menu of what to import at once, as its arrow says.
    if (auto *button =
            qobject_cast<QToolButton *>(toolBar->widgetForAction(importMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    toolBar->addAction(m_exportRosterAction);
    toolBar->addSeparator();
    toolBar->addAction(newMemberAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search: name, pinyin, unit or post"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(360);
    // One search box for the window: it narrows the roster and the honor list alike.
    connect(m_search, &QLineEdit::textChanged, m_rosterProxy, &RosterFilterProxy::setQuery);
    connect(m_search, &QLineEdit::textChanged, m_honors, &HonorsPage::setSearchText);
    connect(m_search, &QLineEdit::textChanged, m_activities, &ActivitiesPage::setSearchText);
    toolBar->addWidget(m_search);
}

Result<void> MainWindow::openLedger(const QString &path)
{
    auto opened = Ledger::open(path);
    if (!opened)
        return Error{opened.error()};
    std::unique_ptr<Ledger> ledger = std::move(opened.value());
    auto units = ledger->units();
    auto organizations = ledger->organizations();
    auto roster = ledger->roster();
    for (const QString &error : {units.error(), organizations.error(), roster.error()}) {
        if (!error.isEmpty())
            return Error{error};
    }

    QHash<qint64, int> membersByOrg;
    for (const RosterEntry &entry : roster.value()) {
        if (entry.isOnRoll())
            ++membersByOrg[entry.orgId];
    }
    m_undoStack->clear();
    m_details->clear();
    m_honors->setLedger(nullptr, nullptr);
    m_reminders->setLedger(nullptr, {});
    delete m_awardEditor;
    delete m_memberEditor;
    delete m_orgEditor;
    delete m_importEditor;
    m_ledger = std::move(ledger);
    m_awardEditor = new AwardEditor(m_ledger.get(), m_undoStack, this);
    m_memberEditor = new MemberEditor(m_ledger.get(), m_undoStack, this);
    connect(m_memberEditor, &MemberEditor::membersChanged, this, &MainWindow::applyMemberChanges);
    connect(m_memberEditor, &MemberEditor::failed, this,
            [this](const QString &message) { showFailure(tr("Could not undo or redo"), message); });
    m_orgEditor = new OrgEditor(m_ledger.get(), m_undoStack, this);
    connect(m_orgEditor, &OrgEditor::organizationsChanged, this, &MainWindow::reloadOrganizations);
    connect(m_orgEditor, &OrgEditor::membersChanged, this, &MainWindow::applyMemberChanges);
    connect(m_orgEditor, &OrgEditor::failed, this,
            [this](const QString &message) { showFailure(tr("Could not undo or redo"), message); });
    // An import is undone as one step; the views follow it as they follow the editors.
    m_importEditor = new ImportEditor(m_ledger.get(), m_undoStack, this);
    connect(m_importEditor, &ImportEditor::membersChanged, this, &MainWindow::applyMemberChanges);
    connect(m_importEditor, &ImportEditor::organizationsChanged, this, [this] {
        // An import of organizations may add units too.
        if (auto units = m_ledger->units())
            m_units = units.value();
        reloadOrganizations();
    });
    connect(m_importEditor, &ImportEditor::failed, this,
            [this](const QString &message) { showFailure(tr("Could not undo or redo"), message); });
    delete m_activityEditor;
    m_activityEditor = new ActivityEditor(m_ledger.get(), m_undoStack, this);
    const auto activitiesChanged = [this] {
        markPagesStale();
        refreshCurrentPage();
    };
    connect(m_activityEditor, &ActivityEditor::activitiesChanged, this, activitiesChanged);
    connect(m_importEditor, &ImportEditor::activitiesChanged, this, activitiesChanged);
    connect(m_activityEditor, &ActivityEditor::failed, this,
            [this](const QString &message) { showFailure(tr("Could not undo or redo"), message); });
    m_organizations = organizations.value();
    m_units = units.value();
    // The details list honors, so they follow every change to an award.
    connect(m_awardEditor, &AwardEditor::awardChanged, this, &MainWindow::refreshDetails);
    connect(m_awardEditor, &AwardEditor::awardsChanged, this, &MainWindow::refreshDetails);
    m_orgModel->setOrganizations(organizations.value(), membersByOrg);
    m_rosterModel->setRoster(std::move(roster.value()), units.value(), organizations.value());
    m_orgTree->expandToDepth(0);
    m_honors->setLedger(m_ledger.get(), m_awardEditor);
    m_orgNames.clear();
    for (const Organization &org : std::as_const(m_organizations))
        m_orgNames.insert(org.id, org.displayName());
    markPagesStale();
    m_reminders->setLedger(m_ledger.get(), m_orgNames);
    m_activities->setLedger(m_ledger.get(), m_activityEditor, m_organizations, m_orgNames,
                            [this](qint64 orgId) { return membersOf(orgId); });
    m_statistics->setLedger(m_ledger.get());
    m_dashboard->setLedger(m_ledger.get());
    // Build the search texts right after the first paint, before anyone can type.
    QTimer::singleShot(0, m_rosterModel, &RosterModel::prepareSearch);

    setWindowTitle(m_ledger->isReadOnly() ? tr("%1 (read-only) - PartyLedger").arg(m_ledger->name())
                                          : tr("%1 - PartyLedger").arg(m_ledger->name()));
    setWindowFilePath(m_ledger->path());
    Settings::addRecentLedger(m_ledger->path());
    const QModelIndex first = m_orgModel->index(0, 0);
    if (first.isValid())
        m_orgTree->setCurrentIndex(first);
    else
        selectOrganization(0);
    updateActions();
    if (!m_ledger->upgradeBackupPath().isEmpty())
        statusBar()->showMessage(tr("Upgraded the ledger; the old version is kept as %1")
                                     .arg(QFileInfo(m_ledger->upgradeBackupPath()).fileName()),
                                 10000);
    return {};
}

void MainWindow::openInteractively(const QString &path)
{
    if (auto opened = openLedger(path); !opened) {
        Settings::removeRecentLedger(path);
        QMessageBox::warning(this, tr("Could not open the ledger"), opened.error());
        return;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
}

QString MainWindow::ledgerFolder() const
{
    return m_ledger ? QFileInfo(m_ledger->path()).absolutePath()
                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newLedger()
{
    // The dialog must not offer to replace a file: a ledger is never overwritten.
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Ledger"),
        ledgerFolder() + QLatin1Char('/') + tr("New ledger") + QStringLiteral(".pldb"),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pldb");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Could not create the ledger"),
                             tr("%1 already exists. Choose another name, or open it with "
                                "File > Open.")
                                 .arg(QFileInfo(path).fileName()));
        return;
    }
    auto created = Ledger::create(path);
    if (!created) {
        QMessageBox::warning(this, tr("Could not create the ledger"), created.error());
        return;
    }
    created.value().reset();
    openInteractively(path);
}

void MainWindow::chooseLedgerToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Ledger"), ledgerFolder(), fileFilter());
    if (!path.isEmpty())
        openInteractively(path);
}

void MainWindow::saveCopy()
{
    if (!m_ledger)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy"),
        ledgerFolder() + QLatin1Char('/') +
            tr("%1 copy %2.pldb")
                .arg(m_ledger->name(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
        fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pldb");
    if (auto saved = m_ledger->saveCopy(path); !saved) {
        QMessageBox::warning(this, tr("Could not save a copy"), saved.error());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentLedgers();
    for (const QString &path : recent) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openInteractively(path); })
            ->setToolTip(path);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == Settings::language())
        return;
    Settings::setLanguage(language);
    statusBar()->showMessage(tr("The language changes when PartyLedger is started again."), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PartyLedger"),
                       tr("<h3>PartyLedger %1</h3><p>The Party-work ledger of a health bureau: "
                          "organizations, member rosters, honor lists and service "
                          "statistics.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::selectOrganization(qint64 orgId)
{
    m_selectedOrg = orgId;
    updateActions();
    const Organization *org = m_orgModel->organization(orgId);
    m_honors->setSelectedOrganization(org);
    if (org)
        m_rosterProxy->setScope(m_orgModel->subtree(orgId));
    else
        m_rosterProxy->clearScope();
    m_activities->setOrganization(orgId);
    m_dashboard->setOrganization(orgId);
    m_statistics->setOrganization(orgId, org ? org->displayName() : QString());
    m_activitiesStale = m_statisticsStale = true;
    refreshCurrentPage();
    showOrganizationDetails();
    updateStatus();
}

void MainWindow::showOrganizationDetails()
{
    // Until a member is picked, the details show the organization and its honors.
    const qint64 orgId = m_selectedOrg;
    const Organization *org = m_orgModel->organization(orgId);
    if (!org) {
        m_details->clear();
    } else if (auto honors = m_ledger->honorsOfOrganization(orgId); !honors) {
        m_details->clear();
        QMessageBox::warning(this, tr("Could not show the organization"), honors.error());
    } else {
        m_details->showOrganization(*org, m_orgModel->memberTotal(orgId), honors.value());
    }
}

void MainWindow::refreshDetails()
{
    if (m_rosterView->currentIndex().isValid())
        showSelectedMember();
    else
        showOrganizationDetails();
}

void MainWindow::showSelectedMember()
{
    const QModelIndex current = m_rosterProxy->mapToSource(m_rosterView->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    // The full record comes from the store, so the panel never shows a stale copy.
    const auto member = m_ledger->member(m_rosterModel->entry(current.row()).id);
    if (!member) {
        m_details->clear();
        QMessageBox::warning(this, tr("Could not show the member"), member.error());
        return;
    }
    const auto honors = m_ledger->honorsOfMember(member->id);
    if (!honors) {
        m_details->clear();
        QMessageBox::warning(this, tr("Could not show the member"), honors.error());
        return;
    }
    const auto transfers = m_ledger->transfers(member->id);
    if (!transfers) {
        m_details->clear();
        QMessageBox::warning(this, tr("Could not show the member"), transfers.error());
        return;
    }
    const Organization *org = m_orgModel->organization(member->orgId);
    m_details->showMember(member.value(), *m_rosterModel, org ? org->displayName() : QString(),
                          honors.value(), transfers.value(), m_orgNames);
}

void MainWindow::updateStatus()
{
    if (!m_ledger) {
        m_statusLedger->setText(tr("No ledger open"));
        m_statusCount->clear();
        return;
    }
    m_statusLedger->setText(QFileInfo(m_ledger->path()).fileName());
    const Organization *org = m_orgModel->organization(m_selectedOrg);
    const int total = org ? m_orgModel->memberTotal(m_selectedOrg) : m_rosterProxy->rowCount();
    QString text = org ? tr("%1 · %n member(s)", nullptr, total).arg(org->displayName())
                       : tr("%n member(s)", nullptr, total);
    if (!m_rosterProxy->query().isEmpty())
        text += tr(" · %n member(s) found", nullptr, m_rosterProxy->rowCount());
    m_statusCount->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    event->accept();
}

void MainWindow::showFailure(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::updateActions()
{
    const bool writable = m_ledger && !m_ledger->isReadOnly();
    const bool member = writable && m_rosterView->selectionModel()->hasSelection();
    for (QAction *action : std::as_const(m_memberActions))
        action->setEnabled(member);
    const bool org = writable && m_orgModel->organization(m_selectedOrg);
    for (QAction *action : std::as_const(m_organizationActions))
        action->setEnabled(org);
    for (QAction *action : std::as_const(m_ledgerActions))
        action->setEnabled(writable);
    m_exportRosterAction->setEnabled(m_ledger != nullptr);
}

QList<qint64> MainWindow::selectedMemberIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_rosterView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(RosterModel::MemberIdRole).toLongLong());
    return ids;
}

void MainWindow::applyMemberChanges(const QList<qint64> &memberIds)
{
    markPagesStale();
    if (memberIds.isEmpty()) { // a failed undo: the views can no longer know what changed
        if (auto reloaded = reloadAll(); !reloaded)
            showFailure(tr("Could not read the ledger"), reloaded.error());
        return;
    }
    QList<RosterEntry> current;
    QList<qint64> removed;
    if (auto members = m_ledger->members(memberIds)) {
        for (const Member &member : members.value())
            current.append(RosterEntry::of(member));
    } else { // some were removed: ask one by one which
        for (qint64 id : memberIds) {
            if (auto member = m_ledger->member(id))
                current.append(RosterEntry::of(member.value()));
            else
                removed.append(id);
        }
    }
    m_orgModel->addToMemberCounts(m_rosterModel->updateMembers(current, removed));
    refreshDetails();
    updateStatus();
    refreshCurrentPage();
}

void MainWindow::reloadOrganizations()
{
    markPagesStale();
    auto organizations = m_ledger->organizations();
    if (!organizations) {
        showFailure(tr("Could not read the ledger"), organizations.error());
        return;
    }
    m_organizations = organizations.value();
    QHash<qint64, int> membersByOrg;
    for (int row = 0; row < m_rosterModel->rowCount(); ++row) {
        if (m_rosterModel->entry(row).isOnRoll())
            ++membersByOrg[m_rosterModel->entry(row).orgId];
    }
    // The tree is small: it is read again whole, keeping what was open and selected.
    QSet<qint64> expanded;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_orgModel->rowCount(parent); ++row) {
            const QModelIndex child = m_orgModel->index(row, 0, parent);
            if (m_orgTree->isExpanded(child)) {
                expanded.insert(m_orgModel->orgId(child));
                pending.append(child);
            }
        }
    }
    const qint64 selected = m_selectedOrg;
    m_orgModel->setOrganizations(m_organizations, membersByOrg);
    for (qint64 id : std::as_const(expanded))
        m_orgTree->expand(m_orgModel->indexOf(id));
    m_rosterModel->setOrganizations(m_organizations);
    m_orgNames.clear();
    for (const Organization &org : std::as_const(m_organizations))
        m_orgNames.insert(org.id, org.displayName());
    m_reminders->setLedger(m_ledger.get(), m_orgNames);
    m_activities->setLedger(m_ledger.get(), m_activityEditor, m_organizations, m_orgNames,
                            [this](qint64 orgId) { return membersOf(orgId); });
    const QModelIndex current = m_orgModel->indexOf(selected);
    if (current.isValid()) {
        m_orgTree->setCurrentIndex(current);
        m_orgTree->scrollTo(current);
    }
    selectOrganization(current.isValid() ? selected : 0);
    updateActions();
}

Result<void> MainWindow::reloadAll()
{
    auto units = m_ledger->units();
    auto roster = m_ledger->roster();
    for (const QString &error : {units.error(), roster.error()}) {
        if (!error.isEmpty())
            return Error{error};
    }
    m_units = units.value();
    m_rosterModel->setRoster(std::move(roster.value()), m_units, m_organizations);
    reloadOrganizations();
    return {};
}

void MainWindow::selectMemberRow(qint64 memberId)
{
    const int row = m_rosterModel->rowOfMember(memberId);
    if (row < 0)
        return;
    const QModelIndex index = m_rosterProxy->mapFromSource(m_rosterModel->index(row, 0));
    if (!index.isValid())
        return;
    m_rosterView->setCurrentIndex(index);
    m_rosterView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_rosterView->scrollTo(index);
}

void MainWindow::goToMember(qint64 memberId)
{
    auto member = m_ledger->member(memberId);
    if (!member) {
        showFailure(tr("Could not show the member"), member.error());
        return;
    }
    const int row = m_rosterModel->rowOfMember(memberId);
    if (row < 0)
        return;
    if (!member->isOnRoll()) // history is where they are now
        m_historyAction->setChecked(true);
    m_pages->setCurrentWidget(m_rosterView);
    m_search->clear();
    if (!m_rosterProxy->mapFromSource(m_rosterModel->index(row, 0)).isValid())
        m_orgTree->setCurrentIndex(m_orgModel->indexOf(member->orgId));
    selectMemberRow(memberId);
    m_rosterView->setFocus();
}

void MainWindow::newMember()
{
    if (!m_ledger || m_ledger->isReadOnly())
        return;
    Member member;
    // A new member goes into the branch selected in the tree, in its unit.
    if (const Organization *org = m_orgModel->organization(m_selectedOrg);
        org && org->holdsMembers() && !org->isDissolved()) {
        member.orgId = org->id;
        member.unitId = org->unitId;
    }
    qint64 added = 0;
    MemberDialog dialog(
        m_ledger.get(), m_organizations, m_units,
        [this, &added](const Member &m) -> Result<void> {
            auto id = m_memberEditor->addMember(m);
            if (!id)
                return Error{id.error()};
            added = id.value();
            return {};
        },
        this);
    dialog.setMember(member);
    if (dialog.exec() == QDialog::Accepted && added > 0) {
        goToMember(added);
        statusBar()->showMessage(tr("Added %1").arg(dialog.member().name), 5000);
    }
}

void MainWindow::editCurrentMember()
{
    if (!m_ledger || m_ledger->isReadOnly())
        return;
    const QModelIndex current = m_rosterView->currentIndex();
    if (!current.isValid())
        return;
    auto member = m_ledger->member(current.data(RosterModel::MemberIdRole).toLongLong());
    if (!member) {
        showFailure(tr("Could not edit the member"), member.error());
        return;
    }
    MemberDialog dialog(
        m_ledger.get(), m_organizations, m_units,
        [this](const Member &m) { return m_memberEditor->editMember(m); }, this);
    dialog.setMember(member.value());
    if (dialog.exec() == QDialog::Accepted)
        selectMemberRow(member->id);
}

void MainWindow::transferSelectedMembers(qint64 toOrgId)
{
    transferMembers(selectedMemberIds(), toOrgId);
}

void MainWindow::transferMembers(const QList<qint64> &memberIds, qint64 toOrgId)
{
    if (!m_ledger || m_ledger->isReadOnly() || memberIds.isEmpty())
        return;
    QStringList names;
    for (qint64 id : memberIds) {
        const int row = m_rosterModel->rowOfMember(id);
        if (row >= 0 && names.size() < 5)
            names << m_rosterModel->entry(row).name;
    }
    QString who = names.join(QStringLiteral("、"));
    if (memberIds.size() > names.size())
        who = tr("%1 and others, %n member(s) in all", nullptr, int(memberIds.size())).arg(who);
    TransferDialog dialog(m_organizations, who, this);
    dialog.setTarget(toOrgId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto moved = m_memberEditor->transferMembers(
            memberIds, dialog.targetOrgId(), dialog.externalOrg(), dialog.date(), dialog.note());
        !moved) {
        showFailure(tr("Could not transfer"), moved.error());
        return;
    }
    statusBar()->showMessage(m_undoStack->undoText(), 5000);
}

void MainWindow::removeSelectedMembers()
{
    if (!m_ledger || m_ledger->isReadOnly())
        return;
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty())
        return;
    const QString who = ids.size() == 1
                            ? m_rosterModel->entry(m_rosterModel->rowOfMember(ids.first())).name
                            : tr("%n member(s)", nullptr, int(ids.size()));
    const auto answer = QMessageBox::question(
        this, tr("Remove from the ledger?"),
        tr("Remove %1 from the ledger? This is for records entered by mistake. A member who "
           "transferred out, retired or died should keep a record: use Transfer or change the "
           "status instead.\n\nEdit > Undo brings them back.")
            .arg(who),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = m_memberEditor->removeMembers(ids); !removed)
        showFailure(tr("Could not remove"), removed.error());
}

void MainWindow::addOrganization()
{
    if (!m_ledger || m_ledger->isReadOnly())
        return;
    const Organization *parent = m_orgModel->organization(m_selectedOrg);
    if (parent && parent->kind == OrgKind::Group) {
        showFailure(tr("Could not add an organization"),
                    tr("A Party group holds members, not organizations. Select a branch or a "
                       "committee to add an organization under it."));
        return;
    }
    OrgDialog dialog(parent ? std::optional(parent->kind) : std::nullopt, m_units, this);
    Organization org;
    org.parentId = parent ? parent->id : 0;
    org.unitId = parent ? parent->unitId : 0;
    dialog.setOrganization(org);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = m_orgEditor->addOrganization(dialog.organization());
    if (!added) {
        showFailure(tr("Could not add the organization"), added.error());
        return;
    }
    const QModelIndex index = m_orgModel->indexOf(added.value());
    m_orgTree->setCurrentIndex(index);
    m_orgTree->scrollTo(index);
}

void MainWindow::editOrganization()
{
    const Organization *org = m_orgModel->organization(m_selectedOrg);
    if (!org || !m_ledger || m_ledger->isReadOnly())
        return;
    const Organization *parent = m_orgModel->organization(org->parentId);
    OrgDialog dialog(parent ? std::optional(parent->kind) : std::nullopt, m_units, this);
    dialog.setOrganization(*org);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto edited = m_orgEditor->editOrganization(dialog.organization()); !edited)
        showFailure(tr("Could not change the organization"), edited.error());
}

void MainWindow::moveOrganization(qint64 orgId, qint64 newParentId, int position)
{
    if (!m_ledger || m_ledger->isReadOnly())
        return;
    const Organization *org = m_orgModel->organization(orgId);
    if (!org)
        return;
    // A drop gives the row among the children as they are now, the dragged one included.
    const QModelIndex index = m_orgModel->indexOf(orgId);
    if (position < 0)
        position = m_orgModel->rowCount(m_orgModel->indexOf(newParentId));
    if (org->parentId == newParentId && index.row() < position)
        --position;
    if (org->parentId == newParentId && index.row() == position)
        return;
    if (auto moved = m_orgEditor->moveOrganization(orgId, newParentId, position); !moved)
        showFailure(tr("Could not move the organization"), moved.error());
}

void MainWindow::moveSelectedOrganization(int offset)
{
    const QModelIndex index = m_orgModel->indexOf(m_selectedOrg);
    const Organization *org = m_orgModel->organization(m_selectedOrg);
    if (!org)
        return;
    const int position = index.row() + offset;
    if (position < 0 || position >= m_orgModel->rowCount(index.parent()))
        return;
    if (auto moved = m_orgEditor->moveOrganization(org->id, org->parentId, position); !moved)
        showFailure(tr("Could not move the organization"), moved.error());
}

void MainWindow::dissolveOrganization()
{
    const Organization *selected = m_orgModel->organization(m_selectedOrg);
    if (!selected || !m_ledger || m_ledger->isReadOnly())
        return;
    const Organization org = *selected;
    if (org.isDissolved()) {
        showFailure(tr("Could not dissolve"),
                    tr("%1 was dissolved on %2.")
                        .arg(org.displayName(), org.dissolved.toString(Qt::ISODate)));
        return;
    }
    const QSet<qint64> subtree = m_orgModel->subtree(org.id);
    QList<Organization> candidates;
    for (const Organization &other : std::as_const(m_organizations)) {
        if (!subtree.contains(other.id))
            candidates.append(other);
    }
    DissolveDialog dialog(DissolveDialog::Mode::Dissolve, org, m_orgModel->memberTotal(org.id),
                          candidates, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto dissolved =
            m_orgEditor->dissolve(org.id, dialog.date(), dialog.targetOrgId(), dialog.note());
        !dissolved)
        showFailure(tr("Could not dissolve"), dissolved.error());
}

void MainWindow::mergeOrganization()
{
    const Organization *selected = m_orgModel->organization(m_selectedOrg);
    if (!selected || !m_ledger || m_ledger->isReadOnly())
        return;
    const Organization org = *selected;
    if (org.kind != OrgKind::Branch && org.kind != OrgKind::TemporaryBranch) {
        showFailure(tr("Could not merge"), tr("Only branches are merged; %1 is a %2.")
                                               .arg(org.displayName(), OrgKinds::label(org.kind)));
        return;
    }
    DissolveDialog dialog(DissolveDialog::Mode::Merge, org, m_orgModel->memberTotal(org.id),
                          m_organizations, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto merged =
            m_orgEditor->merge(org.id, dialog.targetOrgId(), dialog.date(), dialog.note());
        !merged)
        showFailure(tr("Could not merge"), merged.error());
}

void MainWindow::markPagesStale()
{
    m_remindersStale = m_activitiesStale = m_statisticsStale = true;
    m_dashboard->invalidate();
}

void MainWindow::refreshCurrentPage()
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_reminders && m_remindersStale) {
        m_remindersStale = false;
        m_reminders->refresh();
    } else if (page == m_activities && m_activitiesStale) {
        m_activitiesStale = false;
        m_activities->refresh();
    } else if (page == m_statistics && m_statisticsStale) {
        m_statisticsStale = false;
        m_statistics->refresh();
    }
}

void MainWindow::importFile(ImportKind kind, const QString &path)
{
    if (!m_ledger || m_ledger->isReadOnly())
        return;
    ImportDialog dialog(kind, m_ledger.get(), m_importEditor, this);
    if (!path.isEmpty())
        dialog.setFilePath(path);
    dialog.exec();
    if (dialog.imported())
        statusBar()->showMessage(dialog.summary(), 8000);
}

void MainWindow::exportRoster()
{
    if (!m_ledger)
        return;
    const Organization *org = m_orgModel->organization(m_selectedOrg);
    const QString path = TableExport::choosePath(
        this, tr("Export the Roster"), ledgerFolder(),
        tr("%1 roster").arg(org ? org->displayName() : m_ledger->name()), true);
    if (path.isEmpty())
        return;
    const auto exported = exportRosterTo(path);
    if (!exported)
        showFailure(tr("Could not export the roster"), exported.error());
    else if (exported.value() < 0)
        statusBar()->showMessage(tr("Export cancelled; nothing was saved."), 5000);
    else
        statusBar()->showMessage(tr("Exported %n member(s) to %1", nullptr, exported.value())
                                     .arg(QFileInfo(path).fileName()),
                                 8000);
}

Result<int> MainWindow::exportRosterTo(const QString &path)
{
    if (!m_ledger)
        return Error{tr("No ledger is open.")};
    // The rows as the roster shows them: scope, search, history and sort order.
    QList<qint64> ids;
    ids.reserve(m_rosterProxy->rowCount());
    for (int row = 0; row < m_rosterProxy->rowCount(); ++row)
        ids.append(m_rosterProxy->index(row, 0).data(RosterModel::MemberIdRole).toLongLong());
    auto members = ids.isEmpty() ? Result<QList<Member>>(QList<Member>()) : m_ledger->members(ids);
    if (!members)
        return Error{members.error()};
    const auto written =
        TableExport::write(this, path, {membersTable(members.value(), m_organizations, m_units)});
    if (!written)
        return Error{written.error()};
    return written.value() ? int(ids.size()) : -1;
}

QList<std::pair<qint64, QString>> MainWindow::membersOf(qint64 orgId) const
{
    // Members on the roll of the subtree, in the roster's order, as participants to tick.
    const QSet<qint64> subtree = m_orgModel->subtree(orgId);
    QList<std::pair<qint64, QString>> members;
    for (int row = 0; row < m_rosterModel->rowCount(); ++row) {
        const RosterEntry &entry = m_rosterModel->entry(row);
        if (entry.isOnRoll() && subtree.contains(entry.orgId))
            members.append({entry.id, entry.name});
    }
    return members;
}

} // namespace PartyLedger
