#pragma once

#include <QWidget>

class CloudPcLoader;
class CloudPcModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
struct GraphError;

// The Cloud PCs tab: a sortable, filterable table over CloudPcModel, with its loading and error state.
class CloudPcView : public QWidget
{
    Q_OBJECT
public:
    CloudPcView(CloudPcModel *model, CloudPcLoader *loader, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QLabel *stateLabel() const { return m_state; }

    void saveLayout() const;
    void restoreLayout();

private:
    void applyDefaultColumnWidths();
    void showError(const GraphError &error);
    void updateState();

    CloudPcModel *m_model;
    CloudPcLoader *m_loader;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_state;
    QProgressBar *m_progress;
};
