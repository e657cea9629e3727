#include "widgets/tableexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>
#include <algorithm>

namespace {

QList<int> visibleColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!view->isColumnHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QList<int> rowsToCopy(const QTableView *view)
{
    QList<int> rows;
    if (view->selectionModel()) {
        for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
            if (!rows.contains(index.row()) && !view->isRowHidden(index.row()))
                rows.append(index.row());
    }
    if (rows.isEmpty()) {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (!view->isRowHidden(row))
                rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString headerText(const QTableView *view, int column)
{
    return view->model()->headerData(column, Qt::Horizontal).toString().simplified();
}

QString cellText(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString().simplified();
}

QString csvField(const QVariant &value)
{
    QString text;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        text = QString::number(value.toDouble(), 'g', 15);
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        text = value.toString();
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QDateTime:
        text = value.toDateTime().toUTC().toString(Qt::ISODate);
        break;
    default:
        text = value.toString();
        // A spreadsheet runs a cell starting with one of these as a formula.
        if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
            text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

// The view copies only its current cell on Ctrl+C (QAbstractItemView claims the key before a
// shortcut sees it): this copies the selected rows instead.
class CopyRowsOnKey : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Copy))
            return false;
        if (event->type() == QEvent::KeyPress)
            QApplication::clipboard()->setText(
                TableExport::rowsAsText(static_cast<QTableView *>(watched), false));
        event->accept();
        return true;
    }
};

} // namespace

QString TableExport::rowsAsText(const QTableView *view, bool withHeaders)
{
    const QList<int> columns = visibleColumns(view);
    QStringList lines;
    if (withHeaders) {
        QStringList cells;
        for (int column : columns)
            cells.append(headerText(view, column));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    for (int row : rowsToCopy(view)) {
        QStringList cells;
        for (int column : columns)
            cells.append(cellText(view, row, column));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableExport::rowsAsCsv(const QTableView *view, int valueRole)
{
    const QList<int> columns = visibleColumns(view);
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header.append(csvField(headerText(view, column)));
    lines.append(header.join(QLatin1Char(',')));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->isRowHidden(row))
            continue;
        QStringList cells;
        for (int column : columns) {
            const QModelIndex index = view->model()->index(row, column);
            const QVariant value = valueRole >= 0 ? index.data(valueRole) : QVariant();
            cells.append(csvField(value.isValid() ? value : QVariant(cellText(view, row, column))));
        }
        lines.append(cells.join(QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString TableExport::writeCsv(const QTableView *view, const QString &path, int valueRole)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rowsAsCsv(view, valueRole).toUtf8()) < 0
        || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return QString();
}

void TableExport::addContextMenu(
    QTableView *view, int valueRole, int siteIdRole, std::function<void(const QString &)> openSite)
{
    view->installEventFilter(new CopyRowsOnKey(view));
    auto *copy = new QAction(tr("&Copy"), view);
    copy->setShortcut(QKeySequence::Copy); // shown in the menu; the key goes to CopyRowsOnKey
    QObject::connect(copy, &QAction::triggered, view,
        [view] { QApplication::clipboard()->setText(rowsAsText(view, false)); });
    auto *copyWithHeaders = new QAction(tr("Copy with &Headers"), view);
    QObject::connect(copyWithHeaders, &QAction::triggered, view,
        [view] { QApplication::clipboard()->setText(rowsAsText(view, true)); });
    auto *exportCsv = new QAction(tr("&Export CSV…"), view);
    QObject::connect(exportCsv, &QAction::triggered, view, [view, valueRole] {
        const QString name = view->accessibleName().isEmpty()
            ? QStringLiteral("table")
            : view->accessibleName().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString path = QFileDialog::getSaveFileName(view, tr("Export CSV"),
            QDir::home().filePath(name + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = writeCsv(view, path, valueRole); !error.isEmpty())
            QMessageBox::warning(view, tr("Export CSV"), error);
    });
    auto *openSiteAction = new QAction(tr("&Open Site"), view);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [=](const QPoint &position) {
        const QModelIndex index = view->indexAt(position);
        QMenu menu(view);
        menu.setObjectName(QStringLiteral("tableContextMenu"));
        menu.addActions({ copy, copyWithHeaders });
        menu.addSeparator();
        menu.addAction(exportCsv);
        const QString siteId
            = index.isValid() && siteIdRole >= 0 ? index.data(siteIdRole).toString() : QString();
        if (openSite && !siteId.isEmpty()) {
            menu.addSeparator();
            menu.addAction(openSiteAction);
        }
        if (menu.exec(view->viewport()->mapToGlobal(position)) == openSiteAction)
            openSite(siteId);
    });
}
