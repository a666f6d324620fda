#include "WelcomePage.h"

#include "DisplayFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace balise::ui {
namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* column = new QWidget(this);
    column->setMaximumWidth(720);

    auto* title = plainLabel(tr("Balise"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = plainLabel(tr("Evaluate and steer the urban data services of your territory: vade-mecum, "
                                   "evaluation framework, measurements per period, scores and comparisons."),
                                column);

    auto* newButton = new QPushButton(tr("New project…"), column);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    auto* openButton = new QPushButton(tr("Open a project…"), column);
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    m_sampleButton = new QPushButton(tr("Open the sample project"), column);
    m_sampleButton->setObjectName(QStringLiteral("welcomeSampleButton"));
    m_sampleButton->setToolTip(tr("Val d'Ardoise: three energy micro-grids evaluated on one framework "
                                  "(fictional territory, illustrative values)."));
    m_sampleButton->hide();
    connect(m_sampleButton, &QPushButton::clicked, this, [this] { Q_EMIT openPathRequested(m_samplePath); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(m_sampleButton);
    buttons->addStretch();

    m_recentTitle = plainLabel(tr("Recent projects"), column);
    QFont headingFont = m_recentTitle->font();
    headingFont.setBold(true);
    m_recentTitle->setFont(headingFont);
    m_noRecent = plainLabel(tr("No project opened yet."), column);
    m_recentList = new QListWidget(column);
    m_recentList->setObjectName(QStringLiteral("welcomeRecentList"));
    m_recentList->setUniformItemSizes(true);
    connect(m_recentList, &QListWidget::itemActivated, this, &WelcomePage::openRecent);

    auto* hint = plainLabel(tr("A new project can start from a framework CSV file (level, code, parent, name, "
                               "weight…): New project offers to read one."),
                            column);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addWidget(subtitle);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_recentTitle);
    columnLayout->addWidget(m_noRecent);
    columnLayout->addWidget(m_recentList);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(hint);
    columnLayout->addStretch(1);

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);
    setRecentFiles({});
}

void WelcomePage::setSampleProject(const QString& path)
{
    m_samplePath = path;
    m_sampleButton->setVisible(!path.isEmpty() && QFileInfo(path).isFile());
}

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    m_recentList->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        // List items are plain text: a file called "<b>.balise" shows those characters.
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(DisplayFormat::toolTip(QDir::toNativeSeparators(path)));
        if (!info.exists()) {
            item->setText(tr("%1 (not found)").arg(item->text()));
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    m_noRecent->setVisible(paths.isEmpty());
    m_recentList->setVisible(!paths.isEmpty());
    // As tall as its rows (eight at most): the page keeps its lines together at the top.
    const int rowHeight = m_recentList->sizeHintForRow(0) > 0 ? m_recentList->sizeHintForRow(0)
                                                              : m_recentList->fontMetrics().height() + 4;
    m_recentList->setFixedHeight(rowHeight * static_cast<int>(std::max<qsizetype>(1, paths.size())) +
                                 2 * m_recentList->frameWidth() + 2);
}

void WelcomePage::openRecent(QListWidgetItem* item)
{
    if (item)
        Q_EMIT openPathRequested(item->data(Qt::UserRole).toString());
}

} // namespace balise::ui
