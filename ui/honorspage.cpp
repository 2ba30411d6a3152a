#include "honorspage.h"

#include "awardcontentmodel.h"
#include "awardeditor.h"
#include "awardlistmodel.h"
#include "citation.h"
#include "honorexport.h"
#include "ledger.h"
#include "memberfilter.h"
#include "modelexport.h"
#include "organization.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace PartyLedger {

HonorsPage::HonorsPage(RosterModel *roster, QWidget *parent)
    : QWidget(parent)
    , m_roster(roster)
    , m_people(new RosterFilterProxy(this))
    , m_awards(new AwardListModel(this))
    , m_filteredAwards(new AwardFilterProxy(this))
{
    m_people->setRoster(roster);
    m_filteredAwards->setSourceModel(m_awards);
    m_content = new AwardContentModel(nullptr, this);
    connect(m_content, &AwardContentModel::editFailed, this, &HonorsPage::showError);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(createListSide());
    splitter->addWidget(createAwardSide());
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 700});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_awardSide->setEnabled(false);
}

QWidget *HonorsPage::createListSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    auto *filters = new QHBoxLayout;
    m_yearFilter = new QComboBox(side);
    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_levelFilter = new QComboBox(side);
    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_levelFilter->addItem(tr("All levels"));
    for (AwardLevel level : AwardVocabulary::levels())
        m_levelFilter->addItem(AwardVocabulary::label(level), int(level));
    filters->addWidget(m_yearFilter);
    filters->addWidget(m_levelFilter);
    layout->addLayout(filters);
    const auto applyFilter = [this] {
        AwardFilter filter;
        filter.year = m_yearFilter->currentData().toInt();
        if (m_levelFilter->currentIndex() > 0)
            filter.level = AwardLevel(m_levelFilter->currentData().toInt());
        m_filteredAwards->setFilter(filter);
    };
    connect(m_yearFilter, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, applyFilter);

    m_awardList = new QTableView(side);
    m_awardList->setObjectName(QStringLiteral("awardList"));
    m_awardList->setModel(m_filteredAwards);
    m_awardList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_awardList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_awardList->verticalHeader()->hide();
    m_awardList->horizontalHeader()->setSectionResizeMode(AwardListModel::TitleColumn,
                                                          QHeaderView::Stretch);
    m_awardList->setWordWrap(false);
    connect(m_awardList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showAward(current.data(AwardListModel::AwardIdRole).toLongLong());
            });
    layout->addWidget(m_awardList);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New award"), side);
    auto *remove = new QPushButton(tr("Delete award"), side);
    connect(add, &QPushButton::clicked, this, &HonorsPage::newAward);
    connect(remove, &QPushButton::clicked, this, &HonorsPage::removeAward);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    return side;
}

