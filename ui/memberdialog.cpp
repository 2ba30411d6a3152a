#include "memberdialog.h"

#include "datefield.h"
#include "idnumber.h"
#include "ledger.h"
#include "problemlabel.h"
#include "validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace PartyLedger {

namespace {
// Choices offered in the editable lists; anything else may be typed.
const QStringList &ethnicities()
{
    static const QStringList list = {
        QStringLiteral("汉族"),   QStringLiteral("畲族"),   QStringLiteral("回族"),
        QStringLiteral("满族"),   QStringLiteral("壮族"),   QStringLiteral("苗族"),
        QStringLiteral("土家族"), QStringLiteral("蒙古族"), QStringLiteral("高山族")};
    return list;
}

const QStringList &educations()
{
    static const QStringList list = {QStringLiteral("研究生"),   QStringLiteral("大学本科"),
                                     QStringLiteral("大学专科"), QStringLiteral("中专"),
                                     QStringLiteral("高中"),     QStringLiteral("初中及以下")};
    return list;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

const char *const DateFields[] = {"birthDate",     "applicationDate", "activistDate",
                                  "candidateDate", "joinDate",        "confirmDate"};
} // namespace

MemberDialog::MemberDialog(const Ledger *ledger, const QList<Organization> &organizations,
                           const QList<Unit> &units, SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("memberDialog"));
    auto *personal = new QGroupBox(tr("Personal"), this);
    auto *left = new QFormLayout(personal);
    auto *party = new QGroupBox(tr("Party membership"), this);
    auto *right = new QFormLayout(party);

    // Created in form order, which is also the Tab order.
    m_name = addText(left, QStringLiteral("name"), tr("&Name"));
    m_idNumber = addText(left, QStringLiteral("idNumber"), tr("&ID number"));
    m_idNumber->setMaxLength(20);
    m_idNumber->setPlaceholderText(tr("18 characters; fills in birth date and gender"));
    m_gender = addChoice(left, QStringLiteral("gender"), tr("&Gender"));
    m_gender->addItem(QString(), int(Gender::Unknown));
    m_gender->addItem(MemberVocabulary::label(Gender::Male), int(Gender::Male));
    m_gender->addItem(MemberVocabulary::label(Gender::Female), int(Gender::Female));
    m_birthDate = addDate(left, QStringLiteral("birthDate"), tr("&Birth date"));
    m_ethnicity = addChoice(left, QStringLiteral("ethnicity"), tr("E&thnicity"));
    m_ethnicity->setEditable(true);
    m_ethnicity->addItems(ethnicities());
    m_education = addChoice(left, QStringLiteral("education"), tr("&Education"));
    m_education->setEditable(true);
    m_education->addItem(QString());
    m_education->addItems(educations());
    m_phone = addText(left, QStringLiteral("phone"), tr("&Phone"));
    m_unit = addChoice(left, QStringLiteral("unitId"), tr("&Unit"));
    m_unit->addItem(QString(), qint64(0));
    for (const Unit &unit : units)
        m_unit->addItem(unit.name, unit.id);
    m_adminPost = addText(left, QStringLiteral("adminPost"), tr("Administrative p&ost"));
    m_title = addText(left, QStringLiteral("title"), tr("Professional tit&le"));

