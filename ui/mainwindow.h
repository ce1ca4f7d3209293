#pragma once

#include <QMainWindow>

class CloudPcLoader;
class CloudPcModel;
class CloudPcView;
class GraphClient;
class QAction;
class QTabWidget;

// The console's main window: one tab per list, a toolbar, a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(GraphClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    CloudPcView *cloudPcView() const { return m_cloudPcView; }
    CloudPcModel *cloudPcModel() const { return m_cloudPcModel; }
    CloudPcLoader *cloudPcLoader() const { return m_cloudPcLoader; }
    QTabWidget *tabs() const { return m_tabs; }

    void setEnvironmentLabel(const QString &text);

public Q_SLOTS:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();

    GraphClient *m_client;
    CloudPcModel *m_cloudPcModel;
    CloudPcLoader *m_cloudPcLoader;
    CloudPcView *m_cloudPcView;
    QTabWidget *m_tabs;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
};
