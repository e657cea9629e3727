// Renders a deck offline: a PDF briefing (title page, one page per slide, an appendix of
// every reported figure with its source and date) and PNGs of slides at a chosen size.
// Files are written under a temporary name and renamed into place, so that a failure leaves
// no half file under the final name. Needs a QApplication (widgets render the slides), but no
// window and no screen: it runs with QT_QPA_PLATFORM=offscreen.
#pragma once

#include "presentation/slidecontext.h"
#include "presentation/slideregistry.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <functional>

class QPainter;

class DeckExporter
{
    Q_DECLARE_TR_FUNCTIONS(DeckExporter)

public:
    DeckExporter(const SlideContext &context, const QList<SlideSpec> &slides);

    // Returns an empty string on success, else a message that names the path.
    QString exportPdf(const QString &path) const;
    // Writes NN-name.png for every slide into `folder` (created if missing).
    // `progress` is told the share done (0-100) before each slide; returning false cancels
    // (the PNGs written so far stay, each complete).
    QString exportPngs(const QString &folder, const QSize &size, QStringList *written = nullptr,
        const std::function<bool(int)> &progress = {}) const;

    QImage renderSlide(const SlideSpec &slide, const QSize &size) const;
    // A4 landscape, or Letter where the locale's country uses it (US, Canada).
    static QPageSize::PageSizeId pageSizeFor(const QLocale &locale);
    static QString fileNameFor(int index, const SlideSpec &slide);

private:
    void renderSlideOnto(QPainter &painter, const SlideSpec &slide, const QSize &logicalSize) const;
    void drawTitlePage(QPainter &painter, const QSizeF &page) const;
    // Draws appendix rows from `first` on; returns the index of the first row that did not fit.
    qsizetype drawAppendixPage(
        QPainter &painter, const QSizeF &page, qsizetype first, bool firstPage) const;

    SlideContext m_context;
    QList<SlideSpec> m_slides;
};
