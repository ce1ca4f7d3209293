#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QMenu;

// The console's language: its own translations (embedded as :/i18n/cloudpc-console_<language>.qm) and Qt's
// (qtbase_<language>.qm from QLibraryInfo::TranslationsPath, when installed). English has a catalog too, with
// only the plural forms of the %n strings ("%n Cloud PC(s)": "1 Cloud PC", "2 Cloud PCs"); it is installed
// under every language. The language is the one --lang
// names, else the one saved under QSettings "ui/language", else the first of the system's UI languages the
// console has (English when none). A choice in View > Language applies at once: the translators are
// swapped, Qt sends QEvent::LanguageChange to every widget, and each retranslates its texts
// (changeEvent -> retranslateUi); the window has the models read again (TenantLists::retranslate).
class LanguageSupport
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSupport)
public:
    // "en" (built in) first, then every language with an embedded translation: {"en", "de", "fr"}.
    static QStringList availableLanguages();
    // The language's name in that language ("Deutsch"), as the Language menu lists it.
    static QString nativeName(const QString &language);

    // The saved choice; "" follows the system.
    static QString savedLanguage();
    static void setSavedLanguage(const QString &language);

    // --lang <language>: en, de, fr, or "system".
    static QCommandLineOption commandLineOption();

    // The language to use: `requested` (from --lang) when it names an available language, else the saved
    // choice, else the system's. "system" or "" defer to the next. An unknown code is reported in `problem`.
    static QString resolve(const QString &requested = QString(), QString *problem = nullptr);
    // Installs the translators (and the default QLocale) for resolve(requested), replacing those installed
    // before, and returns the language now in effect. Unknown codes are logged and ignored.
    static QString install(const QString &requested = QString());
    // What install() put in effect; "en" before it ran.
    static QString currentLanguage();
    // How many times install() swapped the translators: widgets that do something costly on a language
    // change (the models of 100,000 rows) do it once per swap, not once per QEvent::LanguageChange (each
    // translator removed or installed sends one).
    static int generation();
    // The admin's choice ("" for the system's): saved, and installed at once.
    static QString choose(const QString &language);

    // Adds a Language submenu: "System default" and each available language; a choice is saved and applies
    // at once (choose). Its title retitles itself on a language change. Returns the submenu (object name
    // "languageMenu"; the actions "languageAction_<code>", "languageAction_system", with the code as data).
    static QMenu *addLanguageMenu(QMenu *parentMenu);
};
