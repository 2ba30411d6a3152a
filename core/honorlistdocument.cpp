#include "honorlistdocument.h"

#include "pdftextlayer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QDebug>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>
#include <QTextTable>
#include <QXmlStreamWriter>
#include <QtEndian>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <system_error>

namespace PartyLedger {

namespace {
constexpr qreal MarginMillimetres = 20;
constexpr int PdfResolution = 300;
constexpr auto PartyRed = "#c8102e";
// Sizes relative to the body font: the title is read from across a corridor.
constexpr qreal TitleScale = 2.0;
constexpr qreal SubtitleScale = 1.2;
constexpr qreal StatementScale = 0.9;
constexpr qreal PageNumberScale = 0.75;
// The name column never takes more than this share of a column: a long name wraps instead.
constexpr qreal MaxNameShare = 0.4;

// The installed ones of these families, best first; Qt still falls back per character after them.
QStringList installed(std::initializer_list<const char *> wanted)
{
    const QStringList families = QFontDatabase::families();
    QStringList found;
    for (const char *family : wanted) {
        const QString name = QString::fromLatin1(family);
        if (families.contains(name))
            found.append(name);
    }
    return found;
}

// 宋体 for the body and the title, 黑体 for the section headings, as bureaus set such lists.
QStringList serifFamilies()
{
    return installed({"Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "SimSun",
                      "Songti SC", "AR PL UMing CN", "Noto Sans CJK SC", "Source Han Sans SC",
                      "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
                      "Droid Sans Fallback"});
}

QStringList sansFamilies()
{
    return installed({"Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                      "Microsoft YaHei", "SimHei", "PingFang SC", "WenQuanYi Micro Hei",
                      "Noto Serif CJK SC", "Droid Sans Fallback"});
}

QString cssFamilies(const QStringList &families)
{
    if (families.isEmpty())
        return {};
    return QStringLiteral("font-family:'") + families.join(QStringLiteral("','")) +
           QStringLiteral("';");
}

QFont bodyFont(const HonorListOptions &options)
{
    QFont font;
    const QStringList families = serifFamilies();
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(options.fontPointSize);
    return font;
}

QString points(qreal value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("pt");
}

QString percent(qreal share)
{
    return QString::number(share * 100, 'f', 2) + QLatin1Char('%');
}

// Widths in points, measured at the PDF's resolution so the warnings match the printed page
// whatever the screen.
class Measure {
public:
    explicit Measure(const QFont &font)
        : m_image(1, 1, QImage::Format_RGB32)
    {
        const int dotsPerMetre = qRound(PdfResolution / 0.0254);
        m_image.setDotsPerMeterX(dotsPerMetre);
        m_image.setDotsPerMeterY(dotsPerMetre);
        m_metrics.emplace(font, &m_image);
    }
    qreal width(const QString &text) const
    {
        return m_metrics->horizontalAdvance(text) * 72.0 / m_image.logicalDpiX();
    }

private:
    QImage m_image;
    std::optional<QFontMetricsF> m_metrics;
};

// Where the columns go, in points on the options' paper.
struct Geometry {
    qreal textWidth = 0;
    qreal gap = 0;         // between the two columns of recipients
    qreal columnWidth = 0; // one column of recipients
    qreal nameWidth = 0;   // the name column inside it
};

Geometry geometry(const Award &award, const HonorListOptions &options)
{
    const Measure measure(bodyFont(options));
    const qreal em = options.fontPointSize;
    Geometry g;
    g.textWidth = HonorListDocument::pageLayout(options).paintRect(QPageLayout::Point).width();
    g.gap = options.columns == 2 ? 2 * em : 0;
    g.columnWidth = options.columns == 2 ? (g.textWidth - g.gap) / 2 : g.textWidth;
    qreal widest = 3 * em; // two- and three-character names line up with each other
    for (const AwardCategory &category : award.categories) {
        if (category.recipientKind != RecipientKind::Person)
            continue;
        for (const AwardRecipient &recipient : category.recipients)
            widest = std::max(widest, measure.width(recipient.name));
    }
    g.nameWidth = std::min(widest + em, g.columnWidth * MaxNameShare);
    return g;
}

QString chineseNumeral(int n)
{
    static constexpr char16_t digits[] = u"〇一二三四五六七八九";
    if (n <= 0 || n >= 100)
        return QString::number(n);
    QString text;
    const int tens = n / 10, ones = n % 10;
    if (tens > 1)
        text += QChar(digits[tens]);
    if (tens > 0)
        text += QChar(u'十');
    if (ones > 0)
        text += QChar(digits[ones]);
    return text;
}

// Sections count 一、二、三 in a Chinese list and 1. 2. 3. in an English one.
QString sectionNumber(int n)
{
    return QLocale().language() == QLocale::Chinese ? chineseNumeral(n) : QString::number(n);
}

QString cell(const QString &text, const QString &width)
{
    // A little air under each line, so a wrapped citation still reads as one entry.
    QString html = QStringLiteral("<td valign=\"top\" style=\"padding-bottom:2px\"");
    if (!width.isEmpty())
        html += QStringLiteral(" width=\"") + width + QLatin1Char('"');
    return html + QLatin1Char('>') + text.toHtmlEscaped() + QStringLiteral("</td>");
}

// One category's recipients as a table: name and citation, twice side by side for two
// columns. Organization names run long, so they always take the full width, one to a line.
QString recipientTable(const QList<AwardRecipient> &recipients, RecipientKind kind,
                       const Geometry &g, int columns)
{
    const qreal name = g.nameWidth / g.textWidth;
    const qreal column = g.columnWidth / g.textWidth;
    const qreal gap = g.gap / g.textWidth;
    const bool people = kind == RecipientKind::Person;
    if (!people)
        columns = 1;
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                       "style=\"margin-top:2px\">");
    const auto entry = [&](const AwardRecipient &recipient, bool first) -> QString {
        if (people)
            return cell(recipient.name, first ? percent(name) : QString()) +
                   cell(recipient.citation, first ? percent(column - name) : QString());
        QString text = recipient.name;
        if (!recipient.citation.isEmpty())
            text += QStringLiteral("　") + recipient.citation;
        return cell(text, first ? percent(1) : QString());
    };
    const AwardRecipient blank;
    for (qsizetype i = 0; i < recipients.size(); i += columns) {
        const bool first = i == 0;
        html += QStringLiteral("<tr>") + entry(recipients.at(i), first);
        if (columns == 2) {
            html += cell(QString(), first ? percent(gap) : QString());
            html += entry(i + 1 < recipients.size() ? recipients.at(i + 1) : blank, first);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString paragraph(const QString &text, const QString &style, const char *align = nullptr)
{
    QString html = QStringLiteral("<p");
    if (align)
        html += QStringLiteral(" align=\"") + QString::fromLatin1(align) + QLatin1Char('"');
    return html + QStringLiteral(" style=\"") + style + QStringLiteral("\">") +
           text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString pageNumber(int page, int pages)
{
    return QCoreApplication::translate("HonorListDocument", "Page %1 of %2").arg(page).arg(pages);
}

// A piece of the laid-out document a page break may not cut: a paragraph, or a whole table row,
// so an entry whose citation wraps stays on one page.
struct Unbreakable {
    qreal top;
    qreal bottom;
    bool keepWithNext; // a section heading stays with its first entry
};

QList<Unbreakable> unbreakables(const QTextDocument &document)
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    QList<Unbreakable> pieces;
    qsizetype trailing = -1; // the first of the paragraphs after the last table
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            if (!pieces.isEmpty())
                pieces.last().keepWithNext = true; // what comes before a table is its heading
            for (int row = 0; row < table->rows(); ++row) {
                Unbreakable piece{std::numeric_limits<qreal>::max(), 0, false};
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    for (auto block = cell.begin(); !block.atEnd(); ++block) {
                        const QRectF rect = layout->blockBoundingRect(block.currentBlock());
                        piece.top = std::min(piece.top, rect.top());
                        piece.bottom = std::max(piece.bottom, rect.bottom());
                    }
                }
                if (piece.bottom > 0)
                    pieces.append(piece);
            }
        } else if (QTextFrame *frame = it.currentFrame()) {
            const QRectF rect = layout->frameBoundingRect(frame);
            pieces.append({rect.top(), rect.bottom(), false});
        } else {
            const QTextBlock block = it.currentBlock();
            if (block.length() <= 1)
                continue; // the empty blocks Qt keeps around tables take no room
            // Paragraphs here are short (title, headings, footer): each stays whole.
            const QRectF rect = layout->blockBoundingRect(block);
            pieces.append({rect.top(), rect.bottom(), false});
            trailing = trailing < 0 ? pieces.size() - 1 : trailing;
            continue;
        }
        trailing = -1;
    }
    // The footer after the last section goes over with the last entry rather than alone.
    if (trailing > 0)
        pieces[trailing - 1].keepWithNext = true;
    return pieces;
}

// Where each page starts and ends in the laid-out document: as much as fits, never cutting a
// piece, never leaving a heading alone at the bottom.
QList<std::pair<qreal, qreal>> pageBreaks(const QList<Unbreakable> &pieces, qreal pageHeight)
{
    QList<std::pair<qreal, qreal>> pages;
    qsizetype first = 0;
    qreal top = 0;
    while (first < pieces.size()) {
        qsizetype next = first;
        while (next < pieces.size() && pieces.at(next).bottom <= top + pageHeight + 0.5)
            ++next;
        if (next == first)
            ++next; // taller than a page: it is cut, there is no better place
        while (next < pieces.size() && next - 1 > first && pieces.at(next - 1).keepWithNext)
            --next;
        const qreal bottom = next < pieces.size() ? pieces.at(next).top : pieces.last().bottom;
        pages.append({top, std::min(bottom, top + pageHeight)});
        if (next < pieces.size())
            top = pieces.at(next).top;
        first = next;
    }
    if (pages.isEmpty())
        pages.append({0, pageHeight});
    return pages;
}

using PageRanges = QList<std::pair<qreal, qreal>>;

// Lays the document out on the device and paints it page by page, numbering the pages when
// there is more than one. Returns where each page starts and ends in the laid-out document.
Result<PageRanges> paintPages(QTextDocument &document, const QFont &numberFont,
                              QPagedPaintDevice *device, const ProgressCallback &progress)
{
    QPainter painter;
    if (!device || !painter.begin(device))
        return Error{QCoreApplication::translate("HonorListDocument",
                                                 "Could not start printing the honor list.")};
    // Laid out on the device itself, so fonts and spacing are resolved at its resolution, as
    // one long page; the breaks between pages are chosen here rather than by Qt, which would
    // split a table row between two pages.
    document.documentLayout()->setPaintDevice(device);
    const qreal width = device->width();
    const qreal height = device->height();
    document.setTextWidth(width);
    const QList<Unbreakable> pieces = unbreakables(document);
    QList<std::pair<qreal, qreal>> pages = pageBreaks(pieces, height);
    qreal footer = 0;
    if (pages.size() > 1) {
        footer = QFontMetricsF(numberFont, device).height() * 2.5;
        pages = pageBreaks(pieces, height - footer);
    }
    const int count = int(pages.size());
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !device->newPage())
            return Error{QCoreApplication::translate("HonorListDocument",
                                                     "Could not start page %1 of the honor list.")
                             .arg(page + 1)};
        const auto [top, bottom] = pages.at(page);
        painter.save();
        painter.translate(0, -top);
        // A pixel inside the break on either side, so the lines next to it are drawn once only.
        document.drawContents(&painter, QRectF(0, top + 1, width, bottom - top - 2));
        painter.restore();
        if (count > 1) {
            painter.setFont(numberFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, height - footer, width, footer),
                             Qt::AlignHCenter | Qt::AlignBottom, pageNumber(page + 1, count));
        }
        if (progress && !progress(page + 1, count))
            return Error{QCoreApplication::translate("HonorListDocument", "Cancelled.")};
    }
    return pages;
}

