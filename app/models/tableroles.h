#pragma once

#include <Qt>

// Roles every list model of the console answers, so views, export and copy treat them alike.
namespace TableRoles {
enum Role {
    SortRole = Qt::UserRole + 1, // a value that sorts right (dates as dates, numbers as numbers)
    IdRole,                      // the Graph id of the row's object
    JsonRole,                    // the row's object as Graph sends it (QJsonObject)
    FirstCustomRole,             // models number their own roles from here
};
} // namespace TableRoles