QWidget *HonorsPage::createAwardSide()
{
    m_awardSide = new QWidget(this);
    auto *layout = new QVBoxLayout(m_awardSide);

    auto *details = new QFormLayout;
    m_title = new QLineEdit(m_awardSide);
    m_title->setObjectName(QStringLiteral("awardTitle"));
    m_date = new QDateEdit(m_awardSide);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // An award without a date shows so, and stays without one until a date is chosen.
    m_date->setMinimumDate(QDate(1921, 7, 1));
    m_date->setSpecialValueText(tr("No date"));
    m_documentNumber = new QLineEdit(m_awardSide);
    m_level = new QComboBox(m_awardSide);
    for (AwardLevel level : AwardVocabulary::levels())
        m_level->addItem(AwardVocabulary::label(level), int(level));
    m_grantor = new QLineEdit(m_awardSide);
    // Date, number and level share a row, each labelled, so the form stays four rows high.
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_level);
    m_documentNumber->setPlaceholderText(tr("Document number"));
    m_level->setToolTip(tr("Level"));
    dateRow->addWidget(m_documentNumber, 1);
    details->addRow(tr("Title"), m_title);
    details->addRow(tr("Date"), dateRow);
    details->addRow(tr("Granted by"), m_grantor);
    layout->addLayout(details);
    for (QLineEdit *edit : {m_title, m_documentNumber, m_grantor})
        connect(edit, &QLineEdit::editingFinished, this, &HonorsPage::saveDetails);
    connect(m_date, &QDateEdit::editingFinished, this, &HonorsPage::saveDetails);
    connect(m_level, &QComboBox::activated, this, &HonorsPage::saveDetails);

    // Adding: from the roster by name or pinyin, the organization selected in the tree, or anyone.
    auto *adding = new QHBoxLayout;
    m_personSearch = new QLineEdit(m_awardSide);
    m_personSearch->setObjectName(QStringLiteral("personSearch"));
    m_personSearch->setPlaceholderText(tr("Add a member: name or pinyin"));
    auto *completer = new QCompleter(m_people, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionColumn(RosterModel::NameColumn);
    m_personSearch->setCompleter(completer);
    connect(m_personSearch, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        m_people->setQuery(text);
        if (!text.trimmed().isEmpty())
            completer->complete();
    });
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QModelIndex source = m_people->mapToSource(m_people->index(index.row(), 0));
                addMemberById(m_roster->entry(source.row()).id);
                m_personSearch->clear();
            });
    connect(m_personSearch, &QLineEdit::returnPressed, this, &HonorsPage::choosePerson);
    adding->addWidget(m_personSearch);
    layout->addLayout(adding);

    auto *treeRow = new QHBoxLayout;
    m_tree = new QTreeView(m_awardSide);
    m_tree->setObjectName(QStringLiteral("recipientTree"));
    m_tree->setModel(m_content);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->header()->resizeSection(AwardContentModel::NameColumn, 130);
    treeRow->addWidget(m_tree, 1);
    // The list's buttons stand in a column beside it, so the page stays narrow enough for the
    // tree and the details beside it, in Chinese and in English.
    auto *moves = new QVBoxLayout;
    const auto button = [this, moves](const QString &text, auto slot) {
        auto *b = new QPushButton(text, m_awardSide);
        connect(b, &QPushButton::clicked, this, slot);
        moves->addWidget(b);
        return b;
    };
    button(tr("Add selected organization"), &HonorsPage::addSelectedOrganization);
    button(tr("Add someone else..."), [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Add someone else"), tr("Name (not in this ledger):"),
                                  QLineEdit::Normal, {}, &ok);
        if (ok)
            addTypedInRecipient(name);
    });
    button(tr("Add category..."), &HonorsPage::addCategory);
    moves->addSpacing(12);
    button(tr("Up"), [this] { moveSelected(-1); });
    button(tr("Down"), [this] { moveSelected(1); });
    button(tr("Remove"), &HonorsPage::removeSelected)
        ->setObjectName(QStringLiteral("removeRecipient"));
    moves->addStretch();
    treeRow->addLayout(moves);
    layout->addLayout(treeRow, 1);

    // The printed list: options, then preview, print or save.
    auto *printing = new QHBoxLayout;
    m_order = new QComboBox(m_awardSide);
    for (HonorOrder order :
         {HonorOrder::Entered, HonorOrder::Stroke, HonorOrder::Pinyin, HonorOrder::Unit})
        m_order->addItem(HonorOrders::label(order), int(order));
    m_columns = new QComboBox(m_awardSide);
    m_columns->addItem(tr("One column"), 1);
    m_columns->addItem(tr("Two columns"), 2);
    m_paper = new QComboBox(m_awardSide);
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_orientation = new QComboBox(m_awardSide);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_fontSize = new QSpinBox(m_awardSide);
    m_fontSize->setRange(9, 28);
    m_fontSize->setValue(14);
    m_fontSize->setSuffix(tr(" pt"));
    m_footer = new QCheckBox(tr("Footer"), m_awardSide);
    m_footer->setChecked(true);
    m_footer->setToolTip(tr("The granting body and the date under the list"));
    auto *applyOrder = new QPushButton(tr("Put the list in this order"), m_awardSide);
    applyOrder->setObjectName(QStringLiteral("applyOrder"));
    applyOrder->setToolTip(tr("Reorders the recipients themselves, not only the printout; "
                              "Ctrl+Z undoes it"));
    connect(applyOrder, &QPushButton::clicked, this, &HonorsPage::applyOrderToList);
    // Three short rows rather than one long one, so the page fits beside the tree and the
    // details on a 1280-pixel screen.
    for (QWidget *option :
         std::initializer_list<QWidget *>{m_columns, m_paper, m_orientation, m_fontSize, m_footer})
        printing->addWidget(option);
    printing->addStretch();
    // The printed heading: empty fields print 光荣榜 and the award's title.
    m_printTitle = new QLineEdit(m_awardSide);
    m_printTitle->setPlaceholderText(tr("Heading: Honor Roll"));
    m_printSubtitle = new QLineEdit(m_awardSide);
    m_printSubtitle->setPlaceholderText(tr("Subheading: the award's title"));
    auto *ordering = new QHBoxLayout;
    ordering->addWidget(m_printTitle);
    ordering->addWidget(m_printSubtitle);
    ordering->addWidget(m_order);
    ordering->addWidget(applyOrder);
    layout->addLayout(ordering);
    layout->addLayout(printing);
    auto *output = new QHBoxLayout;
    output->addStretch();
    for (const auto &[text, slot] :
         {std::pair(tr("Preview..."), &HonorsPage::preview),
          std::pair(tr("Print..."), &HonorsPage::print),
          std::pair(tr("Save as PDF..."), &HonorsPage::choosePdf),
          std::pair(tr("Save as ODT..."), &HonorsPage::chooseOdt),
          std::pair(tr("Export to Excel..."), &HonorsPage::chooseXlsx)}) {
        auto *b = new QPushButton(text, m_awardSide);
        connect(b, &QPushButton::clicked, this, slot);
        output->addWidget(b);
    }
    layout->addLayout(output);
    return m_awardSide;
}

