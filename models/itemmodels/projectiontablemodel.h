// Per-site projected GPUs and facility MW at the dates of a ProjectionResult (end of this
// quarter, this year, next year), for the Forecast page. Presents; computes nothing.
#pragma once

#include "forecast/projection.h"

#include <QAbstractTableModel>
#include <QLocale>

class ProjectionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SiteIdRole
    };

    explicit ProjectionTableModel(QObject *parent = nullptr);

    void setResult(const ProjectionResult &result);
    void setLocale(const QLocale &locale) { m_locale = locale; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant headroomData(const SiteProjection &site, bool headroomColumn, int role) const;
    QString headroomText(const FigureRange &headroom) const;

    QList<SiteProjection> m_rows; // active sites only
    QList<QDate> m_dates;
    QLocale m_locale;
};
