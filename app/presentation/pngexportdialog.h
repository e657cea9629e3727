// Asks what File → Export Slides as PNG… should write: which slides (all, or one), at what
// size (common screen and projector sizes), into which folder. Only asks: the caller exports.
#pragma once

#include "presentation/slideregistry.h"

#include <QDialog>
#include <QSize>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

class PngExportDialog : public QDialog
{
    Q_OBJECT

public:
    PngExportDialog(
        const QList<SlideSpec> &slides, const QString &folder, QWidget *parent = nullptr);

    QList<SlideSpec> chosenSlides() const;
    QSize chosenSize() const;
    QString folder() const;

    QComboBox *slideChoice() const { return m_slides; }
    QComboBox *sizeChoice() const { return m_size; }
    QLineEdit *folderField() const { return m_folder; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QList<SlideSpec> m_deck;
    QComboBox *m_slides;
    QComboBox *m_size;
    QLineEdit *m_folder;
    QDialogButtonBox *m_buttons;
};