void HonorsPage::setLedger(const Ledger *ledger, AwardEditor *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_ledger = ledger;
    m_editor = editor;
    m_content->setEditor(editor);
    // Units and organizations name a member's citation when they are added to a list.
    m_units.clear();
    m_organizations.clear();
    if (ledger) {
        auto units = ledger->units();
        auto organizations = ledger->organizations();
        if (!units || !organizations)
            showError(!units ? units.error() : organizations.error());
        for (const Unit &unit : units.value_or({}))
            m_units.insert(unit.id, unit);
        for (const Organization &org : organizations.value_or({}))
            m_organizations.insert(org.id, org);
    }
    m_awardId = 0;
    if (editor) {
        connect(editor, &AwardEditor::awardsChanged, this, &HonorsPage::reloadAwards);
        connect(editor, &AwardEditor::awardChanged, this, [this](qint64 awardId) {
            if (awardId != m_awardId)
                return;
            // An edit committed from an open cell editor arrives inside the view's own
            // commit; resetting the model there would pull the editor from under it.
            const QWidget *focus = QApplication::focusWidget();
            if (focus && m_tree->viewport()->isAncestorOf(focus))
                QMetaObject::invokeMethod(this, &HonorsPage::reloadCurrentAward,
                                          Qt::QueuedConnection);
            else
                reloadCurrentAward();
        });
        connect(editor, &AwardEditor::failed, this, &HonorsPage::showError);
    }
    reloadAwards();
}

void HonorsPage::setSelectedOrganization(const Organization *organization)
{
    m_selectedOrganization = organization;
}

