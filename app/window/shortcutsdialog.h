// Help → Keyboard Shortcuts: every action of a window that has a shortcut, read from the
// actions themselves when the dialog opens (so the list never goes stale), with a field that
// filters it as one types. Owned by the window that opens it.
#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QTreeWidget;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The actions of `window` (menus included) that have at least one shortcut.
    static QList<QAction *> actionsWithShortcuts(const QWidget *window);
    // An action's text as the user reads it: without mnemonics and a trailing ellipsis.
    static QString plainText(const QAction *action);

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *list() const { return m_list; }
    // The rows not hidden by the search: "text\tshortcuts".
    QStringList visibleRows() const;

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_list;
};
