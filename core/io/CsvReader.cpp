#include "CsvReader.h"

#include "CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <algorithm>

namespace balise {
namespace {

QString sizeText(qint64 bytes)
{
    // Display only: the user's locale is right here, unlike when parsing numbers.
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1, QLocale::DataSizeIecFormat);
}

// The 1-based line holding the first byte sequence that is not UTF-8. Lines can be decoded one by
// one because '\n' never occurs inside a multi-byte UTF-8 sequence.
int firstInvalidUtf8Line(const QByteArray& bytes, qsizetype from)
{
    int line = 1;
    while (from <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString ignored = decoder.decode(QByteArrayView(bytes).sliced(from, end - from));
        if (decoder.hasError())
            return line;
        ++line;
        from = end + 1;
    }
    return line;
}

// A file whose every line is malformed needs only the first few reported.
constexpr qsizetype MaxSyntaxErrors = 50;

bool isBlank(const CsvRow& row)
{
    return std::all_of(row.cells.cbegin(), row.cells.cend(),
                       [](const CsvCell& cell) { return cell.text.trimmed().isEmpty(); });
}

} // namespace

CsvDocument CsvReader::parse(const QByteArray& bytes) const
{
    CsvDocument document;
    if (bytes.size() > m_maxBytes) {
        document.errors.append({0, 0,
                                tr("The file is too large (%1): Balise reads CSV files of up to %2.")
                                    .arg(sizeText(bytes.size()), sizeText(m_maxBytes))});
        return document;
    }
    const QString text = decode(bytes, document);
    if (!document.ok())
        return document;
    document.separator = m_separator.isNull() ? detectSeparator(text) : m_separator;
    split(text, document);
    return document;
}

CsvDocument CsvReader::readFile(const QString& path) const
{
    CsvDocument document;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        document.errors.append({0, 0, tr("Cannot read \"%1\": the file does not exist.").arg(shown)});
        return document;
    }
    if (info.isDir()) {
        document.errors.append({0, 0, tr("Cannot read \"%1\": it is a folder, not a file.").arg(shown)});
        return document;
    }
    if (info.size() > m_maxBytes) {
        document.errors.append({0, 0,
                                tr("Cannot read \"%1\": the file is too large (%2); Balise reads CSV files of "
                                   "up to %3.")
                                    .arg(shown, sizeText(info.size()), sizeText(m_maxBytes))});
        return document;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        document.errors.append({0, 0, tr("Cannot read \"%1\": %2.").arg(shown, file.errorString())});
        return document;
    }
    // One byte more than allowed: a file that grew since it was measured (or a device that never
    // ends) is then refused by parse() instead of being read whole.
    const QByteArray bytes = file.read(m_maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        document.errors.append({0, 0, tr("Cannot read \"%1\": %2.").arg(shown, file.errorString())});
        return document;
    }
    return parse(bytes);
}

QChar CsvReader::detectSeparator(QStringView text)
{
    static constexpr char16_t candidates[] = {u';', u'\t', u','};
    int counts[3] = {0, 0, 0};
    bool inQuotes = false;
    bool lineHasContent = false;
    for (const QChar c : text) {
        if (c == u'"') {
            // A doubled quote toggles twice: the state stays right without special handling.
            inQuotes = !inQuotes;
            lineHasContent = true;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (lineHasContent)
                break;
            continue;
        }
        for (int k = 0; k < 3; ++k)
            if (c == candidates[k]) {
                ++counts[k];
                lineHasContent = true;
            }
        if (!c.isSpace())
            lineHasContent = true;
    }
    int best = 2; // ',' when the header holds a single column
    for (int k = 0; k < 3; ++k)
        if (counts[k] > counts[best] || (counts[k] > 0 && counts[k] == counts[best] && k < best))
            best = k;
    return QChar(candidates[best]);
}

