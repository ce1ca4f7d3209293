#include "aboutdialog.h"

#include "graphclient.h"
#include "icons.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const QUrl &graphEndpoint, QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel(this))
    , m_qtVersion(new QLabel(this))
    , m_endpoint(new QLabel(this))
    , m_aboutQt(nullptr)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Cloud PC Console"));
    setMinimumWidth(560);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::named(QStringLiteral("cloudpc-console")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Application icon"));

    auto *name = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Cloud PC Console").toHtmlEscaped()), this);
    name->setObjectName(QStringLiteral("nameLabel"));
    name->setTextFormat(Qt::RichText);
    auto *description = new QLabel(tr("Manage Windows 365 Cloud PCs through Microsoft Graph."), this);
    description->setWordWrap(true);

    m_version->setObjectName(QStringLiteral("versionLabel"));
    m_version->setText(tr("Version %1").arg(QStringLiteral(CLOUDPC_VERSION)));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_qtVersion->setObjectName(QStringLiteral("qtVersionLabel"));
    m_qtVersion->setText(tr("Built with Qt %1, running on Qt %2")
                             .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())));
    m_qtVersion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoint->setObjectName(QStringLiteral("endpointLabel"));
    if (graphEndpoint.isValid() && !graphEndpoint.isEmpty())
        m_endpoint->setText(tr("Microsoft Graph: %1").arg(graphEndpoint.toDisplayString()));
    m_endpoint->setVisible(!m_endpoint->text().isEmpty());
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Debian's copyright files: Qt's essentials and Qt SVG are LGPLv3 (or GPLv2), Qt Network Authorization
    // and Qt HTTP Server (the demo emulator) GPLv3 only, QtKeychain the 2-clause BSD licence.
    const QString licences =
        QStringLiteral("<p>%1</p><p>%2</p><ul><li>%3</li><li>%4</li><li>%5</li></ul>")
            .arg(tr("Licence: see the LICENSE file that comes with Cloud PC Console.").toHtmlEscaped(),
                 tr("It uses this third-party software:").toHtmlEscaped(),
                 tr("Qt (Core, GUI, Widgets, Network, SVG): GNU LGPL version 3").toHtmlEscaped(),
                 tr("Qt Network Authorization and Qt HTTP Server: GNU GPL version 3").toHtmlEscaped(),
                 tr("QtKeychain: BSD licence (2-clause)").toHtmlEscaped());
    auto *licenceLabel = new QLabel(licences, this);
    licenceLabel->setObjectName(QStringLiteral("licenceLabel"));
    licenceLabel->setTextFormat(Qt::RichText);
    licenceLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    m_aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(description);
    text->addWidget(m_version);
    text->addWidget(m_qtVersion);
    text->addWidget(m_endpoint);
    text->addWidget(licenceLabel);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::qtVersionText() const
{
    return m_qtVersion->text();
}

QString AboutDialog::endpointText() const
{
    return m_endpoint->text();
}

QMenu *AboutDialog::addHelpMenu(QMainWindow *window, const GraphClient *client)
{
    QMenu *menu = window->menuBar()->addMenu(QString());
    menu->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = menu->addAction(Icons::named(QStringLiteral("cloudpc-console")), QString());
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QPointer<const GraphClient> graph(client);
    QObject::connect(about, &QAction::triggered, window,
                     [window, graph, open = QPointer<AboutDialog>()]() mutable {
                         if (open) {
                             open->raise();
                             open->activateWindow();
                             return;
                         }
                         open = new AboutDialog(graph ? graph->baseUrl() : QUrl(), window);
                         open->setAttribute(Qt::WA_DeleteOnClose);
                         open->open();
                     });
    QAction *aboutQt = menu->addAction(QString());
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQt, &QAction::triggered, window, [window] { QMessageBox::aboutQt(window); });
    retranslateHelpMenu(menu);
    return menu;
}

void AboutDialog::retranslateHelpMenu(QMenu *menu)
{
    menu->setTitle(tr("&Help"));
    if (auto *about = menu->findChild<QAction *>(QStringLiteral("aboutAction")))
        about->setText(tr("&About Cloud PC Console"));
    if (auto *aboutQt = menu->findChild<QAction *>(QStringLiteral("aboutQtAction")))
        aboutQt->setText(tr("About &Qt"));
}
