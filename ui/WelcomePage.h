#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace balise::ui {

// What the workbench shows when no project is open: how to create or open one, the sample project when it
// is there, and the projects opened last. It only asks; the main window opens.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // The sample project's path; the button shows only when the file exists.
    void setSampleProject(const QString& path);
    void setRecentFiles(const QStringList& paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openPathRequested(const QString& path);

private:
    void openRecent(QListWidgetItem* item);

    QString m_samplePath;
    QPushButton* m_sampleButton;
    QLabel* m_recentTitle;
    QLabel* m_noRecent;
    QListWidget* m_recentList;
};

} // namespace balise::ui