QString CsvReader::decode(const QByteArray& bytes, CsvDocument& document) const
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        document.errors.append({0, 0,
                                tr("The file is encoded in UTF-16; save it again as UTF-8 (in a spreadsheet: "
                                   "\"CSV UTF-8\").")});
        return {};
    }
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        document.hadBom = true;
        start = 3;
    }
    // Stateless: a sequence cut at the end of the file counts as an error instead of being kept for
    // a next chunk that never comes. ConvertInitialBom: the BOM was removed above; another one is text.
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(start));
    if (decoder.hasError()) {
        document.errors.append({firstInvalidUtf8Line(bytes, start), 0,
                                tr("The text is not valid UTF-8 (it may have been saved as Windows-1252 or "
                                   "Latin-1); save the file again as \"CSV UTF-8\".")});
        return {};
    }
    if (const qsizetype nul = text.indexOf(QChar(u'\0')); nul >= 0) {
        const int line = static_cast<int>(QStringView(text).left(nul).count(u'\n')) + 1;
        document.errors.append({line, 0,
                                tr("The file holds NUL characters: it is not CSV text (it may be a spreadsheet "
                                   "file or UTF-16 text); save it again as \"CSV UTF-8\".")});
        return {};
    }
    return text;
}

void CsvReader::split(const QString& text, CsvDocument& document) const
{
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };
    const QChar separator = document.separator;
    State state = State::FieldStart;
    int line = 1;
    int quoteLine = 0;
    CsvRow row{{}, line};
    CsvCell cell{{}, line, 1, false};
    // Unquoted cells are sliced from the text once they end: one allocation of the exact size, which
    // matters with millions of cells. Quoted cells are built character by character (escapes).
    qsizetype cellStart = -1;
    qsizetype at = 0; // index of the character being read, before a CRLF is skipped

    auto endCell = [&] {
        if (!cell.quoted && cellStart >= 0)
            cell.text = text.mid(cellStart, at - cellStart);
        // A cell Balise made inert for spreadsheets ("'=…") reads back as it was written.
        if (cell.text.size() >= 2 && cell.text.front() == u'\'')
            cell.text = CsvWriter::unguarded(cell.text);
        cellStart = -1;
        row.cells.append(std::move(cell));
        cell = CsvCell{{}, line, static_cast<int>(row.cells.size()) + 1, false};
        state = State::FieldStart;
    };
    // Called after the line break that ends the row has been counted.
    auto endRow = [&] {
        const qsizetype width = row.cells.size();
        if (!isBlank(row))
            document.rows.append(std::move(row));
        row = CsvRow{{}, line};
        row.cells.reserve(width); // rows of a file have the same width, mostly
        cell = CsvCell{{}, line, 1, false};
    };
    auto openQuote = [&] {
        state = State::Quoted;
        cell.quoted = true;
        quoteLine = line;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        at = i;
        const QChar c = text[i];
        const bool newline = c == u'\n' || c == u'\r';
        if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i; // CRLF is one line break
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                openQuote();
                break;
            }
            if (c == u' ' && separator != u' ') {
                // Tolerate `a, "b"`: spaces before an opening quote, which RFC 4180 does not allow
                // but hand-written files and some exporters produce.
                qsizetype j = i;
                while (j < n && text[j] == u' ')
                    ++j;
                if (j < n && text[j] == u'"') {
                    i = j;
                    openQuote();
                    break;
                }
            }
            [[fallthrough]];
        case State::Unquoted:
            if (c == separator) {
                endCell();
            } else if (newline) {
                endCell();
                ++line;
                endRow();
            } else {
                // A quote inside an unquoted cell (12" screen) is kept as text, as spreadsheets do.
                if (cell.quoted)
                    cell.text.append(c); // text after a closing quote, already reported
                else if (cellStart < 0)
                    cellStart = i;
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    cell.text.append(u'"');
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else if (newline) {
                cell.text.append(u'\n');
                ++line;
            } else {
                cell.text.append(c);
            }
            break;
        case State::AfterQuote:
            if (c == separator) {
                endCell();
            } else if (newline) {
                endCell();
                ++line;
                endRow();
            } else if (c != u' ' && c != u'\t') {
                if (document.errors.size() < MaxSyntaxErrors)
                    document.errors.append({line, cell.column,
                                            tr("Text follows the closing quote of a quoted cell; inside quotes, write "
                                               "a quote as two quotes (\"\").")});
                cell.text.append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
    if (state == State::Quoted) {
        document.errors.append({quoteLine, cell.column,
                                tr("The quote that opens this cell is never closed; add the closing quote (\").")});
        return;
    }
    if (!row.cells.isEmpty() || state != State::FieldStart) {
        at = n;
        endCell();
        endRow();
    }
}

} // namespace balise
