// One slide as shown and exported: a title, the body a slide factory made, and a footer with
// the data's as-of time, the provenance of what the slide shows and the source reference.
// Typography is set in pixels from the SlideContext's scale (projector theme: light, high
// contrast).
#pragma once

#include "domain/provenance.h"

#include <QCoreApplication>
#include <QWidget>

class QLabel;
struct SlideContext;

// What a slide factory returns: the body widget and what the footer needs to know.
struct SlideBody
{
    QString title;
    QWidget *widget = nullptr; // parented to the frame
    QList<Provenance> provenances; // of every figure on the slide
    bool empty = false; // shows "no data yet"
};

class SlideFrame : public QWidget
{
    Q_OBJECT

public:
    SlideFrame(const QString &name, const SlideBody &body, const SlideContext &context,
        QWidget *parent = nullptr);

    QString name() const { return m_name; }
    QString title() const;
    QString footerText() const;
    bool isEmptyState() const { return m_empty; }

    // The projector theme's style sheet at a scale (1.0 at 1920x1080).
    static QString styleSheet(const SlideContext &context);
    // The footer line for a slide with these provenances.
    static QString footer(const SlideContext &context, const QList<Provenance> &provenances);
    // A body that says there is nothing to show yet, instead of empty axes.
    static QWidget *noDataWidget(const SlideContext &context, QWidget *parent);

private:
    QString m_name;
    bool m_empty;
    QLabel *m_title;
    QLabel *m_footer;
};
