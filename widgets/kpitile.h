// A tile for one headline figure: a title, the value in large type, a line or two of detail,
// a footer that says where the figure comes from, and a provenance badge. The tooltip carries
// the full origin (provenance, source, as-of).
#pragma once

#include "domain/provenance.h"

#include <QDateTime>
#include <QFrame>
#include <QLocale>

class QLabel;
class QProgressBar;

class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    void setFooter(const QString &footer);
    // Progress toward a target in percent; a negative value hides the bar.
    void setProgress(double percent);
    // The badge shows the most telling provenance; SIMULATED always wins.
    void setProvenances(const QList<Provenance> &provenances);

    // How fresh a polled figure is: "updated 4 s ago", and visibly stale (amber, value greyed)
    // once older than staleAfterMs. An invalid time hides the line (reported figures carry
    // their as-of date in the footer instead). refreshFreshness() moves the clock.
    // `subject` names what was updated when it is not the headline figure (e.g. the demo feed
    // beside a "Not reported" value); it leads the freshness line.
    void setFreshness(const QDateTime &updated, qint64 staleAfterMs, const QLocale &locale,
        const QString &subject = QString());
    void refreshFreshness(qint64 nowMs);
    bool isStale() const { return m_stale; }
    QString freshnessText() const;

    QString value() const;
    QString detail() const;
    QString badgeText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Shrinks the value's font until the value fits the tile (long German words, ranges).
    void fitValue();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_footer;
    QLabel *m_badge;
    QProgressBar *m_progress;
    QLabel *m_freshness;
    QDateTime m_updated;
    QString m_freshnessSubject;
    qint64 m_staleAfterMs = 0;
    QLocale m_locale;
    bool m_stale = false;
};
