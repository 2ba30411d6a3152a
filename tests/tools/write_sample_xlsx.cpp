// Writes a small workbook through writeXlsx for scripts/check-xlsx-export.py, which opens it with
// openpyxl: another program's view of what Excel will see.
//
//   write_sample_xlsx OUT.xlsx
#include "honorexport.h"
#include "memberexport.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace PartyLedger;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: write_sample_xlsx OUT.xlsx\n";
        return 2;
    }

    Organization branch;
    branch.id = 1;
    branch.shortName = QStringLiteral("市医院第二党支部");
    const Unit unit{1, QStringLiteral("晋江市医院"), {}};
    Member m;
    m.name = QStringLiteral("蔡良友");
    m.gender = Gender::Male;
    m.ethnicity = QStringLiteral("汉族");
    m.birthDate = QDate(1980, 1, 1);
    m.idNumber = QStringLiteral("350582198001011234");
    m.education = QStringLiteral("本科");
    m.phone = QStringLiteral("013800000000");
    m.unitId = unit.id;
    m.adminPost = QStringLiteral("=1+1"); // must stay text, never a formula
    m.orgId = branch.id;
    m.joinDate = QDate(2005, 7, 1);
    m.confirmDate = QDate(2006, 7, 1);
    m.partyPosts = {{branch.id, QStringLiteral("书记")}};

    Award award;
    award.title = QStringLiteral("表彰/2021"); // "/" is not allowed in a sheet name
    AwardCategory category{1, QStringLiteral("优秀共产党员"), RecipientKind::Person, {}};
    category.recipients = {{1, 0, 0, m.name, QStringLiteral("晋江市医院办公室主任")}};
    award.categories = {category};

    const auto written = writeXlsx(QString::fromLocal8Bit(argv[1]),
                                   {membersTable({m}, {branch}, {unit}), honorsTable(award)});
    if (!written) {
        QTextStream(stderr) << written.error() << '\n';
        return 1;
    }
    return 0;
}
