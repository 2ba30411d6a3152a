#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace PartyLedger {

struct HonorRecord;
struct Member;
struct Transfer;
struct Organization;
class RosterModel;

// The details panel: every field of the selected member, read-only for now.
class MemberDetails : public QWidget {
    Q_OBJECT
public:
    explicit MemberDetails(QWidget *parent = nullptr);

    // transfers: the member's dated history of moves; orgNames names the organizations in it.
    void showMember(const Member &member, const RosterModel &roster, const QString &orgName,
                    const QList<HonorRecord> &honors, const QList<Transfer> &transfers = {},
                    const QHash<qint64, QString> &orgNames = {});
    // With no member selected: the organization selected in the tree, and its honors.
    void showOrganization(const Organization &organization, int members,
                          const QList<HonorRecord> &honors);
    void clear();

private:
    QLabel *addRow(const QString &label);
    static QString honorsText(const QList<HonorRecord> &honors);
    static QString transfersText(const QList<Transfer> &transfers,
                                 const QHash<qint64, QString> &orgNames);
    void revealSensitive();
    void showSensitive(bool revealed);

    QFormLayout *m_form = nullptr;
    QWidget *m_fields = nullptr;
    QLabel *m_hint = nullptr;
    QList<QLabel *> m_values;
    QLabel *m_heading = nullptr;
    QLabel *m_gender = nullptr;
    QLabel *m_ethnicity = nullptr;
    QLabel *m_birthDate = nullptr;
    QLabel *m_idNumber = nullptr;
    QLabel *m_education = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_adminPost = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_branch = nullptr;
    QLabel *m_partyPosts = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_application = nullptr;
    QLabel *m_activist = nullptr;
    QLabel *m_candidate = nullptr;
    QLabel *m_joinDate = nullptr;
    QLabel *m_confirmDate = nullptr;
    QLabel *m_honors = nullptr;
    QLabel *m_transfers = nullptr;
    QString m_fullIdNumber;
    QString m_fullPhone;
};

} // namespace PartyLedger
