#include "memberdetails.h"

#include "award.h"
#include "member.h"
#include "organization.h"
#include "rostermodel.h"
#include "transfer.h"
#include "validation.h"

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
    m_heading->setTextFormat(Qt::PlainText); // names come from the ledger, never markup
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    m_heading->setStyleSheet(
        QStringLiteral("font-size: 16pt; font-weight: bold; color: #C8102E; padding: 4px 0;"));
    layout->addWidget(m_heading);
    m_hint = new QLabel(tr("Select a member in the roster to see everything the ledger holds "
                           "about them here."),
                        this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addWidget(m_fields);
    m_honors = new QLabel(this);
    m_honors->setObjectName(QStringLiteral("detailsHonors"));
    m_honors->setWordWrap(true);
    m_honors->setTextFormat(Qt::RichText);
    layout->addWidget(m_honors);
    m_transfers = new QLabel(this);
    m_transfers->setObjectName(QStringLiteral("detailsTransfers"));
    m_transfers->setWordWrap(true);
    m_transfers->setTextFormat(Qt::RichText);
    layout->addWidget(m_transfers);
    layout->addStretch();

    // Fields the validator also names take its labels, so a message and the form agree.
    const auto label = [](const char *field) {
        return MemberValidator::fieldLabel(QString::fromLatin1(field));
    };
    m_gender = addRow(label("gender"));
    m_ethnicity = addRow(tr("Ethnicity"));
    m_birthDate = addRow(label("birthDate"));
    m_idNumber = addRow(label("idNumber"));
    m_education = addRow(tr("Education"));
    m_phone = addRow(label("phone"));
    m_unit = addRow(tr("Unit"));
    m_adminPost = addRow(tr("Administrative post"));
    m_title = addRow(tr("Professional title"));
    m_branch = addRow(label("orgId"));
    m_partyPosts = addRow(tr("Party posts"));
    m_category = addRow(label("category"));
    m_status = addRow(tr("Party standing"));
    m_application = addRow(label("applicationDate"));
    m_activist = addRow(label("activistDate"));
    m_candidate = addRow(label("candidateDate"));
    m_joinDate = addRow(label("joinDate"));
    m_confirmDate = addRow(label("confirmDate"));
    // ID numbers and phones are sensitive: shown masked until asked for, one member at a time.
    for (QLabel *sensitive : {m_idNumber, m_phone}) {
        sensitive->setTextFormat(Qt::RichText);
        connect(sensitive, &QLabel::linkActivated, this, &MemberDetails::revealSensitive);
    }
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

QString MemberDetails::honorsText(const QList<HonorRecord> &honors)
{
    if (honors.isEmpty())
        return {};
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(tr("Honors").toHtmlEscaped());
    for (const HonorRecord &honor : honors)
        text +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("%1 %2 (%3, %4)")
                         .arg(honor.date.isValid() ? QString::number(honor.date.year()) : QString(),
                              honor.category, honor.awardTitle, AwardVocabulary::label(honor.level))
                         .toHtmlEscaped());
    return text;
}

QString MemberDetails::transfersText(const QList<Transfer> &transfers,
                                     const QHash<qint64, QString> &orgNames)
{
    if (transfers.isEmpty())
        return {};
    const auto where = [&orgNames](qint64 orgId, const QString &external) {
        if (orgId > 0)
            return orgNames.value(orgId, tr("(removed organization)"));
        return external.isEmpty() ? tr("outside the ledger") : external;
    };
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(tr("Transfers").toHtmlEscaped());
    for (const Transfer &t : transfers) {
        QString line = tr("%1 %2 → %3")
                           .arg(t.date.toString(Qt::ISODate),
                                where(t.fromOrgId, t.fromOrgId > 0 ? QString() : t.externalOrg),
                                where(t.toOrgId, t.externalOrg));
        if (!t.note.isEmpty())
            line += tr(" (%1)").arg(t.note);
        text += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    return text;
}

void MemberDetails::showOrganization(const Organization &org, int members,
                                     const QList<HonorRecord> &honors)
{
    clear();
    m_heading->setText(org.displayName());
    m_hint->setText(
        tr("%1\n%2 · %n member(s)", nullptr, members).arg(org.fullName, OrgKinds::label(org.kind)));
    m_honors->setText(honorsText(honors));
}

void MemberDetails::showMember(const Member &m, const RosterModel &roster, const QString &orgName,
                               const QList<HonorRecord> &honors, const QList<Transfer> &transfers,
                               const QHash<qint64, QString> &orgNames)
{
    m_heading->setText(m.name);
    m_gender->setText(orDash(MemberVocabulary::label(m.gender)));
    m_ethnicity->setText(orDash(m.ethnicity));
    const int age = m.ageOn(QDate::currentDate());
    m_birthDate->setText(age < 0 ? dateText(m.birthDate)
                                 : tr("%1 (%n years)", nullptr, age).arg(dateText(m.birthDate)));
    m_fullIdNumber = m.idNumber;
    m_fullPhone = m.phone;
    showSensitive(false);
    m_education->setText(orDash(m.education));
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
    m_honors->setText(honorsText(honors));
    m_transfers->setText(transfersText(transfers, orgNames));
    m_hint->hide();
    m_fields->show();
}

void MemberDetails::clear()
{
    m_heading->setText(tr("No member selected"));
    m_fullIdNumber.clear();
    m_fullPhone.clear();
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_honors->clear();
    m_transfers->clear();
    m_hint->setText(tr("Select a member in the roster to see everything the ledger holds "
                       "about them here."));
    m_fields->hide();
    m_hint->show();
}

void MemberDetails::revealSensitive()
{
    showSensitive(true);
}

void MemberDetails::showSensitive(bool revealed)
{
    const QString link = QStringLiteral(" <a href=\"reveal\">%1</a>").arg(tr("Show"));
    const auto show = [&](QLabel *label, const QString &full, int keepStart, int keepEnd) {
        if (full.isEmpty()) {
            label->setText(QStringLiteral("—"));
            return;
        }
        if (revealed || full.size() <= keepStart + keepEnd) {
            label->setText(full.toHtmlEscaped());
            return;
        }
        const QString masked = full.left(keepStart) +
                               QString(full.size() - keepStart - keepEnd, QLatin1Char('*')) +
                               full.right(keepEnd);
        label->setText(masked.toHtmlEscaped() + link);
    };
    show(m_idNumber, m_fullIdNumber, 6, 4); // region code and last four, as printed on forms
    show(m_phone, m_fullPhone, 3, 4);
}

} // namespace PartyLedger
