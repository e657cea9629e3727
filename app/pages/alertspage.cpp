#include "pages/alertspage.h"

#include "itemmodels/alertfilterproxymodel.h"
#include "itemmodels/alerttablemodel.h"
#include "widgets/tableexport.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Colours the state and severity cells: red for what needs attention, grey once cleared.
class AlertCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = AlertTableModel::State(index.data(AlertTableModel::StateRole).toInt());
        QColor colour;
        if (state == AlertTableModel::State::Cleared) {
            colour = Theme::faintTextColor();
        } else if (index.column() == AlertTableModel::StateColumn) {
            colour = state == AlertTableModel::State::Active ? Theme::negativeColor()
                                                             : Theme::mutedTextColor();
            option->font.setBold(state == AlertTableModel::State::Active);
        } else if (index.column() == AlertTableModel::SeverityColumn) {
            switch (AlertSeverity(index.data(AlertTableModel::SeverityRole).toInt())) {
            case AlertSeverity::Critical:
                colour = Theme::negativeColor();
                break;
            case AlertSeverity::Warning:
                colour = Theme::warningColor();
                break;
            case AlertSeverity::Info:
                colour = Theme::infoColor();
                break;
            }
            option->font.setBold(true);
        }
        if (colour.isValid())
            option->palette.setColor(QPalette::Text, colour);
    }
};
} // namespace

AlertsPage::AlertsPage(const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertTableModel(this))
    , m_proxy(new AlertFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_comment(new QPushButton(tr("Comment…"), this))
    , m_thresholds(new QPushButton(tr("Thresholds…"), this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_model->setLocale(locale);
    m_proxy->setSourceModel(m_model);

    auto *title = new QLabel(tr("Alerts"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *subtitle = new QLabel(
        tr("Stale or failing feeds, power near capacity, GPUs going offline and phases behind "
           "plan. "
           "An alert stays until its condition clears; acknowledging says someone is on it."),
        this);
    subtitle->setObjectName(QStringLiteral("PageSubtitle"));
    subtitle->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("KpiDetail"));

    m_state->addItem(tr("All states"));
    m_state->addItem(AlertTableModel::stateDisplayName(AlertTableModel::State::Active),
        int(AlertTableModel::State::Active));
    m_state->addItem(AlertTableModel::stateDisplayName(AlertTableModel::State::Acknowledged),
        int(AlertTableModel::State::Acknowledged));
    m_state->addItem(AlertTableModel::stateDisplayName(AlertTableModel::State::Cleared),
        int(AlertTableModel::State::Cleared));
    m_state->setAccessibleName(tr("Filter by state"));
    m_site->addItem(tr("All sites and sources"), QString());
    m_site->setAccessibleName(tr("Filter by site"));
    m_rule->addItem(tr("All rules"), QString());
    for (const QString &rule : AlertRule::all())
        m_rule->addItem(AlertRule::displayName(rule), rule);
    m_rule->setAccessibleName(tr("Filter by rule"));
    m_acknowledge->setEnabled(false);
    m_acknowledge->setToolTip(
        tr("Mark the selected alerts as seen, with your user name and the time."));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(10);
    filters->addWidget(new QLabel(tr("Show"), this));
    filters->addWidget(m_state);
    filters->addWidget(m_site);
    filters->addWidget(m_rule);
    filters->addStretch(1);
    filters->addWidget(m_acknowledge);
    filters->addWidget(m_comment);
    filters->addWidget(m_thresholds);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Alerts"));
    TableExport::addContextMenu(m_table, AlertTableModel::SortRole);
    m_table->setItemDelegate(new AlertCellDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertTableModel::RaisedColumn, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->setObjectName(QStringLiteral("AlertTable"));
    m_table->setStyleSheet(QStringLiteral("QTableView#AlertTable::item { padding: 0 10px; }"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AlertTableModel::MessageColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(420);

    m_empty->setObjectName(QStringLiteral("KpiFooter"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant state = m_state->currentData();
        m_proxy->setStateFilter(
            state.isValid() ? std::optional(AlertTableModel::State(state.toInt())) : std::nullopt);
        updateSummary();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSiteFilter(m_site->currentData().toString());
        updateSummary();
    });
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRuleFilter(m_rule->currentData().toString());
        updateSummary();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AlertsPage::updateButton);
    m_thresholds->setToolTip(
        tr("When each alert is raised and cleared (saved in the settings, applied at once)."));
    connect(m_thresholds, &QPushButton::clicked, this, &AlertsPage::thresholdsRequested);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = selectedUnacknowledged(); !ids.isEmpty()) {
            emit acknowledgeRequested(ids);
            return;
        }
        QList<qint64> acknowledged;
        for (const AlertRecord *alert : selectedAlerts())
            acknowledged.append(alert->id);
        if (!acknowledged.isEmpty())
            emit unacknowledgeRequested(acknowledged);
    });
    m_comment->setToolTip(tr("Write a note on the selected alert (a ticket, who is on it)"));
    m_comment->setEnabled(false);
    connect(m_comment, &QPushButton::clicked, this, &AlertsPage::openCommentDialog);
    updateSummary();
}

void AlertsPage::setAlerts(const QList<AlertRecord> &alerts)
{
    // Keep the selection across the reset, by alert id.
    QList<qint64> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected.append(index.data(AlertTableModel::IdRole).toLongLong());
    m_alerts = alerts;
    m_model->setAlerts(alerts);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (selected.contains(m_proxy->index(row, 0).data(AlertTableModel::IdRole).toLongLong()))
            m_table->selectionModel()->select(
                m_proxy->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateButton();
    updateSummary();
}

void AlertsPage::setSites(const QList<QPair<QString, QString>> &idsAndNames)
{
    QHash<QString, QString> names;
    const QString current = m_site->currentData().toString();
    m_site->blockSignals(true);
    while (m_site->count() > 1)
        m_site->removeItem(1);
    for (const auto &[id, name] : idsAndNames) {
        names.insert(id, name);
        m_site->addItem(name, id);
    }
    m_site->setCurrentIndex(std::max(0, m_site->findData(current)));
    m_site->blockSignals(false);
    m_model->setSiteNames(names);
}

QList<qint64> AlertsPage::selectedUnacknowledged() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const AlertRecord *alert = m_model->alertAt(m_proxy->mapToSource(index).row());
            alert && !alert->isAcknowledged())
            ids.append(alert->id);
    }
    return ids;
}

