#include "ImportErrorList.h"

#include <algorithm>

namespace balise {
namespace {

bool before(const ImportError& a, const ImportError& b)
{
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

} // namespace

ImportErrorList::ImportErrorList(int cap) : m_cap(std::max(cap, 1))
{}

void ImportErrorList::add(int line, int column, const QString& message)
{
    add(ImportError{line, column, message});
}

void ImportErrorList::add(const ImportError& error)
{
    ++m_total;
    // upper_bound keeps errors found at the same place in the order they were found.
    const qsizetype at = std::upper_bound(m_kept.cbegin(), m_kept.cend(), error, before) - m_kept.cbegin();
    if (m_kept.size() >= m_cap) {
        if (at == m_kept.size())
            return;
        m_kept.removeLast();
    }
    m_kept.insert(at, error);
}

void ImportErrorList::add(const QList<ImportError>& errors)
{
    for (const auto& error : errors)
        add(error);
}

QList<ImportError> ImportErrorList::toList() const
{
    QList<ImportError> result = m_kept;
    const int more = m_total - static_cast<int>(m_kept.size());
    if (more > 0)
        result.append({0, 0, more == 1 ? tr("… and 1 more error.") : tr("… and %1 more errors.").arg(more)});
    return result;
}

} // namespace balise
