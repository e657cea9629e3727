#include "pages/timelinepage.h"

#include "widgets/timelineview.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

TimelinePage::TimelinePage(const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_locale(locale)
    , m_view(new TimelineView(this))
    , m_issues(new QLabel(this))
{
    auto *title = new QLabel(tr("Timeline"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *subtitle
        = new QLabel(tr("Each site's phases over time, from public reports and manual entries. "
                        "Diamonds are planned "
                        "milestones; hover over a bar or marker for its dates and source."),
            this);
    subtitle->setObjectName(QStringLiteral("PageSubtitle"));
    subtitle->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("Banner"));
    m_issues->setWordWrap(true);
    m_issues->hide();

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("ChartCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(6, 6, 6, 6);
    cardLayout->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_issues);
    layout->addWidget(card);
    layout->addStretch(1);
}

void TimelinePage::setData(const TimelineData &data)
{
    m_view->setData(data, m_locale);
    QStringList sites;
    for (const TimelineRow &row : data.rows) {
        if (!row.issues.isEmpty())
            sites.append(row.siteName);
    }
    m_issues->setVisible(!sites.isEmpty());
    m_issues->setText(tr("%n site(s) with phases in an impossible order: %1. Hover over the "
                         "warning sign for details.",
        nullptr, int(sites.size()))
                          .arg(sites.join(QStringLiteral(", "))));
}