    m_branch = addChoice(right, QStringLiteral("orgId"), tr("B&ranch"));
    fillOrganizations(organizations);
    m_partyPosts = addText(right, QStringLiteral("partyPosts"), tr("Party p&osts"));
    m_partyPosts->setPlaceholderText(tr("e.g. 书记、组织委员"));
    m_otherPosts = new QLabel(party);
    m_otherPosts->setWordWrap(true);
    right->addRow(QString(), m_otherPosts);
    m_category = addChoice(right, QStringLiteral("category"), tr("&Category"));
    m_category->addItem(MemberVocabulary::label(MemberCategory::Full), int(MemberCategory::Full));
    m_category->addItem(MemberVocabulary::label(MemberCategory::Probationary),
                        int(MemberCategory::Probationary));
    m_status = addChoice(right, QStringLiteral("status"), tr("&Status"));
    for (MemberStatus status : {MemberStatus::Active, MemberStatus::Mobile, MemberStatus::Retired,
                                MemberStatus::TransferredOut, MemberStatus::Deceased})
        m_status->addItem(MemberVocabulary::label(status), int(status));
    m_applicationDate = addDate(right, QStringLiteral("applicationDate"), tr("Application date"));
    m_activistDate = addDate(right, QStringLiteral("activistDate"), tr("Activist date"));
    m_candidateDate = addDate(right, QStringLiteral("candidateDate"), tr("Candidate date"));
    m_joinDate = addDate(right, QStringLiteral("joinDate"), tr("&Join date"));
    m_confirmDate = addDate(right, QStringLiteral("confirmDate"), tr("Con&firmation date"));

    m_summary = newProblemLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(personal);
    columns->addWidget(party);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    setMinimumWidth(860); // room for a problem's sentence under each field

    connect(m_idNumber, &QLineEdit::textChanged, this, [this] {
        m_duplicateIdProblem.clear();
        // Eighteen characters is a finished number: check it without waiting for Tab.
        if (IdNumber::normalized(m_idNumber->text()).size() >= 18)
            touched(QStringLiteral("idNumber"));
        fillFromIdNumber();
    });
    setMember(Member());
}

QLineEdit *MemberDialog::addText(QFormLayout *form, const QString &field, const QString &label)
{
    return addLine(form, field, label, new QLineEdit(form->parentWidget()));
}

DateField *MemberDialog::addDate(QFormLayout *form, const QString &field, const QString &label)
{
    return addLine(form, field, label, new DateField(form->parentWidget()));
}

template <class Edit>
Edit *MemberDialog::addLine(QFormLayout *form, const QString &field, const QString &label,
                            Edit *edit)
{
    edit->setObjectName(field);
    form->addRow(label, edit);
    addProblemRow(form, field, edit);
    connect(edit, &QLineEdit::textChanged, this, &MemberDialog::revalidate);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { touched(field); });
    return edit;
}

QComboBox *MemberDialog::addChoice(QFormLayout *form, const QString &field, const QString &label)
{
    auto *combo = new QComboBox(form->parentWidget());
    combo->setObjectName(field);
    form->addRow(label, combo);
    addProblemRow(form, field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { touched(field); });
    connect(combo, &QComboBox::currentTextChanged, this, &MemberDialog::revalidate);
    return combo;
}

void MemberDialog::addProblemRow(QFormLayout *form, const QString &field, QWidget *editor)
{
    QLabel *problem = newProblemLabel(form->parentWidget());
    problem->setObjectName(field + QStringLiteral("Problem"));
    form->addRow(QString(), problem);
    form->setRowVisible(problem, false);
    m_rows.insert(field, {form, editor, problem});
    m_fieldOrder.append(field);
}

void MemberDialog::fillOrganizations(const QList<Organization> &organizations)
{
    // The tree in its order, indented; only organizations in being that hold members can be
    // chosen, the others stay as headings.
    QHash<qint64, QList<const Organization *>> children;
    for (const Organization &org : organizations) {
        m_orgNames.insert(org.id, org.displayName());
        if (!org.isDissolved())
            children[org.parentId].append(&org);
    }
    for (auto &list : children)
        std::stable_sort(list.begin(), list.end(), [](auto *a, auto *b) {
            return std::pair(a->sortOrder, a->id) < std::pair(b->sortOrder, b->id);
        });
    m_branch->addItem(QString(), qint64(0));
    auto *model = qobject_cast<QStandardItemModel *>(m_branch->model());
    std::function<void(qint64, int)> add = [&](qint64 parentId, int depth) {
        for (const Organization *org : children.value(parentId)) {
            m_branch->addItem(QString(depth * 2, QChar(0x3000 /* ideographic space */)) +
                                  org->displayName(),
                              org->id);
            m_branch->setItemData(m_branch->count() - 1, org->fullName, Qt::ToolTipRole);
            if (!org->holdsMembers())
                model->item(m_branch->count() - 1)->setEnabled(false);
            add(org->id, depth + 1);
        }
    };
    add(0, 0);
}

