// The page of one site, opened from the map, the Sites table or --page site:<id>: header
// (name, location, partners, phase, GPU model, planned MW and GPUs), the sources of its
// reported facts, its GPU and power charts with the dated notes on them, its phase
// history, its feeds, and a form to add a dated note. Reads the site's detail from the GUI
// thread's Store; notes are written through the StoreWriter (queued) and re-read when the
// writer announces them.
#pragma once

#include "query/dashboardsnapshot.h"
#include "query/sitedetail.h"

#include <QLocale>
#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class TimelineView;
class Store;
class StoreWriter;
class TimeChartView;

class SitePage : public QWidget
{
    Q_OBJECT

public:
    explicit SitePage(const QLocale &locale, QWidget *parent = nullptr);

    // Where the detail comes from and where notes go; without them the page shows the row only.
    void setStoreAccess(Store *store, StoreWriter *writer);
    void showSite(const SiteRow &row);
    // Re-reads the detail of the site shown (after a commit or a new note).
    void reload();
    QString siteId() const { return m_row.site.id; }
    // Open alerts of every site; the page shows those of its own in its header.
    void setOpenAlerts(const QHash<QString, int> &openAlerts);
    // Takes back a phase event entered by hand, after asking (see setRemovalConfirmation).
    void removePhaseEvent(qint64 id);
    // How removal is confirmed: given "“Operational” of 1 May 2026", true to go ahead. The
    // default asks in a message box; tests answer themselves.
    void setRemovalConfirmation(std::function<bool(const QString &)> confirm)
    {
        m_confirmRemoval = std::move(confirm);
    }
    QLabel *historyLabel() const { return m_history; }
    const SiteDetail &detail() const { return m_detail; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *locationLabel() const { return m_location; }
    QLabel *sourcesLabel() const { return m_sources; }
    TimelineView *timelineView() const { return m_timeline; }
    TimeChartView *gpuChart() const { return m_gpuChart; }
    TimeChartView *powerChart() const { return m_powerChart; }
    QDateEdit *noteDate() const { return m_noteDate; }
    QLineEdit *noteText() const { return m_noteText; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QListWidget *notesList() const { return m_notes; }
    QLabel *noteMessage() const { return m_noteMessage; }
    QComboBox *phaseChoice() const { return m_phaseChoice; }
    QDateEdit *phaseDate() const { return m_phaseDate; }
    QPushButton *recordPhaseButton() const { return m_recordPhase; }
    QLabel *phaseMessage() const { return m_phaseMessage; }

signals:
    void backRequested();

private:
    void addNote();
    void recordPhase();
    void showHeader();
    void showDetail();

    QLocale m_locale;
    Store *m_store = nullptr;
    StoreWriter *m_writer = nullptr;
    SiteRow m_row;
    SiteDetail m_detail;
    QHash<QString, int> m_openAlerts;
    QLabel *m_title;
    QLabel *m_location;
    QLabel *m_facts;
    QLabel *m_sources;
    QLabel *m_history;
    TimelineView *m_timeline;
    std::function<bool(const QString &)> m_confirmRemoval;
    QComboBox *m_phaseChoice;
    QDateEdit *m_phaseDate;
    QPushButton *m_recordPhase;
    QLabel *m_phaseMessage;
    QLabel *m_feeds;
    TimeChartView *m_gpuChart;
    TimeChartView *m_powerChart;
    QListWidget *m_notes;
    QDateEdit *m_noteDate;
    QLineEdit *m_noteText;
    QPushButton *m_addNote;
    QLabel *m_noteMessage;
};
