#include "DestabilisationView.h"

#include "ChartColours.h"
#include "ChartMenu.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "QCustomPlotHeader.h"
#include "RadarChart.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace balise::ui {

DestabilisationView::DestabilisationView(QWidget* parent)
    : QWidget(parent), m_radar(new QCustomPlot(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("destabilisationView"));
    auto* intro = new QLabel(tr("How far each data service could unsettle the public actor, on the six axes of the "
                                "guide: 0 = not at all, 4 = strongly."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_radar->setObjectName(QStringLiteral("destabilisationRadar"));
    m_radar->setMinimumSize(360, 300);
    m_radar->installEventFilter(this);
    RadarChart::prepare(m_radar);
    ChartMenu::install(m_radar);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_radar, 1);
    layout->addWidget(m_note);
}

void DestabilisationView::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(&m_document->project(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            if (change.subject == ProjectChange::Subject::Services)
                redraw();
        });
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            redraw();
        });
    }
    redraw();
}

bool DestabilisationView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_radar && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, [this] { RadarChart::keepRound(m_radar); });
    return QWidget::eventFilter(watched, event);
}

void DestabilisationView::redraw()
{
    QStringList axes;
    for (DestabilisationAxis axis : allValues<DestabilisationAxis>())
        axes.append(labelOf(axis));
    QList<RadarChart::Series> series;
    QStringList unassessed;
    if (m_document)
        for (const DataService& service : m_document->project().services()) {
            RadarChart::Series s{service.name, serviceColour(series.size()), {}};
            bool any = false;
            for (const auto& rating : service.destabilisation) {
                any = any || rating.has_value();
                s.values.append(rating ? *rating : std::nan(""));
            }
            if (any)
                series.append(s);
            else
                unassessed.append(service.name);
        }
    RadarChart::draw(m_radar, axes, series, 4.0);
    m_note->setText(unassessed.isEmpty() ? QString()
                                         : tr("Not assessed yet: %1.").arg(unassessed.join(QStringLiteral(", "))));
}

} // namespace balise::ui
