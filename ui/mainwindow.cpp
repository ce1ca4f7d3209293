#include "mainwindow.h"

#include "cloudpcview.h"
#include "models/cloudpcloader.h"
#include "models/cloudpcmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

MainWindow::MainWindow(GraphClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_cloudPcModel(new CloudPcModel(this))
    , m_cloudPcLoader(new CloudPcLoader(client, m_cloudPcModel, this))
    , m_cloudPcView(new CloudPcView(m_cloudPcModel, m_cloudPcLoader, this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Cloud PC Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cloudpc-console.svg")));
    m_tabs->addTab(m_cloudPcView, tr("Cloud PCs"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createActions();

    connect(m_cloudPcLoader, &CloudPcLoader::loadingChanged, this, [this](bool loading) {
        m_cancelAction->setEnabled(loading);
        m_refreshAction->setEnabled(!loading);
    });
    connect(m_cloudPcLoader, &CloudPcLoader::finished, this, [this](qint64 count, qint64 elapsedMs) {
        statusBar()->showMessage(tr("Loaded %n Cloud PC(s) in %1 ms", nullptr, int(count)).arg(elapsedMs),
                                 10000);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_cloudPcView->restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the list from Microsoft Graph (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_cancelAction = new QAction(tr("&Cancel loading"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_cloudPcLoader, &CloudPcLoader::cancel);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    fileMenu->addAction(quitAction);
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_cancelAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_cancelAction);
}

void MainWindow::setEnvironmentLabel(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setAccessibleName(tr("Connected service"));
    statusBar()->addPermanentWidget(label);
}

void MainWindow::refresh()
{
    m_cloudPcLoader->reload();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_cloudPcView->saveLayout();
    event->accept();
}
