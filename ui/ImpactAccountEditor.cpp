#include "ImpactAccountEditor.h"

#include "DisplayFormat.h"
#include "EditorWidgets.h"
#include "ImpactAnalysis.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "TypedNumber.h"
#include "commands/EntityCommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace balise::ui {
namespace {

const ImpactAccount* findAccount(const Project& project, EntityId id)
{
    return EntityAccess<ImpactAccount>::find(project, id);
}

QString money(double value, const QString& currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', 2), currency);
}

} // namespace

ImpactAccountEditor::ImpactAccountEditor(QWidget* parent)
    : QWidget(parent), m_title(EditorWidgets::title(this)), m_name(new QLineEdit(this)), m_service(new QComboBox(this)),
      m_unit(new QLineEdit(this)), m_currency(new QLineEdit(this)), m_investment(new QLineEdit(this)),
      m_rate(new QLineEdit(this)), m_lines(new QTableWidget(0, 3, this)), m_volumes(new QTableWidget(0, 1, this)),
      m_results(new QLabel(this)), m_refusal(EditorWidgets::refusalLine(this, QStringLiteral("impactRefusal")))
{
    setObjectName(QStringLiteral("impactAccountEditor"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Unit of activity:"), m_unit);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Investment (empty: none):"), m_investment);
    form->addRow(tr("&Discount rate per period (%):"), m_rate);

    m_lines->setObjectName(QStringLiteral("impactLines"));
    m_lines->setHorizontalHeaderLabels({tr("Cost or benefit"), tr("Value per unit"), tr("Borne by")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_volumes->setObjectName(QStringLiteral("impactVolumes"));
    m_volumes->setHorizontalHeaderLabels({tr("Volume of activity")});
    m_volumes->horizontalHeader()->setStretchLastSection(true);
    auto* addLineButton = new QPushButton(tr("Add a &line"), this);
    auto* removeLineButton = new QPushButton(tr("Remove the line"), this);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLineButton);
    lineButtons->addWidget(removeLineButton);
    lineButtons->addStretch();
    auto* tables = new QHBoxLayout;
    auto* linesBox = new QVBoxLayout;
    linesBox->addWidget(new QLabel(tr("Costs (negative) and benefits (positive) per unit of activity:"), this));
    linesBox->addWidget(m_lines, 1);
    linesBox->addLayout(lineButtons);
    auto* volumesBox = new QVBoxLayout;
    volumesBox->addWidget(new QLabel(tr("Activity per period:"), this));
    volumesBox->addWidget(m_volumes, 1);
    tables->addLayout(linesBox, 3);
    tables->addLayout(volumesBox, 2);

    m_results->setObjectName(QStringLiteral("impactResults"));
    m_results->setTextFormat(Qt::PlainText);
    m_results->setWordWrap(true);
    m_results->setStyleSheet(QStringLiteral("background: #f4f6f8; padding: 8px;"));
    auto* addAccount = new QPushButton(tr("&Add an account"), this);
    auto* removeAccountButton = new QPushButton(tr("Remove this account"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addAccount);
    buttons->addStretch();
    buttons->addWidget(removeAccountButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(tables, 1);
    layout->addWidget(m_results);
    layout->addWidget(m_refusal);
    layout->addLayout(buttons);

    auto text = [this](QLineEdit* line, Attribute attribute, auto apply) {
        connect(line, &QLineEdit::editingFinished, this, [this, line, attribute, apply] {
            edit(attribute, [&](ImpactAccount& a) { return apply(a, line->text()); });
        });
    };
    text(m_name, Name, [](ImpactAccount& a, const QString& t) {
        a.name = t.trimmed();
        return QString();
    });
    text(m_unit, Unit, [](ImpactAccount& a, const QString& t) {
        a.unit = t.trimmed();
        return QString();
    });
    text(m_currency, Currency, [](ImpactAccount& a, const QString& t) {
        a.currency = t.trimmed();
        return QString();
    });
    text(m_investment, Investment, [](ImpactAccount& a, const QString& t) {
        const auto value = TypedNumber::read(t);
        if (!value)
            return tr("\"%1\" is not an amount.").arg(t);
        a.investment = *value;
        return QString();
    });
    text(m_rate, Rate, [](ImpactAccount& a, const QString& t) {
        const auto value = TypedNumber::read(t);
        if (!value || !*value)
            return tr("\"%1\" is not a rate: write 4 for 4 %.").arg(t);
        a.discountRate = **value / 100.0;
        return QString();
    });
    connect(m_service, &QComboBox::activated, this, [this] {
        edit(Service, [&](ImpactAccount& a) {
            a.serviceId = m_service->currentData().value<EntityId>();
            return QString();
        });
    });
    connect(m_lines, &QTableWidget::itemChanged, this, &ImpactAccountEditor::editLines);
    connect(m_volumes, &QTableWidget::itemChanged, this, &ImpactAccountEditor::editVolumes);
    connect(addLineButton, &QPushButton::clicked, this, &ImpactAccountEditor::addLine);
    connect(removeLineButton, &QPushButton::clicked, this, [this] { removeLine(m_lines->currentRow()); });
    connect(addAccount, &QPushButton::clicked, this, &ImpactAccountEditor::addAccount);
    connect(removeAccountButton, &QPushButton::clicked, this, &ImpactAccountEditor::removeAccount);
    load();
}

ImpactAccountEditor::~ImpactAccountEditor() = default;

void ImpactAccountEditor::setDocument(ProjectDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->project(), nullptr, this, nullptr);
    }
    m_document = document;
    m_account = NoId;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, [this](const ProjectChange& change) {
            using Subject = ProjectChange::Subject;
            if (change.subject == Subject::ImpactAccounts || change.subject == Subject::Periods ||
                change.subject == Subject::Services || change.subject == Subject::File)
                load();
        });
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    load();
}

