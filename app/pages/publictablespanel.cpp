#include "pages/publictablespanel.h"

#include "domain/figureformat.h"
#include "query/dashboardsnapshot.h"
#include "widgets/tableexport.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // As tall as its rows (a few tables, a few names), not as tall as the page.
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    TableExport::addContextMenu(table);
    return table;
}

QTableWidgetItem *cell(const QString &text, const QString &toolTip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

PublicTablesPanel::PublicTablesPanel(const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_locale(locale)
    , m_empty(new QLabel(this))
    , m_tables(makeTable({ tr("Table"), tr("File"), tr("Retrieved"), tr("Figures"), tr("Sites"),
                             tr("Unmatched names"), tr("Credit") },
          tr("Public tables"), this))
    , m_unmatchedTitle(new QLabel(tr("Names that match no site"), this))
    , m_unmatched(makeTable({ tr("Name"), tr("Table"), tr("Rows"), tr("First line"),
                                tr("What the table says of it") },
          tr("Names that match no site"), this))
    , m_map(new QPushButton(tr("Map to Site…"), this))
{
    auto *title = new QLabel(tr("Public tables"), this);
    title->setObjectName(QStringLiteral("SectionTitle"));
    m_empty->setObjectName(QStringLiteral("PageSubtitle"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No public table has been imported. File → Import Public Data… (Ctrl+I) "
                        "imports one, such as Epoch AI's data-center timelines; a public_table "
                        "source polls one (docs/sources.md)."));
    m_unmatchedTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_unmatched->setToolTip(tr("Rows of these names were not imported: no site of ours has the "
                               "name. Map a name to a site if it is one of ours."));
    m_map->setToolTip(tr("Say which of our sites the selected name is; the newest version of "
                         "every table is then read again"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addWidget(m_tables);
    auto *unmatchedRow = new QHBoxLayout;
    unmatchedRow->addWidget(m_unmatchedTitle, 1);
    unmatchedRow->addWidget(m_map);
    layout->addLayout(unmatchedRow);
    layout->addWidget(m_unmatched);
    layout->addStretch(1);

    connect(m_unmatched, &QTableWidget::itemSelectionChanged, this,
        &PublicTablesPanel::updateMapButton);
    connect(m_map, &QPushButton::clicked, this, &PublicTablesPanel::openMapDialog);
    connect(m_unmatched, &QTableWidget::itemActivated, this, [this] { openMapDialog(); });
    updateMapButton();
}

void PublicTablesPanel::showSnapshot(const DashboardSnapshot &snapshot)
{
    m_sites.clear();
    for (const SiteRow &row : snapshot.sites)
        m_sites.append({ row.site.id, row.site.name });
    QList<TableImportInfo> newest;
    for (const TableImportInfo &import : snapshot.tableImports)
        if (import.newest)
            newest.append(import);
    fillTables(newest);
    fillUnmatched(newest);
    m_empty->setVisible(newest.isEmpty());
    m_tables->setVisible(!newest.isEmpty());
    updateMapButton();
}

void PublicTablesPanel::fillTables(const QList<TableImportInfo> &imports)
{
    m_tables->setRowCount(int(imports.size()));
    for (int row = 0; row < imports.size(); ++row) {
        const TableImportInfo &import = imports.at(row);
        const QString where = import.url.isEmpty()
            ? tr("Imported from the file %1").arg(import.fileName)
            : tr("Polled from %1").arg(import.url);
        m_tables->setItem(row, 0, cell(import.title, where));
        m_tables->setItem(row, 1, cell(import.fileName, where));
        m_tables->setItem(
            row, 2, cell(FigureFormat::dateTime(import.retrievedAt.toLocalTime(), m_locale)));
        m_tables->setItem(row, 3, cell(FigureFormat::count(import.facts, m_locale)));
        m_tables->setItem(row, 4, cell(FigureFormat::count(import.sitesMatched, m_locale)));
        m_tables->setItem(
            row, 5, cell(FigureFormat::count(double(import.unmatched.size()), m_locale)));
        m_tables->setItem(row, 6, cell(import.credit));
    }
}

void PublicTablesPanel::fillUnmatched(const QList<TableImportInfo> &imports)
{
    const QString selected
        = m_unmatched->currentRow() >= 0 && m_unmatched->item(m_unmatched->currentRow(), 0)
        ? m_unmatched->item(m_unmatched->currentRow(), 0)->text()
        : QString();
    int rows = 0;
    for (const TableImportInfo &import : imports)
        rows += int(import.unmatched.size());
    m_unmatched->clearSelection();
    m_unmatched->setRowCount(rows);
    int row = 0;
    for (const TableImportInfo &import : imports) {
        for (const UnmatchedName &name : import.unmatched) {
            m_unmatched->setItem(row, 0, cell(name.name));
            m_unmatched->setItem(row, 1, cell(import.title, import.fileName));
            m_unmatched->setItem(row, 2, cell(FigureFormat::count(name.rows, m_locale)));
            m_unmatched->setItem(row, 3, cell(m_locale.toString(name.firstLine)));
            m_unmatched->setItem(row, 4, cell(name.detail));
            if (name.name == selected)
                m_unmatched->selectRow(row);
            ++row;
        }
    }
    m_unmatchedTitle->setVisible(rows > 0);
    m_unmatched->setVisible(rows > 0);
    m_map->setVisible(rows > 0 && m_mappingAllowed);
}

void PublicTablesPanel::setMappingAllowed(bool allowed)
{
    m_mappingAllowed = allowed;
    m_map->setVisible(allowed && m_unmatched->rowCount() > 0);
    updateMapButton();
}

void PublicTablesPanel::updateMapButton()
{
    m_map->setEnabled(m_mappingAllowed && !m_sites.isEmpty()
        && !m_unmatched->selectionModel()->selectedRows().isEmpty());
}

QDialog *PublicTablesPanel::openMapDialog()
{
    const QModelIndexList rows = m_unmatched->selectionModel()->selectedRows();
    if (!m_mappingAllowed || rows.isEmpty() || m_sites.isEmpty())
        return nullptr;
    const QString name = m_unmatched->item(rows.first().row(), 0)->text();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("mapSiteDialog"));
    dialog->setWindowTitle(tr("Map to Site"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    auto *explanation = new QLabel(
        tr("Rows named \"%1\" become figures of the site chosen here, in the newest version of "
           "every table and in every later one. Choose only a site you know it is.")
            .arg(name),
        dialog);
    explanation->setWordWrap(true);
    auto *sites = new QComboBox(dialog);
    sites->setObjectName(QStringLiteral("siteChoice"));
    for (const auto &[id, siteName] : std::as_const(m_sites))
        sites->addItem(siteName, id);
    // No site is chosen for the user: Enter must not map a name to the first site in the list.
    sites->setPlaceholderText(tr("Choose a site"));
    sites->setCurrentIndex(-1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *map = buttons->button(QDialogButtonBox::Ok);
    map->setText(tr("Map"));
    map->setEnabled(false);
    connect(sites, &QComboBox::currentIndexChanged, map,
        [map](int index) { map->setEnabled(index >= 0); });
    auto *form = new QFormLayout;
    form->addRow(tr("Site:"), sites);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
        [this, name, sites] { emit siteMappingRequested(name, sites->currentData().toString()); });
    dialog->resize(480, dialog->sizeHint().height());
    dialog->open();
    return dialog;
}
