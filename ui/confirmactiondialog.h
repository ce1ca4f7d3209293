#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

// Asks before an act on several items: what will happen, the items concerned, and an explicit action button
// (never the default button: Enter alone does not act).
class ConfirmActionDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmActionDialog(const QString &title, const QString &text, const QStringList &items,
                        const QString &actionText, QWidget *parent = nullptr);

    QPushButton *actionButton() const { return m_action; }
    // An option of the act (a choice or a text), between the items and the buttons.
    void addField(const QString &label, QWidget *field);
    QListWidget *itemList() const { return m_list; }
    // What will happen, said further (an item left out after all, and why).
    void appendText(const QString &text);
    QString text() const;

private:
    QLabel *m_text = nullptr;
    QListWidget *m_list;
    QPushButton *m_action;
    class QFormLayout *m_form;
};