void HonorsPage::reloadAwards()
{
    const qint64 keep = m_awardId;
    QList<Award> awards;
    if (m_ledger) {
        auto read = m_ledger->awards();
        if (!read)
            showError(read.error());
        else
            awards = read.value();
    }
    m_awards->setAwards(awards);

    // The year filter offers the years that have awards, newest first.
    const QVariant year = m_yearFilter->currentData();
    QSignalBlocker blocker(m_yearFilter);
    m_yearFilter->clear();
    m_yearFilter->addItem(tr("All years"), 0);
    QList<int> years;
    for (const Award &award : awards) {
        if (award.date.isValid() && !years.contains(award.date.year()))
            years.append(award.date.year());
    }
    std::sort(years.rbegin(), years.rend());
    for (int y : years)
        m_yearFilter->addItem(QString::number(y), y);
    m_yearFilter->setCurrentIndex(qMax(0, m_yearFilter->findData(year)));

    if (keep && m_awards->rowOfAward(keep) >= 0)
        selectAward(keep);
    else if (m_filteredAwards->rowCount() > 0)
        m_awardList->setCurrentIndex(m_filteredAwards->index(m_filteredAwards->rowCount() - 1, 0));
    else
        showAward(0);
}

void HonorsPage::selectAward(qint64 awardId)
{
    const int row = m_awards->rowOfAward(awardId);
    const QModelIndex index = m_filteredAwards->mapFromSource(m_awards->index(row, 0));
    if (index.isValid())
        m_awardList->setCurrentIndex(index);
    showAward(awardId);
}

void HonorsPage::showAward(qint64 awardId)
{
    if (awardId == m_awardId && awardId != 0)
        return;
    m_awardId = awardId;
    m_awardSide->setEnabled(awardId != 0 && m_editor);
    if (!awardId) {
        m_content->setAward({});
        return;
    }
    reloadCurrentAward();
}

void HonorsPage::setSearchText(const QString &text)
{
    m_search.setQuery(text);
    applySearch();
}

void HonorsPage::applySearch()
{
    // Rows are hidden, not filtered through a proxy, so drags and edits keep the model's own
    // indexes; the criteria are the roster's (name, pinyin, and here the citation).
    const QModelIndex root;
    for (int c = 0; c < m_content->rowCount(root); ++c) {
        const QModelIndex category = m_content->index(c, 0, root);
        for (int r = 0; r < m_content->rowCount(category); ++r) {
            const AwardRecipient *recipient =
                m_content->recipientAt(m_content->index(r, 0, category));
            const bool shown =
                !m_search.hasQuery() ||
                m_search.matches(MemberSearchText::of(recipient->name, {}, recipient->citation));
            m_tree->setRowHidden(r, category, !shown);
        }
    }
}

void HonorsPage::reloadCurrentAward()
{
    if (!m_ledger || !m_awardId)
        return;
    auto award = m_ledger->award(m_awardId);
    if (!award) {
        showError(award.error());
        return;
    }
    // Keep the person's place: the selected recipient stays selected across the reload.
    const qint64 selected =
        m_tree->currentIndex().data(AwardContentModel::RecipientIdRole).toLongLong();
    m_content->setAward(award.value());
    m_tree->expandAll();
    applySearch();
    if (const QModelIndex index = m_content->indexOfRecipient(selected); index.isValid())
        m_tree->setCurrentIndex(index);

    const Award &a = award.value();
    m_title->setText(a.title);
    m_date->setDate(a.date.isValid() ? a.date : m_date->minimumDate());
    m_documentNumber->setText(a.documentNumber);
    m_level->setCurrentIndex(m_level->findData(int(a.level)));
    m_grantor->setText(a.grantor);
}

void HonorsPage::saveDetails()
{
    if (!m_editor || !m_awardId)
        return;
    Award details = m_content->award();
    const Award before = details;
    details.title = m_title->text().trimmed();
    details.date = m_date->date() == m_date->minimumDate() ? QDate() : m_date->date();
    details.documentNumber = m_documentNumber->text().trimmed();
    details.level = AwardLevel(m_level->currentData().toInt());
    details.grantor = m_grantor->text().trimmed();
    if (details.title.isEmpty()) {
        m_title->setText(before.title);
        showError(tr("An award needs a title."));
        return;
    }
    if (details.title == before.title && details.date == before.date &&
        details.documentNumber == before.documentNumber && details.level == before.level &&
        details.grantor == before.grantor)
        return;
    if (auto saved = m_editor->editAwardDetails(details); !saved)
        showError(saved.error());
}