void MemberDialog::setMember(const Member &member)
{
    m_filling = true;
    m_original = member;
    setWindowTitle(member.id == 0 ? tr("New Member") : tr("Edit %1").arg(member.name));
    m_name->setText(member.name);
    m_idNumber->setText(member.idNumber);
    selectData(m_gender, int(member.gender));
    m_birthDate->setDate(member.birthDate);
    m_ethnicity->setCurrentText(member.id == 0 && member.ethnicity.isEmpty() ? ethnicities().first()
                                                                             : member.ethnicity);
    m_education->setCurrentText(member.education);
    m_phone->setText(member.phone);
    selectData(m_unit, member.unitId);
    m_adminPost->setText(member.adminPost);
    m_title->setText(member.title);
    if (member.orgId > 0 && m_branch->findData(member.orgId) < 0) // a dissolved branch
        m_branch->addItem(m_orgNames.value(member.orgId), member.orgId);
    selectData(m_branch, member.orgId);
    QStringList own;
    QStringList elsewhere;
    for (const PartyPost &post : member.partyPosts) {
        if (post.orgId == member.orgId || post.orgId == 0)
            own << post.post;
        else
            elsewhere << m_orgNames.value(post.orgId) + post.post;
    }
    m_partyPosts->setText(own.join(QStringLiteral("、")));
    m_otherPosts->setText(
        elsewhere.isEmpty() ? QString() : tr("Also: %1").arg(elsewhere.join(QStringLiteral("、"))));
    m_otherPosts->setVisible(!elsewhere.isEmpty());
    selectData(m_category, int(member.category));
    selectData(m_status, int(member.status));
    m_applicationDate->setDate(member.applicationDate);
    m_activistDate->setDate(member.activistDate);
    m_candidateDate->setDate(member.candidateDate);
    m_joinDate->setDate(member.joinDate);
    m_confirmDate->setDate(member.confirmDate);
    m_touched.clear();
    m_saveTried = false;
    m_filling = false;
    revalidate();
}

Member MemberDialog::member() const
{
    Member m = m_original;
    m.name = m_name->text().trimmed();
    m.idNumber = IdNumber::normalized(m_idNumber->text());
    m.gender = Gender(m_gender->currentData().toInt());
    m.birthDate = m_birthDate->date().value_or(QDate());
    m.ethnicity = m_ethnicity->currentText().trimmed();
    m.education = m_education->currentText().trimmed();
    m.phone = m_phone->text().trimmed();
    m.unitId = m_unit->currentData().toLongLong();
    m.adminPost = m_adminPost->text().trimmed();
    m.title = m_title->text().trimmed();
    m.orgId = m_branch->currentData().toLongLong();
    // Posts held elsewhere are kept as they were; those of the own branch are the field's.
    QList<PartyPost> posts;
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
    const QStringList own = m_partyPosts->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &post : own)
        posts.append({m.orgId, post});
    for (const PartyPost &post : m_original.partyPosts) {
        if (post.orgId != m_original.orgId && post.orgId != 0 && post.orgId != m.orgId)
            posts.append(post);
    }
    m.partyPosts = posts;
    m.category = MemberCategory(m_category->currentData().toInt());
    m.status = MemberStatus(m_status->currentData().toInt());
    m.applicationDate = m_applicationDate->date().value_or(QDate());
    m.activistDate = m_activistDate->date().value_or(QDate());
    m.candidateDate = m_candidateDate->date().value_or(QDate());
    m.joinDate = m_joinDate->date().value_or(QDate());
    m.confirmDate = m_confirmDate->date().value_or(QDate());
    return m;
}