// Writes bytes to PATH.partial and renames it over path, so a reader never sees half a file;
// the partial file goes away on failure.
Result<void> replaceFile(const QString &path, const QByteArray &bytes)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        const QString problem = file.errorString();
        file.close();
        QFile::remove(partial);
        return Error{QCoreApplication::translate("HonorListDocument", "Could not write %1: %2")
                         .arg(path, problem)};
    }
    file.close();
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        QFile::remove(partial);
        return Error{QCoreApplication::translate("HonorListDocument", "Could not write %1: %2")
                         .arg(path, QString::fromLocal8Bit(error.message()))};
    }
    return {};
}

// The ODT package. Qt 6.4's ODF writer packs a content.xml and a manifest, and no styles.xml:
// so no page size, orientation or margins, and a document default font of each reader's own
// choosing. The package is written anew around Qt's content.xml, copied as Qt compressed it (Qt
// has no public inflate, so it cannot be read back and edited), with a styles.xml of our own.
//
// What still cannot be said: content.xml's character styles give only fo:font-family,
// fo:font-size and fo:font-weight, which LibreOffice applies to Western text alone; its Chinese
// text takes font, size and weight from the document default below (the serif family at the
// body size, regular), so there the title, subtitle and headings lose their size, weight and
// sans family in Chinese characters. Word and WPS apply those attributes to all text.
struct ZipEntry {
    QByteArray name;
    quint16 method = 0; // 0 stored, 8 deflated
    quint32 crc = 0;
    quint32 size = 0; // uncompressed
    QByteArray data;  // as stored in the archive
};

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char byte : data) {
        crc ^= uchar(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320 & (0u - (crc & 1)));
    }
    return ~crc;
}

