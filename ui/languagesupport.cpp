#include "languagesupport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCommandLineOption>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {
Q_LOGGING_CATEGORY(lcLanguage, "cloudpc.ui.language", QtInfoMsg)

const char kSettingsKey[] = "ui/language";
const char kCatalog[] = "cloudpc-console";
const char kResourceDir[] = ":/i18n";

QPointer<QTranslator> s_pluralTranslator;
QPointer<QTranslator> s_appTranslator;
QPointer<QTranslator> s_qtTranslator;
QString s_current = QStringLiteral("en");
// The application name install() read the choice under: --demo-signin renames the application afterwards, and
// the menu must save where the next start reads.
QString s_settingsApplication;
int s_generation = 0;

QSettings languageSettings()
{
    return QSettings(QCoreApplication::organizationName(), s_settingsApplication.isEmpty()
                                                               ? QCoreApplication::applicationName()
                                                               : s_settingsApplication);
}

// "de_DE", "de-AT", "DE" -> "de"; "system" -> "".
QString normalized(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("system"))
        return QString();
    return lower.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
}

QString catalogFile(const QString &language)
{
    return QStringLiteral("%1_%2.qm").arg(QLatin1String(kCatalog), language);
}
} // namespace

QStringList LanguageSupport::availableLanguages()
{
    QStringList languages;
    const QString prefix = QLatin1String(kCatalog) + QLatin1Char('_');
    const QStringList files = QDir(QLatin1String(kResourceDir))
                                  .entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(prefix.size()).chopped(3);
    languages.removeAll(QStringLiteral("en"));
    languages.prepend(QStringLiteral("en"));
    return languages;
}

QString LanguageSupport::nativeName(const QString &language)
{
    // Spelled out: QLocale's names depend on the CLDR data ("français" in lower case, "American English").
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString LanguageSupport::savedLanguage()
{
    return languageSettings().value(QLatin1String(kSettingsKey)).toString();
}

void LanguageSupport::setSavedLanguage(const QString &language)
{
    languageSettings().setValue(QLatin1String(kSettingsKey), normalized(language));
}

QCommandLineOption LanguageSupport::commandLineOption()
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        QStringLiteral("Language of the console: %1, or system (default: the one chosen "
                       "in View > Language, else the system's).")
            .arg(availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("language"));
}

QString LanguageSupport::resolve(const QString &requested, QString *problem)
{
    const QStringList available = availableLanguages();
    for (const QString &choice : {requested, savedLanguage()}) {
        const QString language = normalized(choice);
        if (language.isEmpty())
            continue;
        if (available.contains(language))
            return language;
        if (problem && problem->isEmpty()) {
            *problem = QStringLiteral("unknown language '%1' (available: %2)")
                           .arg(choice, available.join(QStringLiteral(", ")));
        }
    }
    // The system's languages in order of preference, up to the first the console speaks: with "en-US, de",
    // English wins even though only German has a catalog.
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QString language = normalized(uiLanguage);
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString LanguageSupport::install(const QString &requested)
{
    // Not again when the menu installs a choice: --demo-signin renames the application after the start.
    if (s_settingsApplication.isEmpty())
        s_settingsApplication = QCoreApplication::applicationName();
    QString problem;
    const QString language = resolve(requested, &problem);
    if (!problem.isEmpty())
        qCWarning(lcLanguage).noquote() << problem;

    for (QPointer<QTranslator> *translator : {&s_pluralTranslator, &s_appTranslator, &s_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
    s_current = language;
    ++s_generation;
    // Dates and numbers follow the language when it is not the system's (a German system keeps de_AT or
    // de_CH).
    const QLocale locale(language);
    QLocale::setDefault(QLocale::system().language() == locale.language() ? QLocale::system() : locale);
    // English plural forms ("1 Cloud PC", "250 Cloud PCs") of the %n strings, whose source text says "(s)":
    // the catalog of English, and the base under every other language (installed first, it is asked last).
    auto *pluralTranslator = new QTranslator(QCoreApplication::instance());
    if (pluralTranslator->load(catalogFile(QStringLiteral("en")), QLatin1String(kResourceDir))) {
        QCoreApplication::installTranslator(pluralTranslator);
        s_pluralTranslator = pluralTranslator;
    } else {
        qCWarning(lcLanguage) << "no English plural forms";
        delete pluralTranslator;
    }
    if (language == QLatin1String("en"))
        return language;

    auto *appTranslator = new QTranslator(QCoreApplication::instance());
    if (appTranslator->load(catalogFile(language), QLatin1String(kResourceDir))) {
        QCoreApplication::installTranslator(appTranslator);
        s_appTranslator = appTranslator;
    } else {
        qCWarning(lcLanguage) << "no translation for" << language;
        delete appTranslator;
    }
    // Qt's own strings (standard buttons, file dialogs, context menus), when the distribution installed them.
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        QCoreApplication::installTranslator(qtTranslator);
        s_qtTranslator = qtTranslator;
    } else {
        qCDebug(lcLanguage) << "no Qt translation for" << language << "in" << qtDir;
        delete qtTranslator;
    }
    return language;
}

QString LanguageSupport::currentLanguage()
{
    return s_current;
}

int LanguageSupport::generation()
{
    return s_generation;
}

QString LanguageSupport::choose(const QString &language)
{
    setSavedLanguage(language);
    return install(normalized(language));
}

namespace {
// Keeps the Language menu's title in the language shown (the menu is not a widget class of its own).
class LanguageMenuTitle : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            if (auto *menu = qobject_cast<QMenu *>(watched)) {
                menu->setTitle(LanguageSupport::tr("&Language"));
                // The languages keep their own names ("Deutsch"); "System default" is a word of the
                // language shown.
                if (!menu->actions().isEmpty())
                    menu->actions().constFirst()->setText(LanguageSupport::tr("System default"));
            }
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

QMenu *LanguageSupport::addLanguageMenu(QMenu *parentMenu)
{
    QMenu *menu = parentMenu->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->installEventFilter(new LanguageMenuTitle(menu));
    auto *group = new QActionGroup(menu);
    const QString saved = normalized(savedLanguage());
    const QStringList languages = QStringList{QString()} + availableLanguages();
    for (const QString &language : languages) {
        QAction *action = menu->addAction(language.isEmpty() ? tr("System default") : nativeName(language));
        action->setObjectName(QStringLiteral("languageAction_%1")
                                  .arg(language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == saved);
        action->setData(language);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [language] {
            if (normalized(savedLanguage()) == language && currentLanguage() == resolve())
                return;
            choose(language);
        });
    }
    return menu;
}
