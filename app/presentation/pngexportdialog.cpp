#include "presentation/pngexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

PngExportDialog::PngExportDialog(
    const QList<SlideSpec> &slides, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_deck(slides)
    , m_slides(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Slides as PNG"));
    setMinimumWidth(520);
    m_slides->addItem(tr("All %n slide(s)", nullptr, int(slides.size())), -1);
    for (int i = 0; i < slides.size(); ++i)
        m_slides->addItem(tr("%1. %2").arg(i + 1).arg(slides[i].name()), i);
    // A projector is usually Full HD; 4K for print or a large screen; HD for e-mail.
    const struct
    {
        QSize size;
        QString label;
    } sizes[] = {
        { QSize(1280, 720), tr("1280 × 720 (HD)") },
        { QSize(1920, 1080), tr("1920 × 1080 (Full HD)") },
        { QSize(2560, 1440), tr("2560 × 1440 (QHD)") },
        { QSize(3840, 2160), tr("3840 × 2160 (4K UHD)") },
        { QSize(1600, 1200), tr("1600 × 1200 (4:3 projector)") },
    };
    for (const auto &size : sizes)
        m_size->addItem(size.label, size.size);
    m_size->setCurrentIndex(1);

    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Slides"), m_slides);
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Folder"), folderRow);
    QPushButton *exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen
            = QFileDialog::getExistingDirectory(this, tr("Export Slides as PNG"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_folder, &QLineEdit::textChanged, this, [exportButton](const QString &text) {
        exportButton->setEnabled(!text.trimmed().isEmpty());
    });
    exportButton->setEnabled(!m_folder->text().trimmed().isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<SlideSpec> PngExportDialog::chosenSlides() const
{
    const int index = m_slides->currentData().toInt();
    return index < 0 ? m_deck : QList<SlideSpec> { m_deck.value(index) };
}

QSize PngExportDialog::chosenSize() const
{
    return m_size->currentData().toSize();
}

QString PngExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}
