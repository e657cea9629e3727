#include "presentation/fittedtextlabel.h"

#include <QFontMetrics>

FittedTextLabel::FittedTextLabel(
    const QString &text, int largestPixels, int smallestPixels, QWidget *parent)
    : QLabel(text, parent)
    , m_largestPixels(largestPixels)
    , m_smallestPixels(std::min(smallestPixels, largestPixels))
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    setToolTip(text);
}

void FittedTextLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

bool FittedTextLabel::fits(int pixels) const
{
    QFont font = this->font();
    font.setPixelSize(pixels);
    const QRect available = contentsRect();
    const QRect needed = QFontMetrics(font).boundingRect(QRect(0, 0, available.width(), 1 << 24),
        Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text());
    return needed.height() <= available.height();
}

// The largest size that fits; the style sheet carries it because the slide's sheet sets sizes.
void FittedTextLabel::fit()
{
    if (contentsRect().isEmpty())
        return;
    int pixels = m_largestPixels;
    while (pixels > m_smallestPixels && !fits(pixels))
        --pixels;
    if (pixels == m_fittedPixels)
        return;
    m_fittedPixels = pixels;
    setStyleSheet(QStringLiteral("font-size: %1px;").arg(pixels));
}
