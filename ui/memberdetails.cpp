#include "memberdetails.h"

#include "member.h"
#include "rostermodel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace PartyLedger {

namespace {
QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

MemberDetails::MemberDetails(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    m_heading->setStyleSheet(
        QStringLiteral("font-size: 16pt; font-weight: bold; color: #C8102E; padding: 4px 0;"));
    layout->addWidget(m_heading);
    m_hint = new QLabel(tr("Select a member in the roster to see everything the ledger holds "
                           "about them here."),
                        this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addWidget(m_fields);
    layout->addStretch();

    m_gender = addRow(tr("Gender"));
    m_ethnicity = addRow(tr("Ethnicity"));
    m_birthDate = addRow(tr("Birth date"));
    m_idNumber = addRow(tr("ID number"));
    m_education = addRow(tr("Education"));
    m_phone = addRow(tr("Phone"));
    m_unit = addRow(tr("Unit"));
    m_adminPost = addRow(tr("Post"));
    m_title = addRow(tr("Professional title"));
    m_branch = addRow(tr("Branch"));
    m_partyPosts = addRow(tr("Party posts"));
    m_category = addRow(tr("Category"));
    m_status = addRow(tr("Status"));
    m_application = addRow(tr("Applied"));
    m_activist = addRow(tr("Activist since"));
    m_candidate = addRow(tr("Candidate since"));
    m_joinDate = addRow(tr("Join date"));
    m_confirmDate = addRow(tr("Confirmed"));
    clear();
}

QLabel *MemberDetails::addRow(const QString &label)
{
    auto *value = new QLabel(m_fields);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    m_values.append(value);
    return value;
}

void MemberDetails::showMember(const Member &m, const RosterModel &roster, const QString &orgName)
{
    m_heading->setText(m.name);
    m_gender->setText(orDash(MemberVocabulary::label(m.gender)));
    m_ethnicity->setText(orDash(m.ethnicity));
    const int age = m.ageOn(QDate::currentDate());
    m_birthDate->setText(age < 0 ? dateText(m.birthDate)
                                 : tr("%1 (%n years)", nullptr, age).arg(dateText(m.birthDate)));
    m_idNumber->setText(orDash(m.idNumber));
    m_education->setText(orDash(m.education));
    m_phone->setText(orDash(m.phone));
    m_unit->setText(orDash(roster.unitName(m.unitId)));
    m_adminPost->setText(orDash(m.adminPost));
    m_title->setText(orDash(m.title));
    m_branch->setText(orDash(orgName));
    m_partyPosts->setText(orDash(roster.partyPostsText(m.orgId, m.partyPosts)));
    m_category->setText(MemberVocabulary::label(m.category));
    m_status->setText(MemberVocabulary::label(m.status));
    m_application->setText(dateText(m.applicationDate));
    m_activist->setText(dateText(m.activistDate));
    m_candidate->setText(dateText(m.candidateDate));
    m_joinDate->setText(dateText(m.joinDate));
    m_confirmDate->setText(dateText(m.confirmDate));
    m_hint->hide();
    m_fields->show();
}

void MemberDetails::clear()
{
    m_heading->setText(tr("No member selected"));
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_fields->hide();
    m_hint->show();
}

} // namespace PartyLedger
