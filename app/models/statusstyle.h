#pragma once

#include "cloudpcstatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How a Cloud PC status looks: an icon and a text colour that reads on light and dark palettes.
namespace StatusStyle {
enum class Kind { Ok, Failed, Warning, Busy, Idle, Unknown };
Kind kind(CloudPcStatus status);
// The name of its icon (Icons::named): "status-failed", …
QString iconName(CloudPcStatus status);
QIcon icon(CloudPcStatus status);
// Invalid for statuses shown in the palette's text colour.
QColor color(CloudPcStatus status);
// A colour for a bulk action status ("failed", "succeeded", …); invalid when plain.
QColor colorForText(const QString &status);
// The text colour of a kind on the application's palette (light or dark); invalid for Idle and Unknown.
// Each reads at WCAG AA contrast (4.5:1) on the Base and AlternateBase of ThemeManager's palettes.
QColor color(Kind kind);
// An operation item's state (OperationItemsModel) and an audit record's result (AuditLogModel) as a kind:
// "accepted"/"succeeded" Ok, "failed" Failed, "outcomeUnknown" Warning, others Unknown (plain text).
Kind kindForResult(const QString &result);
} // namespace StatusStyle
