#pragma once

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace balise {
struct ProjectChange;
} // namespace balise

namespace balise::ui {

class ProjectDocument;

// The destabilisation radar: how far each data service could unsettle the public actor, on the six axes
// of the guide (personal data, audience, financial power, contesting legitimacy, new representations
// of the city, independence from public resources), rated 0–4, one polygon per assessed service.
class DestabilisationView : public QWidget
{
    Q_OBJECT

public:
    explicit DestabilisationView(QWidget* parent = nullptr);
    void setDocument(ProjectDocument* document);
    QCustomPlot* radar() const { return m_radar; }
    QLabel* note() const { return m_note; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void redraw();

    ProjectDocument* m_document = nullptr;
    QCustomPlot* m_radar;
    QLabel* m_note;
};

} // namespace balise::ui
