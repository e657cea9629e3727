// The Feeds page for operators: every polled source with its state, last success, latency,
// next poll, samples per minute and error text; below, the public tables and their unmatched
// names (PublicTablesPanel). Rows come with each store snapshot; a
// one-second tick only moves the clock (relative times, stale states), without reading the
// database.
#pragma once

#include <QLocale>
#include <QWidget>

struct DashboardSnapshot;
class PublicTablesPanel;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class SourceHealthModel;

class FeedsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FeedsPage(const QLocale &locale, QWidget *parent = nullptr);

    void showSnapshot(const DashboardSnapshot &snapshot);
    SourceHealthModel *model() const { return m_model; }
    QString summaryText() const;
    QTableView *table() const { return m_table; }
    QPushButton *pauseButton() const { return m_pause; }
    PublicTablesPanel *publicTables() const { return m_publicTables; }
    // Whether the Pause/Resume button acts (off in a snapshot, or when nothing polls).
    void setPollingControllable(bool controllable);

signals:
    // The operator paused (false) or resumed (true) the selected source.
    void sourceEnabledRequested(const QString &sourceId, bool enabled);

private:
    void tick();
    void updateSummary();
    void updatePauseButton();
    int selectedRow() const;

    QLocale m_locale;
    SourceHealthModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_empty;
    QTimer *m_clock;
    QPushButton *m_pause;
    PublicTablesPanel *m_publicTables;
    bool m_controllable = false;
};