void HonorsPage::newAward()
{
    if (!m_editor)
        return;
    Award award;
    award.title = tr("New award");
    award.date = QDate::currentDate();
    award.level = AwardLevel::System;
    // 两优一先, the classic set; categories can be renamed, removed or added.
    award.categories = {
        {0, tr("Outstanding Party members"), RecipientKind::Person, {}},
        {0, tr("Outstanding Party workers"), RecipientKind::Person, {}},
        {0, tr("Advanced grass-roots Party organizations"), RecipientKind::Organization, {}}};
    auto added = m_editor->addAward(award);
    if (!added) {
        showError(added.error());
        return;
    }
    m_yearFilter->setCurrentIndex(0);
    m_levelFilter->setCurrentIndex(0);
    selectAward(added.value());
    m_title->setFocus();
    m_title->selectAll();
}

void HonorsPage::removeAward()
{
    if (!m_editor || !m_awardId)
        return;
    const Award &award = m_content->award();
    if (QMessageBox::question(this, tr("Delete award"),
                              tr("Delete the award \"%1\" and its honor list? You can undo this "
                                 "with Ctrl+Z.")
                                  .arg(award.title)) != QMessageBox::Yes)
        return;
    if (auto removed = m_editor->removeAward(m_awardId); !removed)
        showError(removed.error());
}

void HonorsPage::addCategory()
{
    if (!m_editor || !m_awardId)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add category"), tr("Category name:"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QStringList kinds = {tr("People (counted 名)"), tr("Organizations (counted 个)")};
    const QString kind = QInputDialog::getItem(this, tr("Add category"), tr("Who is honored:"),
                                               kinds, 0, false, &ok);
    if (!ok)
        return;
    AwardCategory category;
    category.name = name;
    category.recipientKind = kind == kinds[1] ? RecipientKind::Organization : RecipientKind::Person;
    if (auto added = m_editor->addCategory(m_awardId, category); !added)
        showError(added.error());
}

bool HonorsPage::insertionPoint(RecipientKind kind, qint64 *categoryId, int *position) const
{
    const QModelIndex current = m_tree->currentIndex();
    if (const AwardCategory *category = m_content->categoryAt(current);
        category && category->recipientKind == kind) {
        *categoryId = category->id;
        *position =
            m_content->recipientAt(current) ? current.row() + 1 : int(category->recipients.size());
        return true;
    }
    for (const AwardCategory &category : m_content->award().categories) {
        if (category.recipientKind == kind) {
            *categoryId = category.id;
            *position = int(category.recipients.size());
            return true;
        }
    }
    return false;
}

void HonorsPage::addMemberById(qint64 memberId)
{
    if (!m_editor || !m_awardId)
        return;
    qint64 categoryId = 0;
    int position = 0;
    if (!insertionPoint(RecipientKind::Person, &categoryId, &position)) {
        showError(tr("This award has no category for people yet; add one first."));
        return;
    }
    for (int row = 0; row < m_roster->rowCount(); ++row) {
        const RosterEntry &entry = m_roster->entry(row);
        if (entry.id != memberId)
            continue;
        // The citation is taken now and kept: later changes to the roster never rewrite it.
        const AwardRecipient recipient{0, entry.id, 0, entry.name,
                                       Citation::of(entry, m_units, m_organizations)};
        auto added = m_editor->addRecipient(m_awardId, categoryId, position, recipient);
        if (!added) {
            showError(added.error());
            return;
        }
        m_tree->setCurrentIndex(m_content->indexOfRecipient(added.value()));
        Q_EMIT message(tr("Added %1").arg(entry.name));
        return;
    }
}