void MemberDialog::touched(const QString &field)
{
    if (m_filling)
        return;
    m_touched.insert(field);
    revalidate();
}

void MemberDialog::fillFromIdNumber()
{
    const auto info = IdNumber::parse(m_idNumber->text());
    if (!info)
        return;
    // The check digit makes the number the better witness: the fields follow it.
    m_filling = true;
    m_birthDate->setDate(info->birthDate);
    if (info->gender != Gender::Unknown)
        selectData(m_gender, int(info->gender));
    m_filling = false;
    revalidate();
}

void MemberDialog::revalidate()
{
    if (m_filling)
        return;
    m_problems.clear();
    for (const FieldProblem &problem : MemberValidator::validate(member())) {
        if (!m_problems.contains(problem.field))
            m_problems.insert(problem.field, problem.message);
    }
    for (const char *field : DateFields) {
        const QString key = QString::fromLatin1(field);
        const auto *edit = static_cast<DateField *>(m_rows.value(key).editor);
        if (!edit->date())
            m_problems.insert(key, tr("%1 is not a date: type it as 2021-07-01 or 2021年7月1日.")
                                       .arg(MemberValidator::fieldLabel(key)));
    }
    if (!m_duplicateIdProblem.isEmpty())
        m_problems.insert(QStringLiteral("idNumber"), m_duplicateIdProblem);

    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString message = m_problems.value(it.key());
        // A field shows its problem once it was left or a save was tried; a problem already
        // shown follows the typing, so it goes away the moment the field is right.
        const bool show = !message.isEmpty() && (m_saveTried || m_touched.contains(it.key()) ||
                                                 it->form->isRowVisible(it->problem));
        it->problem->setText(message);
        it->form->setRowVisible(it->problem, show);
    }
    m_summary->setText(
        m_saveTried && !m_problems.isEmpty()
            ? tr("%n field(s) must be corrected before saving.", nullptr, int(m_problems.size()))
            : QString());
    growToFit();
}

void MemberDialog::growToFit()
{
    // A problem shown makes its column taller: the dialog grows rather than clipping the text.
    if (!isVisible())
        return;
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

bool MemberDialog::confirmNoDuplicate(const Member &member)
{
    if (!m_ledger)
        return true;
    const auto duplicates = m_ledger->possibleDuplicates(member);
    if (!duplicates) {
        QMessageBox::warning(this, tr("Could not save the member"), duplicates.error());
        return false;
    }
    for (const Member &other : duplicates.value()) {
        if (!member.idNumber.isEmpty() && other.idNumber == member.idNumber) {
            m_duplicateIdProblem =
                tr("This ID number is already in the ledger: %1 of %2. One person is entered once; "
                   "edit that record instead.")
                    .arg(other.name, m_orgNames.value(other.orgId));
            revalidate();
            m_idNumber->setFocus();
            return false;
        }
    }
    for (const Member &other : duplicates.value()) {
        const auto answer = QMessageBox::question(
            this, tr("The same person?"),
            tr("%1, born %2, is already in the ledger (%3). Save this record as another "
               "person?")
                .arg(other.name, other.birthDate.toString(Qt::ISODate),
                     m_orgNames.value(other.orgId)));
        if (answer != QMessageBox::Yes)
            return false;
    }
    return true;
}

void MemberDialog::accept()
{
    m_saveTried = true;
    revalidate();
    if (!m_problems.isEmpty()) {
        for (const QString &field : std::as_const(m_fieldOrder)) {
            if (m_problems.contains(field)) {
                m_rows.value(field).editor->setFocus();
                break;
            }
        }
        return;
    }
    const Member record = member();
    if (!confirmNoDuplicate(record))
        return;
    if (auto saved = m_save(record); !saved) {
        // The form keeps what was typed, so nothing is lost while the cause is put right.
        QMessageBox::warning(this, tr("Could not save the member"), saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace PartyLedger
