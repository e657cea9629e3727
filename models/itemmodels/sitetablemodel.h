// One row per site for the Sites page: name, location, phase, partners, GPUs, MW, last update
// and provenance. It presents the rows it is given (setRows) and computes nothing itself.
// Lives on the GUI thread.
#pragma once

#include "query/dashboardsnapshot.h"

#include <QAbstractTableModel>
#include <QLocale>

class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LocationColumn,
        PhaseColumn,
        PartnersColumn,
        GpusOnlineColumn,
        GpusPlannedColumn,
        PowerColumn,
        OperationalMwColumn, // reported operational capacity, shown beside a measured draw
        PlannedMwColumn,
        LastUpdateColumn,
        ProvenanceColumn,
        PublicRecordColumn, // "No public update since …" for sites whose news stopped
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a number or date for sorting, text otherwise
        SiteIdRole,
        SimulatedRole, // true when any figure of the row is simulated
        FilterTextRole, // everything searchable on the row
    };

    explicit SiteTableModel(QObject *parent = nullptr);

    void setRows(const QList<SiteRow> &rows);
    void setLocale(const QLocale &locale);
    // The day against which a site's public record counts as quiet (default: the current date).
    void setToday(const QDate &today);
    const SiteRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SiteRow &row, int column) const;
    QVariant sortValue(const SiteRow &row, int column) const;
    QString toolTip(const SiteRow &row, int column) const;
    QString powerToolTip(const SiteRow &row) const;
    QString publicRecordText(const SiteRow &row) const;
    bool isQuiet(const SiteRow &row) const;

    QList<SiteRow> m_rows;
    QLocale m_locale;
    QDate m_today;
};
