#include "commandline.h"
#include "demoledger.h"
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>

using namespace PartyLedger;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PartyLedger"));
    QCoreApplication::setApplicationName(QStringLiteral("PartyLedger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTYLEDGER_VERSION));
}

// The demo ledger a first start opens, written once into the user's data folder.
Result<QString> demoLedgerPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    //: The file name of the demo ledger a first start writes, without its .pldb ending.
    const QString path = folder + QLatin1Char('/') +
                         QCoreApplication::translate("main", "Demo ledger") +
                         QStringLiteral(".pldb");
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(folder))
        return Error{
            QCoreApplication::translate("main", "Could not create the folder %1.").arg(folder)};
    if (auto written = DemoLedger::write(path); !written)
        return Error{written.error()};
    return path;
}

// Which ledger to open: the one named, else the last one, else the demo.
QString ledgerToOpen(const QStringList &positional)
{
    if (!positional.isEmpty())
        return positional.first();
    for (const QString &recent : Settings::recentLedgers()) {
        if (QFileInfo::exists(recent))
            return recent;
    }
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    // Subcommands and --help need no display, so they never create a QApplication.
    const bool windowless =
        argc > 1 && (CommandLine::isCommand(QString::fromLocal8Bit(argv[1])) ||
                     qstrcmp(argv[1], "--help") == 0 || qstrcmp(argv[1], "-h") == 0 ||
                     qstrcmp(argv[1], "--version") == 0 || qstrcmp(argv[1], "-v") == 0);
    if (windowless) {
        // Printing an honor list lays out text, which needs fonts and so a QGuiApplication; the
        // offscreen platform gives it one without a display.
        const bool printing =
            argc > 2 && qstrcmp(argv[1], "honors") == 0 && qstrcmp(argv[2], "print") == 0;
        if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app =
            printing ? std::make_unique<QGuiApplication>(argc, argv)
                     : std::make_unique<QCoreApplication>(argc, argv);
        describeApplication();
        Translations::install(Settings::language());
        const QString first = app->arguments().value(1);
        if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
            QTextStream(stdout) << "partyledger " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (!CommandLine::isCommand(first)) {
            QTextStream(stdout) << CommandLine::usage();
            return 0;
        }
        return CommandLine::run(app->arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "zh_CN or en, for this run only."),
        QStringLiteral("LANGUAGE"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The ledger to open."));
    parser.process(app);
    Translations::install(parser.isSet(language) ? parser.value(language) : Settings::language());

    MainWindow window;
    window.show();
    QString path = ledgerToOpen(parser.positionalArguments());
    if (path.isEmpty()) {
        auto demo = demoLedgerPath();
        if (!demo)
            QMessageBox::warning(&window, MainWindow::tr("Could not create the demo ledger"),
                                 demo.error());
        else
            path = demo.value();
    }
    if (!path.isEmpty()) {
        if (auto opened = window.openLedger(path); !opened) {
            // A ledger that cannot be opened is not offered again at the next start.
            Settings::removeRecentLedger(path);
            QMessageBox::warning(&window, MainWindow::tr("Could not open the ledger"),
                                 opened.error());
        }
    }
    return app.exec();
}