ZipEntry storedEntry(const char *name, const QByteArray &data)
{
    return {QByteArray(name), 0, crc32(data), quint32(data.size()), data};
}

// The entries of a zip archive as QZipWriter writes one (no zip64, one disk); empty when it is
// not one.
QList<ZipEntry> zipEntries(const QByteArray &zip)
{
    const auto u16 = [&](qsizetype at) -> quint32 {
        return at >= 0 && at + 2 <= zip.size() ? qFromLittleEndian<quint16>(zip.constData() + at)
                                               : 0;
    };
    const auto u32 = [&](qsizetype at) -> quint32 {
        return at >= 0 && at + 4 <= zip.size() ? qFromLittleEndian<quint32>(zip.constData() + at)
                                               : 0;
    };
    const qsizetype end = zip.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    if (end < 0)
        return {};
    QList<ZipEntry> entries;
    qsizetype at = u32(end + 16);
    for (quint32 i = 0; i < u16(end + 10); ++i) {
        const qsizetype local = u32(at + 42);
        if (u32(at) != 0x02014b50 || u32(local) != 0x04034b50)
            return {};
        ZipEntry entry;
        entry.method = quint16(u16(at + 10));
        entry.crc = u32(at + 16);
        entry.size = u32(at + 24);
        entry.name = zip.mid(at + 46, u16(at + 28));
        const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
        if (data + qsizetype(u32(at + 20)) > zip.size())
            return {};
        entry.data = zip.mid(data, u32(at + 20));
        entries.append(entry);
        at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    }
    return entries;
}

