#pragma once

#include "organization.h"
#include "unit.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace PartyLedger {

class DateField;

// The properties of an organization, new or existing. Only the kinds its parent may hold are
// offered, so the nesting rules are kept before anything is written (the store checks again).
class OrgDialog : public QDialog {
    Q_OBJECT
public:
    OrgDialog(std::optional<OrgKind> parentKind, const QList<Unit> &units,
              QWidget *parent = nullptr);

    void setOrganization(const Organization &org);
    Organization organization() const;

    void accept() override;

private:
    Organization m_original;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_shortName = nullptr;
    QComboBox *m_unit = nullptr;
    DateField *m_founded = nullptr;
    QCheckBox *m_retiree = nullptr;
    QCheckBox *m_nonPublic = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace PartyLedger
