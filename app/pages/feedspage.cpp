#include "pages/feedspage.h"

#include "itemmodels/sourcehealthmodel.h"
#include "pages/publictablespanel.h"
#include "query/dashboardsnapshot.h"
#include "widgets/tableexport.h"
#include "widgets/theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Colours the State column by state; models/ knows states, not colours.
class StateColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == SourceHealthModel::State
            && (role == Qt::ForegroundRole || role == Qt::FontRole)) {
            const auto state = SourceState(
                QIdentityProxyModel::data(index, SourceHealthModel::StateRole).toInt());
            if (role == Qt::FontRole) {
                QFont font;
                font.setBold(state != SourceState::Ok);
                return font;
            }
            switch (state) {
            case SourceState::Ok:
                return Theme::positiveColor();
            case SourceState::Stale:
                return Theme::warningColor();
            case SourceState::Failing:
                return Theme::negativeColor();
            case SourceState::Disabled:
            case SourceState::Paused:
            case SourceState::Pending:
                return Theme::mutedTextColor();
            }
        }
        if (index.column() == SourceHealthModel::Error && role == Qt::ForegroundRole)
            return Theme::negativeColor();
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

FeedsPage::FeedsPage(const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_locale(locale)
    , m_model(new SourceHealthModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_clock(new QTimer(this))
    , m_pause(new QPushButton(tr("Pause Polling"), this))
    , m_publicTables(new PublicTablesPanel(locale, this))
{
    m_model->setLocale(locale);
    auto *title = new QLabel(tr("Feeds"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *subtitle = new QLabel(tr("Every polled source: its state, when it last answered, how "
                                   "long it took, when it is polled next, "
                                   "and what went wrong. Hover a row for the address and details."),
        this);
    subtitle->setObjectName(QStringLiteral("PageSubtitle"));
    subtitle->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("FeedSummary"));
    m_empty->setText(tr("No source has been polled into this store. Start the dashboard with "
                        "--demo (the built-in simulator) "
                        "or --sources FILE (see docs/sources.md)."));
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("PageSubtitle"));

    auto *colours = new StateColours(this);
    colours->setSourceModel(m_model);
    m_table->setModel(colours);
    m_table->setAccessibleName(tr("Polled sources"));
    TableExport::addContextMenu(m_table);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_pause);
    layout->addLayout(summaryRow);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_publicTables);

    m_pause->setToolTip(
        tr("Stop or restart polling the selected source until the dashboard is closed "
           "(the sources file decides at the next start)."));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FeedsPage::updatePauseButton);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        const SourceHealth &source = m_model->sources().at(row);
        emit sourceEnabledRequested(source.sourceId, !source.enabled);
    });
    updatePauseButton();

    // Relative times ("4 s ago") and stale states move with the clock, not with the data.
    m_clock->setInterval(1'000);
    connect(m_clock, &QTimer::timeout, this, &FeedsPage::tick);
    m_clock->start();
    updateSummary();
}

void FeedsPage::showSnapshot(const DashboardSnapshot &snapshot)
{
    // The selection survives the model's reset, by source id.
    const int row = selectedRow();
    const QString selected = row >= 0 ? m_model->sources().at(row).sourceId : QString();
    m_model->setSources(snapshot.sources, QDateTime::currentMSecsSinceEpoch());
    m_publicTables->showSnapshot(snapshot);
    for (int i = 0; i < m_model->sources().size(); ++i) {
        if (!selected.isEmpty() && m_model->sources().at(i).sourceId == selected)
            m_table->selectRow(i);
    }
    updateSummary();
    updatePauseButton();
}

void FeedsPage::setPollingControllable(bool controllable)
{
    m_controllable = controllable;
    updatePauseButton();
}

int FeedsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() || rows.first().row() >= m_model->sources().size() ? -1
                                                                             : rows.first().row();
}

void FeedsPage::updatePauseButton()
{
    const int row = selectedRow();
    const bool paused = row >= 0 && !m_model->sources().at(row).enabled;
    m_pause->setText(paused ? tr("Resume Polling") : tr("Pause Polling"));
    m_pause->setEnabled(m_controllable && row >= 0);
    m_pause->setVisible(m_controllable);
}

void FeedsPage::tick()
{
    m_model->setNow(QDateTime::currentMSecsSinceEpoch());
    updateSummary();
}

QString FeedsPage::summaryText() const
{
    return m_summary->text();
}

void FeedsPage::updateSummary()
{
    const int total = m_model->rowCount();
    m_empty->setVisible(total == 0);
    m_table->setVisible(total > 0);
    if (total == 0) {
        m_summary->setText(tr("No sources"));
        return;
    }
    QStringList parts;
    parts << tr("%n source(s)", nullptr, total);
    const std::pair<SourceState, QString> states[] = { { SourceState::Ok, tr("%1 OK") },
        { SourceState::Stale, tr("%1 stale") }, { SourceState::Failing, tr("%1 failing") },
        { SourceState::Disabled, tr("%1 disabled") }, { SourceState::Paused, tr("%1 paused") },
        { SourceState::Pending, tr("%1 not polled yet") } };
    for (const auto &[state, text] : states) {
        const int n = m_model->count(state);
        if (n > 0 || state == SourceState::Ok)
            parts << text.arg(m_locale.toString(n));
    }
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}
