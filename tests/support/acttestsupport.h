#pragma once

// What the GUI tests of acts share: select rows, trigger an act and get the dialog it opens, the requests the
// emulator received, and the operations that ran.
#include "actioncontroller.h"
#include "graphemulator.h"
#include "listpage.h"
#include "mainwindow.h"
#include "operation.h"
#include "operationrunner.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDialog>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

namespace ActTest {

// Selects the given source rows of a tab's table (and makes it the current tab).
inline void selectRows(MainWindow &window, int tab, const QList<int> &sourceRows)
{
    window.tabs()->setCurrentIndex(tab);
    ListPage *page = window.page(tab);
    QTableView *view = page->tableView();
    view->clearSelection();
    for (int row : sourceRows) {
        QModelIndex source = page->proxyModel()->sourceModel()->index(row, 0);
        // The Cloud PCs tab has a filter model between the source and the sorting proxy.
        QModelIndex index = page->proxyModel()->mapFromSource(source);
        if (!index.isValid()) {
            auto *inner = qobject_cast<QAbstractProxyModel *>(page->proxyModel()->sourceModel());
            if (inner)
                index = page->proxyModel()->mapFromSource(
                    inner->mapFromSource(inner->sourceModel()->index(row, 0)));
        }
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

// The dialog the controller opens for an action; null when the action is disabled or opens none of that type.
template <typename Dialog> Dialog *trigger(MainWindow &window, QAction *action)
{
    QSignalSpy opened(window.actions(), &ActionController::dialogOpened);
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    if (opened.count() != 1)
        return nullptr;
    return qobject_cast<Dialog *>(opened.first().first().value<QDialog *>());
}

// The POSTs the emulator answered (no injected fault) whose path ends with `pathSuffix`.
inline QList<EmulatorRequest> posts(const GraphEmulator &emulator, const QString &pathSuffix)
{
    QList<EmulatorRequest> found;
    for (const EmulatorRequest &request : emulator.journal()) {
        if (request.method == "POST" && request.path().endsWith(pathSuffix) && request.fault.isEmpty())
            found << request;
    }
    return found;
}

inline bool waitFinished(Operation *operation, int ms = 20000)
{
    if (!operation)
        return false;
    if (operation->isFinished())
        return true;
    QSignalSpy finished(operation, &Operation::finished);
    return finished.wait(ms);
}

inline Operation *lastOperation(MainWindow &window)
{
    const QList<Operation *> &operations = window.actions()->runner()->operations();
    return operations.isEmpty() ? nullptr : operations.last();
}

} // namespace ActTest
