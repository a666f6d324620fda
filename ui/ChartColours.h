#pragma once

#include <QColor>
#include <QList>

namespace balise::ui {

// The colours of services in every chart: the Okabe–Ito palette, distinct for colour-blind readers
// and in grey print; cycled for more than eight services. Service k has the same colour everywhere.
inline QColor serviceColour(qsizetype k)
{
    static const QList<QColor> palette{{0x00, 0x72, 0xb2}, {0xe6, 0x9f, 0x00}, {0x00, 0x9e, 0x73}, {0xcc, 0x79, 0xa7},
                                       {0x56, 0xb4, 0xe9}, {0xd5, 0x5e, 0x00}, {0xf0, 0xe4, 0x42}, {0x00, 0x00, 0x00}};
    return palette[k % palette.size()];
}

} // namespace balise::ui
