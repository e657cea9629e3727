#include "window/aboutdialog.h"

#include "query/asofline.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <boost/version.hpp>
#include <sqlite3.h>

namespace {
QString boostVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(BOOST_VERSION / 100000)
        .arg(BOOST_VERSION / 100 % 1000)
        .arg(BOOST_VERSION % 100);
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}
} // namespace

AboutDialog::AboutDialog(const DashboardSnapshot &snapshot, const QString &storePath,
    const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_locale(locale)
    , m_storePath(storePath)
    , m_text(new QLabel(this))
    , m_openFolder(new QPushButton(tr("Open &Folder"), this))
{
    setWindowTitle(tr("About Stargate Dashboard"));
    QString html
        = QStringLiteral("<h2>%1 %2</h2>")
              .arg(tr("Stargate Dashboard"), QApplication::applicationVersion().toHtmlEscaped());
    html += paragraph(tr("GPU counts, power and site status of the Stargate AI data-center "
                         "program, read from a local store that works offline."));
    QStringList versions;
    for (const QString &line : libraryVersions())
        versions.append(line.toHtmlEscaped());
    html += paragraph(versions.join(QStringLiteral("<br>")));
    html += paragraph(tr("Licence: proprietary, all rights reserved. The facts of the public "
                         "dataset belong to the sources cited with each figure."));
    html += paragraph(datasetLine(snapshot.summary));
    html += paragraph(tr("Store: %1").arg(QDir::toNativeSeparators(storePath).toHtmlEscaped()));
    html += creditsLines(snapshot);
    html += paragraph(
        QStringLiteral("<b>%1</b>")
            .arg(tr("This is an independent project. It is not affiliated with, endorsed by or "
                    "sponsored by OpenAI or its partners (Oracle, SoftBank, MGX and the others "
                    "named in the dataset).")));
    m_text->setText(html);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setMinimumWidth(520);

    m_openFolder->setToolTip(tr("Show the folder that holds the store in the file manager"));
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(storeFolder()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

QUrl AboutDialog::storeFolder() const
{
    return QUrl::fromLocalFile(QFileInfo(m_storePath).absolutePath());
}

QStringList AboutDialog::libraryVersions()
{
    // Run-time versions where the library reports one; Boost (Beast, Asio) is header-only, so
    // only the version it was built with exists.
    return {
        tr("Qt %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        tr("SQLite %1 (built with %2)")
            .arg(QString::fromLatin1(sqlite3_libversion()), QStringLiteral(SQLITE_VERSION)),
        tr("Boost %1 (header-only, built with it)").arg(boostVersion()),
    };
}

QStringList AboutDialog::analystsShown(const DashboardSnapshot &snapshot)
{
    QStringList analysts;
    const auto collect = [&analysts](const std::optional<SourcedValue> &value) {
        if (!value)
            return;
        for (const EstimateCredit &credit : value->estimates) {
            if (!credit.analyst.isEmpty() && !analysts.contains(credit.analyst))
                analysts.append(credit.analyst);
        }
    };
    for (const SiteRow &row : snapshot.sites) {
        for (const auto *value : { &row.gpusOnline, &row.gpusPlanned, &row.powerMw,
                 &row.operationalCapacityMw, &row.plannedMw })
            collect(*value);
    }
    return analysts;
}

QString AboutDialog::datasetLine(const OverviewSummary &summary) const
{
    const QString dataset = AsOfLine::dataset(summary, m_locale);
    return dataset.isEmpty() ? tr("The store holds no public dataset.")
                             : tr("Dataset: %1.").arg(dataset.toHtmlEscaped());
}

QString AboutDialog::creditsLines(const DashboardSnapshot &snapshot) const
{
    QString html = paragraph(
        tr("Map outlines: Made with Natural Earth. Free vector and raster map data @ "
           "<a href=\"https://www.naturalearthdata.com\">naturalearthdata.com</a> (public "
           "domain)."));
    for (const QString &analyst : analystsShown(snapshot)) {
        if (analyst == QLatin1String("Epoch AI"))
            html += paragraph(tr("Estimates marked \"Estimate · Epoch AI\": Epoch AI, "
                                 "<a href=\"https://epoch.ai/data/ai-data-centers\">epoch.ai</a> "
                                 "(CC BY 4.0)."));
        else
            html += paragraph(
                tr("Estimates marked \"Estimate · %1\": %1.").arg(analyst.toHtmlEscaped()));
    }
    // The credit lines of the imported public tables whose figures are shown.
    for (const QString &credit : snapshot.dataCredits())
        html += paragraph(tr("Public table: %1.").arg(credit.toHtmlEscaped()));
    return html;
}
