#include "syntheticledger.h"

#include "idnumber.h"
#include "ledger.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace PartyLedger {

namespace {

// The invented county. 350529 is unused under 泉州 (3505), so no real county is meant.
const char *const CountyName = "桐溪县";
const char *const RegionCode = "350529";
constexpr int MembersPerBranch = 22;

// mt19937's output is fixed by the standard but std's distributions are not (libstdc++ and
// MSVC differ), so every draw goes through here: one seed is one ledger on every platform.
class Dice {
public:
    explicit Dice(quint32 seed)
        : m_engine(seed)
    {
    }
    int below(qsizetype n) { return n <= 0 ? 0 : int((quint64(m_engine()) * quint64(n)) >> 32); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    double fraction() { return double(m_engine()) / 4294967296.0; }
    QDate dateBetween(QDate first, QDate last)
    {
        const qint64 a = first.toJulianDay();
        const qint64 b = std::max(a, last.toJulianDay());
        return QDate::fromJulianDay(a + below(b - a + 1));
    }
    const QString &pick(const QStringList &list) { return list.at(below(list.size())); }
    QChar pick(const QString &characters) { return characters.at(below(characters.size())); }

private:
    std::mt19937 m_engine;
};

struct Weighted {
    const char *text;
    int weight;
};

// Texts drawn by frequency, such as surnames.
class WeightedList {
public:
    WeightedList(std::initializer_list<Weighted> items)
    {
        for (const Weighted &item : items) {
            m_texts.append(QString::fromUtf8(item.text));
            m_total += item.weight;
            m_bounds.push_back(m_total);
        }
    }
    const QString &pick(Dice &dice) const
    {
        const auto at = std::upper_bound(m_bounds.begin(), m_bounds.end(), dice.below(m_total));
        return m_texts.at(at - m_bounds.begin());
    }

private:
    QStringList m_texts;
    std::vector<int> m_bounds;
    int m_total = 0;
};

QStringList texts(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// 1 一, 10 十, 12 十二, 105 一百零五, 1010 一千零一十: branches and hospitals are numbered so.
QString chineseNumber(int n)
{
    if (n <= 0 || n > 9999)
        return QString::number(n);
    static const char16_t digits[] = u"零一二三四五六七八九";
    static const char16_t units[] = u"千百十";
    const int powers[] = {1000, 100, 10, 1};
    QString text;
    bool zero = false;
    for (int i = 0; i < 4; ++i) {
        const int d = n / powers[i] % 10;
        if (d == 0) {
            zero = !text.isEmpty();
            continue;
        }
        if (zero)
            text += QChar(u'零');
        zero = false;
        if (!(d == 1 && i == 2 && text.isEmpty())) // 十二, not 一十二
            text += QChar(digits[d]);
        if (i < 3)
            text += QChar(units[i]);
    }
    return text;
}

enum class Workplace {
    Bureau,
    Hospital,
    Township,
    Community,
    Cdc,
    Supervision,
    Emergency,
    Private,
    Retirees
};
enum class Role { Doctor, Nurse, Technician, Pharmacist, PublicHealth, Admin, Official };

struct UnitNames {
    qint64 id = 0;
    QString name;      // 桐溪县人民医院
    QString shortName; // 县医院
};

// A post in an organization above a branch (a committee's 书记), held by one of the branch's
// members, with the administrative post that usually goes with it.
struct UpperPost {
    PartyPost post;
    QString adminPost;
};

// A branch whose members are invented.
struct Holder {
    qint64 orgId = 0;
    UnitNames unit;
    QString stem; // what sets the branch apart inside its unit: 第十二, 机关, 离退休 or nothing
    Workplace workplace = Workplace::Hospital;
    QDate founded;
    double weight = 1.0; // its share of the members
    int size = 0;
    QList<UpperPost> upperPosts;
    // What the activities need once the members are written: each member with the day they
    // joined and their group (an index into groups, -1: the branch itself).
    struct Listed {
        qint64 id = 0;
        qint64 joinDay = 0; // Julian day
        int group = -1;
    };
    std::vector<Listed> roster;
    QList<std::pair<qint64, QDate>> groups; // id and founding date
};

// An organization that holds activities, over the part of its life inside the generated years.
struct Host {
    enum class Kind { Branch, Group, Committee, Temporary };
    Kind kind = Kind::Branch;
    qint64 orgId = 0;
    qint64 first = 0; // Julian days, both included
    qint64 last = 0;
    int holder = -1;     // into m_holders, for branches and groups
    int group = -1;      // into the holder's groups
    bool sloppy = false; // holds its duties less regularly
    Workplace workplace = Workplace::Hospital;
};

// One activity decided on, written once all are known and sorted by date.
struct Planned {
    qint32 day = 0; // Julian day
    qint32 host = 0;
    qint32 type = 0; // into ActivityKinds
};

class Generator {
public:
    Generator(Ledger &ledger, const SyntheticOptions &options, QDate today);
    Result<void> run();

private:
    UnitNames addUnit(const QString &name, const QString &shortName);
    qint64 addOrganization(const Organization &org);
    qint64 addOrganization(qint64 parentId, OrgKind kind, const QString &fullName,
                           const QString &shortName, qint64 unitId, QDate founded);
    Holder &addBranch(qint64 parentId, const UnitNames &unit, const QString &stem,
                      Workplace workplace, QDate founded, double weight);
    void planTree();
    void planHospital(qint64 root, int number, int branches, double retireeShare);
    void sizeBranches();
    void addMembers(Holder &holder);
    void addActivities();
    void planYear(const Host &host, int hostIndex, int year, std::vector<Planned> &plan);
    void planExtra(const std::vector<Host> &hosts, qint64 count, std::vector<Planned> &plan);
    Activity activity(const Planned &planned, const Host &host);
    Member member(const Holder &holder, int index, bool branchCommittee, qint64 groupId,
                  bool leadsGroup);
    Role pickRole(Workplace workplace);
    int pickAge(bool retiree, Gender gender, bool senior);
    QString idNumber(QDate &birth, Gender gender);
    QString title(Role role, int age);
    QString adminPost(Workplace workplace, Role role, int age, bool secretary);
    void setDates(Member &m, bool retiree);

    Ledger &m_ledger;
    Dice m_dice;
    const QDate m_today;
    const int m_members;
    const qint64 m_activities;
    const QString m_county;
    QString m_error; // the first failure; later steps do nothing once it is set
    qint64 m_root = 0;
    UnitNames m_bureau;
    QHash<qint64, int> m_childCount;
    QHash<qint64, int> m_idSequence; // per birth day and gender, keeps ID numbers unique
    std::vector<Holder> m_holders;
    std::vector<std::pair<qint64, QDate>> m_committees; // id and founding date
    Organization m_temporary;                           // the quarantine site's branch
    QList<qint64> m_typeIds;                            // by ActivityKinds

    const WeightedList m_surnames;
    const QString m_maleCharacters;
    const QString m_femaleCharacters;
    const WeightedList m_ethnicities;
    const WeightedList m_staffEducation;
    const WeightedList m_retireeEducation;
    const WeightedList m_adminTitles;
    const QStringList m_phonePrefixes;
};

Generator::Generator(Ledger &ledger, const SyntheticOptions &options, QDate today)
    : m_ledger(ledger)
    , m_dice(options.seed)
    , m_today(today)
    , m_members(options.members)
    , m_activities(std::max(0, options.activities))
    , m_county(utf8(CountyName))
    // Roughly their shares among Chinese people, in hundredths of a percent.
    , m_surnames{{"王", 710}, {"李", 700}, {"张", 660}, {"刘", 540}, {"陈", 450}, {"杨", 310},
                 {"黄", 220}, {"赵", 200}, {"吴", 190}, {"周", 190}, {"徐", 130}, {"孙", 130},
                 {"马", 120}, {"朱", 120}, {"胡", 110}, {"郭", 110}, {"何", 100}, {"林", 100},
                 {"高", 100}, {"罗", 90},  {"郑", 90},  {"梁", 80},  {"谢", 70},  {"宋", 60},
                 {"唐", 60},  {"许", 60},  {"韩", 60},  {"冯", 50},  {"邓", 50},  {"曹", 50},
                 {"彭", 50},  {"曾", 50},  {"肖", 50},  {"田", 40},  {"董", 40},  {"潘", 40},
                 {"袁", 40},  {"蔡", 40},  {"蒋", 40},  {"余", 40},  {"于", 40},  {"杜", 40},
                 {"叶", 40},  {"程", 30},  {"魏", 30},  {"苏", 30},  {"吕", 30},  {"丁", 30},
                 {"任", 30},  {"卢", 30},  {"姚", 30},  {"沈", 30},  {"钟", 30},  {"姜", 30},
                 {"崔", 30},  {"谭", 30},  {"陆", 30},  {"范", 20},  {"汪", 20},  {"廖", 20},
                 {"石", 20},  {"金", 20},  {"韦", 20},  {"贾", 20},  {"夏", 20},  {"付", 20},
                 {"方", 20},  {"邹", 20},  {"熊", 20},  {"白", 20},  {"孟", 20},  {"秦", 20},
                 {"邱", 20},  {"侯", 20},  {"江", 20},  {"尹", 20},  {"薛", 20},  {"闫", 20},
                 {"段", 20},  {"雷", 20},  {"龙", 20},  {"黎", 20},  {"史", 20},  {"陶", 20},
                 {"贺", 20},  {"毛", 15},  {"郝", 15},  {"顾", 15},  {"龚", 15},  {"邵", 15},
                 {"万", 15},  {"覃", 15},  {"武", 15},  {"钱", 15},  {"戴", 15},  {"严", 15},
                 {"欧阳", 3}, {"司马", 1}, {"上官", 1}, {"诸葛", 1}}
    , m_maleCharacters(utf8("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国志"
                            "文峰东海荣春晨博成栋宏亮毅锋"))
    , m_femaleCharacters(utf8("芳娜敏静丽艳娟霞秀英玲桂兰萍红婷雪琳慧莉燕倩颖洁蓉佳琴梅晶欣"
                              "悦怡璐丹妍萱璇晓春华"))
    , m_ethnicities{{"汉族", 9400}, {"畲族", 160}, {"回族", 120},  {"壮族", 80}, {"满族", 70},
                    {"土家族", 60}, {"苗族", 50},  {"蒙古族", 30}, {"彝族", 20}, {"侗族", 10}}
    , m_staffEducation{{"博士研究生", 12}, {"硕士研究生", 90}, {"大学本科", 560},
                       {"大学专科", 250},  {"中专", 73},       {"高中", 15}}
    , m_retireeEducation{{"大学本科", 250}, {"大学专科", 300}, {"中专", 330}, {"高中", 120}}
    , m_adminTitles{{"", 55},       {"会计师", 12}, {"助理会计师", 10},
                    {"经济师", 10}, {"工程师", 8},  {"高级会计师", 5}}
    , m_phonePrefixes(texts({"133", "135", "136", "137", "138", "139", "150", "151", "152", "158",
                             "159", "177", "180", "181", "186", "187", "188", "189", "199"}))
{
}

UnitNames Generator::addUnit(const QString &name, const QString &shortName)
{
    if (!m_error.isEmpty())
        return {};
    auto id = m_ledger.addUnit({0, name, shortName});
    if (!id) {
        m_error = id.error();
        return {};
    }
    return {id.value(), name, shortName};
}

qint64 Generator::addOrganization(const Organization &org)
{
    if (!m_error.isEmpty())
        return 0;
    Organization ordered = org;
    ordered.sortOrder = m_childCount[org.parentId]++;
    auto id = m_ledger.addOrganization(ordered);
    if (!id) {
        m_error = id.error();
        return 0;
    }
    return id.value();
}

qint64 Generator::addOrganization(qint64 parentId, OrgKind kind, const QString &fullName,
                                  const QString &shortName, qint64 unitId, QDate founded)
{
    Organization org;
    org.parentId = parentId;
    org.kind = kind;
    org.fullName = fullName;
    org.shortName = shortName;
    org.unitId = unitId;
    org.founded = founded;
    const qint64 id = addOrganization(org);
    if (kind == OrgKind::Committee)
        m_committees.push_back({id, founded});
    return id;
}

Holder &Generator::addBranch(qint64 parentId, const UnitNames &unit, const QString &stem,
                             Workplace workplace, QDate founded, double weight)
{
    Holder holder;
    holder.unit = unit;
    holder.stem = stem;
    holder.workplace = workplace;
    holder.founded = founded;
    holder.weight = weight;
    Organization org;
    org.parentId = parentId;
    org.kind = OrgKind::Branch;
    org.fullName = QStringLiteral("中共") + unit.name + stem + QStringLiteral("支部委员会");
    org.shortName = unit.shortName + stem + QStringLiteral("党支部");
    org.unitId = unit.id;
    org.founded = founded;
    org.isRetiree = workplace == Workplace::Retirees;
    org.isNonPublic = workplace == Workplace::Private;
    holder.orgId = addOrganization(org);
    m_holders.push_back(holder);
    return m_holders.back();
}

// The shape of a county system (domain.md: ~1,200 members in ~5 committees and ~55 branches),
// grown with the member count: more and bigger hospitals, more health centers.
void Generator::planTree()
{
    const int n = m_members;
    const int hospitals = std::max(2, int(std::lround(std::sqrt(n / 75.0))));
    const int centers = std::max(2, int(std::lround(0.45 * std::sqrt(double(n)))));
    const int privates = 1 + n / 25000;
    const bool emergency = n >= 3000;
    const int hospitalRetirees = std::max(1, hospitals / 3);
    const int rootBranches = 4 + centers + privates + (emergency ? 1 : 0);
    const int branchTarget = std::max(1, int(std::lround(double(n) / MembersPerBranch)));
    const int hospitalBranches =
        std::max(2 * hospitals, branchTarget - rootBranches - hospitalRetirees);

    const UnitNames bureau =
        addUnit(m_county + QStringLiteral("卫生健康局"), QStringLiteral("县卫健局"));
    const qint64 root =
        addOrganization(0, OrgKind::Committee,
                        QStringLiteral("中共") + m_county + QStringLiteral("卫生健康系统委员会"),
                        QStringLiteral("县卫健系统党委"), bureau.id, QDate(1984, 7, 1));
    m_root = root;
    m_bureau = bureau;
    Holder &office =
        addBranch(root, bureau, QStringLiteral("机关"), Workplace::Bureau, QDate(1984, 9, 12), 1.0);
    office.upperPosts = {{{root, QStringLiteral("书记")}, QStringLiteral("局长")},
                         {{root, QStringLiteral("副书记")}, QStringLiteral("副局长")},
                         {{root, QStringLiteral("纪委书记")}, QStringLiteral("副局长")},
                         {{root, QStringLiteral("委员")}, QStringLiteral("副局长")},
                         {{root, QStringLiteral("委员")}, QStringLiteral("办公室主任")}};
    const size_t bureauRetirees = m_holders.size();
    addBranch(root, bureau, QStringLiteral("离退休"), Workplace::Retirees,
              m_dice.dateBetween(QDate(1995, 1, 1), QDate(1999, 12, 31)), 1.0);

    // The first hospitals are the big ones of every county; the rest vary.
    std::vector<double> weights;
    double total = 0;
    for (int i = 0; i < hospitals; ++i) {
        const double w = i == 0 ? 3.0 : i == 1 ? 2.0 : i == 2 ? 1.4 : 0.7 + 0.6 * m_dice.fraction();
        weights.push_back(w);
        total += w;
    }
    for (int i = 0; i < hospitals; ++i) {
        const int branches = std::max(2, int(std::lround(hospitalBranches * weights[i] / total)));
        planHospital(root, i, branches, i < hospitalRetirees ? 0.1 : 0.0);
    }

    const size_t rootLevelStart = m_holders.size();
    const UnitNames cdc =
        addUnit(m_county + QStringLiteral("疾病预防控制中心"), QStringLiteral("县疾控中心"));
    addBranch(root, cdc, QString(), Workplace::Cdc,
              m_dice.dateBetween(QDate(1986, 1, 1), QDate(1990, 12, 31)),
              1.0 + 0.4 * m_dice.fraction());
    const UnitNames supervision = addUnit(m_county + QStringLiteral("卫生健康综合监督执法大队"),
                                          QStringLiteral("县卫生监督执法大队"));
    addBranch(root, supervision, QString(), Workplace::Supervision,
              m_dice.dateBetween(QDate(2003, 1, 1), QDate(2006, 12, 31)),
              0.5 + 0.3 * m_dice.fraction());
    if (emergency) {
        const UnitNames unit = addUnit(m_county + QStringLiteral("120急救指挥中心"),
                                       QStringLiteral("县120急救指挥中心"));
        addBranch(root, unit, QString(), Workplace::Emergency,
                  m_dice.dateBetween(QDate(2008, 1, 1), QDate(2012, 12, 31)), 0.5);
    }

    // Township health centers and community centers of the streets (街道) under the root.
    // Town names pair a first and a last character, each pair once, in an order of the seed.
    const QString firsts = utf8("青白石桃柳梅松竹清云龙凤金银新古大小黄乌安福长丰");
    const QString lasts = utf8("山溪桥田坑阳峰岭口源塘湖洋坂头埔厝岩林潭");
    const QStringList streets =
        texts({"城东", "城西", "城南", "城北", "凤城", "江滨", "西园", "东湖", "南门", "北门"});
    std::vector<int> towns(size_t(firsts.size() * lasts.size()));
    for (size_t i = 0; i < towns.size(); ++i)
        towns[i] = int(i);
    for (size_t i = towns.size() - 1; i > 0; --i)
        std::swap(towns[i], towns[size_t(m_dice.below(qsizetype(i) + 1))]);
    const int communities = std::max(1, centers / 4);
    size_t nextTown = 0;
    for (int c = 0; c < centers; ++c) {
        QString place;
        if (c < communities && c < streets.size()) {
            place = streets.at(c);
        } else if (nextTown < towns.size()) {
            const int t = towns[nextTown++];
            place = firsts.at(t % firsts.size()) + lasts.at(t / firsts.size());
        } else {
            place = QStringLiteral("第%1").arg(chineseNumber(c + 1));
        }
        if (c < communities) {
            const UnitNames unit =
                addUnit(m_county + place + QStringLiteral("街道社区卫生服务中心"),
                        place + QStringLiteral("社区卫生服务中心"));
            addBranch(root, unit, QString(), Workplace::Community,
                      m_dice.dateBetween(QDate(2006, 1, 1), QDate(2015, 12, 31)),
                      0.7 + 0.7 * m_dice.fraction());
        } else {
            // About one town in five has a central health center (中心卫生院), a bigger one.
            const bool central = m_dice.percent(20);
            const QString kind =
                central ? QStringLiteral("中心卫生院") : QStringLiteral("镇卫生院");
            const UnitNames unit = addUnit(m_county + place + kind, place + kind);
            addBranch(root, unit, QString(), Workplace::Township,
                      m_dice.dateBetween(QDate(1988, 1, 1), QDate(2010, 12, 31)),
                      central ? 1.0 + 0.6 * m_dice.fraction() : 0.4 + 0.6 * m_dice.fraction());
        }
    }

    // Private hospitals' branches (非公); their names leave out the 县: 桐溪博爱医院.
    const QStringList privateNames = texts(
        {"博爱", "仁和", "康华", "济民", "华康", "安康", "仁爱", "慈济", "康宁", "益民", "协和"});
    const QString town = m_county.left(m_county.size() - 1);
    for (int p = 0; p < privates; ++p) {
        const QString name = p < privateNames.size()
                                 ? privateNames.at(p) + QStringLiteral("医院")
                                 : QStringLiteral("第%1民营医院").arg(chineseNumber(p + 1));
        const UnitNames unit = addUnit(town + name, name);
        addBranch(root, unit, QString(), Workplace::Private,
                  m_dice.dateBetween(QDate(2012, 1, 1), QDate(2020, 12, 31)),
                  0.4 + 0.4 * m_dice.fraction());
    }

    // Health centers' retirees join the bureau's retiree branch.
    double rootWeight = 0;
    for (size_t i = rootLevelStart; i < m_holders.size(); ++i)
        rootWeight += m_holders[i].weight;
    m_holders[bureauRetirees].weight = 0.8 + 0.05 * rootWeight;
}

void Generator::planHospital(qint64 root, int number, int branches, double retireeShare)
{
    // 县人民医院, 县中医院, 县妇幼保健院, then 县第二人民医院 and on.
    QString name, shortName;
    if (number == 0) {
        name = QStringLiteral("人民医院");
        shortName = QStringLiteral("县医院");
    } else if (number == 1) {
        name = QStringLiteral("中医院");
        shortName = QStringLiteral("县中医院");
    } else if (number == 2) {
        name = QStringLiteral("妇幼保健院");
        shortName = QStringLiteral("县妇幼保健院");
    } else {
        const QString ordinal = QStringLiteral("第") + chineseNumber(number - 1);
        name = ordinal + QStringLiteral("人民医院");
        shortName = QStringLiteral("县") + ordinal + QStringLiteral("医院");
    }
    const UnitNames unit = addUnit(m_county + name, shortName);
    const QDate founded = number < 3 ? m_dice.dateBetween(QDate(1952, 1, 1), QDate(1975, 12, 31))
                                     : m_dice.dateBetween(QDate(1970, 1, 1), QDate(2005, 12, 31));
    const qint64 committee = addOrganization(
        root, OrgKind::Committee, QStringLiteral("中共") + unit.name + QStringLiteral("委员会"),
        unit.shortName + QStringLiteral("党委"), unit.id, founded);
    const QList<UpperPost> committeePosts = {
        {{committee, QStringLiteral("书记")}, QStringLiteral("党委书记")},
        {{committee, QStringLiteral("副书记")}, QStringLiteral("院长")},
        {{committee, QStringLiteral("纪委书记")}, QStringLiteral("纪委书记")},
        {{committee, QStringLiteral("委员")}, QStringLiteral("副院长")},
        {{committee, QStringLiteral("委员")}, QStringLiteral("副院长")}};

    // A big hospital groups most branches under general branches (党总支) of its departments;
    // the administration's branches stay directly under the committee.
    const int direct = branches >= 8 ? std::max(1, branches / 8) : branches;
    const int generals =
        branches >= 8 ? std::max(2, int(std::lround((branches - direct) / 9.0))) : 0;
    const QStringList departments =
        texts({"内科", "外科", "医技", "护理", "门急诊", "妇儿", "行政后勤", "中医"});
    const QDate branchesSince = std::max(founded, QDate(1985, 1, 1));
    const QDate branchesUntil = m_today.addYears(-2);
    double weight = 0; // of the hospital's branches, for its retirees' share
    int numberInHospital = 0;
    const auto branch = [&](qint64 parent, QDate since) -> Holder & {
        const double w = 0.5 + 1.2 * m_dice.fraction();
        weight += w;
        return addBranch(parent, unit, QStringLiteral("第") + chineseNumber(++numberInHospital),
                         Workplace::Hospital, m_dice.dateBetween(since, branchesUntil), w);
    };
    for (int b = 0; b < direct; ++b) {
        Holder &holder = branch(committee, branchesSince);
        if (b == 0)
            holder.upperPosts = committeePosts;
    }
    for (int g = 0; g < generals; ++g) {
        const QString department = g < departments.size()
                                       ? departments.at(g)
                                       : QStringLiteral("第") + chineseNumber(g + 1);
        const QDate since =
            std::max(founded, m_dice.dateBetween(QDate(2008, 1, 1), QDate(2019, 12, 31)));
        const qint64 general = addOrganization(
            committee, OrgKind::GeneralBranch,
            QStringLiteral("中共") + unit.name + department + QStringLiteral("总支部委员会"),
            unit.shortName + department + QStringLiteral("党总支"), unit.id, since);
        const int count =
            (branches - direct) * (g + 1) / generals - (branches - direct) * g / generals;
        for (int b = 0; b < count; ++b) {
            Holder &holder = branch(general, since);
            if (b == 0)
                holder.upperPosts = {{{general, QStringLiteral("书记")}, QString()},
                                     {{general, QStringLiteral("副书记")}, QString()},
                                     {{general, QStringLiteral("委员")}, QString()}};
        }
    }
    if (retireeShare > 0)
        addBranch(committee, unit, QStringLiteral("离退休"), Workplace::Retirees,
                  m_dice.dateBetween(branchesSince, QDate(2005, 12, 31)), retireeShare * weight);
}

// Every branch gets a share of the members by its weight; at least one each when there are
// enough, and the shares add up to the member count exactly.
void Generator::sizeBranches()
{
    if (m_holders.empty())
        return;
    double total = 0;
    for (const Holder &holder : m_holders)
        total += holder.weight;
    const qint64 count = qint64(m_holders.size());
    const int base = m_members >= count ? 1 : 0;
    const qint64 rest = m_members - base * count;
    qint64 given = 0;
    for (Holder &holder : m_holders) {
        holder.size = base + int(std::floor(double(rest) * holder.weight / total));
        given += holder.size;
    }
    for (size_t i = 0; given < m_members; i = (i + 1) % m_holders.size(), ++given)
        ++m_holders[i].size;
}

Role Generator::pickRole(Workplace workplace)
{
    const int r = m_dice.below(100);
    switch (workplace) {
    case Workplace::Bureau:
        return Role::Official;
    case Workplace::Supervision:
        return r < 80 ? Role::Official : Role::Admin;
    case Workplace::Cdc:
        return r < 55 ? Role::PublicHealth : r < 80 ? Role::Technician : Role::Admin;
    case Workplace::Emergency:
        return r < 40 ? Role::Doctor : r < 70 ? Role::Nurse : Role::Admin;
    default: // hospitals, health centers and their retirees
        return r < 42   ? Role::Doctor
               : r < 75 ? Role::Nurse
               : r < 83 ? Role::Technician
               : r < 88 ? Role::Pharmacist
                        : Role::Admin;
    }
}

// Staff are 22 up to retirement (women 55, men 60), more of them young; retirees are up to 85.
// Branch officers are older.
int Generator::pickAge(bool retiree, Gender gender, bool senior)
{
    const int retirement = gender == Gender::Female ? 55 : 60;
    if (retiree) {
        const int span = 85 - retirement + 1;
        return retirement + std::min(m_dice.below(span), m_dice.below(span));
    }
    const int low = senior ? 36 : 22;
    const int span = retirement - low + 1;
    const int step =
        m_dice.percent(50) ? m_dice.below(span) : std::min(m_dice.below(span), m_dice.below(span));
    return low + step;
}

// GB 11643: region, birth date, a sequence number odd for men and even for women, check digit.
// The sequence counts per birth day and gender, so numbers never repeat.
QString Generator::idNumber(QDate &birth, Gender gender)
{
    constexpr int SequencesPerGender = 500;
    int count = 0;
    qint64 key = 0;
    for (;;) {
        key = birth.toJulianDay() * 2 + (gender == Gender::Male ? 1 : 0);
        count = m_idSequence[key]++;
        if (count < SequencesPerGender)
            break;
        birth = birth.addDays(-1); // a full day: an older birthday keeps every date valid
    }
    // 37 is prime to 500, so from any start this walks all 500 numbers in a scattered order.
    const int start = int(key * 7919 % SequencesPerGender);
    const int sequence = (start + count * 37) % SequencesPerGender * 2 + (gender == Gender::Male);
    const QString first17 =
        utf8(RegionCode) +
        QString::number(birth.year() * 10000 + birth.month() * 100 + birth.day()) +
        QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkDigit(first17);
}

// Professional titles climb with age, a step every eight years or so.
QString Generator::title(Role role, int age)
{
    static const QStringList doctor = texts({"医师", "主治医师", "副主任医师", "主任医师"});
    static const QStringList nurse = texts({"护士", "护师", "主管护师", "副主任护师"});
    static const QStringList technician = texts({"技师", "主管技师", "副主任技师", "主任技师"});
    static const QStringList pharmacist = texts({"药师", "主管药师", "副主任药师", "主任药师"});
    static const QStringList publicHealth = texts({"医师", "主管医师", "副主任医师", "主任医师"});
    int level = std::clamp((std::min(age, 60) - 24 + m_dice.between(-3, 3)) / 8, 0, 3);
    switch (role) {
    case Role::Doctor:
        return doctor.at(level);
    case Role::Nurse:
        // Few nurses reach the senior titles.
        return nurse.at(level == 3 && !m_dice.percent(30) ? 2 : level);
    case Role::Technician:
        return technician.at(level);
    case Role::Pharmacist:
        return pharmacist.at(level);
    case Role::PublicHealth:
        return publicHealth.at(level);
    case Role::Admin:
        return m_adminTitles.pick(m_dice);
    case Role::Official:
        break;
    }
    return {};
}

QString Generator::adminPost(Workplace workplace, Role role, int age, bool secretary)
{
    static const QStringList hospitalOffices =
        texts({"办公室主任", "医务科科长", "财务科科长", "人事科科长", "质控科科长", "信息科科长",
               "总务科科长", "医保科科长", "党办主任", "纪检监察室主任", "宣传科科长",
               "办公室副主任", "医务科副科长"});
    static const QStringList bureauChiefs =
        texts({"医政科科长", "疾控科科长", "基层卫生科科长", "规划财务科科长", "人事科科长",
               "综合监督科科长", "办公室副主任", "医政科副科长", "疾控科副科长"});
    static const QStringList bureauStaff =
        texts({"一级科员", "科员", "四级主任科员", "二级主任科员", "三级主任科员"});
    static const QStringList supervisionPosts =
        texts({"副队长", "监督一科科长", "监督二科科长", "监督一科副科长", "办公室主任", "一级科员",
               "科员"});
    static const QStringList cdcPosts = texts({"免疫规划科科长", "传染病防制科科长", "检验科科长",
                                               "慢病科科长", "地方病科科长", "副主任"});

    switch (workplace) {
    case Workplace::Bureau:
        if (secretary)
            return QStringLiteral("办公室主任");
        return m_dice.pick(m_dice.percent(50) ? bureauChiefs : bureauStaff);
    case Workplace::Supervision:
        if (secretary)
            return QStringLiteral("队长");
        return m_dice.percent(60) ? m_dice.pick(supervisionPosts) : QString();
    case Workplace::Cdc:
        if (secretary)
            return QStringLiteral("主任");
        return m_dice.percent(20) ? m_dice.pick(cdcPosts) : QString();
    case Workplace::Township:
        if (secretary)
            return QStringLiteral("院长");
        return age >= 40 && m_dice.percent(10) ? QStringLiteral("副院长") : QString();
    case Workplace::Community:
        if (secretary)
            return QStringLiteral("中心主任");
        return age >= 40 && m_dice.percent(10) ? QStringLiteral("中心副主任") : QString();
    case Workplace::Emergency:
        if (secretary)
            return QStringLiteral("主任");
        return m_dice.percent(15) ? QStringLiteral("调度科科长") : QString();
    case Workplace::Retirees:
        return {};
    case Workplace::Hospital:
    case Workplace::Private:
        break;
    }
    switch (role) {
    case Role::Doctor:
    case Role::Technician:
        if (secretary || (age >= 40 && m_dice.percent(12)))
            return QStringLiteral("科主任");
        return age >= 38 && m_dice.percent(10) ? QStringLiteral("科副主任") : QString();
    case Role::Nurse:
        if (secretary || (age >= 32 && m_dice.percent(12)))
            return QStringLiteral("护士长");
        return age >= 30 && m_dice.percent(6) ? QStringLiteral("副护士长") : QString();
    case Role::Pharmacist:
        return secretary || (age >= 40 && m_dice.percent(15)) ? QStringLiteral("药剂科主任")
                                                              : QString();
    case Role::Admin:
        return secretary || m_dice.percent(35) ? m_dice.pick(hospitalOffices) : QString();
    case Role::PublicHealth:
    case Role::Official:
        break;
    }
    return {};
}

// The joining pipeline: most join young (at college or in their first working years), are
// confirmed a year later, and recent ones have the earlier steps on file.
void Generator::setDates(Member &m, bool retiree)
{
    const QDate adult = m.birthDate.addYears(18).addDays(1); // safe for a 29 February birthday
    const QDate lastFull = m_today.addYears(-1).addDays(-1);
    if (m.category == MemberCategory::Probationary) {
        m.joinDate = m_today.addDays(-m_dice.between(1, 364));
    } else {
        const int age = m.ageOn(m_today);
        const int joinAge = m_dice.percent(70)
                                ? m_dice.between(19, 24)
                                : m_dice.between(25, std::max(25, std::min(age - 1, 40)));
        const QDate wanted = m.birthDate.addYears(joinAge).addDays(m_dice.below(365));
        m.joinDate =
            wanted <= lastFull ? std::max(wanted, adult) : m_dice.dateBetween(adult, lastFull);
        // Old records often lack the confirmation date; the rules allow that before 1991.
        if (!(retiree && m.joinDate.year() <= 1990 && m_dice.percent(30)))
            m.confirmDate = m.joinDate.addYears(1);
    }
    if (m.joinDate.year() < 1990 || (m.category == MemberCategory::Full && !m_dice.percent(80)))
        return;
    m.candidateDate = m.joinDate.addDays(-m_dice.between(60, 300));
    m.activistDate = m.candidateDate.addDays(-m_dice.between(365, 700));
    m.applicationDate = m.activistDate.addDays(-m_dice.between(30, 400));
    // Applying takes an adult; leave out the steps a younger member could not have taken.
    for (QDate *step : {&m.applicationDate, &m.activistDate, &m.candidateDate}) {
        if (*step < adult)
            *step = QDate();
    }
}

Member Generator::member(const Holder &holder, int index, bool branchCommittee, qint64 groupId,
                         bool leadsGroup)
{
    Member m;
    m.orgId = groupId != 0 ? groupId : holder.orgId;
    m.unitId = holder.unit.id;
    const bool retiree = holder.workplace == Workplace::Retirees;

    // The branch's own posts go to its first members, the posts above to the next ones (spread
    // over the few members of a small branch).
    static const QStringList branchPosts = texts({"书记", "组织委员", "宣传委员", "纪检委员"});
    if (index == 0)
        m.partyPosts.append({holder.orgId, branchPosts.at(0)});
    else if (branchCommittee && index < 4)
        m.partyPosts.append({holder.orgId, branchPosts.at(index)});
    else if (branchCommittee && index == 4 && holder.size >= 30)
        m.partyPosts.append({holder.orgId, QStringLiteral("副书记")});
    else if (branchCommittee && index == 4 && holder.size >= 15 && m_dice.percent(25))
        m.partyPosts.append({holder.orgId, QStringLiteral("青年委员")});
    const bool spread = holder.size >= 5 + holder.upperPosts.size();
    QString upperAdminPost;
    bool upperPost = false;
    for (int u = 0; u < holder.upperPosts.size(); ++u) {
        const PartyPost &post = holder.upperPosts.at(u).post;
        if (index != (spread ? 5 + u : u % holder.size) || m.partyPosts.contains(post))
            continue;
        m.partyPosts.append(post);
        upperPost = true;
        if (upperAdminPost.isEmpty())
            upperAdminPost = holder.upperPosts.at(u).adminPost;
    }
    if (leadsGroup)
        m.partyPosts.append({groupId, QStringLiteral("组长")});
    const bool officer = !m.partyPosts.isEmpty();

    const Role role = pickRole(holder.workplace);
    static const int femalePercent[] = {48, 95, 55, 65, 50, 58, 42}; // by Role
    m.gender = m_dice.percent(femalePercent[int(role)]) ? Gender::Female : Gender::Male;
    // About 3% of all members are probationary: young, and never officers or retirees.
    if (!officer && !retiree && m_dice.below(1000) < 40)
        m.category = MemberCategory::Probationary;
    const int age = m.category == MemberCategory::Probationary
                        ? m_dice.between(22, 35)
                        : pickAge(retiree, m.gender, officer);
    const QDate first = m_today.addYears(-age - 1).addDays(1);
    m.birthDate = m_dice.dateBetween(first, m_today.addYears(-age));
    m.idNumber = idNumber(m.birthDate, m.gender);

    m.name = m_surnames.pick(m_dice);
    const QString &characters = m.gender == Gender::Female ? m_femaleCharacters : m_maleCharacters;
    m.name += m_dice.pick(characters);
    if (m_dice.percent(72))
        m.name += m_dice.pick(characters);

    m.ethnicity = m_ethnicities.pick(m_dice);
    m.education = (retiree ? m_retireeEducation : m_staffEducation).pick(m_dice);
    m.phone = m_dice.pick(m_phonePrefixes) +
              QStringLiteral("%1").arg(m_dice.below(100000000), 8, 10, QLatin1Char('0'));
    m.title = title(role, age);
    m.adminPost = upperAdminPost.isEmpty()
                      ? adminPost(holder.workplace, role, age, index == 0 || upperPost)
                      : upperAdminPost;
    setDates(m, retiree);
    if (retiree)
        m.status = m_dice.percent(85) ? MemberStatus::Retired : MemberStatus::Active;
    else if (m_dice.percent(1))
        m.status = MemberStatus::Mobile;
    return m;
}

// Big branches split into Party groups (党小组); their members after the branch committee sit
// in the groups, and the first of each group leads it.
void Generator::addMembers(Holder &holder)
{
    const bool branchCommittee = holder.size >= 7 && m_dice.percent(85);
    const int groupCount = holder.size >= 32 ? std::clamp(holder.size / 15, 2, 12) : 0;
    constexpr int FirstInGroups = 5;
    QList<qint64> groups;
    for (int g = 0; g < groupCount; ++g) {
        const QString name = holder.stem + QStringLiteral("党支部第") + chineseNumber(g + 1) +
                             QStringLiteral("党小组");
        const QDate founded = m_dice.dateBetween(holder.founded, m_today);
        groups.append(addOrganization(holder.orgId, OrgKind::Group, holder.unit.name + name,
                                      holder.unit.shortName + name, holder.unit.id, founded));
        holder.groups.append({groups.constLast(), founded});
    }
    holder.roster.reserve(holder.size);
    for (int i = 0; i < holder.size && m_error.isEmpty(); ++i) {
        const bool inGroup = !groups.isEmpty() && i >= FirstInGroups;
        const qint64 group = inGroup ? groups.at((i - FirstInGroups) % groups.size()) : 0;
        const bool leads = inGroup && i - FirstInGroups < groups.size();
        const Member m = member(holder, i, branchCommittee, group, leads);
        auto id = m_ledger.addMember(m);
        if (!id)
            m_error = id.error();
        else
            holder.roster.push_back({id.value(), m.joinDate.toJulianDay(),
                                     inGroup ? int((i - FirstInGroups) % groups.size()) : -1});
    }
}

// The seeded activity types (schema version 3) the generator writes, in their order.
enum ActivityKind {
    Plenary,        // 支部党员大会, quarterly duty
    BranchMeeting,  // 支部委员会, monthly duty
    GroupMeeting,   // 党小组会, monthly duty of groups
    Lecture,        // 党课, quarterly duty
    ThemeDay,       // 主题党日
    OrgLife,        // 组织生活会
    DemocraticLife, // 民主生活会
    Talk,           // 谈心谈话
    FirstTopic,     // 第一议题学习
    CenterStudy,    // 中心组学习
    Warning,        // 警示教育
    ThemeEducation, // 主题教育
    Volunteer,      // 志愿服务
    FreeClinic,     // 义诊
    Science,        // 健康科普
    Pairing,        // 结对帮扶
    Vaccination,    // 疫苗接种
    FamilyDoctor,   // 家庭医生签约
    ActivityKindCount
};
const char *const ActivityKindNames[ActivityKindCount] = {
    "支部党员大会", "支部委员会", "党小组会",     "党课",       "主题党日", "组织生活会",
    "民主生活会",   "谈心谈话",   "第一议题学习", "中心组学习", "警示教育", "主题教育",
    "志愿服务",     "义诊",       "健康科普",     "结对帮扶",   "疫苗接种", "家庭医生签约"};

// The organizations that hold activities, their members as candidates to list, a plan of
// realistic years (newest first) cut to the number asked for, extras if more are asked, then
// the plan in date order, written in chunks through the store's bulk write and its checks.
void Generator::addActivities()
{
    if (!m_error.isEmpty() || m_activities <= 0)
        return;
    auto types = m_ledger.activityTypes();
    if (!types) {
        m_error = types.error();
        return;
    }
    for (const char *name : ActivityKindNames) {
        const QString wanted = utf8(name);
        const auto found = std::find_if(types->cbegin(), types->cend(),
                                        [&](const ActivityType &t) { return t.name == wanted; });
        if (found == types->cend()) {
            m_error = SyntheticLedger::tr("The activity type %1 is missing from the new ledger.")
                          .arg(wanted);
            return;
        }
        m_typeIds.append(found->id);
    }

    // The last five whole years.
    const int lastYear = m_today.year() - 1;
    const int firstYear = lastYear - 4;
    const qint64 windowFirst = QDate(firstYear, 1, 1).toJulianDay();
    const qint64 windowLast = QDate(lastYear, 12, 31).toJulianDay();
    std::vector<Host> hosts;
    const auto host = [&](Host::Kind kind, qint64 orgId, QDate founded, QDate dissolved) {
        Host h;
        h.kind = kind;
        h.orgId = orgId;
        h.first = std::max(windowFirst, founded.toJulianDay());
        h.last = dissolved.isValid() ? std::min(windowLast, dissolved.toJulianDay()) : windowLast;
        h.sloppy = m_dice.percent(15);
        if (h.first <= h.last)
            hosts.push_back(h);
        return h.first <= h.last;
    };
    for (const auto &[id, founded] : m_committees)
        host(Host::Kind::Committee, id, founded, {});
    for (int i = 0; i < int(m_holders.size()); ++i) {
        const Holder &holder = m_holders[size_t(i)];
        if (host(Host::Kind::Branch, holder.orgId, holder.founded, {})) {
            hosts.back().holder = i;
            hosts.back().workplace = holder.workplace;
        }
        for (int g = 0; g < holder.groups.size(); ++g) {
            if (host(Host::Kind::Group, holder.groups.at(g).first, holder.groups.at(g).second,
                     {})) {
                hosts.back().holder = i;
                hosts.back().group = g;
                hosts.back().workplace = holder.workplace;
            }
        }
    }
    if (m_temporary.id > 0)
        host(Host::Kind::Temporary, m_temporary.id, m_temporary.founded, m_temporary.dissolved);
    if (hosts.empty())
        return;

    // Newest year first, organizations in a shuffled order, whole years while they fit.
    std::vector<int> order(hosts.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[size_t(i)] = i;
    for (int i = int(order.size()) - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[size_t(m_dice.below(i + 1))]);
    std::vector<Planned> plan;
    plan.reserve(size_t(m_activities));
    std::vector<Planned> block;
    bool full = false;
    for (int year = lastYear; year >= firstYear && !full; --year) {
        for (int index : order) {
            block.clear();
            planYear(hosts[size_t(index)], index, year, block);
            if (qint64(plan.size() + block.size()) > m_activities) {
                full = true;
                break;
            }
            plan.insert(plan.end(), block.begin(), block.end());
        }
    }
    planExtra(hosts, m_activities - qint64(plan.size()), plan);
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Planned &a, const Planned &b) { return a.day < b.day; });

    // Each chunk is checked as a clerk's entries would be; 50,000 keep the memory small.
    constexpr size_t Chunk = 50000;
    QList<Activity> chunk;
    chunk.reserve(qsizetype(std::min(Chunk, plan.size())));
    for (size_t i = 0; i < plan.size(); ++i) {
        chunk.append(activity(plan[i], hosts[size_t(plan[i].host)]));
        if (chunk.size() < qsizetype(Chunk) && i + 1 < plan.size())
            continue;
        if (auto written = m_ledger.addActivities(chunk); !written) {
            m_error = written.error();
            return;
        }
        chunk.clear();
    }
}

// One organization's year: its 三会一课 duties (a sloppy one misses more), study and service.
void Generator::planYear(const Host &host, int hostIndex, int year, std::vector<Planned> &plan)
{
    const auto add = [&](int kind, qint64 first, qint64 last) {
        first = std::max(first, host.first);
        last = std::min(last, host.last);
        if (first <= last)
            plan.push_back({qint32(first + m_dice.below(last - first + 1)), hostIndex, kind});
    };
    const auto maybe = [&](int percent, int kind, qint64 first, qint64 last) {
        if (m_dice.percent(percent))
            add(kind, first, last);
    };
    const bool clinical = host.workplace == Workplace::Hospital ||
                          host.workplace == Workplace::Township ||
                          host.workplace == Workplace::Community;
    const bool primary =
        host.workplace == Workplace::Township || host.workplace == Workplace::Community;
    const bool retirees = host.workplace == Workplace::Retirees;
    const qint64 yearFirst = QDate(year, 1, 1).toJulianDay();
    const qint64 yearLast = QDate(year, 12, 31).toJulianDay();
    if (yearLast < host.first || yearFirst > host.last)
        return;
    for (int month = 1; month <= 12; ++month) {
        const QDate start(year, month, 1);
        const qint64 first = start.toJulianDay();
        const qint64 last = start.addMonths(1).toJulianDay() - 1;
        if (last < host.first || first > host.last)
            continue;
        switch (host.kind) {
        case Host::Kind::Group:
            maybe(host.sloppy ? 70 : 97, GroupMeeting, first, last);
            break;
        case Host::Kind::Committee:
            maybe(80, CenterStudy, first, last);
            maybe(50, FirstTopic, first, last);
            break;
        case Host::Kind::Temporary:
            maybe(95, BranchMeeting, first, last);
            maybe(95, Volunteer, first, last);
            maybe(60, Vaccination, first, last);
            break;
        case Host::Kind::Branch:
            maybe(host.sloppy ? 72 : 99, BranchMeeting, first, last);
            maybe(host.sloppy ? 50 : 80, ThemeDay, first, last);
            maybe(35, FirstTopic, first, last);
            maybe(15, ThemeEducation, first, last);
            maybe(12, Talk, first, last);
            maybe(retirees ? 10 : 30, Volunteer, first, last);
            maybe(clinical ? 20 : 4, FreeClinic, first, last);
            maybe(25, Science, first, last);
            maybe(10, Pairing, first, last);
            maybe(primary || host.workplace == Workplace::Cdc ? 20 : 0, Vaccination, first, last);
            maybe(primary ? 25 : 0, FamilyDoctor, first, last);
            if (month % 3 == 0) { // the quarter ending with this month
                const qint64 quarterFirst = QDate(year, month - 2, 1).toJulianDay();
                maybe(host.sloppy ? 65 : 98, Plenary, quarterFirst, last);
                maybe(host.sloppy ? 60 : 98, Lecture, quarterFirst, last);
            }
            break;
        }
    }
    if (host.kind == Host::Kind::Branch) {
        maybe(92, OrgLife, yearFirst, yearLast);
        maybe(60, Warning, yearFirst, yearLast);
    } else if (host.kind == Host::Kind::Committee) {
        maybe(95, DemocraticLife, yearFirst, yearLast);
    }
}

// More activities than the years hold: study and service spread over every branch's days.
void Generator::planExtra(const std::vector<Host> &hosts, qint64 count, std::vector<Planned> &plan)
{
    std::vector<int> branches;
    for (int i = 0; i < int(hosts.size()); ++i) {
        if (hosts[size_t(i)].kind == Host::Kind::Branch)
            branches.push_back(i);
    }
    if (branches.empty()) {
        for (int i = 0; i < int(hosts.size()); ++i)
            branches.push_back(i);
    }
    static const int kinds[] = {ThemeDay, FirstTopic,  ThemeEducation, Talk,
                                Warning,  Volunteer,   FreeClinic,     Science,
                                Pairing,  Vaccination, FamilyDoctor};
    static const int weights[] = {10, 8, 6, 5, 2, 15, 12, 14, 8, 6, 6};
    int total = 0;
    for (int w : weights)
        total += w;
    for (qint64 i = 0; i < count; ++i) {
        const int index = branches[size_t(m_dice.below(qsizetype(branches.size())))];
        const Host &host = hosts[size_t(index)];
        int pick = m_dice.below(total);
        int k = 0;
        while (pick >= weights[k])
            pick -= weights[k++];
        plan.push_back(
            {qint32(host.first + m_dice.below(host.last - host.first + 1)), index, kinds[k]});
    }
}

Activity Generator::activity(const Planned &planned, const Host &host)
{
    static const QStringList lectures =
        texts({"学习贯彻党的二十大精神专题党课", "弘扬伟大建党精神", "廉洁从医 守正创新",
               "医德医风建设专题党课", "全面从严治党永远在路上", "传承红色基因 践行初心使命",
               "以高质量党建引领医院高质量发展", "学习《中国共产党纪律处分条例》",
               "书记讲党课：做党和人民信赖的白衣卫士"});
    static const QStringList topics =
        texts({"学习习近平总书记重要讲话精神", "学习《习近平谈治国理政》",
               "学习全国卫生健康工作会议精神", "学习中央八项规定精神", "学习新修订的党章",
               "学习健康中国行动文件", "学习公立医院高质量发展意见"});
    static const QStringList warnings = texts(
        {"观看警示教育片", "参观廉政教育基地", "以案促改警示教育会", "医药领域腐败问题警示教育"});
    static const QStringList places =
        texts({"上坪村", "溪口村", "东山社区", "梧桐社区", "南岭村", "石桥村", "县实验小学",
               "县第一中学", "城西社区", "龙门村", "县老年公寓", "火车站"});
    static const QStringList scienceTopics =
        texts({"高血压防治", "糖尿病健康管理", "心肺复苏急救", "合理用药", "儿童近视防控",
               "预防接种知识", "传染病防控", "心理健康"});

    Activity a;
    a.orgId = host.orgId;
    a.typeId = m_typeIds.at(planned.type);
    a.date = QDate::fromJulianDay(planned.day);
    const int month = a.date.month();

    // Members who could be listed: the branch's own and its groups', or the group's.
    int poolSize = 0;
    if (host.holder >= 0) {
        const Holder &holder = m_holders[size_t(host.holder)];
        const int wanted = m_dice.below(6);
        const int size = int(holder.roster.size());
        poolSize =
            host.group < 0 ? size : std::max(1, size / std::max(1, int(holder.groups.size())));
        for (int tries = 0; tries < 3 * wanted && a.participants.size() < wanted && size > 0;
             ++tries) {
            const Holder::Listed &listed = holder.roster[size_t(m_dice.below(size))];
            if (listed.joinDay > planned.day || (host.group >= 0 && listed.group != host.group) ||
                a.participants.contains(listed.id))
                continue;
            a.participants.append(listed.id);
        }
    }
    const auto attendance = [&](int low, int high) {
        return std::max(int(a.participants.size()), m_dice.between(low, high));
    };
    const int meeting = std::max(3, poolSize);
    const auto hours = [&](int lowHalves, int highHalves) {
        return m_dice.between(lowHalves, highHalves) / 2.0;
    };

    switch (planned.type) {
    case Plenary:
        a.title = QStringLiteral("第%1季度支部党员大会").arg((month - 1) / 3 + 1);
        a.headCount = attendance(meeting * 7 / 10, meeting);
        a.figures.hours = hours(2, 5);
        break;
    case BranchMeeting:
        a.title = QStringLiteral("%1月支部委员会会议").arg(month);
        a.headCount = attendance(3, 7);
        a.figures.hours = hours(2, 4);
        break;
    case GroupMeeting:
        a.title = QStringLiteral("%1月党小组会").arg(month);
        a.headCount = attendance(meeting * 6 / 10, meeting);
        a.figures.hours = hours(2, 3);
        break;
    case Lecture:
        a.title = m_dice.pick(lectures);
        a.headCount = attendance(meeting * 7 / 10, meeting);
        a.figures.hours = hours(2, 4);
        break;
    case ThemeDay:
        a.title = QStringLiteral("%1月主题党日活动").arg(month);
        a.headCount = attendance(meeting / 2, meeting);
        a.figures.hours = hours(2, 6);
        break;
    case OrgLife:
        a.title = QStringLiteral("%1年度组织生活会").arg(a.date.year());
        a.headCount = attendance(meeting * 8 / 10, meeting);
        a.figures.hours = hours(3, 6);
        break;
    case DemocraticLife:
        a.title = QStringLiteral("%1年度领导班子民主生活会").arg(a.date.year());
        a.headCount = attendance(5, 11);
        a.figures.hours = hours(4, 8);
        break;
    case Talk:
        a.headCount = attendance(2, 2); // title left empty, as clerks often do
        a.figures.hours = hours(1, 2);
        break;
    case FirstTopic:
    case CenterStudy:
        a.title = m_dice.pick(topics);
        a.headCount = attendance(5, 15);
        a.figures.hours = hours(2, 4);
        break;
    case Warning:
        a.title = m_dice.pick(warnings);
        a.headCount = attendance(meeting / 2, meeting);
        a.figures.hours = hours(2, 6);
        break;
    case ThemeEducation:
        a.title = QStringLiteral("主题教育专题学习");
        a.headCount = attendance(meeting / 2, meeting);
        a.figures.hours = hours(2, 4);
        break;
    case Volunteer:
        a.title = m_dice.pick(places) + QStringLiteral("志愿服务");
        a.headCount = attendance(3, 20);
        a.figures.peopleServed = m_dice.between(20, 300);
        a.figures.problemsSolved = m_dice.below(6);
        a.figures.hours = hours(4, 16);
        break;
    case FreeClinic:
        a.title = QStringLiteral("走进") + m_dice.pick(places) + QStringLiteral("义诊");
        a.headCount = attendance(4, 25);
        a.figures.peopleServed = m_dice.between(50, 600);
        a.figures.problemsSolved = m_dice.below(31);
        a.figures.hours = hours(6, 12);
        break;
    case Science:
        a.title = m_dice.pick(scienceTopics) + QStringLiteral("健康科普进") + m_dice.pick(places);
        a.headCount = attendance(2, 10);
        a.figures.peopleServed = m_dice.between(30, 800);
        a.figures.hours = hours(2, 6);
        break;
    case Pairing:
        a.title = QStringLiteral("结对帮扶") + m_dice.pick(places);
        a.headCount = attendance(2, 12);
        a.figures.households = m_dice.between(1, 6);
        a.figures.problemsSolved = m_dice.below(6);
        // Round hundreds of yuan mostly, sometimes an odd sum to the fen.
        a.figures.fundsFen =
            qint64(m_dice.between(2, 50)) * 10000 + (m_dice.percent(20) ? m_dice.below(10000) : 0);
        a.figures.hours = hours(4, 12);
        break;
    case Vaccination:
        a.title = QStringLiteral("疫苗接种服务");
        a.headCount = attendance(4, 20);
        a.figures.peopleServed = m_dice.between(50, 900);
        a.figures.hours = hours(8, 16);
        break;
    case FamilyDoctor:
        a.title = QStringLiteral("家庭医生签约服务进") + m_dice.pick(places);
        a.headCount = attendance(3, 12);
        a.figures.peopleServed = m_dice.between(20, 300);
        a.figures.households = m_dice.between(10, 150);
        a.figures.hours = hours(6, 12);
        break;
    default:
        break;
    }
    return a;
}

Result<void> Generator::run()
{
    planTree();
    // A temporary branch of an epidemic quarantine site: dissolved long ago, no members left.
    const QDate dissolved(2022, 12, 26);
    if (m_today > dissolved) {
        Organization org;
        org.parentId = m_root;
        org.kind = OrgKind::TemporaryBranch;
        org.fullName = QStringLiteral("中共") + m_county +
                       QStringLiteral("卫生健康系统集中医学观察点临时支部委员会");
        org.shortName = QStringLiteral("集中医学观察点临时党支部");
        org.unitId = m_bureau.id;
        org.founded = QDate(2022, 4, 8);
        org.dissolved = dissolved;
        org.id = addOrganization(org);
        m_temporary = org;
    }
    sizeBranches();
    for (Holder &holder : m_holders) {
        if (!m_error.isEmpty())
            break;
        addMembers(holder);
    }
    addActivities();
    if (!m_error.isEmpty())
        return Error{m_error};
    return {};
}

} // namespace

Result<void> SyntheticLedger::generate(const QString &path, const SyntheticOptions &options)
{
    if (options.members < 1)
        return Error{tr("A synthetic ledger needs at least one member.")};
    const QDate now = QDate::currentDate();
    const QDate today = options.today.isValid() ? options.today : now;
    // The invented history has fixed eras (general branches from 2008, a 2022 temporary
    // branch), so the ledger's day must come after them.
    if (today > now || today < QDate(2021, 1, 1))
        return Error{
            tr("The reference date of a synthetic ledger must lie between 2021 and today.")};

    auto ledger = Ledger::create(path);
    if (!ledger)
        return Error{ledger.error()};
    Generator generator(*ledger.value(), options, today);
    Result<void> written = ledger.value()->write([&] { return generator.run(); });
    if (!written) {
        ledger.value().reset(); // closes the connection, which ends the WAL files too
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return written;
}

} // namespace PartyLedger
