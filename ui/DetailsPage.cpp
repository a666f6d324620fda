#include "DetailsPage.h"

#include "DisplayFormat.h"

namespace balise::ui {

// QTextDocument understands a subset of CSS: pre-wrap keeps the user's line breaks and spaces.
namespace {
const auto valueStyle = QStringLiteral("white-space: pre-wrap;");
}

DetailsPage::DetailsPage(const QString& title, const QString& subtitle)
{
    m_html = QStringLiteral("<html><body>");
    m_html += QStringLiteral("<h2 style=\"margin-bottom: 2px;\">%1</h2>").arg(escaped(title));
    if (!subtitle.isEmpty())
        m_html += QStringLiteral("<p style=\"color: #5a5a5a; margin-top: 0px;\">%1</p>").arg(escaped(subtitle));
}

QString DetailsPage::escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

void DetailsPage::closeFields()
{
    if (m_inFields) {
        m_html += QStringLiteral("</table>");
        m_inFields = false;
    }
}

void DetailsPage::heading(const QString& text)
{
    closeFields();
    m_html += QStringLiteral("<h3 style=\"margin-top: 14px; margin-bottom: 4px;\">%1</h3>").arg(escaped(text));
}

void DetailsPage::field(const QString& label, const QString& value)
{
    if (!m_inFields) {
        m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        m_inFields = true;
    }
    const QString shown = value.trimmed().isEmpty() ? DisplayFormat::none() : value;
    // A fixed label width lines up the values of every group of fields on the page.
    m_html += QStringLiteral("<tr><td width=\"190\" style=\"color: #5a5a5a; padding-right: 12px;\" "
                             "valign=\"top\">%1</td>"
                             "<td style=\"%2\">%3</td></tr>")
                  .arg(escaped(label), valueStyle, escaped(shown));
}

void DetailsPage::paragraph(const QString& text)
{
    closeFields();
    m_html += QStringLiteral("<p style=\"%1\">%2</p>").arg(valueStyle, escaped(text));
}

void DetailsPage::note(const QString& text)
{
    closeFields();
    m_html += QStringLiteral("<p style=\"color: #6a6a6a;\"><i>%1</i></p>").arg(escaped(text));
}

void DetailsPage::bulletList(const QStringList& items)
{
    closeFields();
    m_html += QStringLiteral("<ul style=\"margin-top: 2px;\">");
    for (const QString& item : items)
        m_html += QStringLiteral("<li style=\"%1\">%2</li>").arg(valueStyle, escaped(item));
    m_html += QStringLiteral("</ul>");
}

void DetailsPage::table(const QStringList& headers, const QList<QStringList>& rows)
{
    closeFields();
    m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                             "style=\"border-collapse: collapse; border-color: #c8c8c8;\"><tr>");
    for (const QString& header : headers)
        m_html +=
            QStringLiteral("<th align=\"left\" style=\"background-color: #eeeeee;\">%1</th>").arg(escaped(header));
    m_html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        m_html += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < headers.size(); ++column)
            m_html +=
                QStringLiteral("<td valign=\"top\" style=\"%1\">%2</td>").arg(valueStyle, escaped(row.value(column)));
        m_html += QStringLiteral("</tr>");
    }
    m_html += QStringLiteral("</table>");
}

QString DetailsPage::html() const
{
    QString result = m_html;
    if (m_inFields)
        result += QStringLiteral("</table>");
    return result + QStringLiteral("</body></html>");
}

} // namespace balise::ui
