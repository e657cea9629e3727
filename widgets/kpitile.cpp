#include "kpitile.h"

#include "theme.h"

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
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long values shrink with the tile instead of forcing the window wider.
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_value->setMinimumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1000);
    m_progress->setFixedHeight(8);
    m_progress->hide();
    m_badge->hide();

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
    layout->addWidget(m_detail);
    layout->addStretch();
    layout->addWidget(m_footer);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
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
    m_value->setStyleSheet(QStringLiteral("font-size: %1px;").arg(pixels));
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
    m_badge->setStyleSheet(QStringLiteral("background: %1;").arg(Theme::provenanceColor(shown).name()));
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
