#include "csvexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace PartyLedger {

namespace {

// The translation context of this file's messages.
struct CsvExport {
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

constexpr qint64 ProgressEvery = 1000;
constexpr qsizetype FlushBytes = 1 << 20;

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// A spreadsheet runs a cell beginning with = + - @ as a formula; one apostrophe in front keeps
// it text. A text that already begins with an apostrophe before such a character gets another,
// so the reader's stripping of one gives the original back.
QString guarded(const QString &text)
{
    if (text.isEmpty())
        return text;
    if (startsFormula(text.front()) ||
        (text.front() == u'\'' && text.size() > 1 && startsFormula(text.at(1))))
        return u'\'' + text;
    return text;
}

// The cell as the file holds it, before quoting. Numbers in number columns and dates are
// written plainly; everything else is text and guarded.
QString fieldText(const QVariant &value, ExportColumn::Kind kind)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(u"yyyy-MM-dd") : QString();
    }
    if (kind != ExportColumn::Kind::Text) {
        if (isIntegerCell(value))
            return QString::number(value.toLongLong());
        if (isDecimalCell(value)) {
            const double x = value.toDouble();
            return std::isfinite(x) ? QString::number(x, 'f', QLocale::FloatingPointShortest)
                                    : QString();
        }
    }
    return guarded(value.toString());
}

// RFC 4180: a field holding a comma, a quote or a line break goes in quotes, quotes doubled.
void appendField(QString &line, const QString &field)
{
    bool quote = false;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line += field;
        return;
    }
    line += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            line += u'"';
        line += c;
    }
    line += u'"';
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<void> writeCsv(const QString &path, const ExportTable &table, const SheetProgress &progress)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{CsvExport::tr("Could not save %1: the folder %2 does not exist.")
                         .arg(shown(path), shown(target.absolutePath()))};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{CsvExport::tr("Could not save %1: %2.").arg(shown(path), file.errorString())};
    const auto failed = [&] {
        return Error{CsvExport::tr("Could not save %1. The disk may be full or the folder may not "
                                   "allow writing (%2).")
                         .arg(shown(path), file.errorString())};
    };

    // The byte order mark tells Excel the file is UTF-8, so Chinese text opens right.
    QByteArray bytes("\xEF\xBB\xBF");
    QString line;
    const auto endLine = [&] {
        line += QLatin1String("\r\n");
        bytes += line.toUtf8();
        line.clear();
    };
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (c > 0)
            line += u',';
        appendField(line, guarded(table.columns[c].title));
    }
    endLine();

    const qint64 total = table.rows.size();
    for (qint64 r = 0; r < total; ++r) {
        if (progress && r % ProgressEvery == 0 && !progress(r, total)) {
            file.cancelWriting();
            return Error{
                CsvExport::tr("The export was cancelled; %1 was not written.").arg(shown(path))};
        }
        const QList<QVariant> &row = table.rows[r];
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            if (c > 0)
                line += u',';
            if (c < row.size())
                appendField(line, fieldText(row[c], table.columns[c].kind));
        }
        endLine();
        if (bytes.size() >= FlushBytes) {
            if (file.write(bytes) != bytes.size())
                return failed();
            bytes.clear();
        }
    }
    if (progress && !progress(total, total)) {
        file.cancelWriting();
        return Error{
            CsvExport::tr("The export was cancelled; %1 was not written.").arg(shown(path))};
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed();
    return {};
}

} // namespace PartyLedger
