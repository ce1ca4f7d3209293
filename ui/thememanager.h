#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

// Light, dark, or whatever the system gives (the platform's own style and palette). Remembered in QSettings.
class ThemeManager : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit ThemeManager(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    // Applies and remembers a theme.
    void setTheme(Theme theme);
    // Applies the remembered theme.
    void applySaved();

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void themeChanged(Theme theme);

private:
    void apply(Theme theme);

    Theme m_theme = Theme::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};
