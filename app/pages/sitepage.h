// The page of one site, opened from the map, the Sites table or --page site:<id>: header
// (name, location, partners, phase, GPU model, planned MW and GPUs), the sources of its
// reported facts, its GPU and power charts with the dated notes on them, its phase
// history, its feeds, and a form to add a dated note. It never touches the store: the detail
// comes as a value from the source it is given (the session), notes and phases typed in
// leave as signals, and the writer's answers come back to its slots, after which it re-reads.
#pragma once

#include "domain/lifecycle.h"
#include "query/dashboardsnapshot.h"
#include "query/sitedetail.h"

#include <QLocale>
#include <QWidget>
#include <functional>

class ChartRangeGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class TimelineView;
class TimeChartView;

class SitePage : public QWidget
{
    Q_OBJECT

public:
    // Whether the page may ask for writes: not at all (no store behind it; the forms are
    // off), to a read-only snapshot (the forms stay on and the writer's refusal is shown, but
    // nothing offers to remove), or to a store that takes them.
    enum class WriteAccess
    {
        None,
        ReadOnly,
        ReadWrite
    };
    Q_ENUM(WriteAccess)
    // The detail of a site, read now; without a source the page shows the site's row only.
    using DetailSource = std::function<SiteDetail(const QString &siteId, const TimeRange &range)>;

    explicit SitePage(const QLocale &locale, QWidget *parent = nullptr);

    void setDetailSource(DetailSource source) { m_detailSource = std::move(source); }
    void setWriteAccess(WriteAccess access);
    // The day against which the site's public record counts as quiet (default: today).
    void setToday(const QDate &today) { m_today = today; }
    WriteAccess writeAccess() const { return m_writeAccess; }
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
    QLabel *factsLabel() const { return m_facts; }
    QLabel *sourcesLabel() const { return m_sources; }
    TimelineView *timelineView() const { return m_timeline; }
    TimeChartView *gpuChart() const { return m_gpuChart; }
    TimeChartView *powerChart() const { return m_powerChart; }
    ChartRangeGroup *chartRange() const { return m_chartRange; }
    QDateEdit *noteDate() const { return m_noteDate; }
    QLineEdit *noteText() const { return m_noteText; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QListWidget *notesList() const { return m_notes; }
    QLabel *noteMessage() const { return m_noteMessage; }
    QComboBox *phaseChoice() const { return m_phaseChoice; }
    QDateEdit *phaseDate() const { return m_phaseDate; }
    QPushButton *recordPhaseButton() const { return m_recordPhase; }
    QLabel *phaseMessage() const { return m_phaseMessage; }

public slots:
    // The writer's answers to what the page asked for (see the signals below).
    void noteSaved(const QString &siteId);
    void phaseSaved(const QStringList &issues);
    void phaseRemoved();
    void phaseRefused(const QString &reason);
    void writeFailed(const QString &message);

signals:
    void backRequested();
    // Writes asked for by the user; the session carries them to the store's writer.
    void noteAdded(const Annotation &annotation);
    void phaseRecorded(const Lifecycle::ManualEntry &entry);
    void phaseRemovalRequested(qint64 phaseEventId);

private:
    void addNote();
    void recordPhase();
    void showHeader();
    void showDetail();
    // Re-reads and redraws the charts alone, for a new time range or a live tick.
    void refreshCharts();

    bool canWrite() const { return m_writeAccess != WriteAccess::None; }

    QString quietNotice() const;

    QLocale m_locale;
    QDate m_today;
    DetailSource m_detailSource;
    WriteAccess m_writeAccess = WriteAccess::None;
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
    ChartRangeGroup *m_chartRange;
    QListWidget *m_notes;
    QDateEdit *m_noteDate;
    QLineEdit *m_noteText;
    QPushButton *m_addNote;
    QLabel *m_noteMessage;
};