void HonorsPage::choosePerson()
{
    // Enter picks the first match, as a quick way to add the person just typed.
    m_people->setQuery(m_personSearch->text());
    if (m_personSearch->text().trimmed().isEmpty() || m_people->rowCount() == 0)
        return;
    const QModelIndex source = m_people->mapToSource(m_people->index(0, 0));
    addMemberById(m_roster->entry(source.row()).id);
    m_personSearch->clear();
}

void HonorsPage::addSelectedOrganization()
{
    if (!m_editor || !m_awardId)
        return;
    if (!m_selectedOrganization) {
        showError(tr("Select an organization in the tree on the left first."));
        return;
    }
    qint64 categoryId = 0;
    int position = 0;
    if (!insertionPoint(RecipientKind::Organization, &categoryId, &position)) {
        showError(tr("This award has no category for organizations yet; add one first."));
        return;
    }
    const Organization &org = *m_selectedOrganization;
    auto added =
        m_editor->addRecipient(m_awardId, categoryId, position, {0, 0, org.id, org.fullName, {}});
    if (!added) {
        showError(added.error());
        return;
    }
    m_tree->setCurrentIndex(m_content->indexOfRecipient(added.value()));
    Q_EMIT message(tr("Added %1").arg(org.fullName));
}

void HonorsPage::addTypedInRecipient(const QString &typed)
{
    const QString name = typed.trimmed();
    if (!m_editor || !m_awardId || name.isEmpty())
        return;
    qint64 categoryId = 0;
    int position = 0;
    if (!insertionPoint(RecipientKind::Person, &categoryId, &position)) {
        showError(tr("This award has no category for people yet; add one first."));
        return;
    }
    auto added = m_editor->addRecipient(m_awardId, categoryId, position, {0, 0, 0, name, {}});
    if (!added) {
        showError(added.error());
        return;
    }
    // Straight into the citation, which a typed-in person always needs.
    const QModelIndex index = m_content->indexOfRecipient(added.value());
    m_tree->setCurrentIndex(index.siblingAtColumn(AwardContentModel::CitationColumn));
    m_tree->edit(index.siblingAtColumn(AwardContentModel::CitationColumn));
}

void HonorsPage::removeSelected()
{
    if (!m_editor || !m_awardId)
        return;
    QList<qint64> recipients;
    qint64 category = 0;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
        if (const AwardRecipient *r = m_content->recipientAt(index))
            recipients.append(r->id);
        else if (const AwardCategory *c = m_content->categoryAt(index))
            category = c->id;
    }
    Result<void> removed;
    if (!recipients.isEmpty()) {
        removed = m_editor->removeRecipients(m_awardId, recipients);
    } else if (category) {
        const AwardCategory *c = m_content->categoryAt(m_content->indexOfCategory(category));
        if (QMessageBox::question(this, tr("Remove category"),
                                  tr("Remove the category \"%1\" with its %n recipient(s)?",
                                     nullptr, int(c->recipients.size()))
                                      .arg(c->name)) != QMessageBox::Yes)
            return;
        removed = m_editor->removeCategory(m_awardId, category);
    }
    if (!removed)
        showError(removed.error());
}

void HonorsPage::moveSelected(int delta)
{
    const QModelIndex current = m_tree->currentIndex();
    const AwardRecipient *recipient = m_content->recipientAt(current);
    if (!m_editor || !recipient)
        return;
    const AwardCategory *category = m_content->categoryAt(current);
    const int target = current.row() + delta;
    if (target < 0 || target >= category->recipients.size())
        return;
    if (auto moved = m_editor->moveRecipients(m_awardId, {recipient->id}, category->id, target);
        !moved)
        showError(moved.error());
}

void HonorsPage::applyOrderToList()
{
    if (!m_editor || !m_awardId)
        return;
    const auto order = HonorOrder(m_order->currentData().toInt());
    if (order == HonorOrder::Entered)
        return;
    if (auto sorted = m_editor->sortRecipients(m_awardId, order); !sorted)
        showError(sorted.error());
    else
        Q_EMIT message(HonorOrders::label(order));
}

