// The Sites table with a search field and a phase filter above it. Sorting and filtering
// happen in a proxy; the view is handed the SiteTableModel and never reads the store.
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLineEdit;
class QLabel;
class QTableView;
class SiteFilterProxyModel;

class SiteTableView : public QWidget
{
    Q_OBJECT

public:
    explicit SiteTableView(QWidget *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model);
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *phaseFilter() const { return m_phase; }
    int visibleRowCount() const;

signals:
    void siteActivated(const QString &siteId);

private:
    void updateCount();

    QLineEdit *m_search;
    QComboBox *m_phase;
    QLabel *m_count;
    QTableView *m_table;
    SiteFilterProxyModel *m_proxy;
};
