// The Feeds page's public tables: the newest version of each imported or polled table (what it
// stored, when it was retrieved, whose credit it carries) and the names in them that match no
// site, which an operator maps to one of ours ("Map to Site…"; stored as user data).
#pragma once

#include "domain/tableimport.h"

#include <QLocale>
#include <QWidget>

struct DashboardSnapshot;
class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

class PublicTablesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PublicTablesPanel(const QLocale &locale, QWidget *parent = nullptr);

    void showSnapshot(const DashboardSnapshot &snapshot);
    // Mapping needs a writable store: off in a read-only snapshot.
    void setMappingAllowed(bool allowed);
    QTableWidget *tables() const { return m_tables; }
    QTableWidget *unmatched() const { return m_unmatched; }
    QPushButton *mapButton() const { return m_map; }
    // Opens the dialog that maps the selected unmatched name (window-modal, not blocking).
    QDialog *openMapDialog();

signals:
    void siteMappingRequested(const QString &name, const QString &siteId);

private:
    void fillTables(const QList<TableImportInfo> &imports);
    void fillUnmatched(const QList<TableImportInfo> &imports);
    void updateMapButton();

    QLocale m_locale;
    QLabel *m_empty;
    QTableWidget *m_tables;
    QLabel *m_unmatchedTitle;
    QTableWidget *m_unmatched;
    QPushButton *m_map;
    QList<std::pair<QString, QString>> m_sites; // id, name: where a name can be mapped to
    bool m_mappingAllowed = true;
};
