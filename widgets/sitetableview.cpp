#include "widgets/sitetableview.h"

#include "domain/phase.h"
#include "itemmodels/sitefilterproxymodel.h"
#include "itemmodels/sitetablemodel.h"
#include "widgets/tableexport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

SiteTableView::SiteTableView(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_phase(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_proxy(new SiteFilterProxyModel(this))
{
    m_search->setPlaceholderText(tr("Filter sites by name, place, partner…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter sites"));
    m_phase->addItem(tr("All phases"), QString());
    for (Phase phase : allPhases())
        m_phase->addItem(phaseDisplayName(phase), phaseDisplayName(phase));
    m_phase->setAccessibleName(tr("Phase filter"));
    m_count->setObjectName(QStringLiteral("PageSubtitle"));

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Sites"));
    TableExport::addContextMenu(m_table, SiteTableModel::SortRole, SiteTableModel::SiteIdRole,
        [this](const QString &siteId) { emit siteActivated(siteId); });
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SiteTableModel::PlannedMwColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_phase, 1);
    filters->addStretch(1);
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SiteFilterProxyModel::setSearchText);
    connect(m_phase, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_proxy->setPhaseName(m_phase->itemData(index).toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SiteTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SiteTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SiteTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SiteTableView::updateCount);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit siteActivated(index.data(SiteTableModel::SiteIdRole).toString());
    });
}

void SiteTableView::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    const struct
    {
        int column;
        int width;
    } widths[] = {
        { SiteTableModel::NameColumn, 250 },
        { SiteTableModel::LocationColumn, 250 },
        { SiteTableModel::PhaseColumn, 170 },
        { SiteTableModel::PartnersColumn, 200 },
        { SiteTableModel::GpusOnlineColumn, 110 },
        { SiteTableModel::GpusPlannedColumn, 140 },
        { SiteTableModel::PowerColumn, 130 },
        { SiteTableModel::OperationalMwColumn, 130 },
        { SiteTableModel::PlannedMwColumn, 110 },
        { SiteTableModel::LastUpdateColumn, 110 },
        { SiteTableModel::ProvenanceColumn, 150 },
        { SiteTableModel::PublicRecordColumn, 270 },
    };
    for (const auto &entry : widths)
        m_table->setColumnWidth(entry.column, entry.width);
    // Partners take whatever width is left; the other columns keep their size.
    m_table->horizontalHeader()->setSectionResizeMode(
        SiteTableModel::PartnersColumn, QHeaderView::Stretch);
    updateCount();
}

int SiteTableView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void SiteTableView::updateCount()
{
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setText(tr("%1 of %n site(s)", nullptr, total).arg(m_proxy->rowCount()));
}
