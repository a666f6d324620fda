#include "CsvHeader.h"

namespace balise {

CsvHeader::CsvHeader(const CsvRow& row) : m_row(row)
{
    for (int i = 0; i < m_row.size(); ++i) {
        const QString name = nameAt(i);
        if (name.isEmpty())
            continue;
        if (m_index.contains(name))
            m_duplicates.append(i);
        else
            m_index.insert(name, i);
    }
}

QString CsvHeader::normalize(const QString& name)
{
    QString result = name.simplified().toLower();
    for (QChar& c : result)
        if (c == u' ' || c == u'-')
            c = u'_';
    return result;
}

} // namespace balise
