#pragma once

#include <QDialog>

class AuditLog;
class AuditLogModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The audit log in the console: every act, before it was sent and with its outcome, newest first; a filter,
// and export as CSV.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(AuditLog *log, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *exportButton() const { return m_export; }
    AuditLogModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    // Writes the whole log as CSV; returns an error text, empty on success.
    QString exportTo(const QString &fileName);
    // Opens one record with every field (double-click or Enter on a row); returns the dialog.
    QDialog *showDetails(const QModelIndex &index);

protected:
    // QEvent::LanguageChange: retranslateUi() (the viewer is not modal and may stay open).
    void changeEvent(QEvent *event) override;
    // The first time it is shown (polished, in its final font): fitColumns when no widths were saved.
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    // Column widths for their contents, when none were saved.
    void fitColumns();
    void askExport();

    AuditLog *m_log;
    AuditLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_state;
    QPushButton *m_export;
    bool m_fitOnShow = false;
};
