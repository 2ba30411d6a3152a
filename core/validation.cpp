#include "validation.h"

#include "dateinput.h"
#include "idnumber.h"

#include <array>

namespace PartyLedger {

namespace {

constexpr qsizetype MaxNameLength = 50;
constexpr int MinJoinAge = 18;
constexpr int LastYearWithoutConfirmation = 1990;
constexpr qsizetype MinPhoneLength = 7;
constexpr qsizetype MaxPhoneLength = 20;

struct DatedStep {
    const char *field;
    QDate date;
};

} // namespace

QString MemberValidator::fieldLabel(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("gender"))
        return tr("Gender");
    if (field == QLatin1String("birthDate"))
        return tr("Birth date");
    if (field == QLatin1String("idNumber"))
        return tr("ID number");
    if (field == QLatin1String("orgId"))
        return tr("Branch");
    if (field == QLatin1String("category"))
        return tr("Category");
    if (field == QLatin1String("joinDate"))
        return tr("Join date");
    if (field == QLatin1String("confirmDate"))
        return tr("Confirmation date");
    if (field == QLatin1String("applicationDate"))
        return tr("Application date");
    if (field == QLatin1String("activistDate"))
        return tr("Activist date");
    if (field == QLatin1String("candidateDate"))
        return tr("Candidate date");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    return field;
}

QString MemberValidator::fieldNoun(const QString &field)
{
    if (field == QLatin1String("birthDate"))
        return tr("birth date");
    if (field == QLatin1String("applicationDate"))
        return tr("application date");
    if (field == QLatin1String("activistDate"))
        return tr("activist date");
    if (field == QLatin1String("candidateDate"))
        return tr("candidate date");
    if (field == QLatin1String("joinDate"))
        return tr("join date");
    return fieldLabel(field);
}

QList<FieldProblem> MemberValidator::validate(const Member &member, QDate today)
{
    QList<FieldProblem> problems;
    const auto add = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };

    const QString name = member.name.trimmed();
    if (name.isEmpty()) {
        add("name", tr("Name is required."));
    } else {
        // Count characters, not UTF-16 units: rare surname characters lie outside the BMP.
        qsizetype length = name.size();
        for (QChar c : name)
            length -= c.isLowSurrogate() ? 1 : 0;
        if (length > MaxNameLength)
            add("name",
                tr("Name may have at most %1 characters, not %2.").arg(MaxNameLength).arg(length));
    }

    // Without an ID number nothing is checked: some people have none on file.
    if (!member.idNumber.trimmed().isEmpty()) {
        const Result<IdNumberInfo> id = IdNumber::parse(member.idNumber, today);
        if (!id) {
            add("idNumber", id.error());
        } else {
            if (member.birthDate.isValid() && member.birthDate != id->birthDate)
                add("birthDate",
                    tr("Birth date %1 differs from the birth date %2 in the ID number.")
                        .arg(DateInput::format(member.birthDate),
                             DateInput::format(id->birthDate)));
            if (member.gender == Gender::Male && id->gender == Gender::Female)
                add("gender", tr("Gender is male, but the ID number is a woman's."));
            else if (member.gender == Gender::Female && id->gender == Gender::Male)
                add("gender", tr("Gender is female, but the ID number is a man's."));
        }
    }

    if (member.orgId == 0)
        add("orgId", tr("Branch is required: choose the branch the member belongs to."));

    // The joining pipeline; each present date must follow the nearest present one before it.
    const std::array<DatedStep, 6> steps = {{
        {"birthDate", member.birthDate},
        {"applicationDate", member.applicationDate},
        {"activistDate", member.activistDate},
        {"candidateDate", member.candidateDate},
        {"joinDate", member.joinDate},
        {"confirmDate", member.confirmDate},
    }};
    const DatedStep *previous = nullptr;
    for (const DatedStep &step : steps) {
        if (!step.date.isValid())
            continue;
        // Field names become strings only for a message: this runs for every imported row.
        const auto field = [&step] {
            return QString::fromLatin1(step.field);
        };
        if (step.date > today) {
            //: %1 a field label such as "Join date", %2 the date
            add(step.field, tr("%1 %2 is in the future.")
                                .arg(fieldLabel(field()), DateInput::format(step.date)));
        }
        if (previous) {
            const auto previousField = [previous] {
                return QString::fromLatin1(previous->field);
            };
            // Confirmation may fall on the join day itself; every other step takes time.
            const bool sameDayAllowed = qstrcmp(step.field, "confirmDate") == 0 &&
                                        qstrcmp(previous->field, "joinDate") == 0;
            if (sameDayAllowed && step.date < previous->date) {
                //: %1 a field label, %2 its date, %3 "join date" as a noun, %4 its date
                add(step.field,
                    tr("%1 %2 must not be before the %3 %4.")
                        .arg(fieldLabel(field()), DateInput::format(step.date),
                             fieldNoun(previousField()), DateInput::format(previous->date)));
            } else if (!sameDayAllowed && step.date <= previous->date) {
                //: %1 a field label, %2 its date, %3 "birth date" etc. as a noun, %4 its date
                add(step.field,
                    tr("%1 %2 must be after the %3 %4.")
                        .arg(fieldLabel(field()), DateInput::format(step.date),
                             fieldNoun(previousField()), DateInput::format(previous->date)));
            }
        }
        previous = &step;
    }

    if (!member.joinDate.isValid()) {
        add("joinDate", tr("Join date is required."));
    } else if (member.birthDate.isValid() && member.joinDate > member.birthDate &&
               member.ageOn(member.joinDate) < MinJoinAge) {
        add("joinDate",
            tr("Join date %1 is before the member turned 18 (birth date %2).")
                .arg(DateInput::format(member.joinDate), DateInput::format(member.birthDate)));
    }

    if (member.category == MemberCategory::Probationary && member.confirmDate.isValid()) {
        add("category", tr("Category is probationary, but the confirmation date %1 is set: a "
                           "confirmed member is a full member.")
                            .arg(DateInput::format(member.confirmDate)));
    }
    // Records of members who joined before 1991 often lack the confirmation date; accept that.
    if (member.category == MemberCategory::Full && member.joinDate.isValid() &&
        member.joinDate.year() > LastYearWithoutConfirmation && !member.confirmDate.isValid()) {
        add("confirmDate", tr("Confirmation date is required for a full member who joined after "
                              "1990."));
    }

    const QString phone = member.phone.trimmed();
    if (!phone.isEmpty()) {
        bool allowed = true;
        for (qsizetype i = 0; i < phone.size(); ++i) {
            const QChar c = phone.at(i);
            const bool ok =
                (c >= u'0' && c <= u'9') || c == u' ' || c == u'-' || (c == u'+' && i == 0);
            allowed = allowed && ok;
        }
        if (!allowed)
            add("phone", tr("Phone may hold only digits, spaces and dashes, with + only at the "
                            "start."));
        if (phone.size() < MinPhoneLength || phone.size() > MaxPhoneLength)
            add("phone", tr("Phone must have %1 to %2 characters, not %3.")
                             .arg(MinPhoneLength)
                             .arg(MaxPhoneLength)
                             .arg(phone.size()));
    }

    return problems;
}

} // namespace PartyLedger
