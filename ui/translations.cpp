#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace PartyLedger {

void Translations::install(const QString &language)
{
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::China));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/partyledger_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace PartyLedger
