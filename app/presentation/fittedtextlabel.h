// A wrapped label for a slide's prose that shrinks its type until the text fits the space the
// layout gives it (down to a floor), so a long status never runs off the slide's edges. The
// full text stays in its tooltip. Its size comes from the layout, never from its text.
#pragma once

#include <QLabel>

class FittedTextLabel : public QLabel
{
    Q_OBJECT

public:
    FittedTextLabel(
        const QString &text, int largestPixels, int smallestPixels, QWidget *parent = nullptr);

    // The type size chosen for the current geometry.
    int fittedPixels() const { return m_fittedPixels; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    bool fits(int pixels) const;
    void fit();

    int m_largestPixels;
    int m_smallestPixels;
    int m_fittedPixels = 0;
};
