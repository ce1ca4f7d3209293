#pragma once

#include "cloudpcstatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How a Cloud PC status looks: an SVG icon and a text colour that reads on light and dark palettes.
namespace StatusStyle {
enum class Kind { Ok, Failed, Warning, Busy, Idle, Unknown };
Kind kind(CloudPcStatus status);
// ":/icons/status-failed.svg", …
QString iconPath(CloudPcStatus status);
QIcon icon(CloudPcStatus status);
// Invalid for statuses shown in the palette's text colour.
QColor color(CloudPcStatus status);
// A colour for a bulk action status ("failed", "succeeded", …); invalid when plain.
QColor colorForText(const QString &status);
} // namespace StatusStyle
