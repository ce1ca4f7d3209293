#pragma once

#include <QWidget>

class Operation;
class OperationItemsModel;
class OperationRunner;
class OperationsModel;
class QPushButton;
class QTableView;

// Every submitted act with its items and their states; cancel what is not sent yet, retry what failed.
class OperationsPanel : public QWidget
{
    Q_OBJECT
public:
    OperationsPanel(OperationRunner *runner, QWidget *parent = nullptr);

    QTableView *operationsView() const { return m_operationsView; }
    QTableView *itemsView() const { return m_itemsView; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    Operation *currentOperation() const;
    void selectOperation(Operation *operation);
    // Shows an operation the runner was not given: one the follower took up again from the last session's
    // audit log (ActFollower::resumed). Not owned.
    void addOperation(Operation *operation);
    // Small: a header and a few rows above the buttons, so the dock does not take a large share of a small
    // window (1024x700) before anything runs; the admin can drag it taller.
    QSize sizeHint() const override;

Q_SIGNALS:
    // Retry was pressed on an operation with items that Graph accepted and then said failed: the act is to
    // be sent again for them as a new operation, after the confirmation the act needs (ActionController).
    void retryFailedActsRequested(Operation *operation);

protected:
    // QEvent::LanguageChange: retranslateUi().
    void changeEvent(QEvent *event) override;

private:
    // The buttons' texts, and the models' headers and cells read again.
    void retranslateUi();
    void onCurrentChanged();
    void updateButtons();

    OperationRunner *m_runner;
    OperationsModel *m_operations;
    OperationItemsModel *m_items;
    QTableView *m_operationsView;
    QTableView *m_itemsView;
    QPushButton *m_cancel;
    QPushButton *m_retry;
};
