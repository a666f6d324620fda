#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace balise::ui {

// Builds the HTML of one page of the details view. Every text handed to it is user data or a
// translated label and is escaped here, once: a service named "<b>x</b>" shows those characters.
// Callers never write HTML themselves.
class DetailsPage
{
public:
    explicit DetailsPage(const QString& title, const QString& subtitle = QString());

    // Starts a titled part of the page.
    void heading(const QString& text);
    // One "label: value" row; several in a row line up in two columns. Line breaks in the value are
    // kept; an empty value shows as "—".
    void field(const QString& label, const QString& value);
    // A block of text (line breaks kept).
    void paragraph(const QString& text);
    // A quieter line, for explanations and "nothing here yet".
    void note(const QString& text);
    void bulletList(const QStringList& items);
    // A table with a header row; rows shorter than the header are padded.
    void table(const QStringList& headers, const QList<QStringList>& rows);

    QString html() const;

private:
    void closeFields();
    static QString escaped(const QString& text);

    QString m_html;
    bool m_inFields = false;
};

} // namespace balise::ui
