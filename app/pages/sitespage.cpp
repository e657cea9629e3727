#include "pages/sitespage.h"

#include "itemmodels/sitetablemodel.h"
#include "widgets/sitetableview.h"

#include <QLabel>
#include <QVBoxLayout>

SitesPage::SitesPage(SiteTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new SiteTableView(this))
{
    auto *title = new QLabel(tr("Sites"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *subtitle
        = new QLabel(tr("Every site with its phase, GPUs and power. Hover a figure to see its "
                        "provenance, source and date."),
            this);
    subtitle->setObjectName(QStringLiteral("PageSubtitle"));
    subtitle->setWordWrap(true);
    m_view->setSourceModel(model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_view, 1);
}
