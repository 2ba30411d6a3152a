#include "commandlinesupport.h"

#include "commandline.h"
#include "ledger.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace PartyLedger::CommandLineSupport {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << message << Qt::endl;
    return Failed;
}

std::optional<QStringList> parse(QCommandLineParser &parser, const QStringList &arguments,
                                 int positionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return std::nullopt;
    }
    const QStringList rest = parser.positionalArguments().mid(1); // drop the command word
    if (rest.size() != positionals) {
        err() << CommandLine::usage();
        return std::nullopt;
    }
    return rest;
}

Result<Organization> organizationNamed(const Ledger &ledger, const QString &given)
{
    const QString wanted = given.trimmed();
    if (wanted.isEmpty())
        return Error{CommandLine::tr("--org takes the id, full name or short name of an "
                                     "organization.")};
    auto all = ledger.organizations();
    if (!all)
        return Error{all.error()};
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    QList<Organization> byFullName, byShortName;
    for (const Organization &org : all.value()) {
        if (isNumber && org.id == id)
            return org;
        if (org.fullName == wanted)
            byFullName.append(org);
        else if (org.shortName == wanted)
            byShortName.append(org);
    }
    const QList<Organization> &found = byFullName.isEmpty() ? byShortName : byFullName;
    if (found.size() == 1)
        return found.first();
    const QString file = QFileInfo(ledger.path()).fileName();
    if (found.isEmpty())
        return Error{
            CommandLine::tr("%1 holds no organization with the id or name %2.").arg(file, wanted)};
    QStringList candidates;
    for (const Organization &org : found)
        candidates.append(QStringLiteral("%1 (%2)").arg(org.fullName).arg(org.id));
    return Error{CommandLine::tr("%1 names %2 organizations in %3: %4. Give the id instead.")
                     .arg(wanted)
                     .arg(found.size())
                     .arg(file, candidates.join(QStringLiteral(", ")))};
}

} // namespace PartyLedger::CommandLineSupport