void ImpactAccountEditor::showAccount(EntityId id)
{
    m_account = id;
    m_refusal->hide();
    load();
}

void ImpactAccountEditor::load()
{
    const ImpactAccount* account = m_document ? findAccount(m_document->project(), m_account) : nullptr;
    const bool writable = account && !m_document->project().isReadOnly();
    m_loading = true;
    for (QWidget* field : findChildren<QWidget*>())
        if (qobject_cast<QLineEdit*>(field) || qobject_cast<QComboBox*>(field) || qobject_cast<QTableWidget*>(field))
            field->setEnabled(writable);
    m_title->setText(account ? account->name : tr("No account selected"));
    const QLocale locale;
    m_name->setText(account ? account->name : QString());
    m_unit->setText(account ? account->unit : QString());
    m_currency->setText(account ? account->currency : QString());
    m_investment->setText(account ? TypedNumber::text(account->investment) : QString());
    m_rate->setText(account ? locale.toString(account->discountRate * 100.0, 'f', QLocale::FloatingPointShortest)
                            : QString());
    m_service->clear();
    m_service->addItem(tr("(no service)"), QVariant::fromValue(NoId));
    if (m_document)
        for (const DataService& service : m_document->project().services())
            m_service->addItem(service.name, QVariant::fromValue(service.id));
    m_service->setCurrentIndex(m_service->findData(QVariant::fromValue(account ? account->serviceId : NoId)));

    m_lines->setRowCount(account ? static_cast<int>(account->lines.size()) : 0);
    for (int r = 0; account && r < account->lines.size(); ++r) {
        const ImpactLine& line = account->lines[r];
        m_lines->setItem(r, 0, new QTableWidgetItem(line.label));
        auto* value = new QTableWidgetItem(TypedNumber::text(line.valuePerUnit));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(r, 1, value);
        // Who bears it: typed as the label, chosen from the two with a double click.
        m_lines->setItem(r, 2, new QTableWidgetItem(labelOf(line.bearer)));
    }
    const auto& periods = m_document ? m_document->project().periods() : QList<Period>();
    m_volumes->setRowCount(account ? static_cast<int>(periods.size()) : 0);
    QStringList labels;
    for (int r = 0; account && r < periods.size(); ++r) {
        labels.append(periods[r].label);
        QString volume;
        for (const ImpactVolume& v : account->volumes)
            if (v.periodId == periods[r].id)
                volume = TypedNumber::text(v.volume);
        auto* item = new QTableWidgetItem(volume);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_volumes->setItem(r, 0, item);
    }
    m_volumes->setVerticalHeaderLabels(labels);
    if (account)
        showResults(*account);
    else
        m_results->clear();
    m_loading = false;
}

void ImpactAccountEditor::showResults(const ImpactAccount& account)
{
    const ImpactAnalysis analysis = ImpactAnalysis::of(m_document->project().data(), account);
    const engine::ImpactResult& r = analysis.result;
    const QLocale locale;
    const QString perUnit = account.unit.isEmpty() ? QString() : tr(" per %1").arg(account.unit);
    QStringList lines;
    lines.append(tr("Per unit: %1 for society, %2 for the user, %3 in all%4.")
                     .arg(locale.toString(r.unitSociety, 'f', 2), locale.toString(r.unitUser, 'f', 2),
                          locale.toString(r.unitTotal, 'f', 2), perUnit));
    for (int p = 0; p < analysis.periodLabels.size(); ++p)
        lines.append(tr("%1: %2 (society %3, users %4)")
                         .arg(analysis.periodLabels[p], money(r.total[static_cast<size_t>(p)], account.currency),
                              money(r.society[static_cast<size_t>(p)], account.currency),
                              money(r.user[static_cast<size_t>(p)], account.currency)));
    if (!analysis.periodLabels.isEmpty()) {
        lines.append(tr("Net over these periods: %1. Net present value at %2 %: %3.")
                         .arg(money(r.net, account.currency),
                              locale.toString(account.discountRate * 100.0, 'f', QLocale::FloatingPointShortest),
                              money(r.npv, account.currency)));
        lines.append(
            r.irr ? tr("Internal rate of return: %1 %%2.")
                        .arg(locale.toString(*r.irr * 100.0, 'f', 1),
                             r.irrAmbiguous ? tr(" (the flows change sign several times: the lowest rate)") : QString())
                  : tr("No internal rate of return: the flows never repay the investment, or there is "
                       "nothing to repay."));
    } else {
        lines.append(tr("Give a volume of activity for at least one period to see the totals."));
    }
    m_results->setText(lines.join(QLatin1Char('\n')));
}