QList<const AlertRecord *> AlertsPage::selectedAlerts() const
{
    QList<const AlertRecord *> alerts;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const AlertRecord *alert = m_model->alertAt(m_proxy->mapToSource(index).row()))
            alerts.append(alert);
    }
    return alerts;
}

void AlertsPage::updateButton()
{
    // Acknowledge while anything selected needs it; else the selection can be taken back.
    const QList<const AlertRecord *> selected = selectedAlerts();
    const bool acknowledge = selected.isEmpty() || !selectedUnacknowledged().isEmpty();
    m_acknowledge->setText(acknowledge ? tr("Acknowledge") : tr("Un-acknowledge"));
    m_acknowledge->setEnabled(!selected.isEmpty());
    m_comment->setEnabled(selected.size() == 1);
}

QDialog *AlertsPage::openCommentDialog()
{
    const QList<const AlertRecord *> selected = selectedAlerts();
    if (selected.size() != 1)
        return nullptr;
    const qint64 id = selected.first()->id;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("alertCommentDialog"));
    dialog->setWindowTitle(tr("Comment on Alert"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    auto *message = new QLabel(selected.first()->message, dialog);
    message->setWordWrap(true);
    auto *text = new QPlainTextEdit(selected.first()->comment, dialog);
    text->setObjectName(QStringLiteral("commentText"));
    text->setPlaceholderText(tr("A ticket, who is on it, what was done (empty: no comment)"));
    text->setAccessibleName(tr("Comment"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(message);
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
        [this, id, text] { emit commentRequested(id, text->toPlainText()); });
    dialog->resize(480, 240);
    dialog->open();
    text->setFocus();
    return dialog;
}

void AlertsPage::updateSummary()
{
    int active = 0;
    int acknowledged = 0;
    int cleared = 0;
    for (const AlertRecord &alert : std::as_const(m_alerts)) {
        switch (AlertTableModel::stateOf(alert)) {
        case AlertTableModel::State::Active:
            ++active;
            break;
        case AlertTableModel::State::Acknowledged:
            ++acknowledged;
            break;
        case AlertTableModel::State::Cleared:
            ++cleared;
            break;
        }
    }
    m_summary->setText(tr("%n active", nullptr, active) + QStringLiteral("  ·  ")
        + tr("%n acknowledged", nullptr, acknowledged) + QStringLiteral("  ·  ")
        + tr("%n cleared", nullptr, cleared));
    m_empty->setVisible(m_proxy->rowCount() == 0);
    m_empty->setText(m_alerts.isEmpty() ? tr("No alerts so far: every rule is quiet.")
                                        : tr("No alert matches the filters."));
}
