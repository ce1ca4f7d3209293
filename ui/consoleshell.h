#pragma once

#include <QStringList>
#include <Qt>
#include <functional>

class QAction;
class QDockWidget;
class QMenu;
class QObject;
class QString;
class QToolBar;
class QWidget;

// What the controllers (ActionController, SignInController) may use of the console's window, so that they
// never reach into MainWindow: its menus (found by id, never by their translated title), tool bars, docks,
// status bar, and the tabs' selections. The lists themselves are TenantLists'.
class ConsoleShell
{
public:
    // The tabs: the Overview first, then one per list in the order of TenantLists::List (from FirstListTab).
    enum Tab { OverviewTab, CloudPcsTab, PoliciesTab, BulkActionsTab, ErrorUsersTab, TabCount };
    static constexpr int FirstListTab = CloudPcsTab;
    // The menus of the menu bar, in the order they appear.
    enum class Menu { File, View, Go, Actions, Account, Help };

    ConsoleShell() = default;
    ConsoleShell(const ConsoleShell &) = delete;
    ConsoleShell &operator=(const ConsoleShell &) = delete;
    virtual ~ConsoleShell() = default;

    // The window: parent of the controllers' dialogs, and what a notification brings to the front.
    virtual QWidget *shellWindow() = 0;
    // The menu with this id; null when there is none (yet).
    virtual QMenu *menu(Menu id) const = 0;
    // Puts `menu` in the menu bar at the place of `id`, between the menus before and after it.
    virtual void addMenu(Menu id, QMenu *menu) = 0;
    // A tool bar after the window's own (`ownLine`: on a line of its own, across the window, like a notice).
    virtual void addShellToolBar(QToolBar *toolBar, bool ownLine) = 0;
    virtual void addDock(QDockWidget *dock, Qt::DockWidgetArea area) = 0;
    // A message in the status bar for `timeoutMs` (0: until the next one).
    virtual void showStatusMessage(const QString &text, int timeoutMs) = 0;
    // A widget kept at the right of the status bar.
    virtual void addStatusWidget(QWidget *widget) = 0;

    virtual int currentTab() const = 0;
    // Graph ids of the rows selected in a tab, in the order shown.
    virtual QStringList selectedIds(int tab) const = 0;
    // An action in a tab's context menu.
    virtual void addContextAction(int tab, QAction *action) = 0;
    // Calls `changed` (while `receiver` lives) when the current tab or a tab's selection changes.
    virtual void onSelectionChanged(QObject *receiver, std::function<void()> changed) = 0;
};