QByteArray zipArchive(const QList<ZipEntry> &entries)
{
    const auto put = [](QByteArray &to, quint32 value, int bytes) {
        for (int i = 0; i < bytes; ++i)
            to.append(char(value >> (8 * i)));
    };
    const QDateTime now = QDateTime::currentDateTime();
    const quint32 time =
        quint32(now.time().hour() << 11 | now.time().minute() << 5 | now.time().second() / 2);
    const quint32 date =
        quint32((now.date().year() - 1980) << 9 | now.date().month() << 5 | now.date().day());
    QByteArray archive, directory;
    for (const ZipEntry &entry : entries) {
        const quint32 offset = quint32(archive.size());
        // The fields the local header and the central directory share.
        QByteArray common;
        put(common, 20, 2);     // version needed: 2.0
        put(common, 0x0800, 2); // names in UTF-8
        put(common, entry.method, 2);
        put(common, time, 2);
        put(common, date, 2);
        put(common, entry.crc, 4);
        put(common, quint32(entry.data.size()), 4);
        put(common, entry.size, 4);
        put(common, quint32(entry.name.size()), 2);
        put(common, 0, 2); // no extra field
        put(archive, 0x04034b50, 4);
        archive += common + entry.name + entry.data;
        put(directory, 0x02014b50, 4);
        put(directory, 20, 2); // made by: 2.0
        directory += common;
        put(directory, 0, 2); // no comment
        put(directory, 0, 2); // disk
        put(directory, 0, 2); // internal attributes
        put(directory, 0, 4); // external attributes
        put(directory, offset, 4);
        directory += entry.name;
    }
    const quint32 start = quint32(archive.size());
    archive += directory;
    put(archive, 0x06054b50, 4);
    put(archive, 0, 4); // disks
    put(archive, quint32(entries.size()), 2);
    put(archive, quint32(entries.size()), 2);
    put(archive, quint32(directory.size()), 4);
    put(archive, start, 4);
    put(archive, 0, 2); // no comment
    return archive;
}

