// Help → About: the version of the program and of the libraries it runs on, its licence, the
// dataset the store holds, where the store is (with a button that opens its folder), whose data
// it shows and that the project is independent of OpenAI. Owned by the window that opens it.
#pragma once

#include "query/dashboardsnapshot.h"

#include <QDialog>
#include <QLocale>
#include <QUrl>

class QLabel;
class QPushButton;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const DashboardSnapshot &snapshot, const QString &storePath, const QLocale &locale,
        QWidget *parent = nullptr);

    // What the dialog says, as rich text.
    QString text() const;
    QPushButton *openFolderButton() const { return m_openFolder; }
    // The folder that holds the store: what Open Folder shows.
    QUrl storeFolder() const;

    // "Qt 6.4.2 (built with 6.4.2)" and the like, one line per library.
    static QStringList libraryVersions();
    // The analysts ("Epoch AI") whose estimates the snapshot shows, without repeats.
    static QStringList analystsShown(const DashboardSnapshot &snapshot);

private:
    QString datasetLine(const OverviewSummary &summary) const;
    QString creditsLines(const DashboardSnapshot &snapshot) const;

    QLocale m_locale;
    QString m_storePath;
    QLabel *m_text;
    QPushButton *m_openFolder;
};
