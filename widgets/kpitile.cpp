#include "widgets/kpitile.h"

#include "domain/figureformat.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QVBoxLayout>

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title.toUpper(), this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_footer(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_freshness(new QLabel(this))
{
    setObjectName(QStringLiteral("KpiTile"));
    m_title->setObjectName(QStringLiteral("KpiTitle"));
    m_value->setObjectName(QStringLiteral("KpiValue"));
    m_detail->setObjectName(QStringLiteral("KpiDetail"));
    m_footer->setObjectName(QStringLiteral("KpiFooter"));
    m_badge->setObjectName(QStringLiteral("Badge"));
    m_detail->setWordWrap(true);
    m_title->setWordWrap(true);
    m_footer->setWordWrap(true);
    m_freshness->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long values shrink with the tile instead of forcing the window wider.
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_value->setMinimumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1000);
    m_progress->setFixedHeight(8);
    m_progress->hide();
    m_badge->hide();
    m_freshness->setObjectName(QStringLiteral("KpiFreshness"));
    m_freshness->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_badge, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_value);
    layout->addWidget(m_progress);
    layout->addWidget(m_freshness);
    layout->addWidget(m_detail);
    layout->addStretch();
    layout->addWidget(m_footer);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void KpiTile::setFreshness(
    const QDateTime &updated, qint64 staleAfterMs, const QLocale &locale, const QString &subject)
{
    m_updated = updated;
    m_freshnessSubject = subject;
    m_staleAfterMs = staleAfterMs;
    m_locale = locale;
    refreshFreshness(QDateTime::currentMSecsSinceEpoch());
}

void KpiTile::refreshFreshness(qint64 nowMs)
{
    const bool wasStale = m_stale;
    if (!m_updated.isValid()) {
        m_stale = false;
        m_freshness->hide();
    } else {
        const qint64 age = std::max<qint64>(0, nowMs - m_updated.toMSecsSinceEpoch());
        m_stale = age > m_staleAfterMs;
        const QString ago = FigureFormat::age(age, m_locale);
        const QString line
            = m_stale ? tr("STALE · updated %1").arg(ago) : tr("● updated %1").arg(ago);
        m_freshness->setText(m_freshnessSubject.isEmpty()
                ? line
                : tr("%1: %2", "subject: freshness").arg(m_freshnessSubject, line));
        m_freshness->setStyleSheet(
            QStringLiteral("color: %1; font-weight: %2;")
                .arg((m_stale ? Theme::warningColor() : Theme::positiveColor()).name())
                .arg(m_stale ? 700 : 400));
        m_freshness->setToolTip(m_stale
                ? tr("No new data for longer than %1; the figure may be out of date.")
                      .arg(FigureFormat::duration(m_staleAfterMs, m_locale))
                : QString());
        m_freshness->show();
    }
    if (wasStale != m_stale)
        fitValue();
}

QString KpiTile::freshnessText() const
{
    return m_freshness->isVisible() || m_updated.isValid() ? m_freshness->text() : QString();
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
    fitValue();
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitValue();
}

void KpiTile::fitValue()
{
    const int available = contentsRect().width() - 40;
    if (available <= 0)
        return;
    QFont font = m_value->font();
    int pixels = 40;
    for (; pixels > 20; pixels -= 2) {
        font.setPixelSize(pixels);
        if (QFontMetrics(font).horizontalAdvance(m_value->text()) <= available)
            break;
    }
    QString style = QStringLiteral("font-size: %1px;").arg(pixels);
    if (m_stale)
        style += QStringLiteral(" color: %1;").arg(Theme::mutedTextColor().name());
    m_value->setStyleSheet(style);
}

void KpiTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void KpiTile::setFooter(const QString &footer)
{
    m_footer->setText(footer);
}

void KpiTile::setProgress(double percent)
{
    m_progress->setVisible(percent >= 0);
    if (percent >= 0)
        m_progress->setValue(int(std::min(100.0, percent) * 10));
}

void KpiTile::setProvenances(const QList<Provenance> &provenances)
{
    if (provenances.isEmpty()) {
        m_badge->hide();
        return;
    }
    Provenance shown = provenances.first();
    for (Provenance candidate : { Provenance::Simulated, Provenance::Measured, Provenance::Manual })
        if (provenances.contains(candidate)) {
            shown = candidate;
            break;
        }
    QString text = provenanceDisplayName(shown).toUpper();
    if (provenances.size() > 1 && shown != Provenance::Simulated)
        text += QStringLiteral(" +");
    if (shown == Provenance::Simulated)
        text = tr("SIMULATED DATA");
    m_badge->setText(text);
    m_badge->setStyleSheet(
        QStringLiteral("background: %1;").arg(Theme::provenanceColor(shown).name()));
    m_badge->show();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

QString KpiTile::badgeText() const
{
    return m_badge->isVisibleTo(this) ? m_badge->text() : QString();
}