const auto OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const auto StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const auto FoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const auto SvgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const auto ManifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

QString millimetres(qreal value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("mm");
}

// styles.xml: the paper, its orientation and margins as the PDF has them, and the document's
// default font (宋体 at the body size, for Western and Chinese text alike).
QByteArray odtStyles(const HonorListOptions &options)
{
    const QPageLayout layout = HonorListDocument::pageLayout(options);
    const QSizeF paper = layout.fullRect(QPageLayout::Millimeter).size();
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    QStringList families;
    for (const QString &family : {serifFamilies().value(0), sansFamilies().value(0)}) {
        if (!family.isEmpty() && !families.contains(family))
            families.append(family);
    }
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(OfficeNs, QStringLiteral("office"));
    w.writeNamespace(StyleNs, QStringLiteral("style"));
    w.writeNamespace(FoNs, QStringLiteral("fo"));
    w.writeNamespace(SvgNs, QStringLiteral("svg"));
    w.writeStartElement(OfficeNs, QStringLiteral("document-styles"));
    w.writeAttribute(OfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));

    w.writeStartElement(OfficeNs, QStringLiteral("font-face-decls"));
    for (const QString &family : std::as_const(families)) {
        w.writeEmptyElement(StyleNs, QStringLiteral("font-face"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), family);
        w.writeAttribute(SvgNs, QStringLiteral("font-family"),
                         QLatin1Char('\'') + family + QLatin1Char('\''));
    }
    w.writeEndElement();

    w.writeStartElement(OfficeNs, QStringLiteral("styles"));
    w.writeStartElement(StyleNs, QStringLiteral("default-style"));
    w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    if (!families.isEmpty()) {
        w.writeAttribute(StyleNs, QStringLiteral("font-name"), families.first());
        w.writeAttribute(StyleNs, QStringLiteral("font-name-asian"), families.first());
    }
    w.writeAttribute(FoNs, QStringLiteral("font-size"), points(options.fontPointSize));
    w.writeAttribute(StyleNs, QStringLiteral("font-size-asian"), points(options.fontPointSize));
    w.writeAttribute(StyleNs, QStringLiteral("language-asian"), QStringLiteral("zh"));
    w.writeAttribute(StyleNs, QStringLiteral("country-asian"), QStringLiteral("CN"));
    w.writeEndElement(); // default-style
    w.writeEndElement(); // styles

    w.writeStartElement(OfficeNs, QStringLiteral("automatic-styles"));
    w.writeStartElement(StyleNs, QStringLiteral("page-layout"));
    w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Paper"));
    w.writeEmptyElement(StyleNs, QStringLiteral("page-layout-properties"));
    w.writeAttribute(FoNs, QStringLiteral("page-width"), millimetres(paper.width()));
    w.writeAttribute(FoNs, QStringLiteral("page-height"), millimetres(paper.height()));
    w.writeAttribute(StyleNs, QStringLiteral("print-orientation"),
                     options.orientation == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                                   : QStringLiteral("portrait"));
    w.writeAttribute(FoNs, QStringLiteral("margin-top"), millimetres(margins.top()));
    w.writeAttribute(FoNs, QStringLiteral("margin-bottom"), millimetres(margins.bottom()));
    w.writeAttribute(FoNs, QStringLiteral("margin-left"), millimetres(margins.left()));
    w.writeAttribute(FoNs, QStringLiteral("margin-right"), millimetres(margins.right()));
    w.writeEndElement(); // page-layout
    w.writeEndElement(); // automatic-styles

    // "Standard" is the page style a paragraph without one of its own is set on.
    w.writeStartElement(OfficeNs, QStringLiteral("master-styles"));
    w.writeEmptyElement(StyleNs, QStringLiteral("master-page"));
    w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(StyleNs, QStringLiteral("page-layout-name"), QStringLiteral("Paper"));
    w.writeEndElement(); // master-styles
    w.writeEndDocument();
    return xml;
}

