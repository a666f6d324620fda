#include "WeightsDialog.h"

#include "Ahp.h"
#include "DisplayFormat.h"
#include "GroupWeighting.h"
#include "Project.h"
#include "ProjectDocument.h"
#include "TypedNumber.h"
#include "Weighting.h"
#include "commands/FrameworkCommands.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace balise::ui {
namespace {

// A Saaty judgement as users write it: "3", "1/3", "0.333", "0,5".
std::optional<double> readJudgement(const QString& text)
{
    const QString t = text.trimmed();
    if (const qsizetype slash = t.indexOf(QLatin1Char('/')); slash > 0) {
        const auto a = TypedNumber::read(t.left(slash));
        const auto b = TypedNumber::read(t.mid(slash + 1));
        if (a && b && *a && *b && **b != 0.0)
            return **a / **b;
        return std::nullopt;
    }
    const auto value = TypedNumber::read(t);
    return value && *value ? std::optional<double>(**value) : std::nullopt;
}

// A judgement written back the way Saaty's scale reads: whole numbers and their inverses.
QString judgementText(double value)
{
    if (value >= 1.0 - 1e-9) {
        const double rounded = std::round(value);
        return std::abs(value - rounded) < 1e-9 ? QString::number(rounded) : QLocale().toString(value, 'g', 3);
    }
    const double inverse = 1.0 / value;
    const double rounded = std::round(inverse);
    return std::abs(inverse - rounded) < 1e-9 ? QStringLiteral("1/%1").arg(rounded) : QLocale().toString(value, 'g', 3);
}

} // namespace