void ImpactAccountEditor::edit(int attribute, const std::function<QString(ImpactAccount&)>& change)
{
    if (m_loading || !m_document)
        return;
    const ImpactAccount* current = findAccount(m_document->project(), m_account);
    if (!current)
        return;
    ImpactAccount after = *current;
    QString refused = change(after);
    if (refused.isEmpty() && after == *current)
        return;
    if (refused.isEmpty()) {
        const ImpactAccount before = *current;
        refused = m_document->execute(
            std::make_unique<EditEntityCommand<ImpactAccount>>(*m_document, before, after, attribute));
    }
    if (!refused.isEmpty()) {
        m_refusal->setText(refused);
        m_refusal->show();
        load();
    } else {
        m_refusal->hide();
    }
}

void ImpactAccountEditor::editLines()
{
    edit(Lines, [&](ImpactAccount& a) {
        for (int r = 0; r < m_lines->rowCount() && r < a.lines.size(); ++r) {
            ImpactLine& line = a.lines[r];
            line.label = m_lines->item(r, 0) ? m_lines->item(r, 0)->text().trimmed() : QString();
            const auto value = TypedNumber::read(m_lines->item(r, 1) ? m_lines->item(r, 1)->text() : QString());
            if (!value || !*value)
                return tr("\"%1\" is not a value per unit.").arg(m_lines->item(r, 1)->text());
            line.valuePerUnit = **value;
            const QString bearer = m_lines->item(r, 2) ? m_lines->item(r, 2)->text().trimmed() : QString();
            bool known = false;
            for (ImpactBearer b : allValues<ImpactBearer>())
                if (bearer.compare(labelOf(b), Qt::CaseInsensitive) == 0 ||
                    bearer.compare(keyOf(b), Qt::CaseInsensitive) == 0) {
                    line.bearer = b;
                    known = true;
                }
            if (!known)
                return tr("\"%1\": write %2 or %3.")
                    .arg(bearer, labelOf(ImpactBearer::Society), labelOf(ImpactBearer::User));
        }
        return QString();
    });
}

void ImpactAccountEditor::editVolumes()
{
    edit(Volumes, [&](ImpactAccount& a) {
        const auto& periods = m_document->project().periods();
        QList<ImpactVolume> volumes;
        for (int r = 0; r < m_volumes->rowCount() && r < periods.size(); ++r) {
            const QString text = m_volumes->item(r, 0) ? m_volumes->item(r, 0)->text() : QString();
            const auto value = TypedNumber::read(text);
            if (!value)
                return tr("\"%1\" is not a volume.").arg(text);
            if (*value)
                volumes.append({periods[r].id, **value});
        }
        a.volumes = volumes;
        return QString();
    });
}

void ImpactAccountEditor::addLine()
{
    edit(Lines + 100, [&](ImpactAccount& a) {
        a.lines.append({NoId, tr("New line"), 0.0, ImpactBearer::Society});
        return QString();
    });
}

void ImpactAccountEditor::removeLine(int row)
{
    edit(Lines + 200, [&](ImpactAccount& a) {
        if (row >= 0 && row < a.lines.size())
            a.lines.removeAt(row);
        return QString();
    });
}

EntityId ImpactAccountEditor::addAccount()
{
    if (!m_document || m_document->project().isReadOnly())
        return NoId;
    ImpactAccount account;
    account.name = tr("New impact account");
    auto command = std::make_unique<AddEntityCommand<ImpactAccount>>(*m_document, account);
    AddEntityCommand<ImpactAccount>* added = command.get();
    if (!m_document->execute(std::move(command)).isEmpty())
        return NoId;
    showAccount(added->addedId());
    Q_EMIT accountAdded(added->addedId());
    return added->addedId();
}

void ImpactAccountEditor::removeAccount()
{
    if (!m_document || !findAccount(m_document->project(), m_account))
        return;
    if (m_document->execute(std::make_unique<RemoveEntityCommand<ImpactAccount>>(*m_document, m_account)).isEmpty()) {
        m_account = NoId;
        load();
        Q_EMIT accountRemoved();
    }
}

} // namespace balise::ui