QByteArray odtManifest(const QList<ZipEntry> &entries)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(ManifestNs, QStringLiteral("manifest"));
    w.writeStartElement(ManifestNs, QStringLiteral("manifest"));
    w.writeAttribute(ManifestNs, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto entry = [&](const QString &path, const QString &type) {
        w.writeEmptyElement(ManifestNs, QStringLiteral("file-entry"));
        w.writeAttribute(ManifestNs, QStringLiteral("full-path"), path);
        w.writeAttribute(ManifestNs, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    for (const ZipEntry &file : entries) {
        const QString path = QString::fromUtf8(file.name);
        if (path != QLatin1String("mimetype") && !path.startsWith(QLatin1String("META-INF/")))
            entry(path,
                  path.endsWith(QLatin1String(".xml")) ? QStringLiteral("text/xml") : QString());
    }
    w.writeEndDocument();
    return xml;
}

// Two things Qt 6.4's ODF writer gets wrong in the character formats the HTML gives. It names a
// style's font only from the old single-family property (QTextFormat::OldFontFamily) and writes
// "Sans" without it, so each piece of text gets its first family there too. And the cells'
// valign="top", which the HTML reader also puts on their text, comes out as
// style:text-position="100%", which readers set as superscript; the cells keep their alignment.
void prepareForOdf(QTextDocument &document)
{
    struct Piece {
        int position, length;
        QTextCharFormat format;
    };
    QList<Piece> pieces; // set after the walk, which setting formats would upset
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QTextCharFormat format = it.fragment().charFormat();
            QStringList families = format.property(QTextFormat::FontFamilies).toStringList();
            if (families.isEmpty())
                families = serifFamilies();
            if (!families.isEmpty()) {
                format.setFontFamilies(families);
                format.setProperty(QTextFormat::OldFontFamily, families.first());
            }
            format.clearProperty(QTextFormat::TextVerticalAlignment);
            pieces.append({it.fragment().position(), it.fragment().length(), format});
        }
    }
    QTextCursor cursor(&document);
    for (const Piece &piece : std::as_const(pieces)) {
        cursor.setPosition(piece.position);
        cursor.setPosition(piece.position + piece.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(piece.format);
    }
}
} // namespace