HonorListOptions HonorsPage::printOptions() const
{
    HonorListOptions options;
    options.order = HonorOrder(m_order->currentData().toInt());
    options.columns = m_columns->currentData().toInt();
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.fontPointSize = m_fontSize->value();
    options.footer = m_footer->isChecked();
    options.title = m_printTitle->text().trimmed();
    options.subtitle = m_printSubtitle->text().trimmed();
    return options;
}

bool HonorsPage::confirmWarnings()
{
    QStringList warnings = HonorListDocument::warnings(m_content->award(), printOptions());
    if (warnings.isEmpty())
        return true;
    // A box of sixty lines helps nobody: the first few, then how many more.
    constexpr int Shown = 8;
    if (warnings.size() > Shown) {
        const int more = int(warnings.size()) - Shown;
        warnings = warnings.mid(0, Shown);
        warnings << tr("... and %n more; a larger paper, landscape or a smaller font may help.",
                       nullptr, more);
    }
    return QMessageBox::warning(this, tr("Check the list before printing"),
                                tr("The list has things to fix:\n\n%1\n\nPrint it anyway?")
                                    .arg(warnings.join(QLatin1Char('\n'))),
                                QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
}

void HonorsPage::paintList(QPrinter *printer, const HonorListOptions &options)
{
    if (auto painted = HonorListDocument::paint(m_content->award(), options, printer); !painted)
        showError(painted.error());
}

void HonorsPage::preview()
{
    if (!m_awardId || !confirmWarnings())
        return;
    const HonorListOptions options = printOptions();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(HonorListDocument::pageLayout(options));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview: %1").arg(m_content->award().title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, options](QPrinter *p) { paintList(p, options); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void HonorsPage::print()
{
    if (!m_awardId || !confirmWarnings())
        return;
    const HonorListOptions options = printOptions();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(HonorListDocument::pageLayout(options));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintList(&printer, options);
}

Result<void> HonorsPage::exportPdf(const QString &path)
{
    QProgressDialog progress(tr("Saving %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1,
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    return HonorListDocument::writePdf(m_content->award(), printOptions(), path,
                                       [&progress](int done, int total) {
                                           progress.setMaximum(total);
                                           progress.setValue(done);
                                           return !progress.wasCanceled();
                                       });
}

Result<void> HonorsPage::exportOdt(const QString &path)
{
    return HonorListDocument::writeOdt(m_content->award(), printOptions(), path);
}

void HonorsPage::saveAs(const QString &title, const QString &suffix, const QString &filter,
                        Result<void> (HonorsPage::*write)(const QString &))
{
    if (!m_awardId || !confirmWarnings())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, title, m_content->award().title + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (auto saved = (this->*write)(path); !saved)
        showError(saved.error());
    else
        Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

void HonorsPage::choosePdf()
{
    saveAs(tr("Save as PDF"), QStringLiteral("pdf"), tr("PDF documents (*.pdf)"),
           &HonorsPage::exportPdf);
}

void HonorsPage::chooseOdt()
{
    saveAs(tr("Save as ODT"), QStringLiteral("odt"), tr("OpenDocument text (*.odt)"),
           &HonorsPage::exportOdt);
}

Result<bool> HonorsPage::exportXlsx(const QString &path)
{
    return TableExport::write(this, path, {honorsTable(m_content->award(), printOptions().order)});
}

void HonorsPage::chooseXlsx()
{
    if (!m_awardId || !m_ledger)
        return;
    const QString path = TableExport::choosePath(this, tr("Export to Excel"),
                                                 QFileInfo(m_ledger->path()).absolutePath(),
                                                 m_content->award().title, false);
    if (path.isEmpty())
        return;
    if (const auto saved = exportXlsx(path); !saved)
        showError(saved.error());
    else if (saved.value())
        Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

void HonorsPage::showError(const QString &text)
{
    QMessageBox::warning(this, tr("Honors"), text);
}

} // namespace PartyLedger