WeightsDialog::WeightsDialog(ProjectDocument& document, EntityId parent, QWidget* parentWidget)
    : QDialog(parentWidget), m_document(document), m_parent(parent), m_methods(new QTabWidget(this)),
      m_result(new QTableWidget(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("weightsDialog"));
    const Framework& framework = document.project().framework();
    const FrameworkNode* parentNode = framework.find(parent);
    setWindowTitle(parentNode ? tr("Weights under %1").arg(parentNode->code) : tr("Weights of the objectives"));
    QList<double> current;
    for (const FrameworkNode* child : framework.children(parent)) {
        m_children.append(child->id);
        m_labels.append(child->code + QLatin1Char(' ') + child->name);
        current.append(child->weight);
    }
    m_points = makeInputTable(tr("Points"), current);
    double total = 0.0;
    for (double w : current)
        total += w;
    QList<double> budget;
    int given = 0;
    for (qsizetype i = 0; i < current.size(); ++i) {
        // The current shares rounded to whole points; the last child takes what rounding left.
        const int points = i + 1 == current.size()
                               ? 100 - given
                               : static_cast<int>(std::lround(total > 0 ? 100.0 * current[i] / total : 0));
        budget.append(points);
        given += points;
    }
    m_budget = makeInputTable(tr("Points out of 100"), budget);
    QList<double> ranks;
    for (qsizetype i = 0; i < current.size(); ++i)
        ranks.append(static_cast<double>(i + 1));
    m_ranking = makeInputTable(tr("Rank (1 = most important)"), ranks);
    m_pairwise = new QTableWidget(static_cast<int>(m_children.size()), static_cast<int>(m_children.size()), this);
    fillPairwise();
    m_group = new QTableWidget(static_cast<int>(m_children.size()), 0, this);
    m_group->setVerticalHeaderLabels(m_labels);
    m_group->setToolTip(tr("One column per stakeholder: the points each gives to each child, on any scale. The "
                           "group weight is the mean of their shares; the disagreement is how far they spread."));
    for (int k = 0; k < 3; ++k)
        addStakeholder();
    auto* groupPage = new QWidget(this);
    auto* groupLayout = new QVBoxLayout(groupPage);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addWidget(m_group, 1);
    auto* addStakeholderButton = new QPushButton(tr("Add a stakeholder"), groupPage);
    groupLayout->addWidget(addStakeholderButton, 0, Qt::AlignLeft);
    connect(addStakeholderButton, &QPushButton::clicked, this, [this] {
        addStakeholder();
        recompute();
    });

    auto* equal = new QLabel(tr("Every child weighs the same."), this);
    equal->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_methods->addTab(m_points, tr("Points"));
    m_methods->addTab(equal, tr("Equal"));
    m_methods->addTab(m_budget, tr("100-point budget"));
    m_methods->addTab(m_ranking, tr("Ranking"));
    m_methods->addTab(m_pairwise, tr("Pairwise (AHP)"));
    m_methods->addTab(groupPage, tr("Several stakeholders"));

    m_result->setColumnCount(2);
    m_result->setRowCount(static_cast<int>(m_children.size()));
    m_result->setVerticalHeaderLabels(m_labels);
    m_result->setHorizontalHeaderLabels({tr("Resulting share"), tr("Disagreement")});
    m_result->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_result->horizontalHeader()->setStretchLastSection(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose how to weigh; the shares below follow. Apply gives these weights to the "
                                "children (Ctrl+Z undoes it)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_methods, 2);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 600);

    connect(m_methods, &QTabWidget::currentChanged, this, &WeightsDialog::recompute);
    for (QTableWidget* table : {m_points, m_budget, m_ranking, m_pairwise, m_group})
        connect(table, &QTableWidget::itemChanged, this, [this, table](QTableWidgetItem* item) {
            if (m_filling)
                return;
            if (table == m_pairwise && item->row() != item->column()) {
                // The mirror judgement is the reciprocal: keep the matrix reciprocal as the user types.
                if (const auto value = readJudgement(item->text())) {
                    m_filling = true;
                    if (QTableWidgetItem* mirror = m_pairwise->item(item->column(), item->row()))
                        mirror->setText(judgementText(1.0 / *value));
                    m_filling = false;
                }
            }
            recompute();
        });
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (applyWeights())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (const WeightingRecord* record = document.project().data().findWeighting(parent))
        restore(*record);
    recompute();
}

void WeightsDialog::restore(const WeightingRecord& record)
{
    auto rowOf = [this](EntityId id) {
        return static_cast<int>(m_children.indexOf(id));
    };
    m_filling = true;
    auto fill = [&](QTableWidget* table, const QList<ChildValue>& values) {
        for (const ChildValue& v : values)
            if (const int row = rowOf(v.childId); row >= 0)
                table->item(row, 0)->setText(DisplayFormat::number(v.value));
    };
    fill(m_budget, record.budget);
    fill(m_ranking, record.ranks);
    for (const PairwiseJudgement& j : record.judgements) {
        const int row = rowOf(j.rowId);
        const int column = rowOf(j.columnId);
        if (row < 0 || column < 0 || row == column)
            continue; // a child removed since: its judgements no longer apply
        m_pairwise->item(row, column)->setText(judgementText(j.value));
        m_pairwise->item(column, row)->setText(judgementText(1.0 / j.value));
    }
    if (!record.stakeholders.isEmpty()) {
        while (m_group->columnCount() > 0)
            m_group->removeColumn(0);
        for (const StakeholderPoints& stakeholder : record.stakeholders) {
            m_filling = false; // addStakeholder() sets and clears it itself
            addStakeholder();
            m_filling = true;
            const int column = m_group->columnCount() - 1;
            if (!stakeholder.name.isEmpty())
                m_group->horizontalHeaderItem(column)->setText(stakeholder.name);
            for (const ChildValue& v : stakeholder.points)
                if (const int row = rowOf(v.childId); row >= 0)
                    m_group->item(row, column)->setText(DisplayFormat::number(v.value));
        }
    }
    m_filling = false;
    setMethod(static_cast<Method>(static_cast<int>(record.method)));
}

WeightsDialog::Method WeightsDialog::method() const
{
    return static_cast<Method>(m_methods->currentIndex());
}

WeightingRecord WeightsDialog::typedRecord() const
{
    WeightingRecord record;
    record.parentId = m_parent;
    record.method = static_cast<WeightingMethod>(static_cast<int>(method()));
    auto column = [this](const QTableWidget* table, int c) {
        QList<ChildValue> values;
        for (int r = 0; r < table->rowCount(); ++r)
            if (const auto value = TypedNumber::read(table->item(r, c)->text()); value && *value)
                values.append({m_children[r], **value});
        return values;
    };
    record.budget = column(m_budget, 0);
    record.ranks = column(m_ranking, 0);
    // The upper triangle: the mirror judgements are their reciprocals.
    for (int r = 0; r < m_pairwise->rowCount(); ++r)
        for (int c = r + 1; c < m_pairwise->columnCount(); ++c)
            if (const auto value = readJudgement(m_pairwise->item(r, c)->text()))
                record.judgements.append({m_children[r], m_children[c], std::clamp(*value, 1.0 / 9.0, 9.0)});
    for (int k = 0; k < m_group->columnCount(); ++k)
        record.stakeholders.append({m_group->horizontalHeaderItem(k)->text(), column(m_group, k)});
    return record;
}

QTableWidget* WeightsDialog::makeInputTable(const QString& header, const QList<double>& initial)
{
    auto* table = new QTableWidget(static_cast<int>(m_children.size()), 1, this);
    table->setVerticalHeaderLabels(m_labels);
    table->setHorizontalHeaderLabels({header});
    table->horizontalHeader()->setStretchLastSection(true);
    m_filling = true;
    for (int r = 0; r < table->rowCount(); ++r)
        table->setItem(r, 0, new QTableWidgetItem(DisplayFormat::number(initial.value(r))));
    m_filling = false;
    return table;
}

void WeightsDialog::fillPairwise()
{
    QStringList codes;
    for (const QString& label : m_labels)
        codes.append(label.section(QLatin1Char(' '), 0, 0));
    m_pairwise->setHorizontalHeaderLabels(codes);
    m_pairwise->setVerticalHeaderLabels(codes);
    m_filling = true;
    for (int r = 0; r < m_pairwise->rowCount(); ++r)
        for (int c = 0; c < m_pairwise->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(QStringLiteral("1"));
            item->setTextAlignment(Qt::AlignCenter);
            if (r == c)
                item->setFlags(Qt::ItemIsEnabled); // an item against itself is 1
            m_pairwise->setItem(r, c, item);
        }
    m_filling = false;
    m_pairwise->setToolTip(tr("How much more important the row's item is than the column's, on Saaty's scale: 1 "
                              "equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more; 1/3, 1/5… the "
                              "other way round."));
}

void WeightsDialog::addStakeholder()
{
    const int column = m_group->columnCount();
    m_group->insertColumn(column);
    m_group->setHorizontalHeaderItem(column, new QTableWidgetItem(tr("Stakeholder %1").arg(column + 1)));
    m_filling = true;
    for (int r = 0; r < m_group->rowCount(); ++r)
        m_group->setItem(r, column, new QTableWidgetItem(QStringLiteral("1")));
    m_filling = false;
}

void WeightsDialog::setStakeholderPoints(int stakeholder, const QList<double>& points)
{
    setMethod(Group);
    while (m_group->columnCount() <= stakeholder)
        addStakeholder();
    for (int r = 0; r < m_group->rowCount() && r < points.size(); ++r)
        m_group->item(r, stakeholder)->setText(QLocale().toString(points[r]));
}

bool WeightsDialog::recomputeGroup()
{
    const int n = static_cast<int>(m_children.size());
    std::vector<engine::StakeholderJudgement> judgements;
    for (int k = 0; k < m_group->columnCount(); ++k) {
        engine::StakeholderJudgement judgement;
        for (int r = 0; r < n; ++r) {
            const auto value = TypedNumber::read(m_group->item(r, k)->text());
            if (!value || !*value) {
                m_problem =
                    tr("\"%1\" (%2, %3) is not a number.")
                        .arg(m_group->item(r, k)->text(), m_labels[r], m_group->horizontalHeaderItem(k)->text());
                return false;
            }
            judgement.values.push_back(**value);
        }
        judgements.push_back(judgement);
    }
    const engine::GroupWeightResult group = engine::combineStakeholders(n, judgements);
    if (!group.ok()) {
        m_problem = tr("%1 gives points that cannot be weights (negative, or all zero).")
                        .arg(group.stakeholder >= 0 ? m_group->horizontalHeaderItem(group.stakeholder)->text()
                                                    : tr("A stakeholder"));
        return false;
    }
    m_shares = group.weights;
    m_disagreement = group.itemVariation;
    const QLocale locale;
    int worst = 0;
    for (int r = 1; r < n; ++r)
        if (m_disagreement[static_cast<size_t>(r)] > m_disagreement[static_cast<size_t>(worst)])
            worst = r;
    m_status->setText(tr("Disagreement (σ/mean of the stakeholders' shares): %1 on average, the most on %2 (%3).")
                          .arg(DisplayFormat::percent(group.meanVariation), m_labels.value(worst),
                               DisplayFormat::percent(group.maxVariation)));
    return true;
}

void WeightsDialog::setMethod(Method method)
{
    m_methods->setCurrentIndex(static_cast<int>(method));
}

void WeightsDialog::setJudgement(int row, int column, const QString& text)
{
    setMethod(Pairwise);
    m_pairwise->item(row, column)->setText(text);
}

void WeightsDialog::setInputs(Method method, const QList<double>& values)
{
    setMethod(method);
    QTableWidget* table = method == Points ? m_points : method == Budget ? m_budget : m_ranking;
    for (int r = 0; r < table->rowCount() && r < values.size(); ++r)
        table->item(r, 0)->setText(QLocale().toString(values[r]));
}

QString WeightsDialog::problem() const
{
    return m_problem;
}

void WeightsDialog::recompute()
{
    const int n = static_cast<int>(m_children.size());
    auto column = [&](QTableWidget* table, bool* ok) {
        std::vector<double> values;
        for (int r = 0; r < n; ++r) {
            const auto value = TypedNumber::read(table->item(r, 0)->text());
            if (!value || !*value) {
                *ok = false;
                m_problem = tr("\"%1\" (%2) is not a number.").arg(table->item(r, 0)->text(), m_labels[r]);
                return values;
            }
            values.push_back(**value);
        }
        *ok = true;
        return values;
    };
    auto itemName = [&](int item) {
        return item >= 0 && item < n ? m_labels[item] : QString();
    };
    m_problem.clear();
    m_shares.clear();
    m_disagreement.clear();
    if (static_cast<Method>(m_methods->currentIndex()) == Group) {
        if (!recomputeGroup())
            m_status->setText(m_problem);
        for (int r = 0; r < n; ++r) {
            auto* share = new QTableWidgetItem(
                m_shares.empty() ? DisplayFormat::none() : DisplayFormat::percent(m_shares[static_cast<size_t>(r)]));
            share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_result->setItem(r, 0, share);
            auto* spread = new QTableWidgetItem(m_disagreement.empty()
                                                    ? DisplayFormat::none()
                                                    : DisplayFormat::percent(m_disagreement[static_cast<size_t>(r)]));
            spread->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_result->setItem(r, 1, spread);
        }
        return;
    }
    engine::WeightResult weights;
    bool ok = true;
    switch (static_cast<Method>(m_methods->currentIndex())) {
    case Points: {
        const auto values = column(m_points, &ok);
        if (ok)
            weights = engine::directPoints(values);
        break;
    }
    case Equal:
        weights = engine::equalWeights(n);
        break;
    case Budget: {
        const auto values = column(m_budget, &ok);
        if (ok)
            weights = engine::pointBudget(values);
        break;
    }
    case Ranking: {
        const auto values = column(m_ranking, &ok);
        std::vector<int> ranks;
        for (double v : values)
            ranks.push_back(static_cast<int>(std::lround(v)));
        if (ok)
            weights = engine::rankOrderCentroid(ranks);
        break;
    }
    case Group:
        break; // handled above
    case Pairwise: {
        std::vector<double> matrix(static_cast<size_t>(n) * static_cast<size_t>(n), 1.0);
        for (int r = 0; r < n && ok; ++r)
            for (int c = 0; c < n && ok; ++c) {
                const auto value = readJudgement(m_pairwise->item(r, c)->text());
                if (!value) {
                    ok = false;
                    m_problem = tr("\"%1\" is not a judgement: write 1 to 9, or 1/2 to 1/9.")
                                    .arg(m_pairwise->item(r, c)->text());
                }
                matrix[static_cast<size_t>(r) * static_cast<size_t>(n) + static_cast<size_t>(c)] = value.value_or(1.0);
            }
        if (!ok)
            break;
        const engine::AhpResult ahp = engine::analysePairwise(n, matrix);
        if (!ahp.ok()) {
            m_problem = tr("The judgement of %1 against %2 must lie between 1/9 and 9, with its mirror the "
                           "reciprocal.")
                            .arg(itemName(ahp.row), itemName(ahp.column));
            break;
        }
        m_shares = ahp.weights;
        const QLocale locale;
        QString status =
            tr("Consistency ratio %1 (acceptable up to 0.10).").arg(locale.toString(ahp.consistencyRatio, 'f', 3));
        if (!ahp.consistent() && ahp.worstRow >= 0)
            status += QLatin1Char(' ') +
                      tr("The least consistent judgement: %1 against %2 says %3, the others suggest about %4.")
                          .arg(itemName(ahp.worstRow), itemName(ahp.worstColumn), judgementText(ahp.worstJudgement),
                               locale.toString(ahp.consistentJudgement, 'f', 1));
        m_status->setText(status);
        break;
    }
    }
    if (static_cast<Method>(m_methods->currentIndex()) != Pairwise) {
        if (ok && !weights.ok()) {
            switch (weights.error) {
            case engine::WeightError::Negative:
                m_problem = tr("%1: a weight cannot be negative.").arg(itemName(weights.item));
                break;
            case engine::WeightError::AllZero:
                m_problem = tr("Every weight is zero: nothing would count.");
                break;
            case engine::WeightError::NotInteger:
                m_problem = tr("%1: the budget is shared in whole points.").arg(itemName(weights.item));
                break;
            case engine::WeightError::BudgetSum:
                m_problem = tr("The points add up to %1, not 100.").arg(QLocale().toString(weights.total));
                break;
            case engine::WeightError::InvalidRank:
                m_problem = tr("%1: ranks start at 1.").arg(itemName(weights.item));
                break;
            default:
                m_problem = tr("These values cannot be turned into weights.");
                break;
            }
        }
        if (ok && weights.ok())
            m_shares = weights.weights;
        m_status->setText(m_problem);
    } else if (!m_problem.isEmpty()) {
        m_status->setText(m_problem);
    }
    for (int r = 0; r < n; ++r) {
        auto* item = new QTableWidgetItem(m_shares.empty() ? DisplayFormat::none()
                                                           : DisplayFormat::percent(m_shares[static_cast<size_t>(r)]));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_result->setItem(r, 0, item);
        m_result->setItem(r, 1, new QTableWidgetItem(QString()));
    }
}

bool WeightsDialog::applyWeights()
{
    if (m_shares.empty() || m_children.isEmpty())
        return false;
    // Stored as percentages (shares × 100), which read better in the grid than fractions.
    QList<double> weights;
    for (double share : m_shares)
        weights.append(std::round(share * 100.0 * 1e6) / 1e6);
    const QString refused = m_document.execute(
        std::make_unique<SetWeightsCommand>(m_document, m_parent, m_children, weights, typedRecord(),
                                            tr("Weigh %n node(s)", nullptr, static_cast<int>(weights.size()))));
    if (!refused.isEmpty())
        m_status->setText(refused);
    return refused.isEmpty();
}

} // namespace balise::ui