QPageLayout HonorListDocument::pageLayout(const HonorListOptions &options)
{
    const QMarginsF margins(MarginMillimetres, MarginMillimetres, MarginMillimetres,
                            MarginMillimetres);
    return QPageLayout(QPageSize(options.paper), options.orientation, margins,
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> HonorListDocument::build(const Award &award,
                                                        const HonorListOptions &options)
{
    const qreal size = options.fontPointSize;
    const QString serif = cssFamilies(serifFamilies());
    const QString sans = cssFamilies(sansFamilies());
    const Geometry g = geometry(award, options);
    const int columns = options.columns == 2 ? 2 : 1;

    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body style=\"") +
                   serif + QStringLiteral("font-size:") + points(size) +
                   QStringLiteral(";color:#000000\">");
    const QString title = options.title.isEmpty() ? tr("Honor Roll") : options.title;
    // Spaced out as a poster's title; the indent makes up for the space after the last character.
    html +=
        paragraph(title,
                  serif + QStringLiteral("font-size:") + points(size * TitleScale) +
                      QStringLiteral(";font-weight:bold;color:") + QString::fromLatin1(PartyRed) +
                      QStringLiteral(";letter-spacing:12px;text-indent:12px;margin-bottom:8px"),
                  "center");
    const QString subtitle = options.subtitle.isEmpty() ? award.title : options.subtitle;
    if (!subtitle.isEmpty()) {
        // A subtitle a little too long for one line shrinks to fit rather than leave a word or
        // two alone on the next; a much longer one wraps at the body size.
        QFont font = bodyFont(options);
        if (const QStringList families = sansFamilies(); !families.isEmpty())
            font.setFamilies(families);
        font.setBold(true);
        const qreal width = Measure(font).width(subtitle);
        const qreal fitted = width > 0 ? size * g.textWidth / width * 0.98 : size;
        const qreal subtitleSize = std::clamp(fitted, size, size * SubtitleScale);
        html += paragraph(subtitle,
                          sans + QStringLiteral("font-size:") + points(subtitleSize) +
                              QStringLiteral(";font-weight:bold;margin-bottom:10px"),
                          "center");
    }
    const QString statement = HonorOrders::statement(options.order);
    if (!statement.isEmpty())
        html += paragraph(statement,
                          QStringLiteral("font-size:") + points(size * StatementScale) +
                              QStringLiteral(";margin-bottom:4px"),
                          "center");

    int section = 0;
    for (const AwardCategory &category : award.categories) {
        // An empty category prints nothing; warnings() tells the secretary about it.
        if (category.recipients.isEmpty())
            continue;
        const bool people = category.recipientKind == RecipientKind::Person;
        const QString pattern = people ? tr("%1. %2 (%3 people)") : tr("%1. %2 (%3 organizations)");
        // One arg() call, so a "%1" inside the category's name stays as typed.
        const QString heading = pattern.arg(sectionNumber(++section), category.name,
                                            QString::number(category.recipients.size()));
        html += paragraph(heading, sans + QStringLiteral("font-weight:bold;margin-top:16px;"
                                                         "margin-bottom:4px"));
        html += recipientTable(HonorOrders::sorted(category.recipients, options.order),
                               category.recipientKind, g, columns);
    }

    if (options.footer) {
        // The granting body and the date under the list, at the right, as a decision is signed;
        // one paragraph, so a page break never parts them.
        QStringList lines;
        if (!award.grantor.isEmpty())
            lines.append(award.grantor.toHtmlEscaped());
        if (award.date.isValid()) {
            //: The footer's date: %1 year, %2 month, %3 day.
            const QString date =
                tr("%2/%3/%1")
                    .arg(QString::number(award.date.year()), QString::number(award.date.month()),
                         QString::number(award.date.day()));
            lines.append(date.toHtmlEscaped());
        }
        if (!lines.isEmpty())
            html += QStringLiteral("<p align=\"right\" style=\"margin-top:32px\">") +
                    lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }
    html += QStringLiteral("</body></html>");

    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(bodyFont(options));
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 subtitle.isEmpty() ? title : subtitle);
    const QRectF page = HonorListDocument::pageLayout(options).paintRect(QPageLayout::Point);
    // Without a device the layout counts in screen pixels (96 to the inch on most screens);
    // paint() lays it out again on its device.
    document->setPageSize(page.size() * 96.0 / 72.0);
    return document;
}

QStringList HonorListDocument::warnings(const Award &award, const HonorListOptions &options)
{
    QStringList found;
    const Geometry g = geometry(award, options);
    const Measure measure(bodyFont(options));
    const qreal em = options.fontPointSize;
    for (const AwardCategory &category : award.categories) {
        if (category.recipients.isEmpty()) {
            found.append(tr("The category %1 has no recipients.").arg(category.name));
            continue;
        }
        const bool people = category.recipientKind == RecipientKind::Person;
        for (qsizetype i = 0; i < category.recipients.size(); ++i) {
            const AwardRecipient &recipient = category.recipients.at(i);
            const bool nameless = recipient.name.trimmed().isEmpty();
            if (nameless)
                found.append(tr("Recipient %1 of %2 has no name.")
                                 .arg(QString::number(i + 1), category.name));
            if (recipient.citation.isEmpty())
                continue;
            const qreal width =
                people ? measure.width(recipient.citation)
                       : measure.width(recipient.name) + em + measure.width(recipient.citation);
            const qreal room = people ? g.columnWidth - g.nameWidth : g.textWidth;
            if (width > room) {
                const QString who = nameless ? tr("recipient %1").arg(i + 1) : recipient.name;
                found.append(tr("The citation of %1 in %2 does not fit on one line and will wrap.")
                                 .arg(who, category.name));
            }
        }
    }
    return found;
}

