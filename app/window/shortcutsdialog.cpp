#include "window/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_list->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(m_list, { plainText(action), keys.join(tr(" or ")) });
        item->setToolTip(0, action->toolTip());
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 480);
}

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(const QWidget *window)
{
    QList<QAction *> found;
    // Each table has its own Copy (Ctrl+C): one row says it.
    const auto listed = [&found](const QAction *action) {
        return std::any_of(found.cbegin(), found.cend(), [action](const QAction *other) {
            return other == action
                || (plainText(other) == plainText(action)
                    && other->shortcuts() == action->shortcuts());
        });
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !action->isSeparator() && !listed(action))
            found.append(action);
    }
    return found;
}

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QStringList ShortcutsDialog::visibleRows() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (!item->isHidden())
            rows.append(item->text(0) + QLatin1Char('\t') + item->text(1));
    }
    return rows;
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!item->text(0).contains(text, Qt::CaseInsensitive)
            && !item->text(1).contains(text, Qt::CaseInsensitive));
    }
}
