#include "mainwindow.h"

#include "awardeditor.h"
#include "honorspage.h"
#include "ledger.h"
#include "memberdetails.h"
#include "orgtreemodel.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"
#include "settings.h"

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
#include <QTreeView>
#include <QUndoStack>

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
    const QList<int> widths = {72, 44, 44, 130, 150, 110, 76, 90};
    for (int column = 0; column < widths.size(); ++column)
        m_rosterView->setColumnWidth(column, widths[column]);
    pages->addTab(m_rosterView, tr("Roster"));
    m_honors = new HonorsPage(m_rosterModel, pages);
    m_honors->setObjectName(QStringLiteral("honorsPage"));
    connect(m_honors, &HonorsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    pages->addTab(m_honors, tr("Honors"));
    setCentralWidget(pages);

    createDocks();
    createActions();

    m_statusLedger = new QLabel(this);
    m_statusCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLedger);
    statusBar()->addPermanentWidget(m_statusCount);

    connect(m_rosterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedMember);
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
    newAction->setShortcut(QKeySequence::New);
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

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
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
    delete m_awardEditor;
    m_ledger = std::move(ledger);
    m_awardEditor = new AwardEditor(m_ledger.get(), m_undoStack, this);
    // The details list honors, so they follow every change to an award.
    connect(m_awardEditor, &AwardEditor::awardChanged, this, &MainWindow::refreshDetails);
    connect(m_awardEditor, &AwardEditor::awardsChanged, this, &MainWindow::refreshDetails);
    m_orgModel->setOrganizations(organizations.value(), membersByOrg);
    m_rosterModel->setRoster(std::move(roster.value()), units.value(), organizations.value());
    m_orgTree->expandToDepth(0);
    m_honors->setLedger(m_ledger.get(), m_awardEditor);
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
    const Organization *org = m_orgModel->organization(orgId);
    m_honors->setSelectedOrganization(org);
    if (org)
        m_rosterProxy->setScope(m_orgModel->subtree(orgId));
    else
        m_rosterProxy->clearScope();
    // Until a member is picked, the details show the organization and its honors.
    if (!org) {
        m_details->clear();
    } else if (auto honors = m_ledger->honorsOfOrganization(orgId); !honors) {
        m_details->clear();
        QMessageBox::warning(this, tr("Could not show the organization"), honors.error());
    } else {
        m_details->showOrganization(*org, m_orgModel->memberTotal(orgId), honors.value());
    }
    updateStatus();
}

void MainWindow::refreshDetails()
{
    if (m_rosterView->currentIndex().isValid())
        showSelectedMember();
    else
        selectOrganization(m_selectedOrg);
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
    const Organization *org = m_orgModel->organization(member->orgId);
    m_details->showMember(member.value(), *m_rosterModel, org ? org->displayName() : QString(),
                          honors.value());
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
    const int total = org ? m_orgModel->memberTotal(m_selectedOrg) : m_rosterModel->rowCount();
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

} // namespace PartyLedger