Result<void> HonorListDocument::paint(const Award &award, const HonorListOptions &options,
                                      QPagedPaintDevice *device, const ProgressCallback &progress)
{
    const auto document = build(award, options);
    QFont numberFont = bodyFont(options);
    numberFont.setPointSizeF(options.fontPointSize * PageNumberScale);
    if (auto painted = paintPages(*document, numberFont, device, progress); !painted)
        return Error{painted.error()};
    return {};
}

Result<void> HonorListDocument::writePdf(const Award &award, const HonorListOptions &options,
                                         const QString &path, const ProgressCallback &progress,
                                         QStringList *notes)
{
    const auto document = build(award, options);
    QFont numberFont = bodyFont(options);
    numberFont.setPointSizeF(options.fontPointSize * PageNumberScale);
    // Painted into memory first: a cancelled or failed export leaves no file behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    // What the pages drew, for the text layer: each character with its glyphs.
    PdfTextLayer textLayer;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfResolution);
        writer.setPageLayout(HonorListDocument::pageLayout(options));
        writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QCoreApplication::applicationName().isEmpty()
                              ? QStringLiteral("PartyLedger")
                              : QCoreApplication::applicationName());
        auto painted = paintPages(*document, numberFont, &writer, progress);
        if (!painted)
            return Error{painted.error()};
        // Taken while the layouts are still laid out on the writer, in the order Qt drew them,
        // which is the order it numbers each font's glyphs in: the blocks each page showed
        // first, then its number.
        const PageRanges &pages = painted.value();
        const QAbstractTextDocumentLayout *layout = document->documentLayout();
        QTextBlock block = document->begin();
        for (qsizetype page = 0; page < pages.size(); ++page) {
            for (; block.isValid() &&
                   (page + 1 == pages.size() ||
                    layout->blockBoundingRect(block).top() < pages.at(page).second - 1);
                 block = block.next())
                textLayer.addDrawn(*block.layout(), block.text());
            if (pages.size() == 1)
                continue;
            QTextLayout number(pageNumber(int(page) + 1, int(pages.size())), numberFont, &writer);
            number.beginLayout();
            number.createLine();
            number.endLayout();
            textLayer.addDrawn(number, number.text());
        }
    }
    QStringList problems;
    const QByteArray pdf = textLayer.repaired(buffer.data(), &problems);
    // Never silent: a caller that does not take the notes gets them in the log.
    if (notes)
        *notes += problems;
    else
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
    return replaceFile(path, pdf);
}

Result<void> HonorListDocument::writeOdt(const Award &award, const HonorListOptions &options,
                                         const QString &path)
{
    const auto document = build(award, options);
    prepareForOdf(*document);
    QBuffer written;
    written.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&written, QByteArrayLiteral("odf"));
    if (!writer.write(document.get()))
        return Error{
            tr("Could not write %1: %2").arg(path, tr("The ODF writer is not available."))};
    const QList<ZipEntry> entries = zipEntries(written.data());
    const auto content = std::find_if(entries.cbegin(), entries.cend(), [](const ZipEntry &e) {
        return e.name == QByteArrayLiteral("content.xml");
    });
    if (content == entries.cend()) {
        // Qt's package as it wrote it: the text is all there, the paper is not.
        qWarning("The ODF writer's package is not as expected; written without page layout.");
        return replaceFile(path, written.data());
    }
    QList<ZipEntry> package = {
        storedEntry("mimetype", QByteArrayLiteral("application/vnd.oasis.opendocument.text")),
        *content, storedEntry("styles.xml", odtStyles(options))};
    for (const ZipEntry &entry : entries) { // pictures, were there any
        if (entry.name != "mimetype" && entry.name != "content.xml" &&
            !entry.name.startsWith("META-INF/"))
            package.append(entry);
    }
    package.insert(1, storedEntry("META-INF/manifest.xml", odtManifest(package)));
    return replaceFile(path, zipArchive(package));
}

} // namespace PartyLedger
