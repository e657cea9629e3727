// Sorts the Sites table by each column's sort value and filters it by free text and phase.
#pragma once

#include <QSortFilterProxyModel>

class SiteFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SiteFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Shows only rows whose phase column reads `phaseName`; empty shows all.
    void setPhaseName(const QString &phaseName);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QString m_phase;
};
