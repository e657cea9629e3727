// The Timeline page: every site's phases over time, Gantt-like, with planned milestones,
// today, and a warning on each site whose history is in an impossible order. Shows the
// TimelineData of each snapshot; computes nothing itself.
#pragma once

#include "query/timeline.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class TimelineView;

class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(const QLocale &locale, QWidget *parent = nullptr);

    void setData(const TimelineData &data);
    TimelineView *view() const { return m_view; }
    QLabel *issuesLabel() const { return m_issues; }

private:
    QLocale m_locale;
    TimelineView *m_view;
    QLabel *m_issues;
};
